"""What every intake step has: a title, its own fields, and messages next to them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk.messages import error_text


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("Step", "Message"))
    label.hide()
    return label


class Step(QWidget):
    """A page of the intake. `collect` copies its answers into the draft and returns what is
    missing or wrong; `show_errors` puts each message next to its field.

    `retranslate()` re-sets every word of the page in the language now installed (Qt sends
    QEvent.LanguageChange at a switch): widgets keep their state, so no answer is lost."""

    section = ""  # the review groups answers by it; the flow jumps back by it
    edited = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._shown_errors: list[ValidationError] = []
        self._title = QLabel(title, self)
        self._title.setObjectName("stepTitle")
        self._title.setWordWrap(True)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._errors: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 16, 32, 8)
        self._layout.setSpacing(10)
        self._layout.addWidget(self._title)

    def title(self) -> str:
        return self._title.text()

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        return []

    def retranslate(self) -> None:
        """Subclasses set their words, then call this (the messages shown follow)."""
        for label in self._errors.values():
            label.setAccessibleName(QCoreApplication.translate("Step", "Message"))
        if self._shown_errors:
            Step.show_errors(self, self._shown_errors)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_errors(self, errors: list[ValidationError]) -> None:
        self._shown_errors = list(errors)
        by_field = {e.field: e for e in errors}
        for field, label in self._errors.items():
            error = by_field.get(field)
            label.setText(error_text(error) if error else "")
            label.setVisible(error is not None)

    def clear_error(self, field: str) -> None:
        """The patient changed this answer: its message goes (the others stay until Next)."""
        self._shown_errors = [e for e in self._shown_errors if e.field != field]
        label = self._errors.get(field)
        if label is not None and label.isVisibleTo(self):
            label.hide()
            label.setText("")

    def first_error_widget(self, errors: list[ValidationError]) -> QWidget | None:
        return None

    def entered(self) -> None:
        """Called when the step is shown."""
