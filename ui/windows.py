"""Which window opens, and how the desk's pages and dialogs are wired together.

`start()` returns the windows it opened (the first is the one shown first) so the caller keeps
them alive. All wiring of the desk lives in `DeskAssembly._connect_signals()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from intake.clinic import get_clinic, is_set_up
from intake.errors import BackCareError
from intake.intakes import load_intake
from intake.matching import attach_to_patient
from intake.session import StaffSession
from ui.widgets.emit import install_global_fix

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("windows", text)


def show_unexpected_error() -> None:
    """The crash handler's message: calm, no details (they may hold patient data)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("BackCare"),
                      tr("Something went wrong on this screen. What was already saved is safe. "
                         "If it happens again, please tell the clinic's administrator."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def start(*, kiosk: bool, where: str) -> list:
    install_global_fix()
    if kiosk:
        from ui.kiosk.window import KioskWindow

        window = KioskWindow()
        window.staff_exited.connect(lambda _staff_id: QApplication.quit())
        window.showFullScreen()
        return [window]
    if not is_set_up():
        return _first_run(where)
    assembly = DeskAssembly(where)
    assembly.window.showMaximized()
    return [assembly.window, assembly]


def _first_run(where: str) -> list:
    from ui.desk.first_run import FirstRunWindow

    first = FirstRunWindow()
    keep: list = [first]

    def completed() -> None:
        assembly = DeskAssembly(where)
        assembly.window.suggest_username(first.admin_username())
        assembly.window.showMaximized()
        keep.append(assembly)
        first.close()

    first.completed.connect(completed)
    first.show()
    return keep


class DeskAssembly:
    """The desk window with its pages, and the dialogs they open."""

    def __init__(self, where: str) -> None:
        from ui.desk.arrivals import ArrivalsPage
        from ui.desk.calendar.page import CalendarPage
        from ui.desk.main_window import DeskWindow
        from ui.desk.patients_page import PatientsPage
        from ui.desk.settings.page import SettingsPage

        self.session = StaffSession()
        clinic = get_clinic()
        self.window = DeskWindow(self.session, where, clinic.idle_lock_minutes if clinic else 5)
        self.arrivals = ArrivalsPage(self.session)
        self.patients = PatientsPage(self.session)
        self.calendar = CalendarPage(self.session, load_now=False)
        self.settings = SettingsPage(self.session)
        self.window.add_page("arrivals", tr("Arrivals"), self.arrivals)
        self.window.add_page("patients", tr("Patients"), self.patients)
        self.window.add_page("calendar", tr("Calendar"), self.calendar)
        self.window.add_page("settings", tr("Settings"), self.settings)
        self.patients.patient_page.add_panel(self._courses_panel)
        self._open: list[QWidget] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        w = self.window
        w.new_patient_requested.connect(self.patients.new_patient)
        w.search_requested.connect(self.patients.show_search)
        self.arrivals.patient_requested.connect(self.open_patient)
        self.arrivals.urgent_arrived.connect(self._on_urgent)
        self.arrivals.consultation_requested.connect(self.book_consultation)
        self.arrivals.course_requested.connect(self.plan_course)
        self.arrivals.staff_intake_requested.connect(self.staff_intake)
        self.patients.course_requested.connect(self.plan_course)
        self.patients.staff_intake_requested.connect(self.staff_intake)
        self.calendar.patient_open_requested.connect(self.open_patient)
        self.settings.settings_changed.connect(self._on_settings_changed)

    # ------------------------------------------------------------------ actions

    def open_patient(self, patient_id: int) -> None:
        self.window.show_page("patients")
        self.patients.open_patient(patient_id)

    def _on_urgent(self, _intake_id: int) -> None:
        self.window.show_page("arrivals")
        self.window.raise_()
        self.window.activateWindow()

    def _on_settings_changed(self) -> None:
        clinic = get_clinic()
        if clinic is not None:
            self.window.set_idle_minutes(clinic.idle_lock_minutes)
        self.calendar.reload()

    def _after_booking(self, _id: int) -> None:
        self.arrivals.reload()
        self.calendar.reload()
        if self.patients.showing_patient():
            self.patients.patient_page.reload()

    def _keep(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open.append(dialog)
        dialog.destroyed.connect(lambda *_: self._open.remove(dialog) if dialog in self._open else None)
        dialog.show()

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("BackCare"), text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def book_consultation(self, intake_id: int) -> None:
        from ui.desk.consultation_dialog import ConsultationDialog

        try:
            record = load_intake(intake_id)
        except BackCareError:
            self._say(tr("The database cannot be reached just now. Please try again."))
            return
        if record.patient_id is None:
            self._say(tr("Match this arrival to a patient first (Match or create), then book."))
            return
        dialog = ConsultationDialog(record.patient_id, self.session, intake_id=intake_id,
                                    parent=self.window)
        dialog.consultation_booked.connect(self._after_booking)
        self._keep(dialog)

    def plan_course(self, patient_id: int) -> None:
        from ui.desk.planner_dialog import PlannerDialog

        dialog = PlannerDialog(patient_id, self.session, parent=self.window)
        dialog.course_booked.connect(self._after_booking)
        self._keep(dialog)

    def _courses_panel(self, patient_id: int) -> QWidget:
        from ui.desk.course_panel import CoursesPanel

        panel = CoursesPanel(patient_id, self.session)
        panel.plan_requested.connect(self.plan_course)
        panel.course_changed.connect(lambda _c: self.calendar.reload())
        return panel

    def staff_intake(self, patient_id: int | None) -> None:
        """An intake entered by staff for a patient who cannot use the kiosk."""
        from ui.kiosk.flow import IntakeFlow

        flow = IntakeFlow(mode="desk", staff_id=self.session.staff_id, parent=self.window)
        flow.setWindowFlag(Qt.WindowType.Window)
        flow.setWindowTitle(tr("Intake entered by staff"))
        flow.resize(1100, 800)

        def submitted(intake_id: int) -> None:
            if patient_id is not None:
                try:
                    attach_to_patient(intake_id, patient_id, staff_id=self.session.staff_id)
                except BackCareError:
                    log.warning("staff intake %d saved but not attached", intake_id)
            flow.close()
            self.arrivals.reload()
            if patient_id is not None:
                self.open_patient(patient_id)

        flow.intake_submitted.connect(submitted)
        flow.stop_requested.connect(flow.close)
        self._keep(flow)
