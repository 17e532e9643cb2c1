"""One-line wording of backup and restore errors for the console (codes from intake)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake.errors import BackupError


def error_text(error: BackupError) -> str:
    texts = {
        "not_backup": QCoreApplication.translate(
            "backup", "this is not a BackCare backup (a backup is a folder with a manifest.json)"),
        "corrupt": QCoreApplication.translate("backup", "the backup is damaged: a part does not match its checksum"),
        "too_new": QCoreApplication.translate(
            "backup", "the backup was made by a newer BackCare; install that version to restore it"),
        "other_backend": QCoreApplication.translate(
            "backup", "the backup is of the other kind of database (SQLite or PostgreSQL) than "
                      "the one named"),
        "wrong_passphrase": QCoreApplication.translate("backup", "the passphrase does not open this backup"),
        "passphrase_needed": QCoreApplication.translate(
            "backup", "the backup is encrypted: give its passphrase (--passphrase-file, or "
                      "BACKCARE_BACKUP_PASSPHRASE)"),
        "in_use": QCoreApplication.translate(
            "backup", "a BackCare desk or kiosk has the database open: close every one, then "
                      "restore"),
        "restore_running": QCoreApplication.translate("backup", "a restore is running on this database"),
        "folder_unwritable": QCoreApplication.translate("backup", "the backup folder cannot be written to"),
        "tool_missing": QCoreApplication.translate(
            "backup", "PostgreSQL's client programs (pg_dump, pg_restore, psql) are needed and "
                      "not installed on this computer"),
        "failed": QCoreApplication.translate("backup", "the backup could not be made or checked"),
    }
    text = texts.get(error.code, QCoreApplication.translate("backup", "the backup could not be made or checked"))
    tool = error.details.get("tool") or error.details.get("step")
    return f"{text} ({tool})" if tool and error.code in ("tool_missing", "failed") else text
