"""Steps 5-7: symptoms, what may have caused it, current treatments and their side effects."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from intake import intakes
from intake.content import checklists
from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk import language
from ui.kiosk.step import Step, error_label
from ui.widgets.checklist import Checklist


class ChecklistStep(Step):
    """One checklist group; `required` when at least one tick (or "not sure") is needed."""

    def __init__(self, group: str, parent: QWidget | None = None, columns: int = 2):
        super().__init__("", parent)
        self.section = group
        self._group = group
        self._hint = hint_label = QLabel(self)
        hint_label.setObjectName("hint")
        hint_label.setWordWrap(True)
        self._list = Checklist(checklists().group(group), columns=columns, parent=self,
                               labeller=language.item_label)
        self._errors[group] = error_label(self)
        self._layout.addWidget(hint_label)
        self._layout.addWidget(self._errors[group])
        self._layout.addWidget(self._list)

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        setattr(draft, self._group, self._list.selected())
        try:
            intakes.check_checklist(draft, self._group)
        except ValidationError as exc:
            return [exc]
        return []

    def checklist(self) -> Checklist:
        return self._list


class SymptomsStep(ChecklistStep):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("symptoms", parent)
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("What do you notice?"))
        self._hint.setText(self.tr("Tick everything that fits. You may leave it empty."))
        super().retranslate()


class CausesStep(ChecklistStep):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("causes", parent)
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("What may have caused it?"))
        self._hint.setText(self.tr("Tick everything that may fit, or \"Not sure\"."))
        super().retranslate()


class TreatmentsStep(ChecklistStep):
    section = "treatments"

    def __init__(self, parent: QWidget | None = None):
        super().__init__("treatments", parent)
        self._other = QLineEdit(self)
        self._other.setMaxLength(intakes.TREATMENT_OTHER_MAX)
        self._errors["treatment_other"] = error_label(self)
        self._layout.addWidget(self._other)
        self._layout.addWidget(self._errors["treatment_other"])
        effects = self._effects_label = QLabel(self)
        effects.setWordWrap(True)
        self._effects = Checklist(checklists().side_effects, columns=3, parent=self,
                                  labeller=language.item_label)
        self._layout.addWidget(effects)
        self._layout.addWidget(self._effects)
        self._layout.addStretch(1)
        self._list.changed.connect(self._sync_other)
        self._sync_other()
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("What do you take or use for it now?"))
        self._hint.setText(self.tr("Tick everything you use, or \"None\"."))
        self._other.setPlaceholderText(self.tr("Which other treatment?"))
        self._other.setAccessibleName(self.tr("Other treatment: please write"))
        self._effects_label.setText(self.tr("Have you noticed any of these side effects?"))
        super().retranslate()

    def _sync_other(self) -> None:
        needs = {i.id for i in checklists().treatments if i.needs_text}
        self._other.setEnabled(bool(self._list.selected() & needs))

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        draft.treatment_other = self._other.text() if self._other.isEnabled() else ""
        draft.side_effects = self._effects.selected()
        errors = super().collect(draft)
        return errors

    def other_edit(self) -> QLineEdit:
        return self._other

    def side_effects(self) -> Checklist:
        return self._effects
