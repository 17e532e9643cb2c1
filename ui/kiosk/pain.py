"""Step 4: your pain: where (body map), since when, how bad now, and the three PEG items."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import validation
from intake.content import checklists
from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk.step import Step, error_label
from ui.widgets.body_map import BodyMap
from ui.widgets.pain_scale import PainScale


class PainWhereStep(Step):
    section = "where"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Where does it hurt? Tap every place."), parent)
        self._map = BodyMap(checklists().regions, self)
        self._errors["regions"] = error_label(self)
        self._layout.addWidget(self._errors["regions"])
        self._layout.addWidget(self._map, 1)

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        draft.regions = self._map.selected()
        return [] if draft.regions else [ValidationError("required", field="regions")]

    def body_map(self) -> BodyMap:
        return self._map


class PainHowStep(Step):
    section = "pain"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("How long, and how much does it hurt?"), parent)
        self._since = QLineEdit(self)
        self._since.setValidator(QIntValidator(0, 9999, self))
        self._since.setMaxLength(4)
        self._since.setFixedWidth(120)
        self._since.setAccessibleName(self.tr("How long you have had the pain: number"))
        self._less = QPushButton("−", self)
        self._less.setAccessibleName(self.tr("One less"))
        self._more = QPushButton("+", self)
        self._more.setAccessibleName(self.tr("One more"))
        self._units = QButtonGroup(self)
        unit_row = QHBoxLayout()
        self._layout.addWidget(QLabel(self.tr("I have had this pain for:"), self))
        unit_row.addWidget(self._less)
        unit_row.addWidget(self._since)
        unit_row.addWidget(self._more)
        for index, (unit, text) in enumerate(
                (("days", self.tr("days")), ("weeks", self.tr("weeks")), ("months", self.tr("months")))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setObjectName("yesNoButton")
            button.setProperty("unit", unit)
            button.setAccessibleName(self.tr("Unit: {unit}").format(unit=text))
            self._units.addButton(button, index)
            unit_row.addWidget(button)
        unit_row.addStretch(1)
        self._errors["pain_since"] = error_label(self)
        self._layout.addLayout(unit_row)
        self._layout.addWidget(self._errors["pain_since"])
        self._scales: dict[str, PainScale] = {}
        questions = (
            ("pain_now", self.tr("How bad is your pain right now?"),
             self.tr("0 = no pain"), self.tr("10 = as bad as you can imagine")),
            ("peg_pain", self.tr("In the past week, what was your pain on average?"),
             self.tr("0 = no pain"), self.tr("10 = as bad as you can imagine")),
            ("peg_enjoyment", self.tr("In the past week, how much did pain get in the way of "
                                      "your enjoyment of life?"),
             self.tr("0 = not at all"), self.tr("10 = completely")),
            ("peg_activity", self.tr("In the past week, how much did pain get in the way of "
                                     "your general activity?"),
             self.tr("0 = not at all"), self.tr("10 = completely")),
        )
        for field, question, low, high in questions:
            block = QVBoxLayout()
            block.setSpacing(2)
            label = QLabel(question, self)
            label.setWordWrap(True)
            scale = PainScale(question, low, high, self)
            self._scales[field] = scale
            self._errors[field] = error_label(self)
            block.addWidget(label)
            block.addWidget(scale)
            block.addWidget(self._errors[field])
            self._layout.addLayout(block)
        self._layout.addStretch(1)
        self._less.clicked.connect(lambda: self._step_since(-1))
        self._more.clicked.connect(lambda: self._step_since(1))

    def _step_since(self, delta: int) -> None:
        current = int(self._since.text()) if self._since.text().isdigit() else 0
        self._since.setText(str(max(0, min(9999, current + delta))))

    def _unit(self) -> str:
        button = self._units.checkedButton()
        return button.property("unit") if button is not None else ""

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        errors: list[ValidationError] = []
        try:
            value, unit = validation.clean_pain_since(self._since.text().strip(), self._unit())
        except ValidationError as exc:
            code = "unit_required" if exc.field == "pain_since_unit" else exc.code
            errors.append(ValidationError(code, field="pain_since"))
            draft.pain_since_value, draft.pain_since_unit = None, ""
        else:
            draft.pain_since_value, draft.pain_since_unit = value, unit
        for field, scale in self._scales.items():
            setattr(draft, field, scale.value())
            if scale.value() is None:
                errors.append(ValidationError("required", field=field))
        return errors

    def since_edit(self) -> QLineEdit:
        return self._since

    def unit_button(self, unit: str) -> QPushButton:
        return next(b for b in self._units.buttons() if b.property("unit") == unit)

    def scale(self, field: str) -> PainScale:
        return self._scales[field]

    def entered(self) -> None:
        self._since.setFocus()
