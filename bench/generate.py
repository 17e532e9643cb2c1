"""Build a clinic-scale database through the real models.

    python -m bench.generate DB --patients 50000 --appointments 1000000

DB is a file path (SQLite) or a database URL. Names carry accents and apostrophes; appointments
span years (attended, cancelled and no-show in the past, booked in the future), spread over as
many practitioners and rooms as it takes to hold them without a double booking.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
import time
import uuid

from intake import db as dbmod
from intake.clinic import create_clinic, is_set_up
from intake.models import (
    Appointment,
    Intake,
    IntakeAnswer,
    OpeningPeriod,
    Patient,
    Practitioner,
    PractitionerHours,
    Room,
    database,
)
from intake.patients import name_key, phone_reversed

FIRST = ["Zoë", "José", "Siobhán", "Anaïs", "Bjørn", "Chloé", "Dmitri", "Éamon", "Fátima", "Grégoire",
         "Hélène", "Iñaki", "Jürgen", "Kateřina", "Łukasz", "Mårten", "Nuño", "Océane", "Paweł", "Rénee",
         "Søren", "Thérèse", "Úrsula", "Wojciech", "Yusuf", "Zoltán", "Margaret", "John", "Mary", "David",
         "Aoife", "Niamh", "Priya", "Mei", "Ngozi", "Olu", "Sean", "Emma", "Ahmed", "Ines"]
LAST = ["O'Brien", "Núñez", "Müller", "D'Angelo", "Nguyễn", "García", "Øvergård", "Ó Súilleabháin",
        "MacAmhlaoibh", "Smith-Jones", "Kowalczyk", "Lefèvre", "Brontë", "Dvořák", "Çelik", "Jäger",
        "O'Connor", "D'Souza", "Van der Berg", "de la Cruz", "Patel", "Wang", "Okafor", "Schröder",
        "Fitzgerald", "Ní Bhriain", "Łęcki", "Sánchez", "Håkansson", "Ferreira", "Taylor", "Brown"]
BENCH_ADMIN = ("bench", "Bench Admin", "bench-admin-2026")  # username, display name, password
SLOT_MINUTES = 45
SLOTS_PER_DAY = 12  # 08:00 .. 17:00 start times
BATCH = 1000


def _patients(rng: random.Random, count: int) -> None:
    today = dt.date.today()
    rows = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        born = today - dt.timedelta(days=rng.randint(18 * 365, 95 * 365))
        phone = f"+4477009{n:05d}"[:13]
        rows.append({
            "first_name": first, "last_name": last, "name_key": name_key(first, last),
            "date_of_birth": born, "phone": phone, "phone_reversed": phone_reversed(phone),
            "email": f"patient{n}@example.org" if n % 3 else "",
        })
        if len(rows) == BATCH:
            _insert(Patient, rows)
    _insert(Patient, rows)


def _insert(model, rows: list[dict]) -> None:
    if rows:
        with dbmod.write():
            model.insert_many(rows).execute()
        rows.clear()


def _staffing(count: int, days: int) -> tuple[list[int], list[int]]:
    people = max(2, math.ceil(count / (SLOTS_PER_DAY * days)))
    with dbmod.write():
        practitioners = [Practitioner.create(name=f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}").id
                         for i in range(people)]
        rooms = [Room.create(name=f"Room {i + 1}").id for i in range(people)]
        for pid in practitioners:
            PractitionerHours.insert_many(
                [{"practitioner": pid, "weekday": d, "starts": 8 * 60, "ends": 18 * 60} for d in range(5)]
            ).execute()
    return practitioners, rooms


def _appointments(rng: random.Random, count: int, patient_ids: list[int]) -> None:
    weekdays_needed = math.ceil(count / SLOTS_PER_DAY / 2) + 1
    start_day = dt.date.today() - dt.timedelta(days=int(weekdays_needed * 7 / 5 * 0.9))
    days: list[dt.date] = []
    day = start_day
    while len(days) < weekdays_needed * 2:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    practitioners, rooms = _staffing(count, len(days))
    now = dt.datetime.now()
    rows: list[dict] = []
    made = 0
    for day in days:
        for pid, rid in zip(practitioners, rooms, strict=True):
            for slot in range(SLOTS_PER_DAY):
                if made >= count:
                    break
                starts = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=slot * SLOT_MINUTES)
                past = starts < now
                roll = rng.random()
                status = ("attended" if roll < 0.9 else "cancelled_patient" if roll < 0.96 else "no_show") if past else "booked"
                rows.append({
                    "patient": rng.choice(patient_ids), "kind": "treatment", "practitioner": pid, "room": rid,
                    "starts_at": starts, "ends_at": starts + dt.timedelta(minutes=SLOT_MINUTES),
                    "status": status, "session_number": slot % 12 + 1, "uid": f"{uuid.uuid4()}@backcare",
                })
                made += 1
                if len(rows) == BATCH:
                    _insert(Appointment, rows)
        if made >= count:
            break
    _insert(Appointment, rows)


def _todays_intakes(rng: random.Random, patient_ids: list[int], count: int = 20) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    with dbmod.write():
        for n in range(count):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            intake = Intake.create(
                first_name=first, last_name=last, date_of_birth=dt.date(1950 + n, 1 + n % 12, 1 + n % 28),
                submitted_at=now - dt.timedelta(minutes=5 * n), urgent=(n == 3), pain_now=rng.randint(0, 10),
                consent_given=True,
            )
            IntakeAnswer.insert_many([{"intake": intake.id, "group": "region", "item": "lower_back"},
                                      {"intake": intake.id, "group": "red_flag", "item": "cancer_history",
                                       "value": "yes" if n % 5 == 0 else "no"}]).execute()


def generate(url: str, patients: int, appointments: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    dbmod.open_database(url)
    try:
        if is_set_up():
            raise SystemExit("generate: the database is not empty; give a new file")
        create_clinic("Bench Acupuncture Clinic")
        ensure_bench_admin()
        with dbmod.write():
            OpeningPeriod.insert_many(
                [{"weekday": d, "opens": 8 * 60, "closes": 18 * 60} for d in range(5)]
            ).execute()
        t0 = time.perf_counter()
        _patients(rng, patients)
        patient_ids = [p.id for p in Patient.select(Patient.id)]
        print(f"patients: {patients} in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        _appointments(rng, appointments, patient_ids)
        print(f"appointments: {appointments} in {time.perf_counter() - t0:.1f} s")
        _todays_intakes(rng, patient_ids)
        database.execute_sql("ANALYZE")  # both backends: fresh statistics for the planner
    finally:
        dbmod.close_database()


def ensure_bench_admin() -> None:
    """The bench's admin account (the first account of a generated clinic), for benchmarks
    that sign in at the desk. Databases generated before it existed get it here."""
    from intake import staff

    if not staff.has_staff():
        staff.create_staff(BENCH_ADMIN[0], BENCH_ADMIN[1], "admin", BENCH_ADMIN[2], by_staff_id=None)


def to_url(target: str) -> str:
    return target if "://" in target else f"sqlite:///{target}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="a new SQLite file path, or a database URL")
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--appointments", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    generate(to_url(args.db), args.patients, args.appointments, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
