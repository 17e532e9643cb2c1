"""First run: the clinic's name, country and time zone, and the first admin account, in one form.

Everything is checked before anything is written; each field shows its own message. The clinic
and the admin are then created together (intake.staff.set_up_clinic). No default password exists.
"""

from __future__ import annotations

import zoneinfo

import holidays
from PySide6.QtCore import QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake import staff as staffmod
from intake.errors import BackCareError, ValidationError
from ui.desk.messages import error_text
from ui.desk.settings.clinic_place import countries, fill_regions, fill_timezones, long_list_box
from ui.desk.shell.main_window import desk_stylesheet
from ui.widgets.screen_fit import fit_to_screen


def _default_timezone() -> str:
    system = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "Europe/London"
    return system if system in zoneinfo.available_timezones() else "Europe/London"


class FirstRunWindow(QWidget):
    """Signals `completed()` once the clinic and its first admin exist."""

    completed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("BackCare — Set up the clinic"))
        self.setStyleSheet(desk_stylesheet())
        self._admin_username = ""
        self._clinic = self._line(self.tr("Clinic name"))
        self._country = long_list_box()
        self._country.setAccessibleName(self.tr("Country"))
        for name, code in countries():
            self._country.addItem(f"{name} ({code})", code)
        local = QLocale.territoryToCode(QLocale.system().territory())
        self._country.setCurrentIndex(max(0, self._country.findData(local if local in
                                                                     holidays.list_supported_countries() else "GB")))
        self._timezone = long_list_box()
        self._timezone.setEditable(False)
        self._timezone.setAccessibleName(self.tr("Time zone"))
        fill_timezones(self._timezone, _default_timezone())
        self._region = QComboBox()
        self._region.setAccessibleName(self.tr("Holiday region"))
        fill_regions(self._region, self._country.currentData())
        self._username = self._line(self.tr("Admin username"))
        self._display_name = self._line(self.tr("Admin's name"))
        self._password = self._line(self.tr("Password"), secret=True)
        self._again = self._line(self.tr("Password again"), secret=True)
        self._errors: dict[str, QLabel] = {}
        self._general = QLabel()
        self._general.setObjectName("errorText")
        self._general.setWordWrap(True)
        self._general.hide()
        self._create = QPushButton(self.tr("Create the clinic and the admin account"))
        self._create.setObjectName("primaryButton")
        self._create.setAccessibleName(self.tr("Create the clinic and the admin account"))
        self._build()
        self._connect_signals()
        fit_to_screen(self, 760, 720)

    def _line(self, accessible: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str | None) -> None:
        if field is None:
            form.addRow(label, widget)
            return
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("{field}: message").format(field=label))
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, cell)
        self._errors[field] = error

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        title = QLabel(self.tr("Welcome to BackCare"))
        title.setObjectName("pageTitle")
        intro = self._hint(self.tr("Before the desk can be used, name the clinic and create the "
                                   "first admin account. The admin can then add the other staff."))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self._section(self.tr("The clinic")))
        self._row(form, self.tr("Clinic name"), self._clinic, "clinic_name")
        self._row(form, self.tr("Country"), self._country, None)
        form.addRow("", self._hint(self.tr("Used for phone numbers and public holidays.")))
        self._row(form, self.tr("Holiday region"), self._region, None)
        form.addRow("", self._hint(self.tr("Regional public holidays (for example Easter Monday "
                                           "in England) count only when the region is chosen.")))
        self._row(form, self.tr("Time zone"), self._timezone, None)
        form.addRow(self._section(self.tr("The first admin")))
        self._row(form, self.tr("Username"), self._username, "username")
        self._row(form, self.tr("Your name"), self._display_name, "display_name")
        self._row(form, self.tr("Password"), self._password, "password")
        self._row(form, self.tr("Password again"), self._again, "password_again")
        form.addRow("", self._hint(self.tr(
            "At least {n} characters. Keep it safe: BackCare has no default password.").format(
            n=staffmod.MIN_PASSWORD_LENGTH)))
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.setContentsMargins(28, 24, 28, 28)
        box.setSpacing(12)
        box.addWidget(title)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self._general)
        box.addWidget(self._create)
        holder = QWidget()
        holder.setObjectName("firstRunHolder")
        outer = QVBoxLayout(holder)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        card.setFixedWidth(640)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def _connect_signals(self) -> None:
        self._country.currentIndexChanged.connect(
            lambda _i: fill_regions(self._region, self._country.currentData()))
        self._create.clicked.connect(self._on_create)
        self._again.returnPressed.connect(self._on_create)

    # ------------------------------------------------------------------ public

    def admin_username(self) -> str:
        """The username of the admin created (empty before completion)."""
        return self._admin_username

    def field_errors(self) -> dict[str, str]:
        """Field → message currently shown (for tests and screenshots)."""
        return {f: label.text() for f, label in self._errors.items() if not label.isHidden()}

    # ------------------------------------------------------------------ private

    def _problems(self) -> list[ValidationError]:
        problems = []
        if not self._clinic.text().strip():
            problems.append(ValidationError("required", field="clinic_name"))
        problems += staffmod.account_problems(self._username.text(), self._display_name.text(),
                                              self._password.text())
        if self._password.text() and self._password.text() != self._again.text():
            problems.append(ValidationError("mismatch", field="password_again"))
        return problems

    def _on_create(self) -> None:
        for label in self._errors.values():
            label.hide()
        self._general.hide()
        problems = self._problems()
        if not problems:
            try:
                admin = staffmod.set_up_clinic(
                    self._clinic.text(), country=self._country.currentData(),
                    timezone=self._timezone.currentText(), region=self._region.currentData(),
                    username=self._username.text(),
                    display_name=self._display_name.text(), password=self._password.text())
            except BackCareError as exc:
                problems = [exc]
            else:
                self._admin_username = admin.username
                self._password.clear()
                self._again.clear()
                self.completed.emit()
                return
        for exc in problems:
            label = self._errors.get(exc.field or "")
            if label is None:
                self._general.setText(error_text(exc))
                self._general.show()
            elif label.isHidden():
                label.setText(error_text(exc))
                label.show()
        first = next((p.field for p in problems if p.field in self._errors), None)
        focus = {"clinic_name": self._clinic, "username": self._username,
                 "display_name": self._display_name, "password": self._password,
                 "password_again": self._again}.get(first or "")
        if focus is not None:
            focus.setFocus()
