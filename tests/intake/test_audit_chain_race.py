"""Two desks (two processes) write audit rows at the same moment: the chain never forks."""

from __future__ import annotations

import multiprocessing

import pytest

from intake import audit_chain
from intake.models import AuditEntry, database
from tests.intake import chain_worker

pytestmark = pytest.mark.slow
ROWS_EACH = 40


def test_two_writers_never_fork_the_chain(db, db_url):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [ctx.Process(target=chain_worker.write_rows, args=(db_url, label, ROWS_EACH, barrier, results))
             for label in ("desk-a", "desk-b")]
    for proc in procs:
        proc.start()
    outcome = sorted(results.get(timeout=120) for _ in procs)
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    assert outcome == [("desk-a", "done"), ("desk-b", "done")]
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert len(rows) == 2 * ROWS_EACH
    prevs = [r.prev_hash for r in rows]
    assert len(set(prevs)) == len(prevs), "two rows link to the same row: the chain forked"
    writers = {r.detail.split()[0] for r in rows}
    assert writers == {"desk-a", "desk-b"}
    report = audit_chain.verify(database.obj)
    assert report.ok and report.rows == 2 * ROWS_EACH
