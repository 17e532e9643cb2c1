"""Bookings left in closed time after a change of opening hours, a closure, a practitioner's
hours or time off — listed with a re-plan proposal, moved together when staff confirm.

    items = affected_bookings(staff_id=me)   # [AffectedBooking], soonest first (bookings rule)
    item.reason, item.detail             # closure (detail: its reason), holiday, outside_hours,
                                         # practitioner_off, bad_practitioner
    item.proposal                        # a free Slot (same practitioner, later first) or None
    rebook(items, staff_id) -> [moved appointment ids]

Only booked appointments from the clinic's now on are looked at (LOOK_AHEAD_DAYS ahead). A
proposal keeps the appointment's practitioner and time where it can, moves later first (then
earlier, then another practitioner), never onto another session of the same course's day.
rebook() moves every proposed one in one transaction, re-checking each slot
(SessionConflictError when one was taken meanwhile; nothing moves then).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from intake import access, audit, db
from intake import clinic as clinic_mod
from intake.models import Appointment, Patient
from intake.scheduling.availability import HOLDING, Availability, Slot, lock_resources
from intake.scheduling.booking import guarded
from intake.scheduling.courses import _changed, renumber
from intake.scheduling.errors import SessionConflictError
from intake.scheduling.patterns import near_days, search_order
from intake.vocabulary import AppointmentStatus

LOOK_AHEAD_DAYS = 365
SEARCH_DAYS = 21


@dataclass(frozen=True)
class AffectedBooking:
    appointment_id: int
    patient_id: int
    patient_name: str
    kind: str
    session_number: int | None
    course_id: int | None
    practitioner_id: int
    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    reason: str
    detail: str
    proposal: Slot | None


@access.guarded(access.BOOKINGS)
def affected_bookings(*, staff_id: int | None,
                      now: dt.datetime | None = None) -> list[AffectedBooking]:
    """Booked appointments from now on that the clinic's hours, closures, holidays, or their
    practitioner's hours and time off no longer allow; each with a proposed free slot."""
    now = now or clinic_mod.now()
    until = now + dt.timedelta(days=LOOK_AHEAD_DAYS)
    rows = list(
        Appointment.select(Appointment, Patient.first_name, Patient.last_name)
        .join(Patient)
        .where((Appointment.status == AppointmentStatus.booked) & (Appointment.starts_at >= now)
               & (Appointment.starts_at < until))
        .order_by(Appointment.starts_at)
    )
    if not rows:
        return []
    avail = Availability(rows[0].starts_at.date(), rows[-1].starts_at.date())
    found = []
    for row in rows:
        problem = avail.closed_problem(Slot(row.practitioner_id, row.room_id, row.starts_at, row.ends_at))
        if problem is not None:
            found.append((row, problem))
    if not found:
        return []
    moving = [row.id for row, _ in found]
    taken: dict[int, set[dt.date]] = {}  # per course: the days its other sessions keep
    result = []
    planner = Availability(found[0][0].starts_at.date(),
                           found[-1][0].starts_at.date() + dt.timedelta(days=SEARCH_DAYS),
                           ignore_ids=moving)
    for row, (reason, detail) in found:
        days = _course_days(row.course_id, moving, taken) if row.course_id else set()
        proposal = _propose(planner, row, days, now)
        if proposal is not None:
            planner.hold(proposal)
            days.add(proposal.starts_at.date())
        result.append(AffectedBooking(
            row.id, row.patient_id, f"{row.patient.first_name} {row.patient.last_name}", row.kind,
            row.session_number, row.course_id, row.practitioner_id, row.room_id, row.starts_at,
            row.ends_at, reason, detail, proposal))
    return result


def _course_days(course_id: int, moving: list[int], taken: dict[int, set[dt.date]]) -> set[dt.date]:
    if course_id not in taken:
        taken[course_id] = {
            starts.date() for (starts,) in Appointment.select(Appointment.starts_at).where(
                (Appointment.course == course_id) & Appointment.status.in_(HOLDING)
                & Appointment.id.not_in(moving)).tuples()
        }
    return taken[course_id]


def _propose(avail: Availability, row: Appointment, busy_days: set[dt.date],
             now: dt.datetime) -> Slot | None:
    day = row.starts_at.date()
    lower = max(now.date(), day - dt.timedelta(days=SEARCH_DAYS))
    upper = day + dt.timedelta(days=SEARCH_DAYS)
    length = int((row.ends_at - row.starts_at).total_seconds() // 60)
    near = [d for d in near_days(day, lower, upper) if d not in busy_days]
    far = [d for d in search_order(day, lower, upper) if d not in near and d not in busy_days]
    own = [row.practitioner_id]
    others = [p for p in avail.practitioners if p != row.practitioner_id]
    rooms = [row.room_id] + [r for r in avail.rooms if r != row.room_id]
    for days, pids in ((near, own), (near, others), (far, own), (far, others)):
        for candidate in days:
            slot = avail.find_on_day(candidate, length, preferred=row.starts_at.time(),
                                     practitioner_ids=pids, room_ids=rooms, not_before=now)
            if slot is not None and not _patient_busy(row, slot):
                return slot
    return None


def _patient_busy(row: Appointment, slot: Slot) -> bool:
    return Appointment.select().where(
        (Appointment.patient == row.patient_id) & Appointment.status.in_(HOLDING)
        & (Appointment.id != row.id) & (Appointment.starts_at < slot.ends_at)
        & (Appointment.ends_at > slot.starts_at)).exists()


@access.guarded(access.BOOKINGS)
def rebook(items: list[AffectedBooking], staff_id: int | None) -> list[int]:
    """Move every item that has a proposal to it, all or none."""
    chosen = [i for i in items if i.proposal is not None]
    if not chosen:
        return []
    ids = [i.appointment_id for i in chosen]
    with db.write():
        lock_resources([i.proposal.practitioner_id for i in chosen], [i.proposal.room_id for i in chosen])
        current = {a.id: a for a in Appointment.select().where(Appointment.id.in_(ids))}
        days = [i.proposal.starts_at.date() for i in chosen]
        avail = Availability(min(days), max(days), ignore_ids=ids)
        for item in chosen:
            row = current.get(item.appointment_id)
            problem = ("changed", "") if (row is None or row.status != AppointmentStatus.booked
                                          or row.starts_at != item.starts_at) else avail.problem(item.proposal)
            if problem is not None:
                raise SessionConflictError("session_conflict", field="starts_at", resource=problem[0],
                                           session_number=item.session_number,
                                           starts_at=item.proposal.starts_at)
            avail.hold(item.proposal)
        for item in chosen:
            slot = item.proposal
            with guarded(item.session_number, slot.starts_at):
                Appointment.update(_changed(starts_at=slot.starts_at, ends_at=slot.ends_at,
                                            practitioner=slot.practitioner_id, room=slot.room_id)
                                   ).where(Appointment.id == item.appointment_id).execute()
        for course_id in {i.course_id for i in chosen if i.course_id is not None}:
            renumber(course_id)
        audit.record("bookings_replanned", staff_id=staff_id,
                     detail=f"appointments={','.join(map(str, ids))}")
    return ids
