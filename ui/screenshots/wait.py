"""For the screenshot modules: run the event loop until what the workers read is on screen."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

WAIT_S = 10.0


def run_until(done: Callable[[], bool], wait_s: float = WAIT_S) -> None:
    """Process events until `done()`, then once more: the layout follows. A screen that is not
    ready after `wait_s` raises TimeoutError: a picture of a half-loaded screen is no picture."""
    deadline = time.monotonic() + wait_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the screen was not ready within {wait_s:.0f} s")
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def run_until_read(widget) -> None:
    """Process events until no worker lane of `widget` (or of its children) is busy."""
    from ui.workers import Lane

    run_until(lambda: not any(lane.is_busy() for lane in widget.findChildren(Lane)))
