"""The free consultation dialog books the clicked slot and marks the arrival booked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from intake.models import Appointment, Intake
from tests.ui.desk.scheduling.helpers import add_people, make_clinic, make_patient, settled
from ui.desk.scheduling.consultation_dialog import ConsultationDialog

MONDAY = dt.datetime(2027, 3, 1, 8, 0)


def test_one_click_books_the_soonest_slot(qtbot, sqlite_db):
    admin, desk = make_clinic()
    add_people(admin)
    patient = make_patient()
    intake = Intake.create(patient=patient, first_name="Jane", last_name="Doe")
    dialog = ConsultationDialog(patient, desk, intake_id=intake.id, patient_name="Jane Doe",
                                now=MONDAY)
    qtbot.addWidget(dialog)
    settled(qtbot, dialog)  # the free times looked up in a worker
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
    settled(qtbot, dialog)
    first = dialog.slot_buttons()[0]
    # another desk books every practitioner at 09:00 meanwhile
    for n, (pid, rid) in enumerate(zip(practitioners, rooms, strict=True)):
        Appointment.create(patient=other, kind="consultation", practitioner=pid, room=rid,
                           starts_at=dt.datetime(2027, 3, 1, 9), ends_at=dt.datetime(2027, 3, 1, 9, 30),
                           uid=f"x{n}")
    first.click()
    settled(qtbot, dialog)  # refused in the write lane, the free times looked up again
    assert "just taken" in dialog.message()
    assert Appointment.select().where(Appointment.patient == patient).count() == 0
    assert all("09:00" not in b.text() for b in dialog.slot_buttons()[:1])


# ------------------------------------------- issue 15: one free consultation per episode, and the
# consultation after an urgent alert (main booked a second one the same day without a word)


def test_a_second_free_consultation_needs_a_confirmed_reason(qtbot, sqlite_db):
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    from intake.models import AuditEntry
    from tests.ui.desk.scheduling.helpers import child

    admin, desk = make_clinic()
    add_people(admin)
    patient = make_patient()
    intake = Intake.create(patient=patient, first_name="Jane", last_name="Doe")
    first = ConsultationDialog(patient, desk, intake_id=intake.id, now=MONDAY)
    qtbot.addWidget(first)
    settled(qtbot, first)
    with qtbot.waitSignal(first.consultation_booked):
        first.slot_buttons()[0].click()
    again = ConsultationDialog(patient, desk, now=MONDAY)
    qtbot.addWidget(again)
    settled(qtbot, again)
    note = child(again, QLabel, "Consultation already booked")
    assert note.isVisibleTo(again)
    assert note.text().startswith("This episode already has its free consultation: Mon 1 Mar 09:00 with")
    assert again.slot_buttons() and not any(b.isEnabled() for b in again.slot_buttons())
    child(again, QCheckBox, "Confirm a second free consultation").setChecked(True)
    assert not any(b.isEnabled() for b in again.slot_buttons())  # not without a reason
    child(again, QLineEdit, "Reason for a second consultation").setText("Needs the other practitioner")
    assert all(b.isEnabled() for b in again.slot_buttons())
    later = next(b for b in again.slot_buttons() if "10:00" in b.text())  # after the first one
    with qtbot.waitSignal(again.consultation_booked) as booked:
        later.click()
    second = Appointment.get_by_id(booked.args[0])
    assert second.second_reason == "Needs the other practitioner"
    assert AuditEntry.select().where(AuditEntry.detail == f"appointment={second.id} second=1").exists()


def test_urgent_unacknowledged_is_refused_with_a_sentence(qtbot, sqlite_db):
    admin, desk = make_clinic()
    add_people(admin)
    patient = make_patient()
    intake = Intake.create(patient=patient, first_name="Jane", last_name="Doe", urgent=True)
    dialog = ConsultationDialog(patient, desk, intake_id=intake.id, now=MONDAY)
    qtbot.addWidget(dialog)
    settled(qtbot, dialog)
    dialog.slot_buttons()[0].click()
    settled(qtbot, dialog)  # refused in the write lane
    assert dialog.message().startswith("An urgent alert for this patient is not acknowledged yet")
    assert not Appointment.select().exists()
