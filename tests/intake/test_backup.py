"""Backups: made, verified, checksummed, private, rotated; restored exactly on both backends."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest
from peewee import SqliteDatabase

from intake import audit, audit_chain, backup, patients, restore
from intake import db as dbmod
from intake.backup_format import MANIFEST
from intake.errors import BackupError
from intake.models import AuditEntry, Patient, database
from tests.intake.backup_support import all_rows, fill_clinic


@pytest.fixture
def clinic(db, monkeypatch):
    fill_clinic(monkeypatch)
    yield db
    dbmod.close_database()  # the connection a test reopened after a restore


def _actor() -> int:
    """Who acts (the demo's admin): every patient change names its staff member."""
    from intake.staff import first_active_admin

    return first_active_admin().id


def _reopen(url):
    dbmod.close_database()
    return dbmod.open_database(url)


def test_backup_change_restore_gives_the_exact_rows_back(clinic, db_url, tmp_path):
    before = all_rows()
    made = backup.create_backup(clinic, tmp_path / "backups")
    assert made.manifest.row_counts["patient"] == len(before["patient"])
    assert made.manifest.schema_version == dbmod.latest_version()
    # the clinic goes on: a new patient, a changed one, an audit row
    first = Patient.select().order_by(Patient.id).first()
    patients.update_patient(first.id, {"phone": "07700 900999"}, staff_id=_actor())
    patients.create_patient(staff_id=_actor(), first_name="New", last_name="Person",
                            date_of_birth=dt.date(1980, 1, 1))
    assert all_rows() != before
    dbmod.close_database()
    result = restore.restore(made.path, db_url, backup_folder=tmp_path / "backups")
    assert result.replaced_copy is not None and result.replaced_copy.name.endswith("-pre-restore")
    _reopen(db_url)
    after = all_rows()
    restored_audit = after.pop("audit_entry")
    expected_audit = before.pop("audit_entry")
    after.pop("audit_chain_head"), before.pop("audit_chain_head")  # moved on by the restore's row
    assert after == before
    assert restored_audit[:-1] == expected_audit  # the trail as it was, plus the restore itself
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.action == "database_restored" and made.path.name in last.detail
    assert audit_chain.verify(database.obj).ok


def test_the_replaced_database_is_kept_and_can_be_restored(clinic, db_url, tmp_path):
    made = backup.create_backup(clinic, tmp_path / "backups")
    patients.create_patient(staff_id=_actor(), first_name="Kept", last_name="Later",
                            date_of_birth=dt.date(1980, 1, 1))
    wanted = all_rows()["patient"]
    dbmod.close_database()
    result = restore.restore(made.path, db_url, backup_folder=tmp_path / "backups")
    restore.restore(result.replaced_copy, db_url, backup_folder=tmp_path / "backups")
    _reopen(db_url)
    assert all_rows()["patient"] == wanted
    assert audit_chain.verify(database.obj).ok


def _refused(path, db_url, tmp_path, code, **kwargs):
    snapshot = all_rows()
    dbmod.close_database()
    with pytest.raises(BackupError) as caught:
        restore.restore(path, db_url, backup_folder=tmp_path / "backups", **kwargs)
    assert caught.value.code == code
    _reopen(db_url)
    assert all_rows() == snapshot
    assert not list((tmp_path / "backups").glob("*pre-restore*"))


def test_a_corrupt_backup_is_refused_with_nothing_changed(clinic, db_url, tmp_path):
    made = backup.create_backup(clinic, tmp_path / "backups")
    patients.create_patient(staff_id=_actor(), first_name="Stays", last_name="Here",
                            date_of_birth=dt.date(1980, 1, 1))
    part = made.path / made.manifest.database_part.path
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0xFF
    part.write_bytes(bytes(data))
    _refused(made.path, db_url, tmp_path, "corrupt")


def test_a_folder_that_is_not_a_backup_is_refused(clinic, db_url, tmp_path):
    foreign = tmp_path / "holiday-photos"
    foreign.mkdir()
    (foreign / "manifest.json").write_text(json.dumps({"format": "something-else"}))
    _refused(foreign, db_url, tmp_path, "not_backup")
    _refused(tmp_path / "nothing-here", db_url, tmp_path, "not_backup")


def test_a_backup_from_a_newer_backcare_is_refused(clinic, db_url, tmp_path):
    made = backup.create_backup(clinic, tmp_path / "backups")
    path = made.path / MANIFEST
    data = json.loads(path.read_text())
    data["migrations"].append("0099_from_the_future")
    data["schema_version"] += 1
    path.write_text(json.dumps(data))
    _refused(made.path, db_url, tmp_path, "too_new")


def test_a_restore_while_a_desk_is_open_is_refused(clinic, db_url, tmp_path):
    """Another process has the database open (a desk): the restore is refused; once that desk
    has closed, the same restore goes through."""
    import multiprocessing

    from tests.intake import chain_worker

    made = backup.create_backup(clinic, tmp_path / "backups")
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    desk = ctx.Process(target=chain_worker.hold_database, args=(db_url, ready, done))
    desk.start()
    try:
        assert ready.wait(timeout=60)
        _refused(made.path, db_url, tmp_path, "in_use")
    finally:
        done.set()
        desk.join(timeout=30)
    assert desk.exitcode == 0
    dbmod.close_database()
    restore.restore(made.path, db_url, backup_folder=tmp_path / "backups")
    _reopen(db_url)


def test_an_encrypted_backup_needs_its_passphrase(clinic, db_url, tmp_path):
    made = backup.create_backup(clinic, tmp_path / "backups", passphrase="correct horse battery")
    part = made.path / made.manifest.database_part.path
    assert part.name.endswith(".enc")
    assert b"SQLite format 3" not in part.read_bytes()[:4096] and b"PGDMP" not in part.read_bytes()[:64]
    before = all_rows()
    _refused(made.path, db_url, tmp_path, "passphrase_needed")
    _refused(made.path, db_url, tmp_path, "wrong_passphrase", passphrase="wrong horse battery")
    patients.create_patient(staff_id=_actor(), first_name="Gone", last_name="Again",
                            date_of_birth=dt.date(1980, 1, 1))
    dbmod.close_database()
    restore.restore(made.path, db_url, backup_folder=tmp_path / "backups",
                    passphrase="correct horse battery")
    _reopen(db_url)
    assert all_rows()["patient"] == before["patient"]


def test_a_backup_holds_the_clinics_content_folder(clinic, db_url, tmp_path, monkeypatch):
    content = tmp_path / "content"
    content.mkdir()
    (content / "consent.md").write_text("# Our consent\n", encoding="utf-8")
    monkeypatch.setenv("BACKCARE_CONTENT", str(content))
    made = backup.create_backup(clinic, tmp_path / "backups")
    assert [p.path for p in made.manifest.content_parts] == ["content/consent.md"]
    (content / "consent.md").write_text("# Edited since\n", encoding="utf-8")
    dbmod.close_database()
    result = restore.restore(made.path, db_url, backup_folder=tmp_path / "backups")
    assert result.content_restored == 1
    assert (content / "consent.md").read_text(encoding="utf-8") == "# Our consent\n"
    _reopen(db_url)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_are_private(clinic, tmp_path):
    made = backup.create_backup(clinic, tmp_path / "backups", passphrase="correct horse battery")
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o700
    for path in made.path.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path


def test_a_failed_backup_leaves_nothing_behind(clinic, tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise BackupError("failed", step="test")

    monkeypatch.setattr(backup, "sha256_of", broken)
    with pytest.raises(BackupError):
        backup.create_backup(clinic, tmp_path / "backups")
    assert list((tmp_path / "backups").iterdir()) == []


@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgresql_backup_is_test_restored_into_a_scratch_schema(clinic, backend, tmp_path,
                                                                  monkeypatch):
    import uuid

    made_names = []
    real_uuid4 = uuid.uuid4

    def remembered():
        value = real_uuid4()
        made_names.append(f"backcare_verify_{value.hex[:10]}")
        return value

    monkeypatch.setattr(backup.uuid, "uuid4", remembered)
    audit.record("sign_in", staff_id=None)
    made = backup.create_backup(clinic, tmp_path / "backups", test_restore=True)
    assert made.manifest.verified == ["archive_list", "test_restore"]
    schemas = {s for (s,) in clinic.execute_sql(
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE %s",
        ("backcare_verify_%",))}
    # this backup's scratch schema is gone again (another process's may exist meanwhile)
    assert made_names and not schemas & set(made_names)


def test_a_desk_cannot_start_while_a_restore_holds_the_database(sqlite_db):
    from intake.instance_lock import InstanceLock

    restoring = InstanceLock(sqlite_db)
    restoring.take_exclusive()
    try:
        with pytest.raises(BackupError) as caught:
            InstanceLock(sqlite_db).hold_shared()
        assert caught.value.code == "restore_running"
    finally:
        restoring.release()
    desk = InstanceLock(sqlite_db)
    desk.hold_shared()
    other_desk = InstanceLock(sqlite_db)
    other_desk.hold_shared()  # any number of desks and kiosks at once
    with pytest.raises(BackupError):
        InstanceLock(sqlite_db).take_exclusive()
    desk.release(), other_desk.release()


def test_a_backup_of_the_other_database_kind_is_refused(clinic, db_url, tmp_path):
    made = backup.create_backup(clinic, tmp_path / "backups")
    path = made.path / MANIFEST
    data = json.loads(path.read_text())
    data["backend"] = "postgresql" if data["backend"] == "sqlite" else "sqlite"
    path.write_text(json.dumps(data))
    _refused(made.path, db_url, tmp_path, "other_backend")


def test_a_backup_whose_rows_differ_from_its_manifest_is_refused(clinic, db_url, tmp_path):
    """Checksums pass (the manifest is not a part) but the database holds other rows."""
    made = backup.create_backup(clinic, tmp_path / "backups")
    path = made.path / MANIFEST
    data = json.loads(path.read_text())
    data["row_counts"]["patient"] += 1
    path.write_text(json.dumps(data))
    _refused(made.path, db_url, tmp_path, "corrupt")
    if not isinstance(database.obj, SqliteDatabase):  # the scratch schema is gone again
        assert database.obj.execute_sql("SELECT count(*) FROM information_schema.schemata "
                                        "WHERE schema_name LIKE %s", ("backcare_%",)).fetchone() == (0,)
