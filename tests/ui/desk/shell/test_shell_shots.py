"""The shell's screenshots render on a database without staff (an admin is made for them)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from intake.models import Staff
from tests.ui.desk.shell_support import _cheap_hashes  # noqa: F401 - fixture
from ui.screenshots import desk_shell as shell_shots

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_shots_render_every_screen(qtbot, sqlite_db, tmp_path):
    made = shell_shots.shots(tmp_path)
    assert {p.name for p in made} >= {"desk_sign_in.png", "desk_first_run.png",
                                      "desk_main_admin.png", "desk_staff_admin.png",
                                      "desk_audit_trail.png"}
    for path in made:
        image = QImage(str(path))
        assert image.width() >= 1000 and image.height() >= 700, path.name
    assert Staff.select().where(Staff.role == "admin").count() == 1
