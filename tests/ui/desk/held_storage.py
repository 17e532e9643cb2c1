"""For the desk's "nothing a person clicks waits on the database" tests (issue 18): a storage call
held back on an Event, the way a slow or silent server holds it, and a QTimer that measures
whether the GUI thread's event loop kept turning meanwhile.

On code that still calls storage in the click handler, the click itself is held (up to HOLD_S,
then it goes on: the test fails instead of hanging), the timer stops for that long and the
call is seen in the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QTimer

HOLD_S = 2.0  # how long a held call waits for its release at most (under the stuck-task limit)
CLICK_MS = 150  # a click that returns later than this waited on something
GAP_MS = 250  # a turn of the event loop later than this is a freeze a person notices


class Held:
    """A storage call held until `release()`: where it ran and how often."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self._release = threading.Event()
        self.threads: list[threading.Thread] = []

    def release(self) -> None:
        self._release.set()

    def wait(self) -> None:
        self.threads.append(threading.current_thread())
        self.entered.set()
        self._release.wait(HOLD_S)

    def ran_off_the_gui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread() not in self.threads


def hold(monkeypatch, owner, name: str) -> Held:
    """`owner.name` (a module's function, looked up when called) waits for the release, then
    does its work."""
    original = getattr(owner, name)
    held = Held()

    def held_call(*args, **kwargs):
        held.wait()
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, held_call)
    return held


class Turns:
    """The longest gap between two turns of the GUI thread's event loop (a 10 ms timer)."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self.longest_gap_ms = 0
        self.ticks = 0

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.longest_gap_ms = max(self.longest_gap_ms, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> None:
        now = self._clock.elapsed()
        self.longest_gap_ms = max(self.longest_gap_ms, now - self._last)
        self._timer.stop()


@contextmanager
def turning() -> Iterator[Turns]:
    turns = Turns()
    turns.start()
    try:
        yield turns
    finally:
        turns.stop()


def click_returns_at_once(button) -> float:
    """Click `button` as a person does; how long the click took (ms)."""
    started = time.monotonic()
    button.click()
    return (time.monotonic() - started) * 1000


def while_held(qtbot, held: Held, turns: Turns, ms: int = 400) -> None:
    """Let the event loop run while the call is held: it must have started, in a worker."""
    qtbot.waitUntil(held.entered.is_set, timeout=HOLD_S * 1000)
    qtbot.wait(ms)
    assert turns.ticks >= ms // 40, f"the event loop turned only {turns.ticks} times"


def keeps_turning(qtbot, turns: Turns, more: int = 10) -> None:
    """Wait until the GUI thread's timer has turned `more` more times."""
    target = turns.ticks + more
    qtbot.waitUntil(lambda: turns.ticks >= target, timeout=2000)
