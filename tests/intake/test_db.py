"""Opening, checking and upgrading the database, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path
from urllib.parse import urlparse

import peewee
import pytest
from playhouse.migrations import Runner

from intake import db as dbmod
from intake.db.postgres import _open_postgres
from intake.db.sqlite_file import _open_sqlite
from intake.errors import ConflictError, DatabaseOpenError, ValidationError
from intake.models import Appointment, Patient, Practitioner, Room, database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_latest_version(db):
    assert dbmod.schema_status(db) == (dbmod.latest_version(), dbmod.latest_version())
    assert "intake" in db.get_tables()


def test_sqlite_pragmas(tmp_path):
    opened = dbmod.open_database(f"sqlite:///{tmp_path / 'b.db'}")
    try:
        assert opened.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert opened.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert opened.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert opened.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    finally:
        opened.close()


def test_data_survives_reopen(db_url):
    dbmod.open_database(db_url)
    with dbmod.write():
        Practitioner.create(name="Zoë O'Brien")
    dbmod.close_database()
    dbmod.open_database(db_url)
    try:
        assert [p.name for p in Practitioner.select()] == ["Zoë O'Brien"]
    finally:
        dbmod.close_database()


def test_write_rolls_back_on_error(db):
    with pytest.raises(RuntimeError), dbmod.write():
        Room.create(name="Room 1")
        raise RuntimeError("boom")
    assert Room.select().count() == 0


def _seed_booking(start: dt.datetime) -> tuple[Patient, Practitioner, Room]:
    with dbmod.write():
        patient = Patient.create(first_name="Ana", last_name="Núñez", name_key="nunez ana",
                                 date_of_birth=dt.date(1970, 1, 2))
        practitioner = Practitioner.create(name="Dr Lee")
        room = Room.create(name="Room 1")
        Appointment.create(patient=patient, kind="treatment", practitioner=practitioner, room=room,
                           starts_at=start, ends_at=start + dt.timedelta(minutes=45), uid="a1@t")
    return patient, practitioner, room


@pytest.mark.parametrize("resource", ["practitioner", "room"])
def test_database_refuses_overlapping_booking(db, resource):
    start = dt.datetime(2026, 3, 2, 10, 0)
    patient, practitioner, room = _seed_booking(start)
    with dbmod.write():
        other_room = Room.create(name="Room 2")
        other_practitioner = Practitioner.create(name="Dr Chen")
    clash = {
        "practitioner": dict(practitioner=practitioner, room=other_room),
        "room": dict(practitioner=other_practitioner, room=room),
    }[resource]
    with pytest.raises(ConflictError) as err, dbmod.write():
        Appointment.create(patient=patient, kind="treatment", starts_at=start + dt.timedelta(minutes=30),
                           ends_at=start + dt.timedelta(minutes=75), uid="a2@t", **clash)
    assert err.value.details["resource"] == resource
    assert Appointment.select().count() == 1


def test_cancelled_appointment_frees_the_slot(db):
    start = dt.datetime(2026, 3, 2, 10, 0)
    patient, practitioner, room = _seed_booking(start)
    with dbmod.write():
        Appointment.update(status="cancelled_patient").execute()
        Appointment.create(patient=patient, kind="treatment", practitioner=practitioner, room=room,
                           starts_at=start, ends_at=start + dt.timedelta(minutes=45), uid="a2@t")
    assert Appointment.select().where(Appointment.status == "booked").count() == 1
    # reinstating the cancelled one would now double-book
    with pytest.raises(ConflictError), dbmod.write():
        Appointment.update(status="booked").where(Appointment.uid == "a1@t").execute()


# ----------------------------------------------------------------------------- upgrades


def test_version_1_database_upgrades_with_nothing_lost(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where a pg_dump lands
    # build a version-1 database exactly as BackCare 1 did, with data in it
    raw = _open_sqlite(urlparse(db_url)) if db_url.startswith("sqlite") else _open_postgres(db_url)
    Runner(raw, dbmod.migrations_dir(), table_name=dbmod.MIGRATIONS_TABLE).up(target="0001_initial")
    raw.execute_sql(
        "INSERT INTO patient (first_name, last_name, name_key, date_of_birth, phone, email, created_at, updated_at) "
        "VALUES ('Siobhán', 'O''Neill', 'oneill siobhan', '1961-05-04', '+447700900123', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00')"
    )
    raw.execute_sql(
        "INSERT INTO intake (patient_id, submitted_at, source, status, urgent, complete, first_name, last_name, "
        "phone, email, pain_since_unit, pain_now, treatment_other, consent_given, signature_svg) "
        "VALUES (1, '2025-01-01 09:05:00', 'kiosk', 'waiting', false, true, 'Siobhán', 'O''Neill', '', '', 'weeks', 7, '', true, '')"
    )
    assert "language" not in {c.name for c in raw.get_columns("intake")}
    raw.close()

    opened = dbmod.open_database(db_url)
    try:
        assert dbmod.schema_status(opened) == (dbmod.latest_version(), dbmod.latest_version())
        patient = Patient.get()
        assert (patient.first_name, patient.last_name, patient.phone) == ("Siobhán", "O'Neill", "+447700900123")
        assert patient.date_of_birth == dt.date(1961, 5, 4)
        intake = patient.intakes.get()
        assert (intake.pain_now, intake.language, intake.consent_given) == (7, "en", True)
    finally:
        opened.close()
    if db_url.startswith("sqlite"):
        backups = list(Path(db_url.removeprefix("sqlite:///")).parent.glob("backcare.db.v1-*.bak"))
        assert len(backups) == 1
        conn = sqlite3.connect(backups[0])
        assert conn.execute("SELECT first_name FROM patient").fetchall() == [("Siobhán",)]
        assert conn.execute("SELECT count(*) FROM schema_migration").fetchone() == (1,)
        conn.close()
    else:
        dumps = list((tmp_path / "data").rglob("backcare-*-v1-*.sql"))
        assert len(dumps) == 1
        text = dumps[0].read_text()
        assert "Siobhán" in text and "0001_initial" in text and "0002_" not in text


@pytest.mark.parametrize("backend", ["postgresql"])  # the SQLite copy needs no outside program
def test_postgres_upgrade_without_pg_dump_is_refused_untouched(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    raw = _open_postgres(db_url)
    Runner(raw, dbmod.migrations_dir(), table_name=dbmod.MIGRATIONS_TABLE).up(target="0001_initial")
    raw.close()
    with pytest.raises(DatabaseOpenError) as err:
        dbmod.open_database(db_url)
    assert err.value.code == "backup_failed"
    raw = _open_postgres(db_url)
    try:
        assert "language" not in {c.name for c in raw.get_columns("intake")}
    finally:
        raw.close()


def test_newer_database_is_refused_untouched(db_url):
    dbmod.open_database(db_url)
    with dbmod.write():
        database.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0099_future', '2030-01-01')")
    dbmod.close_database()
    path = Path(db_url.removeprefix("sqlite:///")) if db_url.startswith("sqlite") else None
    before = _digest(path) if path else None
    with pytest.raises(DatabaseOpenError) as err:
        dbmod.open_database(db_url)
    assert err.value.code == "too_new"
    if path:
        assert _digest(path) == before


# ----------------------------------------------------------------------------- refusals


def test_text_file_is_not_a_backcare_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n")
    with pytest.raises(DatabaseOpenError) as err:
        dbmod.open_database(f"sqlite:///{path}")
    assert err.value.code == "not_backcare"
    assert path.read_text() == "shopping list\n"


def test_other_sqlite_database_is_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseOpenError) as err:
        dbmod.open_database(f"sqlite:///{path}")
    assert err.value.code == "not_backcare"
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DatabaseOpenError) as err:
        dbmod.open_database(f"sqlite:///{blocker / 'sub' / 'backcare.db'}")
    assert err.value.code == "unwritable"


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "sqlite:///:memory:", "nonsense"])
def test_bad_urls(url):
    with pytest.raises(DatabaseOpenError) as err:
        dbmod.open_database(url)
    assert err.value.code == "bad_url"


def test_server_that_does_not_answer():
    with pytest.raises(DatabaseOpenError) as err:
        dbmod.open_database("postgresql://postgres@127.0.0.1:1/test")
    assert err.value.code == "unreachable"


def test_peewee_guard_is_in_the_database_not_python(db):
    """A raw INSERT that bypasses the models is refused too (the guard lives in the database)."""
    start = dt.datetime(2026, 3, 2, 10, 0)
    patient, practitioner, room = _seed_booking(start)
    with pytest.raises(peewee.IntegrityError):
        with db.atomic():
            db.execute_sql(
                "INSERT INTO appointment (patient_id, kind, practitioner_id, room_id, starts_at, ends_at, "
                "status, late_cancel, uid, sequence, created_at, updated_at) VALUES "
                "(?, 'treatment', ?, ?, '2026-03-02 10:15:00', '2026-03-02 11:00:00', 'booked', false, "
                "'raw@t', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')".replace("?", db.param),
                (patient.id, practitioner.id, room.id),
            )


@pytest.mark.parametrize("minutes", [0, -30, 13 * 60])
def test_database_refuses_impossible_appointment_times(db, minutes):
    start = dt.datetime(2026, 3, 2, 10, 0)
    patient, practitioner, room = _seed_booking(start)
    with pytest.raises(ValidationError) as err, dbmod.write():
        Appointment.create(patient=patient, kind="treatment", practitioner=practitioner, room=room,
                           starts_at=start + dt.timedelta(days=1),
                           ends_at=start + dt.timedelta(days=1, minutes=minutes), uid="bad@t")
    assert err.value.code == "invalid_times"
