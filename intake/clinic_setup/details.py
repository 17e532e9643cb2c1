"""The clinic's details, appointment lengths and the kiosk's greeting language."""


from __future__ import annotations

import holidays as holidays_lib

from intake import access, audit, db
from intake import clinic as clinic_mod
from intake.clinic_setup.base import (
    COURSE_LIMITS,
    IDLE_LIMITS,
    LENGTH_LIMITS,
    _check_range,
    _clinic,
    _text,
)
from intake.errors import ValidationError
from intake.languages import check_language
from intake.models import (
    Clinic,
)
from intake.records import ClinicRow, row_of


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
                          by_staff_id: int | None, timezone: str | None = None) -> ClinicRow:
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
    return row_of(ClinicRow, _clinic())



@access.guarded(access.ADMIN, "by_staff_id")
def update_lengths(*, consultation_minutes: int, treatment_minutes: int, course_length: int,
                   idle_lock_minutes: int, by_staff_id: int | None) -> ClinicRow:
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
    return row_of(ClinicRow, _clinic())


@access.guarded(access.ADMIN, "by_staff_id")
def set_kiosk_language(code: str, *, by_staff_id: int | None) -> ClinicRow:
    """The kiosk's default language (admins only); each kiosk uses it from its next reset."""
    code = check_language(code, "kiosk_language")
    with db.write():
        clinic = _clinic()
        Clinic.update(kiosk_language=code).where(Clinic.id == clinic.id).execute()
        audit.record("clinic_kiosk_language_changed", staff_id=by_staff_id,
                     detail=f"kiosk_language={code}")
    return row_of(ClinicRow, _clinic())
