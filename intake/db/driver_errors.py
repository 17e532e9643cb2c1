"""The driver's errors read by their codes, never their text: the constraint or guard that refused
a write, and the storage condition (locked, disk full, read only, unavailable)."""

from __future__ import annotations

import peewee

from intake.errors import StorageError


def _driver_error(exc: peewee.PeeweeException) -> BaseException | None:
    """The driver's own exception that peewee wrapped (peewee passes it as the first arg)."""
    if exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc.__cause__ or exc.__context__


def constraint_name(exc: peewee.PeeweeException) -> str:
    """The name of the constraint or guard that refused a write, from the driver's structured
    error: PostgreSQL's diagnostics (constraint_name); SQLite's extended code tells a CHECK
    constraint or a guard trigger, whose text is then our own identifier (the constraint's name
    or the trigger's RAISE code). Empty when it is neither."""
    orig = _driver_error(exc)
    diag = getattr(orig, "diag", None)
    if diag is not None:
        return diag.constraint_name or ""
    code = getattr(orig, "sqlite_errorname", "")
    if code == "SQLITE_CONSTRAINT_TRIGGER":
        return str(orig).strip()
    if code == "SQLITE_CONSTRAINT_CHECK":
        return str(orig).rsplit(":", 1)[-1].strip()
    return ""


# SQLite primary result codes (the extended name's prefix) and PostgreSQL SQLSTATE classes
_SQLITE_STORAGE = {"SQLITE_BUSY": "locked", "SQLITE_LOCKED": "locked", "SQLITE_FULL": "disk_full",
                   "SQLITE_READONLY": "read_only", "SQLITE_IOERR": "unavailable",
                   "SQLITE_CANTOPEN": "unavailable"}
_PG_STORAGE = {"53100": "disk_full", "55P03": "locked", "57014": "locked", "25006": "read_only",
               "40P01": "locked", "40001": "locked"}


def storage_code(exc: peewee.PeeweeException) -> str:
    """locked | disk_full | read_only | unavailable, from the driver's error code."""
    orig = _driver_error(exc)
    name = getattr(orig, "sqlite_errorname", None)
    if name:
        for prefix, code in _SQLITE_STORAGE.items():
            if name == prefix or name.startswith(prefix + "_"):
                return code
        return "unavailable"
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate in _PG_STORAGE:
        return _PG_STORAGE[sqlstate]
    return "unavailable"


def _as_storage_error(exc: peewee.PeeweeException) -> StorageError:
    if isinstance(exc, peewee.InterfaceError):
        return StorageError("unavailable")
    return StorageError(storage_code(exc))
