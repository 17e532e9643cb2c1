"""The touch widgets on their own: nothing preselected, taps and keys change them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from intake.content import Item, checklists
from tests.ui.kiosk.helpers import draw
from ui.widgets.body_map import BodyMap
from ui.widgets.checklist import Checklist
from ui.widgets.date_field import DateField
from ui.widgets.pain_scale import PainScale
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.tick_item import TickItem

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _show(qtbot, widget, size=(900, 500)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_pain_scale_starts_empty_and_takes_a_tap(qtbot):
    scale = _show(qtbot, PainScale("Pain now"))
    assert scale.value() is None
    assert not any(scale.button(n).isChecked() for n in range(11))
    with qtbot.waitSignal(scale.value_changed) as changed:
        qtbot.mouseClick(scale.button(7), Qt.MouseButton.LeftButton)
    assert changed.args == [7] and scale.value() == 7
    qtbot.mouseClick(scale.button(0), Qt.MouseButton.LeftButton)
    assert scale.value() == 0
    scale.set_value(None)
    assert scale.value() is None
    assert scale.button(3).accessibleName() == "Pain now: 3 out of 10"
    assert scale.button(3).minimumHeight() >= 48


def test_tick_item_starts_unticked_shows_a_tick_and_answers_by_keyboard(qtbot):
    item = _show(qtbot, TickItem("Are you pregnant, or could you be? " * 4), (600, 300))
    assert not item.isChecked() and item.mark() == ""
    assert item.heightForWidth(300) > 56  # the long text wraps and the row grows with it
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
    assert item.isChecked() and item.mark() == "✓"
    item.setFocus()
    qtbot.keyClick(item, Qt.Key.Key_Space)
    assert not item.isChecked() and item.mark() == ""
    assert item.accessibleName().startswith("Are you pregnant")


def test_checklist_exclusive_item_stands_alone(qtbot):
    items = [Item("a", "A"), Item("b", "B"), Item("none", "None", exclusive=True)]
    checklist = _show(qtbot, Checklist(items))
    checklist.box("a").setChecked(True)
    checklist.box("b").setChecked(True)
    assert checklist.selected() == {"a", "b"}
    qtbot.mouseClick(checklist.box("none"), Qt.MouseButton.LeftButton, pos=QPoint(18, 20))
    assert checklist.selected() == {"none"}
    checklist.box("a").setFocus()
    qtbot.keyClick(checklist.box("a"), Qt.Key.Key_Space)
    assert checklist.selected() == {"a"}


def test_date_field_takes_digits_moves_on_and_needs_a_real_day(qtbot):
    field = _show(qtbot, DateField())
    assert field.date() is None and field.parts() == (None, None, None)
    day, month, year = field.boxes()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is field)
    day.setFocus()

    def type_digits(text: str) -> None:  # each key goes where the focus is, as a keyboard's do
        for char in text:
            qtbot.keyClick(QApplication.focusWidget(), char)

    with qtbot.waitSignal(field.completed):
        type_digits("0403x1950")  # the letter is refused; each box moves on when full
    assert (day.text(), month.text(), year.text()) == ("04", "03", "1950")
    assert field.date() == dt.date(1950, 3, 4)
    field.set_date(None)
    day.setFocus()
    type_digits("31061950")
    assert field.parts() == (31, 6, 1950) and field.date() is None  # 31 June does not exist
    field.clear()
    assert field.date() is None and all(b.text() == "" for b in field.boxes())


def test_signature_pad_strokes_become_svg_and_clear(qtbot):
    pad = _show(qtbot, SignaturePad(), (600, 200))
    assert pad.is_empty() and pad.svg() == ""
    with qtbot.waitSignal(pad.changed):
        draw(pad, [(10, 10), (50, 60), (90, 20)])
    svg = pad.svg()
    assert svg.startswith("<svg") and 'd="M10 10 L50 60 L90 20"' in svg
    pad.clear()
    assert pad.is_empty()
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Return)  # signing with a mark by keyboard
    assert not pad.is_empty() and pad.svg().count("M") == 2


def test_body_map_tap_toggles_the_region_and_its_box(qtbot):
    body = _show(qtbot, BodyMap(checklists().regions), (1100, 520))
    canvas = body.canvas()
    for region in ("lower_back", "left_foot", "neck", "right_thigh"):
        point = canvas.region_center(region).toPoint()
        assert canvas.region_at(canvas.region_center(region)) == region
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert body.selected() == {"lower_back", "left_foot", "neck", "right_thigh"}
    assert body.checklist().box("neck").isChecked()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=canvas.region_center("neck").toPoint())
    assert "neck" not in body.selected()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # outside the body
    assert body.selected() == {"lower_back", "left_foot", "right_thigh"}


def test_every_region_of_the_checklist_is_drawn():
    from ui.widgets.body_map import region_paths

    assert {r.id for r in checklists().regions} <= set(region_paths())
