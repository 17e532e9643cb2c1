"""The log file a clinic can find: rotating, private, in the platform's log folder.

Linux `~/.local/state/BackCare/log/backcare.log`, macOS `~/Library/Logs/BackCare/backcare.log`,
Windows `%LOCALAPPDATA%\\BackCare\\Logs\\backcare.log` (platformdirs); `BACKCARE_LOG_DIR`
overrides it. Up to 5 files of 1 MB. Modules log codes, ids and counts only — never a name, date
of birth, phone number or answer (STYLE.md); the crash handler drops exception messages.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

APP_NAME = "BackCare"
FILE_NAME = "backcare.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    override = os.environ.get("BACKCARE_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def _private_rotating_file(path: Path) -> logging.Handler:
    """A rotating file handler whose every file, the first and each one after a rotation, is
    readable by its owner only (0600 on POSIX). logging.handlers is imported here, when the
    file is opened, not at start."""
    import logging.handlers

    class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
        def _open(self):
            stream = super()._open()
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
            return stream

    return PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


def _no_query_parameters(record: logging.LogRecord) -> bool:
    """peewee logs every query with its parameters (names, dates of birth, answers) at DEBUG:
    never let those reach a handler of ours, whatever level someone sets."""
    return not (record.name.startswith("peewee") and record.levelno < logging.INFO)


_handler: logging.Handler | None = None


class _Buffer(logging.Handler):
    """Holds the first records of a start until the file is opened after the first frame
    (opening it, with platformdirs and logging.handlers, costs ~15 ms of start-up)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []
        self.addFilter(_no_query_parameters)

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < 1000:
            self.records.append(record)


_buffer: _Buffer | None = None


def start_buffering(*, console: bool) -> None:
    """At start: warnings to the console at once, everything else kept for the file, which
    `configure()` opens (and fills with what was kept) once the first window is painted."""
    global _buffer
    _add_console(console)
    if _handler is None and _buffer is None:
        _buffer = _Buffer()
        logging.getLogger().addHandler(_buffer)


def configure(*, console: bool) -> Path | None:
    """Send the app's logs to the rotating file (INFO and up) and, with a console, warnings to
    stderr. Returns the file's path, or None when its folder cannot be made (the app still
    runs; the console keeps the warnings). Safe to call more than once."""
    global _handler, _buffer
    root = logging.getLogger()
    _add_console(console)
    if _handler is not None:
        return Path(_handler.baseFilename)
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _private_rotating_file(folder / FILE_NAME)
    except OSError:
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_no_query_parameters)
    root.addHandler(handler)
    _handler = handler
    if _buffer is not None:
        root.removeHandler(_buffer)
        for record in _buffer.records:
            handler.handle(record)
        _buffer = None
    return Path(handler.baseFilename)


def _add_console(console: bool) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    logging.getLogger("peewee").setLevel(logging.INFO)
    if console and not any(getattr(h, "_backcare_console", False) for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter(FORMAT))
        stream.addFilter(_no_query_parameters)
        stream._backcare_console = True
        root.addHandler(stream)


def close() -> None:
    """Detach and close the file handler (tests; the app keeps it until exit)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
