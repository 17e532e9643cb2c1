"""One-line wording of backup and restore errors for the console (codes from intake)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake.errors import BackupError


def _tr(text: str) -> str:
    return QCoreApplication.translate("backup", text)


def error_text(error: BackupError) -> str:
    texts = {
        "not_backup": _tr("this is not a BackCare backup (a backup is a folder with a "
                          "manifest.json)"),
        "corrupt": _tr("the backup is damaged: a part does not match its checksum"),
        "too_new": _tr("the backup was made by a newer BackCare; install that version to "
                       "restore it"),
        "other_backend": _tr("the backup is of the other kind of database (SQLite or "
                             "PostgreSQL) than the one named"),
        "wrong_passphrase": _tr("the passphrase does not open this backup"),
        "passphrase_needed": _tr("the backup is encrypted: give its passphrase "
                                 "(--passphrase-file, or BACKCARE_BACKUP_PASSPHRASE)"),
        "in_use": _tr("a BackCare desk or kiosk has the database open: close every one, "
                      "then restore"),
        "restore_running": _tr("a restore is running on this database"),
        "folder_unwritable": _tr("the backup folder cannot be written to"),
        "tool_missing": _tr("PostgreSQL's client programs (pg_dump, pg_restore, psql) are "
                            "needed and not installed on this computer"),
        "failed": _tr("the backup could not be made or checked"),
    }
    text = texts.get(error.code, _tr("the backup could not be made or checked"))
    tool = error.details.get("tool") or error.details.get("step")
    return f"{text} ({tool})" if tool and error.code in ("tool_missing", "failed") else text
