"""Settings › Backups and the desk's 48-hour warning, driven as staff would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from intake import backup_settings
from intake.models import BackupState
from tests.ui.desk.scheduling.helpers import child, make_clinic, settled
from ui.desk.settings.page import SettingsPage


@pytest.fixture
def sessions(sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return make_clinic()


def _backup_tab(qtbot, session):
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)  # read in a worker
    page.show_section(4)
    return page, page.backup_tab()


def test_admin_chooses_a_folder_and_backs_up_now(qtbot, sessions, tmp_path):
    admin, _ = sessions
    page, tab = _backup_tab(qtbot, admin)
    assert "No backup of this database has been made yet" in tab.last_good_text()
    child(page, QLineEdit, "Backup folder on this computer").setText(str(tmp_path / "usb"))
    child(page, QPushButton, "Save backup settings").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert backup_settings.load().folder == tmp_path / "usb"
    runner = tab._runner
    with qtbot.waitSignal(runner.finished, timeout=60_000) as made:
        child(page, QPushButton, "Back up now").click()
        assert runner.is_busy()  # the desk is free while the backup runs in its thread
        assert "Backing up" in tab.run_status_text()
    settled(qtbot, page)  # the status read again in the tab's worker
    result = made.args[0]
    assert result.path.parent == tmp_path / "usb" and (result.path / "manifest.json").exists()
    assert result.path.name in tab.run_status_text()
    assert result.path.name in tab.last_good_text() and str(tmp_path / "usb") in tab.last_good_text()
    assert "made by hand" in tab.listed_backups()[0]
    assert BackupState.get_by_id(1).last_good_name == result.path.name


def test_passphrases_must_match_and_be_long_enough(qtbot, sessions, tmp_path):
    admin, _ = sessions
    page, tab = _backup_tab(qtbot, admin)
    child(page, QLineEdit, "Backup folder on this computer").setText(str(tmp_path / "usb"))
    child(page, QCheckBox, "Encrypt backups with a passphrase").setChecked(True)
    child(page, QLineEdit, "Passphrase").setText("river stones 1994")
    child(page, QLineEdit, "Passphrase again").setText("river stones 1995")
    child(page, QPushButton, "Save backup settings").click()
    settled(qtbot, page)  # saved in the tab's write lane
    shown = [w.text() for w in tab.findChildren(QLabel) if w.isVisible()]
    assert "The two passphrases differ." in shown
    assert not backup_settings.load().encrypted
    child(page, QLineEdit, "Passphrase").setText("short")
    child(page, QLineEdit, "Passphrase again").setText("short")
    child(page, QPushButton, "Save backup settings").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert "Passphrase: at least 12 characters." in [w.text() for w in tab.findChildren(QLabel)
                                                     if w.isVisible()]
    child(page, QLineEdit, "Passphrase").setText("river stones 1994")
    child(page, QLineEdit, "Passphrase again").setText("river stones 1994")
    child(page, QPushButton, "Save backup settings").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert backup_settings.load().passphrase == "river stones 1994"
    with qtbot.waitSignal(tab._runner.finished, timeout=60_000):
        child(page, QPushButton, "Back up now").click()
    settled(qtbot, page)  # the status read again in the tab's worker
    assert "encrypted" in tab.listed_backups()[0]


def test_a_folder_that_cannot_be_written_is_named(qtbot, sessions, tmp_path):
    admin, _ = sessions
    page, tab = _backup_tab(qtbot, admin)
    (tmp_path / "a-file").write_text("x")
    child(page, QLineEdit, "Backup folder on this computer").setText(str(tmp_path / "a-file" / "b"))
    child(page, QPushButton, "Save backup settings").click()
    settled(qtbot, page)  # saved in the tab's write lane
    shown = [w.text() for w in tab.findChildren(QLabel) if w.isVisible()]
    assert "This folder cannot be written to from this computer." in shown
    assert not backup_settings.load().chosen


def test_an_admin_role_taken_away_meanwhile_backs_up_nothing(qtbot, sessions, tmp_path):
    from intake import backup
    from intake import db as dbmod
    from intake.models import StaffRole

    admin, _ = sessions
    page, tab = _backup_tab(qtbot, admin)
    child(page, QLineEdit, "Backup folder on this computer").setText(str(tmp_path / "usb"))
    child(page, QPushButton, "Save backup settings").click()
    settled(qtbot, page)  # saved in the tab's write lane
    with dbmod.write():  # another admin made this account front desk while the page was open
        StaffRole.update(role="front_desk").where(StaffRole.staff == admin.staff_id).execute()
    with qtbot.waitSignal(tab._runner.failed, timeout=60_000) as refused:
        child(page, QPushButton, "Back up now").click()
    assert refused.args == ["admin_only"]
    settled(qtbot, page)  # the status read again in the tab's worker
    assert tab.run_status_text() == ("Only an active admin can back up from the desk: no backup "
                                     "was made.")
    assert backup.list_backups(tmp_path / "usb") == []
    child(page, QLineEdit, "Backup folder on this computer").setText(str(tmp_path / "other"))
    child(page, QPushButton, "Save backup settings").click()
    settled(qtbot, page)  # saved in the tab's write lane
    shown = [w.text() for w in tab.findChildren(QLabel) if w.isVisible()]
    assert "Only an active admin can do this." in shown
    assert backup_settings.load().folder == tmp_path / "usb"


def test_the_front_desk_reads_but_cannot_change(qtbot, sessions):
    _, desk = sessions
    page, tab = _backup_tab(qtbot, desk)
    assert not child(page, QPushButton, "Back up now").isVisible()
    assert not child(page, QPushButton, "Save backup settings").isVisible()
    assert child(page, QLineEdit, "Backup folder on this computer").isReadOnly()
    assert "No backup of this database has been made yet" in tab.last_good_text()


def test_the_desk_warns_when_no_backup_is_newer_than_48_hours(qtbot, sessions):
    from ui.windows import assemble_desk

    assembly = assemble_desk("test")
    qtbot.addWidget(assembly.window)
    assembly.window.show()
    warning = assembly.backup_warning
    qtbot.waitUntil(lambda: not warning.is_reading(), timeout=5000)  # read in a worker
    assert warning.isVisible() and "No backup of this database yet" in warning.text()
    BackupState.update(last_good_at=dt.datetime.now() - dt.timedelta(hours=49)).execute()
    warning.refresh()
    qtbot.waitUntil(lambda: not warning.is_reading(), timeout=5000)
    assert warning.isVisible() and "No backup for over 48 hours" in warning.text()
    BackupState.update(last_good_at=dt.datetime.now() - dt.timedelta(hours=47)).execute()
    warning.refresh()
    qtbot.waitUntil(lambda: not warning.is_reading(), timeout=5000)
    assert not warning.isVisible()
