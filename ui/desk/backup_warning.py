"""The desk's warning when no backup is newer than 48 hours (in the status bar, for everyone)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from intake import backup_schedule
from intake.errors import BackCareError


class BackupWarning(QLabel):
    """Shown while the last good backup is older than 48 hours, or there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupWarning")
        self.setAccessibleName(self.tr("Backup warning"))
        self.hide()

    def refresh(self) -> None:
        try:
            status = backup_schedule.status()
        except BackCareError:
            return
        if status is None or not status.needs_warning():
            self.hide()
            return
        if status.last_good_at is None:
            self.setText(self.tr("No backup of this database yet: an administrator can make one "
                                 "in Settings › Backups"))
        else:
            self.setText(self.tr("No backup for more than 48 hours (last: {when}): see "
                                 "Settings › Backups").format(
                when=status.last_good_at.strftime("%d %b %Y %H:%M")))
        self.show()
