"""One patient, one record: the duplicate check run before a patient is created, and the search
by the last digits of a phone, each beside the same SELECT through the raw driver.

    python -m bench.generate /tmp/clinic.db --patients 50000 --appointments 100000
    python -m bench.duplicates /tmp/clinic.db        (or a database URL)

The check is timed for people who are on file under another spelling (same date of birth, an
accent or a letter dropped, first and last swapped) and for new people (a date of birth and a
phone nobody has); the phone search for 4 to 6 last digits of numbers on file.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time

from bench.desk import _bench_staff, _p99, _raw_runner
from bench.report import run_alone

CHECK_TARGET_MS = 30.0
PHONE_END_TARGET_MS = 20.0
SAMPLES = 200


def _variants(rng: random.Random) -> list[tuple[str, str, dt.date, str]]:
    """(first, last, date of birth, phone) as a receptionist might type them."""
    from intake.models import Patient

    people = list(Patient.select(Patient.first_name, Patient.last_name, Patient.date_of_birth)
                  .where(Patient.merged_into.is_null()).order_by(Patient.id).limit(20000).tuples())
    chosen = rng.sample(people, min(SAMPLES, len(people)))
    typed = []
    for n, (first, last, born) in enumerate(chosen):
        kind = n % 4
        if kind == 0:  # as on file, but without accents
            typed.append((first, last, born, ""))
        elif kind == 1:  # one letter dropped
            cut = max(1, len(last) // 2)
            typed.append((first, last[:cut] + last[cut + 1:], born, ""))
        elif kind == 2:  # first and last swapped
            typed.append((last, first, born, ""))
        else:  # someone new: a birthday and a phone nobody has
            typed.append(("New", f"Person{n}", dt.date(1901, 1, 1) + dt.timedelta(days=n),
                          f"+4479111{n:05d}"))
    return typed


def _check_figures(run_raw) -> list[tuple[str, float, float, str]]:
    from intake import duplicates
    from intake.db import is_sqlite

    ours, raw, flagged = [], [], 0
    me = _bench_staff()
    for first, last, born, phone in _variants(random.Random(20261130)) * 2:  # 1st pass warms up
        sql, params = duplicates.candidate_query(born, phone).sql()
        if is_sqlite():
            params = [p.isoformat() if isinstance(p, dt.date) else p for p in params]
        t0 = time.perf_counter()
        found = duplicates.find_duplicates(first, last, born, phone, staff_id=me)
        ours.append((time.perf_counter() - t0) * 1000)
        flagged += bool(found)
        t0 = time.perf_counter()
        run_raw(sql, tuple(params))
        raw.append((time.perf_counter() - t0) * 1000)
    half = len(ours) // 2
    return [
        (f"duplicate check on create p99 ({half} people, {flagged // 2} flagged)",
         _p99(ours[half:]), CHECK_TARGET_MS, "ms"),
        ("  raw driver, the same SELECT p99 (floor)", _p99(raw[half:]), float("nan"), "ms"),
        ("  duplicate check median", statistics.median(ours[half:]),
         float("nan"), "ms"),
        ("  raw driver median", statistics.median(raw[half:]), float("nan"), "ms"),
    ]


def _phone_end_figures(run_raw, rng: random.Random) -> list[tuple[str, float, float, str]]:
    from intake.models import Patient
    from intake.patients import search_patients, search_steps

    phones = [p for (p,) in Patient.select(Patient.phone).where(Patient.phone != "")
              .order_by(Patient.id).limit(20000).tuples()]
    typed = [phone[-rng.randint(4, 6):] for phone in rng.sample(phones, min(SAMPLES, len(phones)))]
    ours, raw, found = [], [], 0
    for text in typed * 2:
        steps = [(step.sql, step.params) for step in search_steps(text)]
        t0 = time.perf_counter()
        rows = search_patients(text)
        ours.append((time.perf_counter() - t0) * 1000)
        found += bool(rows)
        t0 = time.perf_counter()
        for sql, params in steps:
            run_raw(sql, tuple(params))
        raw.append((time.perf_counter() - t0) * 1000)
    half = len(ours) // 2
    return [
        (f"phone search by its last 4-6 digits p99 ({half} searches, {found // 2} found)",
         _p99(ours[half:]), PHONE_END_TARGET_MS, "ms"),
        ("  raw driver, the same SELECT p99 (floor)", _p99(raw[half:]), float("nan"), "ms"),
        ("  phone-ending search median", statistics.median(ours[half:]), float("nan"), "ms"),
        ("  raw driver median", statistics.median(raw[half:]), float("nan"), "ms"),
    ]


def run(db_url: str) -> list[tuple[str, float, float, str]]:
    """(figure, measured, target, unit) rows; a NaN target marks a floor."""
    from intake import db as dbmod
    from intake.models import database

    opened_here = database.obj is None or database.obj.is_closed()
    if opened_here:
        dbmod.open_database(db_url)
    run_raw, close_raw = _raw_runner(db_url)
    try:
        rows = _check_figures(run_raw)
        rows += _phone_end_figures(run_raw, random.Random(20261130))
        return rows
    finally:
        close_raw()
        if opened_here:
            dbmod.close_database()


def main(argv: list[str] | None = None) -> int:
    return run_alone("bench.duplicates", run, argv)


if __name__ == "__main__":
    sys.exit(main())
