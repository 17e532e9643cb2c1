"""`backcare check`: is the database whole? Integrity, schema version, row counts, audit chain.

Opens the database without upgrading or writing anything. Exit 0 when everything is in order,
1 when a problem was found (each printed on its own line), 2 when it cannot be opened.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from ui import cli

NAME = "check"


def help_text() -> str:
    return QCoreApplication.translate(
        "check", "check the database without changing it: integrity, schema version, row counts, "
                 "audit chain")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments of its own besides --db."""


def run(args: argparse.Namespace, url: str, where: str) -> int:
    from intake import check as checking
    from intake import db as dbmod
    from intake.errors import DatabaseOpenError

    try:
        dbmod.open_database(url, migrate=False, create=False)
    except DatabaseOpenError as exc:
        return cli.fail(cli.open_error_text(exc, where))
    try:
        report = checking.check_database()
    finally:
        dbmod.close_database()
    print(QCoreApplication.translate("check", "database: {where}").format(where=where))
    print(QCoreApplication.translate("check", "schema version: {applied} of {known}").format(
        applied=report.schema_applied, known=report.schema_known))
    for problem in report.problems:
        print(QCoreApplication.translate("check", "problem: {problem}").format(problem=problem))
    if not report.problems:
        print(QCoreApplication.translate("check", "integrity: ok"))
    if report.chain is not None and report.chain.ok:
        print(QCoreApplication.translate("check", "audit chain: ok ({rows} rows)").format(
            rows=report.chain.rows))
    counts = ", ".join(f"{table} {count}" for table, count in report.row_counts)
    print(QCoreApplication.translate("check", "rows: {counts}").format(counts=counts))
    return cli.EXIT_PROBLEM if report.problems else cli.EXIT_OK
