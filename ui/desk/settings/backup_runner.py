"""Backups off the GUI thread: the desk's daily check and "Back up now" from Settings (an admin's:
the domain refuses anyone else, `failed("admin_only")`).

One `BackupRunner` per desk window. A backup runs in a QThread on a database connection of its
own (SQLite's online backup and its integrity check of a large file take seconds; pg_dump
longer), so the desk never freezes. `finished(result)` or `failed(code)` arrive on the GUI
thread; `status_changed()` after each, for the warning and the Settings page.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from intake import backup_schedule
from intake.errors import BackCareError

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 15 * 60 * 1000  # is a daily backup due? (the lease decides which desk)
FIRST_CHECK_MS = 60 * 1000  # a minute after the desk opens


class _BackupThread(QThread):
    def __init__(self, job: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.result: object = None
        self.error_code = ""

    def run(self) -> None:  # the worker thread
        try:
            self.result = backup_schedule.in_own_connection(self._job)
        except BackCareError as exc:
            self.error_code = exc.code
            log.warning("backup failed: %s %s", exc.code, exc.details.get("step", ""))
        except Exception as exc:  # noqa: BLE001 - logged by type only, the desk goes on
            self.error_code = "failed"
            log.error("backup failed unexpectedly: %s", type(exc).__name__)


class BackupRunner(QObject):
    """started(), finished(BackupResult), failed(code), status_changed()."""

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)
    status_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _BackupThread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.run_if_due)

    def start_daily(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        """Check now and then whether the daily backup is due (one desk of several makes it)."""
        QTimer.singleShot(first_check_ms, self.run_if_due)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._thread is not None:
            self._thread.wait()

    def is_busy(self) -> bool:
        return self._thread is not None

    def run_now(self, staff_id: int | None) -> bool:
        """Back up now into this computer's folder, as the signed-in `staff_id` (an admin);
        False when one is already running."""
        return self._start(functools.partial(backup_schedule.back_up_from_desk,
                                             by_staff_id=staff_id))

    def run_if_due(self) -> bool:
        return self._start(backup_schedule.run_if_due)

    def _start(self, job: Callable[[], object]) -> bool:
        if self._thread is not None:
            return False
        self._thread = _BackupThread(job, self)
        self._thread.finished.connect(self._on_thread_finished)
        self._thread.start()
        self.started.emit()
        return True

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.deleteLater()
        if thread.error_code:
            self.failed.emit(thread.error_code)
        elif thread.result is not None:
            self.finished.emit(thread.result)
        self.status_changed.emit()
