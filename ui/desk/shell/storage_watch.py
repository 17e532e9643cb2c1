"""The desk when the database does not answer: a banner "Database unreachable — retrying", writes
refused at once with a clear message, and a reconnect loop that removes the banner by itself.

An outage is noticed by the workers (ui/workers.py): a task that failed with
StorageError("unavailable"), or one that has hung longer than STUCK_AFTER_S (a server that went
silent never answers, so there is no error to wait for). Then:

- `intake.db.mark_unavailable()`: every write is refused before it touches the network;
- the GUI thread's own connection is dropped, so a read left on it fails at once instead of
  hanging the window;
- a probe (connect, SELECT 1) runs in a worker, again and again with a growing pause
  (RETRY_DELAYS_MS); the first answer reconnects the GUI thread, lifts the refusal, hides the
  banner and emits `recovered()` so the pages reload. What is on screen stays readable throughout.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from intake.errors import BackCareError
from ui import workers

log = logging.getLogger(__name__)

WATCH_MS = 500
RETRY_DELAYS_MS = (500, 1000, 2000, 3000)


class OutageBanner(QLabel):
    """The line across the top of the desk while the database does not answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outageBanner")  # styled in desk.qss
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Database status"))
        self.setText(self.tr(
            "Database unreachable — retrying. What is on screen stays readable; nothing can be "
            "saved until the connection is back."))
        self.hide()


class StorageWatch(QObject):
    """`lost()` when the database stops answering, `recovered()` when it is back."""

    lost = Signal()
    recovered = Signal()

    def __init__(self, banner: OutageBanner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banner = banner
        self._down = False
        self._attempt = 0
        self._probe = workers.Lane("reconnect", self, watched=False)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        health = workers.StorageHealth.instance()
        health.unreachable.connect(self.database_lost)
        health.answered.connect(self._on_answered)
        self._watch.timeout.connect(self._check_stuck)
        self._retry.timeout.connect(self._try_reconnect)
        self._watch.start()

    def is_down(self) -> bool:
        return self._down

    def database_lost(self) -> None:
        """Show the banner, refuse writes, start the reconnect loop (once per outage)."""
        if self._down:
            return
        self._down = True
        self._attempt = 0
        log.warning("database unreachable; retrying")
        from intake import db as dbmod  # loaded once the database is open (docs/performance.md)

        dbmod.mark_unavailable()
        dbmod.drop_connection()
        workers.connections_lost()  # and every worker's, before its next task
        self._banner.show()
        self.lost.emit()
        self._retry.start(RETRY_DELAYS_MS[0])

    # ------------------------------------------------------------------ private

    def _check_stuck(self) -> None:
        if workers.stuck_tasks():
            workers.abandon_stuck()
            self.database_lost()

    def _on_answered(self) -> None:
        if self._down and not self._probe.is_busy():  # something got through: try at once
            self._retry.stop()
            self._try_reconnect()

    def _try_reconnect(self) -> None:
        if self._down and not self._probe.is_busy():
            from intake import db as dbmod

            self._probe.submit(dbmod.probe, on_done=self._answered, on_error=self._still_down)

    def _answered(self, _result: object) -> None:
        if not self._down:
            return
        from intake import db as dbmod

        try:
            dbmod.reconnect()  # the server just answered: this connect is quick
        except BackCareError:
            self._still_down(None)
            return
        self._down = False
        workers.connections_lost()  # any a worker opened meanwhile went through the outage
        dbmod.mark_available()
        self._banner.hide()
        log.info("database answers again")
        self.recovered.emit()

    def _still_down(self, _exc: BackCareError | None) -> None:
        if not self._down:
            return
        self._attempt += 1
        delay = RETRY_DELAYS_MS[min(self._attempt, len(RETRY_DELAYS_MS) - 1)]
        self._retry.start(delay)
