"""Settings › Backups: the last good backup (any desk), this computer's backup folder and
passphrase, "Back up now", and the backups in this computer's folder. Admins change; everyone
reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import backup, backup_schedule, backup_settings, clinic_setup
from intake.errors import BackCareError, StorageError
from intake.session import StaffSession
from ui import dates
from ui.desk.messages import Occasion, error_text, occasion_text
from ui.desk.settings.backup_runner import BackupRunner
from ui.workers import Lane

SHOWN_BACKUPS = 10


@dataclass(frozen=True)
class BackupView:
    """What the tab shows, read together (in the Settings page's worker: the folder may be on
    a network share, the status is in the database)."""

    editable: bool
    settings: backup_settings.BackupSettings
    status: object | None  # backup_schedule's status; None when it could not be read
    listed: list  # this computer's backups, newest first, at most SHOWN_BACKUPS


def read_backup_view(staff_id: int | None) -> BackupView:
    editable = clinic_setup.can_edit(staff_id)
    settings = backup_settings.load()
    status, listed = read_backup_status(settings.folder)
    return BackupView(editable, settings, status, listed)


def read_backup_status(folder: Path) -> tuple[object | None, list]:
    try:
        status = backup_schedule.status()
    except BackCareError:
        status = None
    return status, backup.list_backups(folder)[:SHOWN_BACKUPS]


def save_backup_settings(settings: backup_settings.BackupSettings,
                         staff_id: int | None) -> tuple:
    """This computer's backup settings saved as `staff_id`, then the status of the (new)
    folder read (runs in a worker thread: the folder may be on a network share). (settings as
    saved, (status, listed) or None when only that read failed)."""
    saved = backup_settings.save(settings, by_staff_id=staff_id)
    try:
        return saved, read_backup_status(saved.folder)
    except (BackCareError, OSError):
        return saved, None


class BackupTab(QWidget):
    saved = Signal()

    def __init__(self, session: StaffSession, runner: BackupRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner or BackupRunner(self)
        self._settings = backup_settings.BackupSettings(backup_settings.default_folder())
        self._last_good = QLabel()
        self._last_good.setWordWrap(True)
        self._last_good.setAccessibleName(self.tr("Last good backup"))
        self._folder = QLineEdit()
        self._folder.setAccessibleName(self.tr("Backup folder on this computer"))
        self._choose = QPushButton(self.tr("Choose…"))
        self._choose.setAccessibleName(self.tr("Choose the backup folder"))
        self._encrypt = QCheckBox(self.tr("Encrypt backups with a passphrase"))
        self._encrypt.setAccessibleName(self.tr("Encrypt backups with a passphrase"))
        self._passphrase = QLineEdit()
        self._passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self._passphrase.setAccessibleName(self.tr("Passphrase"))
        self._repeat = QLineEdit()
        self._repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self._repeat.setAccessibleName(self.tr("Passphrase again"))
        self._folder_error = self._error_label()
        self._passphrase_error = self._error_label()
        self._save = QPushButton(self.tr("Save backup settings"))
        self._save.setAccessibleName(self.tr("Save backup settings"))
        self._saved_note = QLabel()
        self._now = QPushButton(self.tr("Back up now"))
        self._now.setObjectName("primaryButton")
        self._now.setAccessibleName(self.tr("Back up now"))
        self._run_status = QLabel()
        self._run_status.setWordWrap(True)
        self._run_status.setAccessibleName(self.tr("Backup progress"))
        self._list = QListWidget()
        self._list.setAccessibleName(self.tr("Backups in this computer's folder"))
        self._list.setMinimumHeight(160)
        self._reading = Lane("settings-backups", self)
        self._writing = Lane("settings-backups-saves", self, every_task=True)
        self._build()
        self._connect_signals()

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _build(self) -> None:
        last = QGroupBox(self.tr("Last good backup"))
        last_layout = QVBoxLayout(last)
        last_layout.addWidget(self._last_good)
        here = QGroupBox(self.tr("This computer"))
        column = QVBoxLayout(here)
        folder_form = QFormLayout()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(self._choose)
        folder_form.addRow(self.tr("Backup folder"), folder_row)
        folder_form.addRow("", self._folder_error)
        column.addLayout(folder_form)
        column.addWidget(self._hint(self.tr(
            "A second disk or a network share keeps the backups safe when this computer's disk "
            "fails. The newest backup of each of the last 7 days, 4 weeks and 12 months is kept.")))
        column.addSpacing(8)
        column.addWidget(self._encrypt)
        secret_form = QFormLayout()
        secret_form.addRow(self.tr("Passphrase"), self._passphrase)
        secret_form.addRow(self.tr("Passphrase again"), self._repeat)
        secret_form.addRow("", self._passphrase_error)
        column.addLayout(secret_form)
        column.addWidget(self._hint(self.tr(
            "For backups that leave the clinic. Keep the passphrase somewhere safe: without it "
            "an encrypted backup cannot be restored.")))
        save_row = QHBoxLayout()
        save_row.addWidget(self._saved_note, 1)
        save_row.addWidget(self._save)
        column.addLayout(save_row)
        run = QGroupBox(self.tr("Backups in this folder"))
        run_layout = QVBoxLayout(run)
        now_row = QHBoxLayout()
        now_row.addWidget(self._run_status, 1)
        now_row.addWidget(self._now)
        run_layout.addLayout(now_row)
        run_layout.addWidget(self._list)
        layout = QVBoxLayout(self)
        layout.addWidget(last)
        layout.addWidget(here)
        layout.addWidget(run)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self._choose.clicked.connect(self._on_choose)
        self._encrypt.toggled.connect(self._on_encrypt_toggled)
        self._save.clicked.connect(self._on_save)
        self._now.clicked.connect(self._on_now)
        self._runner.started.connect(self._on_started)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._writing.busy_changed.connect(self._show_saving)

    # ------------------------------------------------------------------ reading

    def reload(self, view: BackupView | None = None) -> None:
        """Show the backup settings and status: `view` (read in a worker), or read them in the
        tab's worker first."""
        if view is None:
            self._reading.submit(read_backup_view, self._session.staff_id, on_done=self.reload,
                                 on_error=self._read_failed)
            return
        editable = view.editable
        self._settings = view.settings
        self._folder.setText(str(self._settings.folder))
        self._encrypt.setChecked(self._settings.encrypted)
        for edit in (self._passphrase, self._repeat):
            edit.clear()
            edit.setPlaceholderText(self.tr("unchanged") if self._settings.encrypted else "")
        for widget in (self._folder, self._passphrase, self._repeat):
            widget.setReadOnly(not editable)
        for widget in (self._choose, self._save, self._now):
            widget.setVisible(editable)
        self._encrypt.setEnabled(editable)
        self._on_encrypt_toggled(self._encrypt.isChecked())
        self._clear_errors()
        self._saved_note.clear()
        self._show_status(view.status, view.listed)

    def refresh_status(self) -> None:
        """The last good backup and this folder's backups, read again (in the tab's worker)."""
        self._reading.submit(read_backup_status, self._settings.folder,
                             on_done=lambda answer: self._show_status(*answer),
                             on_error=self._read_failed)

    def is_busy(self) -> bool:
        """Being read or saved in the tab's workers (a backup itself: `_runner.is_busy()`)."""
        return self._reading.is_busy() or self._writing.is_busy()

    def _read_failed(self, exc: BackCareError) -> None:
        self._saved_note.setText(self.tr("The database did not answer: what is shown may be "
                                         "out of date.") if isinstance(exc, StorageError)
                                 else error_text(exc))

    def _show_status(self, status, listed: list) -> None:
        self._show_last_good(status)
        self._list.clear()
        for info in listed:
            m = info.manifest
            self._list.addItem(self.tr("{when} — {kind} — {size} — {checks}{locked}").format(
                when=dates.pattern_text(m.created, "d MMM yyyy HH:mm"), kind=self._kind_text(m.kind),
                size=_size_text(sum(p.size for p in m.parts)),
                checks=", ".join(self._check_text(step) for step in m.verified),
                locked=self.tr(" — encrypted") if m.encryption else ""))
        if self._list.count() == 0:
            self._list.addItem(self.tr("No backups in this folder yet."))

    def _show_last_good(self, status) -> None:
        if status is None or status.last_good_at is None:
            self._last_good.setText(self.tr("No backup of this database has been made yet."))
            self._last_good.setObjectName("errorText")
        else:
            self._last_good.setText(self.tr("{when} on computer {host}, in {folder} ({name})").format(
                when=dates.pattern_text(status.last_good_at, "d MMM yyyy HH:mm"), host=status.last_good_host,
                folder=status.last_good_folder, name=status.last_good_name))
            self._last_good.setObjectName("errorText" if status.needs_warning() else "okText")
        self._last_good.style().unpolish(self._last_good)
        self._last_good.style().polish(self._last_good)

    def _check_text(self, step: str) -> str:
        return {"integrity_check": self.tr("checked whole"),
                "archive_list": self.tr("archive readable"),
                "test_restore": self.tr("test-restored")}.get(step, step)

    def _kind_text(self, kind: str) -> str:
        return {"daily": self.tr("daily"), "manual": self.tr("made by hand"),
                "pre-restore": self.tr("kept before a restore")}.get(kind, kind)

    # ------------------------------------------------------------------ changing

    def _on_choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Backup folder"), self._folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._folder.setText)
        dialog.open()

    def _on_encrypt_toggled(self, on: bool) -> None:
        editable = not self._folder.isReadOnly()
        for edit in (self._passphrase, self._repeat):
            edit.setEnabled(on and editable)

    def _clear_errors(self) -> None:
        for label in (self._folder_error, self._passphrase_error):
            label.clear()
            label.hide()

    def _on_save(self) -> None:
        """Saved in the tab's write lane as the signed-in staff member (the folder is made and
        tried there: it may be a network share), then its backups listed in the same task."""
        if self._writing.is_busy():
            return
        self._clear_errors()
        self._saved_note.clear()
        passphrase = ""
        if self._encrypt.isChecked():
            typed, again = self._passphrase.text(), self._repeat.text()
            if typed != again:
                self._show_error(self._passphrase_error, self.tr("The two passphrases differ."))
                return
            passphrase = typed or self._settings.passphrase
            if not passphrase:
                self._show_error(self._passphrase_error, self.tr("Type a passphrase, or untick "
                                                                 "encryption."))
                return
        self._writing.submit(save_backup_settings, backup_settings.BackupSettings(
            Path(self._folder.text().strip()).expanduser(), passphrase),
            self._session.staff_id, on_done=self._saved, on_error=self._save_refused)

    def _saved(self, answer: tuple) -> None:
        self._settings, status = answer
        self._passphrase.clear()
        self._repeat.clear()
        self._saved_note.setText(self.tr("Saved for this computer."))
        if status is None:
            self.refresh_status()
        else:
            self._show_status(*status)
        self.saved.emit()

    def _save_refused(self, exc: BackCareError) -> None:
        label = self._passphrase_error if exc.field == "passphrase" else self._folder_error
        self._show_error(label, error_text(exc))

    def _show_saving(self, busy: bool) -> None:
        """No second click while a save runs: one click saves once."""
        self._save.setEnabled(not busy)
        if busy:
            self._saved_note.setText(self.tr("Saving…"))
        elif self._saved_note.text() == self.tr("Saving…"):
            self._saved_note.clear()

    def _show_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    # ------------------------------------------------------------------ backing up

    def _on_now(self) -> None:
        self._runner.run_now(self._session.staff_id)

    def _on_started(self) -> None:
        self._now.setEnabled(False)
        self._run_status.setText(self.tr("Backing up… the desk can be used meanwhile."))

    def _on_finished(self, result) -> None:
        self._now.setEnabled(True)
        self._run_status.setText(self.tr("Backup made and checked: {name}").format(name=result.path.name))
        self.refresh_status()

    def _on_failed(self, code: str) -> None:
        self._now.setEnabled(True)
        self._run_status.setText(occasion_text(Occasion.backing_up, code))
        self.refresh_status()

    # for tests and screenshots
    def last_good_text(self) -> str:
        return self._last_good.text()

    def run_status_text(self) -> str:
        return self._run_status.text()

    def listed_backups(self) -> list[str]:
        return [self._list.item(row).text() for row in range(self._list.count())]


def _size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
