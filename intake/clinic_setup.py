"""Clinic setup: details, appointment lengths, opening hours, closures, public holidays,
practitioners (working hours, time off) and rooms.

Every function takes `by_staff_id`, the acting account: reading needs the settings_read rule
(admin, front desk, practitioner; never a kiosk), every change an active admin
(`NotAllowedError("admin_only")`). Input problems raise
`ValidationError(code, field)`; fields are named so the settings screen can put the message next
to the right control:

- clinic_name, address, phone, country, region: required, too_long, unknown_country,
  unknown_region
- consultation_minutes, treatment_minutes (5-240), course_length (1-40), idle_lock_minutes
  (1-120): out_of_range (details: minimum, maximum)
- opening_hours.<weekday>, hours.<weekday> (0 = Monday): bad_time, end_before_start, overlap,
  bad_weekday
- closure_first_day / closure_last_day: required, end_before_start, too_long (over 366 days)
- practitioner_name, room_name: required, too_long, taken; colour: bad_colour
- time_off_ends: end_before_start; time_off_starts: required
- practitioner / room / closure / time_off: not_found

Times of day are minutes after midnight (0-1440). Periods are (start, end) tuples.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import holidays as holidays_lib

from intake import access, audit, db
from intake import clinic as clinic_mod
from intake.errors import ValidationError
from intake.languages import check_language
from intake.models import (
    DEFAULT_PRACTITIONER_COLOUR,
    Clinic,
    Closure,
    HolidayOpening,
    OpeningPeriod,
    Practitioner,
    PractitionerHours,
    Room,
    TimeOff,
)
from intake.scheduling.availability import country_holidays
from intake.validation import clean_text

log = logging.getLogger(__name__)
MAX_BUFFER_MINUTES = 120  # the longest break a practitioner may ask for between appointments

Period = tuple[int, int]
MINUTES_IN_DAY = 24 * 60
LENGTH_LIMITS = (5, 240)
COURSE_LIMITS = (1, 40)
IDLE_LIMITS = (1, 120)
MAX_CLOSURE_DAYS = 366
COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
_TIME_RE = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*$")


# --------------------------------------------------------------------------- permissions


def can_edit(staff_id: int | None) -> bool:
    """Whether `staff_id` may change the clinic's setup (an active admin)."""
    return access.allowed(staff_id, access.ADMIN)


def _clinic() -> Clinic:
    clinic = Clinic.select().order_by(Clinic.id).first()
    if clinic is None:
        raise ValidationError("not_set_up", field="clinic_name")
    return clinic


# --------------------------------------------------------------------------- times of day


def parse_time(text: str, field: str) -> int:
    """"9", "09:30", "9.30" or "24:00" → minutes after midnight."""
    match = _TIME_RE.match(text)
    if not match:
        raise ValidationError("bad_time", field=field)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValidationError("bad_time", field=field)
    return hours * 60 + minutes


def format_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_periods(text: str, field: str) -> list[Period]:
    """"09:00-12:30, 13:30-18:00" → [(540, 750), (810, 1080)]; empty text → closed (no period).
    Validated as `check_periods` does."""
    periods: list[Period] = []
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        bits = re.split(r"\s*[-–—]\s*|\s+to\s+", part.strip())
        if len(bits) != 2:
            raise ValidationError("bad_time", field=field)
        periods.append((parse_time(bits[0], field), parse_time(bits[1], field)))
    return check_periods(periods, field)


def format_periods(periods: Iterable[Period]) -> str:
    return ", ".join(f"{format_time(a)}–{format_time(b)}" for a, b in periods)


def check_periods(periods: Iterable[Period], field: str) -> list[Period]:
    """Sorted periods of one day, each ending after it starts, none overlapping another."""
    result = sorted((int(a), int(b)) for a, b in periods)
    for start, end in result:
        if not (0 <= start <= MINUTES_IN_DAY and 0 <= end <= MINUTES_IN_DAY):
            raise ValidationError("bad_time", field=field)
        if end <= start:
            raise ValidationError("end_before_start", field=field)
    for (_, end), (start, _) in zip(result, result[1:], strict=False):
        if start < end:
            raise ValidationError("overlap", field=field)
    return result


def _check_week(week: Mapping[int, Sequence[Period]], prefix: str) -> dict[int, list[Period]]:
    checked = {}
    for weekday, periods in week.items():
        if weekday not in range(7):
            raise ValidationError("bad_weekday", field=f"{prefix}.{weekday}")
        checked[weekday] = check_periods(periods, f"{prefix}.{weekday}")
    return checked


# --------------------------------------------------------------------------- clinic details


def _text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    return clean_text(value, field, max_length=limit, required=required,
                      multiline=field == "address")


def supported_countries() -> dict[str, tuple[str, ...]]:
    """ISO country code → its holiday subdivisions (regions)."""
    return {code: tuple(subdivs) for code, subdivs in holidays_lib.list_supported_countries().items()
            if len(code) == 2}


def regions_of(country: str) -> list[tuple[str, str]]:
    """The holiday regions (subdivisions) of a country as (code, name), sorted by name; the name
    is the code where the holidays library gives none. Empty for a country without any."""
    code = country.strip().upper()
    codes = supported_countries().get(code, ())
    if not codes:
        return []
    try:
        aliases = getattr(holidays_lib.country_holidays(code), "subdivisions_aliases", {}) or {}
    except (NotImplementedError, KeyError, ValueError):
        aliases = {}
    names: dict[str, str] = {}
    for name, sub in aliases.items():
        names.setdefault(sub, name)
    return sorted(((c, names.get(c, c)) for c in codes), key=lambda pair: pair[1].casefold())


@access.guarded(access.ADMIN, "by_staff_id")
def update_clinic_details(*, name: str, address: str, phone: str, country: str, region: str,
                          by_staff_id: int | None, timezone: str | None = None) -> Clinic:
    """Save the clinic's details. A new `timezone` changes what "now" is; appointments keep their
    wall-clock times (a 10:00 visit stays at 10:00 in the new zone)."""
    name = _text(name, "clinic_name", 200, required=True)
    address = _text(address, "address", 1000)
    phone = _text(phone, "phone", 40)
    country = country.strip().upper()
    region = region.strip().upper()
    regions = supported_countries().get(country)
    if regions is None:
        raise ValidationError("unknown_country", field="country")
    if region and region not in regions:
        raise ValidationError("unknown_region", field="region")
    if timezone is not None:
        timezone = clinic_mod.check_timezone(timezone)
    with db.write():
        clinic = _clinic()
        fields = {"name": name, "address": address, "phone": phone, "country": country,
                  "region": region}
        if timezone is not None and timezone != clinic.timezone:
            fields["timezone"] = timezone
            audit.record("clinic_timezone_changed", staff_id=by_staff_id)
        Clinic.update(**fields).where(Clinic.id == clinic.id).execute()
        audit.record("clinic_details_changed", staff_id=by_staff_id)
    clinic_mod.forget_zone()
    return _clinic()


def _check_range(value: int, field: str, limits: tuple[int, int]) -> int:
    low, high = limits
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError("out_of_range", field=field, minimum=low, maximum=high)
    return value


@access.guarded(access.ADMIN, "by_staff_id")
def update_lengths(*, consultation_minutes: int, treatment_minutes: int, course_length: int,
                   idle_lock_minutes: int, by_staff_id: int | None) -> Clinic:
    """Appointment lengths (5-240 min), the default course length and the desk's idle lock."""
    values = {
        "consultation_minutes": _check_range(consultation_minutes, "consultation_minutes",
                                             LENGTH_LIMITS),
        "treatment_minutes": _check_range(treatment_minutes, "treatment_minutes", LENGTH_LIMITS),
        "course_length": _check_range(course_length, "course_length", COURSE_LIMITS),
        "idle_lock_minutes": _check_range(idle_lock_minutes, "idle_lock_minutes", IDLE_LIMITS),
    }
    with db.write():
        clinic = _clinic()
        Clinic.update(**values).where(Clinic.id == clinic.id).execute()
        audit.record("clinic_lengths_changed", staff_id=by_staff_id,
                     detail=" ".join(f"{k}={v}" for k, v in values.items()))
    return _clinic()


@access.guarded(access.ADMIN, "by_staff_id")
def set_kiosk_language(code: str, *, by_staff_id: int | None) -> Clinic:
    """The kiosk's default language (admins only); each kiosk uses it from its next reset."""
    code = check_language(code, "kiosk_language")
    with db.write():
        clinic = _clinic()
        Clinic.update(kiosk_language=code).where(Clinic.id == clinic.id).execute()
        audit.record("clinic_kiosk_language_changed", staff_id=by_staff_id,
                     detail=f"kiosk_language={code}")
    return _clinic()


# --------------------------------------------------------------------------- opening hours


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def opening_hours(*, by_staff_id: int | None) -> dict[int, list[Period]]:
    """Weekday (0 = Monday) → its opening periods in order; a closed day maps to []."""
    week: dict[int, list[Period]] = {day: [] for day in range(7)}
    for row in OpeningPeriod.select().order_by(OpeningPeriod.weekday, OpeningPeriod.opens):
        week[row.weekday].append((row.opens, row.closes))
    return week


@access.guarded(access.ADMIN, "by_staff_id")
def set_opening_hours(week: Mapping[int, Sequence[Period]], *, by_staff_id: int | None) -> None:
    """Replace the opening periods of every weekday given in `week` (others stay)."""
    checked = _check_week(week, "opening_hours")
    with db.write():
        for weekday, periods in checked.items():
            OpeningPeriod.delete().where(OpeningPeriod.weekday == weekday).execute()
            for opens, closes in periods:
                OpeningPeriod.create(weekday=weekday, opens=opens, closes=closes)
        audit.record("opening_hours_changed", staff_id=by_staff_id)


# --------------------------------------------------------------------------- closures


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def list_closures(*, by_staff_id: int | None, from_day: dt.date | None = None) -> list[Closure]:
    """Closures ending on or after `from_day` (all when None), soonest first."""
    query = Closure.select().order_by(Closure.first_day, Closure.id)
    if from_day is not None:
        query = query.where(Closure.last_day >= from_day)
    return list(query)


@access.guarded(access.ADMIN, "by_staff_id")
def add_closure(first_day: dt.date | None, last_day: dt.date | None = None, reason: str = "", *,
                by_staff_id: int | None) -> Closure:
    """Close the clinic from `first_day` to `last_day` inclusive (one day when last_day is None)."""
    if first_day is None:
        raise ValidationError("required", field="closure_first_day")
    last_day = last_day or first_day
    if first_day < clinic_mod.today():
        raise ValidationError("in_the_past", field="closure_first_day")
    if last_day < first_day:
        raise ValidationError("end_before_start", field="closure_last_day")
    if (last_day - first_day).days >= MAX_CLOSURE_DAYS:
        raise ValidationError("too_long", field="closure_last_day", maximum=MAX_CLOSURE_DAYS)
    reason = _text(reason, "closure_reason", 200)
    with db.write():
        closure = Closure.create(first_day=first_day, last_day=last_day, reason=reason)
        audit.record("closure_added", staff_id=by_staff_id, detail=f"closure={closure.id}")
    return closure


@access.guarded(access.ADMIN, "by_staff_id")
def remove_closure(closure_id: int, *, by_staff_id: int | None) -> None:
    with db.write():
        if not Closure.delete().where(Closure.id == closure_id).execute():
            raise ValidationError("not_found", field="closure")
        audit.record("closure_removed", staff_id=by_staff_id, detail=f"closure={closure_id}")


# --------------------------------------------------------------------------- public holidays


@dataclass(frozen=True)
class Holiday:
    day: dt.date
    name: str
    open: bool  # the clinic has chosen to open all the same


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def public_holidays(first: dt.date, last: dt.date, *, by_staff_id: int | None,
                    country: str | None = None, region: str | None = None,
                    include_open: bool = True) -> dict[dt.date, str]:
    """The public holidays of the clinic's country/region between two days inclusive; without
    the days the clinic marked open when `include_open` is False (the calendar's closed days)."""
    found = _public_holidays(first, last, country, region)
    if not include_open:
        opened = {row.day for row in HolidayOpening.select(HolidayOpening.day).where(
            HolidayOpening.day.between(first, last))}
        found = {day: name for day, name in found.items() if day not in opened}
    return found


def _public_holidays(first: dt.date, last: dt.date, country: str | None = None,
                     region: str | None = None) -> dict[dt.date, str]:
    if country is None or region is None:
        clinic = Clinic.select().order_by(Clinic.id).first()
        country = country or (clinic.country if clinic else "GB")
        region = region if region is not None else (clinic.region if clinic else "")
    return country_holidays(country, region or None, first, last)


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def upcoming_holidays(today: dt.date | None = None, *, by_staff_id: int | None,
                      months: int = 12) -> list[Holiday]:
    """The public holidays of the coming `months` months, each with whether the clinic opens."""
    today = today or clinic_mod.today()
    last = _add_months(today, months)
    found = _public_holidays(today, last)
    opened = {row.day for row in HolidayOpening.select().where(
        HolidayOpening.day.between(today, last))}
    return [Holiday(day, name, day in opened) for day, name in found.items()]


@access.guarded(access.ADMIN, "by_staff_id")
def set_holiday_open(day: dt.date, is_open: bool, *, by_staff_id: int | None) -> None:
    """Mark a public holiday as a day the clinic opens all the same (or not)."""
    with db.write():
        exists = HolidayOpening.select().where(HolidayOpening.day == day).exists()
        if is_open and not exists:
            HolidayOpening.create(day=day)
        elif not is_open and exists:
            HolidayOpening.delete().where(HolidayOpening.day == day).execute()
        audit.record("holiday_opening_changed", staff_id=by_staff_id,
                     detail=f"day={day.isoformat()} open={int(is_open)}")


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------- practitioners


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def list_practitioners(*, by_staff_id: int | None,
                       include_inactive: bool = True) -> list[Practitioner]:
    query = Practitioner.select().order_by(Practitioner.name, Practitioner.id)
    if not include_inactive:
        query = query.where(Practitioner.active == True)  # noqa: E712
    return list(query)


def _check_colour(colour: str) -> str:
    colour = colour.strip()
    if not COLOUR_RE.match(colour):
        raise ValidationError("bad_colour", field="colour")
    return colour.lower()


def _check_unique(model, name: str, field: str, exclude_id: int | None) -> None:
    query = model.select().where(model.name == name)
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    if query.exists():
        raise ValidationError("taken", field=field)


def _check_buffer(minutes: int) -> int:
    if not isinstance(minutes, int) or not 0 <= minutes <= MAX_BUFFER_MINUTES:
        raise ValidationError("out_of_range", field="buffer_minutes", minimum=0,
                              maximum=MAX_BUFFER_MINUTES)
    return minutes


@access.guarded(access.ADMIN, "by_staff_id")
def add_practitioner(name: str, colour: str = DEFAULT_PRACTITIONER_COLOUR, *, by_staff_id: int | None,
                     buffer_minutes: int = 0) -> Practitioner:
    """A practitioner; `buffer_minutes` of free time are kept between their appointments."""
    name = _text(name, "practitioner_name", 200, required=True)
    colour = _check_colour(colour)
    buffer_minutes = _check_buffer(buffer_minutes)
    with db.write():
        _check_unique(Practitioner, name, "practitioner_name", None)
        practitioner = Practitioner.create(name=name, colour=colour, buffer_minutes=buffer_minutes)
        audit.record("practitioner_added", staff_id=by_staff_id,
                     detail=f"practitioner={practitioner.id}")
    return practitioner


@access.guarded(access.ADMIN, "by_staff_id")
def update_practitioner(practitioner_id: int, *, name: str, colour: str, active: bool,
                        by_staff_id: int | None, buffer_minutes: int | None = None) -> Practitioner:
    name = _text(name, "practitioner_name", 200, required=True)
    colour = _check_colour(colour)
    fields = {"name": name, "colour": colour, "active": active}
    if buffer_minutes is not None:
        fields["buffer_minutes"] = _check_buffer(buffer_minutes)
    with db.write():
        _get(Practitioner, practitioner_id, "practitioner")
        _check_unique(Practitioner, name, "practitioner_name", practitioner_id)
        Practitioner.update(**fields).where(Practitioner.id == practitioner_id).execute()
        audit.record("practitioner_changed", staff_id=by_staff_id,
                     detail=f"practitioner={practitioner_id} active={int(active)}")
    return Practitioner.get_by_id(practitioner_id)


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def practitioner_hours(practitioner_id: int, *, by_staff_id: int | None) -> dict[int, list[Period]]:
    """Weekday → the practitioner's working periods; a day off maps to []."""
    week: dict[int, list[Period]] = {day: [] for day in range(7)}
    rows = (PractitionerHours.select()
            .where(PractitionerHours.practitioner == practitioner_id)
            .order_by(PractitionerHours.weekday, PractitionerHours.starts))
    for row in rows:
        week[row.weekday].append((row.starts, row.ends))
    return week


@access.guarded(access.ADMIN, "by_staff_id")
def set_practitioner_hours(practitioner_id: int, week: Mapping[int, Sequence[Period]], *,
                           by_staff_id: int | None) -> None:
    """Replace the practitioner's working periods for every weekday given in `week`."""
    checked = _check_week(week, "hours")
    with db.write():
        _get(Practitioner, practitioner_id, "practitioner")
        for weekday, periods in checked.items():
            PractitionerHours.delete().where(
                PractitionerHours.practitioner == practitioner_id,
                PractitionerHours.weekday == weekday).execute()
            for starts, ends in periods:
                PractitionerHours.create(practitioner=practitioner_id, weekday=weekday,
                                         starts=starts, ends=ends)
        audit.record("practitioner_hours_changed", staff_id=by_staff_id,
                     detail=f"practitioner={practitioner_id}")


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def list_time_off(practitioner_id: int, *, by_staff_id: int | None,
                  from_time: dt.datetime | None = None) -> list[TimeOff]:
    query = (TimeOff.select().where(TimeOff.practitioner == practitioner_id)
             .order_by(TimeOff.starts_at))
    if from_time is not None:
        query = query.where(TimeOff.ends_at > from_time)
    return list(query)


@access.guarded(access.ADMIN, "by_staff_id")
def add_time_off(practitioner_id: int, starts_at: dt.datetime | None, ends_at: dt.datetime | None,
                 reason: str = "", *, by_staff_id: int | None) -> TimeOff:
    if starts_at is None:
        raise ValidationError("required", field="time_off_starts")
    if ends_at is None or ends_at <= starts_at:
        raise ValidationError("end_before_start", field="time_off_ends")
    reason = _text(reason, "time_off_reason", 200)
    with db.write():
        _get(Practitioner, practitioner_id, "practitioner")
        row = TimeOff.create(practitioner=practitioner_id, starts_at=starts_at.replace(microsecond=0),
                             ends_at=ends_at.replace(microsecond=0), reason=reason)
        audit.record("time_off_added", staff_id=by_staff_id,
                     detail=f"practitioner={practitioner_id} time_off={row.id}")
    return row


@access.guarded(access.ADMIN, "by_staff_id")
def remove_time_off(time_off_id: int, *, by_staff_id: int | None) -> None:
    with db.write():
        if not TimeOff.delete().where(TimeOff.id == time_off_id).execute():
            raise ValidationError("not_found", field="time_off")
        audit.record("time_off_removed", staff_id=by_staff_id, detail=f"time_off={time_off_id}")


# --------------------------------------------------------------------------- rooms


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def list_rooms(*, by_staff_id: int | None, include_inactive: bool = True) -> list[Room]:
    query = Room.select().order_by(Room.name, Room.id)
    if not include_inactive:
        query = query.where(Room.active == True)  # noqa: E712
    return list(query)


@access.guarded(access.ADMIN, "by_staff_id")
def add_room(name: str, *, by_staff_id: int | None) -> Room:
    name = _text(name, "room_name", 100, required=True)
    with db.write():
        _check_unique(Room, name, "room_name", None)
        room = Room.create(name=name)
        audit.record("room_added", staff_id=by_staff_id, detail=f"room={room.id}")
    return room


@access.guarded(access.ADMIN, "by_staff_id")
def update_room(room_id: int, *, name: str, active: bool, by_staff_id: int | None) -> Room:
    name = _text(name, "room_name", 100, required=True)
    with db.write():
        _get(Room, room_id, "room")
        _check_unique(Room, name, "room_name", room_id)
        Room.update(name=name, active=active).where(Room.id == room_id).execute()
        audit.record("room_changed", staff_id=by_staff_id,
                     detail=f"room={room_id} active={int(active)}")
    return Room.get_by_id(room_id)


def _get(model, row_id: int, field: str):
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise ValidationError("not_found", field=field)
    return row
