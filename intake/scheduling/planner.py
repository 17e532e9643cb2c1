"""The course planner: a pattern of sessions turned into concrete, free slots.

    request = CourseRequest(kind="standard", start=dt.datetime(2026, 12, 21, 9),
                            pattern=Pattern.weekly(2), preferred_time=dt.time(10))
    plan = plan_course(request)            # CoursePlan, or raises CannotFitError
    for s in plan.sessions:                # ProposedSession
        s.number, s.slot, s.intended, s.moved, s.reason, s.detail
    plan = replace_session(plan, 3, slot)  # staff's own choice, checked (SlotUnavailableError)
    check_slot(slot, patient_id=...)       # raises SlotUnavailableError(code=reason)

Patterns: Pattern.weekly(n, weeks=None, weekdays=()), Pattern.phased((3, 2), (2, None))
("3 per week for 2 weeks then 2 per week"), Pattern.on_weekdays((0, 3)), Pattern.every(k).
After the last phase its rate goes on until every session is placed. A session is never on the
same day as another of the course. Move reasons: holiday (detail: its name), closure (detail: the
closure's reason), outside_hours, practitioner_off, booked, patient_booked, previous_moved (an
earlier session moved onto or past this one's day), staff_choice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field

from intake import clinic as clinic_mod
from intake.clinic import get_clinic
from intake.content import checklists
from intake.errors import ValidationError
from intake.models import Appointment
from intake.scheduling.availability import HOLDING, Availability, Slot
from intake.scheduling.errors import CannotFitError, SlotUnavailableError
from intake.scheduling.patterns import (  # noqa: F401 - re-exported: the planner's vocabulary
    MAX_BACK_DAYS,
    Pattern,
    intended_days,
    near_days,
    search_order,
    spread,
)
from intake.vocabulary import AppointmentStatus, CourseKind

KINDS = (CourseKind.standard, CourseKind.electro)
FIRST_SESSION_DAYS = 14


@dataclass(frozen=True)
class CourseRequest:
    start: dt.datetime  # no session before this
    kind: str = CourseKind.standard
    sessions: int | None = None  # None: the clinic's course length
    pattern: Pattern = field(default_factory=Pattern)
    preferred_time: dt.time | None = None
    practitioner_id: int | None = None
    room_id: int | None = None
    patient_id: int | None = None  # avoids the patient's own other appointments
    window_days: int | None = None  # None: the review window (90 days)


@dataclass(frozen=True)
class ProposedSession:
    number: int
    slot: Slot
    intended: dt.datetime
    moved: bool = False
    reason: str | None = None
    detail: str = ""
    # the patient's own practitioner could not take this session: why (practitioner_off, booked ...)
    practitioner_changed: bool = False
    practitioner_reason: str | None = None


@dataclass(frozen=True)
class CoursePlan:
    request: CourseRequest
    sessions: tuple[ProposedSession, ...]
    minutes: int
    window_end: dt.date

    @property
    def slots(self) -> list[Slot]:
        return [s.slot for s in self.sessions]


def plan_course(request: CourseRequest, *, advise: bool = True) -> CoursePlan:
    """Propose every session of a course; raises CannotFitError when they do not all fit.

    Nothing starts before the clinic's now (a start day already past: ValidationError
    "in_the_past" on field "start"). The review window (90 days) runs from the first session.
    With "any practitioner" the patient's own practitioner (their latest appointment's, else
    the first session's) keeps every session where they can; a session given to someone else
    says why (practitioner_changed, practitioner_reason)."""
    if request.kind not in KINDS:
        raise ValidationError("bad_kind", field="kind")
    request.pattern.validate()
    clinic = get_clinic()
    if clinic is None:
        raise ValidationError("no_clinic", field="clinic")
    count = request.sessions if request.sessions is not None else clinic.course_length
    if not 1 <= count <= 60:
        raise ValidationError("bad_count", field="sessions")
    now = clinic_mod.now()
    if request.start.date() < now.date():
        raise ValidationError("in_the_past", field="start")
    start = max(request.start, now)
    minutes = clinic.treatment_minutes
    window = request.window_days or checklists().course.review_window_days
    first_day = start.date()
    search_end = first_day + dt.timedelta(days=window)  # the first session's latest day
    # the window runs from the first session, which is nearly always within FIRST_SESSION_DAYS
    # of the start: read that far; a later first session reads the rest (below)
    avail = Availability(first_day, search_end + dt.timedelta(days=FIRST_SESSION_DAYS),
                         patient_id=request.patient_id)
    open_days = sorted(avail.opening)
    pattern_day = first_day
    if request.preferred_time is not None and dt.datetime.combine(first_day, request.preferred_time) < start:
        pattern_day += dt.timedelta(days=1)  # the preferred time has passed on the start day
    days = intended_days(request.pattern, pattern_day, open_days)
    wanted = [next(days) for _ in range(count + 1)]
    own = request.practitioner_id or _patients_practitioner(request.patient_id, avail.practitioners)
    planner = _Placer(avail, request, minutes, start)
    sessions: list[ProposedSession] = []
    window_end = search_end
    for number in range(1, count + 1):
        want_day = wanted[number - 1]
        lower = first_day if not sessions else sessions[-1].slot.starts_at.date() + dt.timedelta(days=1)
        upper = search_end if not sessions else window_end
        found = planner.place(want_day, lower, upper, wanted[number], own) if want_day <= upper else None
        if found is None:
            raise _cannot_fit(request, count, len(sessions), window_end if sessions else None,
                              wanted[:count], window, advise)
        slot, changed_reason = found
        avail.hold(slot)
        if not sessions:
            window_end = slot.starts_at.date() + dt.timedelta(days=window)
            if window_end > avail.last_day:  # a late first session: read the rest of its window
                avail = Availability(first_day, window_end, patient_id=request.patient_id)
                avail.hold(slot)
                planner.avail = avail
            own = own or slot.practitioner_id
        planner.last_room = slot.room_id
        proposal = _proposal(number, slot, want_day, lower, request, avail, start, minutes)
        if changed_reason is not None:
            proposal = dataclasses.replace(proposal, practitioner_changed=True,
                                           practitioner_reason=changed_reason)
        sessions.append(proposal)
    return CoursePlan(request, tuple(sessions), minutes, window_end)


class _Placer:
    """Finds one session's slot: the patient's practitioner on a near day first, then another
    practitioner on a near day, then any later day."""

    def __init__(self, avail: Availability, request: CourseRequest, minutes: int,
                 start: dt.datetime) -> None:
        self.avail, self.request, self.minutes, self.start = avail, request, minutes, start
        self.last_room = request.room_id

    def _find(self, days, pids: list[int]) -> Slot | None:
        rids = _ordered(self.avail.rooms, self.request.room_id, self.last_room)
        for day in days:
            slot = self.avail.find_on_day(day, self.minutes, preferred=self.request.preferred_time,
                                          practitioner_ids=pids, room_ids=rids,
                                          not_before=self.start)
            if slot is not None:
                return slot
        return None

    def place(self, want: dt.date, lower: dt.date, upper: dt.date, next_want: dt.date,
              own: int | None) -> tuple[Slot, str | None] | None:
        """(slot, why the patient's practitioner could not take it, or None)."""
        near = near_days(want, lower, upper, next_want)
        everyone = _ordered(self.avail.practitioners, self.request.practitioner_id, own)
        if own is None or self.request.practitioner_id is not None:
            slot = self._find(search_order(want, lower, upper, next_want), everyone)
            return (slot, None) if slot else None
        slot = self._find(near, [own])
        if slot is not None:
            return slot, None
        others = [p for p in everyone if p != own]
        slot = self._find(near, others)
        if slot is None:
            later = [d for d in search_order(want, lower, upper, next_want) if d not in near]
            slot = self._find(later, [own])
            if slot is not None:
                return slot, None
            slot = self._find(later, others)
            if slot is None:
                return None
        return slot, self._why_not(own, slot)

    def _why_not(self, own: int, slot: Slot) -> str:
        problem = self.avail.problem(Slot(own, slot.room_id, slot.starts_at, slot.ends_at))
        return problem[0] if problem else AppointmentStatus.booked


def _patients_practitioner(patient_id: int | None, active: list[int]) -> int | None:
    """The practitioner of the patient's latest booked or attended appointment, if still active."""
    if patient_id is None:
        return None
    found = (Appointment.select(Appointment.practitioner)
             .where((Appointment.patient == patient_id) & Appointment.status.in_(HOLDING))
             .order_by(Appointment.starts_at.desc()).limit(1).scalar())
    return found if found in active else None


def _cannot_fit(request: CourseRequest, count: int, placed: int, window_end: dt.date | None,
                wanted: list[dt.date], window: int, advise: bool) -> CannotFitError:
    """CannotFitError with advice that matches the cause: `advice` "more_per_week" (details
    per_week: the rate that fits) when the pattern itself is too sparse for the window and a
    higher rate would fit; "too_sparse" when none would; otherwise "fully_booked"."""
    first = wanted[0]
    end = window_end or first + dt.timedelta(days=window)
    details: dict[str, object] = {"sessions": count, "placed": placed, "window_end": end}
    sparse = wanted[-1] > wanted[0] + dt.timedelta(days=window)
    if not sparse:
        return CannotFitError("cannot_fit", field="sessions", advice="fully_booked", **details)
    if advise:
        lowest = max(1, math.ceil(count / (window / 7)))
        current = request.pattern.last_rate or 1
        for per_week in range(max(lowest, current + 1 if request.pattern.kind == "weekly" else lowest), 8):
            try:
                plan_course(dataclasses.replace(request, pattern=Pattern.weekly(per_week)), advise=False)
            except (CannotFitError, ValidationError):
                continue
            return CannotFitError("cannot_fit", field="sessions", advice="more_per_week",
                                  per_week=per_week, **details)
    return CannotFitError("cannot_fit", field="sessions", advice="too_sparse", **details)



def _ordered(all_ids: list[int], required: int | None, preferred: int | None) -> list[int]:
    if required is not None:
        return [required]
    if preferred in all_ids:
        return [preferred] + [i for i in all_ids if i != preferred]
    return list(all_ids)


def _proposal(number: int, slot: Slot, want_day: dt.date, lower: dt.date, request: CourseRequest,
              avail: Availability, start: dt.datetime, minutes: int) -> ProposedSession:
    if request.preferred_time is not None:
        intended = dt.datetime.combine(want_day, request.preferred_time)
        moved = slot.starts_at != intended
    else:
        intended = slot.starts_at if slot.starts_at.date() == want_day else dt.datetime.combine(
            want_day, slot.starts_at.time())
        moved = slot.starts_at.date() != want_day
    if not moved:
        return ProposedSession(number, slot, intended)
    if want_day < lower:
        return ProposedSession(number, slot, intended, True, "previous_moved")
    problem = avail.day_problem(want_day)
    if problem is None and intended >= start:
        pids = [slot.practitioner_id] if request.practitioner_id is None else [request.practitioner_id]
        rids = avail.rooms if request.room_id is None else [request.room_id]
        problem = avail.problem_any(intended, intended + dt.timedelta(minutes=minutes), pids, rids)
    reason, detail = problem if problem else (AppointmentStatus.booked, "")
    return ProposedSession(number, slot, intended, True, reason, detail)


def check_slot(slot: Slot, *, patient_id: int | None = None, plan: CoursePlan | None = None,
               session_number: int | None = None, ignore_ids: tuple[int, ...] = ()) -> None:
    """Raise SlotUnavailableError(code=reason) unless `slot` can be booked. With a plan, the plan's
    other sessions count as taken and a second session on the same day is refused (same_day)."""
    if slot.ends_at <= slot.starts_at or slot.ends_at - slot.starts_at > dt.timedelta(hours=12):
        raise SlotUnavailableError("bad_length", field="starts_at", session_number=session_number)
    day = slot.starts_at.date()
    avail = Availability(day, day, patient_id=patient_id, ignore_ids=ignore_ids)
    if plan is not None:
        for other in plan.sessions:
            if other.number == session_number:
                continue
            if other.slot.starts_at.date() == day:
                raise SlotUnavailableError("same_day", field="starts_at", session_number=session_number,
                                           detail="")
            avail.hold(other.slot)
    problem = avail.problem(slot)
    if problem is not None:
        raise SlotUnavailableError(problem[0], field="starts_at", detail=problem[1],
                                   session_number=session_number)


def replace_session(plan: CoursePlan, number: int, slot: Slot) -> CoursePlan:
    """The plan with session `number` at the staff's chosen slot (checked first). Sessions are
    renumbered by time so "session n" stays in order."""
    old = next((s for s in plan.sessions if s.number == number), None)
    if old is None:
        raise ValidationError("bad_session", field="session_number")
    check_slot(slot, patient_id=plan.request.patient_id, plan=plan, session_number=number)
    changed = dataclasses.replace(old, slot=slot, moved=slot.starts_at != old.intended,
                                  reason="staff_choice", detail="")
    others = [s for s in plan.sessions if s.number != number] + [changed]
    others.sort(key=lambda s: s.slot.starts_at)
    renumbered = tuple(dataclasses.replace(s, number=n) for n, s in enumerate(others, start=1))
    return dataclasses.replace(plan, sessions=renumbered)
