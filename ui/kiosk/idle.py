"""The kiosk window's "Are you still there?" overlay (in the patient's language)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.kiosk.pages import Overlay


class IdleCountdown(Overlay):
    """Shows the seconds left; any touch (the window stops it) cancels; at 0 it expires."""

    expired = Signal()

    def __init__(self, countdown_ms: int, parent: QWidget):
        super().__init__(parent)
        self._total = countdown_ms
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(min(250, max(10, countdown_ms // 4)))
        self._title = QLabel(self)
        self._title.setObjectName("bigTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._left = QLabel(self)
        self._left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._left.setWordWrap(True)
        self._stay = QPushButton(self)
        self._stay.setObjectName("primary")
        self._left_ms = countdown_ms
        self.retranslate()
        self.card_layout.addWidget(self._title)
        self.card_layout.addWidget(self._left)
        self.card_layout.addWidget(self._stay)
        self._tick.timeout.connect(self._on_tick)
        self._stay.clicked.connect(self.stop)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Are you still there?"))
        self._stay.setText(self.tr("Yes, I am still here"))
        self._stay.setAccessibleName(self.tr("Yes, I am still here"))
        self._update_text(self._left_ms)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_duration(self, countdown_ms: int) -> None:
        self._total = countdown_ms
        self._tick.setInterval(min(250, max(10, countdown_ms // 4)))

    def start(self) -> None:
        self._clock.start()
        self._update_text(self._total)
        self._tick.start()
        self.open()
        self._stay.setFocus()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def is_running(self) -> bool:
        return self._tick.isActive()

    def seconds_left(self) -> int:
        return max(0, -(-(self._total - self._clock.elapsed()) // 1000))

    def _on_tick(self) -> None:
        left = self._total - self._clock.elapsed()
        if left <= 0:
            self.stop()
            self.expired.emit()
            return
        self._update_text(left)

    def _update_text(self, left_ms: int) -> None:
        self._left_ms = left_ms
        seconds = max(0, -(-left_ms // 1000))
        self._left.setText(self.tr("For your privacy, your answers will be cleared in {n} "
                                   "seconds. Touch the screen to carry on.").format(n=seconds))
