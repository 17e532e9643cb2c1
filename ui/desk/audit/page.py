"""Audit trail viewer (admins only): filters above a read-only table, newest first.

Filters: staff member, patient number, action, first and last day. The rows come from
intake.audit.entries, which refuses anyone but an active admin. They are read in the page's
worker lane, and a merge is reversed in its write lane (ui/workers.py): the window never waits
on the database.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake import audit, merge
from intake import clinic as clinic_mod
from intake import staff as staffmod
from intake.errors import BackCareError
from intake.session import StaffSession
from ui import dates
from ui.desk.audit.words import detail_text
from ui.desk.messages import error_text
from ui.desk.shell.labels import action_label
from ui.workers import Lane


def _read_trail(by: int | None, choices: bool, filters: dict) -> tuple:
    """(people, actions) when `choices`, and the entries; runs in a worker thread."""
    people = actions = None
    if choices:
        try:
            people = [(p.display_name, p.id) for p in staffmod.list_staff(by_staff_id=by)]
            actions = audit.actions_in_use(by_staff_id=by)
        except BackCareError:
            people, actions = [], []
    return people, actions, audit.entries(by_staff_id=by, **filters)

_Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Read-only rows of intake.audit.AuditRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[audit.AuditRow] = []
        self._headers = [self.tr("When"), self.tr("Staff"), self.tr("What"),
                         self.tr("Patient"), self.tr("Intake"), self.tr("Detail")]

    def set_rows(self, rows: list[audit.AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> audit.AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # never editable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 5 and role == Qt.ItemDataRole.ToolTipRole:
            return detail_text(self._rows[index.row()])  # the whole before/after when cut off
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return dates.pattern_text(row.at, "yyyy-MM-dd HH:mm:ss")  # sortable, to the second
        if column == 1:
            return row.staff_name or "—"
        if column == 2:
            return action_label(row.action)
        if column == 3:
            if row.patient_id is None:
                return ""
            return self.tr("{name} (no. {id})").format(name=row.patient_name, id=row.patient_id)
        if column == 4:
            return str(row.intake_id) if row.intake_id is not None else ""
        return detail_text(row)


class AuditView(QWidget):
    """The Audit trail page. `refresh()` reloads; `show_patient(id)` filters to one patient;
    `loaded()` once the entries read in a worker are shown."""

    loaded = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reading = Lane("audit", self)
        self._writing = Lane("audit-reversals", self, every_task=True)
        self._model = AuditTableModel(self)
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setAccessibleName(self.tr("Audit entries"))
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.verticalHeader().hide()
        self._table.setAlternatingRowColors(True)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._staff = QComboBox()
        self._staff.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._staff.setMinimumContentsLength(12)
        self._staff.setAccessibleName(self.tr("Filter by staff member"))
        self._action = QComboBox()
        self._action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._action.setMinimumContentsLength(14)
        self._action.setAccessibleName(self.tr("Filter by action"))
        self._patient = QLineEdit()
        self._patient.setValidator(QIntValidator(1, 2_000_000_000, self._patient))
        self._patient.setPlaceholderText(self.tr("any"))
        self._patient.setFixedWidth(110)
        self._patient.setAccessibleName(self.tr("Filter by patient number"))
        today = QDate(clinic_mod.today())
        self._since = self._date_edit(self.tr("From day"), today.addDays(-30))
        self._until = self._date_edit(self.tr("To day"), today)
        self._apply = QPushButton(self.tr("Show"))
        self._apply.setObjectName("primaryButton")
        self._apply.setAccessibleName(self.tr("Show matching entries"))
        self._count = QLabel()
        self._count.setAccessibleName(self.tr("Number of entries shown"))
        self._reverse = QPushButton(self.tr("Reverse this merge"))
        self._reverse.setAccessibleName(self.tr("Reverse the merge of the selected entry"))
        self._reverse.setEnabled(False)
        self._problem = QLabel()
        self._problem.setObjectName("errorText")
        self._problem.setWordWrap(True)
        self._problem.hide()
        self._build()
        self._connect_signals()

    def _date_edit(self, accessible: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(accessible)
        return edit

    def _build(self) -> None:
        title = QLabel(self.tr("Audit trail"))
        title.setObjectName("pageTitle")
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Staff"), self._staff), (self.tr("Action"), self._action),
                              (self.tr("Patient no."), self._patient),
                              (self.tr("From"), self._since), (self.tr("To"), self._until)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self._apply)
        filters.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addLayout(filters)
        box.addWidget(self._problem)
        box.addWidget(self._table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._count, 1)
        bottom.addWidget(self._reverse)
        box.addLayout(bottom)

    def _connect_signals(self) -> None:
        self._apply.clicked.connect(self._load)
        self._reading.busy_changed.connect(
            lambda busy: self._count.setText(self.tr("Loading…")) if busy else None)
        self._table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._reverse.clicked.connect(self.reverse_selected_merge)
        self._writing.busy_changed.connect(lambda _busy: self._selection_changed())

    # ------------------------------------------------------------------ public

    def refresh(self) -> None:
        """Reload the filter choices and the entries (read in a worker; `loaded` once shown)."""
        self._read(choices=True)

    def is_loading(self) -> bool:
        return self._reading.is_busy()

    def is_busy(self) -> bool:
        """Entries being read, or a merge being reversed."""
        return self._reading.is_busy() or self._writing.is_busy()

    def show_patient(self, patient_id: int) -> None:
        self._patient.setText(str(patient_id))
        self.refresh()

    def row_count(self) -> int:
        return self._model.rowCount()

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def reverse_button(self) -> QPushButton:
        return self._reverse

    def problem_text(self) -> str:
        return "" if self._problem.isHidden() else self._problem.text()

    def reverse_selected_merge(self) -> None:
        """Undo the merge the selected entry records (intake.merge refuses non-admins), in
        the write lane as the signed-in staff member; then the entries are read again."""
        merge_id = self._selected_merge()
        if merge_id is None or self._writing.is_busy():
            return
        self._writing.submit(functools.partial(merge.reverse_merge, merge_id,
                                               staff_id=self._session.staff_id),
                             on_done=lambda _result: self._load(), on_error=self._refused)

    def _refused(self, exc: BackCareError) -> None:
        self._problem.setText(error_text(exc))
        self._problem.show()

    def model(self) -> AuditTableModel:
        return self._model

    # ------------------------------------------------------------------ private

    def _selected_merge(self) -> int | None:
        row = self._model.row_at(self._table.currentIndex().row())
        return merge.merge_id_of(row.action, row.detail) if row is not None else None

    def _selection_changed(self) -> None:
        self._reverse.setEnabled(self._selected_merge() is not None
                                 and not self._writing.is_busy())

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]], any_text: str) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)

    def _load(self) -> None:
        self._read(choices=False)

    def _read(self, *, choices: bool) -> None:
        since, until = self._since.date().toPython(), self._until.date().toPython()
        filters = {"staff_id": self._staff.currentData(),
                   "patient_id": int(self._patient.text()) if self._patient.text() else None,
                   "action": self._action.currentData(),
                   "since": min(since, until), "until": max(since, until)}
        self._reading.submit(_read_trail, self._session.staff_id, choices, filters,
                             on_done=self._show, on_error=self._failed)

    def _failed(self, exc: BackCareError) -> None:
        self._problem.setText(error_text(exc))
        self._problem.show()
        self._show((None, None, []), problem=True)

    def _show(self, answer: tuple, problem: bool = False) -> None:
        people, actions, rows = answer
        if people is not None:
            self._refill(self._staff, people, self.tr("Everyone"))
            self._refill(self._action, [(action_label(a), a) for a in actions],
                         self.tr("Everything"))
        if not problem:
            self._problem.hide()
        self._model.set_rows(rows)
        self._selection_changed()
        if len(rows) >= audit.DEFAULT_LIMIT:
            self._count.setText(self.tr("The newest {n} entries; narrow the filters to see "
                                        "older ones.").format(n=len(rows)))
        else:
            self._count.setText(self.tr("{n} entries").format(n=len(rows)))
        self.loaded.emit()
