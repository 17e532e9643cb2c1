"""Staff page (admins only): the accounts in a table, a form to add one, a form for the selected.

Nothing here decides who may do what: intake.staff refuses non-admins and protects the last
admin; this page only shows the refusal. The accounts are read in the page's worker lane and
changed in the forms' write lanes (ui/workers.py): the window never waits on the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake import clinic as clinic_mod
from intake import clinic_setup
from intake import staff as staffmod
from intake.errors import BackCareError
from intake.session import StaffSession
from ui import dates
from ui.desk.messages import error_text
from ui.desk.shell.labels import role_label
from ui.desk.staff.forms import AccountForm, AddStaffForm
from ui.workers import Lane

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StaffView:
    """The accounts (with their roles) and the diaries (name, id) an account may be linked to
    (`diaries_refused`: why those could not be read)."""

    accounts: list
    diaries: list[tuple[str, int]]
    diaries_refused: BackCareError | None = None


def read_staff(staff_id: int | None) -> StaffView:
    """What the Staff page shows, read as `staff_id` (runs in a worker thread; admins only)."""
    accounts = staffmod.list_staff(by_staff_id=staff_id)
    try:
        diaries = [(p.name, p.id) for p in clinic_setup.list_practitioners(
            include_inactive=False, by_staff_id=staff_id)]
    except BackCareError as exc:
        return StaffView(accounts, [], exc)
    return StaffView(accounts, diaries)


class StaffTableModel(QAbstractTableModel):
    """Read-only list of accounts: name, username, role, status, PIN set."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers = [self.tr("Name"), self.tr("Username"), self.tr("Role"),
                         self.tr("Status"), self.tr("PIN")]

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def staff_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, staff_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == staff_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        staff = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return staff.display_name
        if column == 1:
            return staff.username
        if column == 2:
            return role_label(staff.role)
        if column == 3:
            return self._status(staff)
        return self.tr("set") if staff.has_pin else "—"

    def _status(self, staff) -> str:
        if not staff.active:
            return self.tr("Disabled")
        if staff.locked_until is not None and staff.locked_until > clinic_mod.now():
            return self.tr("Locked until {time}").format(time=dates.time_text(staff.locked_until))
        return self.tr("Active")


class StaffAdminPage(QWidget):
    """The Staff page. `refresh()` reads the list again in a worker (the window calls it when
    shown); `loaded()` once it is on screen."""

    loaded = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reading = Lane("staff", self)
        self._model = StaffTableModel(self)
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setAccessibleName(self.tr("Staff accounts"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        self._table.setAlternatingRowColors(True)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._problem = QLabel()
        self._problem.setObjectName("errorText")
        self._problem.setWordWrap(True)
        self._problem.hide()
        self._add_form = AddStaffForm(session)
        self._account_form = AccountForm(session)
        title = QLabel(self.tr("Staff"))
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr("Accounts are never deleted: disable someone who leaves."))
        hint.setObjectName("hint")
        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(hint)
        left.addWidget(self._problem)
        left.addWidget(self._table, 1)
        left.addWidget(self._account_form)
        right = QVBoxLayout()
        right.addWidget(self._add_form)
        right.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self._add_form.staff_added.connect(self._reload_and_select)
        self._account_form.account_changed.connect(self._reload_and_select)

    def refresh(self) -> None:
        selected = self._selected_id()
        self._reload_and_select(selected)

    def staff_count(self) -> int:
        return self._model.rowCount()

    def select_staff(self, staff_id: int) -> bool:
        row = self._model.row_of(staff_id)
        if row < 0:
            return False
        self._table.selectRow(row)
        self._table.setCurrentIndex(self._model.index(row, 0))
        return True

    def _selected_id(self) -> int | None:
        staff = self._model.staff_at(self._table.currentIndex().row())
        return staff.id if staff is not None else None

    def is_busy(self) -> bool:
        """The list being read, or a change being written."""
        return (self._reading.is_busy() or self._add_form.is_busy()
                or self._account_form.is_busy())

    def _reload_and_select(self, staff_id: int | None) -> None:
        self._reading.submit(read_staff, self._session.staff_id,
                             on_done=lambda view: self._show(view, staff_id),
                             on_error=self._refused)

    def _refused(self, exc: BackCareError) -> None:
        self._problem.setText(error_text(exc))
        self._problem.show()
        self._model.set_rows([])
        self._account_form.show_account(None)
        self.loaded.emit()

    def _show(self, view: StaffView, staff_id: int | None) -> None:
        self._problem.hide()
        self._account_form.set_diaries(view.diaries, view.diaries_refused)
        self._model.set_rows(view.accounts)
        if staff_id is None or not self.select_staff(staff_id):
            self._account_form.show_account(None)
        self.loaded.emit()

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._account_form.show_account(self._model.staff_at(current.row()))
