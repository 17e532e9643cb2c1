"""The kiosk with its database away: nothing a patient sent is lost to a reset or a restart."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from intake import db as dbmod
from intake.errors import StorageError
from intake.models import Intake, KioskHeartbeat
from intake.outbox import Outbox
from tests.intake.test_intakes import full_draft
from tests.ui.kiosk.helpers import replace_ensure_connected, send_answers, walk_to_review
from ui.kiosk.forwarder import IntakeForwarder
from ui.kiosk.window import KioskWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _down():
    raise StorageError("unavailable")


def test_a_reset_never_discards_an_undelivered_intake(qtbot, clinic_db, monkeypatch):
    forwarder = IntakeForwarder(first_retry_ms=100, max_retry_ms=100)
    window = KioskWindow(thanks_ms=200, forwarder=forwarder)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    first_key = window.flow().intake_key()
    walk_to_review(qtbot, window.flow())
    replace_ensure_connected(monkeypatch, _down)
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        send_answers(qtbot, window.flow())
    assert window.flow().current_section() == "welcome"  # the next patient's screen
    (queued,) = forwarder.outbox().pending()
    assert queued.key == first_key and queued.draft().first_name == "Zoë"
    assert Intake.select().count() == 0

    monkeypatch.undo()
    qtbot.waitUntil(lambda: Intake.select().count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: not forwarder.outbox().pending())
    assert Intake.get().idempotency_key == first_key
    window.unlock()
    window.close()


def test_a_restarted_kiosk_delivers_what_it_left_queued_and_reports_itself(
        qtbot, clinic_db, kiosk_queue):
    sent = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=20)
    box = Outbox(kiosk_queue)
    for n in range(3):
        box.put(full_draft(first_name=f"Left{n}"), key=f"left-{n}-aaaaaaaa", region="GB",
                sent_at=sent + dt.timedelta(minutes=n))
    forwarder = IntakeForwarder(kiosk_name="Waiting-room kiosk")
    with qtbot.waitSignal(forwarder.heartbeat_done) as beat:
        forwarder.start()
    assert beat.args == [True]
    qtbot.waitUntil(lambda: Intake.select().count() == 3, timeout=5000)
    assert [(r.first_name, r.submitted_at) for r in Intake.select().order_by(Intake.id)] == [
        (f"Left{n}", sent + dt.timedelta(minutes=n)) for n in range(3)]
    qtbot.waitUntil(lambda: box.counts() == (0, 0))
    row = KioskHeartbeat.get()
    assert row.name == "Waiting-room kiosk" and row.kiosk_id == box.kiosk_id()
    forwarder.stop()


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_server_that_never_answers_does_not_freeze_the_kiosk(qtbot, db_url):
    """Through a proxy that swallows every byte: the patient is thanked within the wait while
    the delivery hangs in its thread, and the screen keeps answering meanwhile."""
    import time

    from PySide6.QtCore import QTimer

    from intake import clinic
    from intake.models import database
    from tests.tcp_proxy import proxied_database
    from ui.kiosk.flow import IntakeFlow
    from ui.kiosk.sending import SUBMIT_WAIT_MS

    with proxied_database(db_url) as proxy:
        clinic.create_clinic("Riverside Acupuncture", country="GB")
        forwarder = IntakeForwarder(first_retry_ms=200, max_retry_ms=200)
        flow = IntakeFlow(mode="kiosk", forwarder=forwarder)
        qtbot.addWidget(flow)
        flow.resize(1280, 800)
        flow.show()
        walk_to_review(qtbot, flow)
        proxy.mode = "blackhole"
        proxy.cut_all()
        database.obj.close()
        ticks = []
        ticker = QTimer()
        ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
        ticker.start(50)
        started = time.monotonic()
        with qtbot.waitSignal(flow.intake_queued, timeout=SUBMIT_WAIT_MS + 2000):
            send_answers(qtbot, flow)
        assert time.monotonic() - started < SUBMIT_WAIT_MS / 1000 + 1.0
        assert flow.current_section() == "queued"
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        assert gaps and max(gaps) < 0.5  # the event loop never stopped for long
        ticker.stop()

        proxy.mode = "forward"
        qtbot.waitUntil(lambda: not forwarder.outbox().pending(), timeout=20_000)
        dbmod.ensure_connected()
        (row,) = Intake.select()
        assert row.idempotency_key == flow.intake_key()
        IntakeForwarder.wait_for_all()


def test_nothing_can_be_changed_while_the_answers_are_on_their_way(qtbot, clinic_sqlite,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QAbstractButton

    from tests.ui.kiosk.helpers import named
    from ui.kiosk.flow import IntakeFlow

    flow = IntakeFlow(mode="kiosk")
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    walk_to_review(qtbot, flow)
    gate = threading.Event()  # the database answers only when the test says so
    real = dbmod.ensure_connected
    replace_ensure_connected(monkeypatch, lambda: (gate.wait(10), real()))
    send_answers(qtbot, flow)
    assert flow.sending()
    assert named(flow, QAbstractButton, "Send my answers").text() == "Sending…"
    assert not named(flow, QAbstractButton, "Send my answers").isEnabled()
    assert not named(flow, QAbstractButton, "Back").isEnabled()
    assert not flow.step("review").section_button("about").isEnabled()
    with qtbot.waitSignal(flow.intake_submitted):
        gate.set()
    assert flow.current_section() == "thanks" and Intake.select().count() == 1


def test_the_kiosk_keeps_the_clinic_it_saw_for_a_start_without_its_database(clinic_sqlite,
                                                                            kiosk_queue):
    from ui.kiosk.offline import kiosk_profile, save_profile

    box = Outbox(kiosk_queue)
    assert box.profile() is None
    profile = kiosk_profile()
    assert profile == {"clinic_name": "Riverside Acupuncture", "region": "GB"}
    save_profile(box, profile)
    assert box.profile() == {"clinic_name": "Riverside Acupuncture", "region": "GB"}


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_kiosk_restarted_while_its_server_is_down_delivers_when_it_is_back(
        db, db_url, tmp_path):
    """The kiosk was killed with intakes in its queue; it is started again while the server
    does not answer (it opens all the same), and delivers them once the server is back."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path
    from urllib.parse import urlparse

    from intake import clinic
    from tests.tcp_proxy import TcpProxy

    clinic.create_clinic("Riverside Acupuncture", country="GB")
    queue = tmp_path / "queue"
    box = Outbox(queue)
    box.save_profile(clinic_name="Riverside Acupuncture", region="GB")  # as its last start left it
    sent = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=30)
    for n in range(3):
        box.put(full_draft(first_name=f"Waiting{n}"), key=f"waiting-{n}-aaaaaaaa", region="GB",
                sent_at=sent + dt.timedelta(minutes=n))
    parsed = urlparse(db_url)
    proxy = TcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    proxy.mode = "refuse"  # the server is down
    url = db_url.replace(f"@{parsed.hostname}:{parsed.port}", f"@127.0.0.1:{proxy.port}", 1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKCARE_KIOSK_QUEUE": str(queue),
           "BACKCARE_LOG_DIR": str(tmp_path / "logs")}
    kiosk = subprocess.Popen([sys.executable, "-m", "ui", "--kiosk", "--db", url],
                             cwd=Path(__file__).resolve().parents[3], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):  # it runs: it did not stop with one line
            kiosk.wait(timeout=4)
        assert Intake.select().count() == 0
        proxy.mode = "forward"  # the server is back
        deadline = time.monotonic() + 40
        while Intake.select().count() < 3 and time.monotonic() < deadline:
            assert kiosk.poll() is None, "the kiosk stopped"
            time.sleep(0.2)  # another process delivers; nothing here to wait on but the rows
        rows = list(Intake.select().order_by(Intake.submitted_at))
        assert [(r.first_name, r.submitted_at) for r in rows] == [
            (f"Waiting{n}", sent + dt.timedelta(minutes=n)) for n in range(3)]
        assert KioskHeartbeat.select().count() <= 1
    finally:
        kiosk.kill()
        _, err = kiosk.communicate(timeout=30)
        proxy.close()
    assert "Traceback" not in err
