"""Screenshots of the backups: the desk's 48-hour warning, and Settings › Backups after two
backups (into a temporary folder, with a temporary per-computer settings file)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from intake import backup_schedule, backup_settings, staff
from intake.backup_format import Kind
from intake.session import StaffSession
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until


def _admin_session() -> StaffSession:
    account = staff.first_active_admin()
    if account is None:
        raise RuntimeError("the demo clinic has no admin")
    return StaffSession(account.id, account.display_name, roles=staff.roles(account.id))


def _save(widget: QWidget, path: Path, width: int, height: int) -> Path:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    grab_to(widget, path)
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return path


def shots(out_dir: Path) -> list[Path]:
    from ui.desk.settings.page import SettingsPage
    from ui.desk.shell.main_window import desk_stylesheet
    from ui.windows import assemble_desk

    out_dir = Path(out_dir)
    made: list[Path] = []
    saved_env = os.environ.get("BACKCARE_CONFIG_DIR")
    with tempfile.TemporaryDirectory(prefix="backcare-shots-") as tmp:
        os.environ["BACKCARE_CONFIG_DIR"] = str(Path(tmp) / "config")
        try:
            if backup_schedule.status() is not None and backup_schedule.status().last_good_at is None:
                desk = assemble_desk("sqlite:///…/backcare.db (demo)")
                desk.backup_warning.refresh()  # (the desk's own first read waits for its window)
                run_until(lambda: not desk.backup_warning.is_reading())
                made.append(_save(desk.window, out_dir / "desk_backup_warning.png", 1200, 700))
            admin = _admin_session()
            settings = backup_settings.save(backup_settings.BackupSettings(
                Path(tmp) / "Backups on the second disk"), by_staff_id=admin.staff_id)
            backup_schedule.back_up_now(settings, kind=Kind.DAILY)  # as the daily check would
            backup_schedule.back_up_from_desk(by_staff_id=admin.staff_id)  # "Back up now"
            page = SettingsPage(admin)
            page.setStyleSheet(desk_stylesheet())  # as inside the desk window
            page.show_section(4)
            made.append(_save(page, out_dir / "settings_backups.png", 1200, 900))
        finally:
            if saved_env is None:
                os.environ.pop("BACKCARE_CONFIG_DIR", None)
            else:
                os.environ["BACKCARE_CONFIG_DIR"] = saved_env
    return made
