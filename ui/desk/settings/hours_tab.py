"""Opening hours with breaks, closures, and the public holidays the clinic may open on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import clinic as clinic_mod
from intake import clinic_setup
from intake.session import StaffSession
from ui import dates
from ui.desk.settings.messages import FieldErrors
from ui.desk.settings.week_editor import WeekHoursEditor


def _date_text(day: dt.date) -> str:
    return dates.locale().toString(QDate(day), "ddd d MMM yyyy")


class HoursTab(QWidget):
    saved = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._general = QLabel()
        self._errors = FieldErrors(self._general)
        self._week = WeekHoursEditor("opening_hours", self._errors)
        self._save_hours = QPushButton(self.tr("Save opening hours"))
        self._status = QLabel()
        self._closures = QListWidget()
        self._first_day = QDateEdit()
        self._last_day = QDateEdit()
        self._reason = QLineEdit()
        self._add_closure = QPushButton(self.tr("Add closure"))
        self._remove_closure = QPushButton(self.tr("Remove selected closure"))
        self._holidays = QListWidget()
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        for widget, name in [
            (self._save_hours, self.tr("Save opening hours")),
            (self._closures, self.tr("Closures")),
            (self._first_day, self.tr("First closed day")),
            (self._last_day, self.tr("Last closed day")),
            (self._reason, self.tr("Reason for closing")),
            (self._add_closure, self.tr("Add closure")),
            (self._remove_closure, self.tr("Remove selected closure")),
            (self._holidays, self.tr("Public holidays; ticked ones are open")),
        ]:
            widget.setAccessibleName(name)
        today = QDate(clinic_mod.today())
        for edit in (self._first_day, self._last_day):
            edit.setCalendarPopup(True)
            edit.setDate(today)
            edit.setDisplayFormat("ddd d MMM yyyy")
        self._reason.setPlaceholderText(self.tr("Reason (optional)"))

        hours = QGroupBox(self.tr("Opening hours"))
        hours_layout = QVBoxLayout(hours)
        hint = QLabel(self.tr("One line per day, e.g. 09:00–12:30, 13:30–18:00. "
                              "The gap is the lunch break. Empty = closed."))
        hint.setWordWrap(True)
        hours_layout.addWidget(hint)
        hours_layout.addWidget(self._week)
        hours_layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self._status, 1)
        row.addWidget(self._save_hours)
        hours_layout.addLayout(row)

        closures = QGroupBox(self.tr("Closures"))
        c_layout = QVBoxLayout(closures)
        c_layout.addWidget(self._closures)
        form = QHBoxLayout()
        self._from_label = QLabel(self.tr("From"))
        self._to_label = QLabel(self.tr("to"))
        form.addWidget(self._from_label)
        form.addWidget(self._first_day)
        form.addWidget(self._to_label)
        form.addWidget(self._last_day)
        form.addWidget(self._reason, 1)
        form.addWidget(self._add_closure)
        c_layout.addLayout(form)
        c_layout.addWidget(self._errors.add("closure_first_day"))
        c_layout.addWidget(self._errors.add("closure_last_day"))
        c_layout.addWidget(self._remove_closure, 0, Qt.AlignmentFlag.AlignRight)

        holidays = QGroupBox(self.tr("Public holidays (next 12 months)"))
        h_layout = QVBoxLayout(holidays)
        h_hint = QLabel(self.tr("The clinic is closed on these days. Tick a day to open anyway."))
        h_hint.setWordWrap(True)
        h_layout.addWidget(h_hint)
        h_layout.addWidget(self._holidays)

        right = QVBoxLayout()
        right.addWidget(closures)
        right.addWidget(holidays)
        columns = QHBoxLayout()
        columns.addWidget(hours, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self._general)

    def _connect_signals(self) -> None:
        self._save_hours.clicked.connect(self._on_save_hours)
        self._add_closure.clicked.connect(self._on_add_closure)
        self._remove_closure.clicked.connect(self._on_remove_closure)
        self._holidays.itemChanged.connect(self._on_holiday_changed)
        self._first_day.dateChanged.connect(self._on_first_day_changed)

    def reload(self, data=None) -> None:
        """Show hours, closures and holidays; `data` (SettingsData, read in a worker) or read
        here."""
        if data is None:
            me = self._session.staff_id
            editable = clinic_setup.can_edit(me)
            opening = clinic_setup.opening_hours(by_staff_id=me)
            closures = clinic_setup.list_closures(from_day=clinic_mod.today(), by_staff_id=me)
            holidays = clinic_setup.upcoming_holidays(by_staff_id=me)
        else:
            editable, opening = data.editable, data.opening
            closures, holidays = data.closures, data.holidays
        self._week.set_week(opening)
        self._week.set_editable(editable)
        for widget in (self._save_hours, self._add_closure, self._remove_closure, self._first_day,
                       self._last_day, self._reason, self._from_label, self._to_label):
            widget.setVisible(editable)
        self._closures.clear()
        for closure in closures:
            if closure.first_day == closure.last_day:
                text = _date_text(closure.first_day)
            else:
                text = self.tr("{0} to {1}").format(_date_text(closure.first_day),
                                                    _date_text(closure.last_day))
            if closure.reason:
                text = f"{text} — {closure.reason}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, closure.id)
            self._closures.addItem(item)
        if not self._closures.count():
            empty = QListWidgetItem(self.tr("No closure planned."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self._closures.addItem(empty)
        self._holidays.blockSignals(True)
        self._holidays.clear()
        for holiday in holidays:
            base = self.tr("{0} — {1}").format(_date_text(holiday.day), holiday.name)
            item = QListWidgetItem(self._holiday_text(base, holiday.open))
            item.setData(Qt.ItemDataRole.UserRole, holiday.day)
            item.setData(Qt.ItemDataRole.UserRole + 1, base)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if not editable:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if holiday.open else Qt.CheckState.Unchecked)
            self._holidays.addItem(item)
        self._holidays.blockSignals(False)

    def _run(self, action) -> bool:
        self._status.clear()
        if not self._errors.attempt(action):
            return False
        self.saved.emit()
        return True

    def _on_save_hours(self) -> None:
        def save():
            clinic_setup.set_opening_hours(self._week.week(), by_staff_id=self._session.staff_id)
        if self._run(save):
            self._status.setText(self.tr("Opening hours saved."))

    def _on_first_day_changed(self, date: QDate) -> None:
        if self._last_day.date() < date:
            self._last_day.setDate(date)

    def _on_add_closure(self) -> None:
        def add():
            clinic_setup.add_closure(self._first_day.date().toPython(),
                                     self._last_day.date().toPython(), self._reason.text(),
                                     by_staff_id=self._session.staff_id)
        if self._run(add):
            self._reason.clear()
            self.reload()

    def _on_remove_closure(self) -> None:
        item = self._closures.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        closure_id = item.data(Qt.ItemDataRole.UserRole)
        self._run(lambda: clinic_setup.remove_closure(closure_id,
                                                      by_staff_id=self._session.staff_id))
        self.reload()

    def _on_holiday_changed(self, item: QListWidgetItem) -> None:
        day = item.data(Qt.ItemDataRole.UserRole)
        is_open = item.checkState() == Qt.CheckState.Checked
        saved = self._run(lambda: clinic_setup.set_holiday_open(
            day, is_open, by_staff_id=self._session.staff_id))
        self._holidays.blockSignals(True)
        if not saved:
            is_open = not is_open
            item.setCheckState(Qt.CheckState.Checked if is_open else Qt.CheckState.Unchecked)
        item.setText(self._holiday_text(item.data(Qt.ItemDataRole.UserRole + 1), is_open))
        self._holidays.blockSignals(False)

    def _holiday_text(self, base: str, is_open: bool) -> str:
        return base + (self.tr("  — open") if is_open else self.tr("  — closed"))

    # for tests and the page
    def week_editor(self) -> WeekHoursEditor:
        return self._week

    def error_text(self, field: str | None = None) -> str:
        return self._errors.text(field)
