"""A person who cannot use the touch screen completes the intake with the keyboard alone:
Tab to reach each control, Space to press or tick, letters to type or pick, Enter to sign."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from intake.models import Intake
from tests.ui.kiosk.helpers import named
from ui.widgets.signature_pad import SignaturePad

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def tab_to(qtbot, target: QWidget, limit: int = 400) -> None:
    """Presses Tab until `target` has the keyboard focus."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def press(qtbot, target: QWidget) -> None:
    tab_to(qtbot, target)
    qtbot.keyClick(target, Qt.Key.Key_Space)


def choose(qtbot, target: QAbstractButton) -> None:
    """A button of an exclusive group (0-10 scale, Yes/No, units): Tab reaches the group,
    the arrow keys move within it, Space chooses."""
    members = target.group().buttons()
    for _ in range(400):
        if QApplication.focusWidget() in members:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for _ in range(len(members)):
        current = QApplication.focusWidget()
        if current is target:
            break
        key = Qt.Key.Key_Right if members.index(current) < members.index(target) else Qt.Key.Key_Left
        qtbot.keyClick(current, key)
    assert QApplication.focusWidget() is target, target.accessibleName()
    qtbot.keyClick(target, Qt.Key.Key_Space)


def type_text(qtbot, target: QWidget, text: str) -> None:
    tab_to(qtbot, target)
    qtbot.keyClicks(target, text)


def next_by_keyboard(qtbot, flow, name: str = "Next") -> None:
    press(qtbot, named(flow, QAbstractButton, name))


def test_whole_intake_by_keyboard(qtbot, flow):
    flow.activateWindow()
    named(flow, QAbstractButton, "Start check-in").setFocus()  # focus on the page's first control
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert flow.current_section() == "about"
    for name, text in (("First name", "Ana"), ("Last name", "Silva")):
        type_text(qtbot, named(flow, QLineEdit, name), text)
    tab_to(qtbot, named(flow, QLineEdit, "Date of birth: Day"))
    for key in "09071948":  # each box moves on to the next when full, then to the phone
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert QApplication.focusWidget() is named(flow, QLineEdit, "Mobile phone")
    type_text(qtbot, named(flow, QLineEdit, "Mobile phone"), "07911123456")
    next_by_keyboard(qtbot, flow)
    assert flow.current_section() == "where"
    press(qtbot, named(flow, QAbstractButton, "Lower back"))
    next_by_keyboard(qtbot, flow)
    assert flow.current_section() == "pain"
    choose(qtbot, named(flow, QAbstractButton, "Had the pain for: Under 1 week"))
    for field in ("pain_now", "peg_pain", "peg_enjoyment", "peg_activity"):
        choose(qtbot, flow.step("pain").scale(field).button(3))
    next_by_keyboard(qtbot, flow)
    assert flow.current_section() == "symptoms"
    next_by_keyboard(qtbot, flow)
    press(qtbot, named(flow, QAbstractButton, "Not sure"))
    next_by_keyboard(qtbot, flow)
    press(qtbot, named(flow, QAbstractButton, "None"))
    next_by_keyboard(qtbot, flow)
    assert flow.current_section() == "safety"
    safety = flow.step("safety")
    screens = 0
    while flow.current_section() == "safety":  # every group: "None of these apply to me"
        press(qtbot, safety.none_button())
        screens += 1
    assert screens == safety.screen_count() >= 3
    assert flow.current_section() == "consent"
    press(qtbot, named(flow, QAbstractButton, "I have read this and I agree"))
    pad = flow.findChild(SignaturePad)
    tab_to(qtbot, pad)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    next_by_keyboard(qtbot, flow)
    assert flow.current_section() == "review"
    with qtbot.waitSignal(flow.intake_submitted) as submitted:
        next_by_keyboard(qtbot, flow, "Send my answers")
    row = Intake.get_by_id(submitted.args[0])
    assert (row.first_name, row.last_name, str(row.date_of_birth), row.phone) == (
        "Ana", "Silva", "1948-07-09", "+447911123456")
    assert (row.pain_since_value, row.pain_since_unit, row.pain_now) == (0, "days", 3)
