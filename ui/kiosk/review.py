"""Step 10: every answer in plain words; tapping a section goes back to change it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from intake import intakes
from intake.content import checklists
from intake.intakes import IntakeDraft
from ui import dates
from ui.kiosk import language
from ui.kiosk.pain import band_text
from ui.kiosk.step import Step
from ui.widgets.kinetic import enable_kinetic_scrolling


class SectionButton(QPushButton):
    """A button as tall as its wrapped text: a heading and the answers under it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("sectionButton")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_summary(self, heading: str, text: str) -> None:
        self._label.setText(f"<b>{escape(heading, quote=False)}</b><br>{escape(text, quote=False).replace(chr(10), '<br>')}")
        self.updateGeometry()

    def summary(self) -> str:
        return self._label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), 56))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 56)


class ReviewStep(Step):
    section = "review"
    scrolls_itself = True
    edit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._hint = hint = QLabel(self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(0, 0, 16, 0)
        self._buttons: dict[str, QPushButton] = {}
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._body)
        enable_kinetic_scrolling(self._scroll)
        for section in ("about", "where", "pain", "symptoms", "causes", "treatments", "safety",
                        "consent"):
            button = SectionButton(self._body)
            button.clicked.connect(lambda _=False, s=section: self.edit_requested.emit(s))
            self._buttons[section] = button
            self._column.addWidget(button)
        self._column.addStretch(1)
        self._layout.addWidget(hint)
        self._layout.addWidget(self._scroll, 1)
        self._draft: IntakeDraft | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Please check your answers"))
        self._hint.setText(self.tr("Tap a box to change it. When all is right, tap \"Send my "
                                   "answers\"."))
        self._scroll.setAccessibleName(self.tr("Your answers"))
        if self._draft is not None:
            self._summarise(self._draft)
        else:
            for button in self._buttons.values():
                button.setAccessibleName(self.tr("Change this answer"))
        super().retranslate()

    def show_draft(self, draft: IntakeDraft) -> None:
        self._draft = draft
        self._summarise(draft)
        self._scroll.verticalScrollBar().setValue(0)

    def _summarise(self, draft: IntakeDraft) -> None:
        for section, (heading, text) in self.summary(draft).items():
            button = self._buttons[section]
            button.set_summary(heading, text)
            button.setAccessibleName(self.tr("{heading}: {text}. Tap to change.")
                                     .format(heading=heading, text=text.replace("\n", ", ")))

    def section_button(self, section: str) -> QPushButton:
        return self._buttons[section]

    def summary(self, draft: IntakeDraft) -> dict[str, tuple[str, str]]:
        lists = checklists()

        def labels(group: str, chosen: set[str]) -> str:
            names = [language.item_label(i) for i in lists.group(group) if i.id in chosen]
            return self.tr(", ").join(names) if names else self.tr("Nothing ticked")

        born = (dates.long_date_text(draft.date_of_birth, language.current())  # their language,
                if draft.date_of_birth else "")  # written as in the clinic's country
        about = "\n".join(filter(None, [
            f"{draft.first_name} {draft.last_name}",
            self.tr("Born {date}").format(date=born),
            self.tr("Mobile {phone}").format(phone=draft.phone),
            self.tr("Email {email}").format(email=draft.email) if draft.email else self.tr("No email"),
        ]))
        band = intakes.pain_band(draft.pain_since_value, draft.pain_since_unit)
        pain = "\n".join([
            self.tr("For: {band}").format(band=band_text(band.id) if band else "?"),
            self.tr("Pain now: {n} out of 10").format(n=draft.pain_now),
            self.tr("Average pain last week: {n} out of 10").format(n=draft.peg_pain),
            self.tr("Gets in the way of enjoying life: {n} out of 10").format(n=draft.peg_enjoyment),
            self.tr("Gets in the way of general activity: {n} out of 10").format(n=draft.peg_activity),
        ])
        treatments = labels("treatments", draft.treatments)
        if draft.treatment_other.strip() and "other" in draft.treatments:
            treatments += f" ({draft.treatment_other.strip()})"
        effects = [language.item_label(i) for i in lists.side_effects if i.id in draft.side_effects]
        treatments += "\n" + (self.tr("Side effects: {list}").format(list=self.tr(", ").join(effects))
                              if effects else self.tr("No side effects ticked"))
        yes = [language.item_label(i) for i in lists.safety_items if draft.safety.get(i.id)]
        safety = (self.tr("You answered Yes to:") + "\n" + "\n".join(f"• {q}" for q in yes)
                  if yes else self.tr("You answered No to every question."))
        consent = (self.tr("You agreed and signed.") if draft.consent_given and draft.signature_svg
                   else self.tr("Not yet signed"))
        return {
            "about": (self.tr("About you"), about),
            "where": (self.tr("Where it hurts"), labels("regions", draft.regions)),
            "pain": (self.tr("Your pain"), pain),
            "symptoms": (self.tr("What you notice"), labels("symptoms", draft.symptoms)),
            "causes": (self.tr("What may have caused it"), labels("causes", draft.causes)),
            "treatments": (self.tr("Treatments now"), treatments),
            "safety": (self.tr("Safety questions"), safety),
            "consent": (self.tr("Consent"), consent),
        }
