"""The welcome page: the clinic's name, the language choice, one large Start, and the sheet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.kiosk import language, timing


def language_buttons(parent: QWidget, chosen: Signal) -> dict[str, QPushButton]:
    """One big button per language, named in its own script; a tap emits `chosen(code)`."""
    buttons = {}
    for code, name in language.LANGUAGES.items():
        button = QPushButton(name, parent)
        button.setObjectName("languageButton")
        button.setMinimumSize(180, 64)
        button.setProperty("language", code)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _=False, code=code: chosen.emit(code))
        buttons[code] = button
    return buttons


def hide_unusable(buttons: dict[str, QPushButton]) -> None:
    """A language whose content files are broken is not offered (Settings says why). Checked
    after the first frame: reading the files costs ~30 ms; install() refuses one anyway."""
    offered = language.offered()
    for code, button in buttons.items():
        button.setVisible(code in offered)


def mark_current(buttons: dict[str, QPushButton]) -> None:
    """The language in use is drawn apart (a style-sheet property, not a tick: no answer)."""
    for code, button in buttons.items():
        current = code == language.current()
        if button.property("current") != current:
            button.setProperty("current", current)
            if button.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # else its first
                button.style().unpolish(button)  # polish reads the property
                button.style().polish(button)


class WelcomeStep(QWidget):
    start_requested = Signal()
    read_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, clinic_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._clinic = QLabel(clinic_name, self)
        self._clinic.setObjectName("bigTitle")
        self._clinic.setWordWrap(True)
        self._clinic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._greeting = QLabel(self)
        self._greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._greeting.setWordWrap(True)
        self._languages = language_buttons(self, self.language_chosen)
        languages = QHBoxLayout()
        languages.setSpacing(16)
        languages.addStretch(1)
        for button in self._languages.values():
            languages.addWidget(button)
        languages.addStretch(1)
        self._start = QPushButton(self)
        self._start.setObjectName("startButton")
        self._read = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(2)
        layout.addWidget(self._clinic)
        layout.addSpacing(24)
        layout.addWidget(self._greeting)
        layout.addSpacing(32)
        layout.addLayout(languages)
        layout.addSpacing(32)
        layout.addWidget(self._start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self._read, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._start.clicked.connect(self.start_requested)
        self._read.clicked.connect(self.read_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self._greeting.setText(self.tr("Welcome. Please check in here for your visit.\n"
                                       "It takes about {n} minutes.").format(
                                           n=timing.stated_minutes()))
        self._start.setText(self.tr("Start"))
        self._start.setAccessibleName(self.tr("Start check-in"))
        self._read.setText(self.tr("Read about back pain"))
        self._read.setAccessibleName(self.tr("Read about back pain"))
        mark_current(self._languages)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def hide_unusable_languages(self) -> None:
        hide_unusable(self._languages)

    def language_button(self, code: str) -> QPushButton:
        return self._languages[code]

    def title(self) -> str:
        return self.tr("Welcome")

    def entered(self) -> None:
        self._start.setFocus()
