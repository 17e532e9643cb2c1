"""Colours reach the widgets from the style sheets: painted colours as properties (also when the
sheet comes after the content), a label's tone re-polished when it changes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from intake.content import checklists
from ui.desk.scheduling.tinted_table import TintedTable
from ui.desk.shell.main_window import desk_stylesheet
from ui.kiosk.style import stylesheet
from ui.style_sheets import palette
from ui.widgets.body_map import BodyMap
from ui.widgets.feedback import show_feedback

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _holder(qtbot, sheet: str, *children: QWidget) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(sheet)
    column = QVBoxLayout(holder)
    for child in children:
        column.addWidget(child)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


@pytest.mark.parametrize("face", ["kiosk", "desk"])
def test_the_body_map_paints_with_the_colours_of_widgets_qss_on_both_faces(qtbot, face):
    body = BodyMap(checklists().regions)
    canvas = body.canvas()
    unstyled = canvas.outline  # before any sheet: the palette's
    assert unstyled == canvas.palette().color(QPalette.ColorRole.Dark)
    holder = _holder(qtbot, stylesheet(False) if face == "kiosk" else desk_stylesheet(), body)
    colours = palette("widgets")
    assert canvas.outline.name() == colours["outline"]
    assert canvas.figure.name() == colours["figure"]
    chosen = canvas.chosenFill
    assert (chosen.red(), chosen.green(), chosen.blue(), chosen.alpha()) == (192, 57, 43, 200)
    image = canvas.grab().toImage()  # the figure is painted in its colour
    inside = canvas.region_rects("front_torso")[0].center().toPoint()
    assert QColor(image.pixel(inside)).name() == colours["figure"]
    holder.close()


def test_tinted_rows_take_the_sheets_colour_when_it_comes_after_them(qtbot):
    table = TintedTable(2, 1)
    moved, plain = QTableWidgetItem("moved"), QTableWidgetItem("plain")
    table.tint(moved, "moved")
    table.tint(plain, "booked")  # not a tint: left plain
    table.setItem(0, 0, moved)
    table.setItem(1, 0, plain)
    holder = _holder(qtbot, desk_stylesheet(), table)  # polished now, with the desk's sheet
    assert moved.background().color().name() == palette("desk")["moved"]
    assert plain.background().style().name == "NoBrush"
    holder.close()


def test_a_labels_tone_changes_its_colour_after_it_is_shown(qtbot):
    label = QLabel()
    holder = _holder(qtbot, desk_stylesheet(), label)
    colours = palette("desk")
    shown = []
    for error in (True, False, True):
        show_feedback(label, "Saved." if not error else "Refused.", error=error)
        shown.append(label.palette().color(QPalette.ColorRole.WindowText).name())
    assert shown == [colours["refusal"], colours["done"], colours["refusal"]]
    assert label.font().weight() > QLabel().font().weight()  # and in bold
    holder.close()
