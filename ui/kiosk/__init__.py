"""The patient-facing kiosk: the intake steps (embeddable at the desk) and the locked window."""
