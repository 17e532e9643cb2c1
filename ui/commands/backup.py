"""`backcare backup [--to DIR]`: back up the database now (and the content folder in use).

Into this computer's backup folder (Settings > Backups), or DIR; encrypted with this
computer's passphrase when one is set. Exit 0 when written and verified, 1 when it could not
be made (one line why, nothing left behind), 2 when the database cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui import cli
from ui.commands.backup_texts import error_text

NAME = "backup"


def help_text() -> str:
    return QCoreApplication.translate(
        "backup", "back up the database now into this computer's backup folder (verified, "
                  "with a checksum of every part)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", metavar="DIR", type=Path, help=QCoreApplication.translate(
        "backup", "write the backup into DIR instead of this computer's backup folder"))


def run(args: argparse.Namespace, url: str, where: str) -> int:
    from intake import backup_schedule
    from intake import db as dbmod
    from intake.errors import BackupError, DatabaseOpenError

    try:
        dbmod.open_database(url, migrate=False, create=False)
    except DatabaseOpenError as exc:
        return cli.fail(cli.open_error_text(exc, where))
    folder = args.to.expanduser().absolute() if args.to else None
    try:
        result = backup_schedule.back_up_now(folder=folder)
    except BackupError as exc:
        print(QCoreApplication.translate("backup", "backcare backup: {problem}").format(
            problem=error_text(exc)), file=sys.stderr)
        return cli.EXIT_PROBLEM
    finally:
        dbmod.close_database()
    manifest = result.manifest
    print(QCoreApplication.translate("backup", "backup: {path}").format(path=result.path))
    print(QCoreApplication.translate("backup", "database: {where}, schema version {version}").format(
        where=where, version=manifest.schema_version))
    print(QCoreApplication.translate("backup", "verified: {steps}").format(
        steps=", ".join(manifest.verified)))
    rows = sum(manifest.row_counts.values())
    print(QCoreApplication.translate("backup", "rows: {rows} in {tables} tables; content files: "
                                               "{files}; encrypted: {encrypted}").format(
        rows=rows, tables=len(manifest.row_counts), files=len(manifest.content_parts),
        encrypted=QCoreApplication.translate("backup", "yes") if manifest.encryption
        else QCoreApplication.translate("backup", "no")))
    if result.deleted:
        print(QCoreApplication.translate("backup", "older backups removed by the rotation: {n}").format(
            n=len(result.deleted)))
    return cli.EXIT_OK
