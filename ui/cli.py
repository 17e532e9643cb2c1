"""The command line: arguments, the database URL, and one-line errors (exit code 2).

Kept apart from the windows so `backcare --help`, `--version` and every start-up error answer
without creating a QApplication.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

import intake
from intake.content import ContentError
from intake.errors import DatabaseOpenError

EXIT_USAGE = 2


def tr(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcare",
        description=tr("BackCare: intake kiosk and front desk for a back-pain acupuncture clinic."),
    )
    parser.add_argument("--kiosk", action="store_true", help=tr("open the patient kiosk (full screen)"))
    parser.add_argument(
        "--db",
        metavar="URL",
        help=tr("database URL: sqlite:////path/backcare.db or postgresql://user@host/dbname "
                "(default: BACKCARE_DB, else backcare.db in the user data folder)"),
    )
    parser.add_argument("--demo", action="store_true",
                        help=tr("fill an empty database with a demo clinic"))
    parser.add_argument("--version", action="version", version=f"backcare {intake.__version__}")
    return parser


def open_error_text(error: DatabaseOpenError, where: str) -> str:
    texts = {
        "bad_url": tr("The database address is not valid: use sqlite:////path/to/backcare.db "
                      "or postgresql://user@host:5432/dbname"),
        "unreachable": tr("The database server does not answer"),
        "not_backcare": tr("This is not a BackCare database; it was left untouched"),
        "too_new": tr("This database was written by a newer BackCare; install that version to "
                      "open it (it was left untouched)"),
        "unwritable": tr("The database or its folder cannot be written to"),
        "backup_failed": tr("This database is from an older BackCare and could not be backed up "
                            "before the upgrade (PostgreSQL needs the pg_dump program); it was "
                            "left untouched"),
    }
    text = texts.get(error.code, tr("The database could not be opened"))
    return f"backcare: {text}: {where}"


def content_error_text(error: ContentError) -> str:
    return tr("backcare: a content file is malformed: {problem}").format(problem=str(error))


def fail(line: str) -> int:
    print(line, file=sys.stderr)
    return EXIT_USAGE
