"""A question answered by a big Yes or No; nothing is chosen until the person chooses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("YesNo", text)


class YesNo(QWidget):
    answered = Signal(bool)

    def __init__(self, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._question = QLabel(question, self)
        self._question.setWordWrap(True)
        self._question.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._yes = QPushButton(_tr("Yes"), self)
        self._no = QPushButton(_tr("No"), self)
        self._group = QButtonGroup(self)
        for button, value in ((self._yes, 1), (self._no, 0)):
            button.setCheckable(True)
            button.setObjectName("yesNoButton")
            button.setMinimumSize(120, 56)
            self._group.addButton(button, value)
        self._yes.setAccessibleName(_tr("Yes: {q}").format(q=question))
        self._no.setAccessibleName(_tr("No: {q}").format(q=question))
        self._error = QLabel(self)
        self._error.setObjectName("error")
        self._error.setWordWrap(True)
        self._error.hide()
        text = QVBoxLayout()
        text.addWidget(self._question)
        text.addWidget(self._error)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 6)
        row.addLayout(text, 1)
        row.addWidget(self._yes)
        row.addWidget(self._no)
        self._group.idClicked.connect(lambda value: self.answered.emit(bool(value)))

    def answer(self) -> bool | None:
        checked = self._group.checkedId()
        return None if checked < 0 else bool(checked)

    def set_answer(self, value: bool | None) -> None:
        if value is None:
            self._group.setExclusive(False)
            self._yes.setChecked(False)
            self._no.setChecked(False)
            self._group.setExclusive(True)
        else:
            (self._yes if value else self._no).setChecked(True)

    def set_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.setVisible(bool(text))

    def yes_button(self) -> QPushButton:
        return self._yes

    def no_button(self) -> QPushButton:
        return self._no
