"""Step 8: safety questions: every red flag and contraindication answered Yes or No."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from intake.content import Item, checklists
from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk.step import Step
from ui.widgets.kinetic import enable_kinetic_scrolling
from ui.widgets.yes_no import YesNo


class SafetyStep(Step):
    section = "safety"
    scrolls_itself = True
    urgent_answered = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Some questions for your safety"), parent)
        hint = QLabel(self.tr("Please answer every question with Yes or No."), self)
        hint.setObjectName("hint")
        self._questions: dict[str, YesNo] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 16, 0)
        lists = checklists()
        for heading, items in ((self.tr("About your health"), lists.red_flags),
                               (self.tr("Before acupuncture"), lists.contraindications)):
            title = QLabel(heading, body)
            title.setObjectName("stepTitle")
            column.addWidget(title)
            for item in items:
                question = YesNo(item.label, body)
                question.answered.connect(lambda yes, item=item: self._on_answered(item, yes))
                self._questions[item.id] = question
                column.addWidget(question)
        column.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(body)
        self._scroll.setAccessibleName(self.tr("Safety questions"))
        enable_kinetic_scrolling(self._scroll)
        self._layout.addWidget(hint)
        self._layout.addWidget(self._scroll, 1)

    def _on_answered(self, item: Item, yes: bool) -> None:
        self._questions[item.id].set_error("")
        if yes and item.urgent:
            self.urgent_answered.emit()

    def answers(self) -> dict[str, bool]:
        return {item_id: q.answer() for item_id, q in self._questions.items() if q.answer() is not None}

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        draft.safety = self.answers()
        return [ValidationError("required", field=item_id)
                for item_id in self._questions if item_id not in draft.safety]

    def show_errors(self, errors: list[ValidationError]) -> None:
        by_field = {e.field: e for e in errors}
        for item_id, question in self._questions.items():
            error = by_field.get(item_id)
            question.set_error(self.tr("Please tap Yes or No.") if error else "")

    def first_error_widget(self, errors: list[ValidationError]) -> QWidget | None:
        for error in errors:
            if error.field in self._questions:
                question = self._questions[error.field]
                self._scroll.ensureWidgetVisible(question)
                return question.yes_button()
        return None

    def question(self, item_id: str) -> YesNo:
        return self._questions[item_id]
