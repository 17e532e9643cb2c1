"""Health data on a shared computer: the database, its copies and dumps are the owner's only."""

from __future__ import annotations

import os
import stat
import time

import pytest

from intake import db as dbmod
from intake.models import database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_is_0600_in_a_0700_folder(tmp_path):
    folder = tmp_path / "clinic" / "data"
    dbmod.open_database(f"sqlite:///{folder / 'backcare.db'}")
    try:
        from intake import audit

        audit.record("sign_in", staff_id=None)  # the WAL file exists now
        assert _mode(folder) == 0o700
        for name in ("backcare.db", "backcare.db-wal", "backcare.db-shm"):
            assert _mode(folder / name) == 0o600, name
    finally:
        dbmod.close_database()
        database.initialize(None)


def test_an_older_0644_database_is_made_private_when_opened(tmp_path):
    path = tmp_path / "backcare.db"
    dbmod.open_database(f"sqlite:///{path}")
    dbmod.close_database()
    os.chmod(path, 0o644)
    dbmod.open_database(f"sqlite:///{path}")
    try:
        assert _mode(path) == 0o600
    finally:
        dbmod.close_database()
        database.initialize(None)


def test_pre_upgrade_copies_are_private_and_only_the_newest_3_kept(db, backend, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    made = []
    for version in range(1, 6):
        path = dbmod.backup_database(db, version)
        os.utime(path, (time.time() - 100 + version,) * 2)  # older than the next one made
        made.append(path)
        assert _mode(path) == 0o600
    pattern = "backcare.db.v*-*.bak" if backend == "sqlite" else f"backcare-{db.database}-v*-*.sql"
    left = sorted(made[0].parent.glob(pattern))
    assert sorted(left) == sorted(made[-3:])
    if backend == "postgresql":
        assert _mode(made[0].parent) == 0o700
