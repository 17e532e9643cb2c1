"""Work split across turns of the GUI thread's event loop, so that no turn holds the window.

`next_turn(receiver, fn)` runs `fn` on a later turn, after the input, painting and timers that
are due. A zero-delay single shot does not do that: Qt delivers it with the posted events of the
same pass, so a chain of them runs as one long turn; a 1 ms timer goes through the timer
dispatch, and everything pending in between is handled first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

NEXT_TURN_MS = 1


def next_turn(receiver: QObject, fn: Callable[[], None]) -> None:
    """Call `fn` on a later turn (not at all if `receiver` is deleted first)."""
    QTimer.singleShot(NEXT_TURN_MS, receiver, fn)
