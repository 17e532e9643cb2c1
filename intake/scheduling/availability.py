"""When the clinic, its practitioners and its rooms are free.

`Availability(first_day, last_day)` loads everything for a date range in a handful of queries
(opening periods, closures, public holidays from the `holidays` library minus the days marked
open, practitioners' hours and time off, booked/attended appointments) and answers in memory:

- `problem(slot)` -> (reason, detail) or None. Reasons, in the order they are checked:
  holiday (detail: the holiday's name), closure (detail: the closure's reason), outside_hours,
  bad_practitioner, bad_room, practitioner_off, booked, patient_booked.
- `find_on_day(day, minutes, ...)` -> the free Slot nearest the preferred time, or None.
- `hold(slot)` marks a slot taken (the planner's own proposals).

A practitioner without any PractitionerHours row works whenever the clinic is open.
Times are naive local wall-clock datetimes.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import holidays as holidays_lib

from intake import clinic as clinic_mod
from intake import db, vocabulary
from intake.clinic import get_clinic
from intake.models import (
    Appointment,
    Closure,
    HolidayOpening,
    OpeningPeriod,
    Practitioner,
    PractitionerHours,
    Room,
    TimeOff,
)
from intake.vocabulary import AppointmentStatus

log = logging.getLogger(__name__)
HOLDING = vocabulary.HOLDING  # a cancelled or missed booking frees its time
MAX_HOURS = 12  # the longest appointment the database guard accepts (migration 0002)
STEP_MINUTES = 15
REASONS = (
    "in_the_past",
    "holiday",
    "closure",
    "outside_hours",
    "bad_practitioner",
    "bad_room",
    "practitioner_off",
    AppointmentStatus.booked,
    "patient_booked",
)
_RANK = {reason: n for n, reason in enumerate(REASONS)}


@dataclass(frozen=True)
class Slot:
    """One bookable place in time: a practitioner, a room, a start and an end."""

    practitioner_id: int
    room_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


Interval = tuple[dt.datetime, dt.datetime]


def _minute(value: dt.datetime) -> int:
    return value.hour * 60 + value.minute


def _span(start: dt.datetime, end: dt.datetime) -> tuple[int, int] | None:
    """(start, end) in minutes after midnight of the start's day; None when it spans days."""
    if end.date() == start.date():
        return _minute(start), _minute(end)
    if end == dt.datetime.combine(start.date() + dt.timedelta(days=1), dt.time()):
        return _minute(start), 24 * 60
    return None


def _overlaps(items: Iterable[Interval], start: dt.datetime, end: dt.datetime) -> bool:
    return any(s < end and start < e for s, e in items)


def lock_resources(practitioner_ids: Iterable[int], room_ids: Iterable[int]) -> None:
    """Inside a write transaction: serialise bookings for these practitioners and rooms.

    PostgreSQL checks its exclusion constraints after inserting into the index, so two desks
    inserting the same slot at once can deadlock each other; locking the practitioner and room
    rows first (always in the same order) makes the second desk wait, then see the first one's
    booking. SQLite needs nothing: its write transactions already take the lock up front.
    """
    if db.is_sqlite():
        return
    for model, ids in ((Practitioner, practitioner_ids), (Room, room_ids)):
        wanted = sorted(set(ids))
        if wanted:
            list(model.select(model.id).where(model.id.in_(wanted)).order_by(model.id)
                 .for_update("FOR NO KEY UPDATE"))


def load_holiday_tables() -> None:
    """Loads the holidays library's country tables now: about 0.1 s, once per process (the desk
    does it in the background after the first sign-in, so Calendar and Settings open at once)."""
    importlib.import_module("holidays.countries")


def country_holidays(country: str, region: str | None, first_day: dt.date,
                     last_day: dt.date) -> dict[dt.date, str]:
    """The library's public holidays of a country (and region) between two days inclusive, in
    date order. An unknown region falls back to the whole country; an unknown country has none.
    The one lookup behind the booking rules, the calendar and the Settings list."""
    years = list(range(first_day.year, last_day.year + 1))
    for subdiv in ((region, None) if region else (None,)):
        try:
            table = holidays_lib.country_holidays(country.upper(), subdiv=subdiv, years=years)
        except (NotImplementedError, KeyError, ValueError):
            log.warning("no public holidays known for country %s region %s", country, subdiv)
            continue
        return {day: name for day, name in sorted(table.items()) if first_day <= day <= last_day}
    return {}


def closed_holidays(first_day: dt.date, last_day: dt.date) -> dict[dt.date, str]:
    """Public holidays of the clinic's country/region in the range, minus days marked open."""
    clinic = get_clinic()
    if clinic is None:
        return {}
    found = country_holidays(clinic.country, clinic.region or None, first_day, last_day)
    opened = {
        row.day
        for row in HolidayOpening.select().where(
            (HolidayOpening.day >= first_day) & (HolidayOpening.day <= last_day)
        )
    }
    return {day: name for day, name in found.items() if day not in opened}


class Availability:
    """Everything needed to decide whether a slot is free, for days first_day..last_day."""

    def __init__(self, first_day: dt.date, last_day: dt.date, *, patient_id: int | None = None,
                 ignore_ids: Iterable[int] = ()) -> None:
        self.first_day, self.last_day = first_day, last_day
        self.now = clinic_mod.now()  # nothing starts before the clinic's "now"
        start = dt.datetime.combine(first_day, dt.time())
        stop = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
        self.opening: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for row in OpeningPeriod.select().order_by(OpeningPeriod.weekday, OpeningPeriod.opens):
            if row.closes > row.opens:
                self.opening[row.weekday].append((row.opens, row.closes))
        self.closures = [
            (row.first_day, row.last_day, row.reason)
            for row in Closure.select().where((Closure.first_day <= last_day) & (Closure.last_day >= first_day))
        ]
        self.holidays = closed_holidays(first_day, last_day)
        self.practitioners: list[int] = []
        self.buffers: dict[int, dt.timedelta] = {}  # free time kept around each appointment
        for pid, buffer in (Practitioner.select(Practitioner.id, Practitioner.buffer_minutes)
                            .where(Practitioner.active).order_by(Practitioner.id).tuples()):
            self.practitioners.append(pid)
            if buffer:
                self.buffers[pid] = dt.timedelta(minutes=buffer)
        self.rooms = [r.id for r in Room.select(Room.id).where(Room.active).order_by(Room.id)]
        self.hours: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
        for row in PractitionerHours.select():
            self.hours[row.practitioner_id][row.weekday].append((row.starts, row.ends))
        self.time_off: dict[int, list[Interval]] = defaultdict(list)
        for row in TimeOff.select().where((TimeOff.starts_at < stop) & (TimeOff.ends_at > start)):
            self.time_off[row.practitioner_id].append((row.starts_at, row.ends_at))
        self._busy_practitioner: dict[tuple[int, dt.date], list[Interval]] = defaultdict(list)
        self._busy_room: dict[tuple[int, dt.date], list[Interval]] = defaultdict(list)
        self._busy_patient: dict[dt.date, list[Interval]] = defaultdict(list)
        ignore = list(ignore_ids)
        query = Appointment.select(
            Appointment.id, Appointment.practitioner, Appointment.room, Appointment.patient,
            Appointment.starts_at, Appointment.ends_at,
        ).where(
            # an appointment lasts at most MAX_HOURS (the database guard), so both bounds are on
            # starts_at and the query stays an index range scan
            (Appointment.starts_at < stop)
            & (Appointment.starts_at > start - dt.timedelta(hours=MAX_HOURS))
            & (Appointment.ends_at > start)
            & Appointment.status.in_(HOLDING)
        )
        if ignore:
            query = query.where(Appointment.id.not_in(ignore))
        self.patient_id = patient_id
        # the raw cursor: thousands of rows, and peewee's per-value conversion was most of the
        # time; SQLite hands back ISO text, PostgreSQL datetimes
        for _id, practitioner, room, patient, s, e in db.database.execute(query):
            if isinstance(s, str):
                s, e = dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)
            self._add(practitioner, room, s, e, patient == patient_id and patient_id is not None)

    # ------------------------------------------------------------------ bookkeeping

    def _add(self, practitioner: int, room: int, s: dt.datetime, e: dt.datetime, own: bool) -> None:
        self._busy_practitioner[(practitioner, s.date())].append((s, e))
        self._busy_room[(room, s.date())].append((s, e))
        if own:
            self._busy_patient[s.date()].append((s, e))

    def hold(self, slot: Slot) -> None:
        """Count `slot` as taken (by this patient) from now on."""
        self._add(slot.practitioner_id, slot.room_id, slot.starts_at, slot.ends_at, True)

    def _busy(self, table: dict, key: object, start: dt.datetime, end: dt.datetime) -> bool:
        day = start.date()
        return _overlaps(table.get((key, day), ()), start, end) or _overlaps(
            table.get((key, day - dt.timedelta(days=1)), ()), start, end
        )

    def practitioner_busy(self, practitioner_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        """Booked then, or within the practitioner's buffer time of another appointment."""
        pad = self.buffers.get(practitioner_id)
        if pad:
            start, end = start - pad, end + pad
        return self._busy(self._busy_practitioner, practitioner_id, start, end)

    def patient_has_day(self, day: dt.date) -> bool:
        return bool(self._busy_patient.get(day))

    # ------------------------------------------------------------------ questions

    def day_problem(self, day: dt.date) -> tuple[str, str] | None:
        """Why nothing at all can be booked on `day`, or None when the clinic opens that day."""
        if day in self.holidays:
            return "holiday", self.holidays[day]
        for first, last, reason in self.closures:
            if first <= day <= last:
                return "closure", reason
        if not self.opening.get(day.weekday()):
            return "outside_hours", ""
        return None

    def _within_opening(self, start: dt.datetime, end: dt.datetime) -> bool:
        span = _span(start, end)
        return span is not None and any(
            o <= span[0] and span[1] <= c for o, c in self.opening.get(start.weekday(), ())
        )

    def practitioner_works(self, practitioner_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        table = self.hours.get(practitioner_id)
        if table:
            span = _span(start, end)
            if span is None or not any(a <= span[0] and span[1] <= b for a, b in table.get(start.weekday(), ())):
                return False
        return not _overlaps(self.time_off.get(practitioner_id, ()), start, end)

    def problem(self, slot: Slot) -> tuple[str, str] | None:
        """Why `slot` cannot be booked, as (reason, detail); None when it is free."""
        if slot.starts_at < self.now:
            return "in_the_past", ""
        found = self.day_problem(slot.starts_at.date())
        if found:
            return found
        start, end = slot.starts_at, slot.ends_at
        if not self._within_opening(start, end):
            return "outside_hours", ""
        if slot.practitioner_id not in self.practitioners:
            return "bad_practitioner", ""
        if slot.room_id not in self.rooms:
            return "bad_room", ""
        if not self.practitioner_works(slot.practitioner_id, start, end):
            return "practitioner_off", ""
        if self.practitioner_busy(slot.practitioner_id, start, end) or self._busy(
            self._busy_room, slot.room_id, start, end
        ):
            return AppointmentStatus.booked, ""
        if self.patient_id is not None and _overlaps(self._busy_patient.get(start.date(), ()), start, end):
            return "patient_booked", ""
        return None

    def closed_problem(self, slot: Slot) -> tuple[str, str] | None:
        """Why an existing booking now falls in closed time (holiday, closure, outside_hours,
        bad_practitioner, practitioner_off), whatever else is booked; None when it does not."""
        found = self.day_problem(slot.starts_at.date())
        if found:
            return found
        if not self._within_opening(slot.starts_at, slot.ends_at):
            return "outside_hours", ""
        if slot.practitioner_id not in self.practitioners:
            return "bad_practitioner", ""
        if not self.practitioner_works(slot.practitioner_id, slot.starts_at, slot.ends_at):
            return "practitioner_off", ""
        return None

    def problem_any(self, start: dt.datetime, end: dt.datetime, practitioner_ids: list[int],
                    room_ids: list[int]) -> tuple[str, str] | None:
        """The problem of the best combination of the given practitioners and rooms at a time."""
        if start < self.now:
            return "in_the_past", ""
        found = self.day_problem(start.date())
        if found:
            return found
        if not practitioner_ids:
            return "bad_practitioner", ""
        if not room_ids:
            return "bad_room", ""
        best: tuple[str, str] | None = None
        for pid in practitioner_ids:
            for rid in room_ids:
                current = self.problem(Slot(pid, rid, start, end))
                if current is None:
                    return None
                if best is None or _RANK[current[0]] > _RANK[best[0]]:
                    best = current
        return best

    def candidate_starts(self, day: dt.date, minutes: int, preferred: dt.time | None = None,
                         not_before: dt.datetime | None = None) -> list[dt.datetime]:
        """Start times on `day` within the opening periods, nearest the preferred time first."""
        starts: list[int] = []
        for opens, closes in self.opening.get(day.weekday(), ()):
            t = opens
            while t + minutes <= closes:
                starts.append(t)
                t += STEP_MINUTES
        if preferred is not None:
            want = preferred.hour * 60 + preferred.minute
            starts.sort(key=lambda t: (abs(t - want), t))
        else:
            starts.sort()
        base = dt.datetime.combine(day, dt.time())
        result = [base + dt.timedelta(minutes=t) for t in starts]
        earliest = self.now if not_before is None else max(not_before, self.now)
        if day <= earliest.date():
            result = [t for t in result if t >= earliest]
        return result

    def free_slots(self, day: dt.date, minutes: int, *, preferred: dt.time | None = None,
                   practitioner_ids: list[int] | None = None, room_ids: list[int] | None = None,
                   not_before: dt.datetime | None = None) -> Iterator[Slot]:
        """Free slots on `day`, one per start time, nearest the preferred time first; the first
        free practitioner and room in the given order."""
        if self.day_problem(day):
            return
        pids = self.practitioners if practitioner_ids is None else practitioner_ids
        rids = self.rooms if room_ids is None else room_ids
        length = dt.timedelta(minutes=minutes)
        for start in self.candidate_starts(day, minutes, preferred, not_before):
            slot = self._first_free(start, start + length, pids, rids)
            if slot is not None:
                yield slot

    def _first_free(self, start: dt.datetime, end: dt.datetime, pids: list[int],
                    rids: list[int]) -> Slot | None:
        """The first free (practitioner, room) at this time; the same answer as trying problem()
        on every combination, without repeating the checks that do not depend on them."""
        if not self._within_opening(start, end):
            return None
        if self.patient_id is not None and _overlaps(self._busy_patient.get(start.date(), ()), start, end):
            return None
        free_rooms = [
            rid for rid in rids
            if rid in self.rooms and not self._busy(self._busy_room, rid, start, end)
        ]
        if not free_rooms:
            return None
        for pid in pids:
            if (pid in self.practitioners and self.practitioner_works(pid, start, end)
                    and not self.practitioner_busy(pid, start, end)):
                return Slot(pid, free_rooms[0], start, end)
        return None

    def find_on_day(self, day: dt.date, minutes: int, **kwargs) -> Slot | None:
        return next(self.free_slots(day, minutes, **kwargs), None)
