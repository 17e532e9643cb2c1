"""The proposed sessions of a course: moved ones highlighted with the reason; any can be changed.

A changed session is checked in the preview's worker lane (ui/workers.py): the window never
waits on the database. The names and choices come from the planner dialog (`set_choices`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake.content import checklists
from intake.errors import BackCareError
from intake.scheduling import CoursePlan, Slot, replace_session
from ui.desk.messages import error_text
from ui.desk.scheduling.texts import (
    Names,
    long_day_text,
    moved_text,
    practitioner_change_text,
    reason_text,
    when_text,
)
from ui.desk.scheduling.tinted_table import TintedTable
from ui.widgets.feedback import ERROR, set_tone
from ui.workers import Lane

COLUMNS = 5


class PlanPreview(QWidget):
    """Shows a CoursePlan. Staff select a session and change its time, practitioner or room;
    `plan_changed(plan)` carries the checked new plan."""

    plan_changed = Signal(object)
    busy_changed = Signal(bool)  # a changed session being checked, or no longer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: CoursePlan | None = None
        self._names: Names | None = None
        self._checking = Lane("planner-session-change", self)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._table = TintedTable(0, COLUMNS)
        self._table.setAccessibleName(self.tr("Proposed sessions"))
        self._table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("When"),
                                               self.tr("Practitioner"), self.tr("Room"),
                                               self.tr("Note")])
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self._change_label = QLabel(self.tr("Select a session to change it."))
        self._when = QDateTimeEdit()
        self._when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self._when.setCalendarPopup(True)
        self._when.setAccessibleName(self.tr("New time for the selected session"))
        self._practitioner = QComboBox()
        self._practitioner.setAccessibleName(self.tr("Practitioner for the selected session"))
        self._room = QComboBox()
        self._room.setAccessibleName(self.tr("Room for the selected session"))
        self._apply = QPushButton(self.tr("Use this time"))
        self._apply.setAccessibleName(self.tr("Use this time"))
        self._error = QLabel()
        self._error.setWordWrap(True)
        set_tone(self._error, ERROR)
        # two lines, so the planner stays narrow enough for a 1366 px screen with a row selected
        self._change_label.setWordWrap(True)
        edit_row = QGridLayout()
        edit_row.addWidget(self._change_label, 0, 0, 1, 4)
        edit_row.addWidget(self._when, 1, 0)
        edit_row.addWidget(self._practitioner, 1, 1)
        edit_row.addWidget(self._room, 1, 2)
        edit_row.addWidget(self._apply, 1, 3)
        edit_row.setColumnStretch(1, 1)
        edit_row.setColumnStretch(2, 1)
        for combo in (self._practitioner, self._room):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._summary)
        layout.addWidget(self._table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self._error)
        self._set_editing(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._table.itemSelectionChanged.connect(self._on_selected)
        self._apply.clicked.connect(self._on_apply)
        self._checking.busy_changed.connect(lambda busy: self._apply.setEnabled(not busy))
        self._checking.busy_changed.connect(self.busy_changed)

    def set_choices(self, practitioners: list, rooms: list, names: Names) -> None:
        """The active practitioners and rooms a session may move to, and every one's name
        (read in a worker by the dialog, before any plan is shown)."""
        self._names = names
        self._practitioner.clear()
        self._room.clear()
        for p in practitioners:
            self._practitioner.addItem(p.name, p.id)
        for r in rooms:
            self._room.addItem(r.name, r.id)

    def is_busy(self) -> bool:
        """A changed session being checked."""
        return self._checking.is_busy()

    def set_plan(self, plan: CoursePlan | None) -> None:
        self._plan = plan
        self._error.clear()
        self._table.setRowCount(0)
        if plan is None:
            self._summary.clear()
            self._set_editing(False)
            return
        moved = sum(1 for s in plan.sessions if s.moved or s.practitioner_changed)
        rules = checklists().course
        self._summary.setText(self.tr("{n} sessions from {first} to {last}; {moved} moved from "
                                      "the pattern (highlighted). {course} sessions should fall "
                                      "within {days} days of the first: by {end}.").format(
            n=len(plan.sessions), first=when_text(plan.sessions[0].slot.starts_at),
            last=when_text(plan.sessions[-1].slot.starts_at), moved=moved,
            course=rules.sessions, days=rules.review_window_days,
            end=long_day_text(plan.window_end)))
        self._table.setRowCount(len(plan.sessions))
        for row, proposed in enumerate(plan.sessions):
            slot = proposed.slot
            if proposed.moved and proposed.reason == "staff_choice":
                note = self.tr("Changed by staff")
            elif proposed.moved:
                note = moved_text(proposed)
            else:
                note = ""
            if proposed.practitioner_changed:
                change = practitioner_change_text(proposed, self._names)
                note = f"{note} · {change}" if note else change
            cells = [str(proposed.number), when_text(slot.starts_at),
                     self._names.practitioner(slot.practitioner_id), self._names.room(slot.room_id),
                     note]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, proposed.number)
                if proposed.moved or proposed.practitioner_changed:
                    self._table.tint(item, "moved")
                    item.setToolTip(note)
                self._table.setItem(row, column, item)
        self._set_editing(False)

    def _set_editing(self, editing: bool) -> None:
        for widget in (self._when, self._practitioner, self._room, self._apply):
            widget.setVisible(editing)
        if not editing:
            self._change_label.setText(self.tr("Select a session to change its time, "
                                               "practitioner or room."))

    def _selected_number(self) -> int | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows or self._plan is None:
            return None
        return self._table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _on_selected(self) -> None:
        number = self._selected_number()
        if number is None:
            self._set_editing(False)
            return
        proposed = next(s for s in self._plan.sessions if s.number == number)
        self._change_label.setText(self.tr("Session {0}:").format(number))
        self._when.setDateTime(QDateTime(proposed.slot.starts_at))
        self._practitioner.setCurrentIndex(self._practitioner.findData(proposed.slot.practitioner_id))
        self._room.setCurrentIndex(self._room.findData(proposed.slot.room_id))
        self._set_editing(True)

    def _on_apply(self) -> None:
        number = self._selected_number()
        if number is None or self._plan is None:
            return
        start = self._when.dateTime().toPython().replace(second=0, microsecond=0)
        slot = Slot(self._practitioner.currentData(), self._room.currentData(), start,
                    start + dt.timedelta(minutes=self._plan.minutes))
        if self._checking.is_busy():
            return
        self._error.clear()
        base = self._plan
        self._checking.submit(replace_session, base, number, slot,
                              on_done=lambda plan: self._changed(base, plan),
                              on_error=lambda exc: self._refused(number, exc))

    def _changed(self, base: CoursePlan, plan: CoursePlan) -> None:
        if self._plan is not base:
            return  # planned afresh meanwhile: the change was to a plan no longer shown
        self.set_plan(plan)
        self.plan_changed.emit(plan)

    def _refused(self, number: int, exc: BackCareError) -> None:
        self._error.setText(self.tr("Session {n} cannot go there: {reason}.").format(
            n=number, reason=reason_text(exc.code, str(exc.details.get("detail", ""))))
            if exc.field == "starts_at" else error_text(exc))

    # for the dialog, tests and screenshots
    def plan(self) -> CoursePlan | None:
        return self._plan

    def table(self) -> QTableWidget:
        return self._table

    def select_session(self, number: int) -> None:
        for row in range(self._table.rowCount()):
            if self._table.item(row, 0).data(Qt.ItemDataRole.UserRole) == number:
                self._table.selectRow(row)
                return

    def error(self) -> str:
        return self._error.text()
