"""The desk's warning when no backup is newer than 48 hours (in the status bar, for everyone).
The last good backup is read in a worker (ui/workers.py): at start that is after the first
frame, and a slow server never holds the window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from intake import backup_schedule
from ui import dates
from ui.workers import Lane


class BackupWarning(QLabel):
    """Shown while the last good backup is older than 48 hours, or there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupWarning")
        self.setAccessibleName(self.tr("Backup warning"))
        self.hide()
        self._reading = Lane("backup-status", self)
        self._scheduled = False

    def refresh(self) -> None:
        """Read the last good backup again (in a worker) and show or hide the warning."""
        self._reading.submit(backup_schedule.status, on_done=self._show_status,
                             on_error=lambda _exc: None)  # the outage banner says it all

    def refresh_later(self, ms: int) -> None:
        """The first read, once the window is on screen (no thread or query before then)."""
        self._scheduled = True
        QTimer.singleShot(ms, self, self._scheduled_refresh)

    def _scheduled_refresh(self) -> None:
        self._scheduled = False
        if self.window().isVisible():  # (a desk closed meanwhile reads nothing)
            self.refresh()

    def is_reading(self) -> bool:
        return self._scheduled or self._reading.is_busy()

    def _show_status(self, status) -> None:
        if status is None or not status.needs_warning():
            self.hide()
            return
        if status.last_good_at is None:
            self.setText(self.tr("No backup of this database yet: an admin can make one in "
                                 "Settings › Backups"))
        else:
            self.setText(self.tr("No backup for over {hours} hours (last: {when}): see "
                                 "Settings › Backups").format(
                hours=int(backup_schedule.WARN_AFTER.total_seconds() // 3600),
                when=dates.pattern_text(status.last_good_at, "d MMM yyyy HH:mm")))
        self.show()
