"""Practitioners (name, colour, active, working hours, time off) and rooms."""

from __future__ import annotations

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
from intake.session import StaffSession
from ui import dates
from ui.desk.settings.messages import FieldErrors
from ui.desk.settings.week_editor import WeekHoursEditor

ID_ROLE = Qt.ItemDataRole.UserRole


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

    def reload(self, data=None) -> None:
        """Show the practitioners; `data` (SettingsData, read in a worker) or read here."""
        if data is not None:
            editable, self._known = data.editable, data.practitioners
            self._prefetched = dict(data.practitioner_details)
        else:
            editable = clinic_setup.can_edit(self._session.staff_id)
            self._known = clinic_setup.list_practitioners(by_staff_id=self._session.staff_id)
            self._prefetched = {}
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
        hours, time_off = self._prefetched.pop(practitioner.id, (None, None))
        if hours is None:
            me = self._session.staff_id
            hours = clinic_setup.practitioner_hours(practitioner.id, by_staff_id=me)
            time_off = clinic_setup.list_time_off(practitioner.id, from_time=clinic_mod.now(),
                                                  by_staff_id=me)
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
        self._week.set_week(clinic_setup.opening_hours(by_staff_id=self._session.staff_id))
        self._time_off.clear()
        self._time_off.setEnabled(False)
        self._name.setFocus()

    def _run(self, action) -> bool:
        self._status.clear()
        if not self._errors.attempt(action):
            return False
        self.saved.emit()
        return True

    def _on_save(self) -> None:
        by = self._session.staff_id

        def save():
            week = self._week.week()  # validate before writing anything
            if self._current is None:
                practitioner = clinic_setup.add_practitioner(self._name.text(), self._colour.text(),
                                                             by_staff_id=by,
                                                             buffer_minutes=self._buffer.value())
                self._current = practitioner.id
            else:
                clinic_setup.update_practitioner(self._current, name=self._name.text(),
                                                 colour=self._colour.text(),
                                                 active=self._active.isChecked(), by_staff_id=by,
                                                 buffer_minutes=self._buffer.value())
            clinic_setup.set_practitioner_hours(self._current, week, by_staff_id=by)
        if self._run(save):
            self.reload()
            self._status.setText(self.tr("Saved."))

    def _on_add_off(self) -> None:
        if self._current is None:
            return
        current = self._current
        if self._run(lambda: clinic_setup.add_time_off(
                current, self._off_from.dateTime().toPython(), self._off_to.dateTime().toPython(),
                self._off_reason.text(), by_staff_id=self._session.staff_id)):
            self._off_reason.clear()
            self._show(current)

    def _on_remove_off(self) -> None:
        item = self._time_off.currentItem()
        if item is None or self._current is None:
            return
        off_id = item.data(ID_ROLE)
        self._run(lambda: clinic_setup.remove_time_off(off_id, by_staff_id=self._session.staff_id))
        self._show(self._current)

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
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._list.currentItemChanged.connect(self._on_selected)
        self._add.clicked.connect(self._on_add)
        self._save.clicked.connect(self._on_save)

    def reload(self, data=None) -> None:
        """Show the rooms; `data` (SettingsData, read in a worker) or read here."""
        editable = data.editable if data else clinic_setup.can_edit(self._session.staff_id)
        self._list.clear()
        rooms = data.rooms if data else clinic_setup.list_rooms(by_staff_id=self._session.staff_id)
        for room in rooms:
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

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            name, active = item.data(ID_ROLE + 1)
            self._name.setText(name)
            self._active.setChecked(active)

    def _run(self, action) -> None:
        if not self._errors.attempt(action):
            return
        self._name.clear()
        self.reload()
        self.saved.emit()

    def _on_add(self) -> None:
        self._run(lambda: clinic_setup.add_room(self._name.text(),
                                                by_staff_id=self._session.staff_id))

    def _on_save(self) -> None:
        item = self._list.currentItem()
        if item is None:
            self._on_add()
            return
        room_id = item.data(ID_ROLE)
        self._run(lambda: clinic_setup.update_room(room_id, name=self._name.text(),
                                                   active=self._active.isChecked(),
                                                   by_staff_id=self._session.staff_id))

    def error_text(self, field: str | None = None) -> str:
        return self._errors.text(field)
