"""Every step at every supported screen, normal and larger text: the title and Back/Next in
view and in the same place; at normal text every control the step needs, without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QWidget

from tests.ui.kiosk.helpers import named
from ui.kiosk.window import KioskWindow
from ui.screenshots.kiosk import fill_example
from ui.style_sheets import palette

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SIZES = [(1366, 768), (1280, 800), (1920, 1080), (1080, 1920)]
STEPS = ("about", "where", "pain", "symptoms", "causes", "treatments", "safety", "consent",
         "review")


def fully_shown(widget: QWidget) -> bool:
    """Visible and not cut by any ancestor (a scroll area's viewport, the window)."""
    if not widget.isVisible():
        return False
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        area = QRect(parent.mapTo(widget.window(), parent.rect().topLeft()), parent.size())
        if not area.contains(rect):
            return False
        parent = parent.parentWidget()
    return True


def _where(widget: QWidget) -> list:
    chain, w = [], widget
    while w is not None:
        chain.append((type(w).__name__, w.mapTo(widget.window(), w.rect().topLeft()).toTuple(),
                      w.size().toTuple()))
        w = w.parentWidget()
    return chain


def _required(flow, section: str) -> list[QWidget]:
    page = flow.step(section)
    if section == "safety":
        return [page.tick(i) for i in page.shown_ids()] + [page.none_button()]
    if section == "review":
        return [page.section_button("about")]
    if section == "consent":
        return [page.agree_box(), page.pad(), named(flow, QAbstractButton, "Clear signature")]
    controls = [w for w in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit)
                if w.isVisibleTo(page)]
    if section == "where":
        controls.append(page.body_map().canvas())
    return controls


def _window(qtbot, size) -> KioskWindow:
    window = KioskWindow(idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("larger", [False, True], ids=["normal", "larger"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_step_fits(qtbot, clinic_sqlite, size, larger):
    window = _window(qtbot, size)
    flow = window.flow()
    flow.set_larger_text(larger)
    fill_example(flow)
    assert fully_shown(flow.step("welcome").findChild(QAbstractButton, "startButton"))
    back, nxt = named(flow, QAbstractButton, "Back"), named(flow, QAbstractButton, "Next")
    places = set()
    for section in STEPS:
        flow.show_section(section)
        qtbot.wait(1)
        if flow.touch_keyboard() is not None:
            flow.touch_keyboard().hide()  # the page itself; the keyboard has its own test
            flow.layout().activate()
        qtbot.wait(1)
        page = flow.step(section)
        screens = page.screen_count() if section == "safety" else 1
        if section == "safety":
            page.enter_from_start()
        for screen in range(screens):
            qtbot.wait(1)
            title = next(lbl for lbl in page.findChildren(QLabel) if lbl.objectName() == "stepTitle")
            assert fully_shown(title), (section, screen)
            assert fully_shown(back) and fully_shown(nxt), section
            places.add((back.geometry().getRect(), nxt.geometry().getRect(),
                        back.mapTo(window, back.rect().topLeft()).toTuple()))
            if not larger or section == "safety":  # a safety group is whole on its screen,
                for control in _required(flow, section):  # in larger text too (CLINICAL.md)
                    assert fully_shown(control), (section, screen, control.accessibleName(),
                                                  _where(control))
            if section == "safety":
                page.next_screen()
    assert len(places) == 1  # Back and Next never move
    window.unlock()
    window.close()


@pytest.mark.parametrize("larger", [False, True], ids=["normal", "larger"])
def test_a_message_brings_its_field_into_view_and_back_next_stay(qtbot, clinic_sqlite, larger):
    window = _window(qtbot, (1366, 768))
    flow = window.flow()
    flow.set_larger_text(larger)
    fill_example(flow)
    flow.show_section("pain")
    pain = flow.step("pain")
    pain.scale("peg_activity").set_value(None)  # the last question, lowest on the page
    nxt = named(flow, QAbstractButton, "Next")
    before = nxt.mapTo(window, nxt.rect().topLeft()), nxt.size()
    area = pain.parentWidget().parentWidget()
    area.verticalScrollBar().setValue(0)
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert flow.current_section() == "pain"
    message = next(lbl for lbl in pain.findChildren(QLabel)
                   if lbl.objectName() == "error" and lbl.isVisible())
    qtbot.waitUntil(lambda: fully_shown(pain.scale("peg_activity").button(0)))
    assert "Please answer" in message.text()
    assert (nxt.mapTo(window, nxt.rect().topLeft()), nxt.size()) == before
    window.unlock()
    window.close()


def test_checked_boxes_and_tick_rows_show_a_tick(qtbot, clinic_sqlite):
    window = _window(qtbot, (1280, 800))
    flow = window.flow()
    fill_example(flow)
    flow.show_section("symptoms")
    qtbot.wait(1)
    box = named(flow, QCheckBox, "Stiffness")
    assert box.isChecked()
    image = box.grab().toImage()
    # the indicator is filled blue with a white tick: white pixels inside the blue square
    inside = [image.pixelColor(x, y).name() for x in range(10, 30) for y in
              range(box.height() // 2 - 8, box.height() // 2 + 8)]
    assert palette("kiosk")["accent"] in inside and any(c.startswith("#f") for c in inside)
