"""For the desk dialogs' tests: an intake function held until the test lets it go, and a timer
that shows the GUI thread kept turning meanwhile.

A held function called on the GUI thread (storage work left there) would freeze the test, so it
gives up waiting after HOLD_S and runs anyway: the test then fails on what it sees, not by hanging.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QElapsedTimer, QTimer

HOLD_S = 5.0


class Held:
    """`module.name` replaced for the test by a version that waits until `release()`, then
    runs the real one. `started` is set once a call has begun; `threads`: where the calls ran."""

    def __init__(self, monkeypatch, module, name: str) -> None:
        self._real = getattr(module, name)
        self._go = threading.Event()
        self.started = threading.Event()
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(module, name, self)

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.current_thread())
        self.started.set()
        self._go.wait(HOLD_S)
        return self._real(*args, **kwargs)

    def release(self) -> None:
        self._go.set()

    def ran_off_the_gui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread() not in self.threads


class Ticks:
    """A 10 ms QTimer on the GUI thread: how often it turned, and the longest gap between turns."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self.turns = 0
        self.max_gap_ms = 0
        self._last = 0

    def __enter__(self) -> Ticks:
        self._clock.start()
        self._timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.max_gap_ms = max(self.max_gap_ms, now - self._last)
        self._last = now
        self.turns += 1


def keeps_turning(qtbot, ticks: Ticks, turns: int = 10) -> None:
    """Wait until the GUI thread's timer has turned `turns` more times."""
    target = ticks.turns + turns
    qtbot.waitUntil(lambda: ticks.turns >= target, timeout=2000)
