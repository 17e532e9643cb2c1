"""The locked kiosk window: idle reset that leaves nothing of the previous patient, the
thank-you reset, and the staff exit."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from intake import staff
from tests.ui.kiosk.helpers import (
    fill_about,
    named,
    send_answers,
    tap,
    type_into,
    walk_to_review,
)
from ui.kiosk.window import KioskWindow
from ui.widgets.signature_pad import SignaturePad

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PREVIOUS = ("Zoë", "O'Brien", "07911", "+447911123456", "zoe@example.org", "Heat pad")


def _window(qtbot, **timeouts) -> KioskWindow:
    window = KioskWindow(**timeouts)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _unlock_and_close(window: KioskWindow) -> None:
    window._unlocked = True  # let qtbot close it at teardown
    window.close()


def _everything_shown(window: QWidget) -> list[str]:
    """Every piece of text any widget of the window holds, visible or not."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
    return texts


def assert_no_trace_of_previous_patient(window: KioskWindow) -> None:
    window.flow().build_remaining(all_now=True)  # every page of the new flow, not only the first
    texts = _everything_shown(window)
    for fragment in PREVIOUS:
        leaks = [t for t in texts if fragment in t]
        assert not leaks, (fragment, leaks)
    for edit in window.findChildren(QLineEdit):
        assert edit.text() == "", edit.accessibleName()
    checked = [b.accessibleName() for b in window.findChildren(QAbstractButton)
               if b.isCheckable() and b.isChecked()]
    assert checked == []
    for view in window.findChildren(QAbstractItemView):
        assert not view.selectedIndexes(), view.accessibleName()
    pads = window.findChildren(SignaturePad)
    assert pads and all(pad.is_empty() and pad.svg() == "" for pad in pads)
    flow = window.flow()
    assert flow.current_section() == "welcome"
    assert flow.draft().first_name == "" and flow.draft().safety == {}
    assert flow.step("info")._text.verticalScrollBar().value() == 0


def test_idle_countdown_then_reset_wipes_every_widget(qtbot, clinic_sqlite):
    window = _window(qtbot)
    walk_to_review(qtbot, window.flow())
    tap(qtbot, window.flow().step("review").section_button("treatments"))
    type_into(qtbot, named(window, QLineEdit, "Other treatment: please write"), "Heat pad")
    window.set_idle_timeouts(150, 250)
    old_flow = window.flow()
    info = old_flow.step("info")
    info._text.verticalScrollBar().setValue(200)
    qtbot.waitUntil(lambda: window.countdown().isVisible(), timeout=3000)
    assert "Are you still there?" in " ".join(
        lbl.text() for lbl in window.countdown().findChildren(QLabel))
    with qtbot.waitSignal(window.reset_done, timeout=3000):
        pass
    assert window.flow() is not old_flow
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_flow))  # the old widgets are destroyed
    assert not window.countdown().isVisible()
    assert_no_trace_of_previous_patient(window)
    _unlock_and_close(window)


def test_a_touch_cancels_the_countdown(qtbot, clinic_sqlite):
    window = _window(qtbot)
    tap(qtbot, named(window, QAbstractButton, "Start check-in"))
    fill_about(qtbot, window.flow())
    window.set_idle_timeouts(100, 400)
    qtbot.waitUntil(lambda: window.countdown().isVisible(), timeout=3000)
    window.set_idle_timeouts(60_000, 400)  # after this touch, no new idle period in this test
    qtbot.mouseClick(named(window, QLineEdit, "First name"), Qt.MouseButton.LeftButton)
    assert not window.countdown().isVisible() and not window.countdown().is_running()
    assert window.idle_due_in_ms() > 30_000  # the touch started a new, long idle period
    assert named(window, QLineEdit, "First name").text() == "Zoë"
    _unlock_and_close(window)


def test_untouched_welcome_is_not_interrupted_by_the_question(qtbot, clinic_sqlite):
    window = _window(qtbot, idle_ms=50, countdown_ms=5000)
    with qtbot.waitSignal(window.reset_done, timeout=3000):
        pass
    assert not window.countdown().isVisible()
    _unlock_and_close(window)


def test_reset_ten_seconds_after_thank_you(qtbot, clinic_db):
    window = _window(qtbot, thanks_ms=200)
    walk_to_review(qtbot, window.flow())
    with qtbot.waitSignal(window.reset_done, timeout=5000):
        send_answers(qtbot, window.flow())
        qtbot.waitUntil(lambda: window.flow().current_section() == "thanks")
    assert_no_trace_of_previous_patient(window)
    _unlock_and_close(window)


def test_close_and_escape_do_not_leave_the_kiosk(qtbot, clinic_sqlite):
    window = _window(qtbot)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert not window.close()
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(named(window, QAbstractButton, "Start check-in"), Qt.Key.Key_F4,
                   Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    _unlock_and_close(window)


def test_staff_exit_by_long_press_and_pin(qtbot, clinic_sqlite):
    member = staff.create_staff("admin1", "Admin One", "admin", "a long password 1", pin="4826",
                                by_staff_id=None)
    window = _window(qtbot, hold_ms=80)
    corner = window.corner()
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)  # a short tap does nothing
    assert not corner.is_holding() and not window.staff_panel().isVisible()
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.staff_panel().isVisible())
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    panel = window.staff_panel()
    secret = panel.secret_edit()
    assert secret.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(secret, "1111")
    qtbot.keyClick(secret, Qt.Key.Key_Return)
    assert "not right" in panel.message() and window.isVisible() and not window.is_unlocked()
    assert secret.text() == ""
    qtbot.keyClicks(secret, "4826")
    with qtbot.waitSignal(window.staff_exited) as exited:
        tap(qtbot, panel.leave_button())
    assert exited.args == [member.id]
    assert window.is_unlocked() and not window.isVisible()


def test_start_from_welcome_and_progress_is_shown(qtbot, clinic_sqlite):
    window = _window(qtbot)
    tap(qtbot, named(window, QAbstractButton, "Start check-in"))
    assert window.flow().current_section() == "about"
    assert "Step 1 of 9" in " ".join(lbl.text() for lbl in window.findChildren(QLabel)
                                      if lbl.isVisible())
    _unlock_and_close(window)


def test_staff_exit_closes_after_five_wrong_tries(qtbot, clinic_sqlite):
    staff.create_staff("admin1", "Admin One", "admin", "a long password 1", pin="4826",
                       by_staff_id=None)
    window = _window(qtbot)
    panel = window.staff_panel()
    panel.open()
    for wrong in ("1111", "2222", "3333", "4444", "5555"):
        qtbot.keyClicks(panel.secret_edit(), wrong)
        qtbot.keyClick(panel.secret_edit(), Qt.Key.Key_Return)
        assert "not right" in panel.message()
    qtbot.keyClicks(panel.secret_edit(), "4826")
    qtbot.keyClick(panel.secret_edit(), Qt.Key.Key_Return)
    assert "Too many wrong tries" in panel.message() and "opens again at" in panel.message()
    assert not window.is_unlocked() and window.isVisible()


def test_a_closed_kiosk_no_longer_resets(qtbot, clinic_sqlite):
    window = _window(qtbot, idle_ms=30, countdown_ms=5000)
    with qtbot.waitSignal(window.reset_done, timeout=3000):
        pass
    _unlock_and_close(window)
    with qtbot.assertNotEmitted(window.reset_done, wait=200):
        pass
