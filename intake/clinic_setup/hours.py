"""When the clinic is open: opening hours, closures and public holidays (and the holidays the
clinic opens on)."""


from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from intake import access, audit, db
from intake import clinic as clinic_mod
from intake.clinic_setup.base import (
    MAX_CLOSURE_DAYS,
    Period,
    _check_week,
    _text,
)
from intake.errors import ValidationError
from intake.models import (
    Clinic,
    Closure,
    HolidayOpening,
    OpeningPeriod,
)
from intake.records import ClosureRow, row_of, rows_of
from intake.scheduling.availability import country_holidays

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
def list_closures(*, by_staff_id: int | None, from_day: dt.date | None = None) -> list[ClosureRow]:
    """Closures ending on or after `from_day` (all when None), soonest first."""
    query = Closure.select().order_by(Closure.first_day, Closure.id)
    if from_day is not None:
        query = query.where(Closure.last_day >= from_day)
    return rows_of(ClosureRow, query)


@access.guarded(access.ADMIN, "by_staff_id")
def add_closure(first_day: dt.date | None, last_day: dt.date | None = None, reason: str = "", *,
                by_staff_id: int | None) -> ClosureRow:
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
    return row_of(ClosureRow, closure)


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
