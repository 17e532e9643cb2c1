"""Clinic details (name, address, phone, country/region) and appointment lengths."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake import clinic_setup
from intake.clinic import get_clinic
from intake.errors import BackCareError
from intake.session import StaffSession
from ui.desk.settings.messages import FieldErrors


class ClinicTab(QWidget):
    saved = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._status = QLabel()
        self._general = QLabel()
        self._errors = FieldErrors(self._general)
        self._name = QLineEdit()
        self._address = QPlainTextEdit()
        self._address.setFixedHeight(70)
        self._phone = QLineEdit()
        self._country = QLineEdit()
        self._country.setMaxLength(2)
        self._region = QLineEdit()
        self._consultation = self._spin(5, 240, self.tr(" min"))
        self._treatment = self._spin(5, 240, self.tr(" min"))
        self._course = self._spin(1, 40, self.tr(" sessions"))
        self._idle = self._spin(1, 120, self.tr(" min"))
        self._save = QPushButton(self.tr("Save clinic details"))
        self._save.setAccessibleName(self.tr("Save clinic details"))
        self._build()
        self._connect_signals()

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(130)
        return spin

    def _build(self) -> None:
        details = QGroupBox(self.tr("Clinic"))
        form = QFormLayout(details)
        rows = [
            (self.tr("Name"), self._name, "clinic_name"),
            (self.tr("Address"), self._address, "address"),
            (self.tr("Phone"), self._phone, "phone"),
            (self.tr("Country (holidays)"), self._country, "country"),
            (self.tr("Region (optional)"), self._region, "region"),
        ]
        self._country.setToolTip(self.tr("Two letters, e.g. GB, IE, US"))
        self._region.setToolTip(self.tr("For example ENG, SCT, WLS or NIR in GB"))
        self._add_rows(form, rows)
        lengths = QGroupBox(self.tr("Appointments"))
        form2 = QFormLayout(lengths)
        self._add_rows(form2, [
            (self.tr("Free consultation"), self._consultation, "consultation_minutes"),
            (self.tr("Treatment session"), self._treatment, "treatment_minutes"),
            (self.tr("Course length"), self._course, "course_length"),
            (self.tr("Lock the desk after idle"), self._idle, "idle_lock_minutes"),
        ])
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(lengths)
        layout.addWidget(self._general)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _add_rows(self, form: QFormLayout, rows) -> None:
        for text, widget, field in rows:
            widget.setAccessibleName(text)
            form.addRow(text, widget)
            form.addRow("", self._errors.add(field))

    def _connect_signals(self) -> None:
        self._save.clicked.connect(self._on_save)

    def reload(self) -> None:
        editable = clinic_setup.can_edit(self._session.staff_id)
        clinic = get_clinic()
        if clinic is not None:
            self._name.setText(clinic.name)
            self._address.setPlainText(clinic.address)
            self._phone.setText(clinic.phone)
            self._country.setText(clinic.country)
            self._region.setText(clinic.region)
            self._consultation.setValue(clinic.consultation_minutes)
            self._treatment.setValue(clinic.treatment_minutes)
            self._course.setValue(clinic.course_length)
            self._idle.setValue(clinic.idle_lock_minutes)
        for edit in (self._name, self._phone, self._country, self._region):
            edit.setReadOnly(not editable)
        self._address.setReadOnly(not editable)
        for spin in (self._consultation, self._treatment, self._course, self._idle):
            spin.setReadOnly(not editable)
        self._save.setVisible(editable)
        self._errors.clear()

    def _on_save(self) -> None:
        self._errors.clear()
        self._status.clear()
        try:
            clinic_setup.update_clinic_details(
                name=self._name.text(), address=self._address.toPlainText(),
                phone=self._phone.text(), country=self._country.text(),
                region=self._region.text(), by_staff_id=self._session.staff_id)
            clinic_setup.update_lengths(
                consultation_minutes=self._consultation.value(),
                treatment_minutes=self._treatment.value(), course_length=self._course.value(),
                idle_lock_minutes=self._idle.value(), by_staff_id=self._session.staff_id)
        except BackCareError as exc:
            self._errors.show(exc)
            return
        self._status.setText(self.tr("Saved."))
        self.saved.emit()

    def error_text(self, field: str | None = None) -> str:
        return self._errors.text(field)
