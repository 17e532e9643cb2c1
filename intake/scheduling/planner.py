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
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from intake.clinic import get_clinic
from intake.content import checklists
from intake.errors import ValidationError
from intake.scheduling.availability import Availability, Slot
from intake.scheduling.errors import CannotFitError, SlotUnavailableError

KINDS = ("standard", "electro")
MAX_BACK_DAYS = 3  # a blocked session may move at most this many days earlier


@dataclass(frozen=True)
class Pattern:
    """kind "weekly": phases of (per_week, weeks or None) on `weekdays` (or spread over the
    clinic's open days); kind "weekdays": every listed weekday; kind "every": every K days."""

    kind: str = "weekly"
    phases: tuple[tuple[int, int | None], ...] = ((2, None),)
    weekdays: tuple[int, ...] = ()
    every_days: int = 0

    @classmethod
    def weekly(cls, per_week: int, weeks: int | None = None, weekdays: tuple[int, ...] = ()) -> Pattern:
        return cls("weekly", ((per_week, weeks),), tuple(weekdays))

    @classmethod
    def phased(cls, *phases: tuple[int, int | None]) -> Pattern:
        return cls("weekly", tuple((int(n), w) for n, w in phases))

    @classmethod
    def on_weekdays(cls, weekdays: tuple[int, ...]) -> Pattern:
        return cls("weekdays", (), tuple(sorted(set(weekdays))))

    @classmethod
    def every(cls, days: int) -> Pattern:
        return cls("every", (), (), int(days))

    def validate(self) -> None:
        if self.kind == "weekly":
            if not self.phases or any(not 1 <= n <= 7 or (w is not None and w < 1) for n, w in self.phases):
                raise ValidationError("bad_pattern", field="pattern")
        elif self.kind == "weekdays":
            if not self.weekdays:
                raise ValidationError("bad_pattern", field="pattern")
        elif self.kind == "every":
            if not 1 <= self.every_days <= 60:
                raise ValidationError("bad_pattern", field="pattern")
        else:
            raise ValidationError("bad_pattern", field="pattern")
        if any(not 0 <= d <= 6 for d in self.weekdays):
            raise ValidationError("bad_pattern", field="pattern")

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Pattern:
        data = json.loads(text or "{}")
        return cls(
            data.get("kind", "weekly"),
            tuple((n, w) for n, w in data.get("phases", ((2, None),))),
            tuple(data.get("weekdays", ())),
            int(data.get("every_days", 0)),
        )


@dataclass(frozen=True)
class CourseRequest:
    start: dt.datetime  # no session before this
    kind: str = "standard"
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


@dataclass(frozen=True)
class CoursePlan:
    request: CourseRequest
    sessions: tuple[ProposedSession, ...]
    minutes: int
    window_end: dt.date

    @property
    def slots(self) -> list[Slot]:
        return [s.slot for s in self.sessions]


def spread(per_week: int, open_days: list[int]) -> list[int]:
    """`per_week` weekdays spread evenly over the clinic's open weekdays (Mon/Thu, Mon/Wed/Fri)."""
    days = open_days or list(range(5))
    n = min(per_week, len(days))
    if n == 1:
        return [days[0]]
    last = len(days) - 1
    return sorted({days[int(i * last / (n - 1) + 0.5)] for i in range(n)})


def intended_days(pattern: Pattern, first_day: dt.date, open_days: list[int]) -> Iterator[dt.date]:
    """The days the pattern asks for, from `first_day` on, without end."""
    if pattern.kind == "every":
        day = first_day
        while True:
            yield day
            day += dt.timedelta(days=pattern.every_days)
    if pattern.kind == "weekdays":
        day = first_day
        while True:
            if day.weekday() in pattern.weekdays:
                yield day
            day += dt.timedelta(days=1)
    week_start = first_day - dt.timedelta(days=first_day.weekday())
    for per_week in _weekly_rates(pattern.phases):
        chosen = list(pattern.weekdays[:per_week]) if len(pattern.weekdays) >= per_week else spread(per_week, open_days)
        for weekday in sorted(chosen):
            day = week_start + dt.timedelta(days=weekday)
            if day >= first_day:
                yield day
        week_start += dt.timedelta(days=7)


def _weekly_rates(phases: tuple[tuple[int, int | None], ...]) -> Iterator[int]:
    """Sessions per week, week after week."""
    for per_week, weeks in phases:
        if weeks is None:
            while True:
                yield per_week
        yield from [per_week] * weeks
    while True:
        yield phases[-1][0]


def search_order(intended: dt.date, lower: dt.date, upper: dt.date) -> Iterator[dt.date]:
    """intended, +1, -1, +2, -2 ... (at most MAX_BACK_DAYS back), never before `lower`."""
    span = (upper - intended).days
    for offset in range(0, max(span, 0) + 1):
        later = intended + dt.timedelta(days=offset)
        if later >= lower:
            yield later
        if 0 < offset <= MAX_BACK_DAYS:
            earlier = intended - dt.timedelta(days=offset)
            if earlier >= lower:
                yield earlier


def plan_course(request: CourseRequest) -> CoursePlan:
    """Propose every session of a course; raises CannotFitError when they do not all fit."""
    if request.kind not in KINDS:
        raise ValidationError("bad_kind", field="kind")
    request.pattern.validate()
    clinic = get_clinic()
    if clinic is None:
        raise ValidationError("no_clinic", field="clinic")
    count = request.sessions if request.sessions is not None else clinic.course_length
    if not 1 <= count <= 60:
        raise ValidationError("bad_count", field="sessions")
    minutes = clinic.treatment_minutes
    window = request.window_days or checklists().course.review_window_days
    first_day = request.start.date()
    window_end = first_day + dt.timedelta(days=window)
    avail = Availability(first_day, window_end, patient_id=request.patient_id)
    open_days = sorted(avail.opening)
    length = dt.timedelta(minutes=minutes)
    sessions: list[ProposedSession] = []
    last_practitioner, last_room = request.practitioner_id, request.room_id
    pattern_day = first_day
    if request.preferred_time is not None and dt.datetime.combine(first_day, request.preferred_time) < request.start:
        pattern_day += dt.timedelta(days=1)  # the preferred time has passed on the start day
    days = intended_days(request.pattern, pattern_day, open_days)
    for number in range(1, count + 1):
        want_day = next(days)
        lower = first_day if not sessions else sessions[-1].slot.starts_at.date() + dt.timedelta(days=1)
        pids = _ordered(avail.practitioners, request.practitioner_id, last_practitioner)
        rids = _ordered(avail.rooms, request.room_id, last_room)
        slot = None
        if want_day <= window_end:
            for day in search_order(want_day, lower, window_end):
                slot = avail.find_on_day(day, minutes, preferred=request.preferred_time,
                                         practitioner_ids=pids, room_ids=rids,
                                         not_before=request.start)
                if slot is not None:
                    break
        if slot is None:
            raise CannotFitError("cannot_fit", field="sessions", sessions=count, placed=len(sessions),
                                 window_end=window_end)
        avail.hold(slot)
        last_practitioner, last_room = slot.practitioner_id, slot.room_id
        sessions.append(_proposal(number, slot, want_day, lower, request, avail, pids, rids, length))
    return CoursePlan(request, tuple(sessions), minutes, window_end)


def _ordered(all_ids: list[int], required: int | None, preferred: int | None) -> list[int]:
    if required is not None:
        return [required]
    if preferred in all_ids:
        return [preferred] + [i for i in all_ids if i != preferred]
    return list(all_ids)


def _proposal(number: int, slot: Slot, want_day: dt.date, lower: dt.date, request: CourseRequest,
              avail: Availability, pids: list[int], rids: list[int],
              length: dt.timedelta) -> ProposedSession:
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
    if problem is None and intended >= request.start:
        problem = avail.problem_any(intended, intended + length, pids, rids)
    reason, detail = problem if problem else ("booked", "")
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
