"""Patients: search as you type (name, phone in any format, date of birth), the results, and a
patient's page. The desk window owns Ctrl+N / Ctrl+F and calls `new_patient()` / `show_search()`.

The search runs in a worker (ui/workers.py): typing never waits on the database, and a newer
search wins over an older one still running. `searched()` follows each search's results."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake import patients
from intake.errors import BackCareError
from intake.session import StaffSession
from ui.desk.messages import error_text
from ui.desk.patients.patient_form import PatientForm
from ui.desk.patients.patient_page import PatientPage
from ui.desk.patients.record_text import age_text, date_text, phone_text, style_error
from ui.workers import Lane

log = logging.getLogger(__name__)


class PatientResults(QStandardItemModel):
    """The search results: name, date of birth (age), phone. Plain items, so the view asks
    Python for nothing while it paints."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 3, parent)
        self._rows: list[patients.PatientRow] = []
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Date of birth"), self.tr("Phone")])

    def set_rows(self, rows: list[patients.PatientRow]) -> None:
        self._rows = rows
        self.setRowCount(0)
        for p in rows:
            cells = (f"{p.last_name}, {p.first_name}",
                     f"{date_text(p.date_of_birth)}  ({age_text(p.date_of_birth)})",
                     phone_text(p.phone))
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                items.append(item)
            self.appendRow(items)

    def row_at(self, row: int) -> patients.PatientRow:
        return self._rows[row]

    def rows(self) -> list[patients.PatientRow]:
        return list(self._rows)


class PatientsPage(QWidget):
    """Search + results; opening a result shows its PatientPage (reachable as `patient_page`
    so the lead can `add_panel` the scheduling panel and wire its signals)."""

    patient_opened = Signal(int)
    searched = Signal()
    staff_intake_requested = Signal(object)  # patient id or None
    course_requested = Signal(int)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientsPage")
        self._session = session
        self._form: PatientForm | None = None
        self._stack = QStackedWidget()
        self._search_view = QWidget()
        self._title = QLabel(self.tr("Patients"))
        self._title.setObjectName("pageTitle")
        self._title.setProperty("heading", "list")  # larger than other pages' (desk.qss)
        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr(
            "Search: name (e.g. smi jo), phone (07911 123456) or date of birth (dd/mm/yyyy)"))
        self._search.setAccessibleName(self.tr("Search patients"))
        self._search.setClearButtonEnabled(True)
        self._new = QPushButton(self.tr("New patient… (Ctrl+N)"))
        self._new.setAccessibleName(self.tr("New patient"))
        self._model = PatientResults(self)
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setAccessibleName(self.tr("Matching patients"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing columns to their contents would measure every row per keystroke
        width = self._table.fontMetrics().horizontalAdvance("00/00/0000  (000 y)__")
        for column, sample in ((1, width), (2, self._table.fontMetrics().horizontalAdvance(
                "+000 0000 000000___"))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, sample)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setObjectName("searchHint")
        self._hint.setAccessibleName(self.tr("Search hint"))
        self._error = QLabel()
        style_error(self._error)
        self._page = PatientPage(session)
        self._searching = Lane("patient-search", self)
        self._slow = QTimer(self)  # "Searching…" only when an answer takes noticeably long
        self._slow.setSingleShot(True)
        self._slow.setInterval(250)
        self._build()
        self._connect_signals()
        self._show_hint("")

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self._new)
        column = QVBoxLayout(self._search_view)
        column.addLayout(top)
        column.addWidget(self._search)
        column.addWidget(self._hint)
        column.addWidget(self._error)
        column.addWidget(self._table, 1)
        self._stack.addWidget(self._search_view)
        self._stack.addWidget(self._page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Up / Down in the search box move through the results; Enter opens the chosen one."""
        if watched is self._search and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self._model.rowCount():
                current = self._table.currentIndex().row() if self._table.currentIndex().isValid() else -1
                self._table.selectRow(max(0, min(self._model.rowCount() - 1, current + step)))
                return True
        return super().eventFilter(watched, event)

    def _connect_signals(self) -> None:
        self._search.installEventFilter(self)
        self._search.textChanged.connect(self.search)
        self._search.returnPressed.connect(self._open_first)
        self._table.activated.connect(lambda index: self.open_patient(self._model.row_at(index.row()).id))
        self._new.clicked.connect(self.new_patient)
        self._page.back_requested.connect(self.show_search)
        self._page.staff_intake_requested.connect(self.staff_intake_requested)
        self._page.course_requested.connect(self.course_requested)
        self._page.patient_changed.connect(lambda _pid: self.search(self._search.text()))
        self._page.loaded.connect(self._patient_loaded)
        self._searching.busy_changed.connect(self._search_busy)
        self._slow.timeout.connect(lambda: self._hint.setText(self.tr("Searching…")))

    # ------------------------------------------------------------------ public

    @property
    def patient_page(self) -> PatientPage:
        return self._page

    def search(self, text: str) -> None:
        """Start a search for `text` (in a worker); its rows replace the results when it ends."""
        staff_id = self._session.staff_id
        self._searching.submit(lambda: patients.search_patients(text, staff_id=staff_id),
                               on_done=lambda rows: self._show_results(text, rows),
                               on_error=self._search_failed)

    def is_searching(self) -> bool:
        return self._searching.is_busy()

    def results(self) -> list[patients.PatientRow]:
        return self._model.rows()

    def hint_text(self) -> str:
        return self._hint.text()

    def search_box(self) -> QLineEdit:
        return self._search

    def open_patient(self, patient_id: int) -> None:
        """Read the patient's page in a worker; it is shown (`patient_opened`) once read."""
        self._page.load(patient_id)

    def show_search(self) -> None:
        self._stack.setCurrentWidget(self._search_view)
        self._search.setFocus()
        self._search.selectAll()

    def showing_patient(self) -> bool:
        return self._stack.currentWidget() is self._page

    def new_patient(self) -> None:
        """The "New patient" form (Ctrl+N in the desk window), prefilled from the search text."""
        self._form = PatientForm(self._session, parent=self)
        self._prefill(self._form)
        self._form.patient_saved.connect(self.open_patient)
        self._form.existing_chosen.connect(self.open_patient)
        self._form.open()

    def patient_form(self) -> PatientForm | None:
        return self._form

    # ------------------------------------------------------------------ private

    def _show_results(self, text: str, rows: list[patients.PatientRow]) -> None:
        self._error.hide()
        self._model.set_rows(rows)
        if rows:
            self._table.selectRow(0)
        self._show_hint(text, len(rows))
        self.searched.emit()

    def _search_failed(self, exc: BackCareError) -> None:
        self._error.setText(error_text(exc))
        self._error.show()
        self.searched.emit()

    def _search_busy(self, busy: bool) -> None:
        if busy:
            self._slow.start()
        else:
            self._slow.stop()
            if self._hint.text() == self.tr("Searching…"):
                self._show_hint(self._search.text(), self._model.rowCount())

    def _patient_loaded(self, patient_id: int) -> None:
        self._stack.setCurrentWidget(self._page)
        self.patient_opened.emit(patient_id)

    def _prefill(self, form: PatientForm) -> None:
        kind, value = patients.classify(self._search.text())
        if kind == "name":
            words = self._search.text().split()
            if len(words) >= 2:
                form.set_values(first_name=" ".join(words[1:]), last_name=words[0])
            else:
                form.set_values(last_name=self._search.text().strip())
        elif kind == "dob":
            form.set_values(date_of_birth=date_text(value))
        elif kind == "phone":
            form.set_values(phone=self._search.text().strip())

    def _open_first(self) -> None:
        index = self._table.currentIndex()
        row = index.row() if index.isValid() else 0
        if self._model.rowCount() > row:
            self.open_patient(self._model.row_at(row).id)

    def _show_hint(self, text: str, count: int = 0) -> None:
        if not text.strip():
            hint = self.tr("Type a name, a phone number or a date of birth.")
        elif count == 0:
            hint = self.tr("No patient matches “{text}”. Check the spelling, or create a new "
                           "patient (Ctrl+N).").format(text=text.strip())
        elif count >= patients.SEARCH_LIMIT:
            hint = self.tr("The first {n} matches; type more to narrow the search.").format(n=count)
        else:
            hint = self.tr("{n} matching — Enter opens the highlighted one.").format(n=count)
        self._hint.setText(hint)
