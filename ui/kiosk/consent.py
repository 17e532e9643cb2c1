"""Step 9: consent: the clinic's text, an "I agree" tick and a finger signature."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTextBrowser, QWidget

from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk import language
from ui.kiosk.step import Step, error_label
from ui.widgets.kinetic import enable_kinetic_scrolling
from ui.widgets.signature_pad import SignaturePad


class ConsentStep(Step):
    section = "consent"

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._text = QTextBrowser(self)
        self._text.setTabChangesFocus(True)
        enable_kinetic_scrolling(self._text)
        self._agree = QCheckBox(self)
        self._pad = SignaturePad(self)
        self._clear = QPushButton(self)
        self._errors["consent"] = error_label(self)
        self._errors["signature"] = error_label(self)
        self._pad.setFixedHeight(160)
        self._layout.addWidget(self._text, 1)
        self._layout.addWidget(self._agree)
        self._layout.addWidget(self._errors["consent"])
        row = QHBoxLayout()
        row.addWidget(self._pad, 1)
        row.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignBottom)
        self._layout.addLayout(row)
        self._layout.addWidget(self._errors["signature"])
        self._clear.clicked.connect(self._pad.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Your consent"))
        self._text.setMarkdown(language.consent())  # the tick and the signature stay
        self._text.setAccessibleName(self.tr("Consent text"))
        self._agree.setText(self.tr("I have read this and I agree"))
        self._agree.setAccessibleName(self.tr("I have read this and I agree"))
        self._clear.setText(self.tr("Clear signature"))
        self._clear.setAccessibleName(self.tr("Clear signature"))
        super().retranslate()

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        draft.consent_given = self._agree.isChecked()
        draft.signature_svg = self._pad.svg()
        errors = []
        if not draft.consent_given:
            errors.append(ValidationError("required", field="consent"))
        if not draft.signature_svg:
            errors.append(ValidationError("required", field="signature"))
        return errors

    def first_error_widget(self, errors: list[ValidationError]) -> QWidget | None:
        fields = {e.field for e in errors}
        if "consent" in fields:
            return self._agree
        return self._pad if "signature" in fields else None

    def agree_box(self) -> QCheckBox:
        return self._agree

    def pad(self) -> SignaturePad:
        return self._pad

    def entered(self) -> None:
        self._agree.setFocus()
