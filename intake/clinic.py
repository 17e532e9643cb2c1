"""The clinic's own record: name, contact, country (phone region, holidays), time zone, defaults."""

from __future__ import annotations

from intake import db
from intake.content import checklists
from intake.errors import ValidationError
from intake.models import Clinic


def get_clinic() -> Clinic | None:
    """The clinic, or None before first-run setup."""
    return Clinic.select().order_by(Clinic.id).first()


def is_set_up() -> bool:
    return Clinic.select().exists()


def create_clinic(name: str, *, country: str = "GB", timezone: str = "Europe/London",
                  address: str = "", phone: str = "") -> Clinic:
    """First-run: the clinic's record with the course defaults from the checklists."""
    name = name.strip()
    if not name:
        raise ValidationError("required", field="clinic_name")
    if len(name) > 200:
        raise ValidationError("too_long", field="clinic_name")
    course = checklists().course
    with db.write():
        if is_set_up():
            raise ValidationError("already_set_up", field="clinic_name")
        return Clinic.create(
            name=name,
            country=country.upper(),
            timezone=timezone,
            address=address,
            phone=phone,
            consultation_minutes=course.consultation_minutes,
            treatment_minutes=course.treatment_minutes,
            course_length=course.sessions,
        )


def default_region() -> str:
    """The country used as the default region for phone numbers."""
    clinic = get_clinic()
    return clinic.country if clinic is not None else "GB"
