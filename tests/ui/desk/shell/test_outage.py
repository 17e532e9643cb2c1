"""The desk when its PostgreSQL server goes silent or drops every connection mid-session: a banner
within 5 s, an event loop that keeps turning throughout, writes refused with a message (nothing
saved), and recovery by itself when the server is back — each write then stored once.

The server is reached through a TcpProxy the test controls (tests/tcp_proxy.py). `Partition`
adds what a cut network cable does to connections already open: bytes held, nothing answered.
"""

from __future__ import annotations

import contextlib
import threading
import time
from urllib.parse import urlparse

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QLineEdit

from intake import db as dbmod
from intake import demo
from intake.models import AuditEntry, Intake, database
from tests.tcp_proxy import TcpProxy
from ui.desk.arrivals.page import ArrivalsPage

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
              pytest.mark.parametrize("backend", ["postgresql"])]

BANNER_WITHIN_MS = 5000
RECOVERY_WITHIN_MS = 10_000
MAX_GAP_MS = 500  # a frozen window would show gaps of seconds; a busy 2-core machine, not more


class Partition:
    """Every connection through `proxy`, open or new, stops answering until `heal()`."""

    def __init__(self, proxy: TcpProxy) -> None:
        self._proxy = proxy
        self._flowing = threading.Event()
        self._flowing.set()
        for name in ("_pump_up", "_pump_down"):
            original = getattr(proxy, name)
            setattr(proxy, name, self._held(original))

    def _held(self, pump):
        flowing = self._flowing

        def held(source, target):
            class Gate:  # wraps the reading socket: nothing passes while partitioned
                def recv(self, size):
                    data = source.recv(size)
                    flowing.wait()
                    return data

                def __getattr__(self, name):
                    return getattr(source, name)

            return pump(Gate(), target)

        return held

    def cut(self) -> None:
        self._flowing.clear()
        self._proxy.mode = "blackhole"

    def heal(self) -> None:
        self._proxy.mode = "forward"
        self._flowing.set()


class Ticks:
    """A 10 ms QTimer on the GUI thread: the longest gap between two of its turns."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self.max_gap_ms = 0
        self._last = 0

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self.max_gap_ms = 0
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.max_gap_ms = max(self.max_gap_ms, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


@contextlib.contextmanager
def _through_proxy(db_url: str):
    """The database opened through a TcpProxy whose every connection a Partition can hold."""
    parsed = urlparse(db_url)
    proxy = TcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    partition = Partition(proxy)
    url = db_url.replace(f"@{parsed.hostname}:{parsed.port}", f"@127.0.0.1:{proxy.port}", 1)
    opened = dbmod.open_database(url)
    try:
        yield proxy, partition
    finally:
        partition.heal()
        proxy.close()
        with contextlib.suppress(Exception):
            opened.close()
        database.initialize(None)


@pytest.fixture
def desk(db_url, qtbot):
    from ui import workers
    from ui.windows import assemble_desk

    with _through_proxy(db_url) as (proxy, partition):
        demo.fill()
        assembly = assemble_desk("clinic-server")
        qtbot.addWidget(assembly.window)
        assembly.window.resize(1280, 860)
        assembly.window.show()
        assembly.start_watching()
        window = assembly.window
        user = next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Username")
        secret = next(w for w in window.findChildren(QLineEdit)
                      if w.accessibleName() == "Password or PIN")
        user.setText(demo.DESK[0])
        secret.setText(demo.DESK[2])
        qtbot.keyClick(secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: assembly.session.signed_in, timeout=10_000)
        window.show_page("arrivals")
        arrivals: ArrivalsPage = assembly.arrivals
        qtbot.waitUntil(lambda: bool(arrivals.cards()) and not arrivals.is_reading(), timeout=10_000)
        yield assembly, proxy, partition
        arrivals.stop_polling()
        partition.heal()
        workers.wait_for_all()


def _waiting_card(arrivals: ArrivalsPage):
    return next(c for c in arrivals.cards() if c.arrival.status == "waiting" and not c.arrival.urgent)


def _outage_then_recovery(qtbot, assembly, lose, restore) -> None:
    window, arrivals = assembly.window, assembly.arrivals
    card = _waiting_card(arrivals)
    intake_id = card.arrival.intake_id
    ticks = Ticks()
    ticks.start()
    try:
        lose()
        lost_at = time.monotonic()
        qtbot.waitUntil(lambda: window.outage_text() != "", timeout=BANNER_WITHIN_MS)
        noticed_s = time.monotonic() - lost_at
        assert "Database unreachable — retrying" in window.outage_text()
        # what is on screen stays: the arrival is still listed, its buttons still there
        assert arrivals.card_for(intake_id) is not None
        # a write (in the page's write lane) is refused at once, with a sentence, and nothing
        # is saved
        started = time.monotonic()
        arrivals.card_for(intake_id).buttons["with_staff"].click()
        assert time.monotonic() - started < 0.1  # the click itself never waits
        qtbot.waitUntil(lambda: "cannot be reached" in arrivals._error.text(), timeout=500)
        assert arrivals._error.isVisible()
        qtbot.wait(1500)  # the reconnect loop keeps failing meanwhile; the window keeps turning
        assert window.outage_text() != ""
        restore()
        qtbot.waitUntil(lambda: window.outage_text() == "", timeout=RECOVERY_WITHIN_MS)
    finally:
        ticks.stop()
    assert ticks.max_gap_ms < MAX_GAP_MS, f"the event loop stalled {ticks.max_gap_ms} ms"
    assert noticed_s * 1000 < BANNER_WITHIN_MS
    assert Intake.get_by_id(intake_id).status == "waiting"  # the refused click saved nothing
    # back to normal without a restart: the same click now saves, once
    qtbot.waitUntil(lambda: not arrivals.is_reading(), timeout=5000)
    arrivals.card_for(intake_id).buttons["with_staff"].click()
    # written in the page's write lane, then the list read again (a poll's reload may come first)
    qtbot.waitUntil(lambda: not arrivals.is_writing() and not arrivals.is_reading(), timeout=5000)
    assert Intake.get_by_id(intake_id).status == "with_staff"
    written = AuditEntry.select().where(AuditEntry.action == "intake_status",
                                        AuditEntry.intake == intake_id)
    assert written.count() == 1


def test_server_gone_silent_mid_session(qtbot, desk):
    assembly, _proxy, partition = desk
    _outage_then_recovery(qtbot, assembly, partition.cut, partition.heal)


def test_server_dropping_every_connection(qtbot, desk):
    assembly, proxy, _partition = desk

    def drop() -> None:
        proxy.mode = "refuse"
        proxy.cut_all()

    def back() -> None:
        proxy.mode = "forward"

    _outage_then_recovery(qtbot, assembly, drop, back)
