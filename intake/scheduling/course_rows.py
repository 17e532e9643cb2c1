"""Read-only rows for the course panel and the appointment card: a patient's courses, a course's
appointments, a patient's coming appointments. Plain values, one query each, no audit rows (the
patient page that shows them writes its own "patient_viewed").

    patient_courses(patient_id, *, staff_id) -> list[CourseRow]          newest first
    course_appointments(course_id, *, staff_id) -> list[AppointmentRow]  in time order
    patient_appointments(patient_id, from_time=None, *, staff_id) -> list[AppointmentRow]
    card_facts(course_id=None, patient_id=None, *, staff_id) -> CardFacts  what the card prints

Each takes the acting staff member (`staff_id`) and follows the patients rule (intake/access.py).

(The appointment query itself is intake.scheduling.calendar.appointment_rows.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from intake import access
from intake import clinic as clinic_mod
from intake.clinic import get_clinic
from intake.errors import ValidationError
from intake.models import Appointment, Patient, TreatmentCourse
from intake.records import CourseRow
from intake.scheduling.calendar import AppointmentRow, appointment_rows
from intake.vocabulary import AppointmentKind, AppointmentStatus


@dataclass(frozen=True)
class CardFacts:
    clinic_name: str
    clinic_address: str
    clinic_phone: str
    patient_name: str
    appointments: list[AppointmentRow]


@access.guarded(access.PATIENTS)
def patient_courses(patient_id: int, *, staff_id: int | None) -> list[CourseRow]:
    query = (TreatmentCourse.select(TreatmentCourse.id, TreatmentCourse.kind, TreatmentCourse.status,
                                    TreatmentCourse.sessions_planned, TreatmentCourse.created_at)
             .where(TreatmentCourse.patient == patient_id)
             .order_by(TreatmentCourse.created_at.desc(), TreatmentCourse.id.desc()))
    return [CourseRow(*row) for row in query.tuples()]


@access.guarded(access.PATIENTS)
def course_appointments(course_id: int, *, staff_id: int | None) -> list[AppointmentRow]:
    return appointment_rows(Appointment.course == course_id)


@access.guarded(access.PATIENTS)
def patient_appointments(patient_id: int, from_time: dt.datetime | None = None, *,
                         staff_id: int | None) -> list[AppointmentRow]:
    return _patient_appointments(patient_id, from_time)


def _patient_appointments(patient_id: int, from_time: dt.datetime | None) -> list[AppointmentRow]:
    condition = Appointment.patient == patient_id
    if from_time is not None:
        condition &= Appointment.starts_at >= from_time
    return appointment_rows(condition)


@access.guarded(access.PATIENTS)
def card_facts(course_id: int | None = None, patient_id: int | None = None, *,
               staff_id: int | None, from_time: dt.datetime | None = None) -> CardFacts:
    """The clinic's contact details, the patient's name and the booked sessions to print: a
    course's, or (patient_id) every coming booked appointment from `from_time` (default now)."""
    if course_id is not None:
        course = TreatmentCourse.get_or_none(TreatmentCourse.id == course_id)
        if course is None:
            raise ValidationError("unknown_course", field="course")
        patient_id = course.patient_id
        rows = appointment_rows((Appointment.course == course_id)
                                | ((Appointment.patient == patient_id)
                                   & (Appointment.kind == AppointmentKind.consultation)))
    elif patient_id is not None:
        rows = _patient_appointments(patient_id, from_time or clinic_mod.now())
    else:
        raise ValidationError("required", field="course")
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise ValidationError("unknown_patient", field="patient")
    clinic = get_clinic()
    return CardFacts(
        clinic.name if clinic else "", clinic.address if clinic else "",
        clinic.phone if clinic else "", f"{patient.first_name} {patient.last_name}",
        [r for r in rows if r.status == AppointmentStatus.booked],
    )
