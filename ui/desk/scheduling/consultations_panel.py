"""A patient's consultations on the patient page: every one (booked, held, cancelled, missed) with
its practitioner and room; move one, cancel it for the patient or the clinic, book one (the
dialog keeps to one free consultation per episode unless staff confirm a second with a reason).
A move or a cancellation is written in the panel's write lane and the list read again in its
reading lane (ui/workers.py): a slow or lost server never holds the window."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake.scheduling.booking import patient_consultations
from intake.scheduling.courses import (
    BOOKED,
    LATE_CANCEL_HOURS,
    cancel_appointment,
    move_appointment,
)
from intake.session import StaffSession
from ui.desk.messages import error_text
from ui.desk.scheduling.consultation_dialog import ConsultationDialog
from ui.desk.scheduling.texts import status_text, when_text
from ui.widgets.feedback import show_feedback
from ui.workers import Lane

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


class ConsultationsPanel(QGroupBox):
    """`consultations_changed(patient_id)` after a booking, a move or a cancellation."""

    consultations_changed = Signal(int)

    def __init__(self, patient_id: int, session: StaffSession, parent: QWidget | None = None,
                 *, rows: list | None = None) -> None:
        """`rows`: `patient_consultations(patient_id)` read in a worker (the patient page's
        load); without them the panel reads for itself."""
        super().__init__(parent)
        self.setTitle(self.tr("Consultations"))
        self._patient_id = patient_id
        self._session = session
        self._rows: dict[int, tuple[str, QDateTime]] = {}
        self._dialog: ConsultationDialog | None = None
        self._reading = Lane("consultations", self)
        self._writing = Lane("consultation-changes", self, every_task=True)
        self._empty = QLabel(self.tr("No consultation yet."))
        self._table = QTableWidget(0, 4)
        self._table.setAccessibleName(self.tr("Consultations of the patient"))
        self._table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Practitioner"),
                                               self.tr("Room"), self.tr("Status")])
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._book = self._button(self.tr("Book consultation…"))
        self._move_to = QDateTimeEdit()
        self._move_to.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self._move_to.setCalendarPopup(True)
        self._move_to.setAccessibleName(self.tr("Move the consultation to"))
        self._move_to.setDateTime(QDateTime.currentDateTime())
        self._move = self._button(self.tr("Move consultation"))
        self._cancel_patient = self._button(self.tr("Cancelled by patient"))
        self._cancel_patient.setAccessibleName(self.tr("Consultation cancelled by patient"))
        self._cancel_clinic = self._button(self.tr("Cancelled by clinic"))
        self._cancel_clinic.setAccessibleName(self.tr("Consultation cancelled by clinic"))
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Consultation message"))
        self._message.hide()
        self._build()
        self._connect_signals()
        self.reload(rows)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def _build(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self._cancel_patient)
        actions.addWidget(self._cancel_clinic)
        actions.addSpacing(16)
        actions.addWidget(QLabel(self.tr("Move to")))
        actions.addWidget(self._move_to)
        actions.addWidget(self._move)
        actions.addStretch(1)
        actions.addWidget(self._book)
        layout = QVBoxLayout(self)
        layout.addWidget(self._empty)
        layout.addWidget(self._table)
        layout.addLayout(actions)
        layout.addWidget(self._message)

    def _connect_signals(self) -> None:
        self._table.itemSelectionChanged.connect(self._on_selected)
        self._book.clicked.connect(self.open_booking)
        self._move.clicked.connect(self._on_move)
        self._cancel_patient.clicked.connect(lambda: self._on_cancel("patient"))
        self._cancel_clinic.clicked.connect(lambda: self._on_cancel("clinic"))

    # ------------------------------------------------------------------ public

    def reload(self, rows: list | None = None) -> None:
        """Show `rows`, or read them again (in a worker) and show them."""
        if rows is None:
            self._reading.submit(functools.partial(patient_consultations, self._patient_id,
                                                   staff_id=self._session.staff_id),
                                 on_done=self._fill,
                                 on_error=lambda exc: self._say(error_text(exc), error=True))
            return
        self._fill(rows)

    def is_busy(self) -> bool:
        """A change being written or the list being read."""
        return self._writing.is_busy() or self._reading.is_busy()

    def _fill(self, rows: list) -> None:
        self._rows = {}
        self._table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            self._rows[row.id] = (row.status, QDateTime(row.starts_at))
            status = status_text(row.status)
            if row.late_cancel:
                status += self.tr(" (late: under 24 h)")
            for column, text in enumerate((when_text(row.starts_at), row.practitioner_name,
                                           row.room_name, status)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                self._table.setItem(n, column, item)
        self._table.setVisible(bool(rows))
        self._fit_table()
        self._empty.setVisible(not rows)
        self._on_selected()

    def open_booking(self) -> ConsultationDialog:
        """The booking dialog for this patient (non-blocking). Parented to the window, so a
        reload of the patient page (which rebuilds this panel) does not close it."""
        self._dialog = ConsultationDialog(self._patient_id, self._session, parent=self.window())
        self._dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog.consultation_booked.connect(self._booked)
        self._dialog.show()
        return self._dialog

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def table(self) -> QTableWidget:
        return self._table

    def message(self) -> str:
        return self._message.text()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_table()  # the page's style sheet (fonts, padding) applies once shown

    # ------------------------------------------------------------------ private

    def _fit_table(self) -> None:
        """As tall as its rows: a patient has a few consultations, no inner scrolling."""
        self._table.resizeRowsToContents()
        rows = sum(self._table.rowHeight(r) for r in range(self._table.rowCount()))
        self._table.setFixedHeight(self._table.horizontalHeader().sizeHint().height() + rows
                                   + 2 * self._table.frameWidth() + 2)

    def _selected(self) -> int | None:
        rows = self._table.selectionModel().selectedRows()
        return self._table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def _on_selected(self) -> None:
        appointment_id = self._selected()
        status, starts = self._rows.get(appointment_id, (None, None))
        booked = status == BOOKED
        for widget in (self._move, self._move_to, self._cancel_patient, self._cancel_clinic):
            widget.setEnabled(booked)
        if starts is not None:
            self._move_to.setDateTime(starts)

    def _booked(self, _appointment_id: int) -> None:
        self._say(self.tr("Consultation booked."), error=False)
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.consultations_changed.emit(self._patient_id)

    def _on_move(self) -> None:
        appointment_id = self._selected()
        if appointment_id is None:
            return
        new_start = self._move_to.dateTime().toPython().replace(second=0, microsecond=0)
        self._change(functools.partial(move_appointment, appointment_id, new_start,
                                       self._session.staff_id),
                     lambda _result: self.tr("Consultation moved to {when}.").format(
                         when=when_text(new_start)))

    def _on_cancel(self, by: str) -> None:
        appointment_id = self._selected()
        if appointment_id is None:
            return
        self._change(functools.partial(cancel_appointment, appointment_id, by,
                                       self._session.staff_id),
                     lambda late: self.tr("Consultation cancelled — a late cancellation (less "
                                          "than {hours} hours before).").format(
                                              hours=LATE_CANCEL_HOURS) if late
                     else self.tr("Consultation cancelled."))

    def _change(self, write, said) -> None:
        """`write()` in the write lane; then `said(its result)` shown and the list read again."""
        def done(result) -> None:
            self._say(said(result), error=False)
            self._changed()

        self._writing.submit(write, on_done=done,
                             on_error=lambda exc: self._say(error_text(exc), error=True))


    def _say(self, text: str, *, error: bool) -> None:
        show_feedback(self._message, text, error=error)
        self._message.show()
