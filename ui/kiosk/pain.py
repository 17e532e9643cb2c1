"""Your pain: where (body map), since when (a few chips), how bad now, and the three PEG items."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from intake import intakes
from intake.content import checklists
from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk import language
from ui.kiosk.step import Step, error_label
from ui.widgets.body_map import BodyMap
from ui.widgets.pain_scale import PainScale


class PainWhereStep(Step):
    section = "where"

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._map = BodyMap(checklists().regions, self, labeller=language.item_label)
        self._errors["regions"] = error_label(self)
        self._layout.addWidget(self._errors["regions"])
        self._layout.addWidget(self._map, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Where does it hurt? Tap every place."))
        super().retranslate()

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        draft.regions = self._map.selected()
        return [] if draft.regions else [ValidationError("required", field="regions")]

    def body_map(self) -> BodyMap:
        return self._map


class PainHowStep(Step):
    section = "pain"

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._layout.setSpacing(4)
        self._bands = QButtonGroup(self)
        chips = _Chips(self)
        self._how_long = QLabel(self)
        self._layout.addWidget(self._how_long)
        for index, band in enumerate(intakes.PAIN_BANDS):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setObjectName("chip")
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setProperty("band", band.id)
            self._bands.addButton(button, index)
            chips.add(button)
        self._errors["pain_since"] = error_label(self)
        self._layout.addWidget(chips)
        self._layout.addWidget(self._errors["pain_since"])
        self._scales: dict[str, PainScale] = {}
        self._questions: dict[str, QLabel] = {}
        for field in ("pain_now", "peg_pain", "peg_enjoyment", "peg_activity"):
            block = QVBoxLayout()
            block.setSpacing(2)
            label = self._questions[field] = QLabel(self)
            label.setWordWrap(True)
            scale = PainScale("", parent=self)
            self._scales[field] = scale
            self._errors[field] = error_label(self)
            block.addWidget(label)
            block.addWidget(scale)
            block.addWidget(self._errors[field])
            self._layout.addLayout(block)
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("How long, and how much does it hurt?"))
        self._how_long.setText(self.tr("How long have you had this pain?"))
        for button in self._bands.buttons():
            text = band_text(button.property("band"))
            button.setText(text)
            button.setAccessibleName(self.tr("Had the pain for: {band}").format(band=text))
        questions = (
            ("pain_now", self.tr("How bad is your pain right now?"),
             self.tr("0 = no pain"), self.tr("10 = worst imaginable")),
            ("peg_pain", self.tr("In the past week, what was your pain on average?"),
             self.tr("0 = no pain"), self.tr("10 = worst imaginable")),
            ("peg_enjoyment", self.tr("In the past week, how much did pain get in the way of "
                                      "your enjoyment of life?"),
             self.tr("0 = not at all"), self.tr("10 = completely")),
            ("peg_activity", self.tr("In the past week, how much did pain get in the way of "
                                     "your general activity?"),
             self.tr("0 = not at all"), self.tr("10 = completely")),
        )
        for field, question, low, high in questions:
            self._questions[field].setText(question)
            self._scales[field].set_words(question, low, high)
        super().retranslate()

    def _band(self) -> intakes.PainBand | None:
        checked = self._bands.checkedId()
        return None if checked < 0 else intakes.PAIN_BANDS[checked]

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        errors: list[ValidationError] = []
        band = self._band()
        if band is None:
            errors.append(ValidationError("required", field="pain_since"))
            draft.pain_since_value, draft.pain_since_unit = None, ""
        else:
            draft.pain_since_value, draft.pain_since_unit = band.value, band.unit
        for field, scale in self._scales.items():
            setattr(draft, field, scale.value())
            if scale.value() is None:
                errors.append(ValidationError("required", field=field))
        return errors

    def band_button(self, band_id: str) -> QPushButton:
        return next(b for b in self._bands.buttons() if b.property("band") == band_id)

    def set_band(self, band_id: str) -> None:
        self.band_button(band_id).setChecked(True)

    def scale(self, field: str) -> PainScale:
        return self._scales[field]

    def first_error_widget(self, errors: list[ValidationError]) -> QWidget | None:
        for error in errors:
            if error.field == "pain_since":
                return self._bands.buttons()[0]
            if error.field in self._scales:
                return self._scales[error.field].button(0)
        return None


class _Chips(QWidget):
    """Chips side by side, or in two rows when they would not fit (larger text, portrait)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._chips: list[QPushButton] = []
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def add(self, chip: QPushButton) -> None:
        self._chips.append(chip)
        self._place(len(self._chips))

    def _place(self, columns: int) -> None:
        self._columns = columns
        for chip in self._chips:
            self._grid.removeWidget(chip)
        for index, chip in enumerate(self._chips):
            self._grid.addWidget(chip, index // columns, index % columns)
        for column in range(len(self._chips) + 1):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(columns, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        gap = self._grid.spacing()
        needed = sum(c.sizeHint().width() + gap for c in self._chips)
        wanted = len(self._chips) if needed <= event.size().width() else -(-len(self._chips) // 2)
        if wanted != self._columns:
            self._place(wanted)


def band_text(band_id: str) -> str:
    """The words on a "how long" chip (the review repeats them)."""
    return {
        "under_1_week": QCoreApplication.translate("PainHowStep", "Under 1 week"),
        "1_to_6_weeks": QCoreApplication.translate("PainHowStep", "1–6 weeks"),
        "6_to_12_weeks": QCoreApplication.translate("PainHowStep", "6–12 weeks"),
        "3_to_12_months": QCoreApplication.translate("PainHowStep", "3–12 months"),
        "over_1_year": QCoreApplication.translate("PainHowStep", "Over 1 year"),
    }[band_id]
