"""Plain rows the domain hands to the screens: frozen dataclasses, never peewee model instances.

A model object carries its database with it: reading a foreign key on one runs a query, wherever
that happens (on the GUI thread too), and a model can be saved back by mistake. These rows hold
only values — a foreign key as its `_id` — and nothing secret (no password or PIN hashes).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar

Row = TypeVar("Row")


def row_of(cls: type[Row], record: Any) -> Row:
    """`cls` filled from a model instance (or any object) by the dataclass's field names."""
    return cls(**{f.name: getattr(record, f.name) for f in dataclasses.fields(cls)})


def rows_of(cls: type[Row], records) -> list[Row]:
    return [row_of(cls, record) for record in records]


@dataclasses.dataclass(frozen=True)
class ClinicRow:
    """The clinic's details and its clinic-editable numbers."""

    id: int
    name: str
    address: str
    phone: str
    country: str
    region: str
    timezone: str
    consultation_minutes: int
    treatment_minutes: int
    course_length: int
    idle_lock_minutes: int
    created_at: dt.datetime
    kiosk_language: str


@dataclasses.dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    active: bool


@dataclasses.dataclass(frozen=True)
class ClosureRow:
    """The clinic is closed from `first_day` to `last_day` inclusive."""

    id: int
    first_day: dt.date
    last_day: dt.date
    reason: str


@dataclasses.dataclass(frozen=True)
class PractitionerRow:
    id: int
    name: str
    colour: str
    active: bool
    buffer_minutes: int


@dataclasses.dataclass(frozen=True)
class TimeOffRow:
    id: int
    practitioner_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    reason: str


@dataclasses.dataclass(frozen=True)
class StaffRow:
    """A staff account (or a kiosk's identity) as a screen may see it: no password or PIN hash,
    only whether a PIN is set. `role` is its first role; `roles` every role it holds."""

    id: int
    username: str
    display_name: str
    role: str
    roles: tuple[str, ...]
    active: bool
    has_pin: bool
    failed_attempts: int
    locked_until: dt.datetime | None
    practitioner_id: int | None
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class PatientDetails:
    """A patient's record as their page shows it."""

    id: int
    first_name: str
    last_name: str
    date_of_birth: dt.date
    phone: str
    email: str
    created_at: dt.datetime
    updated_at: dt.datetime
    merged_into_id: int | None
    preferred_language: str


@dataclasses.dataclass(frozen=True)
class IntakeRow:
    """A stored intake's own answers (the checklist ticks are its AnswerRows), and the name of
    the staff member who entered it at the desk ("" for the kiosk's)."""

    id: int
    patient_id: int | None
    submitted_at: dt.datetime
    received_at: dt.datetime | None
    source: str
    entered_by_id: int | None
    entered_by_name: str
    status: str
    urgent: bool
    complete: bool
    first_name: str
    last_name: str
    date_of_birth: dt.date | None
    phone: str
    email: str
    pain_since_value: int | None
    pain_since_unit: str
    pain_now: int | None
    peg_pain: int | None
    peg_enjoyment: int | None
    peg_activity: int | None
    treatment_other: str
    consent_given: bool
    signature_svg: str
    language: str


@dataclasses.dataclass(frozen=True)
class AnswerRow:
    """One ticked checklist item or safety answer of an intake."""

    group: str
    item: str
    value: str


@dataclasses.dataclass(frozen=True)
class CourseRow:
    """A treatment course as the patient page and its courses panel list it."""

    id: int
    kind: str
    status: str
    sessions_planned: int
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class AppointmentBrief:
    """An appointment as the patient page lists it."""

    id: int
    kind: str
    status: str
    starts_at: dt.datetime
    course_id: int | None
