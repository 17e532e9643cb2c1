"""Unexpected errors: logged without patient data, shown as a calm message, never a traceback.

An exception's message can quote what a person typed, so only its type and the code locations
(file:line, function) are logged; the message itself is dropped.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

log = logging.getLogger(__name__)


def scrubbed(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{exc_type.__name__} at {where}"


def install(show_message) -> None:
    """Route uncaught exceptions to the log (scrubbed) and `show_message()` for the person."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error: %s", scrubbed(exc_type, tb))
        try:
            show_message()
        except Exception:  # never let the crash handler itself crash
            log.error("could not show the error message")

    sys.excepthook = hook
