"""Date of birth typed as digits: day, month and year boxes, DD MM YYYY.

Two digits in the day box move on to the month, two in the month to the year, and four in the
year emit `completed` (the form moves on). Nothing is filled in at first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget


class DateField(QWidget):
    changed = Signal()
    completed = Signal()  # the year has its four digits

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._day = self._box(2)
        self._month = self._box(2)
        self._year = self._box(4)
        self.retranslate()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for box, stretch in ((self._day, 2), (self._month, 2), (self._year, 3)):
            row.addWidget(box, stretch)  # the placeholders DD MM YYYY say which is which
        self._day.textEdited.connect(lambda text: self._advance(self._day, 2, self._month))
        self._month.textEdited.connect(lambda text: self._advance(self._month, 2, self._year))
        self._year.textEdited.connect(self._on_year)

    def retranslate(self) -> None:
        """The placeholders and names in the language installed (the digits typed stay)."""
        words = ((self._day, QCoreApplication.translate("DateField", "Day"),
                  QCoreApplication.translate("DateField", "DD")),
                 (self._month, QCoreApplication.translate("DateField", "Month"),
                  QCoreApplication.translate("DateField", "MM")),
                 (self._year, QCoreApplication.translate("DateField", "Year"),
                  QCoreApplication.translate("DateField", "YYYY")))
        for box, part, placeholder in words:
            box.setPlaceholderText(placeholder)
            box.setAccessibleName(QCoreApplication.translate(
                "DateField", "Date of birth: {part}").format(part=part))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _box(self, digits: int) -> QLineEdit:
        box = QLineEdit(self)
        box.setObjectName("field_date")
        box.setMaxLength(digits)
        box.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{digits}}}"), box))
        box.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.textChanged.connect(self.changed)
        return box

    def _advance(self, box: QLineEdit, digits: int, following: QLineEdit) -> None:
        if len(box.text()) == digits and box.hasFocus():
            following.setFocus()
            following.selectAll()

    def _on_year(self, text: str) -> None:
        if len(text) == 4 and self._year.hasFocus():
            self.completed.emit()

    # ------------------------------------------------------------------ public

    def parts(self) -> tuple[int | None, int | None, int | None]:
        return tuple(int(b.text()) if b.text() else None for b in (self._day, self._month, self._year))

    def date(self) -> dt.date | None:
        """The typed date; None while a part is empty or the day does not exist (31 June)."""
        day, month, year = self.parts()
        if None in (day, month, year):
            return None
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.clear()
            return
        self._day.setText(f"{value.day:02d}")
        self._month.setText(f"{value.month:02d}")
        self._year.setText(f"{value.year:04d}")

    def clear(self) -> None:
        for box in self.boxes():
            box.clear()

    def boxes(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self._day, self._month, self._year
