"""The free consultation dialog books the clicked slot and marks the arrival booked."""

from __future__ import annotations

import datetime as dt

from intake.models import Appointment, Intake
from tests.ui.scheduling.helpers import add_people, make_clinic, make_patient
from ui.desk.consultation_dialog import ConsultationDialog

MONDAY = dt.datetime(2027, 3, 1, 8, 0)


def test_one_click_books_the_soonest_slot(qtbot, sqlite_db):
    admin, desk = make_clinic()
    add_people(admin)
    patient = make_patient()
    intake = Intake.create(patient=patient, first_name="Jane", last_name="Doe")
    dialog = ConsultationDialog(patient, desk, intake_id=intake.id, patient_name="Jane Doe",
                                now=MONDAY)
    qtbot.addWidget(dialog)
    buttons = dialog.slot_buttons()
    assert len(buttons) == 6
    assert "Mon 1 Mar" in buttons[0].text() and "09:00" in buttons[0].text()
    with qtbot.waitSignal(dialog.consultation_booked) as booked:
        buttons[0].click()
    appointment = Appointment.get_by_id(booked.args[0])
    assert (appointment.kind, appointment.starts_at) == ("consultation", dt.datetime(2027, 3, 1, 9))
    assert appointment.ends_at - appointment.starts_at == dt.timedelta(minutes=30)
    assert Intake.get_by_id(intake.id).status == "booked"


def test_slot_taken_meanwhile_is_refused_and_refreshed(qtbot, sqlite_db):
    admin, desk = make_clinic()
    practitioners, rooms = add_people(admin)
    patient = make_patient()
    other = make_patient("Ann", "Other")
    dialog = ConsultationDialog(patient, desk, now=MONDAY)
    qtbot.addWidget(dialog)
    first = dialog.slot_buttons()[0]
    # another desk books every practitioner at 09:00 meanwhile
    for n, (pid, rid) in enumerate(zip(practitioners, rooms, strict=True)):
        Appointment.create(patient=other, kind="consultation", practitioner=pid, room=rid,
                           starts_at=dt.datetime(2027, 3, 1, 9), ends_at=dt.datetime(2027, 3, 1, 9, 30),
                           uid=f"x{n}")
    first.click()
    assert "just taken" in dialog.message()
    assert Appointment.select().where(Appointment.patient == patient).count() == 0
    assert all("09:00" not in b.text() for b in dialog.slot_buttons()[:1])
