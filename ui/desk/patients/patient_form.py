"""The "New patient" / "Edit details" form. Validated exactly as on the kiosk (the domain uses
intake.validation); a refused value is named beside its field and gets the focus.

A new patient is checked for likely duplicates before anything is stored: the first Save shows
them (with why each was found and a button to open it); only a second Save, "Create a new
patient anyway", creates the record."""

from __future__ import annotations

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
from intake.errors import BackCareError, ConflictError
from intake.session import StaffSession
from ui.desk.messages import error_text, field_name
from ui.desk.patients.duplicate_warning import DuplicateWarning
from ui.desk.patients.record_text import date_text, style_error

log = logging.getLogger(__name__)

FIELDS = ("first_name", "last_name", "date_of_birth", "phone", "email")


class PatientForm(QDialog):
    """Create a patient (no `patient_id`) or edit one. Shown non-blocking (`open()`); emits
    `patient_saved(patient_id)` and closes when the details were stored."""

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
            self._fill(patient_id)

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
        layout.addWidget(self._warning)
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._try_save)
        self._buttons.rejected.connect(self.reject)
        self._warning.open_requested.connect(self._open_existing)
        for edit in self._edits.values():
            edit.textEdited.connect(self._details_edited)

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

    def error_texts(self) -> dict[str, str]:
        shown = {name: label.text() for name, label in self._errors.items() if not label.isHidden()}
        if not self._general.isHidden():
            shown[""] = self._general.text()
        return shown

    # ------------------------------------------------------------------ private

    def _fill(self, patient_id: int) -> None:
        row = patients.patients_by_ids([patient_id], staff_id=self._session.staff_id)[patient_id]
        self.set_values(first_name=row.first_name, last_name=row.last_name,
                        date_of_birth=date_text(row.date_of_birth), phone=row.phone,
                        email=row.email)

    def _try_save(self) -> None:
        for label in [*self._errors.values(), self._general]:
            label.hide()
        values = self.values()
        try:
            if self._patient_id is None:
                if self._warn_of_duplicates(values):
                    return
                patient_id = patients.create_patient(staff_id=self._session.staff_id,
                                                     seen_duplicates=frozenset(self._shown),
                                                     **values).id
            else:
                patients.update_patient(self._patient_id, values, staff_id=self._session.staff_id)
                patient_id = self._patient_id
        except BackCareError as exc:
            log.info("patient form refused: %s %s", exc.field, exc.code)
            if isinstance(exc, ConflictError) and exc.code == "likely_duplicate":
                self._warn_of_duplicates(values)  # someone created a look-alike meanwhile
                return
            label = self._errors.get(exc.field or "", self._general)
            label.setText(error_text(exc))
            label.show()
            if exc.field in self._edits:
                self._edits[exc.field].setFocus()
                self._edits[exc.field].selectAll()
            return
        self.patient_saved.emit(patient_id)
        self.accept()

    def _warn_of_duplicates(self, values: dict[str, str]) -> bool:
        """Show duplicates not shown yet; True when there were any (nothing is created then).
        Raises ValidationError for a bad field, as the save would."""
        cleaned = patients.clean_fields(values)
        found = duplicates.find_duplicates(cleaned["first_name"], cleaned["last_name"],
                                           cleaned["date_of_birth"], cleaned["phone"],
                                           staff_id=self._session.staff_id)
        unseen = [d for d in found if d.patient.id not in self._shown]
        if not unseen:
            return False
        log.info("new patient: %d possible duplicates shown", len(found))
        self._shown |= {d.patient.id for d in found}
        self._warning.show_duplicates(found)
        self._save.setText(self.tr("Create a new patient anyway"))
        self._save.setAccessibleName(self.tr("Create a new patient anyway"))
        self.adjustSize()
        return True

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
