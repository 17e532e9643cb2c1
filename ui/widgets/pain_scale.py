"""A 0-10 scale of big buttons with nothing selected at first (a preset value anchors)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget


class PainScale(QWidget):
    """Eleven buttons 0..10 with the words for both ends under them."""

    value_changed = Signal(int)

    def __init__(self, name: str, low: str = "", high: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self._low = QLabel(self)
        self._high = QLabel(self)
        for label in (self._low, self._high):
            label.setObjectName("hint")
            label.setWordWrap(True)
            label.setFixedWidth(150)
        self._high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._low)
        for number in range(11):
            button = QPushButton(str(number), self)
            button.setCheckable(True)
            button.setObjectName("scaleButton")
            button.setMinimumSize(56, 56)
            self._group.addButton(button, number)
            row.addWidget(button, 1)
        row.addWidget(self._high)
        self._group.idClicked.connect(self.value_changed)
        self.set_words(name, low, high)

    def set_words(self, name: str, low: str = "", high: str = "") -> None:
        """The question and the words for both ends (again at a language switch)."""
        self._low.setText(low or QCoreApplication.translate("PainScale", "0 = no pain"))
        self._high.setText(high or QCoreApplication.translate("PainScale", "10 = worst imaginable"))
        for number, button in enumerate(self._group.buttons()):
            button.setAccessibleName(QCoreApplication.translate(
                "PainScale", "{name}: {n} out of 10").format(name=name, n=number))

    def value(self) -> int | None:
        checked = self._group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self._group.button(value).setChecked(True)

    def button(self, value: int) -> QPushButton:
        return self._group.button(value)
