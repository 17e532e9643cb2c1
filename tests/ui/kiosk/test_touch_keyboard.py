"""The touch keyboard inside the kiosk window: the right layout for each field, accents by long
press, Shift, backspace, next field, the field kept in view; a hardware keyboard still works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from tests.ui.kiosk.helpers import named, next_, tap
from ui.kiosk.window import KioskWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, clinic_sqlite):
    window = KioskWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.unlock()
    window.close()


def _start(qtbot, window):
    tap(qtbot, named(window, QAbstractButton, "Start check-in"))
    keyboard = window.flow().touch_keyboard()
    qtbot.waitUntil(lambda: keyboard is not None and keyboard.isVisible())
    return window.flow().touch_keyboard()


def _press(qtbot, key):
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def test_names_with_accents_shift_backspace_and_next_field(qtbot, window):
    keyboard = _start(qtbot, window)
    first = named(window, QLineEdit, "First name")
    assert QApplication.focusWidget() is first and keyboard.mode() == "letters"
    for char in "Łucja":
        keyboard.type_character(char)
    assert first.text() == "Łucja"
    assert keyboard.is_shifted() is False  # capital only at the start of a name
    _press(qtbot, keyboard.backspace_key())
    assert first.text() == "Łucj"
    keyboard.type_character("a")
    _press(qtbot, keyboard.next_key())
    last = named(window, QLineEdit, "Last name")
    assert QApplication.focusWidget() is last
    assert keyboard.is_shifted()  # a new name starts with a capital
    for char in "Øster-Núñez Dupré":
        keyboard.type_character(char)
    assert last.text() == "Øster-Núñez Dupré"
    _press(qtbot, keyboard.shift_key())  # Shift by hand: a capital in the middle
    _press(qtbot, keyboard.key("q"))
    assert last.text().endswith("Q") and not keyboard.is_shifted()  # Shift lasts one letter


def test_long_press_offers_the_accents_of_the_letter(qtbot, window):
    keyboard = _start(qtbot, window)
    e = keyboard.key("e")
    qtbot.mousePress(e, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keyboard.accent_keys() != [])
    qtbot.mouseRelease(e, Qt.MouseButton.LeftButton)
    shown = [k.text() for k in keyboard.accent_keys()]
    assert {"É", "È", "Ë"} <= set(shown)  # capitals: the name starts here
    assert named(window, QLineEdit, "First name").text() == ""  # the long press typed nothing
    _press(qtbot, next(k for k in keyboard.accent_keys() if k.text() == "É"))
    assert named(window, QLineEdit, "First name").text() == "É"
    for base, wanted in (("n", "ñ"), ("u", "ü"), ("l", "ł"), ("o", "ø")):
        qtbot.mousePress(keyboard.key(base), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: keyboard.accent_keys() != [])
        qtbot.mouseRelease(keyboard.key(base), Qt.MouseButton.LeftButton)
        assert wanted in [k.text().lower() for k in keyboard.accent_keys()], base


def test_digit_pad_for_date_and_phone_and_email_layout(qtbot, window):
    keyboard = _start(qtbot, window)
    day = named(window, QLineEdit, "Date of birth: Day")
    qtbot.mouseClick(day, Qt.MouseButton.LeftButton)
    assert keyboard.mode() == "digits"
    for digit in "17041956":
        _press(qtbot, keyboard.key(digit))
    assert [named(window, QLineEdit, f"Date of birth: {p}").text()
            for p in ("Day", "Month", "Year")] == ["17", "04", "1956"]
    phone = named(window, QLineEdit, "Mobile phone")
    assert QApplication.focusWidget() is phone and keyboard.mode() == "digits"
    for char in "+44 7911":
        _press(qtbot, keyboard.key(char))
    assert phone.text() == "+44 7911"
    _press(qtbot, keyboard.next_key())
    email = named(window, QLineEdit, "Email (if you want)")
    assert QApplication.focusWidget() is email and keyboard.mode() == "email"
    assert not keyboard.is_shifted()
    for char in "ana_b@mail.pt":
        keyboard.type_character(char)
    assert email.text() == "ana_b@mail.pt"


def test_every_key_is_at_least_48_px_and_takes_no_focus(qtbot, window):
    keyboard = _start(qtbot, window)
    for field in ("First name", "Mobile phone", "Email (if you want)"):
        qtbot.mouseClick(named(window, QLineEdit, field), Qt.MouseButton.LeftButton)
        keys = [k for k in keyboard.findChildren(QAbstractButton) if k.isVisible()]
        assert len(keys) >= 12
        for key in keys:
            assert key.width() >= 48 and key.height() >= 48, (field, key.accessibleName())
            assert key.focusPolicy() == Qt.FocusPolicy.NoFocus and key.accessibleName()


def test_the_focused_field_stays_visible_above_the_keyboard(qtbot, window):
    from tests.ui.kiosk.helpers import fill_about, fill_pain

    flow = window.flow()
    keyboard = _start(qtbot, window)
    fill_about(qtbot, flow)
    next_(qtbot, flow)
    fill_pain(qtbot, flow)
    next_(qtbot, flow)  # symptoms may stay empty
    tap(qtbot, named(flow, QAbstractButton, "Poor posture"))
    next_(qtbot, flow)
    tap(qtbot, named(flow, QAbstractButton, "Other (please write)"))
    other = named(flow, QLineEdit, "Other treatment: please write")
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isVisible)

    def in_view() -> bool:
        top_left = other.mapTo(window, QPoint(0, 0))
        keyboard_top = keyboard.mapTo(window, QPoint(0, 0)).y()
        return top_left.y() >= 0 and top_left.y() + other.height() <= keyboard_top
    qtbot.waitUntil(in_view)
    next_button = named(flow, QAbstractButton, "Next")
    assert next_button.mapTo(window, QPoint(0, 0)).y() > keyboard.mapTo(window, QPoint(0, 0)).y()
    tap(qtbot, named(flow, QAbstractButton, "Opioids"))  # off a text field: the keyboard goes
    assert not keyboard.isVisible()


def test_hardware_keyboard_and_input_method_still_type(qtbot, window):
    _start(qtbot, window)
    first = named(window, QLineEdit, "First name")
    qtbot.keyClicks(first, "Ana")
    event = QInputMethodEvent()
    event.setCommitString("ïs")  # what a system input method delivers
    QApplication.sendEvent(first, event)
    assert first.text() == "Anaïs"


def test_staff_exit_pin_on_the_touch_keyboard(qtbot, window):
    from intake import staff

    member = staff.create_staff("admin1", "Admin One", "admin", "a long password 1", pin="4826",
                                by_staff_id=None)
    panel = window.staff_panel()
    panel.open()
    keyboard = panel.touch_keyboard()
    assert keyboard.isVisible() and not keyboard.is_shifted()  # a password: no capitals added
    _press(qtbot, keyboard.key("123"))
    for digit in "4826":
        _press(qtbot, keyboard.key(digit))
    assert panel.secret_edit().text() == "4826"
    with qtbot.waitSignal(window.staff_exited) as exited:
        tap(qtbot, panel.leave_button())
    assert exited.args == [member.id]
