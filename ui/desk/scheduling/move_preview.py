"""'Move this and all following' when some later sessions clash: the sessions that shift, the
new slots proposed for the clashes (highlighted, with the reason), confirm or cancel. The moves
are written in the dialog's write lane (ui/workers.py): the window never waits on the database,
and Confirm stays disabled until the answer is back."""

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

from intake.scheduling.moves import MovePlan, apply_move_plan
from intake.session import StaffSession
from ui.desk.messages import error_text
from ui.desk.scheduling.texts import Names, day_text, reason_text, when_text
from ui.desk.scheduling.tinted_table import TintedTable
from ui.widgets.feedback import ERROR, set_tone
from ui.widgets.screen_fit import fit_to_screen
from ui.workers import Lane


class MovePreviewDialog(QDialog):
    """Non-blocking: show() it; `moves_applied(appointment_ids)` after Confirm."""

    moves_applied = Signal(list)

    def __init__(self, plan: MovePlan, session: StaffSession, parent: QWidget | None = None, *,
                 names: Names) -> None:
        """`names`: the practitioners' and rooms' names, read in a worker with `plan`."""
        super().__init__(parent)
        self._plan = plan
        self._session = session
        self._writing = Lane("move-following", self, every_task=True)
        self.setWindowTitle(self.tr("Move this and the following sessions"))
        clashes = len(plan.clashes)
        intro = QLabel(self.tr("Sessions to move: {n}. Those that cannot keep the same shift "
                               "({clashes}) get another free time, highlighted with the reason."
                               ).format(n=len(plan.moves), clashes=clashes))
        intro.setWordWrap(True)
        self._table = TintedTable(len(plan.moves), 5)
        self._table.setAccessibleName(self.tr("Sessions to move"))
        self._table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Now"), self.tr("New"),
                                               self.tr("Practitioner"), self.tr("Note")])
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self._table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, move in enumerate(plan.moves):
            note = "" if move.shifted else self.tr("{day}: {reason}").format(
                day=day_text((move.was + plan.offset).date()),
                reason=reason_text(move.reason, move.detail))
            cells = [str(move.session_number or ""), when_text(move.was), when_text(move.slot.starts_at),
                     names.practitioner(move.slot.practitioner_id), note]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not move.shifted:
                    self._table.tint(item, "clash")
                self._table.setItem(row, column, item)
        self._table.setWordWrap(True)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._error = QLabel()
        self._error.setWordWrap(True)
        set_tone(self._error, ERROR)
        self._confirm = QPushButton(self.tr("Confirm the moves"))
        self._confirm.setAccessibleName(self.tr("Confirm the moves"))
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self._error, 1)
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self._confirm.clicked.connect(self._on_confirm)
        self._cancel.clicked.connect(self.reject)
        self._writing.busy_changed.connect(lambda busy: self._confirm.setEnabled(not busy))
        fit_to_screen(self, 820, 520)

    def _on_confirm(self) -> None:
        """The moves in the write lane as the signed-in staff member."""
        if self._writing.is_busy():
            return
        self._error.clear()
        self._writing.submit(apply_move_plan, self._plan, self._session.staff_id,
                             on_done=self._applied,
                             on_error=lambda exc: self._error.setText(error_text(exc)))

    def _applied(self, moved: list) -> None:
        self.moves_applied.emit(moved)
        self.accept()

    def is_busy(self) -> bool:
        return self._writing.is_busy()

    # for tests
    def table(self) -> QTableWidget:
        return self._table

    def error(self) -> str:
        return self._error.text()
