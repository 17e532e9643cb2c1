"""The "New patient" / "Edit details" form. Validated exactly as on the kiosk (the domain uses
intake.validation); a refused value is named beside its field and gets the focus.

A new patient is checked for likely duplicates before anything is stored: the first Save shows
them (with why each was found and a button to open it); only a second Save, "Create a new
patient anyway", creates the record.

The details of an existing patient are read in a worker, and Save (the duplicate check, then the
create or the update) runs in the form's write lane (ui/workers.py): the window never waits on the
database, Save stays disabled until the answer is back (nothing is written twice), and while the
database is known to be down the write is refused at once with the usual sentence."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake import duplicates, patients
from intake.duplicates import LikelyDuplicate
from intake.errors import BackCareError, ConflictError, ValidationError
from intake.session import StaffSession
from ui.desk.messages import error_text, field_name
from ui.desk.patients.duplicate_warning import DuplicateWarning
from ui.desk.patients.record_text import date_text, style_error
from ui.workers import Lane

log = logging.getLogger(__name__)

FIELDS = ("first_name", "last_name", "date_of_birth", "phone", "email")


def read_details(patient_id: int, staff_id: int | None) -> patients.PatientRow:
    """The patient's details as `staff_id` (runs in the form's reading lane)."""
    row = patients.patients_by_ids([patient_id], staff_id=staff_id).get(patient_id)
    if row is None:
        raise ValidationError("not_found", field="patient")
    return row


def duplicates_to_show(values: dict[str, str], staff_id: int | None,
                       shown: frozenset[int]) -> list[LikelyDuplicate]:
    """Every likely duplicate of `values` when one of them is not among `shown` yet, else [].
    Raises ValidationError for a bad field, as the save would."""
    cleaned = patients.clean_fields(values)
    found = duplicates.find_duplicates(cleaned["first_name"], cleaned["last_name"],
                                       cleaned["date_of_birth"], cleaned["phone"],
                                       staff_id=staff_id)
    return found if any(d.patient.id not in shown for d in found) else []


def save_new_patient(values: dict[str, str], staff_id: int | None,
                     shown: frozenset[int]) -> tuple[int | None, list[LikelyDuplicate]]:
    """A Save of the "New patient" form, in its write lane as `staff_id`: (the new patient's
    id, []) once created, or (None, the duplicates to show) when there are some the person was
    not shown yet — nothing is created then."""
    found = duplicates_to_show(values, staff_id, shown)
    if found:
        return None, found
    try:
        patient = patients.create_patient(staff_id=staff_id, seen_duplicates=shown, **values)
    except ConflictError as exc:
        if exc.code != "likely_duplicate":
            raise
        found = duplicates_to_show(values, staff_id, shown)  # a look-alike created meanwhile
        if not found:
            raise
        return None, found
    return patient.id, []


class PatientForm(QDialog):
    """Create a patient (no `patient_id`) or edit one. Shown non-blocking (`open()`); emits
    `patient_saved(patient_id)` and closes when the details were stored. `is_busy()` while the
    details are read or a Save is on its way."""

    patient_saved = Signal(int)
    existing_chosen = Signal(int)  # "Open no. N" in the duplicate warning: that record instead

    def __init__(self, session: StaffSession, patient_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._patient_id = patient_id
        self.setWindowTitle(self.tr("Edit patient details") if patient_id else self.tr("New patient"))
        self.setMinimumWidth(460)
        self._edits: dict[str, QLineEdit] = {}
        self._errors: dict[str, QLabel] = {}
        placeholders = {"date_of_birth": self.tr("dd/mm/yyyy"),
                        "phone": self.tr("e.g. 07911 123456 or +44 7911 123456"),
                        "email": self.tr("optional")}
        for name in FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(field_name(name))
            edit.setPlaceholderText(placeholders.get(name, ""))
            self._edits[name] = edit
            error = QLabel()
            style_error(error)
            error.setAccessibleName(self.tr("{field} problem").format(field=field_name(name)))
            self._errors[name] = error
        self._general = QLabel()
        style_error(self._general)
        self._status = QLabel()  # "Reading…" / "Saving…" while a worker has the form's data
        self._status.setObjectName("hint")
        self._status.hide()
        self._reading = Lane("patient-form", self)
        self._writing = Lane("patient-form-save", self, every_task=True)
        self._ready = patient_id is None  # an existing patient's form: once their details are in
        self._warning = DuplicateWarning()
        self._shown: set[int] = set()  # duplicates the person was shown
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                         | QDialogButtonBox.StandardButton.Cancel)
        self._save = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save.setAccessibleName(self.tr("Save patient"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self._build()
        self._connect_signals()
        if patient_id is not None:
            self._reading.submit(read_details, patient_id, session.staff_id,
                                 on_done=self._fill, on_error=self._show_refusal)
        self._show_busy()

    def _build(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        labels = {"first_name": self.tr("&First name"), "last_name": self.tr("&Last name"),
                  "date_of_birth": self.tr("&Date of birth"), "phone": self.tr("&Phone"),
                  "email": self.tr("&Email")}
        for name in FIELDS:
            form.addRow(labels[name], self._edits[name])
            form.addRow("", self._errors[name])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._general)
        layout.addWidget(self._status)
        layout.addWidget(self._warning)
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._try_save)
        self._buttons.rejected.connect(self.reject)
        self._warning.open_requested.connect(self._open_existing)
        for edit in self._edits.values():
            edit.textEdited.connect(self._details_edited)
        self._reading.busy_changed.connect(self._show_busy)
        self._writing.busy_changed.connect(self._show_busy)

    # ------------------------------------------------------------------ public

    def set_values(self, **values: str) -> None:
        """Prefill fields (e.g. from the search text)."""
        for name, value in values.items():
            self._edits[name].setText(value)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self._edits.items()}

    def duplicate_lines(self) -> list[str]:
        """The duplicate warning's rows as shown ([] while hidden)."""
        return self._warning.lines() if not self._warning.isHidden() else []

    def open_duplicate(self, patient_id: int) -> None:
        self._open_existing(patient_id)

    def save_text(self) -> str:
        return self._save.text()

    def is_busy(self) -> bool:
        """The details being read, or a Save on its way (Save is disabled meanwhile)."""
        return self._reading.is_busy() or self._writing.is_busy()

    def error_texts(self) -> dict[str, str]:
        shown = {name: label.text() for name, label in self._errors.items() if not label.isHidden()}
        if not self._general.isHidden():
            shown[""] = self._general.text()
        return shown

    # ------------------------------------------------------------------ private

    def _fill(self, row: patients.PatientRow) -> None:
        self.set_values(first_name=row.first_name, last_name=row.last_name,
                        date_of_birth=date_text(row.date_of_birth), phone=row.phone,
                        email=row.email)
        self._ready = True
        self._show_busy()

    def _show_busy(self, _busy: bool = False) -> None:
        """Save only when the form holds what it should and nothing is on its way; the fields
        wait meanwhile (an edit typed now would be lost or saved unchecked)."""
        reading, writing = self._reading.is_busy(), self._writing.is_busy()
        self._save.setEnabled(self._ready and not reading and not writing)
        for edit in self._edits.values():
            edit.setReadOnly(reading or writing)
        self._status.setText(self.tr("Saving…") if writing else self.tr("Reading…"))
        self._status.setVisible(reading or writing)

    def _try_save(self) -> None:
        if not self._save.isEnabled():  # e.g. Enter pressed again while the first Save runs
            return
        for label in [*self._errors.values(), self._general]:
            label.hide()
        values, staff_id = self.values(), self._session.staff_id
        if self._patient_id is None:
            self._writing.submit(save_new_patient, values, staff_id, frozenset(self._shown),
                                 on_done=self._new_patient_answered,
                                 on_error=self._show_refusal)
        else:
            patient_id = self._patient_id
            self._writing.submit(functools.partial(patients.update_patient, patient_id, values,
                                                   staff_id=staff_id),
                                 on_done=lambda _changed: self._saved(patient_id),
                                 on_error=self._show_refusal)

    def _new_patient_answered(self, answer: tuple[int | None, list[LikelyDuplicate]]) -> None:
        patient_id, found = answer
        if patient_id is None:
            self._warn_of_duplicates(found)
            return
        self._saved(patient_id)

    def _saved(self, patient_id: int) -> None:
        self.patient_saved.emit(patient_id)
        self.accept()

    def _show_refusal(self, exc: BackCareError) -> None:
        log.info("patient form refused: %s %s", exc.field, exc.code)
        label = self._errors.get(exc.field or "", self._general)
        label.setText(error_text(exc))
        label.show()
        if exc.field in self._edits:
            self._edits[exc.field].setFocus()
            self._edits[exc.field].selectAll()

    def _warn_of_duplicates(self, found: list[LikelyDuplicate]) -> None:
        """Show the duplicates found (nothing was created): the next Save creates anyway."""
        log.info("new patient: %d possible duplicates shown", len(found))
        self._shown |= {d.patient.id for d in found}
        self._warning.show_duplicates(found)
        self._save.setText(self.tr("Create a new patient anyway"))
        self._save.setAccessibleName(self.tr("Create a new patient anyway"))
        self.adjustSize()

    def _details_edited(self) -> None:
        """Changed details are checked afresh: the warning goes until the next Save."""
        if self._shown and self._patient_id is None:
            self._shown.clear()
            self._warning.show_duplicates([])
            self._save.setText(self.tr("Save"))
            self._save.setAccessibleName(self.tr("Save patient"))

    def _open_existing(self, patient_id: int) -> None:
        self.existing_chosen.emit(patient_id)
        self.reject()
