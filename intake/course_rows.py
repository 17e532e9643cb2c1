"""Read-only rows for the course panel and the appointment card: a patient's courses, a course's
appointments, a patient's coming appointments. Plain values, one query each, no audit rows (the
patient page that shows them writes its own "patient_viewed").

    patient_courses(patient_id) -> list[CourseRow]               newest first
    course_appointments(course_id) -> list[AppointmentRow]       in time order
    patient_appointments(patient_id, from_time=None) -> list[AppointmentRow]
    card_facts(course_id=None, patient_id=None) -> CardFacts     what the appointment card prints

(To be folded into intake.scheduling.calendar by its owner; AppointmentRow is theirs.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from intake.clinic import get_clinic
from intake.errors import ValidationError
from intake.models import Appointment, Patient, Practitioner, Room, TreatmentCourse
from intake.scheduling.calendar import AppointmentRow


@dataclass(frozen=True)
class CourseRow:
    id: int
    kind: str
    status: str
    sessions_planned: int
    created_at: dt.datetime


@dataclass(frozen=True)
class CardFacts:
    clinic_name: str
    clinic_address: str
    clinic_phone: str
    patient_name: str
    appointments: list[AppointmentRow]


def patient_courses(patient_id: int) -> list[CourseRow]:
    query = (TreatmentCourse.select(TreatmentCourse.id, TreatmentCourse.kind, TreatmentCourse.status,
                                    TreatmentCourse.sessions_planned, TreatmentCourse.created_at)
             .where(TreatmentCourse.patient == patient_id)
             .order_by(TreatmentCourse.created_at.desc(), TreatmentCourse.id.desc()))
    return [CourseRow(*row) for row in query.tuples()]


def _rows(condition) -> list[AppointmentRow]:
    query = (
        Appointment.select(
            Appointment.id, Appointment.starts_at, Appointment.ends_at, Appointment.kind,
            Appointment.status, Appointment.late_cancel, Patient.id, Patient.first_name,
            Patient.last_name, Practitioner.id, Practitioner.name, Practitioner.colour, Room.id,
            Room.name, TreatmentCourse.id, TreatmentCourse.kind, Appointment.session_number,
            TreatmentCourse.sessions_planned,
        )
        .join(Patient, on=(Appointment.patient == Patient.id))
        .switch(Appointment).join(Practitioner, on=(Appointment.practitioner == Practitioner.id))
        .switch(Appointment).join(Room, on=(Appointment.room == Room.id))
        .switch(Appointment).join(TreatmentCourse, JOIN.LEFT_OUTER,
                                  on=(Appointment.course == TreatmentCourse.id))
        .where(condition)
        .order_by(Appointment.starts_at, Appointment.id)
    )
    rows = []
    for (aid, s, e, kind, status, late, pid, first, last, prid, prname, colour, rid, rname,
         cid, ckind, number, planned) in query.tuples():
        rows.append(AppointmentRow(aid, _moment(s), _moment(e), kind, status, bool(late), pid,
                                   f"{first} {last}", prid, prname, colour, rid, rname, cid, ckind,
                                   number, planned))
    return rows


def _moment(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def course_appointments(course_id: int) -> list[AppointmentRow]:
    return _rows(Appointment.course == course_id)


def patient_appointments(patient_id: int, from_time: dt.datetime | None = None) -> list[AppointmentRow]:
    condition = Appointment.patient == patient_id
    if from_time is not None:
        condition &= Appointment.starts_at >= from_time
    return _rows(condition)


def card_facts(course_id: int | None = None, patient_id: int | None = None, *,
               from_time: dt.datetime | None = None) -> CardFacts:
    """The clinic's contact details, the patient's name and the booked sessions to print: a
    course's, or (patient_id) every coming booked appointment from `from_time` (default now)."""
    if course_id is not None:
        course = TreatmentCourse.get_or_none(TreatmentCourse.id == course_id)
        if course is None:
            raise ValidationError("unknown_course", field="course")
        patient_id = course.patient_id
        rows = course_appointments(course_id)
    elif patient_id is not None:
        rows = patient_appointments(patient_id, from_time or dt.datetime.now().replace(microsecond=0))
    else:
        raise ValidationError("required", field="course")
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise ValidationError("unknown_patient", field="patient")
    clinic = get_clinic()
    return CardFacts(
        clinic.name if clinic else "", clinic.address if clinic else "",
        clinic.phone if clinic else "", f"{patient.first_name} {patient.last_name}",
        [r for r in rows if r.status == "booked"],
    )
