"""The Settings page: every signed-in staff member reads it; only an admin can change it.

Opening it reads every tab's data in one worker task (`read_settings`), so the window never
waits on the database; a tab's own reload after a save reads directly (short, after a write)."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from intake import clinic as clinic_mod
from intake import clinic_setup
from intake.errors import BackCareError
from intake.session import StaffSession
from ui.desk.settings.backup_tab import BackupTab
from ui.desk.settings.clinic_tab import ClinicTab
from ui.desk.settings.hours_tab import HoursTab
from ui.desk.settings.people_tab import PractitionersTab, RoomsTab
from ui.workers import Lane

log = logging.getLogger(__name__)


@dataclass
class SettingsData:
    """What the four tabs show, read together."""

    editable: bool
    clinic: object
    opening: dict
    closures: list
    holidays: list
    practitioners: list
    rooms: list
    practitioner_details: dict[int, tuple] = field(default_factory=dict)


def read_settings(staff_id: int | None) -> SettingsData:
    """Every tab's data (runs in a worker thread)."""
    me = {"by_staff_id": staff_id}
    practitioners = clinic_setup.list_practitioners(**me)
    now = clinic_mod.now()
    details = {p.id: (clinic_setup.practitioner_hours(p.id, **me),
                      clinic_setup.list_time_off(p.id, from_time=now, **me)) for p in practitioners}
    return SettingsData(
        clinic_setup.can_edit(staff_id), clinic_mod.get_clinic(), clinic_setup.opening_hours(**me),
        clinic_setup.list_closures(from_day=clinic_mod.today(), **me),
        clinic_setup.upcoming_holidays(**me), practitioners, clinic_setup.list_rooms(**me), details)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class SettingsPage(QWidget):
    """Tabs: Clinic, Opening hours & holidays, Practitioners, Rooms, Backups. `settings_changed`
    is emitted after any save so the calendar and planner can reload. `backups` runs the backups
    (the desk's own runner, shared with its daily check)."""

    settings_changed = Signal()
    loaded = Signal()

    def __init__(self, session: StaffSession, backups=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded_as: bool | None = None  # can_edit when last loaded; None: never loaded
        self._read_only = QLabel()
        self._read_only.setWordWrap(True)
        self._read_only.hide()  # until the settings are read: it says whether they can be changed
        self._read_only.setObjectName("readOnlyNote")
        self._reading = Lane("settings", self)
        self._loading = QLabel(self.tr("Loading…"))
        self._loading.setObjectName("hint")
        self._loading.hide()
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(self.tr("Settings sections"))
        self._clinic = ClinicTab(session)
        self._hours = HoursTab(session)
        self._practitioners = PractitionersTab(session)
        self._rooms = RoomsTab(session)
        self._backups = BackupTab(session, backups)
        self._tabs.addTab(_scrolled(self._clinic), self.tr("Clinic"))
        self._tabs.addTab(_scrolled(self._hours), self.tr("Opening hours && holidays"))
        self._tabs.addTab(_scrolled(self._practitioners), self.tr("Practitioners"))
        self._tabs.addTab(_scrolled(self._rooms), self.tr("Rooms"))
        self._tabs.addTab(_scrolled(self._backups), self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._loading)
        layout.addWidget(self._read_only)
        layout.addWidget(self._tabs)
        self._connect_signals()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Read the settings when first shown (nothing, the holidays library included, is read
        at start-up) and again only when who may edit changed: an open edit survives the idle
        lock and a trip to another page."""
        super().showEvent(event)
        if self._loaded_as != self._session.is_admin:
            self.reload()

    def _connect_signals(self) -> None:
        self._reading.busy_changed.connect(self._loading.setVisible)
        for tab in (self._clinic, self._hours, self._practitioners, self._rooms):
            tab.saved.connect(self.settings_changed)
        self._clinic.saved.connect(self._hours.reload)  # the country decides the holidays
        for tab in (self._clinic, self._hours, self._practitioners):
            tab.saved.connect(self._check_bookings)

    def _check_bookings(self) -> None:
        """New hours, a closure, a region's holidays or time off may leave bookings in closed
        time: list them with a re-plan proposal."""
        from intake.scheduling.affected import affected_bookings
        from ui.desk.affected_dialog import AffectedDialog

        try:
            items = affected_bookings(staff_id=self._session.staff_id)
        except BackCareError:
            log.warning("could not look for bookings in closed time")
            return
        if not items:
            return
        dialog = AffectedDialog(items, self._session, self)
        dialog.rebooked.connect(self._on_rebooked)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def _on_rebooked(self, _ids: list) -> None:
        self.settings_changed.emit()

    def reload(self) -> None:
        """Read every tab's data in a worker and show it (`loaded` once shown)."""
        self._loaded_as = self._session.is_admin
        self._reading.submit(functools.partial(read_settings, self._session.staff_id),
                             on_done=self._show, on_error=self._load_error)

    def is_loading(self) -> bool:
        return self._reading.is_busy()

    def _show(self, data: SettingsData) -> None:
        self._read_only.setText(self.tr("Only an administrator can change these settings. "
                                        "You can read them."))
        self._read_only.setVisible(not data.editable)
        for tab in (self._clinic, self._hours, self._practitioners, self._rooms):
            tab.reload(data)
        self._backups.reload()
        self.loaded.emit()

    def _load_error(self, exc: BackCareError) -> None:
        self._loaded_as = None  # read again on the next visit
        self._read_only.setText(self.tr("The settings could not be read: the database did not "
                                        "answer. They are read again when you come back."))
        self._read_only.setVisible(True)
        log.info("settings: %s", exc.code)

    def show_section(self, index: int) -> None:
        self._tabs.setCurrentIndex(index)

    # the sections, for tests and screenshots
    def clinic_tab(self) -> ClinicTab:
        return self._clinic

    def hours_tab(self) -> HoursTab:
        return self._hours

    def practitioners_tab(self) -> PractitionersTab:
        return self._practitioners

    def rooms_tab(self) -> RoomsTab:
        return self._rooms

    def backup_tab(self) -> BackupTab:
        return self._backups
