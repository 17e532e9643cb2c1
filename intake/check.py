"""Checking a database without changing it: integrity, schema version, row counts.

Used by `backcare check`. Problems are short English lines for the administrator's console
(codes and table names only, never a value from a row).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import peewee

from intake import db
from intake.models import database


@dataclass(frozen=True)
class CheckReport:
    schema_applied: int
    schema_known: int
    row_counts: list[tuple[str, int]]
    problems: list[str] = field(default_factory=list)


def check_database() -> CheckReport:
    """The open database's state. SQLite: `PRAGMA integrity_check` and `foreign_key_check`;
    both backends: every BackCare table read to the end (a damaged page or heap shows up)."""
    conn = database.obj
    try:
        applied, known = db.schema_status(conn)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        return CheckReport(0, db.latest_version(), [], [
            f"the schema table cannot be read ({type(exc).__name__}): the file is damaged; "
            f"restore the last good backup"])
    problems: list[str] = []
    if applied < known:
        problems.append(f"schema is at version {applied}; this BackCare upgrades it to {known} "
                        f"when it next opens it")
    if isinstance(conn, peewee.SqliteDatabase):
        problems += _sqlite_integrity(conn)
    counts = []
    for table in sorted(conn.get_tables()):
        try:
            (count,) = conn.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
            problems.append(f"table {table} cannot be read ({type(exc).__name__})")
            continue
        counts.append((table, int(count)))
    return CheckReport(applied, known, counts, problems)


def _sqlite_integrity(conn: peewee.SqliteDatabase) -> list[str]:
    try:
        result = [row[0] for row in conn.execute_sql("PRAGMA integrity_check")]
        broken = conn.execute_sql("PRAGMA foreign_key_check").fetchall()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        return [f"the file is damaged: SQLite cannot read it through ({type(exc).__name__}); "
                f"restore the last good backup"]
    problems = []
    if result != ["ok"]:
        problems.append(f"integrity_check: {len(result)} problem(s), first: {result[0][:120]}")
    if broken:
        problems.append(f"foreign_key_check: {len(broken)} row(s) point at missing rows "
                        f"(first in table {broken[0][0]})")
    return problems
