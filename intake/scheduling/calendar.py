"""Calendar rows for the desk: plain values, one query per call (no N+1).

    appointments_between(start, stop, *, staff_id, ...) -> list[AppointmentRow]
    week_appointments(start_date, practitioner_id=None, room_id=None, *, staff_id)
    day_appointments(day, practitioner_id=None, room_id=None, *, staff_id)
    todays_list(today=None, *, staff_id) -> list[AppointmentRow]
    calendar_marker(start, stop) -> tuple      changes whenever those appointments change

The reads take the acting staff member and follow the bookings rule (intake/access.py); the
marker carries no patient data (counts and sums) and is polled every second, so it takes none.

Rows are ordered by start time, then practitioner; cancelled and missed appointments are
included (status tells them apart) unless include_cancelled=False.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee
from peewee import JOIN, fn

from intake import access, clinic, db
from intake.errors import StorageError
from intake.models import Appointment, Patient, Practitioner, Room, TreatmentCourse
from intake.vocabulary import AppointmentStatus


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str  # consultation | treatment
    status: str
    late_cancel: bool
    patient_id: int
    patient_name: str
    practitioner_id: int
    practitioner_name: str
    colour: str
    room_id: int
    room_name: str
    course_id: int | None
    course_kind: str | None  # standard | electro
    session_number: int | None
    sessions_planned: int | None
    pain_score: int | None = None  # given at an attended session
    entered_late: bool = False  # attended / no-show recorded after the session's day
    can_undo: bool = False  # its last status change can be undone


def appointment_rows(condition, *, by_practitioner: bool = False) -> list[AppointmentRow]:
    """The appointments matching `condition` as plain rows, in one query (joins, no N+1), in
    time order (then by practitioner when `by_practitioner`)."""
    order = (Appointment.starts_at, Practitioner.id, Appointment.id) if by_practitioner else (
        Appointment.starts_at, Appointment.id)
    query = (
        Appointment.select(
            Appointment.id, Appointment.starts_at, Appointment.ends_at, Appointment.kind,
            Appointment.status, Appointment.late_cancel, Patient.id, Patient.first_name,
            Patient.last_name, Practitioner.id, Practitioner.name, Practitioner.colour, Room.id,
            Room.name, TreatmentCourse.id, TreatmentCourse.kind, Appointment.session_number,
            TreatmentCourse.sessions_planned, Appointment.pain_score, Appointment.entered_late,
            Appointment.undo_state,
        )
        .join(Patient, on=(Appointment.patient == Patient.id))
        .switch(Appointment).join(Practitioner, on=(Appointment.practitioner == Practitioner.id))
        .switch(Appointment).join(Room, on=(Appointment.room == Room.id))
        .switch(Appointment).join(TreatmentCourse, JOIN.LEFT_OUTER, on=(Appointment.course == TreatmentCourse.id))
        .where(condition)
        .order_by(*order)
    )
    rows = []
    for (aid, s, e, kind, status, late, pid, first, last, prid, prname, colour, rid, rname,
         cid, ckind, number, planned, pain, entered_late, undo) in query.tuples():
        rows.append(AppointmentRow(
            aid, _as_datetime(s), _as_datetime(e), kind, status, bool(late), pid, f"{first} {last}",
            prid, prname, colour, rid, rname, cid, ckind, number, planned, pain,
            bool(entered_late), bool(undo),
        ))
    return rows


@access.guarded(access.BOOKINGS)
def appointments_between(start: dt.datetime, stop: dt.datetime, *, staff_id: int | None,
                         practitioner_id: int | None = None, room_id: int | None = None,
                         include_cancelled: bool = True) -> list[AppointmentRow]:
    return _between(start, stop, practitioner_id, room_id, include_cancelled)


def _between(start: dt.datetime, stop: dt.datetime, practitioner_id: int | None,
             room_id: int | None, include_cancelled: bool) -> list[AppointmentRow]:
    condition = (Appointment.starts_at >= start) & (Appointment.starts_at < stop)
    if practitioner_id is not None:
        condition &= Appointment.practitioner == practitioner_id
    if room_id is not None:
        condition &= Appointment.room == room_id
    if not include_cancelled:
        condition &= Appointment.status.in_((AppointmentStatus.booked, AppointmentStatus.attended))
    return appointment_rows(condition, by_practitioner=True)


def _as_datetime(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


@access.guarded(access.BOOKINGS)
def week_appointments(start_date: dt.date, practitioner_id: int | None = None, room_id: int | None = None,
                      include_cancelled: bool = True, *, staff_id: int | None) -> list[AppointmentRow]:
    """Seven days from `start_date` (pass a Monday for a Monday-to-Sunday week)."""
    start = dt.datetime.combine(start_date, dt.time())
    return _between(start, start + dt.timedelta(days=7), practitioner_id, room_id,
                    include_cancelled)


@access.guarded(access.BOOKINGS)
def day_appointments(day: dt.date, practitioner_id: int | None = None, room_id: int | None = None,
                     include_cancelled: bool = True, *, staff_id: int | None) -> list[AppointmentRow]:
    start = dt.datetime.combine(day, dt.time())
    return _between(start, start + dt.timedelta(days=1), practitioner_id, room_id,
                    include_cancelled)


@access.guarded(access.BOOKINGS)
def todays_list(today: dt.date | None = None, *, staff_id: int | None) -> list[AppointmentRow]:
    """Today's appointments for the front desk, every practitioner and room."""
    start = dt.datetime.combine(today or clinic.today(), dt.time())
    return _between(start, start + dt.timedelta(days=1), None, None, True)


def calendar_marker(start: dt.datetime, stop: dt.datetime, today: dt.date | None = None) -> tuple:
    """One aggregate query that changes whenever an appointment shown between start and stop
    (or on today's list) is booked, moved in or out, or changes status: every change bumps the
    appointment's sequence. The calendar polls it, as Arrivals polls theirs. StorageError
    "unavailable" when the database does not answer."""
    day = today or clinic.today()
    first = dt.datetime.combine(day, dt.time())
    shown = ((Appointment.starts_at >= start) & (Appointment.starts_at < stop)) | (
        (Appointment.starts_at >= first) & (Appointment.starts_at < first + dt.timedelta(days=1)))
    try:
        db.ensure_connected()
        row = (Appointment.select(fn.COUNT(Appointment.id), fn.SUM(Appointment.sequence),
                                  fn.MAX(Appointment.id), fn.SUM(Appointment.id * Appointment.sequence))
               .where(shown).tuples().get())
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        raise StorageError("unavailable") from exc
    return tuple(int(v or 0) for v in row)
