"""Booking: the free consultation and a whole course, each in one transaction.

    soonest_consultation_slots(after, limit=5, practitioner_id=None) -> list[Slot]
    book_consultation(patient_id, slot, staff_id, intake_id=None, second_reason="") -> appointment id
    book_course(patient_id, plan, staff_id, intake_id=None) -> course id
    patient_consultations(patient_id, *, staff_id) -> list[AppointmentRow]   every one, in time order
    episode_consultation(patient_id, *, staff_id) -> AppointmentRow | None   this episode's one

book_consultation refuses (NotAllowedError, nothing written):
  "urgent_unacknowledged" (field "intake") while an urgent alert of the patient's intakes is not
    acknowledged: the consultation is the clinician's review, booked once someone saw the alert;
  "second_consultation" (field "reason", details starts_at) when the episode — since the patient's
    latest intake — already holds a booked or attended consultation, unless staff give
    `second_reason` (stored on the appointment; the audit row says second=1, never the text).

book_course checks the safety gates (NotAllowedError "course_gates"), then writes the course and
every session in ONE `db.write()`: all or none. When a slot was taken meanwhile (by Python's own
re-check inside the transaction, or by the database guard) it raises SessionConflictError with
details session_number, resource, starts_at — plan again with plan_course().
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterator

from intake import access, audit, db
from intake.clinic import get_clinic
from intake.errors import ConflictError, NotAllowedError, StorageError, ValidationError
from intake.models import Appointment, Intake, Patient, TreatmentCourse
from intake.scheduling.availability import HOLDING, MAX_HOURS, Availability, Slot, lock_resources
from intake.scheduling.calendar import AppointmentRow, appointment_rows
from intake.scheduling.errors import SessionConflictError, SlotUnavailableError
from intake.scheduling.gates import require_gates
from intake.scheduling.planner import CoursePlan, check_slot
from intake.validation import clean_text
from intake.vocabulary import AppointmentKind, AppointmentStatus, CourseStatus, Refusal

CHUNK_DAYS = 14
SEARCH_DAYS = 120


def new_uid() -> str:
    return f"{uuid.uuid4()}@backcare"


@contextlib.contextmanager
def guarded(session_number: int | None, starts_at: dt.datetime) -> Iterator[None]:
    """A savepoint around one appointment write: the database guard's refusal (or a PostgreSQL
    deadlock between two desks inserting the same slot) becomes SessionConflictError naming the
    session; the caller's transaction then rolls back as a whole."""
    where = {"starts_at": starts_at}
    if session_number is not None:
        where["session_number"] = session_number
    try:
        with db.write():
            yield
    except SessionConflictError:
        raise
    except ConflictError as exc:
        raise SessionConflictError("session_conflict", field="starts_at",
                                   resource=exc.details.get("resource", ""), **where) from exc
    except StorageError as exc:
        if "deadlock" not in str(exc.__cause__).lower():
            raise
        raise SessionConflictError("session_conflict", field="starts_at", resource="", **where) from exc


def soonest_consultation_slots(after: dt.datetime, limit: int = 5,
                               practitioner_id: int | None = None) -> list[Slot]:
    """The first `limit` free consultation slots from `after` on (one per start time)."""
    clinic = get_clinic()
    if clinic is None:
        return []
    minutes = clinic.consultation_minutes
    found: list[Slot] = []
    first = after.date()
    while len(found) < limit and (first - after.date()).days < SEARCH_DAYS:
        last = first + dt.timedelta(days=CHUNK_DAYS - 1)
        avail = Availability(first, last)
        pids = [practitioner_id] if practitioner_id is not None else None
        day = first
        while day <= last and len(found) < limit:
            for slot in avail.free_slots(day, minutes, practitioner_ids=pids, not_before=after):
                found.append(slot)
                if len(found) >= limit:
                    break
            day += dt.timedelta(days=1)
        first = last + dt.timedelta(days=1)
    return found


def _check_patient(patient_id: int) -> None:
    if not Patient.select().where(Patient.id == patient_id).exists():
        raise ValidationError("unknown_patient", field="patient")


CONSULTATION = AppointmentKind.consultation
MAX_REASON = 500


@access.guarded(access.PATIENTS)
def patient_consultations(patient_id: int, *, staff_id: int | None) -> list[AppointmentRow]:
    """Every consultation of the patient (cancelled and missed ones too), in time order."""
    return appointment_rows((Appointment.patient == patient_id) & (Appointment.kind == CONSULTATION))


def _episode_condition(patient_id: int):
    """Consultations that count for the episode: booked or attended, booked or held since the
    patient's latest intake (all of them when the patient has no intake)."""
    condition = ((Appointment.patient == patient_id) & (Appointment.kind == CONSULTATION)
                 & Appointment.status.in_(HOLDING))
    since = (Intake.select(Intake.submitted_at).where(Intake.patient == patient_id)
             .order_by(Intake.submitted_at.desc()).scalar())
    if since is not None:
        condition &= (Appointment.created_at >= since) | (Appointment.starts_at >= since)
    return condition


@access.guarded(access.PATIENTS)
def episode_consultation(patient_id: int, *, staff_id: int | None) -> AppointmentRow | None:
    """The free consultation this episode already holds, if any (the first one)."""
    rows = appointment_rows(_episode_condition(patient_id))
    return rows[0] if rows else None


def _check_urgent(patient_id: int, intake_id: int | None) -> None:
    whose = Intake.patient == patient_id
    if intake_id is not None:
        whose |= Intake.id == intake_id
    unacknowledged = (Intake.urgent == True) & Intake.urgent_ack_at.is_null()  # noqa: E712
    if Intake.select().where(whose & unacknowledged).exists():
        raise NotAllowedError(Refusal.urgent_unacknowledged, field="intake")


def _lock_patient(patient_id: int) -> None:
    """PostgreSQL: serialise consultation bookings of one patient (two desks at once would both
    see no consultation yet). SQLite's write transaction already holds the lock."""
    if not db.is_sqlite():
        list(Patient.select(Patient.id).where(Patient.id == patient_id).for_update("FOR NO KEY UPDATE"))


@access.guarded(access.BOOKINGS)
def book_consultation(patient_id: int, slot: Slot, staff_id: int | None,
                      intake_id: int | None = None, second_reason: str = "") -> int:
    """Book the free consultation; the intake (if given) becomes "booked"."""
    _check_patient(patient_id)
    second_reason = clean_text(second_reason, "reason", max_length=MAX_REASON, multiline=True)
    with db.write():
        _lock_patient(patient_id)
        _check_urgent(patient_id, intake_id)
        existing = (Appointment.select(Appointment.starts_at).where(_episode_condition(patient_id))
                    .order_by(Appointment.starts_at).first())
        if existing is not None and not second_reason:
            raise NotAllowedError(Refusal.second_consultation, field="reason", starts_at=existing.starts_at)
        lock_resources([slot.practitioner_id], [slot.room_id])
        try:
            check_slot(slot, patient_id=patient_id)
        except SlotUnavailableError as exc:
            if exc.code == AppointmentStatus.booked:
                raise ConflictError("double_booked", resource="slot", starts_at=slot.starts_at) from exc
            raise
        appointment = Appointment.create(
            patient=patient_id, kind=AppointmentKind.consultation, practitioner=slot.practitioner_id,
            room=slot.room_id, starts_at=slot.starts_at, ends_at=slot.ends_at, uid=new_uid(),
            second_reason=second_reason if existing is not None else "",
        )
        if intake_id is not None:
            Intake.update(status=AppointmentStatus.booked).where(Intake.id == intake_id).execute()
        audit.record("consultation_booked", staff_id=staff_id, patient_id=patient_id, intake_id=intake_id,
                     detail=f"appointment={appointment.id}" + (" second=1" if existing is not None else ""))
    return appointment.id


def insert_sessions(course_id: int, patient_id: int, slots: list[Slot], first_number: int) -> list[int]:
    """Inside the caller's write transaction (after lock_resources): check each slot again and
    insert them (one statement) as sessions first_number, first_number + 1, ...
    SessionConflictError names the first session that is taken."""
    slots = sorted(slots, key=lambda s: s.starts_at)
    avail = Availability(slots[0].starts_at.date(), slots[-1].starts_at.date(), patient_id=patient_id)
    for number, slot in enumerate(slots, start=first_number):
        problem = avail.problem(slot)
        if problem is not None:
            raise SessionConflictError("session_conflict", field="starts_at", session_number=number,
                                       resource=problem[0], starts_at=slot.starts_at)
        avail.hold(slot)
    rows = [
        {Appointment.patient: patient_id, Appointment.course: course_id,
         Appointment.kind: AppointmentKind.treatment, Appointment.practitioner: slot.practitioner_id,
         Appointment.room: slot.room_id, Appointment.starts_at: slot.starts_at,
         Appointment.ends_at: slot.ends_at, Appointment.session_number: number,
         Appointment.uid: new_uid()}
        for number, slot in enumerate(slots, start=first_number)
    ]
    try:
        with guarded(None, slots[0].starts_at):
            Appointment.insert_many(rows).execute()
    except SessionConflictError as exc:
        # the database guard refused (another desk committed meanwhile): say which session
        number, slot = _first_taken(slots, first_number)
        where = {"session_number": number, "starts_at": slot.starts_at} if slot else {}
        raise SessionConflictError("session_conflict", field="starts_at",
                                   resource=exc.details.get("resource", ""), **where) from exc
    uids = [row[Appointment.uid] for row in rows]
    by_uid = dict(Appointment.select(Appointment.uid, Appointment.id).where(Appointment.uid.in_(uids)).tuples())
    return [by_uid[uid] for uid in uids]


def _first_taken(slots: list[Slot], first_number: int) -> tuple[int | None, Slot | None]:
    """The first of `slots` that a booked/attended appointment now overlaps (one query)."""
    taken = list(
        Appointment.select(Appointment.practitioner, Appointment.room, Appointment.starts_at, Appointment.ends_at)
        .where(
            (Appointment.starts_at > slots[0].starts_at - dt.timedelta(hours=MAX_HOURS))
            & (Appointment.starts_at < slots[-1].ends_at)
            & Appointment.status.in_(HOLDING)
            & (Appointment.practitioner.in_({s.practitioner_id for s in slots})
               | Appointment.room.in_({s.room_id for s in slots}))
        ).tuples()
    )
    for number, slot in enumerate(slots, start=first_number):
        for practitioner, room, s, e in taken:
            if (practitioner == slot.practitioner_id or room == slot.room_id) and s < slot.ends_at and slot.starts_at < e:
                return number, slot
    return None, None


@access.guarded(access.BOOKINGS)
def book_course(patient_id: int, plan: CoursePlan, staff_id: int | None,
                intake_id: int | None = None) -> int:
    """Book every session of `plan` for the patient, all or none. Returns the course id."""
    _check_patient(patient_id)
    if not plan.sessions:
        raise ValidationError("bad_count", field="sessions")
    kind = plan.request.kind
    gates = require_gates(patient_id, kind)
    intake_id = intake_id if intake_id is not None else gates.intake_id
    sessions = sorted(plan.sessions, key=lambda s: s.slot.starts_at)
    with db.write():
        lock_resources([s.slot.practitioner_id for s in sessions], [s.slot.room_id for s in sessions])
        course = TreatmentCourse.create(
            patient=patient_id, intake=intake_id, kind=kind, sessions_planned=len(sessions),
            pattern=plan.request.pattern.to_json(), status=CourseStatus.active, created_by=staff_id,
        )
        insert_sessions(course.id, patient_id, [s.slot for s in sessions], first_number=1)
        if intake_id is not None:
            Intake.update(status=AppointmentStatus.booked).where(Intake.id == intake_id).execute()
        audit.record("course_booked", staff_id=staff_id, patient_id=patient_id, intake_id=intake_id,
                     detail=f"course={course.id} kind={kind} sessions={len(sessions)}")
    return course.id
