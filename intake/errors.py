"""Typed errors. They carry a code (and a field where one applies), never UI wording.

ui/ turns a code into translated text; nothing here may contain patient data.
"""

from __future__ import annotations


class BackCareError(Exception):
    """Base class of every error BackCare raises on purpose."""

    def __init__(self, code: str, field: str | None = None, **details: object) -> None:
        self.code = code
        self.field = field
        self.details = details
        super().__init__(code if field is None else f"{field}: {code}")


class ValidationError(BackCareError):
    """A value a person entered is not acceptable. `field` names the field."""


class DatabaseOpenError(BackCareError):
    """The database could not be opened.

    codes: bad_url, missing, driver_missing, unreachable, not_backcare, too_new, too_old, unwritable, backup_failed
    """


class BackupError(BackCareError):
    """A backup could not be made, or a backup file is refused for a restore.

    codes: not_backup, corrupt, too_new, other_backend, wrong_passphrase, passphrase_needed,
    in_use, folder_unwritable, tool_missing, failed, restore_running
    """


class StorageError(BackCareError):
    """A known, expected storage failure (not a bug).

    codes: locked, disk_full, unavailable, read_only
    """


class ConflictError(BackCareError):
    """A booking would overlap another one for the same practitioner or room.

    details: resource ("practitioner" or "room"), starts_at
    """


class NotAllowedError(BackCareError):
    """The signed-in staff member may not do this (role, lock-out, safety gate)."""
