"""Typed errors of the scheduling domain (codes and details only, never UI wording)."""

from __future__ import annotations

from intake.errors import BackCareError, ConflictError, ValidationError


class CannotFitError(BackCareError):
    """The requested sessions do not fit in the window.

    code: cannot_fit. details: sessions (asked), placed (how many fitted), window_end (date).
    """


class SlotUnavailableError(ValidationError):
    """A slot a person chose cannot be booked. field: "starts_at".

    code: the reason — holiday, closure, outside_hours, practitioner_off, booked, patient_booked,
    same_day, bad_practitioner, bad_room, bad_length.
    details: detail (holiday name / closure reason, may be ""), session_number (in a plan).
    """


class SessionConflictError(ConflictError):
    """Another desk took one of the slots while this course was being booked, or a move collides.

    code: session_conflict. details: session_number, resource ("practitioner", "room" or a reason
    code from availability), starts_at. Nothing was written; offer re-planning.
    """
