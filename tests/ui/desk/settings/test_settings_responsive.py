"""Settings never holds the window while the database (or a backup folder on a share) is slow:
a save runs in the tab's write lane, its button off until the answer, saved once; the look for
bookings left in closed time runs in a worker too (issue 18)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from intake import backup_settings, clinic_setup
from intake.models import AuditEntry, Clinic, Closure
from intake.scheduling import affected
from tests.ui.desk.held_storage import (
    CLICK_MS,
    GAP_MS,
    click_returns_at_once,
    hold,
    turning,
    while_held,
)
from tests.ui.desk.scheduling.helpers import child, make_clinic, settled
from ui.desk.settings.page import SettingsPage


@pytest.fixture
def admin(db):
    return make_clinic()[0]


def _shown(qtbot, session) -> SettingsPage:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    settled(qtbot, page)
    return page


def _shown_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def _audited(action: str) -> int:
    return AuditEntry.select().where(AuditEntry.action == action).count()


def test_saving_the_clinic_details_keeps_the_window_turning(qtbot, admin, monkeypatch):
    page = _shown(qtbot, admin)
    held = hold(monkeypatch, clinic_setup, "update_clinic_details")
    child(page, QLineEdit, "Name").setText("Riverside Back and Neck Care")
    save = child(page, QPushButton, "Save clinic details")
    with turning() as turns:
        took_ms = click_returns_at_once(save)
        assert not save.isEnabled()  # one click saves once
        save.click()  # an impatient second click does nothing
        assert "Saving…" in _shown_texts(page.clinic_tab())
        while_held(qtbot, held, turns)
        assert Clinic.get().name == "Riverside Back Care"  # not yet
        held.release()
        settled(qtbot, page)
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    assert Clinic.get().name == "Riverside Back and Neck Care"
    assert _audited("clinic_details_changed") == 1
    assert "Saved." in _shown_texts(page.clinic_tab())
    assert save.isEnabled()


def test_opening_hours_and_the_bookings_look_never_hold_the_window(qtbot, admin, monkeypatch):
    page = _shown(qtbot, admin)
    held_save = hold(monkeypatch, clinic_setup, "set_opening_hours")
    held_look = hold(monkeypatch, affected, "affected_bookings")
    child(page, QLineEdit, "Opening hours on Saturday").setText("09:00-12:00")
    save = child(page, QPushButton, "Save opening hours")
    with turning() as turns:
        took_ms = click_returns_at_once(save)
        assert not save.isEnabled()
        while_held(qtbot, held_save, turns)
        held_save.release()
        while_held(qtbot, held_look, turns)  # after the save: bookings now in closed time?
        assert page.is_busy()
        held_look.release()
        settled(qtbot, page)
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held_save.ran_off_the_gui_thread() and held_look.ran_off_the_gui_thread()
    assert clinic_setup.opening_hours(by_staff_id=admin.staff_id)[5] == [(540, 720)]
    assert "Opening hours saved." in _shown_texts(page.hours_tab())


def test_a_closure_refused_is_shown_by_its_field_and_the_button_comes_back(qtbot, admin,
                                                                            monkeypatch):
    page = _shown(qtbot, admin)
    held = hold(monkeypatch, clinic_setup, "add_closure")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    from PySide6.QtWidgets import QDateEdit

    child(page, QDateEdit, "First closed day").setDate(yesterday)
    child(page, QDateEdit, "Last closed day").setDate(yesterday)
    add = child(page, QPushButton, "Add closure")
    took_ms = click_returns_at_once(add)
    assert not add.isEnabled()
    qtbot.waitUntil(held.entered.is_set, timeout=3000)
    held.release()
    settled(qtbot, page)
    assert took_ms < CLICK_MS
    assert "has passed" in page.hours_tab().error_text("closure_first_day")
    assert add.isEnabled() and not Closure.select().exists()


def test_backup_settings_saved_off_the_gui_thread(qtbot, admin, monkeypatch, tmp_path):
    monkeypatch.setenv("BACKCARE_CONFIG_DIR", str(tmp_path / "config"))
    page = _shown(qtbot, admin)
    page.show_section(4)
    settled(qtbot, page)
    held = hold(monkeypatch, backup_settings, "save")  # the folder may be a slow network share
    child(page, QLineEdit, "Backup folder on this computer").setText(str(tmp_path / "share"))
    save = child(page, QPushButton, "Save backup settings")
    with turning() as turns:
        took_ms = click_returns_at_once(save)
        assert not save.isEnabled()
        while_held(qtbot, held, turns)
        held.release()
        settled(qtbot, page)
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread()
    assert backup_settings.load().folder == tmp_path / "share"
    assert "Saved for this computer." in _shown_texts(page.backup_tab())
