"""Beside the steps: the clinic's information sheet in large type, scrolled by finger or by buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QWidget

from ui.kiosk import language
from ui.kiosk.step import Step
from ui.widgets.kinetic import enable_kinetic_scrolling


class InfoStep(Step):
    section = "info"
    scrolls_itself = True
    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._text = QTextBrowser(self)
        self._text.setTabChangesFocus(True)
        self._text.setOpenLinks(False)
        enable_kinetic_scrolling(self._text)
        self._up = QPushButton(self)
        self._down = QPushButton(self)
        self._continue = QPushButton(self)
        self._continue.setObjectName("primary")
        row = QHBoxLayout()
        row.addWidget(self._up)
        row.addWidget(self._down)
        row.addStretch(1)
        row.addWidget(self._continue)
        self._layout.addWidget(self._text, 1)
        self._layout.addLayout(row)
        self._up.clicked.connect(lambda: self._scroll(-1))
        self._down.clicked.connect(lambda: self._scroll(1))
        self._continue.clicked.connect(self.continue_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("About back pain"))
        bar = self._text.verticalScrollBar()
        where = bar.value() / max(1, bar.maximum())  # about the same place in the new text
        self._text.setMarkdown(language.article())
        bar.setValue(round(where * bar.maximum()))
        self._text.setAccessibleName(self.tr("Information sheet about back pain"))
        self._up.setText(self.tr("▲ Scroll up"))
        self._up.setAccessibleName(self.tr("Scroll up"))
        self._down.setText(self.tr("▼ Scroll down"))
        self._down.setAccessibleName(self.tr("Scroll down"))
        self._continue.setText(self.tr("Start check-in  ▶"))
        self._continue.setAccessibleName(self.tr("Start check-in"))
        super().retranslate()

    def _scroll(self, direction: int) -> None:
        bar = self._text.verticalScrollBar()
        bar.setValue(bar.value() + direction * bar.pageStep() * 3 // 4)

    def scroll_position(self) -> int:
        return self._text.verticalScrollBar().value()
