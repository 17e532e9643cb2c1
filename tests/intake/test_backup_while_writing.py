"""A backup taken while another desk (another process) writes: one consistent snapshot."""

from __future__ import annotations

import multiprocessing

import pytest
from peewee import SqliteDatabase

from intake import audit_chain, backup
from intake.models import database
from tests.intake import chain_worker

pytestmark = pytest.mark.slow
BACKUPS = 6
PADDING_MIB = 24  # the copy of a bigger file takes longer: more of the writer's checkpoints fall in it


def _pad(db) -> None:
    """Pages before and after the audit table's, so that a copy taken across a checkpoint would
    mix old and new pages (the chain head's page is read before the rows' pages)."""
    db.execute_sql("CREATE TABLE bench_padding (id INTEGER PRIMARY KEY, filler BLOB)")
    with db.atomic():
        for _ in range(PADDING_MIB):
            db.execute_sql("INSERT INTO bench_padding (filler) VALUES (randomblob(1048576))")


@pytest.mark.parametrize("way", ["file_copy", "backup_api"])
def test_a_backup_taken_while_another_desk_writes_is_one_consistent_snapshot(way, sqlite_db, tmp_path,
                                                                             monkeypatch):
    if way == "backup_api":  # what Windows uses
        monkeypatch.setattr(backup, "_file_copier", lambda: None)
    _pad(sqlite_db)
    url = f"sqlite:///{sqlite_db.database}"
    ctx = multiprocessing.get_context("spawn")
    started, stop, results = ctx.Event(), ctx.Event(), ctx.Queue()
    writer = ctx.Process(target=chain_worker.write_until_stopped, args=(url, started, stop, results))
    writer.start()
    made = []
    try:
        assert started.wait(timeout=60)
        for _ in range(BACKUPS):
            made.append(backup.create_backup(sqlite_db, tmp_path / "backups", rotate=False))
    finally:
        stop.set()
        outcome, written = results.get(timeout=60)
        writer.join(timeout=30)
    assert (outcome, writer.exitcode) == ("done", 0)
    seen = []
    for result in made:
        assert result.manifest.verified == ["integrity_check"]  # PRAGMA integrity_check: "ok"
        copy = SqliteDatabase(str(result.path / "database.sqlite"))
        try:
            report = audit_chain.verify(copy)
            rows = copy.execute_sql("SELECT count(*) FROM audit_entry").fetchone()[0]
        finally:
            copy.close()
        assert report.ok, report  # every row sealed, linked to the one before, head = last row
        assert report.rows == rows == result.manifest.row_counts["audit_entry"]
        seen.append(rows)
    assert seen == sorted(seen) and seen[0] < seen[-1], "the backups did not see the writer's rows"
    assert seen[-1] <= written
    database.obj.close()
