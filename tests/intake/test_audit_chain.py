"""The audit trail as a hash chain: an edited or deleted row is found and named."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

from intake import audit, audit_chain, check
from intake.models import AuditEntry, database


def _trail(n: int) -> list[int]:
    return [audit.record("patient_viewed", staff_id=None, detail=f"page {i}") for i in range(n)]


def test_every_row_is_linked_to_the_one_before(db):
    ids = _trail(3)
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [r.id for r in rows] == ids
    assert rows[0].prev_hash == audit_chain.GENESIS
    assert rows[1].prev_hash == rows[0].row_hash and rows[2].prev_hash == rows[1].row_hash
    assert len({r.row_hash for r in rows}) == 3
    report = audit_chain.verify(database.obj)
    assert report.ok and report.rows == 3 and report.last_good_id == ids[-1]


def test_an_edited_row_is_named_by_check(db):
    ids = _trail(4)
    AuditEntry.update(detail="nothing to see").where(AuditEntry.id == ids[2]).execute()
    report = check.check_database()
    assert report.chain.problem == "edited" and report.chain.broken_id == ids[2]
    assert any(f"audit row {ids[2]}" in p and "edited" in p for p in report.problems)


def test_an_edited_time_or_staff_is_found_too(db):
    ids = _trail(2)
    AuditEntry.update(at=dt.datetime(2020, 1, 1)).where(AuditEntry.id == ids[0]).execute()
    assert audit_chain.verify(database.obj).broken_id == ids[0]


def test_a_deleted_row_is_named_by_the_row_after_it(db):
    ids = _trail(4)
    AuditEntry.delete().where(AuditEntry.id == ids[1]).execute()
    report = audit_chain.verify(database.obj)
    assert (report.problem, report.broken_id, report.last_good_id) == ("deleted_before", ids[2], ids[0])
    problems = check.check_database().problems
    assert any(f"audit row {ids[2]}" in p and "missing" in p for p in problems)


def test_rows_deleted_from_the_end_are_found_by_the_head(db):
    ids = _trail(3)
    AuditEntry.delete().where(AuditEntry.id == ids[2]).execute()
    report = audit_chain.verify(database.obj)
    assert (report.problem, report.broken_id, report.last_good_id) == ("deleted_at_end", ids[2], ids[1])


def test_a_rehashed_forgery_still_breaks_the_next_link(db):
    """Someone edits a row and recomputes its own hash: the next row no longer follows it."""
    ids = _trail(3)
    conn = database.obj
    AuditEntry.update(detail="forged").where(AuditEntry.id == ids[1]).execute()
    row = AuditEntry.select().where(AuditEntry.id == ids[1]).dicts().get()
    row = {("staff_id" if k == "staff" else "patient_id" if k == "patient" else
            "intake_id" if k == "intake" else k): v for k, v in row.items()}
    AuditEntry.update(row_hash=audit_chain.row_hash(row["prev_hash"], row)).where(
        AuditEntry.id == ids[1]).execute()
    report = audit_chain.verify(conn)
    assert (report.problem, report.broken_id) == ("deleted_before", ids[2])


def test_a_column_that_holds_no_value_leaves_the_hash_alone():
    base = {"id": 1, "at": "2026-01-01 10:00:00", "staff_id": 2, "action": "x", "patient_id": None,
            "intake_id": None, "detail": ""}
    assert audit_chain.row_hash(audit_chain.GENESIS, base) == audit_chain.row_hash(
        audit_chain.GENESIS, {**base, "before": None, "after": ""})
    assert audit_chain.row_hash(audit_chain.GENESIS, base) != audit_chain.row_hash(
        audit_chain.GENESIS, {**base, "after": "status=attended"})


def test_a_sound_trail_gives_no_problem(db):
    _trail(2)
    report = check.check_database()
    assert report.problems == [] and report.chain.rows == 2


def test_the_upgrade_chains_the_rows_written_before_it(db_url, tmp_path, monkeypatch):
    """A version-3 database with an audit trail: opening it upgrades and hashes every row."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the pre-upgrade pg_dump
    from intake import db as dbmod
    from intake.db.postgres import _open_postgres
    from intake.db.sqlite_file import _open_sqlite
    from intake.db.versions import _runner
    from intake.models import database as proxy

    conn = (_open_sqlite(urlparse(db_url)) if db_url.startswith("sqlite")
            else _open_postgres(db_url))
    proxy.initialize(conn)
    _runner(conn).up(target="0003_session_pain")
    for i in range(3):
        conn.execute_sql(f"INSERT INTO audit_entry (at, action, detail) VALUES "
                         f"({conn.param}, 'sign_in', {conn.param})", (dt.datetime(2026, 1, 1, 9, i), f"n{i}"))
    conn.close()
    dbmod.open_database(db_url)
    try:
        report = audit_chain.verify(proxy.obj)
        assert report.ok and report.rows == 3
        assert AuditEntry.select().where(AuditEntry.row_hash == "").count() == 0
        audit.record("sign_in", staff_id=None)
        assert audit_chain.verify(proxy.obj).rows == 4
    finally:
        dbmod.close_database()
        proxy.initialize(None)
