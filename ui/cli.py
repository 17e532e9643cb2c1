"""The command line: arguments, subcommands, and one-line errors (exit code 2).

`backcare` is a console program on every OS, so `--help`, `--version`, every start-up error and
the maintenance commands (`backcare check`, ...) print and return an exit code; `backcarew` is the
same program without a console window, for a desktop shortcut, and shows its errors in a message
box. Kept apart from the windows so nothing here creates a QApplication.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

import intake
from intake.errors import DatabaseOpenError

if TYPE_CHECKING:
    from intake.content import ContentError

EXIT_OK = 0
EXIT_PROBLEM = 1  # a maintenance command found something wrong
EXIT_USAGE = 2  # bad arguments, or the database / content could not be opened


class UsageError(Exception):
    """Bad arguments; the message is argparse's, in English."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print and exit; we return a code instead
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    from ui import commands

    parser = _Parser(
        prog="backcare",
        description=QCoreApplication.translate(
            "cli", "BackCare: intake kiosk and front desk for a back-pain acupuncture clinic. "
                   "Without a command it opens the front desk."),
    )
    _add_db_option(parser, default=None)
    parser.add_argument("--kiosk", action="store_true",
                        help=QCoreApplication.translate("cli", "open the patient kiosk (full screen)"))
    parser.add_argument("--demo", action="store_true",
                        help=QCoreApplication.translate("cli", "fill an empty database with a demo clinic"))
    parser.add_argument("--version", action="version", version=f"backcare {intake.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                                title=QCoreApplication.translate("cli", "maintenance commands"))
    for command in commands.ALL:
        command_parser = sub.add_parser(command.NAME, help=command.help_text(),
                                        description=command.help_text())
        # --db is accepted before or after the command; given after it, it wins
        _add_db_option(command_parser, default=argparse.SUPPRESS)
        command.add_arguments(command_parser)
        command_parser.set_defaults(run=command.run)
    return parser


def _add_db_option(parser: argparse.ArgumentParser, *, default) -> None:
    parser.add_argument(
        "--db", metavar="URL", default=default,
        help=QCoreApplication.translate(
            "cli", "database URL: sqlite:////path/backcare.db or postgresql://user@host/dbname "
                   "(default: BACKCARE_DB, else backcare.db in the user data folder)"),
    )


def open_error_text(error: DatabaseOpenError, where: str) -> str:
    texts = {
        "bad_url": QCoreApplication.translate(
            "cli", "The database address is not valid: use sqlite:////path/to/backcare.db "
                   "or postgresql://user@host:5432/dbname"),
        "missing": QCoreApplication.translate("cli", "There is no database at this address"),
        "driver_missing": QCoreApplication.translate(
            "cli", "PostgreSQL needs its driver, which this installation does not have: "
                   "pip install \"backcare[postgres]\""),
        "unreachable": QCoreApplication.translate("cli", "The database server does not answer"),
        "not_backcare": QCoreApplication.translate(
            "cli", "This is not a BackCare database; it was left untouched"),
        "too_new": QCoreApplication.translate(
            "cli", "This database was written by a newer BackCare; install that version to "
                   "open it (it was left untouched)"),
        "unwritable": QCoreApplication.translate(
            "cli", "The database or its folder cannot be written to"),
        "backup_failed": QCoreApplication.translate(
            "cli", "This database is from an older BackCare and could not be backed up "
                   "before the upgrade (PostgreSQL needs the pg_dump program); it was "
                   "left untouched"),
    }
    text = texts.get(error.code, QCoreApplication.translate("cli", "The database could not be opened"))
    return f"backcare: {text}: {where}"


def restore_running_text(where: str) -> str:
    return QCoreApplication.translate(
        "cli", "backcare: a restore is running on this database; start BackCare again when it "
               "has finished: {where}").format(where=where)


def content_error_text(error: ContentError) -> str:
    return QCoreApplication.translate("cli", "backcare: a content file is malformed: {problem}").format(
        problem=str(error))


def has_console() -> bool:
    """False under a windowed launcher (pythonw), where the standard streams are missing."""
    return sys.stderr is not None and sys.stdout is not None


def fail(line: str) -> int:
    if sys.stderr is not None:
        print(line, file=sys.stderr)
    return EXIT_USAGE
