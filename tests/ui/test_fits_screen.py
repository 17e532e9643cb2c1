"""The desk fits a 1366×768 laptop: no page or dialog asks for more than the screen minus a
taskbar, whatever was visited before (a page that once asked for more would keep the window wide,
since the window's minimum is the largest of its pages')."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from intake import demo
from intake.models import Appointment, Intake
from ui.desk.arrivals.match_dialog import MatchDialog
from ui.desk.patients.patient_form import PatientForm
from ui.desk.scheduling.consultation_dialog import ConsultationDialog
from ui.desk.scheduling.planner_dialog import PlannerDialog
from ui.kiosk.flow import IntakeFlow
from ui.windows import assemble_desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # urgent demo arrival raises the desk

SCREEN_WIDTH, USABLE_HEIGHT = 1366, 728  # 768 minus a 40 px taskbar


def _fits(widget: QWidget) -> tuple[int, int]:
    QApplication.processEvents()
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width(), hint.height()


def _assert_fits(widget: QWidget, what: str) -> None:
    width, height = _fits(widget)
    assert width <= SCREEN_WIDTH and height <= USABLE_HEIGHT, f"{what} needs {width}×{height}"
    assert widget.width() <= SCREEN_WIDTH and widget.height() <= USABLE_HEIGHT, (
        f"{what} opens at {widget.width()}×{widget.height()}")


@pytest.fixture
def desk(sqlite_db, qtbot):
    demo.fill()
    assembly = assemble_desk("sqlite:///demo.db")
    qtbot.addWidget(assembly.window)
    assembly.window.resize(SCREEN_WIDTH, USABLE_HEIGHT)
    assembly.window.show()
    user = next(w for w in assembly.window.findChildren(QLineEdit) if w.accessibleName() == "Username")
    secret = next(w for w in assembly.window.findChildren(QLineEdit)
                  if w.accessibleName() == "Password or PIN")
    user.setText(demo.ADMIN[0])
    secret.setText(demo.ADMIN[2])
    qtbot.keyClick(secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: assembly.session.signed_in, timeout=5000)
    yield assembly
    assembly.arrivals.stop_polling()


def _course_patient() -> int:
    return Appointment.select().where(Appointment.course.is_null(False)).first().patient_id


def test_the_window_fits_after_visiting_every_page(desk, qtbot):
    window = desk.window
    for key in window.nav_keys():
        assert window.show_page(key)
        _assert_fits(window, f"the window after the {key} page")
    calendar = desk.calendar
    window.show_page("calendar")
    for mode in ("practitioners", "rooms"):
        calendar.choose(mode)
        calendar.show_week(dt.date.today())
        qtbot.waitUntil(lambda: not calendar.is_loading(), timeout=5000)  # read in a worker
        _assert_fits(window, f"the window with the week of all {mode}")
        calendar.show_day(dt.date.today())
        qtbot.waitUntil(lambda: not calendar.is_loading(), timeout=5000)
        _assert_fits(window, f"the window with the day of all {mode}")
    with qtbot.waitSignal(desk.patients.patient_opened, timeout=5000):
        desk.open_patient(_course_patient())
    _assert_fits(window, "the window with a patient's page and course")
    assert window.width() <= SCREEN_WIDTH


def test_the_planner_keeps_its_buttons_on_screen_with_a_session_selected(desk, qtbot):
    desk.plan_course(_course_patient())
    dialog = desk.window.findChildren(PlannerDialog)[0]
    qtbot.waitUntil(lambda: dialog.preview().plan() is not None, timeout=5000)
    dialog.preview().select_session(2)
    _assert_fits(dialog, "the planner with a session selected")
    dialog.resize(dialog.minimumSizeHint())
    QApplication.processEvents()
    apply = next(b for b in dialog.findChildren(type(dialog.confirm_button()))
                 if b.accessibleName() == "Use this time")
    for button in (apply, dialog.confirm_button()):
        assert button.isVisible()
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), f"{button.text()} is off the dialog"


def test_every_desk_dialog_fits(desk, qtbot):
    patient_id = _course_patient()
    consultation = ConsultationDialog(patient_id, desk.session, parent=desk.window)
    qtbot.waitUntil(lambda: not consultation.is_busy(), timeout=5000)  # its free times shown
    form = PatientForm(desk.session, patient_id, parent=desk.window)
    unmatched = Intake.select().where(Intake.patient.is_null()).first()
    match = MatchDialog(desk.session, unmatched.id, parent=desk.window)
    # measured filled in: the patient's details and the intake's candidates are read in workers
    qtbot.waitUntil(lambda: not form.is_busy() and not match.is_busy(), timeout=5000)
    assert form.values()["last_name"] and match.candidate_boxes()
    for dialog, what in ((consultation, "the consultation dialog"), (form, "the patient form"),
                         (match, "the match dialog")):
        dialog.show()
        _assert_fits(dialog, what)
        dialog.close()
    desk.staff_intake(None)
    flow = desk.window.findChildren(IntakeFlow)[0]
    _assert_fits(flow, "the intake entered by staff")


def test_first_run_fits(sqlite_db, qtbot):
    from ui.desk.shell.first_run import FirstRunWindow

    first = FirstRunWindow()
    qtbot.addWidget(first)
    first.show()
    _assert_fits(first, "the first-run window")
