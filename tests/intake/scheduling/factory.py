"""Clinic rows for scheduling tests, made through the models (the setup screens own the CRUD)."""

from __future__ import annotations

import datetime as dt

from intake import db
from intake.models import (
    Clinic,
    Intake,
    IntakeAnswer,
    OpeningPeriod,
    Patient,
    Practitioner,
    PractitionerHours,
    Room,
    Staff,
)


def make_clinic(*, practitioners: int = 2, rooms: int = 2, weekdays=range(5),
                periods=((9 * 60, 13 * 60), (14 * 60, 18 * 60)), country: str = "GB",
                region: str = "ENG", hours: bool = False) -> dict:
    """A clinic open on `weekdays` with a lunch break; returns ids."""
    with db.write():
        clinic = Clinic.create(name="Test clinic", country=country, region=region,
                               timezone="Europe/London")
        for weekday in weekdays:
            for opens, closes in periods:
                OpeningPeriod.create(weekday=weekday, opens=opens, closes=closes)
        pids = [Practitioner.create(name=f"P{n}", colour=f"#00{n}0{n}0").id for n in range(practitioners)]
        if hours:
            for pid in pids:
                for weekday in weekdays:
                    PractitionerHours.create(practitioner=pid, weekday=weekday, starts=9 * 60, ends=18 * 60)
        rids = [Room.create(name=f"Room {n}").id for n in range(rooms)]
        staff = Staff.create(username="desk", display_name="Desk", role="front_desk", password_hash="x")
        # each practitioner's own account, linked to their diary: who records their decisions
        deciders = [Staff.create(username=f"p{n}", display_name=f"P{n}", role="practitioner",
                                 password_hash="x", practitioner=pid).id
                    for n, pid in enumerate(pids)]
    return {"clinic": clinic.id, "practitioners": pids, "rooms": rids, "staff": staff.id,
            "deciders": deciders}


def make_patient(first: str = "Ann", last: str = "Lee", *, answers: dict[tuple[str, str], str] | None = None,
                 urgent: bool = False, acknowledged: bool = True, pain_now: int | None = 6,
                 submitted_at: dt.datetime | None = None) -> tuple[int, int]:
    """A patient with one intake; returns (patient_id, intake_id)."""
    with db.write():
        patient = Patient.create(first_name=first, last_name=last, name_key=f"{last} {first}".lower(),
                                 date_of_birth=dt.date(1970, 1, 1))
        intake = Intake.create(
            patient=patient.id, first_name=first, last_name=last, urgent=urgent,
            urgent_ack_at=dt.datetime(2026, 1, 1) if urgent and acknowledged else None,
            pain_now=pain_now, submitted_at=submitted_at or dt.datetime(2026, 1, 1, 9),
        )
        for (group, item), value in (answers or {}).items():
            IntakeAnswer.create(intake=intake.id, group=group, item=item, value=value)
    return patient.id, intake.id
