"""Living with a course: attendance, cancellations, moves, make-up sessions.

Every change bumps Appointment.sequence and updated_at (the .ics export relies on it) and writes
an audit row with codes and ids only. Active sessions (booked/attended) are numbered 1..n by time
after each change, so the desk shows "session 5 of 12" in order; a cancelled or missed session
keeps the number it had.

    mark_attended(appointment_id, staff_id, pain=None, today=None)
    mark_no_show(appointment_id, staff_id, today=None)
        only from the session's day on: NotAllowedError "not_yet" (field "status", details day)
        for a later day; on a day after the session's day the row is marked entered_late
    cancel_appointment(appointment_id, by, staff_id, now=None) -> late (bool)   by: patient|clinic
    undo_status_change(appointment_id, staff_id) -> the status restored
        one step back (status, pain score, late cancel, entered late); ValidationError
        "nothing_to_undo"; NotAllowedError "course_full" when it would exceed the planned count
    status_changeable(status, starts_at, today=None) -> StatusChoices (what the desk may do now)
    makeup_shortfall(course_id, *, staff_id) -> int   planned minus active sessions (0 when none is missing)
    move_appointment(appointment_id, new_start, staff_id, *, practitioner_id=None, room_id=None,
                     following=False) -> [moved appointment ids]
    add_makeup_session(course_id, staff_id=None) -> appointment id
Course progress and the 12-in-90-days review: see summary.py (course_summary).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import fn

from intake import access, audit, clinic, db
from intake.errors import NotAllowedError, ValidationError
from intake.models import Appointment, TreatmentCourse
from intake.scheduling.availability import HOLDING, Availability, Slot, lock_resources
from intake.scheduling.booking import guarded, new_uid
from intake.scheduling.errors import CannotFitError, SessionConflictError, SlotUnavailableError
from intake.scheduling.planner import Pattern, intended_days, search_order
from intake.validation import clean_score
from intake.vocabulary import (
    MAY_FOLLOW,
    OPEN_COURSE,
    AppointmentKind,
    AppointmentStatus,
    CourseStatus,
    Refusal,
)

LATE_CANCEL_HOURS = 24
MAKEUP_SEARCH_DAYS = 60
ATTENDED = AppointmentStatus.attended
NO_SHOW = AppointmentStatus.no_show
BOOKED = AppointmentStatus.booked


def _now() -> dt.datetime:
    return clinic.now()


def _appointment(appointment_id: int) -> Appointment:
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        raise ValidationError("unknown_appointment", field="appointment")
    return appointment


def _changed(**fields: object) -> dict:
    """The update dict for a change: the fields plus a bumped sequence and updated_at."""
    fields = {getattr(Appointment, k): v for k, v in fields.items()}
    fields[Appointment.sequence] = Appointment.sequence + 1
    fields[Appointment.updated_at] = _now()
    return fields


@dataclass(frozen=True)
class StatusChoices:
    """What the desk may record for a session now. `not_yet_day`: the day from which Attended /
    No-show may be recorded, when that day has not come (None otherwise)."""

    attended: bool
    no_show: bool
    cancel: bool
    not_yet_day: dt.date | None = None


def status_changeable(status: str, starts_at: dt.datetime, today: dt.date | None = None) -> StatusChoices:
    today = today or clinic.today()
    not_yet = starts_at.date() > today
    return StatusChoices(
        attended=status in MAY_FOLLOW[ATTENDED] and not not_yet,
        no_show=status in MAY_FOLLOW[NO_SHOW] and not not_yet,
        cancel=status == BOOKED,
        not_yet_day=starts_at.date() if not_yet else None,
    )


def _undo_state(appointment: Appointment) -> str:
    return json.dumps({"status": appointment.status, "pain_score": appointment.pain_score,
                       "late_cancel": bool(appointment.late_cancel),
                       "entered_late": bool(appointment.entered_late)})


def _set_status(appointment: Appointment, status: str, staff_id: int | None, allowed: tuple[str, ...],
                action: str, **extra: object) -> None:
    if appointment.status not in allowed:
        raise ValidationError("bad_status", field="status", status=appointment.status)
    late = bool(extra.get("entered_late"))
    with db.write():
        with guarded(appointment.session_number, appointment.starts_at):
            updated = Appointment.update(_changed(status=status, undo_state=_undo_state(appointment), **extra)).where(
                (Appointment.id == appointment.id) & (Appointment.status == appointment.status)).execute()
        if not updated:  # another desk changed it meanwhile: nothing is changed here
            raise ValidationError("bad_status", field="status", status=appointment.status)
        if appointment.course_id is not None:
            renumber(appointment.course_id)
            _update_course_status(appointment.course_id)
        audit.record(action, staff_id=staff_id, patient_id=appointment.patient_id,
                     detail=f"appointment={appointment.id} status={status}" + (" entered_late=1" if late else ""))


def _check_day(appointment: Appointment, today: dt.date | None) -> bool:
    """Attended / No-show only from the session's day on; True when entered on a later day."""
    today = today or clinic.today()
    day = appointment.starts_at.date()
    if day > today:
        raise NotAllowedError(Refusal.not_yet, field="status", day=day)
    return today > day


@access.guarded(access.BOOKINGS)
def mark_attended(appointment_id: int, staff_id: int | None, pain: int | None = None,
                  today: dt.date | None = None) -> None:
    """The patient came. `pain`: their 0-10 pain score that day, when asked (ValidationError
    "out_of_range" on field "pain" otherwise; nothing is changed then). NotAllowedError
    "not_yet" before the session's day; after it, the row is marked entered late."""
    appointment = _appointment(appointment_id)
    extra: dict[str, object] = {} if pain is None else {"pain_score": clean_score(pain, "pain")}
    extra["entered_late"] = _check_day(appointment, today)
    _set_status(appointment, ATTENDED, staff_id, MAY_FOLLOW[ATTENDED], "appointment_attended", **extra)


@access.guarded(access.BOOKINGS)
def mark_no_show(appointment_id: int, staff_id: int | None, today: dt.date | None = None) -> None:
    """The patient did not come: from the session's day on (NotAllowedError "not_yet" before)."""
    appointment = _appointment(appointment_id)
    late = _check_day(appointment, today)
    _set_status(appointment, NO_SHOW, staff_id, MAY_FOLLOW[NO_SHOW], "appointment_no_show",
                entered_late=late, pain_score=None)


@access.guarded(access.BOOKINGS)
def undo_status_change(appointment_id: int, staff_id: int | None) -> str:
    """Put back what the last status change replaced (status, pain score, late-cancel and
    entered-late marks); one step only. Returns the status restored."""
    appointment = _appointment(appointment_id)
    if not appointment.undo_state:
        raise ValidationError("nothing_to_undo", field="status")
    before = json.loads(appointment.undo_state)
    restored = before["status"]
    with db.write():
        if (appointment.course_id is not None and restored in HOLDING
                and appointment.status not in HOLDING):
            course = TreatmentCourse.get_by_id(appointment.course_id)
            active = Appointment.select().where((Appointment.course == appointment.course_id)
                                                & Appointment.status.in_(HOLDING)).count()
            if active >= course.sessions_planned:
                raise NotAllowedError(Refusal.course_full, field="status")
        with guarded(appointment.session_number, appointment.starts_at):
            updated = Appointment.update(_changed(
                status=restored, pain_score=before["pain_score"], late_cancel=before["late_cancel"],
                entered_late=before["entered_late"], undo_state="",
            )).where((Appointment.id == appointment.id) & (Appointment.status == appointment.status)
                     & (Appointment.undo_state == appointment.undo_state)).execute()
        if not updated:
            raise ValidationError("bad_status", field="status", status=appointment.status)
        if appointment.course_id is not None:
            renumber(appointment.course_id)
            _update_course_status(appointment.course_id)
        audit.record("appointment_status_undone", staff_id=staff_id, patient_id=appointment.patient_id,
                     detail=f"appointment={appointment.id} status={restored} undone={appointment.status}")
    return restored


@access.guarded(access.BOOKINGS)
def cancel_appointment(appointment_id: int, by: str, staff_id: int | None,
                       now: dt.datetime | None = None) -> bool:
    """Cancel for the patient or the clinic. Returns the late-cancel flag (< 24 h before)."""
    if by not in ("patient", "clinic"):
        raise ValidationError("bad_choice", field="by")
    appointment = _appointment(appointment_id)
    now = now or _now()
    late = appointment.starts_at - now < dt.timedelta(hours=LATE_CANCEL_HOURS)
    _set_status(appointment, f"cancelled_{by}", staff_id, (AppointmentStatus.booked,), "appointment_cancelled",
                late_cancel=late)
    return late


def renumber(course_id: int) -> None:
    """Number the course's active sessions 1..n by time (bumping sequence where it changes)."""
    rows = list(
        Appointment.select(Appointment.id, Appointment.session_number)
        .where((Appointment.course == course_id) & Appointment.status.in_(HOLDING))
        .order_by(Appointment.starts_at, Appointment.id)
        .tuples()
    )
    with db.write():
        for number, (appointment_id, current) in enumerate(rows, start=1):
            if current != number:
                Appointment.update(_changed(session_number=number)).where(
                    Appointment.id == appointment_id).execute()


def _update_course_status(course_id: int) -> None:
    course = TreatmentCourse.get_by_id(course_id)
    attended = Appointment.select().where(
        (Appointment.course == course_id) & (Appointment.status == AppointmentStatus.attended)).count()
    status = CourseStatus.completed if attended >= course.sessions_planned else CourseStatus.active
    if course.status in (CourseStatus.active, CourseStatus.completed, CourseStatus.planned) and (
            status != course.status):
        TreatmentCourse.update(status=status).where(TreatmentCourse.id == course_id).execute()


@access.guarded(access.BOOKINGS)
def move_appointment(appointment_id: int, new_start: dt.datetime, staff_id: int | None, *,
                     practitioner_id: int | None = None, room_id: int | None = None,
                     following: bool = False) -> list[int]:
    """Move one booked appointment, or (following=True) it and every later booked session of its
    course by the same offset. Raises SlotUnavailableError (code = reason, details
    session_number) for the first one that does not fit; nothing moves then."""
    first = _appointment(appointment_id)
    if first.status != AppointmentStatus.booked:
        raise ValidationError("bad_status", field="status", status=first.status)
    offset = new_start - first.starts_at
    targets = [first]
    if following and first.course_id is not None:
        targets += list(
            Appointment.select()
            .where((Appointment.course == first.course_id) & (Appointment.status == AppointmentStatus.booked)
                   & (Appointment.starts_at > first.starts_at))
            .order_by(Appointment.starts_at)
        )
    moves = [
        (a, Slot(practitioner_id or a.practitioner_id, room_id or a.room_id,
                 a.starts_at + offset, a.ends_at + offset))
        for a in targets
    ]
    with db.write():
        lock_resources([s.practitioner_id for _, s in moves], [s.room_id for _, s in moves])
        _check_moves(first, moves)
        ordered = sorted(moves, key=lambda m: m[1].starts_at, reverse=offset > dt.timedelta(0))
        for appointment, slot in ordered:
            with guarded(appointment.session_number, slot.starts_at):
                Appointment.update(_changed(starts_at=slot.starts_at, ends_at=slot.ends_at,
                                            practitioner=slot.practitioner_id, room=slot.room_id)
                                   ).where(Appointment.id == appointment.id).execute()
        if first.course_id is not None:
            renumber(first.course_id)
        ids = [a.id for a, _ in moves]
        audit.record("appointment_moved", staff_id=staff_id, patient_id=first.patient_id,
                     detail=f"appointments={','.join(map(str, ids))} offset_min={int(offset.total_seconds() // 60)}")
    return ids


def _check_moves(first: Appointment, moves: list[tuple[Appointment, Slot]]) -> None:
    days = [s.starts_at.date() for _, s in moves]
    avail = Availability(min(days), max(days), patient_id=first.patient_id,
                         ignore_ids=[a.id for a, _ in moves])
    taken_days: set[dt.date] = set()
    if first.course_id is not None:
        moved_ids = [a.id for a, _ in moves]
        taken_days = {
            row.starts_at.date()
            for row in Appointment.select(Appointment.starts_at).where(
                (Appointment.course == first.course_id) & Appointment.status.in_(HOLDING)
                & Appointment.id.not_in(moved_ids))
        }
    for appointment, slot in moves:
        problem = avail.problem(slot)
        if problem is None and appointment.course_id is not None and slot.starts_at.date() in taken_days:
            problem = ("same_day", "")
        if problem is not None:
            raise SlotUnavailableError(problem[0], field="starts_at", detail=problem[1],
                                       session_number=appointment.session_number)
        avail.hold(slot)
        taken_days.add(slot.starts_at.date())


@access.guarded(access.PATIENTS)
def makeup_shortfall(course_id: int, *, staff_id: int | None) -> int:
    """How many sessions an active course lacks to reach its planned number (cancelled and
    missed ones do not count): the desk offers a make-up session while this is above 0."""
    course = TreatmentCourse.get_or_none(TreatmentCourse.id == course_id)
    if course is None or course.status not in OPEN_COURSE:
        return 0
    active = Appointment.select().where((Appointment.course == course_id)
                                        & Appointment.status.in_(HOLDING)).count()
    return max(0, course.sessions_planned - active)


@access.guarded(access.BOOKINGS)
def add_makeup_session(course_id: int, staff_id: int | None = None) -> int:
    """Book one more session after the course's last one (same practitioner, room and time of
    day where free), so the planned number can still be attended. ValidationError "course_full"
    when the course already holds its planned number of active sessions."""
    course = TreatmentCourse.get_or_none(TreatmentCourse.id == course_id)
    if course is None:
        raise ValidationError("unknown_course", field="course")
    active = list(
        Appointment.select().where((Appointment.course == course_id) & Appointment.status.in_(HOLDING))
        .order_by(Appointment.starts_at)
    )
    if len(active) >= course.sessions_planned:
        raise ValidationError(Refusal.course_full, field="course")
    last = active[-1] if active else (
        Appointment.select().where(Appointment.course == course_id)
        .order_by(Appointment.starts_at.desc()).first()
    )
    lower = max(last.starts_at.date() + dt.timedelta(days=1) if last else clinic.today(),
                clinic.today())
    upper = lower + dt.timedelta(days=MAKEUP_SEARCH_DAYS)
    avail = Availability(lower, upper, patient_id=course.patient_id)
    pattern = Pattern.from_json(course.pattern)
    if pattern.kind == "weekly":
        pattern = Pattern.weekly(pattern.phases[-1][0], weekdays=pattern.weekdays)
    want = next(intended_days(pattern, lower, sorted(avail.opening)))
    minutes = int((last.ends_at - last.starts_at).total_seconds() // 60) if last else 45
    pids = _prefer(avail.practitioners, last.practitioner_id if last else None)
    rids = _prefer(avail.rooms, last.room_id if last else None)
    slot = None
    for day in search_order(want, lower, upper):
        slot = avail.find_on_day(day, minutes, preferred=last.starts_at.time() if last else None,
                                 practitioner_ids=pids, room_ids=rids)
        if slot is not None:
            break
    if slot is None:
        raise CannotFitError("cannot_fit", field="sessions", sessions=1, placed=0, window_end=upper)
    with db.write():
        lock_resources([slot.practitioner_id], [slot.room_id])
        if avail_problem(slot, course.patient_id):
            raise SessionConflictError("session_conflict", field="starts_at", resource=AppointmentStatus.booked,
                                       starts_at=slot.starts_at)
        number = (Appointment.select(fn.MAX(Appointment.session_number))
                  .where(Appointment.course == course_id).scalar() or 0) + 1
        with guarded(number, slot.starts_at):
            appointment = Appointment.create(
                patient=course.patient_id, course=course_id, kind=AppointmentKind.treatment,
                practitioner=slot.practitioner_id, room=slot.room_id, starts_at=slot.starts_at,
                ends_at=slot.ends_at, session_number=number, uid=new_uid(),
            )
        renumber(course_id)
        audit.record("makeup_booked", staff_id=staff_id, patient_id=course.patient_id,
                     detail=f"course={course_id} appointment={appointment.id}")
    return appointment.id


def avail_problem(slot: Slot, patient_id: int) -> tuple[str, str] | None:
    """`slot`'s problem, looked at again inside the write transaction."""
    day = slot.starts_at.date()
    return Availability(day, day, patient_id=patient_id).problem(slot)


def _prefer(ids: list[int], first: int | None) -> list[int]:
    return ([first] if first in ids else []) + [i for i in ids if i != first]
