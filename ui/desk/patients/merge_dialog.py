"""Merging two records of one patient (admins only): find the other record, choose which one
stays, see what moves, merge. And the patient page's list of merges into a record, each with
"Reverse this merge". The rules (admin only, both active courses, what moves) are intake.merge's.

The dialog reads this record, the search and the preview of what moves in workers, and merges in
its write lane (ui/workers.py): it opens at once, the window never waits on the database, and
"Merge records" is enabled only once the preview of the chosen pair is back and no merge is on
its way.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake import merge, patients
from intake.errors import BackCareError, ValidationError
from intake.session import StaffSession
from ui.desk.messages import error_text
from ui.desk.patients.record_text import date_text, phone_text, style_error
from ui.workers import Lane

log = logging.getLogger(__name__)


def read_record(patient_id: int, staff_id: int | None) -> patients.PatientRow:
    """One record's details as `staff_id` (runs in the dialog's reading lane)."""
    row = patients.patients_by_ids([patient_id], staff_id=staff_id).get(patient_id)
    if row is None:
        raise ValidationError("not_found", field="patient")
    return row


def _describe(row: patients.PatientRow) -> str:
    return f"{row.first_name} {row.last_name}, {date_text(row.date_of_birth)}, {phone_text(row.phone)}"


class MergeDialog(QDialog):
    """Non-blocking (`open()`); emits `patients_merged(kept_id)` after the merge was stored.
    `searched()` after each search's results, `previewed()` once what a merge would move is
    shown; `is_busy()` while a worker reads or writes for it."""

    patients_merged = Signal(int)
    searched = Signal()
    previewed = Signal()

    def __init__(self, session: StaffSession, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._patient_id = patient_id
        self._other: patients.PatientRow | None = None
        self._found: dict[int, patients.PatientRow] = {}  # the search's rows, by id
        self._preview_ok = False  # the chosen pair's preview is shown and allows the merge
        self._reading = Lane("merge-record", self)
        self._searching = Lane("merge-search", self)
        self._previewing = Lane("merge-preview", self)
        self._writing = Lane("merge", self, every_task=True)
        self.setWindowTitle(self.tr("Merge two records of one patient"))
        self.resize(760, 600)
        self._intro = QLabel(self.tr("Reading…"))
        self._intro.setWordWrap(True)
        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr("Search: name, phone (or its last 4 digits), date of birth"))
        self._search.setAccessibleName(self.tr("Search for the other record"))
        self._results = QListWidget()
        self._results.setAccessibleName(self.tr("Records found"))
        self._keep_this = QRadioButton()
        self._keep_other = QRadioButton()
        self._keep_group = QButtonGroup(self)
        for button in (self._keep_this, self._keep_other):
            self._keep_group.addButton(button)
            button.setEnabled(False)
        self._keep_this.setText(self.tr("Keep no. {id} (this record)").format(id=patient_id))
        self._keep_other.setText(self.tr("Keep the other record"))
        self._preview = QLabel()
        self._preview.setWordWrap(True)
        self._error = QLabel()
        style_error(self._error)
        self._saving = QLabel(self.tr("Merging…"))
        self._saving.setObjectName("hint")
        self._saving.hide()
        self._merge = QPushButton(self.tr("Merge records"))
        self._merge.setObjectName("primaryButton")
        self._merge.setAccessibleName(self.tr("Merge the two records"))
        self._merge.setEnabled(False)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._build()
        self._connect_signals()
        self._reading.submit(read_record, patient_id, session.staff_id,
                             on_done=self._show_this, on_error=self._show)

    def _build(self) -> None:
        keep = QFrame()
        keep.setObjectName("card")
        keep_column = QVBoxLayout(keep)
        title = QLabel(self.tr("Which record stays?"))
        title.setObjectName("boxTitle")
        keep_column.addWidget(title)
        keep_column.addWidget(self._keep_this)
        keep_column.addWidget(self._keep_other)
        keep_column.addWidget(self._preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self._merge)
        buttons.addStretch(1)
        buttons.addWidget(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._search)
        layout.addWidget(self._results, 1)
        layout.addWidget(keep)
        layout.addWidget(self._error)
        layout.addWidget(self._saving)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self._search.textChanged.connect(self.search)
        self._results.currentItemChanged.connect(self._chosen)
        self._keep_group.buttonToggled.connect(lambda *_: self._update_preview())
        self._merge.clicked.connect(self._do_merge)
        self._cancel.clicked.connect(self.reject)
        self._previewing.busy_changed.connect(self._show_busy)
        self._writing.busy_changed.connect(self._show_busy)

    # ------------------------------------------------------------------ public

    def search_box(self) -> QLineEdit:
        return self._search

    def search(self, text: str) -> None:
        """Search in a worker; its records replace the list when it ends (`searched`)."""
        staff_id, this = self._session.staff_id, self._patient_id
        self._searching.submit(
            lambda: [r for r in patients.search_patients(text, staff_id=staff_id) if r.id != this],
            on_done=self._show_found, on_error=self._search_failed)

    def is_busy(self) -> bool:
        """A record, a search or a preview being read, or the merge being written."""
        return any(lane.is_busy() for lane in (self._reading, self._searching,
                                                self._previewing, self._writing))

    def found_ids(self) -> list[int]:
        return [self._results.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self._results.count())]

    def choose_other(self, patient_id: int) -> None:
        for n in range(self._results.count()):
            if self._results.item(n).data(Qt.ItemDataRole.UserRole) == patient_id:
                self._results.setCurrentRow(n)
                return

    def keep_this(self) -> QRadioButton:
        return self._keep_this

    def keep_other(self) -> QRadioButton:
        return self._keep_other

    def merge_button(self) -> QPushButton:
        return self._merge

    def preview_text(self) -> str:
        return self._preview.text()

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    # ------------------------------------------------------------------ private

    def _show_this(self, row: patients.PatientRow) -> None:
        self._intro.setText(self.tr(
            "This record: {who} — patient no. {id}. Find the other record of the same person, "
            "then choose which record stays. Everything on the other record moves to it; the "
            "other is kept, marked as merged and hidden from search. A merge can be reversed.")
            .format(who=_describe(row), id=self._patient_id))

    def _show_found(self, rows: list[patients.PatientRow]) -> None:
        self._results.clear()
        self._found = {row.id: row for row in rows}
        for row in rows:
            item = QListWidgetItem(self.tr("{who} — patient no. {id}").format(who=_describe(row), id=row.id))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self._results.addItem(item)
        self.searched.emit()

    def _search_failed(self, exc: BackCareError) -> None:
        self._show(exc)
        self.searched.emit()

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        other_id = item.data(Qt.ItemDataRole.UserRole)
        self._other = self._found[other_id]  # the row the search just read: no second read
        self._keep_other.setText(self.tr("Keep no. {id} ({who})").format(
            id=other_id, who=_describe(self._other)))
        for button in (self._keep_this, self._keep_other):
            button.setEnabled(True)
        self._update_preview()

    def _kept_and_other(self) -> tuple[int, int] | None:
        if self._other is None or self._keep_group.checkedButton() is None:
            return None
        if self._keep_this.isChecked():
            return self._patient_id, self._other.id
        return self._other.id, self._patient_id

    def _update_preview(self) -> None:
        """What the chosen pair's merge would move, read in a worker (the newest choice wins)."""
        self._error.hide()
        self._preview_ok = False
        pair = self._kept_and_other()
        if pair is None:
            self._previewing.cancel()
            self._preview.setText(self.tr("Choose the record that stays.") if self._other else "")
            self._show_busy()
            return
        self._preview.setText(self.tr("Reading…"))
        kept, other = pair
        self._previewing.submit(functools.partial(merge.preview_merge, kept, other,
                                                  by_staff_id=self._session.staff_id),
                                on_done=self._show_preview, on_error=self._preview_failed)
        self._show_busy()

    def _show_preview(self, preview: merge.MergePreview) -> None:
        moving, kept, other = preview.moving, preview.kept_id, preview.other_id
        self._preview.setText(self.tr(
            "Moves to no. {kept}: {intakes} intake(s) with their consents and scores, "
            "{appointments} appointment(s), {courses} course(s). No. {other} stays on file as "
            "\"merged into no. {kept}\", hidden from search.").format(
                kept=kept, other=other, intakes=moving[merge.MovedKind.INTAKE],
                appointments=moving[merge.MovedKind.APPOINTMENT],
                courses=moving[merge.MovedKind.COURSE]))
        if preview.refusal:
            self._show(merge.refusal_error(preview.refusal))
        self._preview_ok = preview.refusal is None
        self._show_busy()
        self.previewed.emit()

    def _preview_failed(self, exc: BackCareError) -> None:
        self._preview.setText("")
        self._show(exc)
        self.previewed.emit()

    def _show_busy(self, _busy: bool = False) -> None:
        """"Merge records" once the pair's preview allows it and no merge is on its way; the
        choice waits while one is."""
        writing = self._writing.is_busy()
        self._merge.setEnabled(self._preview_ok and not writing
                               and not self._previewing.is_busy())
        for widget in (self._search, self._results):
            widget.setEnabled(not writing)
        for button in (self._keep_this, self._keep_other):
            button.setEnabled(self._other is not None and not writing)
        self._saving.setVisible(writing)

    def _do_merge(self) -> None:
        pair = self._kept_and_other()
        if pair is None or not self._merge.isEnabled():
            return
        self._error.hide()
        self._writing.submit(functools.partial(merge.merge_patients, *pair,
                                               staff_id=self._session.staff_id),
                             on_done=self._merged, on_error=self._show)

    def _merged(self, done: merge.MergeRecord) -> None:
        self.patients_merged.emit(done.kept_id)
        self.accept()

    def _show(self, exc: BackCareError) -> None:
        log.info("merge refused: %s %s", exc.field, exc.code)
        self._error.setText(error_text(exc))
        self._error.show()


class MergeHistory(QFrame):
    """On a patient's page (admins): the merges into this record, each reversible."""

    merge_reversed = Signal(int)  # the record that became a patient of its own again

    def __init__(self, session: StaffSession, records: list[merge.MergeRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._session = session
        self._buttons: dict[int, QPushButton] = {}
        self._writing = Lane("merge-reverse", self, every_task=True)
        column = QVBoxLayout(self)
        title = QLabel(self.tr("Records merged into this one"))
        title.setObjectName("boxTitle")
        column.addWidget(title)
        self._error = QLabel()
        style_error(self._error)
        for record in records:
            row = QHBoxLayout()
            moved = record.moved
            text = self.tr("No. {other} merged on {day}: {intakes} intake(s), {appointments} "
                           "appointment(s), {courses} course(s) moved").format(
                other=record.merged_id, day=date_text(record.merged_at.date()),
                intakes=moved[merge.MovedKind.INTAKE],
                appointments=moved[merge.MovedKind.APPOINTMENT],
                courses=moved[merge.MovedKind.COURSE])
            if record.reversed_at is not None:
                text += self.tr(" — reversed on {day}").format(day=date_text(record.reversed_at.date()))
            label = QLabel(text)
            label.setWordWrap(True)
            row.addWidget(label, 1)
            if record.reversed_at is None:
                button = QPushButton(self.tr("Reverse this merge"))
                button.setAccessibleName(self.tr("Reverse the merge of no. {id}").format(id=record.merged_id))
                button.clicked.connect(lambda _=False, r=record: self._reverse(r))
                self._buttons[record.id] = button
                row.addWidget(button)
            column.addLayout(row)
        column.addWidget(self._error)

    def reverse_button(self, merge_id: int) -> QPushButton | None:
        return self._buttons.get(merge_id)

    def is_busy(self) -> bool:
        return self._writing.is_busy()

    def _reverse(self, record: merge.MergeRecord) -> None:
        """In the write lane, every reverse button off until the answer (one click, one reversal)."""
        for button in self._buttons.values():
            button.setEnabled(False)

        def refused(exc: BackCareError) -> None:
            log.info("reverse merge refused: %s", exc.code)
            for button in self._buttons.values():
                button.setEnabled(True)
            self._error.setText(error_text(exc))
            self._error.show()

        staff_id = self._session.staff_id
        self._writing.submit(lambda: merge.reverse_merge(record.id, staff_id=staff_id),
                             on_done=lambda _r: self.merge_reversed.emit(record.merged_id),
                             on_error=refused)
