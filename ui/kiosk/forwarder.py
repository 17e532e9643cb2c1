"""Store and forward for the kiosk: the outbox on disk, delivered from a worker thread.

The kiosk writes every intake to its outbox first (`queue`, on the GUI thread: one small file,
a few milliseconds) and then asks for a delivery round. Rounds and heartbeats run one after the
other in a worker thread with its own database connection, so a server that does not answer
never freezes the screen. After a failed round the next one comes after a back-off (1 s,
doubling to 30 s), and at once when a heartbeat gets through.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from intake import db as dbmod

if TYPE_CHECKING:
    from intake.intakes import IntakeDraft
    from intake.outbox import DeliveryReport, Outbox, QueuedItem

log = logging.getLogger(__name__)

FIRST_RETRY_MS = 1_000
MAX_RETRY_MS = 30_000


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it (a queued connection)."""

    finished = Signal(str, object)  # job name, its result or the exception it raised


class _Worker:
    """Runs jobs one after the other in a thread started when there is work; the thread
    closes its database connection and ends when the jobs run out."""

    every: weakref.WeakSet[_Worker] = weakref.WeakSet()

    def __init__(self, relay: _Relay) -> None:
        _Worker.every.add(self)
        self._relay = relay
        self._lock = threading.Lock()
        self._jobs: collections.deque[tuple[str, Callable[[], object]]] = collections.deque()
        self._thread: threading.Thread | None = None

    def post(self, name: str, job: Callable[[], object]) -> None:
        with self._lock:
            if any(queued == name for queued, _ in self._jobs):
                return  # one of each waiting is enough
            self._jobs.append((name, job))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kiosk-delivery",
                                                daemon=True)
                self._thread.start()

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None

    def join(self, timeout: float) -> bool:
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._thread = None
                    break
                name, job = self._jobs.popleft()
            try:
                result = job()
            except Exception as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
                log.info("kiosk %s failed: %s", name, type(exc).__name__)
                result = exc
                dbmod.drop_connection()  # a broken connection is opened afresh next time
            try:
                self._relay.finished.emit(name, result)
            except RuntimeError:  # the kiosk window is gone (closing): nothing left to tell
                log.debug("kiosk %s finished after its window closed", name)
        dbmod.drop_connection()


class IntakeForwarder(QObject):
    """The kiosk's outbox and its delivery. One per kiosk window, outliving each patient's flow."""

    delivered = Signal(str, str, int)  # key, kind, intake id
    round_failed = Signal()  # the database did not answer; the queue waits for the next try
    queue_changed = Signal(int, int)  # queued, refused
    heartbeat_done = Signal(bool)

    def __init__(self, outbox: Outbox | None = None, *, kiosk_name: str = "",
                 first_retry_ms: int = FIRST_RETRY_MS, max_retry_ms: int = MAX_RETRY_MS,
                 heartbeat_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._name = kiosk_name  # else the configured one, read when the first beat goes out
        self._first_retry_ms = first_retry_ms
        self._max_retry_ms = max_retry_ms
        self._retry_ms = first_retry_ms
        self._relay = _Relay(self)
        self._worker = _Worker(self._relay)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._heartbeat = QTimer(self)
        self._heartbeat_ms = heartbeat_ms  # else intake.kiosks' own, read at start()
        self._schema_checked = False  # once per run, before the first write (an offline start)
        self._relay.finished.connect(self._on_finished)
        self._retry.timeout.connect(self.deliver_now)
        self._heartbeat.timeout.connect(self.beat_now)

    # ------------------------------------------------------------------ public

    def outbox(self) -> Outbox:
        """Made on first use (a kiosk that never queues never touches the disk)."""
        if self._outbox is None:
            from intake.outbox import Outbox  # imported after the first frame (docs/performance.md)

            self._outbox = Outbox()
        return self._outbox

    def queue(self, draft: IntakeDraft, *, key: str, kind: str, region: str = "",
              sent_at: dt.datetime | None = None) -> QueuedItem:
        """Writes the intake to the outbox (on disk when this returns) and starts a round.
        Raises OSError when the kiosk's own disk cannot take it."""
        item = self.outbox().put(draft, key=key, kind=kind, region=region, sent_at=sent_at)
        self.deliver_now()
        return item

    def deliver_now(self) -> None:
        self._retry.stop()
        box = self.outbox()
        self._worker.post("deliver", lambda: self._deliver(box))

    def _check_schema(self) -> None:
        """In the worker: the database is this BackCare's before anything is written to it."""
        if not self._schema_checked:
            dbmod.verify_schema()
            self._schema_checked = True

    def beat_now(self) -> None:
        box = self.outbox()
        self._worker.post("beat", lambda: self._beat(box))

    def start(self) -> None:
        """Heartbeats from now on, and a first round for what an earlier run left queued."""
        from intake import kiosks

        self._heartbeat.setInterval(self._heartbeat_ms or kiosks.HEARTBEAT_SECONDS * 1000)
        self._heartbeat.start()
        self.beat_now()
        self.deliver_now()

    def stop(self, timeout: float = 10.0) -> None:
        self._heartbeat.stop()
        self._retry.stop()
        self._worker.join(timeout)

    def retry_interval_ms(self) -> int:
        """The wait before the next round after a failure (doubles, up to the maximum)."""
        return self._retry_ms

    def is_busy(self) -> bool:
        return self._worker.busy()

    @staticmethod
    def wait_for_all(timeout: float = 15.0) -> None:
        """Lets every running round end (tests, before their database closes)."""
        for worker in list(_Worker.every):
            worker.join(timeout)

    # ------------------------------------------------------------------ worker side

    def _deliver(self, box: Outbox) -> DeliveryReport:
        from intake.outbox import deliver_pending

        if box.counts()[0]:
            self._check_schema()
        report = deliver_pending(box)
        if report.stopped:
            dbmod.drop_connection()  # broken, most likely: the next try opens a fresh one
        return report

    def _beat(self, box: Outbox) -> bool:
        from intake import kiosks

        self._check_schema()
        queued, refused = box.counts()
        kiosk_id = box.kiosk_id()
        kiosks.beat(kiosk_id, self._name or kiosks.kiosk_name(), queued=queued, refused=refused)
        if refused:
            kiosks.report_refused(kiosk_id, box.refused())
        return True

    # ------------------------------------------------------------------ GUI side

    def _on_finished(self, name: str, result: object) -> None:
        from intake.outbox import DeliveryReport

        if name == "beat":
            ok = result is True
            self.heartbeat_done.emit(ok)
            if ok and self.outbox().counts()[0]:
                self.deliver_now()  # the database answers again: do not wait for the back-off
            return
        if not isinstance(result, DeliveryReport):
            result = DeliveryReport(stopped=type(result).__name__)
            result.queued, result.refused_total = self.outbox().counts()
        for key, kind, intake_id in result.delivered_items:
            self.delivered.emit(key, kind, intake_id)
        self.queue_changed.emit(result.queued, result.refused_total)
        if result.stopped:
            self._retry.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, self._max_retry_ms)
            self.round_failed.emit()
        else:
            self._retry_ms = self._first_retry_ms
            if result.queued:
                self.deliver_now()  # queued while this round ran
