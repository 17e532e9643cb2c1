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
