"""Booking: the free consultation, the course planner, the patient page's booking panels, moves and the appointment card."""
