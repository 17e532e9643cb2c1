"""Privacy and lock-down of the kiosk window: opaque overlays, no minimising or hiding, the
focus taken back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.kiosk.helpers import walk_to_review
from ui.kiosk.window import KioskWindow
from ui.style_sheets import palette

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, clinic_sqlite):
    window = KioskWindow(idle_ms=3_600_000, hold_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.unlock()
    window.close()


def _outside_card_colours(window, overlay) -> set[str]:
    image = window.grab().toImage()
    cards = [c for c in overlay.findChildren(QWidget) if c.objectName().endswith("Card")]
    rect = cards[0].geometry()
    colours = set()
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            if not rect.adjusted(-4, -4, 4, 4).contains(QPoint(x, y)):
                colours.add(QColor(image.pixel(x, y)).name())
    return colours


def test_idle_question_and_staff_panel_hide_every_answer(qtbot, window):
    walk_to_review(qtbot, window.flow())  # the review page: every answer on screen
    window.countdown().start()
    assert _outside_card_colours(window, window.countdown()) == {palette("kiosk")["navy"]}
    window.countdown().stop()
    window.staff_panel().open()
    assert _outside_card_colours(window, window.staff_panel()) == {palette("kiosk")["navy"]}


def test_minimise_and_hide_are_refused(qtbot, window):
    window.showFullScreen()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen))
    window.showMinimized()
    assert window.windowState() & Qt.WindowState.WindowMinimized  # the request arrived ...
    qtbot.waitUntil(lambda: not window.windowState() & Qt.WindowState.WindowMinimized)  # undone
    assert window.windowState() & Qt.WindowState.WindowFullScreen and window.isVisible()
    window.hide()
    assert window.isVisible()
    window.unlock()  # after a staff exit it may go
    window.hide()
    assert not window.isVisible()


def test_the_kiosk_takes_the_focus_back(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other = QWidget()  # another program's window, as far as the kiosk can tell
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.isActiveWindow()
