"""The clinic's own record: name, contact, country (phone region, holidays), time zone, defaults.

"Now" is the clinic's: `now()` is the wall-clock time in the clinic's time zone (naive, like every
appointment time), `today()` its date — whatever time zone the computer itself is set to.
`as_of(moment)` pins them (the demo's history is booked "as of" three weeks ago).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import time
import zoneinfo
from collections.abc import Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import peewee

from intake import db
from intake.content import checklists
from intake.errors import ValidationError
from intake.models import Clinic, database
from intake.records import ClinicRow, row_of

log = logging.getLogger(__name__)
DEFAULT_TIMEZONE = "Europe/London"
ZONE_TTL = 60.0
_pinned: list[dt.datetime] = []
_zone_cache: tuple[object, float, str] | None = None


def utc_now() -> dt.datetime:
    """The real time, in UTC (the one place the computer's clock is read)."""
    return dt.datetime.now(dt.UTC)


def _zone_name() -> str:
    """The clinic's time zone name, read at most every ZONE_TTL seconds per database (now() runs
    on every poll; another desk's change of zone is seen within that time)."""
    global _zone_cache
    key, moment = database.obj, time.monotonic()
    if _zone_cache is not None and _zone_cache[0] is key and moment - _zone_cache[1] < ZONE_TTL:
        return _zone_cache[2]
    try:
        clinic = get_clinic() if key is not None else None
    except peewee.PeeweeException:  # the database is away: the zone last read, else London
        log.warning("the clinic's time zone could not be read")
        return _zone_cache[2] if _zone_cache is not None else DEFAULT_TIMEZONE
    name = clinic.timezone if clinic is not None else DEFAULT_TIMEZONE
    _zone_cache = (key, moment, name) if key is not None else None
    return name


def forget_zone() -> None:
    """After the clinic's time zone changed here: the next now() reads it again."""
    global _zone_cache
    _zone_cache = None


def clinic_zone(name: str | None = None) -> ZoneInfo:
    """The clinic's time zone (or the named one); London when it is unknown to this computer."""
    if name is None:
        name = _zone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %s; using %s", name, DEFAULT_TIMEZONE)
        return ZoneInfo(DEFAULT_TIMEZONE)


def now() -> dt.datetime:
    """The clinic's wall-clock time now, to the second, naive (as appointments are stored)."""
    if _pinned:
        return _pinned[-1]
    return utc_now().astimezone(clinic_zone()).replace(tzinfo=None, microsecond=0)


def today() -> dt.date:
    return now().date()


@contextlib.contextmanager
def as_of(moment: dt.datetime) -> Iterator[None]:
    """Within the block, now() is `moment` (a naive clinic wall-clock time)."""
    _pinned.append(moment.replace(microsecond=0))
    try:
        yield
    finally:
        _pinned.pop()


def get_clinic() -> ClinicRow | None:
    """The clinic, or None before first-run setup."""
    clinic = Clinic.select().order_by(Clinic.id).first()
    return None if clinic is None else row_of(ClinicRow, clinic)


def is_set_up() -> bool:
    return Clinic.select().exists()


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())  # a scan of the zone files: ~50 ms


@functools.cache
def timezones() -> tuple[str, ...]:
    """The time zones a clinic may choose (the IANA names this computer knows), sorted. Read
    once per process (the desk reads it in the background after the first sign-in)."""
    return tuple(sorted(z for z in _known_zones() if "/" in z or z == "UTC"))


def check_timezone(name: str) -> str:
    """`name` if it is a known time zone; ValidationError "unknown_timezone" otherwise."""
    name = (name or "").strip()
    if name not in _known_zones():
        raise ValidationError("unknown_timezone", field="timezone")
    return name


def create_clinic(name: str, *, country: str = "GB", timezone: str = "Europe/London",
                  address: str = "", phone: str = "", region: str = "") -> ClinicRow:
    """First-run: the clinic's record with the course defaults from the checklists."""
    from intake.validation import clean_text

    name = clean_text(name, "clinic_name", max_length=200, required=True)
    address = clean_text(address, "address", max_length=1000, multiline=True)
    phone = clean_text(phone, "phone", max_length=40)
    region = clean_text(region, "region", max_length=10)
    country = clean_text(country, "country", max_length=2, required=True)
    timezone = check_timezone(timezone)
    course = checklists().course
    forget_zone()
    with db.write():
        if is_set_up():
            raise ValidationError("already_set_up", field="clinic_name")
        return row_of(ClinicRow, Clinic.create(
            name=name,
            country=country.upper(),
            timezone=timezone,
            region=region.strip().upper(),
            address=address,
            phone=phone,
            consultation_minutes=course.consultation_minutes,
            treatment_minutes=course.treatment_minutes,
            course_length=course.sessions,
        ))


def default_region() -> str:
    """The country used as the default region for phone numbers."""
    clinic = get_clinic()
    return clinic.country if clinic is not None else "GB"


def kiosk_language() -> str:
    """The language the kiosk greets in and returns to after each patient."""
    clinic = get_clinic()
    return clinic.kiosk_language if clinic is not None else "en"
