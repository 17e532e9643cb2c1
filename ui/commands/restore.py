"""`backcare restore BACKUP`: put a backup back over the database.

BACKUP is a backup folder (or its manifest.json). Refused, with nothing changed, when it is not
a BackCare backup, is damaged, is from a newer BackCare or the other database kind, needs a
passphrase it was not given, or while any BackCare desk or kiosk has the database open. What
it replaces is first backed up into this computer's backup folder. Exit 0 restored, 1 refused
(one line why), 2 when the database cannot be opened or the arguments are wrong.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui import cli
from ui.commands.backup_texts import error_text

NAME = "restore"
PASSPHRASE_ENV = "BACKCARE_BACKUP_PASSPHRASE"


def help_text() -> str:
    return QCoreApplication.translate(
        "restore", "restore a backup over the database (every BackCare on it must be closed; "
                   "what it replaces is backed up first)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", metavar="BACKUP", type=Path, help=QCoreApplication.translate(
        "restore", "the backup folder (backcare-YYYYMMDD-HHMMSS) or its manifest.json"))
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path, help=QCoreApplication.translate(
        "restore", "for an encrypted backup: a file holding its passphrase (or set "
                   "BACKCARE_BACKUP_PASSPHRASE; else this computer's own passphrase is tried)"))


def _passphrase(args: argparse.Namespace) -> str | None:
    from intake import backup_settings

    if args.passphrase_file:
        try:
            return args.passphrase_file.read_text(encoding="utf-8").strip("\r\n")
        except (OSError, UnicodeDecodeError):
            return None
    return os.environ.get(PASSPHRASE_ENV) or backup_settings.load().passphrase


def run(args: argparse.Namespace, url: str, where: str) -> int:
    from intake import backup_settings, restore
    from intake.errors import BackupError, DatabaseOpenError

    passphrase = _passphrase(args)
    if passphrase is None:
        return cli.fail(QCoreApplication.translate(
            "restore", "backcare restore: the passphrase file cannot be read: {path}").format(
            path=args.passphrase_file))
    try:
        result = restore.restore(args.backup, url, backup_folder=backup_settings.load().folder,
                                 passphrase=passphrase)
    except DatabaseOpenError as exc:
        return cli.fail(cli.open_error_text(exc, where))
    except BackupError as exc:
        print(QCoreApplication.translate("restore", "backcare restore: refused, nothing changed: "
                                                    "{problem}: {path}").format(
            problem=error_text(exc), path=args.backup), file=sys.stderr)
        return cli.EXIT_PROBLEM
    manifest = result.manifest
    print(QCoreApplication.translate("restore", "restored: {name} (made {created} on {host}, "
                                                "schema version {version})").format(
        name=args.backup.name if args.backup.is_dir() else args.backup.parent.name,
        created=manifest.created.strftime("%Y-%m-%d %H:%M"), host=manifest.host,
        version=manifest.schema_version))
    print(QCoreApplication.translate("restore", "database: {where}").format(where=where))
    if result.replaced_copy:
        print(QCoreApplication.translate("restore", "what it replaced is kept in: {path}").format(
            path=result.replaced_copy))
    if result.content_restored:
        print(QCoreApplication.translate("restore", "content files restored: {n}").format(
            n=result.content_restored))
    if result.content_skipped:
        print(QCoreApplication.translate(
            "restore", "content files not restored (BACKCARE_CONTENT is not set): {n}; they "
                       "are in the backup's content folder").format(n=result.content_skipped))
    return cli.EXIT_OK
