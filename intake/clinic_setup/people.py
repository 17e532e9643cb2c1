"""Practitioners: their colour, buffer, working hours and time off."""


from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from intake import access, audit, db
from intake.clinic_setup.base import (
    COLOUR_RE,
    MAX_BUFFER_MINUTES,
    Period,
    _check_unique,
    _check_week,
    _get,
    _text,
)
from intake.errors import ValidationError
from intake.models import (
    DEFAULT_PRACTITIONER_COLOUR,
    Practitioner,
    PractitionerHours,
    TimeOff,
)
from intake.records import PractitionerRow, TimeOffRow, row_of, rows_of

# --------------------------------------------------------------------------- practitioners


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def list_practitioners(*, by_staff_id: int | None,
                       include_inactive: bool = True) -> list[PractitionerRow]:
    query = Practitioner.select().order_by(Practitioner.name, Practitioner.id)
    if not include_inactive:
        query = query.where(Practitioner.active == True)  # noqa: E712
    return rows_of(PractitionerRow, query)



def _check_colour(colour: str) -> str:
    colour = colour.strip()
    if not COLOUR_RE.match(colour):
        raise ValidationError("bad_colour", field="colour")
    return colour.lower()



def _check_buffer(minutes: int) -> int:
    if not isinstance(minutes, int) or not 0 <= minutes <= MAX_BUFFER_MINUTES:
        raise ValidationError("out_of_range", field="buffer_minutes", minimum=0,
                              maximum=MAX_BUFFER_MINUTES)
    return minutes


@access.guarded(access.ADMIN, "by_staff_id")
def add_practitioner(name: str, colour: str = DEFAULT_PRACTITIONER_COLOUR, *, by_staff_id: int | None,
                     buffer_minutes: int = 0) -> PractitionerRow:
    """A practitioner; `buffer_minutes` of free time are kept between their appointments."""
    name = _text(name, "practitioner_name", 200, required=True)
    colour = _check_colour(colour)
    buffer_minutes = _check_buffer(buffer_minutes)
    with db.write():
        _check_unique(Practitioner, name, "practitioner_name", None)
        practitioner = Practitioner.create(name=name, colour=colour, buffer_minutes=buffer_minutes)
        audit.record("practitioner_added", staff_id=by_staff_id,
                     detail=f"practitioner={practitioner.id}")
    return row_of(PractitionerRow, practitioner)


@access.guarded(access.ADMIN, "by_staff_id")
def update_practitioner(practitioner_id: int, *, name: str, colour: str, active: bool,
                        by_staff_id: int | None, buffer_minutes: int | None = None) -> PractitionerRow:
    name = _text(name, "practitioner_name", 200, required=True)
    colour = _check_colour(colour)
    fields = {Practitioner.name: name, Practitioner.colour: colour, Practitioner.active: active}
    if buffer_minutes is not None:
        fields[Practitioner.buffer_minutes] = _check_buffer(buffer_minutes)
    with db.write():
        _get(Practitioner, practitioner_id, field="practitioner")
        _check_unique(Practitioner, name, "practitioner_name", practitioner_id)
        Practitioner.update(fields).where(Practitioner.id == practitioner_id).execute()
        audit.record("practitioner_changed", staff_id=by_staff_id,
                     detail=f"practitioner={practitioner_id} active={int(active)}")
    return row_of(PractitionerRow, Practitioner.get_by_id(practitioner_id))


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
        _get(Practitioner, practitioner_id, field="practitioner")
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
                  from_time: dt.datetime | None = None) -> list[TimeOffRow]:
    query = (TimeOff.select().where(TimeOff.practitioner == practitioner_id)
             .order_by(TimeOff.starts_at))
    if from_time is not None:
        query = query.where(TimeOff.ends_at > from_time)
    return rows_of(TimeOffRow, query)


@access.guarded(access.ADMIN, "by_staff_id")
def add_time_off(practitioner_id: int, starts_at: dt.datetime | None, ends_at: dt.datetime | None,
                 reason: str = "", *, by_staff_id: int | None) -> TimeOffRow:
    if starts_at is None:
        raise ValidationError("required", field="time_off_starts")
    if ends_at is None or ends_at <= starts_at:
        raise ValidationError("end_before_start", field="time_off_ends")
    reason = _text(reason, "time_off_reason", 200)
    with db.write():
        _get(Practitioner, practitioner_id, field="practitioner")
        row = TimeOff.create(practitioner=practitioner_id, starts_at=starts_at.replace(microsecond=0),
                             ends_at=ends_at.replace(microsecond=0), reason=reason)
        audit.record("time_off_added", staff_id=by_staff_id,
                     detail=f"practitioner={practitioner_id} time_off={row.id}")
    return row_of(TimeOffRow, row)


@access.guarded(access.ADMIN, "by_staff_id")
def remove_time_off(time_off_id: int, *, by_staff_id: int | None) -> None:
    with db.write():
        if not TimeOff.delete().where(TimeOff.id == time_off_id).execute():
            raise ValidationError("not_found", field="time_off")
        audit.record("time_off_removed", staff_id=by_staff_id, detail=f"time_off={time_off_id}")
