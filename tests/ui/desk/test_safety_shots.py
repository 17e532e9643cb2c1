"""The issue-15 screenshots render at 1366×768 over the demo clinic: the lock screen shows the
urgent notice (its red is on the picture), the patient page shows the consultations."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from intake import demo
from ui.screenshots import desk_safety as safety_shots
from ui.style_sheets import palette

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _red_pixels(image: QImage) -> int:
    red = QColor(palette("desk")["urgent"]).rgb()  # the urgent notice, as desk.qss says
    return sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixel(x, y) == red)


def test_lock_screen_and_patient_page_shots(qtbot, sqlite_db, tmp_path):
    demo.fill()
    made = {p.name: p for p in safety_shots.shots(tmp_path)}
    assert set(made) == {"desk_locked_urgent_arrival.png", "patient_page_consultations.png"}
    for path in made.values():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name
    assert _red_pixels(QImage(str(made["desk_locked_urgent_arrival.png"]))) > 1000
