"""The language overlay opened from the header's 🌐 button, on every step of the kiosk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.kiosk.pages import Overlay
from ui.kiosk.welcome import hide_unusable, language_buttons, mark_current


class LanguageChoice(Overlay):
    """Three big buttons, each language in its own script; a choice closes the overlay."""

    TITLE = "Language · Idioma · 语言"

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._title = QLabel(self)
        self._title.setObjectName("stepTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._buttons = language_buttons(self, self.language_chosen)
        row = QHBoxLayout()
        row.setSpacing(16)
        for button in self._buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the field typed in keeps the focus
            row.addWidget(button)
        self._cancel = QPushButton(self)
        self._cancel.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.card_layout.addWidget(self._title)
        self.card_layout.addLayout(row)
        self.card_layout.addWidget(self._cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        self.language_chosen.connect(lambda _code: self.hide())
        self._cancel.clicked.connect(self.hide)
        self.retranslate()

    def retranslate(self) -> None:
        # the title in all three: a patient who cannot read the current language still sees theirs
        self._title.setText(self.TITLE)
        self._cancel.setText(self.tr("Keep this language"))
        self._cancel.setAccessibleName(self.tr("Keep this language"))
        mark_current(self._buttons)

    def open(self) -> None:
        hide_unusable(self._buttons)
        self.retranslate()
        super().open()

    def button(self, code: str) -> QPushButton:
        return self._buttons[code]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
