"""Arrivals: today's kiosk intakes, urgent first, the kiosks' health, the urgent alarm and matching an intake to a patient."""
