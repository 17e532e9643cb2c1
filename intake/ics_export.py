"""Calendar files (.ics) for a patient's course or single appointments.

    course_ics(course_id, summary=None, *, staff_id) -> bytes
    appointments_ics(appointment_ids, summary=None, *, staff_id) -> bytes

Both take the acting staff member and follow the patients rule (intake/access.py).

Each event keeps its appointment's stable UID, so importing a re-export updates the events
instead of duplicating them; SEQUENCE is the appointment's sequence (bumped on every change).
Times are written in the clinic's time zone with its VTIMEZONE, so local times stay right across
daylight-saving changes. Only visits that are booked (or were attended) are CONFIRMED; cancelled
and missed ones are STATUS:CANCELLED and carry no session number, so no two events share a title
(a repeated title gets " (2)", " (3)" ...). A course's file includes the patient's consultations.

`summary(kind, session_number, sessions_planned) -> str` words the event title; the desk passes a
translated one. No patient data is written besides what the patient's own calendar needs (times
and the clinic's name and address).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from intake import access
from intake.clinic import get_clinic
from intake.errors import ValidationError
from intake.models import Appointment, TreatmentCourse
from intake.vocabulary import AppointmentKind, AppointmentStatus

Summary = Callable[[str, "int | None", "int | None"], str]
CANCELLED = (AppointmentStatus.cancelled_patient, AppointmentStatus.cancelled_clinic, AppointmentStatus.no_show)  # did not or will not happen


def default_summary(kind: str, number: int | None, planned: int | None) -> str:
    if kind == AppointmentKind.consultation:
        return "Free consultation"
    if number and planned:
        return f"Acupuncture session {number} of {planned}"
    return "Acupuncture session"


def _zone() -> tuple[ZoneInfo, str, str]:
    clinic = get_clinic()
    name = clinic.timezone if clinic is not None else "UTC"
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        zone, name = ZoneInfo("UTC"), "UTC"
    location = ""
    if clinic is not None:
        location = ", ".join(p for p in (clinic.name, clinic.address.replace("\n", ", ")) if p)
    return zone, name, location


def _calendar(rows: Iterable[Appointment], summary: Summary | None, planned: int | None) -> bytes:
    summary = summary or default_summary
    zone, _name, location = _zone()
    cal = Calendar()
    cal.add("prodid", "-//BackCare//Clinic appointments//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    first = last = None
    titles: dict[str, int] = {}
    for row in rows:
        active = row.status not in CANCELLED
        title = summary(row.kind, row.session_number if active else None,
                        planned if row.course_id and active else None)
        titles[title] = titles.get(title, 0) + 1
        if titles[title] > 1:
            title = f"{title} ({titles[title]})"
        event = Event()
        event.add("uid", row.uid)
        event.add("sequence", row.sequence)
        event.add("dtstamp", stamp)
        event.add("last-modified", row.updated_at.replace(tzinfo=zone).astimezone(dt.UTC))
        event.add("dtstart", row.starts_at.replace(tzinfo=zone))
        event.add("dtend", row.ends_at.replace(tzinfo=zone))
        event.add("summary", title)
        if location:
            event.add("location", location)
        event.add("status", "CONFIRMED" if active else "CANCELLED")
        cal.add_component(event)
        first = min(first or row.starts_at.date(), row.starts_at.date())
        last = max(last or row.ends_at.date(), row.ends_at.date())
    if first is not None:
        cal.add_missing_timezones(first_date=first - dt.timedelta(days=366),
                                  last_date=last + dt.timedelta(days=366))
    return cal.to_ical()


@access.guarded(access.PATIENTS)
def course_ics(course_id: int, summary: Summary | None = None, *, staff_id: int | None) -> bytes:
    """Every session of the course and the patient's consultations (cancelled or missed ones as
    STATUS:CANCELLED), in time order."""
    course = TreatmentCourse.get_or_none(TreatmentCourse.id == course_id)
    if course is None:
        raise ValidationError("unknown_course", field="course")
    rows = Appointment.select().where(
        (Appointment.course == course_id)
        | ((Appointment.patient == course.patient_id) & (Appointment.kind == AppointmentKind.consultation))
    ).order_by(Appointment.starts_at, Appointment.id)
    return _calendar(rows, summary, course.sessions_planned)


@access.guarded(access.PATIENTS)
def appointments_ics(appointment_ids: Iterable[int], summary: Summary | None = None, *,
                     staff_id: int | None) -> bytes:
    """Chosen appointments (e.g. the free consultation)."""
    ids = list(appointment_ids)
    rows = list(Appointment.select().where(Appointment.id.in_(ids)).order_by(Appointment.starts_at))
    planned = None
    if rows and all(r.course_id == rows[0].course_id for r in rows) and rows[0].course_id:
        planned = TreatmentCourse.get_by_id(rows[0].course_id).sessions_planned
    return _calendar(rows, summary, planned)
