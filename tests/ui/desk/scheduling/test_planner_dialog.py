"""The course planner dialog: preview with moved sessions, changing one, gates, confirm."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from intake.models import Appointment, PractitionerDecision, TreatmentCourse
from intake.staff import create_staff
from tests.ui.desk.scheduling.helpers import (
    add_people,
    child,
    make_clinic,
    make_intake,
    make_patient,
    settled,
)
from ui.desk.scheduling.planner_dialog import PlannerDialog
from ui.desk.shell.main_window import desk_stylesheet
from ui.style_sheets import palette

BEFORE_CHRISTMAS = dt.datetime(2026, 12, 20, 8, 0)


@pytest.fixture
def clinic(sqlite_db):
    admin, desk = make_clinic()
    practitioners, rooms = add_people(admin)
    account = create_staff("mei", "Mei Practitioner", "practitioner", "mei pass 12",
                           pin=PRACTITIONER_PIN, practitioner_id=practitioners[0],
                           by_staff_id=admin.staff_id)
    return admin, desk, practitioners, rooms, account.id


PRACTITIONER_PIN = "8642"


def _dialog(qtbot, patient, desk, **kw) -> PlannerDialog:
    dialog = PlannerDialog(patient, desk, patient_name="Jane Doe", now=BEFORE_CHRISTMAS, **kw)
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(desk_stylesheet())  # as inside the desk window: its colours
    dialog.show()
    time = child(dialog, QComboBox, "Preferred time of day")
    settled(qtbot, dialog)  # the choices, checks and first plan read in workers
    time.setCurrentIndex(time.findText("10:00"))
    child(dialog, QPushButton, "Propose sessions").click()
    settled(qtbot, dialog)
    return dialog


def test_moved_sessions_highlighted_and_confirm_books_twelve(qtbot, clinic):
    _, desk, *_ = clinic
    patient = make_patient()
    make_intake(patient)
    dialog = _dialog(qtbot, patient, desk)
    table = dialog.preview().table()
    assert table.rowCount() == 12
    notes = [table.item(row, 4).text() for row in range(12)]
    # two a week evenly spaced from Monday 21 Dec: Mondays and Thursdays; Monday 28 Dec (Boxing
    # Day, observed) moves forward to the Tuesday
    assert "Boxing Day" in notes[2] and "→" in notes[2] and "Tue 29 Dec 10:00" in notes[2]
    assert notes[0] == "" and notes[1] == "" and notes[5] == ""
    moved_colour = table.item(2, 1).background().color().name()
    assert moved_colour == palette("desk")["moved"]
    assert table.item(0, 1).background().color().name() != moved_colour
    confirm = child(dialog, QPushButton, "Confirm and book all sessions")
    assert confirm.isEnabled()
    with qtbot.waitSignal(dialog.course_booked) as booked:
        confirm.click()
    rows = list(Appointment.select().where(Appointment.course == booked.args[0])
                .order_by(Appointment.starts_at))
    assert len(rows) == 12
    assert [r.session_number for r in rows] == list(range(1, 13))
    assert rows[1].starts_at == dt.datetime(2026, 12, 24, 10)
    assert rows[2].starts_at == dt.datetime(2026, 12, 29, 10)
    assert all(r.ends_at - r.starts_at == dt.timedelta(minutes=45) for r in rows)


def test_staff_changes_one_session_before_confirming(qtbot, clinic):
    _, desk, practitioners, rooms, _ = clinic
    patient = make_patient()
    make_intake(patient)
    dialog = _dialog(qtbot, patient, desk)
    dialog.preview().select_session(5)
    when = child(dialog, QDateTimeEdit, "New time for the selected session")
    when.setDateTime(dt.datetime(2027, 1, 5, 14, 0))
    child(dialog, QPushButton, "Use this time").click()
    settled(qtbot, dialog)
    assert dialog.preview().error() == ""
    notes = [dialog.preview().table().item(r, 4).text() for r in range(12)]
    assert "Changed by staff" in notes
    # a holiday is refused with the reason, the plan unchanged
    dialog.preview().select_session(6)
    when.setDateTime(dt.datetime(2027, 1, 1, 10, 0))
    child(dialog, QPushButton, "Use this time").click()
    settled(qtbot, dialog)
    assert "public holiday" in dialog.preview().error()
    with qtbot.waitSignal(dialog.course_booked):
        child(dialog, QPushButton, "Confirm and book all sessions").click()
    assert Appointment.select().where(Appointment.starts_at == dt.datetime(2027, 1, 5, 14)).exists()


def test_electro_refused_for_implanted_device_and_its_advice_works(qtbot, clinic):
    """Issue 15: main said "Book standard acupuncture instead" and then refused standard too."""
    _, desk, *_ = clinic
    patient = make_patient()
    make_intake(patient, implanted_device="yes")
    dialog = _dialog(qtbot, patient, desk)
    kind = child(dialog, QComboBox, "Course type")
    kind.setCurrentIndex(kind.findData("electro"))
    settled(qtbot, dialog)
    confirm = child(dialog, QPushButton, "Confirm and book all sessions")
    assert not confirm.isEnabled()
    texts = dialog.gates_panel().lines()
    assert any("pacemaker" in t and "choose Standard acupuncture as the course type" in t
               for t in texts)
    # following the advice: the course type the message names books with no further step
    kind.setCurrentIndex(kind.findText("Standard acupuncture"))
    settled(qtbot, dialog)
    assert dialog.gates_panel().lines() == ["✓ No safety answer stops this course."]
    assert confirm.isEnabled()
    with qtbot.waitSignal(dialog.course_booked):
        confirm.click()
    assert TreatmentCourse.get(TreatmentCourse.patient == patient).kind == "standard"
    assert not PractitionerDecision.select().exists()


def test_precaution_needs_a_recorded_decision(qtbot, clinic):
    _, desk, *_ = clinic
    patient = make_patient()
    make_intake(patient, pregnancy="yes")
    dialog = _dialog(qtbot, patient, desk)
    confirm = child(dialog, QPushButton, "Confirm and book all sessions")
    assert not confirm.isEnabled()
    child(dialog, QPushButton, "Record decision for Pregnant").click()
    settled(qtbot, dialog)
    assert "reason" in dialog.gates_panel().error()
    child(dialog, QLineEdit, "Reason for Pregnant").setText("Second trimester, no contraindicated points")
    child(dialog, QPushButton, "Record decision for Pregnant").click()  # no PIN: refused
    settled(qtbot, dialog)
    assert "PIN" in dialog.gates_panel().error() and not PractitionerDecision.select().exists()
    child(dialog, QLineEdit, "PIN of the deciding practitioner for Pregnant").setText(PRACTITIONER_PIN)
    child(dialog, QPushButton, "Record decision for Pregnant").click()
    settled(qtbot, dialog)
    decision = PractitionerDecision.get()
    assert decision.decided_by_id == clinic[4]  # the practitioner's own account, not the desk's
    assert confirm.isEnabled()


def test_urgent_unacknowledged_blocks(qtbot, clinic):
    _, desk, *_ = clinic
    patient = make_patient()
    intake = make_intake(patient, ce_both_legs="yes")
    from intake.models import Intake

    Intake.update(urgent=True).where(Intake.id == intake).execute()
    dialog = _dialog(qtbot, patient, desk)
    assert not child(dialog, QPushButton, "Confirm and book all sessions").isEnabled()


def test_slot_taken_meanwhile_is_named_and_replanned(qtbot, clinic):
    _, desk, *_ = clinic
    patient = make_patient()
    other = make_patient("Ann", "Other")
    make_intake(patient)
    dialog = _dialog(qtbot, patient, desk)
    first = dialog.preview().plan().sessions[0].slot
    Appointment.create(patient=other, kind="treatment", practitioner=first.practitioner_id,
                       room=first.room_id, starts_at=first.starts_at, ends_at=first.ends_at,
                       uid="taken")
    child(dialog, QPushButton, "Confirm and book all sessions").click()
    settled(qtbot, dialog)
    assert "Session 1" in dialog.message() and "another desk" in dialog.message()
    assert TreatmentCourse.select().count() == 0
    assert dialog.preview().plan().sessions[0].slot != first
    with qtbot.waitSignal(dialog.course_booked):
        child(dialog, QPushButton, "Confirm and book all sessions").click()
    assert Appointment.select().where(Appointment.patient == patient).count() == 12


def test_chosen_weekdays_and_every_k_days(qtbot, clinic):
    _, desk, *_ = clinic
    patient = make_patient()
    make_intake(patient)
    dialog = _dialog(qtbot, patient, desk)
    pattern = child(dialog, QComboBox, "Pattern")
    pattern.setCurrentIndex(pattern.findData("weekdays"))
    child(dialog, QCheckBox, "Monday").setChecked(False)
    child(dialog, QCheckBox, "Thursday").setChecked(False)
    child(dialog, QCheckBox, "Tuesday").setChecked(True)
    child(dialog, QCheckBox, "Wednesday").setChecked(True)
    child(dialog, QPushButton, "Propose sessions").click()
    settled(qtbot, dialog)
    sessions = dialog.preview().plan().sessions
    assert len(sessions) == 12
    assert all(s.intended.weekday() in (1, 2) for s in sessions)
    assert {s.slot.starts_at.weekday() for s in sessions if not s.moved} <= {1, 2}
    pattern.setCurrentIndex(pattern.findData("every"))
    child(dialog, QSpinBox, "Every how many days").setValue(7)
    child(dialog, QSpinBox, "Number of sessions").setValue(6)
    child(dialog, QPushButton, "Propose sessions").click()
    settled(qtbot, dialog)
    sessions = dialog.preview().plan().sessions
    assert len(sessions) == 6
    gaps = {(b.intended - a.intended).days for a, b in zip(sessions, sessions[1:], strict=False)}
    assert gaps == {7}


def test_a_change_of_practitioner_is_shown_with_its_reason(qtbot, clinic):
    from intake import clinic_setup
    from intake.scheduling import Slot, book_consultation

    admin, desk, practitioners, rooms, _ = clinic
    patient = make_patient()
    make_intake(patient)
    sam = practitioners[1]
    book_consultation(patient, Slot(sam, rooms[0], dt.datetime(2026, 12, 18, 9),
                                    dt.datetime(2026, 12, 18, 9, 30)), desk.staff_id)
    clinic_setup.add_time_off(sam, dt.datetime(2026, 12, 22), dt.datetime(2026, 12, 25),
                              by_staff_id=admin.staff_id)
    dialog = _dialog(qtbot, patient, desk)
    table = dialog.preview().table()
    practitioner_names = [table.item(row, 2).text() for row in range(table.rowCount())]
    notes = [table.item(row, 4).text() for row in range(table.rowCount())]
    assert practitioner_names[1] == "Dr Mei Chen"  # Thursday 24 Dec: Sam is off all week
    assert "Patient's practitioner: the practitioner is not working → Dr Mei Chen" in notes[1]
    assert set(practitioner_names[:1] + practitioner_names[2:]) == {"Sam Okafor"}
    assert table.item(1, 2).background().color().name() == palette("desk")["moved"]


def test_cannot_fit_advises_more_per_week_with_the_year(qtbot, clinic):
    _, desk, *_ = clinic
    patient = make_patient()
    make_intake(patient)
    dialog = _dialog(qtbot, patient, desk)
    dialog.form().choose_pattern("every")
    child(dialog, QSpinBox, "Every how many days").setValue(10)
    child(dialog, QPushButton, "Propose sessions").click()
    settled(qtbot, dialog)
    assert dialog.preview().plan() is None
    assert "2027" in dialog.message()
    assert "1 per week would fit" in dialog.message()
    assert "fewer sessions per week" not in dialog.message()
