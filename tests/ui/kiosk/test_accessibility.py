"""Big enough to touch, big enough to read, dark enough to see, on every page."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from tests.ui.kiosk.helpers import walk_to_review
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


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_text_colour_has_contrast_on_its_background():
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", stylesheet(False))
    checked = 0
    for selector, body in rules:
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", body)
        if not fg:
            continue
        background = bg.group(1) if bg else "#ffffff"
        assert contrast(fg.group(1), background) >= 4.5, selector.strip()
        checked += 1
    assert checked >= 10
    assert contrast("#1a1a1a", "#fff8e1") >= 4.5  # the urgent card


def test_text_sizes_are_points_of_at_least_18():
    for sizes in (NORMAL, LARGER):
        assert all(float(v.removesuffix("pt")) >= 18 for v in sizes.values())
