"""A Settings tab's storage work off the GUI thread (ui/workers.py).

Its reads run newest-first in one lane; its saves in order in a write lane, refused at once
while the database is known to be down. `busy_changed(bool)` lets the tab disable its buttons
while either runs: one click saves once, and nothing is saved over values still being read.
A refusal is shown next to the field it names (FieldErrors)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.desk.settings.messages import FieldErrors
from ui.workers import Lane


class TabWork(QObject):
    """`busy_changed(busy)` whenever the tab starts or stops reading or saving (`is_saving()`
    tells which)."""

    busy_changed = Signal(bool)

    def __init__(self, name: str, errors: FieldErrors, parent: QObject) -> None:
        super().__init__(parent)
        self._errors = errors
        self._reading = Lane(f"settings-{name}", self)
        self._writing = Lane(f"settings-{name}-saves", self, every_task=True)
        self._reading.busy_changed.connect(self._lane_busy)
        self._writing.busy_changed.connect(self._lane_busy)

    def read(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]) -> None:
        """`fn(*args)` in the reading lane (a newer read replaces one not yet started)."""
        self._reading.submit(fn, *args, on_done=on_done, on_error=self._errors.show_read_error)

    def write(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
              on_error: Callable[[Any], None] | None = None) -> bool:
        """`fn(*args)` in the write lane; False (nothing submitted) while a save still runs.
        The tab's messages are cleared first; a refusal is shown by the field it names."""
        if self._writing.is_busy():
            return False
        self._errors.clear()
        self._writing.submit(fn, *args, on_done=on_done, on_error=on_error or self._errors.show)
        return True

    def is_busy(self) -> bool:
        return self._reading.is_busy() or self._writing.is_busy()

    def is_saving(self) -> bool:
        return self._writing.is_busy()

    def _lane_busy(self, _busy: bool) -> None:
        self.busy_changed.emit(self.is_busy())  # (also when only which lane is busy changed)
