"""`backcare backup`, `restore` and `check`'s audit chain, run through the installed entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake import db as dbmod
from intake.instance_lock import InstanceLock
from intake.models import AuditEntry, Patient, database
from tests.intake.backup_support import all_rows, fill_clinic
from tests.ui.cli_support import error_lines

SCRIPTS = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[2]


def _backcare(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "BACKCARE_CONFIG_DIR": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"),  # the default backup folder is in there
           # this checkout's code, whichever checkout the entry point was installed from
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([str(SCRIPTS / "backcare"), *args], capture_output=True, text=True,
                          timeout=180, env=env)


@pytest.fixture
def clinic(db, monkeypatch):
    fill_clinic(monkeypatch)
    yield db
    dbmod.close_database()


def _one_line(result) -> str:
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_backup_change_restore_through_the_command_line(clinic, db_url, tmp_path):
    before = all_rows()
    made = _backcare("backup", "--db", db_url, "--to", str(tmp_path / "usb"), tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    folder = Path(made.stdout.splitlines()[0].removeprefix("backup: "))
    assert folder.parent == tmp_path / "usb" and (folder / "manifest.json").exists()
    Patient.update(phone="+447700900999").execute()
    dbmod.close_database()
    restored = _backcare("restore", str(folder), "--db", db_url, tmp_path=tmp_path)
    assert restored.returncode == 0, restored.stderr
    kept = restored.stdout.split("what it replaced is kept in: ")[1].splitlines()[0]
    assert Path(kept).parent == tmp_path / "data" / "BackCare" / "backups"
    dbmod.open_database(db_url)
    assert all_rows()["patient"] == before["patient"]
    checked = _backcare("check", "--db", db_url, tmp_path=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "audit chain: ok" in checked.stdout


def test_restore_refuses_a_folder_that_is_not_a_backup_exit_1(clinic, db_url, tmp_path):
    (tmp_path / "photos").mkdir()
    result = _backcare("restore", str(tmp_path / "photos"), "--db", db_url, tmp_path=tmp_path)
    assert result.returncode == 1
    line = _one_line(result)
    assert "refused, nothing changed" in line and "not a BackCare backup" in line


def test_restore_refuses_while_a_desk_has_the_database_open(clinic, db_url, tmp_path):
    made = _backcare("backup", "--db", db_url, "--to", str(tmp_path / "b"), tmp_path=tmp_path)
    folder = made.stdout.splitlines()[0].removeprefix("backup: ")
    desk = InstanceLock(database.obj)
    desk.hold_shared()  # this test process is the open desk
    try:
        result = _backcare("restore", folder, "--db", db_url, tmp_path=tmp_path)
    finally:
        desk.release()
    assert result.returncode == 1
    assert "has the database open" in _one_line(result)
    assert not list(tmp_path.glob("**/*pre-restore*"))


def test_check_names_an_edited_audit_row_exit_1(clinic, db_url, tmp_path):
    entry = AuditEntry.select().order_by(AuditEntry.id).first()
    AuditEntry.update(detail="changed").where(AuditEntry.id == entry.id).execute()
    result = _backcare("check", "--db", db_url, tmp_path=tmp_path)
    assert result.returncode == 1
    assert f"audit chain broken at audit row {entry.id}" in result.stdout


def test_backup_into_a_folder_that_cannot_be_written_exit_1(clinic, db_url, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _backcare("backup", "--db", db_url, "--to", str(blocker / "backups"), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "cannot be written" in _one_line(result)


def test_a_desk_started_during_a_restore_is_refused_with_one_line(sqlite_db, tmp_path):
    restoring = InstanceLock(sqlite_db)
    restoring.take_exclusive()  # what `backcare restore` holds while it works
    try:
        result = _backcare("--db", f"sqlite:///{sqlite_db.database}", tmp_path=tmp_path)
    finally:
        restoring.release()
    assert result.returncode == 2
    assert "a restore is running on this database" in _one_line(result)
