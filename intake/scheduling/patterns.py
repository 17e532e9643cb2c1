"""Course patterns and the days they ask for; the order in which other days are tried.

    Pattern.weekly(2)                  two a week, evenly spaced: 3 or 4 days apart
    Pattern.weekly(2, weekdays=(0, 3)) on Mondays and Thursdays
    Pattern.phased((3, 2), (2, None))  three a week for two weeks, then two a week
    Pattern.on_weekdays((0, 3)), Pattern.every(k)

A weekly pattern without weekdays starts on the first day the clinic opens (from the start day
on) and counts its weeks from there, so the first week is never skipped; its sessions are spread
evenly over the week (7 / n days apart, on open weekdays). After the last phase its rate goes on
until every session is placed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from intake.errors import ValidationError

MAX_FORWARD_DAYS = 3  # a blocked session first moves up to this many days later ...
MAX_BACK_DAYS = 3  # ... then at most this many days earlier, then later still


@dataclass(frozen=True)
class Pattern:
    """kind "weekly": phases of (per_week, weeks or None) on `weekdays` (or spread evenly over
    the clinic's open days); kind "weekdays": every listed weekday; kind "every": every K days."""

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

    @property
    def last_rate(self) -> int | None:
        """Sessions per week of a weekly pattern's last phase (None for other kinds)."""
        return self.phases[-1][0] if self.kind == "weekly" and self.phases else None

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


def spread(per_week: int, open_days: list[int]) -> list[int]:
    """`per_week` weekdays spread evenly over the clinic's open weekdays (Mon/Thu, Mon/Wed/Fri)."""
    return sorted(even_weekdays(per_week, open_days, anchor=(open_days or [0])[0]))


def even_weekdays(per_week: int, open_days: list[int], anchor: int) -> list[int]:
    """`per_week` open weekdays from `anchor` on, as evenly spaced over the 7-day week as the open
    days allow (ideal gap 7 / per_week days; a tie goes to the earlier day). In week order from
    the anchor."""
    days = sorted(set(open_days)) or list(range(5))
    if anchor not in days:
        anchor = min(days, key=lambda d: (d - anchor) % 7)
    wanted = min(per_week, len(days))
    offsets = sorted((d - anchor) % 7 for d in days)
    chosen: list[int] = []
    for k in range(wanted):
        ideal = k * 7 / wanted
        free = [o for o in offsets if o not in chosen]
        chosen.append(min(free, key=lambda o: (abs(o - ideal), o)))
    return [(anchor + o) % 7 for o in sorted(chosen)]


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
    if pattern.weekdays:
        yield from _on_fixed_weekdays(pattern, first_day)
        return
    opens = sorted(set(open_days)) or list(range(5))
    anchor = first_day
    while anchor.weekday() not in opens:
        anchor += dt.timedelta(days=1)
    week_start = anchor
    for per_week in _weekly_rates(pattern.phases):
        for weekday in even_weekdays(per_week, opens, anchor.weekday()):
            yield week_start + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
        week_start += dt.timedelta(days=7)


def _on_fixed_weekdays(pattern: Pattern, first_day: dt.date) -> Iterator[dt.date]:
    week_start = first_day - dt.timedelta(days=first_day.weekday())
    for per_week in _weekly_rates(pattern.phases):
        chosen = pattern.weekdays[:per_week]
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


def near_days(intended: dt.date, lower: dt.date, upper: dt.date,
              next_intended: dt.date | None = None) -> list[dt.date]:
    """The days a blocked session may move to while keeping the pattern: later first (up to
    MAX_FORWARD_DAYS, and before the next session's day), then earlier (up to MAX_BACK_DAYS,
    never before `lower`)."""
    days = []
    for offset in range(0, MAX_FORWARD_DAYS + 1):
        later = intended + dt.timedelta(days=offset)
        if later > upper or (offset and next_intended is not None and later >= next_intended):
            break
        if later >= lower:
            days.append(later)
    for offset in range(1, MAX_BACK_DAYS + 1):
        earlier = intended - dt.timedelta(days=offset)
        if earlier >= lower and earlier <= upper:
            days.append(earlier)
    return days


def search_order(intended: dt.date, lower: dt.date, upper: dt.date,
                 next_intended: dt.date | None = None) -> Iterator[dt.date]:
    """The near days (forward first, then back), then every later day up to `upper`."""
    near = near_days(intended, lower, upper, next_intended)
    yield from near
    day = max(intended, lower)
    while day <= upper:
        if day not in near:
            yield day
        day += dt.timedelta(days=1)
