"""The "New patient" / "Edit details" form. Validated exactly as on the kiosk (the domain uses
intake.validation); a refused value is named beside its field and gets the focus."""

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

from intake import patients
from intake.errors import BackCareError
from intake.session import StaffSession
from ui.desk.record_text import date_text, error_text, field_name, style_error

log = logging.getLogger(__name__)

FIELDS = ("first_name", "last_name", "date_of_birth", "phone", "email")


class PatientForm(QDialog):
    """Create a patient (no `patient_id`) or edit one. Shown non-blocking (`open()`); emits
    `patient_saved(patient_id)` and closes when the details were stored."""

    patient_saved = Signal(int)

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
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._try_save)
        self._buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ public

    def set_values(self, **values: str) -> None:
        """Prefill fields (e.g. from the search text)."""
        for name, value in values.items():
            self._edits[name].setText(value)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self._edits.items()}

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
                patient_id = patients.create_patient(staff_id=self._session.staff_id, **values).id
            else:
                patients.update_patient(self._patient_id, values, staff_id=self._session.staff_id)
                patient_id = self._patient_id
        except BackCareError as exc:
            log.info("patient form refused: %s %s", exc.field, exc.code)
            label = self._errors.get(exc.field or "", self._general)
            label.setText(error_text(exc))
            label.show()
            if exc.field in self._edits:
                self._edits[exc.field].setFocus()
                self._edits[exc.field].selectAll()
            return
        self.patient_saved.emit(patient_id)
        self.accept()
