"""The booking dialogs never hold the window while the database is slow (issue 18): a booking
runs in the dialog's write lane, its buttons off until the answer, booked once; a dialog closed
meanwhile drops the answer without a crash, and what was written stands."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from intake.models import Appointment, Intake, PractitionerDecision, TreatmentCourse
from intake.staff import create_staff
from tests.ui.desk.held_storage import (
    CLICK_MS,
    GAP_MS,
    click_returns_at_once,
    hold,
    turning,
    while_held,
)
from tests.ui.desk.scheduling.helpers import (
    add_people,
    child,
    make_clinic,
    make_intake,
    make_patient,
    settled,
)
from ui.desk.scheduling import consultation_dialog, planner_dialog
from ui.desk.scheduling.consultation_dialog import ConsultationDialog
from ui.desk.scheduling.planner_dialog import PlannerDialog

MONDAY = dt.datetime(2027, 3, 1, 8, 0)
BEFORE_CHRISTMAS = dt.datetime(2026, 12, 20, 8, 0)


def _consultation_dialog(qtbot, **kw) -> tuple[ConsultationDialog, int]:
    admin, desk = make_clinic()
    add_people(admin)
    patient = make_patient()
    intake = Intake.create(patient=patient, first_name="Jane", last_name="Doe")
    dialog = ConsultationDialog(patient, desk, intake_id=intake.id, now=MONDAY, **kw)
    dialog.show()
    settled(qtbot, dialog)  # the free times looked up in a worker
    return dialog, patient


def test_booking_a_consultation_keeps_the_window_turning(qtbot, db, monkeypatch):
    dialog, patient = _consultation_dialog(qtbot)
    qtbot.addWidget(dialog)
    held = hold(monkeypatch, consultation_dialog, "book_consultation")
    buttons = dialog.slot_buttons()
    with turning() as turns:
        took_ms = click_returns_at_once(buttons[0])
        assert not any(b.isEnabled() for b in buttons)  # one click books once
        buttons[0].click()
        buttons[1].click()
        while_held(qtbot, held, turns)
        assert not Appointment.select().exists()  # not yet
        with qtbot.waitSignal(dialog.consultation_booked, timeout=5000) as booked:
            held.release()
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    rows = list(Appointment.select().where(Appointment.patient == patient))
    assert [r.id for r in rows] == [booked.args[0]]
    assert rows[0].starts_at == dt.datetime(2027, 3, 1, 9)


def test_a_consultation_dialog_closed_while_it_books_drops_the_answer(qtbot, sqlite_db,
                                                                       monkeypatch):
    dialog, patient = _consultation_dialog(qtbot)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the desk opens it
    booked = []
    dialog.consultation_booked.connect(booked.append)
    held = hold(monkeypatch, consultation_dialog, "book_consultation")
    dialog.slot_buttons()[0].click()
    qtbot.waitUntil(held.entered.is_set, timeout=3000)
    dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    held.release()
    qtbot.waitUntil(lambda: Appointment.select().where(Appointment.patient == patient).exists(),
                    timeout=5000)
    qtbot.wait(100)  # the answer reaches the GUI thread: dropped, no crash
    assert booked == []
    assert Appointment.select().where(Appointment.patient == patient).count() == 1


def _planner(qtbot, pregnancy: bool = False) -> tuple[PlannerDialog, int, int]:
    admin, desk = make_clinic()
    practitioners, _rooms = add_people(admin)
    account = create_staff("mei", "Mei Practitioner", "practitioner", "mei pass 12", pin="8642",
                           practitioner_id=practitioners[0], by_staff_id=admin.staff_id)
    patient = make_patient()
    make_intake(patient, **({"pregnancy": "yes"} if pregnancy else {}))
    dialog = PlannerDialog(patient, desk, patient_name="Jane Doe", now=BEFORE_CHRISTMAS)
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, dialog)  # the choices, the checks and the first plan read in workers
    return dialog, patient, account.id


def test_planning_and_booking_a_course_keep_the_window_turning(qtbot, db, monkeypatch):
    dialog, patient, _ = _planner(qtbot)
    planned = hold(monkeypatch, planner_dialog, "plan_course")
    time = child(dialog, QComboBox, "Preferred time of day")
    time.setCurrentIndex(time.findText("10:00"))
    confirm = child(dialog, QPushButton, "Confirm and book all sessions")
    with turning() as turns:
        took_plan_ms = click_returns_at_once(child(dialog, QPushButton, "Propose sessions"))
        assert not confirm.isEnabled()  # the plan shown is not the one for these choices
        while_held(qtbot, planned, turns)
        planned.release()
        settled(qtbot, dialog)
    assert planned.ran_off_the_gui_thread()
    assert dialog.preview().plan().sessions[0].slot.starts_at.time() == dt.time(10)
    booked = hold(monkeypatch, planner_dialog, "book_course")
    with turning() as turns:
        took_book_ms = click_returns_at_once(confirm)
        assert not confirm.isEnabled()  # one click books once
        confirm.click()
        while_held(qtbot, booked, turns)
        assert not TreatmentCourse.select().exists()
        with qtbot.waitSignal(dialog.course_booked, timeout=5000) as course:
            booked.release()
    assert took_plan_ms < CLICK_MS and took_book_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert booked.ran_off_the_gui_thread() and len(booked.threads) == 1
    assert [c.id for c in TreatmentCourse.select()] == [course.args[0]]
    assert Appointment.select().where(Appointment.patient == patient).count() == 12


def test_a_countersigned_decision_is_checked_off_the_gui_thread(qtbot, sqlite_db, monkeypatch):
    """The practitioner's PIN (argon2) is checked in the panel's write lane."""
    dialog, _patient, practitioner = _planner(qtbot, pregnancy=True)
    held = hold(monkeypatch, planner_dialog, "record_override")
    child(dialog, QLineEdit, "Reason for Pregnant").setText("Second trimester, no contraindicated points")
    child(dialog, QLineEdit, "PIN of the deciding practitioner for Pregnant").setText("8642")
    record = child(dialog, QPushButton, "Record decision for Pregnant")
    with turning() as turns:
        took_ms = click_returns_at_once(record)
        assert not record.isEnabled()
        while_held(qtbot, held, turns)
        held.release()
        settled(qtbot, dialog)
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    assert PractitionerDecision.get().decided_by_id == practitioner
    assert dialog.gates_panel().lines()[-1] == "✓ Pregnant: practitioner's decision recorded"
    assert child(dialog, QPushButton, "Confirm and book all sessions").isEnabled()
