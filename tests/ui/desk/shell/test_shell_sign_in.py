"""Desk sign-in, wrong password, lock-out message, roles in the navigation, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from intake import audit
from intake import staff as staffmod
from intake.errors import NotAllowedError
from intake.models import AuditEntry, Staff
from intake.session import StaffSession
from tests.ui.desk.shell_support import (  # noqa: F401 - fixtures
    ADMIN_PASSWORD,
    DESK_PASSWORD,
    _accounts,
    _cheap_hashes,
    control,
)
from ui.desk.shell.main_window import DeskWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, accounts):
    win = DeskWindow(StaffSession(), "sqlite:///test.db", idle_minutes=5)
    qtbot.addWidget(win)
    win.show()
    return win


def sign_in(qtbot, win: DeskWindow, username: str, secret: str) -> None:
    control(win, QLineEdit, "Username").setText(username)
    secret_edit = control(win, QLineEdit, "Password or PIN")
    secret_edit.setText(secret)
    qtbot.keyClick(secret_edit, Qt.Key.Key_Return)
    # the check runs in a worker; the button says "Checking…" until it has answered
    button = control(win, QPushButton, "Sign in")
    qtbot.waitUntil(button.isEnabled, timeout=5000)


def sign_in_message(win: DeskWindow) -> str:
    label = control(win, QLabel, "Sign-in message")
    return label.text() if label.isVisible() else ""


def test_starts_on_sign_in_and_shows_database(window):
    assert window.is_locked()
    assert "sqlite:///test.db" in control(window, QLabel, "Database in use").text()
    assert window.current_page() is None and window.nav_keys() == []


def test_sign_in_success_opens_the_desk(qtbot, window, accounts):
    admin, _ = accounts
    with qtbot.waitSignal(window.signed_in) as signal:
        sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    assert signal.args == [admin.id]
    assert not window.is_locked()
    assert "Ada Admin" in control(window, QLabel, "Signed-in staff member").text()
    assert window.nav_keys() == ["staff", "audit"]
    assert AuditEntry.select().where(AuditEntry.action == "sign_in",
                                     AuditEntry.staff == admin.id).exists()


def test_wrong_password_stays_on_sign_in_with_a_message(qtbot, window):
    sign_in(qtbot, window, "boss", "wrong horse")
    assert window.is_locked()
    assert "wrong" in sign_in_message(window)
    assert control(window, QLineEdit, "Password or PIN").text() == ""


def test_five_wrong_tries_lock_the_account_even_for_the_right_password(qtbot, window, accounts):
    _, desk = accounts
    for _ in range(5):
        sign_in(qtbot, window, "desk", "nope nope")
    assert "locked until" in sign_in_message(window)
    sign_in(qtbot, window, "desk", DESK_PASSWORD)
    assert window.is_locked() and "locked until" in sign_in_message(window)
    assert Staff.get_by_id(desk.id).locked_until is not None


def test_front_desk_sees_no_staff_or_audit_and_intake_refuses(qtbot, window, accounts):
    _, desk = accounts
    window.add_page("patients", "Patients", QWidget())
    sign_in(qtbot, window, "desk", "2468")  # a PIN is no sign-in
    assert window.is_locked()
    sign_in(qtbot, window, "desk", DESK_PASSWORD)
    assert not window.is_locked()
    assert window.nav_keys() == ["patients"]
    assert not window.show_page("staff") and not window.show_page("audit")
    assert window.current_page() == "patients"
    with pytest.raises(NotAllowedError):
        staffmod.list_staff(by_staff_id=desk.id)
    with pytest.raises(NotAllowedError):
        audit.entries(by_staff_id=desk.id)


def test_pages_added_by_the_app_come_before_the_admin_pages(qtbot, window):
    window.add_page("arrivals", "Arrivals", QWidget())
    window.add_page("patients", "Patients", QWidget())
    sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    assert window.nav_keys() == ["arrivals", "patients", "staff", "audit"]
    assert window.current_page() == "arrivals"
    with pytest.raises(ValueError):
        window.add_page("staff", "Staff again", QWidget())


def test_ctrl_f_and_ctrl_n_open_patients_and_signal(qtbot, window):
    window.add_page("arrivals", "Arrivals", QWidget())
    window.add_page("patients", "Patients", QWidget())
    sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    with qtbot.waitSignal(window.search_requested):
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "patients"
    window.show_page("arrivals")
    with qtbot.waitSignal(window.new_patient_requested):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "patients"


def test_shortcuts_do_nothing_while_locked(qtbot, window):
    window.add_page("patients", "Patients", QWidget())
    with qtbot.assertNotEmitted(window.search_requested):
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()


def test_sign_in_button_with_empty_fields_names_the_field(qtbot, window):
    control(window, QPushButton, "Sign in").click()
    assert "username" in sign_in_message(window)
    control(window, QLineEdit, "Username").setText("boss")
    control(window, QPushButton, "Sign in").click()
    assert "password" in sign_in_message(window)
    assert not AuditEntry.select().where(AuditEntry.action == "sign_in_failed").exists()


def test_suggested_username_is_prefilled_and_focus_goes_to_the_password(qtbot, window):
    window.suggest_username("boss")
    assert control(window, QLineEdit, "Username").text() == "boss"
    qtbot.waitUntil(lambda: control(window, QLineEdit, "Password or PIN").hasFocus())


def test_the_pin_unlocks_the_desk_only_for_whoever_locked_it(qtbot, window, accounts):
    admin, desk = accounts
    sign_in(qtbot, window, "desk", DESK_PASSWORD)
    window.lock()
    assert any("can unlock with their PIN" in label.text()
               for label in window.findChildren(QLabel) if label.isVisible())
    sign_in(qtbot, window, "desk", "2468")  # the one who locked it: the PIN is enough
    assert not window.is_locked()
    window.lock()
    sign_in(qtbot, window, admin.username, "2468")  # anyone else: the password
    assert window.is_locked()
    for _ in range(5):
        sign_in(qtbot, window, "desk", "0000")
    sign_in(qtbot, window, "desk", "2468")
    assert window.is_locked() and "unlock with your password" in sign_in_message(window)
    sign_in(qtbot, window, "desk", DESK_PASSWORD)
    assert not window.is_locked()
    assert Staff.get_by_id(desk.id).locked_until is None  # wrong PINs never lock the account
