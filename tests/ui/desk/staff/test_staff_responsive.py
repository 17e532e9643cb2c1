"""The Staff page never holds the window (issue 18): an account added or a password/PIN reset
runs in the form's write lane — its argon2 hashing included — the button off until the answer,
written once; while the database is known to be down the change is refused at once with the
desk's sentence, nothing hashed and nothing saved."""

from __future__ import annotations

import threading

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from intake import db as dbmod
from intake import staff as staffmod
from intake.models import AuditEntry, Staff
from intake.session import StaffSession
from tests.ui.desk.held_storage import (
    CLICK_MS,
    GAP_MS,
    click_returns_at_once,
    hold,
    turning,
    while_held,
)
from tests.ui.desk.shell_support import (  # noqa: F401 - fixtures
    _accounts,
    _cheap_hashes,
    control,
)
from ui.desk.staff.page import StaffAdminPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def hashed_in(monkeypatch) -> list[threading.Thread]:
    """The threads argon2 hashed a secret in."""
    threads: list[threading.Thread] = []
    original = PasswordHasher.hash

    def recorded(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PasswordHasher, "hash", recorded)
    return threads


@pytest.fixture
def page(qtbot, accounts):
    admin, _ = accounts
    session = StaffSession()
    session.sign_in(admin.id, admin.display_name, admin.role)
    page = StaffAdminPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)  # read in a worker
    return page


def _settled(qtbot, page: StaffAdminPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)


def _fill_new_account(page: StaffAdminPage) -> None:
    control(page, QLineEdit, "New username").setText("pat.prac")
    control(page, QLineEdit, "New staff member's name").setText("Pat Practitioner")
    roles = control(page, QComboBox, "New staff member's role")
    roles.setCurrentIndex(roles.findData("practitioner"))
    for name in ("New password", "New password again"):
        control(page, QLineEdit, name).setText("needles and pins")
    control(page, QLineEdit, "PIN for the kiosk exit (optional)").setText("13579")


def test_adding_an_account_hashes_and_saves_off_the_gui_thread(qtbot, page, monkeypatch,
                                                                hashed_in):
    held = hold(monkeypatch, staffmod, "create_staff")
    _fill_new_account(page)
    add = control(page, QPushButton, "Add staff member")
    with turning() as turns:
        took_ms = click_returns_at_once(add)
        assert not add.isEnabled() and add.text() == "Adding…"  # one click adds once
        add.click()
        while_held(qtbot, held, turns)
        assert not Staff.select().where(Staff.username == "pat.prac").exists()
        held.release()
        _settled(qtbot, page)
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    assert len(hashed_in) == 2 and threading.main_thread() not in hashed_in  # password, PIN
    assert Staff.select().where(Staff.username == "pat.prac").count() == 1
    assert "can now sign in" in control(page, QLabel, "Add staff message").text()
    assert page.staff_count() == 3 and add.isEnabled()


def test_a_reset_hashes_and_saves_off_the_gui_thread(qtbot, page, accounts, monkeypatch,
                                                      hashed_in):
    _, desk = accounts
    assert page.select_staff(desk.id)
    held = hold(monkeypatch, staffmod, "reset_secret")
    for name in ("Reset: new password", "Reset: new password again"):
        control(page, QLineEdit, name).setText("a new desk pass")
    reset = control(page, QPushButton, "Reset password or PIN")
    toggle = control(page, QPushButton, "Disable or enable the account")
    with turning() as turns:
        took_ms = click_returns_at_once(reset)
        assert not reset.isEnabled() and not toggle.isEnabled()  # one change at a time
        while_held(qtbot, held, turns)
        held.release()
        _settled(qtbot, page)
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread()
    assert hashed_in and threading.main_thread() not in hashed_in
    assert staffmod.authenticate("desk", "a new desk pass").id == desk.id
    assert control(page, QLabel, "Account message").text() == "Saved. The account is unlocked."
    assert control(page, QLineEdit, "Reset: new password").text() == ""
    assert reset.isEnabled()


def test_an_account_added_while_the_database_is_down_is_refused_at_once(qtbot, page,
                                                                         hashed_in):
    _fill_new_account(page)
    add = control(page, QPushButton, "Add staff member")
    message = control(page, QLabel, "Add staff message")
    dbmod.mark_unavailable()  # what the desk's StorageWatch does when the server is lost
    try:
        took_ms = click_returns_at_once(add)
        qtbot.waitUntil(lambda: message.isVisible(), timeout=3000)  # a loaded machine may take a moment
    finally:
        dbmod.mark_available()
    assert took_ms < CLICK_MS
    assert message.text() == "The database cannot be reached: nothing was saved."
    assert hashed_in == []  # refused before anything was hashed
    assert not Staff.select().where(Staff.username == "pat.prac").exists()
    assert add.isEnabled()
    add.click()  # the database is back: the same click adds it, once
    _settled(qtbot, page)
    assert Staff.select().where(Staff.username == "pat.prac").count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "staff_created").count() == 3
