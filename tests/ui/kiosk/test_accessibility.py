"""Big enough to touch, big enough to read, dark enough to see, on every page. The style
sheet's colours are checked in tests/test_contrast.py; here, what the widgets show."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from tests.contrast import contrast, rules
from tests.ui.kiosk.helpers import named, tap, walk_to_review
from ui.kiosk.style import LARGER, NORMAL, stylesheet

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SECTIONS = ("welcome", "info", "about", "where", "pain", "symptoms", "causes", "treatments",
            "safety", "consent", "review", "failed", "thanks")


@pytest.mark.parametrize("larger", [False, True])
def test_touch_targets_and_text_sizes_on_every_page(qtbot, flow, larger):
    walk_to_review(qtbot, flow)
    flow.set_larger_text(larger)
    minimum_pt = 18 if not larger else 20
    for section in SECTIONS:
        flow.show_section(section)
        qtbot.wait(1)
        controls = [w for w in flow.findChildren(QAbstractButton) + flow.findChildren(QLineEdit)
                    if w.isVisible()]
        assert controls, section
        for control in controls:
            assert control.height() >= 48, (section, control.accessibleName(), control.height())
            assert control.width() >= 48, (section, control.accessibleName(), control.width())
        for label in flow.findChildren(QLabel):
            if label.isVisible() and label.text():
                assert label.font().pointSizeF() >= minimum_pt, (section, label.text()[:40])


def test_text_sizes_are_points_of_at_least_18():
    for sizes in (NORMAL, LARGER):
        assert all(float(v.removesuffix("pt")) >= 18 for v in sizes.values())


def test_placeholders_have_4_5_to_1(qtbot, flow):
    from PySide6.QtGui import QPalette

    flow.build_remaining(all_now=True)
    edits = [e for e in flow.findChildren(QLineEdit) if e.placeholderText()]
    assert len(edits) >= 4
    for edit in edits:
        edit.ensurePolished()
        palette = edit.palette()
        shown = palette.color(QPalette.ColorRole.PlaceholderText)
        base = palette.color(QPalette.ColorRole.Base)
        alpha = shown.alphaF()  # what is painted: the placeholder blended on the field
        blended = "#" + "".join(f"{round(c * alpha + b * (1 - alpha)):02x}" for c, b in (
            (shown.red(), base.red()), (shown.green(), base.green()), (shown.blue(), base.blue())))
        assert contrast(blended, base.name()) >= 4.5, (edit.accessibleName(), blended)


def test_every_focus_stop_has_a_name_and_scroll_bars_are_named_and_finger_wide(qtbot, flow):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea, QScrollBar, QWidget

    walk_to_review(qtbot, flow)
    flow.set_larger_text(True)  # pages scroll at larger text
    for section in SECTIONS:
        flow.show_section(section)
        qtbot.wait(1)
        for widget in flow.findChildren(QWidget):
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                assert widget.accessibleName(), (section, type(widget).__name__)
        for area in flow.findChildren(QScrollArea):
            assert not area.focusPolicy() & Qt.FocusPolicy.TabFocus, (section, area.accessibleName())
        bars = [b for b in flow.findChildren(QScrollBar) if b.isVisible()]
        for bar in bars:
            assert bar.accessibleName().startswith("Scroll"), section
            if bar.orientation() == Qt.Orientation.Vertical:
                assert bar.width() >= 48, (section, bar.accessibleName(), bar.width())
    flow.show_section("review")
    assert [b for b in flow.findChildren(QScrollBar) if b.isVisible()]  # the test saw some


def test_a_disabled_back_looks_disabled(qtbot, flow):
    from PySide6.QtGui import QColor

    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    back = named(flow, QAbstractButton, "Back")
    assert not back.isEnabled()
    disabled = back.grab().toImage()
    flow.show_section("where")
    qtbot.wait(1)
    assert back.isEnabled()
    enabled = back.grab().toImage()
    middle = (enabled.width() // 4, enabled.height() // 2)
    assert QColor(disabled.pixel(*middle)).name() != QColor(enabled.pixel(*middle)).name()
    rule = next(body for sel, body in rules(stylesheet(False)) if sel == "QPushButton:disabled")
    assert "dashed" in rule  # not by colour alone


@pytest.mark.parametrize("size", [(1366, 768), (1280, 800), (1920, 1080), (1080, 1920)])
def test_every_body_map_region_is_a_finger_sized_target(qtbot, clinic_sqlite, size):
    from PySide6.QtCore import QPointF, QRectF

    from intake.content import checklists
    from ui.kiosk.window import KioskWindow

    window = KioskWindow(idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    flow = window.flow()
    flow.show_section("where")
    qtbot.wait(1)
    canvas = flow.step("where").body_map().canvas()

    def square_of(region: str, rect: QRectF) -> bool:
        """Some 48x48 square near the drawn part where every touch means `region`."""
        for dx in range(-48, 49, 6):
            for dy in range(-48, 49, 6):
                left = rect.center().x() - 24 + dx
                top = rect.center().y() - 24 + dy
                points = [QPointF(left + i * 12, top + j * 12) for i in range(5) for j in range(5)]
                if all(canvas.region_at(p) == region for p in points):
                    return True
        return False

    for item in checklists().regions:
        rects = canvas.region_rects(item.id)
        assert rects, item.id
        for rect in rects:  # every drawn part, on each view, is tappable and big enough
            assert canvas.region_at(rect.center()) == item.id, item.id
            assert square_of(item.id, rect), (size, item.id)
    for region, views in (("front_torso", 1), ("left_arm", 2), ("left_thigh", 2)):
        assert len(canvas.region_rects(region)) == views
    window.unlock()
    window.close()
