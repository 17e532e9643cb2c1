"""Move a session and every later one of its course: shift what fits, propose slots for the
clashes, book the whole preview in one transaction.

    plan = plan_following_move(appointment_id, new_start, staff_id=me, practitioner_id=None,
                               room_id=None)
    for move in plan.moves:              # ProposedMove
        move.session_number, move.was, move.slot, move.shifted, move.reason, move.detail
    apply_move_plan(plan, staff_id) -> [moved appointment ids]

The chosen session goes where staff put it (SlotUnavailableError with the reason otherwise, as
for one move). Each later booked session is shifted by the same offset; where the shifted time
clashes (holiday, closure, hours, time off, booked, same day as another session ...), a free slot
is proposed instead — the same practitioner, later first, as the planner does — with the reason
(shifted=False). CannotFitError when no free slot exists within SEARCH_DAYS. apply_move_plan
checks every slot again inside its transaction (SessionConflictError when one was taken
meanwhile; nothing moves then), renumbers the course and writes one audit row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from intake import access, audit, db
from intake.errors import ValidationError
from intake.models import Appointment
from intake.scheduling.availability import HOLDING, Availability, Slot, lock_resources
from intake.scheduling.booking import guarded
from intake.scheduling.courses import _changed, renumber
from intake.scheduling.errors import CannotFitError, SessionConflictError, SlotUnavailableError
from intake.scheduling.patterns import near_days, search_order
from intake.vocabulary import AppointmentStatus

SEARCH_DAYS = 30  # how far after its shifted day a clashing session may go


@dataclass(frozen=True)
class ProposedMove:
    appointment_id: int
    session_number: int | None
    was: dt.datetime
    slot: Slot
    shifted: bool = True  # False: the shifted time clashed and this is another free slot
    reason: str | None = None  # why the shifted time clashed
    detail: str = ""


@dataclass(frozen=True)
class MovePlan:
    appointment_id: int
    offset: dt.timedelta
    moves: tuple[ProposedMove, ...]

    @property
    def clashes(self) -> list[ProposedMove]:
        return [m for m in self.moves if not m.shifted]


@access.guarded(access.BOOKINGS)
def plan_following_move(appointment_id: int, new_start: dt.datetime, *, staff_id: int | None,
                        practitioner_id: int | None = None,
                        room_id: int | None = None) -> MovePlan:
    """The preview of moving this session and the later booked ones of its course."""
    first = Appointment.get_or_none(Appointment.id == appointment_id)
    if first is None:
        raise ValidationError("unknown_appointment", field="appointment")
    if first.status != AppointmentStatus.booked:
        raise ValidationError("bad_status", field="status", status=first.status)
    offset = new_start - first.starts_at
    later = []
    if first.course_id is not None:
        later = list(Appointment.select().where(
            (Appointment.course == first.course_id) & (Appointment.status == AppointmentStatus.booked)
            & (Appointment.starts_at > first.starts_at)).order_by(Appointment.starts_at))
    moving = [first] + later
    shifted = [Slot(practitioner_id or a.practitioner_id, room_id or a.room_id,
                    a.starts_at + offset, a.ends_at + offset) for a in moving]
    last_day = max(s.starts_at.date() for s in shifted) + dt.timedelta(days=SEARCH_DAYS)
    avail = Availability(min(s.starts_at.date() for s in shifted), last_day,
                         patient_id=first.patient_id, ignore_ids=[a.id for a in moving])
    staying = _staying_days(first.course_id, [a.id for a in moving])
    taken: set[dt.date] = set(staying)
    moves: list[ProposedMove] = []
    for index, (appointment, slot) in enumerate(zip(moving, shifted, strict=True)):
        problem = avail.problem(slot)
        if problem is None and slot.starts_at.date() in taken:
            problem = ("same_day", "")
        if problem is None:
            moves.append(ProposedMove(appointment.id, appointment.session_number,
                                      appointment.starts_at, slot))
        elif index == 0:
            raise SlotUnavailableError(problem[0], field="starts_at", detail=problem[1],
                                       session_number=appointment.session_number)
        else:
            lower = moves[-1].slot.starts_at.date() + dt.timedelta(days=1)
            following = shifted[index + 1].starts_at.date() if index + 1 < len(shifted) else None
            other = _free_slot(avail, slot, lower, following, taken)
            if other is None:
                raise CannotFitError("cannot_fit", field="sessions", sessions=len(moving),
                                     placed=index, window_end=last_day)
            moves.append(ProposedMove(appointment.id, appointment.session_number,
                                      appointment.starts_at, other, False, problem[0], problem[1]))
        avail.hold(moves[-1].slot)
        taken.add(moves[-1].slot.starts_at.date())
    return MovePlan(appointment_id, offset, tuple(moves))


def _staying_days(course_id: int | None, moving_ids: list[int]) -> set[dt.date]:
    if course_id is None:
        return set()
    return {
        row.starts_at.date()
        for row in Appointment.select(Appointment.starts_at).where(
            (Appointment.course == course_id) & Appointment.status.in_(HOLDING)
            & Appointment.id.not_in(moving_ids))
    }


def _free_slot(avail: Availability, wanted: Slot, lower: dt.date, following: dt.date | None,
               taken: set[dt.date]) -> Slot | None:
    """A free slot near the wanted one: its practitioner on a near day (later first), then any
    practitioner on a near day, then any later day; never on a day the course already uses."""
    length = wanted.minutes
    day = wanted.starts_at.date()
    upper = day + dt.timedelta(days=SEARCH_DAYS)
    near = [d for d in near_days(day, lower, upper, following) if d not in taken]
    rooms = [wanted.room_id] + [r for r in avail.rooms if r != wanted.room_id]
    others = [p for p in avail.practitioners if p != wanted.practitioner_id]
    far = [d for d in search_order(day, lower, upper, following) if d not in near and d not in taken]
    for days, pids in ((near, [wanted.practitioner_id]), (near, others),
                       (far, [wanted.practitioner_id]), (far, others)):
        for candidate in days:
            slot = avail.find_on_day(candidate, length, preferred=wanted.starts_at.time(),
                                     practitioner_ids=pids, room_ids=rooms)
            if slot is not None:
                return slot
    return None


@access.guarded(access.BOOKINGS)
def apply_move_plan(plan: MovePlan, staff_id: int | None) -> list[int]:
    """Move every session as previewed, all or none."""
    ids = [m.appointment_id for m in plan.moves]
    rows = {a.id: a for a in Appointment.select().where(Appointment.id.in_(ids))}
    first = rows.get(plan.appointment_id)
    if first is None or len(rows) != len(ids):
        raise ValidationError("unknown_appointment", field="appointment")
    with db.write():
        lock_resources([m.slot.practitioner_id for m in plan.moves], [m.slot.room_id for m in plan.moves])
        changed = [a for a in rows.values() if a.status != AppointmentStatus.booked
                   or a.starts_at != next(m.was for m in plan.moves if m.appointment_id == a.id)]
        if changed:
            raise SessionConflictError("session_conflict", field="starts_at", resource="changed",
                                       session_number=changed[0].session_number,
                                       starts_at=changed[0].starts_at)
        days = [m.slot.starts_at.date() for m in plan.moves]
        avail = Availability(min(days), max(days), patient_id=first.patient_id, ignore_ids=ids)
        for move in plan.moves:
            problem = avail.problem(move.slot)
            if problem is not None:
                raise SessionConflictError("session_conflict", field="starts_at", resource=problem[0],
                                           session_number=move.session_number,
                                           starts_at=move.slot.starts_at)
            avail.hold(move.slot)
        for move in _safe_order(plan.moves, rows):
            with guarded(move.session_number, move.slot.starts_at):
                Appointment.update(_changed(starts_at=move.slot.starts_at, ends_at=move.slot.ends_at,
                                            practitioner=move.slot.practitioner_id,
                                            room=move.slot.room_id)
                                   ).where(Appointment.id == move.appointment_id).execute()
        if first.course_id is not None:
            renumber(first.course_id)
        audit.record("appointment_moved", staff_id=staff_id, patient_id=first.patient_id,
                     detail=f"appointments={','.join(map(str, ids))} "
                            f"offset_min={int(plan.offset.total_seconds() // 60)} "
                            f"replanned={len(plan.clashes)}")
    return ids


def _safe_order(moves: tuple[ProposedMove, ...], rows: dict[int, Appointment]) -> list[ProposedMove]:
    """An order in which no moved session lands on one that has not moved yet (the database
    guard checks each row as it is written)."""
    waiting = list(moves)
    ordered: list[ProposedMove] = []
    while waiting:
        for move in waiting:
            blocked = any(
                other is not move and _clash(move.slot, rows[other.appointment_id])
                for other in waiting)
            if not blocked:
                ordered.append(move)
                waiting.remove(move)
                break
        else:  # two sessions swapping places: no order works (the planner never proposes it)
            raise SessionConflictError("session_conflict", field="starts_at", resource="same_day",
                                       session_number=waiting[0].session_number,
                                       starts_at=waiting[0].slot.starts_at)
    return ordered


def _clash(slot: Slot, appointment: Appointment) -> bool:
    same = slot.practitioner_id == appointment.practitioner_id or slot.room_id == appointment.room_id
    return same and slot.starts_at < appointment.ends_at and appointment.starts_at < slot.ends_at
