"""Every screen renders over the demo clinic (`python -m ui.screenshots DIR`): a screenshot
module that calls the domain the old way fails here, not only when someone renders by hand."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from ui.screenshots import render_all

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # the demo's urgent arrival raises the desk


def test_every_screen_renders(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    made = render_all(tmp_path / "shots")
    names = {path.name for path in made}
    assert {"desk_patient_page.png", "settings_read_only.png", "desk_arrivals_kiosk_offline.png",
            "laptop_staff_practitioner.png", "laptop_planner_countersign.png",
            "settings_backups.png", "desk_assembled_arrivals.png"} <= names
    for path in made:
        image = QImage(str(path))
        assert image.width() > 300 and image.height() > 300, path.name
