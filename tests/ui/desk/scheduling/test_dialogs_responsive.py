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


def _course_with_a_closure(admin_closes: bool) -> tuple:
    """A twice-weekly course from Monday 1 March 2027 and an admin session; the third
    session's day closed when `admin_closes`."""
    from intake import clinic_setup
    from intake.models import Staff
    from intake.session import StaffSession
    from tests.ui.desk.scheduling.helpers import book_twice_weekly_course

    desk, _practitioners, _rooms, _patient, course_id = book_twice_weekly_course(
        dt.date(2027, 3, 1))
    ada = Staff.get(Staff.role == "admin")
    admin = StaffSession(ada.id, "Ada", "admin")
    sessions = list(Appointment.select().where(Appointment.course == course_id)
                    .order_by(Appointment.starts_at))
    if admin_closes:
        day = sessions[2].starts_at.date()
        clinic_setup.add_closure(day, day, "Boiler repair", by_staff_id=admin.staff_id)
    return desk, admin, sessions


def test_moving_bookings_out_of_closed_time_keeps_the_window_turning(qtbot, sqlite_db,
                                                                      monkeypatch):
    from intake.scheduling.affected import affected_bookings
    from ui.desk.scheduling import affected_dialog
    from ui.desk.scheduling.affected_dialog import AffectedDialog
    from ui.desk.scheduling.texts import Names

    _desk, admin, sessions = _course_with_a_closure(admin_closes=True)
    dialog = AffectedDialog(affected_bookings(staff_id=admin.staff_id), admin,
                            names=Names(admin.staff_id))
    qtbot.addWidget(dialog)
    dialog.show()
    held = hold(monkeypatch, affected_dialog, "rebook")
    move = child(dialog, QPushButton, "Move them as proposed")
    with turning() as turns:
        took_ms = click_returns_at_once(move)
        assert not move.isEnabled()  # one click moves once
        while_held(qtbot, held, turns)
        with qtbot.waitSignal(dialog.rebooked, timeout=5000) as rebooked:
            held.release()
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    assert rebooked.args[0] == [sessions[2].id]
    assert Appointment.get_by_id(sessions[2].id).starts_at.date() != sessions[2].starts_at.date()


def test_confirming_the_moves_of_a_preview_keeps_the_window_turning(qtbot, sqlite_db,
                                                                     monkeypatch):
    from intake import clinic_setup
    from intake.scheduling.moves import plan_following_move
    from ui.desk.scheduling import move_preview
    from ui.desk.scheduling.move_preview import MovePreviewDialog
    from ui.desk.scheduling.texts import Names

    desk, admin, sessions = _course_with_a_closure(admin_closes=False)
    clash = sessions[6].starts_at + dt.timedelta(hours=1)
    clinic_setup.add_time_off(sessions[0].practitioner_id, clash.replace(hour=0),
                              clash.replace(hour=23), by_staff_id=admin.staff_id)
    plan = plan_following_move(sessions[2].id, sessions[2].starts_at + dt.timedelta(hours=1),
                               staff_id=desk.staff_id)
    assert plan.clashes
    dialog = MovePreviewDialog(plan, desk, names=Names(desk.staff_id))
    qtbot.addWidget(dialog)
    dialog.show()
    held = hold(monkeypatch, move_preview, "apply_move_plan")
    confirm = child(dialog, QPushButton, "Confirm the moves")
    with turning() as turns:
        took_ms = click_returns_at_once(confirm)
        assert not confirm.isEnabled()  # one click moves once
        while_held(qtbot, held, turns)
        assert Appointment.get_by_id(sessions[3].id).starts_at == sessions[3].starts_at
        with qtbot.waitSignal(dialog.moves_applied, timeout=5000):
            held.release()
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    assert (Appointment.get_by_id(sessions[3].id).starts_at
            == sessions[3].starts_at + dt.timedelta(hours=1))
