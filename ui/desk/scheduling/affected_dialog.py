"""After new opening hours, a closure or a practitioner's time off: the bookings now in closed
time, why, and a proposed new time for each; "Move them as proposed" or leave them for now.
The moves are written in the dialog's write lane (ui/workers.py): the window never waits on
the database, and the button stays disabled until the answer is back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake.scheduling.affected import AffectedBooking, rebook
from intake.session import StaffSession
from ui.desk.messages import error_text
from ui.desk.scheduling.texts import Names, kind_text, reason_text, when_text
from ui.widgets.feedback import ERROR, set_tone
from ui.widgets.screen_fit import fit_to_screen
from ui.workers import Lane


class AffectedDialog(QDialog):
    """Non-blocking: show() it; `rebooked(appointment_ids)` after the moves."""

    rebooked = Signal(list)

    def __init__(self, items: list[AffectedBooking], session: StaffSession,
                 parent: QWidget | None = None, *, names: Names) -> None:
        """`names`: the practitioners' and rooms' names, read in a worker with `items`."""
        super().__init__(parent)
        self._items = items
        self._session = session
        self._writing = Lane("affected-moves", self, every_task=True)
        self.setWindowTitle(self.tr("Bookings now in closed time"))
        intro = QLabel(self.tr("Booked appointments now in closed time: {n}. A new time is "
                               "proposed for each (the same practitioner where possible); phone "
                               "the patients once they are moved.").format(n=len(items)))
        intro.setWordWrap(True)
        self._table = QTableWidget(len(items), 5)
        self._table.setAccessibleName(self.tr("Bookings in closed time"))
        self._table.setHorizontalHeaderLabels([self.tr("Patient"), self.tr("Booked"),
                                               self.tr("Why"), self.tr("Proposed"),
                                               self.tr("Practitioner")])
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self._table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(items):
            what = kind_text(item.kind)
            proposal = when_text(item.proposal.starts_at) if item.proposal else self.tr(
                "no free time nearby: move by hand")
            practitioner = names.practitioner(item.proposal.practitioner_id if item.proposal
                                              else item.practitioner_id)
            cells = [item.patient_name, f"{when_text(item.starts_at)} · {what}",
                     reason_text(item.reason, item.detail), proposal, practitioner]
            for column, text in enumerate(cells):
                self._table.setItem(row, column, QTableWidgetItem(text))
        self._table.setWordWrap(True)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._error = QLabel()
        self._error.setWordWrap(True)
        set_tone(self._error, ERROR)
        self._move = QPushButton(self.tr("Move them as proposed"))
        self._move.setAccessibleName(self.tr("Move them as proposed"))
        self._move.setEnabled(any(i.proposal for i in items))
        self._later = QPushButton(self.tr("Leave them for now"))
        self._later.setAccessibleName(self.tr("Leave them for now"))
        buttons = QHBoxLayout()
        buttons.addWidget(self._error, 1)
        buttons.addWidget(self._later)
        buttons.addWidget(self._move)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self._move.clicked.connect(self._on_move)
        self._later.clicked.connect(self.reject)
        self._writing.busy_changed.connect(self._show_busy)
        fit_to_screen(self, 900, 520)

    def _on_move(self) -> None:
        """The moves in the write lane as the signed-in staff member; closed meanwhile, the
        dialog is gone and its answer dropped (the moves stand)."""
        if self._writing.is_busy():
            return
        self._error.clear()
        self._writing.submit(rebook, self._items, self._session.staff_id, on_done=self._moved,
                             on_error=lambda exc: self._error.setText(error_text(exc)))

    def _moved(self, moved: list) -> None:
        self.rebooked.emit(moved)
        self.accept()

    def _show_busy(self, busy: bool) -> None:
        self._move.setEnabled(not busy and any(i.proposal for i in self._items))
        self._move.setText(self.tr("Moving…") if busy else self.tr("Move them as proposed"))

    def is_busy(self) -> bool:
        return self._writing.is_busy()

    def table(self) -> QTableWidget:
        return self._table
