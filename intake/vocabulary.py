"""BackCare's one vocabulary: the states and kinds its records take, as named values.

Each is a `StrEnum` whose members are spelled as their stored value (`AppointmentStatus.booked ==
"booked"`), so the database, JSON and audit rows hold the same text as before and any driver
binds them as text. Code in `intake/` and `ui/` writes these names, never the bare strings
(tests/test_vocabulary.py); the rules about them ("what may follow what") live beside them.
"""

from __future__ import annotations

from enum import StrEnum


class AppointmentStatus(StrEnum):
    booked = "booked"
    attended = "attended"
    no_show = "no_show"
    cancelled_patient = "cancelled_patient"
    cancelled_clinic = "cancelled_clinic"


class AppointmentKind(StrEnum):
    consultation = "consultation"  # the free consultation before a course
    treatment = "treatment"  # a session of a course


class CourseKind(StrEnum):
    standard = "standard"  # acupuncture
    electro = "electro"  # electro-acupuncture


class CourseStatus(StrEnum):
    planned = "planned"
    active = "active"
    completed = "completed"
    stopped = "stopped"


class IntakeStatus(StrEnum):
    """Where a kiosk arrival stands at the desk today."""

    waiting = "waiting"
    with_staff = "with_staff"
    booked = "booked"
    sent_away = "sent_away"


class Role(StrEnum):
    admin = "admin"
    front_desk = "front_desk"
    practitioner = "practitioner"
    kiosk = "kiosk"  # a waiting-room kiosk's own device identity


STAFF_ROLES = (Role.admin, Role.front_desk, Role.practitioner)  # roles a person may hold


class Refusal(StrEnum):
    """Why the domain refuses an action: the code of a NotAllowedError (and of the one
    ValidationError that says the same, `course_full` when a make-up session is asked of a full
    course). ui/ words each once: the desk in ui/desk/messages.py."""

    # who acts (intake/access.py)
    no_actor = "no_actor"  # no staff member given
    unknown_actor = "unknown_actor"
    disabled = "disabled"  # the account is disabled
    admin_only = "admin_only"
    not_allowed = "not_allowed"  # the account's roles do not allow the action
    # staff accounts, sign-in, PINs and the kiosk's staff exit (intake/staff.py)
    first_must_be_admin = "first_must_be_admin"
    last_admin = "last_admin"
    unknown_or_wrong = "unknown_or_wrong"  # no such account, or the wrong password or PIN
    locked = "locked"  # too many wrong passwords (details: until)
    pin_closed = "pin_closed"  # too many wrong PINs: the password is needed
    exit_closed = "exit_closed"  # too many wrong tries at a kiosk's staff exit (details: until)
    # scheduling's rules and safety gates (intake/scheduling/)
    urgent_unacknowledged = "urgent_unacknowledged"  # also a hard stop in Gates.blocked
    second_consultation = "second_consultation"  # one free consultation per episode
    course_gates = "course_gates"  # details: blocked, needs_override
    not_yet = "not_yet"  # attended / no-show before the session's day (details: day)
    course_full = "course_full"  # every planned session is booked
    not_improving = "not_improving"  # a course extended at its review
    over_yearly_limit = "over_yearly_limit"  # details: allowed


class IntakeSource(StrEnum):
    """Where an intake was filled in (Intake.source)."""

    kiosk = "kiosk"  # by the patient, at the waiting room's kiosk
    desk = "desk"  # by staff at the desk, for a patient who could not use the kiosk


class AnswerGroup(StrEnum):
    """How an intake's ticks are stored (IntakeAnswer.group): one per checklist of the sheet,
    and the urgent answers a patient took back."""

    region = "region"
    symptom = "symptom"
    cause = "cause"
    treatment = "treatment"
    side_effect = "side_effect"
    red_flag = "red_flag"
    contraindication = "contraindication"
    urgent_withdrawn = "urgent_withdrawn"


SAFETY_ANSWERS = (AnswerGroup.red_flag, AnswerGroup.contraindication)


class Resource(StrEnum):
    """What a booking holds and another booking may clash with (ConflictError's `resource`)."""

    practitioner = "practitioner"
    room = "room"


class Action(StrEnum):
    """What intake.access checks a role for (its RULES table)."""

    patients = "patients"  # arrivals, search, records, staff-entered intakes
    bookings = "bookings"  # consultations and courses
    decide = "decide"  # a practitioner's precaution or course-review decision
    settings_read = "settings_read"
    admin = "admin"  # settings, staff accounts, merging, the audit trail
    kiosk = "kiosk"  # submitting an intake, a returning check-in


# what may follow what for an appointment (the desk's buttons ask courses.status_changeable;
# the domain refuses the rest): attended and no-show correct each other, both come from booked
MAY_FOLLOW: dict[AppointmentStatus, tuple[AppointmentStatus, ...]] = {
    AppointmentStatus.attended: (AppointmentStatus.booked, AppointmentStatus.no_show),
    AppointmentStatus.no_show: (AppointmentStatus.booked, AppointmentStatus.attended),
}
CANCELLED = (AppointmentStatus.cancelled_patient, AppointmentStatus.cancelled_clinic)
# a booking that holds its time (a cancelled or missed one frees it)
HOLDING = (AppointmentStatus.booked, AppointmentStatus.attended)
OPEN_COURSE = (CourseStatus.planned, CourseStatus.active)
