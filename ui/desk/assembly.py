"""The desk's wiring: its window, its pages (built on first use) and the dialogs they open.

All signal wiring between the desk's pages lives in `DeskAssembly`, each page's own in the builder
of that page. `ui.windows` decides which window opens and hands the desk what it needs from
elsewhere (the intake form staff fill in for a patient).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from intake.errors import BackCareError
from intake.session import StaffSession
from ui import dates
from ui.desk.shell.idle_lock import DEFAULT_MINUTES
from ui.widgets.screen_fit import fit_to_screen
from ui.widgets.turns import next_turn
from ui.workers import Lane

log = logging.getLogger(__name__)

WATCH_AFTER_MS = 250  # the Arrivals page is built once the first frame is on screen

# (staff id, parent) -> a widget with the signals intake_submitted(int) and stop_requested()
IntakeFormFactory = Callable[[int | None, QWidget], QWidget]


def _load_holiday_tables() -> None:
    from intake import clinic, staff
    from intake.scheduling import availability  # the holidays library itself: ~45 ms

    availability.load_holiday_tables()
    clinic.timezones()  # Settings lists them: a scan of the zone files, ~50 ms
    staff.password_hasher()  # argon2's bindings, for the first sign-in


def _import_page_code(receiver: QObject, names: list[str], done) -> None:
    """The code of the pages and panels a first visit builds (~0.4 s of imports on first use),
    one module per turn of the GUI thread's event loop (`next_turn`: a chain of zero-delay
    single shots ran as one long turn, and the sign-in page did not take a key for ~0.3 s):
    modules that define Qt classes are imported in the GUI thread only (PySide6 builds their
    meta-objects on import; a quick-start run crashed inside libpyside once while a background
    thread imported them)."""
    import importlib

    if not names:
        done()
        return
    importlib.import_module(names[0])
    next_turn(receiver, lambda: _import_page_code(receiver, names[1:], done))


WARM_MODULES = ("ui.desk.patients.patients_page", "ui.desk.scheduling.consultations_panel", "ui.desk.scheduling.course_panel",
                "ui.desk.calendar.page", "ui.desk.settings.page", "ui.desk.scheduling.planner_dialog",
                "ui.desk.scheduling.consultation_dialog", "ui.desk.staff.page", "ui.desk.audit.page")


def _read_consultations(patient_id: int, staff_id: int | None) -> list:
    """The consultations panel's rows, read with the patient page (in its worker)."""
    from intake.scheduling.booking import patient_consultations

    return patient_consultations(patient_id, staff_id=staff_id)


def _read_courses(patient_id: int, staff_id: int | None):
    """The courses panel's first view, read with the patient page (in its worker)."""
    from ui.desk.scheduling.course_panel import read_courses

    return read_courses(patient_id, staff_id)


class DeskAssembly:
    """The desk window with its pages, and the dialogs they open.

    Pages are built on first use (the window opens on the sign-in page at once); the Arrivals
    page is built shortly after the window appears, so urgent arrivals are watched for from the
    start.

    With `storage_open=False` (the app's start, ui/windows.py) the database is not open yet:
    only the window is made, on its sign-in page, which no one can use until
    `storage_opened()`. Nothing here reads the database before that."""

    WATCH_AFTER_MS = WATCH_AFTER_MS

    def __init__(self, where: str, intake_form: IntakeFormFactory, *,
                 storage_open: bool = True) -> None:
        from ui.desk.shell.main_window import DeskWindow

        self._intake_form = intake_form
        self.session = StaffSession()
        self.window = DeskWindow(self.session, where, DEFAULT_MINUTES)
        self.alarm = None  # UrgentAlarm, once the database is open
        self.backups = self.backup_warning = None  # likewise
        self.window.add_page("arrivals", QCoreApplication.translate("windows", "Arrivals"), self._build_arrivals)
        self.window.add_page("patients", QCoreApplication.translate("windows", "Patients"), self._build_patients)
        self.window.add_page("calendar", QCoreApplication.translate("windows", "Calendar"), self._build_calendar)
        self.window.add_page("settings", QCoreApplication.translate("windows", "Settings"), self._build_settings)
        self._open: list[QWidget] = []
        self._reads = Lane("desk-actions", self.window)  # what a click needs before a dialog opens
        self._writes = Lane("desk-attach", self.window, every_task=True)
        self._warmed_up = False
        self.window.new_patient_requested.connect(lambda: self.patients.new_patient())
        self.window.search_requested.connect(lambda: self.patients.show_search())
        self.warmed_up = threading.Event()
        self.window.storage_watch().recovered.connect(self._after_outage)
        if storage_open:
            self.storage_opened()
        else:
            self.window.set_opening(True)

    def storage_opened(self) -> None:
        """The database is open and checked: the clinic's region and idle time, the urgent
        alarm on the lock screen and the backup watch are added; then sign-in is allowed."""
        from intake.clinic import get_clinic
        from ui.desk.arrivals.urgent_alarm import UrgentAlarm

        clinic = get_clinic()
        dates.set_region(clinic.country if clinic else None)  # dates as the clinic writes them
        if clinic is not None:
            self.window.set_idle_minutes(clinic.idle_lock_minutes)
        self.alarm = UrgentAlarm(self.window)
        self.window.add_lock_screen_notice(self.alarm.lock_notice())
        self.backups, self.backup_warning = self._backup_watch()
        self.window.set_opening(False)

    def _warm_up(self) -> None:
        """While the sign-in page waits for a person to type, loads in a background thread the
        public-holiday tables, argon2 and the code of the pages (about 0.5 s of imports), so
        neither the sign-in nor a first visit waits on them in the GUI thread."""
        if self._warmed_up:
            return
        self._warmed_up = True

        loaded = threading.Event()

        def load() -> None:
            try:
                _load_holiday_tables()
            finally:
                loaded.set()

        threading.Thread(target=load, name="warm-up", daemon=True).start()
        _import_page_code(self.window, list(WARM_MODULES), lambda: self._when_loaded(loaded))

    def _when_loaded(self, loaded: threading.Event) -> None:
        if loaded.is_set():
            self.warmed_up.set()
        else:
            QTimer.singleShot(20, lambda: self._when_loaded(loaded))

    def _backup_watch(self):
        from ui.desk.settings.backup_runner import BackupRunner
        from ui.desk.shell.backup_warning import BackupWarning

        runner = BackupRunner(self.window)
        warning = BackupWarning()
        self.window.statusBar().addPermanentWidget(warning)
        runner.status_changed.connect(warning.refresh)
        warning.refresh_later(WATCH_AFTER_MS)
        return runner, warning

    def start_backups(self) -> None:
        """The daily backup check (the app only: tests and screenshots never back up by
        themselves); the runner's thread is waited for when the app quits."""
        self.backups.start_daily()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.backups.stop)

    def start_watching(self) -> None:
        """Builds the Arrivals page, whose polling raises the desk for an urgent arrival, and
        starts the warm-up."""
        self.window.page("arrivals")
        self._warm_up()

    # ------------------------------------------------------------------ pages

    @property
    def arrivals(self):
        return self.window.page("arrivals")

    @property
    def patients(self):
        return self.window.page("patients")

    @property
    def calendar(self):
        return self.window.page("calendar")

    @property
    def settings(self):
        return self.window.page("settings")

    def _build_arrivals(self) -> QWidget:
        from ui.desk.arrivals.page import ArrivalsPage

        page = ArrivalsPage(self.session)
        page.patient_requested.connect(self.open_patient)
        page.urgent_arrived.connect(self._on_urgent)
        page.urgent_pending.connect(self.alarm.set_notices)
        self.alarm.set_notices(page.urgent_notices())  # the page read the arrivals once already
        page.consultation_requested.connect(self.book_consultation)
        page.course_requested.connect(self.plan_course)
        page.staff_intake_requested.connect(self.staff_intake)
        # names appear at a sign-in and go at a lock (the locked page shows no one)
        self.window.signed_in.connect(lambda _staff_id: page.reload())
        self.window.locked.connect(page.reload)
        return page

    def _build_patients(self) -> QWidget:
        from ui.desk.patients.patients_page import PatientsPage

        page = PatientsPage(self.session)
        page.patient_page.add_panel(self._consultations_panel, _read_consultations)
        page.patient_page.add_panel(self._courses_panel, _read_courses)
        page.course_requested.connect(self.plan_course)
        page.staff_intake_requested.connect(self.staff_intake)
        return page

    def _build_calendar(self) -> QWidget:
        from ui.desk.calendar.page import CalendarPage

        page = CalendarPage(self.session, load_now=False)
        page.patient_open_requested.connect(self.open_patient)
        return page

    def _build_settings(self) -> QWidget:
        from ui.desk.settings.page import SettingsPage

        page = SettingsPage(self.session, self.backups)
        page.settings_changed.connect(self._on_settings_changed)
        return page

    def _reload_if_built(self, key: str) -> None:
        page = self.window.built_page(key)
        if page is not None:
            page.reload()

    # ------------------------------------------------------------------ actions

    def open_patient(self, patient_id: int) -> None:
        self.window.show_page("patients")
        self.patients.open_patient(patient_id)

    def _on_urgent(self, _intake_id: int) -> None:
        self.window.show_page("arrivals")
        self.window.raise_()
        self.window.activateWindow()

    def _on_settings_changed(self) -> None:
        from intake.clinic import get_clinic

        clinic = get_clinic()
        if clinic is not None:
            dates.set_region(clinic.country)
            self.window.set_idle_minutes(clinic.idle_lock_minutes)
        self._reload_if_built("calendar")

    def _after_outage(self) -> None:
        """The database answers again: what is on screen is read afresh."""
        self._reload_if_built("arrivals")
        self._reload_if_built("calendar")
        patients = self.window.built_page("patients")
        if patients is not None and patients.showing_patient():
            patients.patient_page.reload()

    def _after_booking(self, _id: int) -> None:
        self._reload_if_built("arrivals")
        self._reload_if_built("calendar")
        patients = self.window.built_page("patients")
        if patients is not None and patients.showing_patient():
            patients.patient_page.reload()

    def _keep(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open.append(dialog)
        dialog.destroyed.connect(lambda *_: self._open.remove(dialog) if dialog in self._open else None)
        dialog.show()

    def _say(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("windows", "BackCare"), text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def book_consultation(self, intake_id: int) -> None:
        """The intake's patient is read in a worker, then the dialog opens."""
        from intake.intakes import load_intake

        staff_id = self.session.staff_id

        def opened(patient_id: int | None) -> None:
            from ui.desk.scheduling.consultation_dialog import ConsultationDialog

            if patient_id is None:
                self._say(QCoreApplication.translate("windows", "Match this arrival to a patient first (Match or create), then book."))
                return
            dialog = ConsultationDialog(patient_id, self.session, intake_id=intake_id,
                                        parent=self.window)
            dialog.consultation_booked.connect(self._after_booking)
            self._keep(dialog)

        from ui.desk.messages import error_text

        self._reads.submit(lambda: load_intake(intake_id, staff_id=staff_id).patient_id,
                           on_done=opened, on_error=lambda exc: self._say(error_text(exc)))

    def is_busy(self) -> bool:
        """A click's read or an attach still on its way."""
        return self._reads.is_busy() or self._writes.is_busy()

    def plan_course(self, patient_id: int) -> None:
        from ui.desk.scheduling.planner_dialog import PlannerDialog

        dialog = PlannerDialog(patient_id, self.session, parent=self.window)
        dialog.course_booked.connect(self._after_booking)
        self._keep(dialog)

    def _consultations_panel(self, patient_id: int, rows: list | None = None) -> QWidget:
        from ui.desk.scheduling.consultations_panel import ConsultationsPanel

        panel = ConsultationsPanel(patient_id, self.session, rows=rows)
        panel.consultations_changed.connect(lambda _p: self._reload_if_built("calendar"))
        panel.consultations_changed.connect(lambda _p: self._reload_if_built("arrivals"))
        return panel

    def _courses_panel(self, patient_id: int, data=None) -> QWidget:
        from ui.desk.scheduling.course_panel import CoursesPanel

        panel = CoursesPanel(patient_id, self.session, data=data)
        panel.plan_requested.connect(self.plan_course)
        panel.course_changed.connect(lambda _c: self._reload_if_built("calendar"))
        return panel

    def staff_intake(self, patient_id: int | None) -> None:
        """An intake entered by staff for a patient who cannot use the kiosk (the kiosk's own
        questions, in a window of the desk: the factory comes from ui.windows, so the desk
        never imports the kiosk)."""
        from intake.matching import attach_to_patient

        flow = self._intake_form(self.session.staff_id, self.window)
        flow.setWindowFlag(Qt.WindowType.Window)
        flow.setWindowTitle(QCoreApplication.translate("windows", "Intake entered by staff"))
        fit_to_screen(flow, 1100, 720)

        def submitted(intake_id: int) -> None:
            flow.close()
            if patient_id is None:
                self._reload_if_built("arrivals")
                return
            staff_id = self.session.staff_id

            def attached(_result: object) -> None:
                self._reload_if_built("arrivals")
                self.open_patient(patient_id)

            def not_attached(exc: BackCareError) -> None:
                from ui.desk.messages import error_text

                log.warning("staff intake %d saved but not attached", intake_id)
                self._reload_if_built("arrivals")  # it waits there to be matched by hand
                self._say(error_text(exc))

            self._writes.submit(
                lambda: attach_to_patient(intake_id, patient_id, staff_id=staff_id),
                on_done=attached, on_error=not_attached)

        flow.intake_submitted.connect(submitted)
        flow.stop_requested.connect(flow.close)
        self._keep(flow)
