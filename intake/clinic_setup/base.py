"""What every part of clinic setup shares: who may edit, times of day and periods, the checks
of names and numbers, and a row looked up by id (`not_found`)."""


from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence

from intake import access
from intake.errors import ValidationError
from intake.models import (
    Clinic,
)
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



def _check_range(value: int, field: str, limits: tuple[int, int]) -> int:
    low, high = limits
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError("out_of_range", field=field, minimum=low, maximum=high)
    return value



def _check_unique(model, name: str, field: str, exclude_id: int | None) -> None:
    query = model.select().where(model.name == name)
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    if query.exists():
        raise ValidationError("taken", field=field)



def _get(model, row_id: int, field: str):
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise ValidationError("not_found", field=field)
    return row
