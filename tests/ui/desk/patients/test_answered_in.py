"""The desk says which language a patient answered in, so staff can bring an interpreter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from intake.models import Intake
from intake.patients import load_intakes
from intake.session import StaffSession
from tests.desk_data import make_intake, make_staff
from ui.desk.arrivals.page import ArrivalsPage
from ui.desk.patients.intake_view import IntakeView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_arrival_card_and_intake_view_say_answered_in_espanol(qtbot, sqlite_db):
    staff = make_staff()
    spanish = make_intake("Ana", "López", dt.date(1971, 2, 2), "+447911123400")
    english = make_intake("Ann", "Lee", dt.date(1970, 1, 1))
    Intake.update(language="es").where(Intake.id == spanish).execute()
    session = StaffSession()
    session.sign_in(staff, "Rita Reception", "front_desk")
    page = ArrivalsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.card_for(spanish) is not None, timeout=2000)
    assert "answered in Español" in page.card_for(spanish).details_label.text()
    assert "answered in" not in page.card_for(english).details_label.text()
    view = IntakeView(load_intakes(Intake.select().where(Intake.id == spanish))[0])
    qtbot.addWidget(view)
    assert "answered in Español" in view.findChild(QLabel, "sectionTitle").text()
