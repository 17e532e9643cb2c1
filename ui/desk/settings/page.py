"""The Settings page: every signed-in staff member reads it; only an admin can change it."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from intake import clinic_setup
from intake.errors import BackCareError
from intake.session import StaffSession
from ui.desk.settings.backup_tab import BackupTab
from ui.desk.settings.clinic_tab import ClinicTab
from ui.desk.settings.hours_tab import HoursTab
from ui.desk.settings.people_tab import PractitionersTab, RoomsTab

log = logging.getLogger(__name__)


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

    def __init__(self, session: StaffSession, backups=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded_as: bool | None = None  # can_edit when last loaded; None: never loaded
        self._read_only = QLabel()
        self._read_only.setWordWrap(True)
        self._read_only.setStyleSheet("background: #fff4ce; padding: 8px; border-radius: 4px;")
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
        layout.addWidget(self._read_only)
        layout.addWidget(self._tabs)
        self._connect_signals()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Read the settings when first shown (nothing, the holidays library included, is read
        at start-up) and again only when who may edit changed: an open edit survives the idle
        lock and a trip to another page."""
        super().showEvent(event)
        if self._loaded_as != clinic_setup.can_edit(self._session.staff_id):
            self.reload()

    def _connect_signals(self) -> None:
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
            items = affected_bookings()
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
        editable = clinic_setup.can_edit(self._session.staff_id)
        self._loaded_as = editable
        self._read_only.setText(self.tr("Only an administrator can change these settings. "
                                        "You can read them."))
        self._read_only.setVisible(not editable)
        for tab in (self._clinic, self._hours, self._practitioners, self._rooms, self._backups):
            tab.reload()

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
