"""The kiosk's outbox: every intake reaches the database exactly once, with its original time;
what the database refuses for good is kept and flagged; nothing is lost to a kill or a cut."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

import peewee
import pytest

from intake import db as dbmod
from intake import intakes, kiosks, outbox, staff
from intake.arrivals import todays_arrivals
from intake.db import sqlite_file
from intake.errors import NotAllowedError, StorageError, ValidationError
from intake.models import AuditEntry, Intake, IntakeAnswer, database
from intake.outbox import Kind, Outbox
from tests.desk_data import desk_helper, kiosk
from tests.intake.test_intakes import full_draft
from tests.tcp_proxy import COMMIT_DONE, TcpProxy, proxied_database

ROOT = Path(__file__).resolve().parents[2]
SENT = (dt.datetime.now() - dt.timedelta(hours=2)).replace(second=0, microsecond=0)


def _key() -> str:
    return str(uuid.uuid4())


def _rows() -> list[Intake]:
    return list(Intake.select().order_by(Intake.id))


# --------------------------------------------------------------------------- the files


def test_an_item_is_one_private_file_with_version_time_and_key(tmp_path):
    box = Outbox(tmp_path / "queue")
    key = _key()
    item = box.put(full_draft(), key=key, sent_at=SENT, region="GB")
    assert stat.S_IMODE(os.stat(tmp_path / "queue").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(item.path).st_mode) == 0o600
    data = json.loads(item.path.read_text(encoding="utf-8"))
    assert data["schema"] == outbox.SCHEMA_VERSION and data["key"] == key
    assert data["sent_at"] == SENT.isoformat() and data["kind"] == Kind.INTAKE
    assert data["draft"]["first_name"] == "Zoë" and data["draft"]["regions"] == [
        "left_thigh", "lower_back"]
    assert outbox.draft_from_payload(data["draft"]) == full_draft()
    assert [p.name for p in (tmp_path / "queue").iterdir() if p.suffix == ".tmp"] == []


def test_every_field_of_the_draft_survives_the_queue():
    """A field added to the draft (a set, a flag, a date) goes through the file unchanged; a
    withdrawn urgent answer is one (issue 12's 'I tapped by mistake')."""
    draft = full_draft()
    draft.urgent_withdrawn = {"ce_bladder_bowel"}
    payload = json.loads(json.dumps(outbox.draft_to_payload(draft)))
    assert outbox.draft_from_payload(payload) == draft
    payload["urgent_withdrawn"] = "ce_bladder_bowel"  # a set must come back as a list of ids
    with pytest.raises(ValidationError) as err:
        outbox.draft_from_payload(payload)
    assert err.value.field == "urgent_withdrawn"


def test_urgent_items_are_delivered_first_then_in_the_order_sent(tmp_path):
    from intake.content import checklists

    box = Outbox(tmp_path)
    urgent_id = next(i.id for i in checklists().safety_items if i.urgent)
    plain_early = box.put(full_draft(), key=_key(), sent_at=SENT - dt.timedelta(minutes=5))
    urgent = full_draft()
    urgent.safety[urgent_id] = True
    urgent_late = box.put(urgent, key=_key(), sent_at=SENT, kind=Kind.URGENT_EARLY)
    plain_late = box.put(full_draft(), key=_key(), sent_at=SENT + dt.timedelta(minutes=1))
    assert [i.key for i in box.pending()] == [urgent_late.key, plain_early.key, plain_late.key]


def test_a_write_cut_short_is_finished_or_dropped_when_the_outbox_opens(tmp_path):
    box = Outbox(tmp_path)
    item = box.put(full_draft(), key=_key(), sent_at=SENT)
    whole = tmp_path / f".{item.path.name}.abc123.tmp"
    item.path.rename(whole)  # killed after the fsync, before the rename
    (tmp_path / ".intake-half.json.def456.tmp").write_text('{"schema": 1, "ke')
    again = Outbox(tmp_path)
    assert [i.key for i in again.pending()] == [item.key]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [item.path.name]


# --------------------------------------------------------------------------- delivering


def test_queued_intakes_reach_the_database_once_with_their_original_time(db, tmp_path):
    box = Outbox(tmp_path)
    keys = [box.put(full_draft(first_name=f"P{n}"), key=_key(), region="GB",
                    sent_at=SENT + dt.timedelta(minutes=n)).key for n in range(3)]
    report = outbox.deliver_pending(box)
    assert sorted(report.delivered) == sorted(keys) and not report.stopped
    assert box.pending() == [] and report.queued == 0
    rows = _rows()
    assert [(r.first_name, r.submitted_at) for r in rows] == [
        (f"P{n}", SENT + dt.timedelta(minutes=n)) for n in range(3)]
    assert all(r.received_at >= r.submitted_at and r.idempotency_key in keys for r in rows)
    late = {a.first_name: a.late for a in todays_arrivals(staff_id=desk_helper())}
    assert late == {"P0": True, "P1": True, "P2": True}

    for n, key in enumerate(keys):  # the same items again (a file not deleted before a kill)
        box.put(full_draft(first_name=f"P{n}"), key=key, region="GB", sent_at=SENT)
    again = outbox.deliver_pending(box)
    assert again.delivered == report.delivered and len(_rows()) == 3


def test_the_key_is_unique_in_the_database_itself(db):
    key = _key()
    intakes.submit_intake(full_draft(), region="GB", key=key, entered_by=kiosk())
    with pytest.raises(peewee.IntegrityError), dbmod.write():
        Intake.insert(first_name="A", last_name="B", idempotency_key=key).execute()


def test_an_urgent_early_save_and_its_completion_stay_one_intake(db, tmp_path):
    from intake.content import checklists

    urgent_id = next(i.id for i in checklists().safety_items if i.urgent)
    early = full_draft(consent_given=False, signature_svg="")
    early.safety = {urgent_id: True}
    done = full_draft()
    done.safety[urgent_id] = True
    box = Outbox(tmp_path)
    key = _key()
    box.put(done, key=key, sent_at=SENT + dt.timedelta(minutes=3), region="GB")
    box.put(early, key=key, sent_at=SENT, kind=Kind.URGENT_EARLY)
    assert [i.kind for i in box.pending()] == [Kind.URGENT_EARLY, Kind.INTAKE]
    outbox.deliver_pending(box)
    (row,) = _rows()
    assert row.urgent and row.complete and row.consent_given
    assert row.submitted_at == SENT  # when the desk should have been alerted
    # the early save again (its file left by a kill) does not undo the completion
    box.put(early, key=key, sent_at=SENT, kind=Kind.URGENT_EARLY)
    outbox.deliver_pending(box)
    (row,) = _rows()
    assert row.complete and row.consent_given


def test_a_completion_online_finds_its_queued_early_save(db, tmp_path):
    """The early save waited in the queue and went in; the patient's submit then completes it."""
    from intake.content import checklists

    urgent_id = next(i.id for i in checklists().safety_items if i.urgent)
    draft = full_draft()
    draft.safety[urgent_id] = True
    key = _key()
    early_id = intakes.save_urgent_early(draft, key=key, sent_at=SENT, entered_by=kiosk())
    assert intakes.submit_intake(draft, region="GB", key=key, entered_by=kiosk()) == early_id
    (row,) = _rows()
    assert row.complete and row.urgent


# --------------------------------------------------------------------------- refused, kept


def test_a_refused_item_is_kept_flagged_and_exportable(db, tmp_path):
    box = Outbox(tmp_path / "queue")
    gone = full_draft(regions={"lower_back", "region_removed_in_an_upgrade"})
    bad = box.put(gone, key=_key(), sent_at=SENT, region="GB")
    good = box.put(full_draft(first_name="Fine"), key=_key(), region="GB",
                   sent_at=SENT + dt.timedelta(minutes=1))
    report = outbox.deliver_pending(box)
    assert report.refused == [bad.key] and list(report.delivered) == [good.key]
    assert [r.first_name for r in _rows()] == ["Fine"]
    assert (report.queued, report.refused_total) == (0, 1)
    (kept,) = box.refused()
    assert kept["draft"]["regions"] == ["lower_back", "region_removed_in_an_upgrade"]
    assert kept["refused"]["reason"] == "regions:unknown_item"

    kiosks.beat("kiosk-1", "Waiting-room kiosk", queued=0, refused=1)
    assert kiosks.report_refused("kiosk-1", box.refused()) == 1
    assert kiosks.report_refused("kiosk-1", box.refused()) == 0  # once each
    (state,) = kiosks.kiosk_states()
    assert state.refused == 1 and not state.offline
    target = tmp_path / "export.json"
    with pytest.raises(NotAllowedError):
        kiosks.export_refused(target, staff_id=None)
    assert not target.exists()
    member = staff.create_staff("boss", "Ada Admin", "admin", "a long admin password 1",
                                by_staff_id=None)
    assert kiosks.export_refused(target, staff_id=member.id) == 1
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["items"][0]["queued"]["draft"]["first_name"] == "Zoë"
    assert exported["items"][0]["reason"] == "regions:unknown_item"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert AuditEntry.get(AuditEntry.action == "kiosk_refused_exported").staff_id == member.id


def test_an_unreadable_file_or_a_newer_layout_is_refused_not_lost(db, tmp_path):
    box = Outbox(tmp_path)
    (tmp_path / "intake-broken.json").write_text("{not json", encoding="utf-8")
    newer = box.put(full_draft(), key=_key(), sent_at=SENT)
    data = json.loads(newer.path.read_text())
    data["schema"] = outbox.SCHEMA_VERSION + 1
    newer.path.write_text(json.dumps(data))
    report = outbox.deliver_pending(box)
    assert len(report.refused) == 2 and _rows() == []
    reasons = sorted(item["refused"]["reason"] for item in box.refused())
    assert reasons == ["queued_item:schema_version", "queued_item:unreadable"]
    assert any(item.get("unreadable") == "{not json" for item in box.refused())


def test_an_item_an_older_kiosk_queued_is_delivered(db, tmp_path):
    """Version 1 as the first kiosks wrote it: no language, no region, no queued_at."""
    key = _key()
    payload = outbox.draft_to_payload(full_draft())
    del payload["language"]
    (tmp_path / f"intake-{key}.json").write_text(json.dumps({
        "schema": 1, "key": key, "kind": "intake", "sent_at": SENT.isoformat(),
        "draft": payload}), encoding="utf-8")
    report = outbox.deliver_pending(Outbox(tmp_path))
    assert list(report.delivered) == [key]
    (row,) = _rows()
    assert row.language == "en" and row.submitted_at == SENT


def test_a_wrong_value_in_the_file_names_its_field():
    payload = outbox.draft_to_payload(full_draft())
    payload["pain_now"] = "six"
    with pytest.raises(ValidationError) as caught:
        outbox.draft_from_payload(payload)
    assert (caught.value.field, caught.value.code) == ("pain_now", "bad_shape")


# --------------------------------------------------------------------------- the database away


def test_connection_failures_are_told_from_refusals_by_type():
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    missing = sqlite3.OperationalError("no such table: intake")
    missing.sqlite_errorcode = 1
    assert outbox.is_connection_failure(peewee.OperationalError(busy))
    assert not outbox.is_connection_failure(peewee.OperationalError(missing))
    assert outbox.is_connection_failure(StorageError("unavailable"))
    assert outbox.refusal_reason(ValidationError("unknown_item", field="regions")) == \
        "regions:unknown_item"
    assert outbox.refusal_reason(peewee.InterfaceError("closed")) is None
    assert outbox.refusal_reason(RuntimeError("a bug")) is None  # kept and retried, not refused


def test_sqlite_locked_past_its_timeout_keeps_the_queue(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 200)  # where _open_sqlite reads it
    path = tmp_path / "backcare.db"
    opened = dbmod.open_database(f"sqlite:///{path}")
    try:
        box = Outbox(tmp_path / "queue")
        key = box.put(full_draft(), key=_key(), sent_at=SENT, region="GB").key
        other = sqlite3.connect(path, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the database
        try:
            report = outbox.deliver_pending(box)
        finally:
            other.rollback()
            other.close()
        assert report.stopped == "unavailable" and report.queued == 1 and not report.refused
        assert Intake.select().count() == 0
        report = outbox.deliver_pending(box)
        assert list(report.delivered) == [key] and Intake.select().count() == 1
    finally:
        opened.close()
        database.initialize(None)


# --------------------------------------------------------------------------- PostgreSQL via a proxy


ONLY_POSTGRESQL = pytest.mark.parametrize("backend", ["postgresql"])


@pytest.fixture
def pg_proxy(db_url):
    """The test's PostgreSQL database reached through a TcpProxy the test controls."""
    with proxied_database(db_url) as proxy:
        yield proxy


@ONLY_POSTGRESQL
def test_postgresql_cut_after_commit_then_retry_gives_one_intake(pg_proxy, tmp_path):
    box = Outbox(tmp_path)
    key = box.put(full_draft(), key=_key(), sent_at=SENT, region="GB").key
    pg_proxy.cut_on_reply(COMMIT_DONE)
    report = outbox.deliver_pending(box)
    assert pg_proxy.fired.is_set()  # the server committed; the kiosk never heard
    assert report.stopped == "unavailable" and report.queued == 1
    database.obj.close()
    report = outbox.deliver_pending(box)
    assert list(report.delivered) == [key] and report.queued == 0
    (row,) = _rows()
    assert row.idempotency_key == key and row.submitted_at == SENT
    assert IntakeAnswer.select().where(IntakeAnswer.intake == row.id).count() > 0


@ONLY_POSTGRESQL
def test_postgresql_server_stopped_mid_submit_then_back(pg_proxy, tmp_path):
    box = Outbox(tmp_path)
    keys = [box.put(full_draft(first_name=f"P{n}"), key=_key(), region="GB",
                    sent_at=SENT + dt.timedelta(minutes=n)).key for n in range(3)]
    pg_proxy.cut_before(b"intake_answer")  # the intake row is sent, its answers are not
    report = outbox.deliver_pending(box)
    assert pg_proxy.fired.is_set() and report.stopped == "unavailable" and report.queued == 3
    database.obj.close()
    pg_proxy.mode = "refuse"  # the server is down
    report = outbox.deliver_pending(box)
    assert report.stopped == "unavailable" and report.queued == 3
    pg_proxy.mode = "forward"  # and back
    report = outbox.deliver_pending(box)
    assert sorted(report.delivered) == sorted(keys)
    assert [(r.first_name, r.submitted_at) for r in _rows()] == [
        (f"P{n}", SENT + dt.timedelta(minutes=n)) for n in range(3)]


@ONLY_POSTGRESQL
@pytest.mark.slow
def test_postgresql_server_that_never_answers(pg_proxy, tmp_path):
    box = Outbox(tmp_path)
    box.put(full_draft(), key=_key(), sent_at=SENT, region="GB")
    database.obj.close()
    pg_proxy.mode = "blackhole"
    started = time.monotonic()
    report = outbox.deliver_pending(box)
    assert report.stopped == "unavailable" and report.queued == 1
    assert time.monotonic() - started < dbmod.PG_CONNECT_TIMEOUT_S + 3
    pg_proxy.mode = "forward"
    assert len(outbox.deliver_pending(box).delivered) == 1 and len(_rows()) == 1


# --------------------------------------------------------------------------- other processes


def _process(*args: str, name: str = "backcare-test", stdin: bool = False) -> subprocess.Popen:
    env = {**os.environ, "PGAPPNAME": name}  # which server session is which process
    return subprocess.Popen([sys.executable, "-m", "tests.intake.outbox_process", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL)


@pytest.mark.slow
def test_kiosk_killed_while_its_queue_holds_intakes_then_restarted(db, db_url, backend,
                                                                   tmp_path):
    """Killed with -9 in the middle of delivering; restarted; on PostgreSQL the server then
    goes away and comes back: every intake is in the database once, with its own time."""
    from tests.intake.outbox_process import sent_time

    queue = tmp_path / "queue"
    count = 30
    with contextlib.ExitStack() as stack:
        url = db_url
        proxy = None
        if backend == "postgresql":
            proxy = stack.enter_context(_proxy(db_url))
            url = proxy.url
        kiosk = _process("queue", url, str(queue), str(count))
        delivered = 0
        for line in kiosk.stdout:
            delivered += line.startswith("delivered")
            if delivered == 5:
                kiosk.send_signal(signal.SIGKILL)
                break
        kiosk.wait(timeout=30)
        kiosk.stdout.close()
        kiosk.stderr.close()
        assert kiosk.returncode == -signal.SIGKILL
        left = len(Outbox(queue).pending())
        assert 0 < left <= count - 5 and not any(i.problem for i in Outbox(queue).pending())

        restart = _process("deliver", url, str(queue), stdin=True)
        assert restart.stdout.readline().strip() == "opened"
        if proxy is not None:  # the server goes away just after the kiosk started again
            proxy.mode = "refuse"
            proxy.cut_all()
            restart.stdin.write("go\n")
            restart.stdin.flush()
            assert restart.stdout.readline().split() == [
                "delivered", "0", "stopped", "unavailable", "queued", str(left)]
            proxy.mode = "forward"
        restart.stdin.write("go\n")
        restart.stdin.flush()
        out, err = restart.communicate(timeout=60)
        assert restart.returncode == 0, err[-400:]
        assert out.split() == ["delivered", str(left), "stopped", "-", "queued", "0"]
    assert Outbox(queue).pending() == []
    rows = _rows()
    assert len(rows) == count
    assert len({r.idempotency_key for r in rows}) == count
    assert {(r.first_name, r.submitted_at) for r in rows} == {
        (f"Patient{n}", sent_time(n)) for n in range(count)}


@contextlib.contextmanager
def _proxy(db_url: str):
    """A TcpProxy in front of the test's PostgreSQL server, with `url` through it."""
    parsed = urlparse(db_url)
    proxy = TcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    proxy.url = db_url.replace(f"@{parsed.hostname}:{parsed.port}", f"@127.0.0.1:{proxy.port}", 1)
    try:
        yield proxy
    finally:
        proxy.close()


@pytest.mark.slow
def test_processes_delivering_the_same_keys_make_one_intake_each(db, db_url):
    """Three kiosks' retries racing over the same 20 keys: the UNIQUE index lets one insert
    each, the others get that intake's id back."""
    prefix, count = uuid.uuid4().hex[:12], 20
    racers = [_process("race", db_url, prefix, "go", str(count), stdin=True) for _ in range(3)]
    for racer in racers:
        assert racer.stdout.readline().strip() == "ready"
    for racer in racers:  # all three start together
        racer.stdin.write("go\n")
        racer.stdin.flush()
    answers = []
    for racer in racers:
        out, err = racer.communicate(timeout=90)
        assert racer.returncode == 0, err[-400:]
        answers.append(out.split())
    rows = _rows()
    assert len(rows) == count
    by_key = {r.idempotency_key: str(r.id) for r in rows}
    expected = [by_key[f"{prefix}-{n:03d}"] for n in range(count)]
    assert answers == [expected] * 3


@pytest.mark.slow
def test_a_retry_blocked_behind_the_first_commit_returns_that_intake(db, db_url, backend):
    """The first delivery's transaction is open (its COMMIT not yet done) when a second process
    delivers the same key: PostgreSQL makes the second wait on the UNIQUE index, then refuse
    its row; it answers with the first one's intake. SQLite makes it wait for the write lock."""
    prefix = uuid.uuid4().hex[:12]
    with dbmod.write():
        first = intakes.submit_intake(full_draft(), region="GB", key=f"{prefix}-000",
                                      sent_at=SENT, entered_by=kiosk())
        racer = _process("race", db_url, prefix, "now", "1", name=f"race-{prefix}")
        assert racer.stdout.readline().strip() == "ready"
        if backend == "postgresql":
            _wait_for_a_lock_wait(f"race-{prefix}")
    out, err = racer.communicate(timeout=60)
    assert racer.returncode == 0, err[-400:]
    assert out.split() == [str(first)]
    (row,) = _rows()
    assert row.id == first


def _wait_for_a_lock_wait(application_name: str) -> None:
    import psycopg

    from tests.conftest import PG_URL

    deadline = time.monotonic() + 20
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE "
                                   "wait_event_type = 'Lock' AND application_name = %s",
                                   (application_name,)).fetchone()[0]
            if waiting:
                return
            time.sleep(0.05)
    raise AssertionError("the second delivery never waited on the first")
