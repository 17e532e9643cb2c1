"""Consultations on the patient page (issue 15: main did not show them there at all): listed,
moved, cancelled and booked from the page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QPushButton

from intake.models import Appointment, Intake
from intake.scheduling import book_consultation, soonest_consultation_slots
from tests.ui.desk.scheduling.helpers import add_people, child, make_clinic, make_patient
from ui.desk.scheduling.consultations_panel import ConsultationsPanel

MONDAY = dt.datetime(2027, 3, 1, 8, 0)


@pytest.fixture
def booked(sqlite_db):
    admin, desk = make_clinic()
    add_people(admin)
    patient = make_patient()
    Intake.create(patient=patient, first_name="Jane", last_name="Doe",
                  submitted_at=dt.datetime(2027, 2, 20, 9))
    slot = soonest_consultation_slots(MONDAY, limit=1)[0]
    return desk, patient, book_consultation(patient, slot, desk.staff_id)


def _panel(qtbot, desk, patient) -> ConsultationsPanel:
    panel = ConsultationsPanel(patient, desk)
    qtbot.addWidget(panel)
    _settled(qtbot, panel)
    return panel


def _settled(qtbot, panel: ConsultationsPanel) -> None:
    """The panel writes and reads in workers: wait until both are done."""
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=5000)


def test_consultations_listed_with_practitioner_room_and_status(qtbot, booked):
    desk, patient, appointment_id = booked
    panel = _panel(qtbot, desk, patient)
    table = panel.table()
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == [
        "Mon 1 Mar 09:00", "Dr Mei Chen", "Room 1", "Booked"]
    move = child(panel, QPushButton, "Move consultation")
    assert not move.isEnabled()  # nothing chosen yet
    panel.select_row(0)
    assert move.isEnabled()


def test_move_a_consultation_from_the_patient_page(qtbot, booked):
    desk, patient, appointment_id = booked
    panel = _panel(qtbot, desk, patient)
    panel.select_row(0)
    child(panel, QDateTimeEdit, "Move the consultation to").setDateTime(dt.datetime(2027, 3, 2, 14, 0))
    with qtbot.waitSignal(panel.consultations_changed):
        child(panel, QPushButton, "Move consultation").click()
    _settled(qtbot, panel)
    assert Appointment.get_by_id(appointment_id).starts_at == dt.datetime(2027, 3, 2, 14, 0)
    assert panel.table().item(0, 0).text() == "Tue 2 Mar 14:00"
    assert panel.message() == "Consultation moved to Tue 2 Mar 14:00."
    panel.select_row(0)
    child(panel, QDateTimeEdit, "Move the consultation to").setDateTime(dt.datetime(2027, 3, 6, 10, 0))
    child(panel, QPushButton, "Move consultation").click()  # a Saturday: closed
    _settled(qtbot, panel)
    assert panel.message() == "Cannot book or move to that time: outside opening hours."
    assert Appointment.get_by_id(appointment_id).starts_at == dt.datetime(2027, 3, 2, 14, 0)


def test_cancel_then_book_again_without_a_reason(qtbot, booked):
    desk, patient, appointment_id = booked
    panel = _panel(qtbot, desk, patient)
    panel.select_row(0)
    child(panel, QPushButton, "Consultation cancelled by patient").click()
    _settled(qtbot, panel)
    assert Appointment.get_by_id(appointment_id).status == "cancelled_patient"
    assert panel.table().item(0, 3).text() == "Cancelled by patient"
    panel.select_row(0)
    assert not child(panel, QPushButton, "Move consultation").isEnabled()
    dialog = panel.open_booking()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # free times looked up
    assert not child(dialog, QLabel, "Consultation already booked").isVisibleTo(dialog)
    with qtbot.waitSignal(panel.consultations_changed):
        dialog.slot_buttons()[0].click()
    _settled(qtbot, panel)
    assert panel.table().rowCount() == 2
    assert panel.message() == "Consultation booked."
