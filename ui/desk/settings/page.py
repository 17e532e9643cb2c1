"""The Settings page: every signed-in staff member reads it; only an admin can change it.

Opening it reads every tab's data in one worker task (`read_settings`), so the window never
waits on the database; each tab saves and reads again in its own worker lanes, and the bookings
a change leaves in closed time are looked for in the page's.
The tabs are built once the page is shown, one per turn of the event loop, the one on screen
first (or at once when asked for): a first visit paints the page's frame at once and never holds
the window for the whole page."""

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
from ui.desk.settings.backup_tab import BackupTab, BackupView, read_backup_view
from ui.desk.settings.clinic_tab import ClinicTab, read_translations
from ui.desk.settings.hours_tab import HoursTab
from ui.desk.settings.people_tab import PractitionersTab, RoomsTab, read_practitioner_details
from ui.widgets.turns import next_turn
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
    backups: BackupView | None = None
    translations: dict = field(default_factory=dict)  # kiosk language -> translation status


def read_settings(staff_id: int | None) -> SettingsData:
    """Every tab's data (runs in a worker thread)."""
    me = {"by_staff_id": staff_id}
    practitioners = clinic_setup.list_practitioners(**me)
    details = {p.id: read_practitioner_details(p.id, staff_id) for p in practitioners}
    return SettingsData(
        clinic_setup.can_edit(staff_id), clinic_mod.get_clinic(), clinic_setup.opening_hours(**me),
        clinic_setup.list_closures(from_day=clinic_mod.today(), **me),
        clinic_setup.upcoming_holidays(**me), practitioners, clinic_setup.list_rooms(**me), details,
        read_backup_view(staff_id), read_translations())


def read_affected(staff_id: int | None) -> tuple:
    """(the bookings now in closed time, with a proposal each; the practitioners' and rooms'
    names when there are some) as `staff_id` (runs in a worker thread)."""
    from intake.scheduling.affected import affected_bookings
    from ui.desk.scheduling.texts import Names

    items = affected_bookings(staff_id=staff_id)
    return items, (Names(staff_id) if items else None)


CLINIC, HOURS, PRACTITIONERS, ROOMS, BACKUPS = range(5)


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
        self._checking = Lane("settings-affected-bookings", self)
        self._loading = QLabel(self.tr("Loading…"))
        self._loading.setObjectName("hint")
        self._loading.hide()
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(self.tr("Settings sections"))
        self._backup_runner = backups
        self._data: SettingsData | None = None
        self._built: dict[int, QWidget] = {}
        self._areas: list[QScrollArea] = []
        self._rest_queued = False
        for title in (self.tr("Clinic"), self.tr("Opening hours && holidays"),
                      self.tr("Practitioners"), self.tr("Rooms"), self.tr("Backups")):
            area = QScrollArea()
            area.setWidgetResizable(True)
            self._areas.append(area)
            self._tabs.addTab(area, title)
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
        self._queue_rest()

    def _connect_signals(self) -> None:
        self._reading.busy_changed.connect(self._loading.setVisible)
        self._tabs.currentChanged.connect(self._tab)

    # ------------------------------------------------------------------ the tabs, built lazily

    def _tab(self, index: int) -> QWidget:
        """The tab at `index`, built (and filled with the data read last) on first use."""
        tab = self._built.get(index)
        if tab is None:
            tab = self._make(index)
            self._built[index] = tab
            self._areas[index].setWidget(tab)
            if self._data is not None:
                self._fill(index, tab, self._data)
        return tab

    def _make(self, index: int) -> QWidget:
        session = self._session
        if index == BACKUPS:
            return BackupTab(session, self._backup_runner)
        tab = (ClinicTab, HoursTab, PractitionersTab, RoomsTab)[index](session)
        tab.saved.connect(self.settings_changed)
        if index == CLINIC:  # the country decides the holidays
            tab.saved.connect(lambda: self._reload_built(HOURS))
        if index != ROOMS:
            tab.saved.connect(self._check_bookings)
        return tab

    def _fill(self, index: int, tab: QWidget, data: SettingsData) -> None:
        if index == BACKUPS:
            tab.reload(data.backups)
        else:
            tab.reload(data)

    def _reload_built(self, index: int) -> None:
        tab = self._built.get(index)
        if tab is not None:
            tab.reload()

    def _queue_rest(self) -> None:
        if not self._rest_queued and len(self._built) < len(self._areas):
            self._rest_queued = True
            next_turn(self, self._build_next)

    def _build_next(self) -> None:
        """One tab not yet built (the one on screen first), the next on the following turn."""
        self._rest_queued = False
        missing = [i for i in range(len(self._areas)) if i not in self._built]
        if missing:
            current = self._tabs.currentIndex()
            self._tab(current if current in missing else missing[0])
            self._queue_rest()

    def is_building(self) -> bool:
        """The tab on screen not built yet (the first turn after the page is shown builds it;
        the hidden ones follow, one per turn)."""
        return self._tabs.currentIndex() not in self._built

    def _check_bookings(self) -> None:
        """New hours, a closure, a region's holidays or time off may leave bookings in closed
        time: looked for in a worker (a newer change's look replaces one not yet started) and,
        when there are some, listed with a re-plan proposal."""
        self._checking.submit(read_affected, self._session.staff_id, on_done=self._show_affected,
                              on_error=lambda exc: log.warning(
                                  "could not look for bookings in closed time: %s", exc.code))

    def _show_affected(self, answer: tuple) -> None:
        from ui.desk.scheduling.affected_dialog import AffectedDialog

        items, names = answer
        if not items:
            return
        dialog = AffectedDialog(items, self._session, self, names=names)
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
        """The settings being read, or some tab still to build."""
        return self._reading.is_busy() or (self.isVisible() and len(self._built) < len(self._areas))

    def is_busy(self) -> bool:
        """Anything of the page in a worker: its read, a tab's read or save, the look for
        bookings in closed time."""
        return (self.is_loading() or self._checking.is_busy()
                or any(tab.is_busy() for tab in self._built.values()))

    def _show(self, data: SettingsData) -> None:
        self._read_only.setText(self.tr("Only an administrator can change these settings. "
                                        "You can read them."))
        self._read_only.setVisible(not data.editable)
        self._data = data
        for index, tab in self._built.items():
            self._fill(index, tab, data)
        self.loaded.emit()

    def _load_error(self, exc: BackCareError) -> None:
        self._loaded_as = None  # read again on the next visit
        self._read_only.setText(self.tr("The settings could not be read: the database did not "
                                        "answer. They are read again when you come back."))
        self._read_only.setVisible(True)
        log.info("settings: %s", exc.code)

    def show_section(self, index: int) -> None:
        self._tab(index)
        self._tabs.setCurrentIndex(index)

    # the sections, for tests and screenshots
    def clinic_tab(self) -> ClinicTab:
        return self._tab(CLINIC)

    def hours_tab(self) -> HoursTab:
        return self._tab(HOURS)

    def practitioners_tab(self) -> PractitionersTab:
        return self._tab(PRACTITIONERS)

    def rooms_tab(self) -> RoomsTab:
        return self._tab(ROOMS)

    def backup_tab(self) -> BackupTab:
        return self._tab(BACKUPS)
