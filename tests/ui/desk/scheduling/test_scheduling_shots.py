"""The scheduling screenshots render over a small clinic with a course under way."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage

from intake.scheduling import CourseRequest, Pattern, book_course, plan_course
from tests.ui.desk.scheduling.helpers import add_people, make_clinic, make_intake, make_patient
from ui.screenshots.desk_scheduling import shots

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_every_screen_is_rendered(qtbot, sqlite_db, tmp_path):
    admin, desk = make_clinic()
    add_people(admin)
    patient = make_patient()
    make_intake(patient)
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time())
    book_course(patient, plan_course(CourseRequest(start=start, pattern=Pattern.weekly(2),
                                                   patient_id=patient)), desk.staff_id)
    made = shots(tmp_path)
    names = {p.name for p in made}
    assert {"settings_hours.png", "planner_preview_moved.png", "calendar_day.png",
            "calendar_week_all.png", "course_panel.png", "appointment_card.png"} <= names
    for path in made:
        image = QImage(str(path))
        assert image.width() > 400 and image.height() > 300, path.name
