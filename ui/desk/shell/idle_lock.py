"""Locks the desk after a quiet spell: any key, click or wheel in the application restarts the
count. The watcher only says when; the window decides what locking means (see DeskWindow).

What the watcher listens to is the application's top-level windows (`QWindow`), where the
platform delivers every key, click, wheel and touch before Qt hands it to a widget: an
application-wide Python event filter would see every event of every widget (polish, layout,
paint...), and while someone was signed in it made building a page 2-3 times slower in the GUI
thread. A window that appears later (a dialog, a popup) is watched from the moment it takes the
focus or the next click or key anywhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

DEFAULT_MINUTES = 5

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
_MAY_OPEN_A_WINDOW = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}


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
        self._following = False
        self._rescan_queued = False

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
        """Arms the count, and watches the application's input while armed."""
        self._watch_windows()
        app = QGuiApplication.instance()
        if app is not None and not self._following:
            app.focusWindowChanged.connect(self._watch_window)
            self._following = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if app is None:
            return
        if self._following:
            app.focusWindowChanged.disconnect(self._watch_window)
            self._following = False
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(self)

    def _watch_windows(self) -> None:
        self._rescan_queued = False
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)  # Qt keeps one entry per filter object

    def _watch_window(self, window: QWindow | None) -> None:
        if window is not None and self._timer.isActive():
            window.installEventFilter(self)

    def remaining_ms(self) -> int:
        """Milliseconds until the lock; -1 when not armed."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in _ACTIVITY and self._timer.isActive():
            self._timer.start()
            if kind in _MAY_OPEN_A_WINDOW and not self._rescan_queued:
                self._rescan_queued = True  # a popup or dialog it opens is watched too
                QTimer.singleShot(0, self, self._watch_windows)
        return False
