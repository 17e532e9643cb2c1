"""About you: names, date of birth (digits: DD MM YYYY), mobile phone, email."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from intake import validation
from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk.step import Step, error_label
from ui.widgets.date_field import DateField


class AboutStep(Step):
    section = "about"

    def __init__(self, region: Callable[[], str], today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None):
        super().__init__("", parent)
        self._region = region
        self._today = today
        self._first = self._line("given-name")
        self._last = self._line("family-name")
        self._phone = self._line("tel")
        self._phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._email = self._line("email")
        self._email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self._dob = DateField(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(2)
        self._captions: dict[str, QLabel] = {}
        fields = (("first_name", self._first, 0, 0), ("last_name", self._last, 0, 1),
                  ("date_of_birth", self._dob, 3, 0), ("phone", self._phone, 3, 1),
                  ("email", self._email, 6, 0))
        for field, edit, row, column in fields:
            label = self._captions[field] = QLabel(self)
            if isinstance(edit, QLineEdit):
                label.setBuddy(edit)
            self._errors[field] = error_label(self)
            grid.addWidget(label, row, column)
            grid.addWidget(edit, row + 1, column)
            grid.addWidget(self._errors[field], row + 2, column)
            if isinstance(edit, QLineEdit):
                edit.textChanged.connect(lambda _text, field=field: self.clear_error(field))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._layout.addLayout(grid)
        self._layout.addStretch(1)
        for before, after in ((self._first, self._last), (self._last, self._dob.boxes()[0]),
                              (self._dob.boxes()[2], self._phone), (self._phone, self._email)):
            QWidget.setTabOrder(before, after)
        self._dob.completed.connect(self._phone.setFocus)
        self._dob.changed.connect(lambda: self.clear_error("date_of_birth"))
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("About you"))
        words = {"first_name": (self.tr("First name"), self._first),
                 "last_name": (self.tr("Last name"), self._last),
                 "date_of_birth": (self.tr("Date of birth (day, month, year)"), None),
                 "phone": (self.tr("Mobile phone"), self._phone),
                 "email": (self.tr("Email (if you want)"), self._email)}
        for field, (caption, edit) in words.items():
            self._captions[field].setText(caption)
            if edit is not None:
                edit.setAccessibleName(caption)
        super().retranslate()

    def _line(self, kind: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"field_{kind}")
        edit.setMaxLength(10_000)
        return edit

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        errors: list[ValidationError] = []

        def take(field: str, clean: Callable[[], object]) -> None:
            try:
                setattr(draft, field, clean())
            except ValidationError as exc:
                errors.append(exc)

        take("first_name", lambda: validation.clean_name(self._first.text(), "first_name"))
        take("last_name", lambda: validation.clean_name(self._last.text(), "last_name"))
        take("date_of_birth", self._clean_dob)
        take("phone", lambda: validation.clean_phone(self._phone.text(), self._region(), "phone"))
        take("email", lambda: validation.clean_email(self._email.text(), "email"))
        return errors

    def _clean_dob(self) -> dt.date:
        day, month, year = self._dob.parts()
        if None in (day, month, year):
            raise ValidationError("required", field="date_of_birth")
        if year < 1000:
            raise ValidationError("too_old", field="date_of_birth")
        picked = self._dob.date()
        if picked is None:
            raise ValidationError("invalid", field="date_of_birth")
        return validation.clean_date_of_birth(picked, today=self._today())

    def first_error_widget(self, errors: list[ValidationError]) -> QWidget | None:
        widgets = {"first_name": self._first, "last_name": self._last, "phone": self._phone,
                   "email": self._email, "date_of_birth": self._first_empty_date_box()}
        for error in errors:
            if error.field in widgets:
                return widgets[error.field]
        return None

    def _first_empty_date_box(self) -> QLineEdit:
        return next((b for b in self._dob.boxes() if not b.text()), self._dob.boxes()[0])

    def date_field(self) -> DateField:
        return self._dob

    def entered(self) -> None:
        self._first.setFocus()
