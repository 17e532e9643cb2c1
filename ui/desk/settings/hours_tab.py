"""Opening hours with breaks, closures, and the public holidays the clinic may open on.

Read and saved in the tab's worker lanes (TabWork): a click never waits on the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
from intake.errors import BackCareError
from intake.session import StaffSession
from ui import dates
from ui.desk.settings.messages import FieldErrors
from ui.desk.settings.tab_work import TabWork
from ui.desk.settings.week_editor import WeekHoursEditor


def _date_text(day: dt.date) -> str:
    return dates.locale().toString(QDate(day), "ddd d MMM yyyy")


@dataclass(frozen=True)
class HoursView:
    """What the tab shows, by the names the Settings page's SettingsData uses for the same."""

    editable: bool
    opening: dict
    closures: list
    holidays: list


def read_hours_view(staff_id: int | None) -> HoursView:
    """The tab's data (runs in a worker thread)."""
    me = {"by_staff_id": staff_id}
    return HoursView(clinic_setup.can_edit(staff_id), clinic_setup.opening_hours(**me),
                     clinic_setup.list_closures(from_day=clinic_mod.today(), **me),
                     clinic_setup.upcoming_holidays(**me))


def _write_then_read(write, read):
    """`write()`, then `read()` in the same worker task: what `read` returns, or None when only
    the read failed (the write stands)."""
    write()
    try:
        return read()
    except BackCareError:
        return None


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
        self._work = TabWork("hours", self._errors, self)
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
        self._work.busy_changed.connect(self._show_busy)

    def reload(self, data=None) -> None:
        """Show hours, closures and holidays: `data` (SettingsData or HoursView, read in a
        worker), or read them in the tab's worker first."""
        if data is None:
            self._work.read(read_hours_view, self._session.staff_id, on_done=self.reload)
            return
        editable = data.editable
        self._week.set_week(data.opening)
        self._week.set_editable(editable)
        for widget in (self._save_hours, self._add_closure, self._remove_closure, self._first_day,
                       self._last_day, self._reason, self._from_label, self._to_label):
            widget.setVisible(editable)
        self._fill_closures(data.closures)
        self._holidays.blockSignals(True)
        self._holidays.clear()
        for holiday in data.holidays:
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

    def _fill_closures(self, closures: list) -> None:
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

    def is_busy(self) -> bool:
        """Being read or saved in the tab's worker."""
        return self._work.is_busy()

    def _show_busy(self, busy: bool) -> None:
        """No second click while a save (or a read) runs: one click saves once."""
        for widget in (self._save_hours, self._add_closure, self._remove_closure, self._holidays):
            widget.setEnabled(not busy)
        if busy and self._work.is_saving():
            self._status.setText(self.tr("Saving…"))
        elif not busy and self._status.text() == self.tr("Saving…"):
            self._status.clear()

    def _write(self, write, done, refused=None) -> bool:
        """`write()` in the tab's write lane; `done(its result)` and `saved` once stored, or
        `refused(error)` (by default: shown by the field it names). False when a save still
        runs (nothing sent)."""
        def stored(result) -> None:
            done(result)
            self.saved.emit()

        self._status.clear()
        return self._work.write(write, on_done=stored, on_error=refused)

    def _closures_changed(self, write) -> None:
        """A closure added or removed, then the closures read again in the same task."""
        staff_id = self._session.staff_id

        def read() -> list:
            return clinic_setup.list_closures(from_day=clinic_mod.today(), by_staff_id=staff_id)

        def shown(closures: list | None) -> None:
            if closures is None:
                self.reload()
            else:
                self._fill_closures(closures)

        def refused(exc: BackCareError) -> None:  # e.g. removed at another desk: list again
            self._errors.show(exc)
            self._work.read(read, on_done=self._fill_closures)

        self._write(lambda: _write_then_read(write, read), shown, refused)

    def _on_save_hours(self) -> None:
        try:
            week = self._week.week()  # checked here: nothing is sent that cannot be saved
        except BackCareError as exc:
            self._errors.show(exc)
            return
        staff_id = self._session.staff_id
        self._write(lambda: clinic_setup.set_opening_hours(week, by_staff_id=staff_id),
                    lambda _r: self._status.setText(self.tr("Opening hours saved.")))

    def _on_first_day_changed(self, date: QDate) -> None:
        if self._last_day.date() < date:
            self._last_day.setDate(date)

    def _on_add_closure(self) -> None:
        first, last = self._first_day.date().toPython(), self._last_day.date().toPython()
        reason, staff_id = self._reason.text(), self._session.staff_id
        self._closures_changed(
            lambda: clinic_setup.add_closure(first, last, reason, by_staff_id=staff_id))

    def _on_remove_closure(self) -> None:
        item = self._closures.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        closure_id, staff_id = item.data(Qt.ItemDataRole.UserRole), self._session.staff_id
        self._closures_changed(
            lambda: clinic_setup.remove_closure(closure_id, by_staff_id=staff_id))

    def _on_holiday_changed(self, item: QListWidgetItem) -> None:
        """The tick is saved in the write lane; refused, it goes back."""
        day = item.data(Qt.ItemDataRole.UserRole)
        is_open = item.checkState() == Qt.CheckState.Checked
        staff_id = self._session.staff_id

        def refused(exc: BackCareError) -> None:
            self._errors.show(exc)
            self._set_holiday(day, not is_open)

        if not self._write(lambda: clinic_setup.set_holiday_open(day, is_open,
                                                                 by_staff_id=staff_id),
                           lambda _r: self._set_holiday(day, is_open), refused):
            self._set_holiday(day, not is_open)

    def _set_holiday(self, day: dt.date, is_open: bool) -> None:
        for row in range(self._holidays.count()):
            item = self._holidays.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == day:
                self._holidays.blockSignals(True)
                item.setCheckState(Qt.CheckState.Checked if is_open else Qt.CheckState.Unchecked)
                item.setText(self._holiday_text(item.data(Qt.ItemDataRole.UserRole + 1), is_open))
                self._holidays.blockSignals(False)
                return

    def _holiday_text(self, base: str, is_open: bool) -> str:
        return base + (self.tr("  — open") if is_open else self.tr("  — closed"))

    # for tests and the page
    def week_editor(self) -> WeekHoursEditor:
        return self._week

    def error_text(self, field: str | None = None) -> str:
        return self._errors.text(field)
