"""Locks the desk after a quiet spell: any key, click or wheel in the application restarts the
count. The watcher only says when; the window decides what locking means (see DeskWindow)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 5

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idled()` once after `timeout_ms` without input; `start()` arms it again."""

    idled = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idled)

    @staticmethod
    def minutes_to_ms(minutes: float) -> int:
        """Minutes as milliseconds; zero or less means the default 5 minutes (never off)."""
        return int((minutes if minutes > 0 else DEFAULT_MINUTES) * 60_000)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._timer.isActive():
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """Arms the count, and watches the application's input while armed (every event passes
        through Python while watched, so not while the desk is locked)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt keeps one entry per filter object
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def remaining_ms(self) -> int:
        """Milliseconds until the lock; -1 when not armed."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
