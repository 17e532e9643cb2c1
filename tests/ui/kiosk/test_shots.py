"""The kiosk's screenshots render every page at 1280x800 and write nothing to the database."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from intake.models import Intake
from ui.screenshots.kiosk import shots

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_shots_cover_every_page(qtbot, clinic_sqlite, tmp_path):
    paths = shots(tmp_path / "shots")
    names = {p.stem.split("_", 2)[2] for p in paths}
    for page in ("welcome", "information_sheet", "about", "where", "pain", "symptoms", "causes",
                 "treatments", "safety", "consent", "review", "urgent_message", "could_not_save",
                 "thank_you", "are_you_still_there", "welcome_larger_text"):
        assert page in names
    for path in paths:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800), path.name
    assert Intake.select().count() == 0
