"""Practitioners (name, colour, active, working hours, time off) and rooms.

Read and saved in each tab's worker lanes (TabWork): a click never waits on the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake import clinic as clinic_mod
from intake import clinic_setup
from intake.clinic_setup import DEFAULT_PRACTITIONER_COLOUR
from intake.errors import BackCareError
from intake.session import StaffSession
from ui import dates
from ui.desk.settings.messages import FieldErrors
from ui.desk.settings.tab_work import TabWork
from ui.desk.settings.week_editor import WeekHoursEditor

ID_ROLE = Qt.ItemDataRole.UserRole


def read_practitioner_details(practitioner_id: int, staff_id: int | None) -> tuple:
    """(working hours, time off from now on) of one practitioner (runs in a worker thread)."""
    me = {"by_staff_id": staff_id}
    return (clinic_setup.practitioner_hours(practitioner_id, **me),
            clinic_setup.list_time_off(practitioner_id, from_time=clinic_mod.now(), **me))


@dataclass(frozen=True)
class PractitionersView:
    """What the Practitioners tab shows, by the names the Settings page's SettingsData uses:
    the practitioners, each one's (hours, time off), and the opening hours (a new
    practitioner's hours start as the clinic's)."""

    editable: bool
    practitioners: list
    practitioner_details: dict[int, tuple] = field(default_factory=dict)
    opening: dict = field(default_factory=dict)


def read_practitioners_view(staff_id: int | None) -> PractitionersView:
    """The Practitioners tab's data (runs in a worker thread)."""
    practitioners = clinic_setup.list_practitioners(by_staff_id=staff_id)
    return PractitionersView(
        clinic_setup.can_edit(staff_id), practitioners,
        {p.id: read_practitioner_details(p.id, staff_id) for p in practitioners},
        clinic_setup.opening_hours(by_staff_id=staff_id))


@dataclass(frozen=True)
class RoomsView:
    """What the Rooms tab shows."""

    editable: bool
    rooms: list


def read_rooms_view(staff_id: int | None) -> RoomsView:
    """The Rooms tab's data (runs in a worker thread)."""
    return RoomsView(clinic_setup.can_edit(staff_id), clinic_setup.list_rooms(by_staff_id=staff_id))


def _write_then_read(write, read) -> tuple:
    """(what `write()` returned, what `read()` returned or None when only the read failed: the
    write stands), in one worker task."""
    result = write()
    try:
        return result, read()
    except BackCareError:
        return result, None


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PractitionersTab(QWidget):
    saved = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._general = QLabel()
        self._errors = FieldErrors(self._general)
        self._list = QListWidget()
        self._new = QPushButton(self.tr("New practitioner"))
        self._name = QLineEdit()
        self._colour = QLineEdit()
        self._active = QCheckBox(self.tr("Takes appointments"))
        self._buffer = QSpinBox()
        self._buffer.setRange(0, clinic_setup.MAX_BUFFER_MINUTES)
        self._buffer.setSingleStep(5)
        self._buffer.setSuffix(self.tr(" min"))
        self._buffer.setSpecialValueText(self.tr("none"))
        self._buffer.setToolTip(self.tr("Free time kept before and after each of this "
                                        "practitioner's appointments, in every booking and plan."))
        self._week = WeekHoursEditor("hours", self._errors)
        self._save = QPushButton(self.tr("Save practitioner"))
        self._status = QLabel()
        self._time_off = QListWidget()
        self._off_from = QDateTimeEdit()
        self._off_to = QDateTimeEdit()
        self._off_reason = QLineEdit()
        self._add_off = QPushButton(self.tr("Add time off"))
        self._remove_off = QPushButton(self.tr("Remove selected time off"))
        self._current: int | None = None
        self._known: list = []  # the practitioners as last read
        self._prefetched: dict[int, tuple] = {}  # id -> (hours, time off), read in a worker
        self._opening: dict = {}  # the clinic's opening hours: a new practitioner's to start
        self._work = TabWork("practitioners", self._errors, self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        for widget, name in [
            (self._list, self.tr("Practitioners")), (self._new, self.tr("New practitioner")),
            (self._name, self.tr("Practitioner name")), (self._colour, self.tr("Colour")),
            (self._active, self.tr("Takes appointments")),
            (self._buffer, self.tr("Buffer between appointments")),
            (self._save, self.tr("Save practitioner")), (self._time_off, self.tr("Time off")),
            (self._off_from, self.tr("Time off from")), (self._off_to, self.tr("Time off until")),
            (self._off_reason, self.tr("Reason for time off")),
            (self._add_off, self.tr("Add time off")),
            (self._remove_off, self.tr("Remove selected time off")),
        ]:
            widget.setAccessibleName(name)
        self._colour.setPlaceholderText(DEFAULT_PRACTITIONER_COLOUR)
        self._off_reason.setPlaceholderText(self.tr("Reason (optional)"))
        start = QDateTime(QDate(clinic_mod.today()).addDays(1), QTime(9, 0))
        for edit, value in ((self._off_from, start), (self._off_to, start.addSecs(9 * 3600))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
            edit.setDateTime(value)
        left = QVBoxLayout()
        left.addWidget(self._list, 1)
        left.addWidget(self._new)

        details = QGroupBox(self.tr("Practitioner"))
        form = QFormLayout(details)
        form.addRow(self.tr("Name"), self._name)
        form.addRow("", self._errors.add("practitioner_name"))
        form.addRow(self.tr("Colour"), self._colour)
        form.addRow("", self._errors.add("colour"))
        form.addRow("", self._active)
        form.addRow(self.tr("Buffer between appointments"), self._buffer)
        form.addRow("", self._errors.add("buffer_minutes"))
        form.addRow(QLabel(self.tr("Working hours (empty = not working)")))
        form.addRow(self._week)
        row = QHBoxLayout()
        row.addWidget(self._status, 1)
        row.addWidget(self._save)
        form.addRow(row)

        off = QGroupBox(self.tr("Time off"))
        off_layout = QVBoxLayout(off)
        off_layout.addWidget(self._time_off)
        off_form = QHBoxLayout()
        off_form.addWidget(self._off_from)
        off_form.addWidget(QLabel(self.tr("to")))
        off_form.addWidget(self._off_to)
        off_form.addStretch(1)
        off_layout.addLayout(off_form)
        off_row = QHBoxLayout()
        off_row.addWidget(self._off_reason, 1)
        off_row.addWidget(self._add_off)
        off_layout.addLayout(off_row)
        off_layout.addWidget(self._errors.add("time_off_ends"))
        off_layout.addWidget(self._remove_off, 0, Qt.AlignmentFlag.AlignRight)

        right = QVBoxLayout()
        right.addWidget(details)
        right.addWidget(off)
        right.addWidget(self._general)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

    def _connect_signals(self) -> None:
        self._list.currentItemChanged.connect(self._on_selected)
        self._new.clicked.connect(self._on_new)
        self._save.clicked.connect(self._on_save)
        self._add_off.clicked.connect(self._on_add_off)
        self._remove_off.clicked.connect(self._on_remove_off)
        self._work.busy_changed.connect(self._show_busy)

    def reload(self, data=None) -> None:
        """Show the practitioners: `data` (SettingsData or PractitionersView, read in a
        worker), or read them in the tab's worker first."""
        if data is None:
            self._work.read(read_practitioners_view, self._session.staff_id, on_done=self.reload)
            return
        editable, self._known = data.editable, data.practitioners
        self._prefetched = dict(data.practitioner_details)
        self._opening = data.opening
        keep = self._current
        self._list.blockSignals(True)
        self._list.clear()
        for practitioner in self._known:
            text = practitioner.name if practitioner.active else self.tr("{0} (inactive)").format(
                practitioner.name)
            item = QListWidgetItem(_swatch(practitioner.colour), text)
            item.setData(ID_ROLE, practitioner.id)
            self._list.addItem(item)
            if practitioner.id == keep:
                self._list.setCurrentItem(item)
        self._list.blockSignals(False)
        for widget in (self._new, self._save, self._add_off, self._remove_off, self._off_from,
                       self._off_to, self._off_reason):
            widget.setVisible(editable)
        for edit in (self._name, self._colour):
            edit.setReadOnly(not editable)
        self._active.setEnabled(editable)
        self._buffer.setReadOnly(not editable)
        self._week.set_editable(editable)
        if keep is None and self._list.count():
            self._list.setCurrentRow(0)
        elif keep is None:
            self._on_new()
        else:
            self._show(keep)

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._show(item.data(ID_ROLE))

    def _show(self, practitioner_id: int) -> None:
        self._errors.clear()
        self._status.clear()
        match = [p for p in self._known if p.id == practitioner_id]
        if not match:
            self._on_new()
            return
        practitioner = match[0]
        self._current = practitioner.id
        self._name.setText(practitioner.name)
        self._colour.setText(practitioner.colour)
        self._active.setChecked(practitioner.active)
        self._buffer.setValue(practitioner.buffer_minutes)
        details = self._prefetched.pop(practitioner.id, None)
        if details is None:  # read in the tab's worker; the hours blank (and Save off) till then
            self._week.set_week({})
            self._time_off.clear()
            self._work.read(read_practitioner_details, practitioner.id, self._session.staff_id,
                            on_done=lambda read, pid=practitioner.id: self._show_details(pid, read))
            return
        self._show_details(practitioner.id, details)

    def _show_details(self, practitioner_id: int, details: tuple) -> None:
        if practitioner_id != self._current:
            return  # another one was chosen meanwhile
        hours, time_off = details
        self._week.set_week(hours)
        self._time_off.clear()
        locale = dates.locale()
        for off in time_off:
            text = self.tr("{0} to {1}").format(
                locale.toString(QDateTime(off.starts_at), "ddd d MMM yyyy HH:mm"),
                locale.toString(QDateTime(off.ends_at), "ddd d MMM yyyy HH:mm"))
            item = QListWidgetItem(f"{text} — {off.reason}" if off.reason else text)
            item.setData(ID_ROLE, off.id)
            self._time_off.addItem(item)
        self._time_off.setEnabled(True)

    def _on_new(self) -> None:
        self._current = None
        self._list.clearSelection()
        self._name.clear()
        self._colour.setText(DEFAULT_PRACTITIONER_COLOUR)
        self._active.setChecked(True)
        self._buffer.setValue(0)
        self._week.set_week(self._opening)
        self._time_off.clear()
        self._time_off.setEnabled(False)
        self._name.setFocus()

    def is_busy(self) -> bool:
        """Being read or saved in the tab's worker."""
        return self._work.is_busy()

    def _show_busy(self, busy: bool) -> None:
        """No second click while a save (or a read) runs: one click saves once; no other
        practitioner chosen while one is being saved."""
        for widget in (self._new, self._save, self._add_off, self._remove_off):
            widget.setEnabled(not busy)
        self._list.setEnabled(not self._work.is_saving())
        if busy and self._work.is_saving():
            self._status.setText(self.tr("Saving…"))
        elif not busy and self._status.text() == self.tr("Saving…"):
            self._status.clear()

    def _on_save(self) -> None:
        """The practitioner and their hours saved in the write lane as the signed-in staff
        member, then the list read again in the same task."""
        try:
            week = self._week.week()  # checked here: nothing is sent that cannot be saved
        except BackCareError as exc:
            self._errors.show(exc)
            return
        by, current = self._session.staff_id, self._current
        name, colour, active = self._name.text(), self._colour.text(), self._active.isChecked()
        buffer = self._buffer.value()

        def save() -> int:
            if current is None:
                practitioner_id = clinic_setup.add_practitioner(
                    name, colour, by_staff_id=by, buffer_minutes=buffer).id
            else:
                practitioner_id = current
                clinic_setup.update_practitioner(current, name=name, colour=colour,
                                                 active=active, by_staff_id=by,
                                                 buffer_minutes=buffer)
            clinic_setup.set_practitioner_hours(practitioner_id, week, by_staff_id=by)
            return practitioner_id

        def saved(answer: tuple) -> None:
            self._current, view = answer
            self.reload(view)  # (read again in the worker when only that read failed)
            self._status.setText(self.tr("Saved."))
            self.saved.emit()

        self._status.clear()
        self._work.write(_write_then_read, save, lambda: read_practitioners_view(by),
                         on_done=saved)

    def _time_off_changed(self, write, then=None) -> None:
        """Time off added or removed, then the practitioner's hours and time off read again in
        the same task; `then()` once stored."""
        current, by = self._current, self._session.staff_id

        def read() -> tuple:
            return read_practitioner_details(current, by)

        def shown(answer: tuple) -> None:
            _result, details = answer
            if details is not None:
                self._prefetched[current] = details
            if self._current == current:
                self._show(current)
            if then is not None:
                then()
            self.saved.emit()

        def refused(exc: BackCareError) -> None:
            self._errors.show(exc)
            self._work.read(read, on_done=lambda details: self._show_details(current, details))

        self._status.clear()
        self._work.write(_write_then_read, write, read, on_done=shown, on_error=refused)

    def _on_add_off(self) -> None:
        if self._current is None:
            return
        current, by = self._current, self._session.staff_id
        starts, ends = self._off_from.dateTime().toPython(), self._off_to.dateTime().toPython()
        reason = self._off_reason.text()

        def add():
            return clinic_setup.add_time_off(current, starts, ends, reason, by_staff_id=by)

        self._time_off_changed(add, then=self._off_reason.clear)

    def _on_remove_off(self) -> None:
        item = self._time_off.currentItem()
        if item is None or self._current is None:
            return
        off_id, by = item.data(ID_ROLE), self._session.staff_id
        self._time_off_changed(lambda: clinic_setup.remove_time_off(off_id, by_staff_id=by))

    def error_text(self, field: str | None = None) -> str:
        return self._errors.text(field)


class RoomsTab(QWidget):
    saved = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._general = QLabel()
        self._errors = FieldErrors(self._general)
        self._list = QListWidget()
        self._name = QLineEdit()
        self._active = QCheckBox(self.tr("In use"))
        self._add = QPushButton(self.tr("Add as new room"))
        self._save = QPushButton(self.tr("Save room"))
        for widget, name in [(self._list, self.tr("Rooms")), (self._name, self.tr("Room name")),
                             (self._active, self.tr("In use")), (self._add, self.tr("Add as new room")),
                             (self._save, self.tr("Save room"))]:
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self._name)
        form.addRow("", self._errors.add("room_name"))
        form.addRow("", self._active)
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addWidget(self._save)
        form.addRow(buttons)
        form.addRow(self._general)
        layout = QHBoxLayout(self)
        layout.addWidget(self._list, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self._work = TabWork("rooms", self._errors, self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._list.currentItemChanged.connect(self._on_selected)
        self._add.clicked.connect(self._on_add)
        self._save.clicked.connect(self._on_save)
        self._work.busy_changed.connect(self._show_busy)

    def reload(self, data=None) -> None:
        """Show the rooms: `data` (SettingsData or RoomsView, read in a worker), or read them
        in the tab's worker first."""
        if data is None:
            self._work.read(read_rooms_view, self._session.staff_id, on_done=self.reload)
            return
        editable = data.editable
        self._list.clear()
        for room in data.rooms:
            text = room.name if room.active else self.tr("{0} (not in use)").format(room.name)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, room.id)
            item.setData(ID_ROLE + 1, (room.name, room.active))
            self._list.addItem(item)
        self._add.setVisible(editable)
        self._save.setVisible(editable)
        self._name.setReadOnly(not editable)
        self._active.setEnabled(editable)
        self._active.setChecked(True)

    def is_busy(self) -> bool:
        """Being read or saved in the tab's worker."""
        return self._work.is_busy()

    def _show_busy(self, busy: bool) -> None:
        """No second click while a save runs: one click saves once."""
        for widget in (self._add, self._save):
            widget.setEnabled(not busy)
        self._list.setEnabled(not self._work.is_saving())

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            name, active = item.data(ID_ROLE + 1)
            self._name.setText(name)
            self._active.setChecked(active)

    def _run(self, write) -> None:
        """`write()` in the tab's write lane as the signed-in staff member, then the rooms read
        again in the same task."""
        by = self._session.staff_id

        def saved(answer: tuple) -> None:
            _room, view = answer
            self._name.clear()
            self.reload(view)  # (read again in the worker when only that read failed)
            self.saved.emit()

        self._work.write(_write_then_read, write, lambda: read_rooms_view(by), on_done=saved)

    def _on_add(self) -> None:
        name, by = self._name.text(), self._session.staff_id
        self._run(lambda: clinic_setup.add_room(name, by_staff_id=by))

    def _on_save(self) -> None:
        item = self._list.currentItem()
        if item is None:
            self._on_add()
            return
        room_id, by = item.data(ID_ROLE), self._session.staff_id
        name, active = self._name.text(), self._active.isChecked()
        self._run(lambda: clinic_setup.update_room(room_id, name=name, active=active,
                                                   by_staff_id=by))

    def error_text(self, field: str | None = None) -> str:
        return self._errors.text(field)
