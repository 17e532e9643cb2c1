"""Clinic details (name, address, phone, country/region) and appointment lengths.

Read and saved in the tab's worker lanes (TabWork): a click never waits on the database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from intake import clinic_setup, content_languages, languages
from intake.clinic import get_clinic
from intake.records import ClinicRow
from intake.session import StaffSession
from ui.desk.settings.clinic_place import countries, fill_regions, fill_timezones, long_list_box
from ui.desk.settings.messages import FieldErrors
from ui.desk.settings.tab_work import TabWork


def read_translations() -> dict:
    """Each kiosk language's translation status (reads and checks the language files: in the
    Settings page's worker when the page loads)."""
    return {code: content_languages.status(code) for code in languages.NAMES}


@dataclass(frozen=True)
class ClinicView:
    """What the tab shows, by the names the Settings page's SettingsData uses for the same."""

    editable: bool
    clinic: ClinicRow | None
    translations: dict


def read_clinic_view(staff_id: int | None) -> ClinicView:
    """The tab's data (runs in a worker thread)."""
    return ClinicView(clinic_setup.can_edit(staff_id), get_clinic(), read_translations())


@dataclass(frozen=True)
class TypedClinic:
    """What the admin typed and chose on the tab, read on the GUI thread at the click."""

    name: str
    address: str
    phone: str
    country: str
    region: str
    timezone: str
    consultation_minutes: int
    treatment_minutes: int
    course_length: int
    idle_lock_minutes: int
    kiosk_language: str


def save_clinic(typed: TypedClinic, staff_id: int | None) -> ClinicRow:
    """The tab's saves, in order, as `staff_id` (runs in a worker thread): the details, the
    lengths, and the kiosk's language when it changed. The clinic as saved."""
    clinic_setup.update_clinic_details(
        name=typed.name, address=typed.address, phone=typed.phone, country=typed.country,
        region=typed.region, timezone=typed.timezone, by_staff_id=staff_id)
    clinic = clinic_setup.update_lengths(
        consultation_minutes=typed.consultation_minutes,
        treatment_minutes=typed.treatment_minutes, course_length=typed.course_length,
        idle_lock_minutes=typed.idle_lock_minutes, by_staff_id=staff_id)
    if typed.kiosk_language != clinic.kiosk_language:
        clinic = clinic_setup.set_kiosk_language(typed.kiosk_language, by_staff_id=staff_id)
    return clinic


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
        self._country = long_list_box()
        for name, code in countries():
            self._country.addItem(f"{name} ({code})", code)
        self._region = QComboBox()
        self._timezone = long_list_box()
        self._saved_zone = ""
        self._zone_warning = QLabel(self.tr(
            "Changing the time zone changes what \"now\" is for the desk. Appointments keep "
            "their wall-clock times: a visit at 10:00 stays at 10:00 in the new zone."))
        self._zone_warning.setObjectName("warningText")
        self._zone_warning.setWordWrap(True)
        self._zone_warning.hide()
        self._consultation = self._spin(5, 240, self.tr(" min"))
        self._treatment = self._spin(5, 240, self.tr(" min"))
        self._course = self._spin(1, 40, self.tr(" sessions"))
        self._idle = self._spin(1, 120, self.tr(" min"))
        self._kiosk_language = QComboBox()  # each language in its own name, as patients see it
        for code, name in languages.NAMES.items():
            self._kiosk_language.addItem(name, code)
        self._translations = QLabel()  # a disabled or out-of-date translation, and why
        self._translations.setObjectName("warningText")
        self._translations.setWordWrap(True)
        self._translations.setAccessibleName(self.tr("Kiosk translations"))
        self._save = QPushButton(self.tr("Save clinic details"))
        self._save.setAccessibleName(self.tr("Save clinic details"))
        self._work = TabWork("clinic", self._errors, self)
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
            (self.tr("Holiday region"), self._region, "region"),
            (self.tr("Time zone"), self._timezone, "timezone"),
        ]
        self._region.setToolTip(self.tr("Regional public holidays (for example Easter Monday in "
                                        "England) count only when the region is chosen."))
        self._add_rows(form, rows)
        form.addRow("", self._zone_warning)
        lengths = QGroupBox(self.tr("Appointments"))
        form2 = QFormLayout(lengths)
        self._add_rows(form2, [
            (self.tr("Free consultation"), self._consultation, "consultation_minutes"),
            (self.tr("Treatment session"), self._treatment, "treatment_minutes"),
            (self.tr("Course length"), self._course, "course_length"),
            (self.tr("Lock the desk after idle"), self._idle, "idle_lock_minutes"),
        ])
        kiosk = QGroupBox(self.tr("Kiosk"))
        form3 = QFormLayout(kiosk)
        self._add_rows(form3, [
            (self.tr("Language the kiosk greets in"), self._kiosk_language, "kiosk_language"),
        ])
        hint = QLabel(self.tr("Patients can switch to another language on any screen; the "
                              "kiosk returns to this one for the next patient."))
        hint.setWordWrap(True)
        form3.addRow("", hint)
        form3.addRow("", self._translations)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(lengths)
        layout.addWidget(kiosk)
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
        self._work.busy_changed.connect(self._show_busy)
        self._country.currentIndexChanged.connect(
            lambda _i: fill_regions(self._region, self._country.currentData()))
        self._timezone.currentIndexChanged.connect(
            lambda _i: self._zone_warning.setVisible(self._timezone.currentText() != self._saved_zone))

    def reload(self, data=None) -> None:
        """Show the clinic's details: `data` (SettingsData or ClinicView, read in a worker), or
        read them in the tab's worker first."""
        if data is None:
            self._work.read(read_clinic_view, self._session.staff_id, on_done=self.reload)
            return
        editable, clinic = data.editable, data.clinic
        if clinic is not None:
            self._name.setText(clinic.name)
            self._address.setPlainText(clinic.address)
            self._phone.setText(clinic.phone)
            self._country.blockSignals(True)
            self._country.setCurrentIndex(max(0, self._country.findData(clinic.country)))
            self._country.blockSignals(False)
            fill_regions(self._region, clinic.country, clinic.region)
            self._saved_zone = clinic.timezone
            fill_timezones(self._timezone, clinic.timezone)
            self._zone_warning.hide()
            self._consultation.setValue(clinic.consultation_minutes)
            self._treatment.setValue(clinic.treatment_minutes)
            self._course.setValue(clinic.course_length)
            self._idle.setValue(clinic.idle_lock_minutes)
            self._kiosk_language.setCurrentIndex(
                max(0, self._kiosk_language.findData(clinic.kiosk_language)))
        for edit in (self._name, self._phone):
            edit.setReadOnly(not editable)
        for box in (self._country, self._timezone, self._kiosk_language):
            box.setEnabled(editable)
        self._region.setEnabled(editable and self._region.count() > 1)
        self._address.setReadOnly(not editable)
        for spin in (self._consultation, self._treatment, self._course, self._idle):
            spin.setReadOnly(not editable)
        self._save.setVisible(editable)
        self._show_translations(data.translations)
        self._errors.clear()

    def is_busy(self) -> bool:
        """Being read or saved in the tab's worker."""
        return self._work.is_busy()

    def _show_translations(self, statuses: dict) -> None:
        """Each translation the kiosk cannot offer (file and line) or whose English changed."""
        lines = []
        for index in range(self._kiosk_language.count()):
            code = self._kiosk_language.itemData(index)
            found = statuses[code]
            item = self._kiosk_language.model().item(index)
            item.setEnabled(found.usable)
            name = languages.language_name(code)
            if not found.usable:
                lines.append(self.tr("{name} is not offered at the kiosk: {problem}").format(
                    name=name, problem=found.problem))
            elif found.stale:
                lines.append(self.tr("{name}: the English text changed since it was translated "
                                     "({files}); please have it translated again.").format(
                                         name=name, files=", ".join(found.stale)))
        self._translations.setText("\n".join(lines))
        self._translations.setVisible(bool(lines))

    def translations_text(self) -> str:
        return self._translations.text()

    def _on_save(self) -> None:
        """Saved in the tab's write lane as the signed-in staff member; the button stays
        disabled until the answer is back."""
        self._status.clear()
        typed = TypedClinic(
            name=self._name.text(), address=self._address.toPlainText(),
            phone=self._phone.text(), country=self._country.currentData(),
            region=self._region.currentData() or "", timezone=self._timezone.currentText(),
            consultation_minutes=self._consultation.value(),
            treatment_minutes=self._treatment.value(), course_length=self._course.value(),
            idle_lock_minutes=self._idle.value(),
            kiosk_language=self._kiosk_language.currentData())
        self._work.write(save_clinic, typed, self._session.staff_id, on_done=self._saved)

    def _saved(self, clinic: ClinicRow) -> None:
        self._saved_zone = clinic.timezone
        self._zone_warning.setVisible(self._timezone.currentText() != self._saved_zone)
        self._status.setText(self.tr("Saved."))
        self.saved.emit()

    def _show_busy(self, busy: bool) -> None:
        self._save.setEnabled(not busy)
        if busy and self._work.is_saving():
            self._status.setText(self.tr("Saving…"))
        elif not busy and self._status.text() == self.tr("Saving…"):
            self._status.clear()

    def kiosk_language_box(self) -> QComboBox:
        return self._kiosk_language

    def error_text(self, field: str | None = None) -> str:
        return self._errors.text(field)
