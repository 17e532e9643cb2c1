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
