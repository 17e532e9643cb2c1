"""Checking a database without changing it: integrity, schema version, row counts, audit chain.

Used by `backcare check`. Problems are short English lines for the administrator's console
(codes and table names only, never a value from a row).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import peewee

from intake import audit_chain, db
from intake.models import database


@dataclass(frozen=True)
class CheckReport:
    schema_applied: int
    schema_known: int
    row_counts: list[tuple[str, int]]
    problems: list[str] = field(default_factory=list)
    chain: audit_chain.ChainReport | None = None  # None: a schema from before the chain


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
    chain = _audit_chain(conn, problems)
    return CheckReport(applied, known, counts, problems, chain)


def _audit_chain(conn: peewee.Database, problems: list[str]) -> audit_chain.ChainReport | None:
    if not audit_chain.has_chain(conn):
        return None
    try:
        report = audit_chain.verify(conn)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        problems.append(f"the audit trail cannot be read through ({type(exc).__name__})")
        return None
    if not report.ok:
        problems.append(chain_problem(report))
    return report


def chain_problem(report: audit_chain.ChainReport) -> str:
    """The first broken link, in the administrator's words (ids only)."""
    if report.problem == "edited":
        return (f"audit chain broken at audit row {report.broken_id}: its content no longer "
                f"matches its hash (the row was edited)")
    if report.problem == "deleted_before":
        return (f"audit chain broken at audit row {report.broken_id}: the row before it in the "
                f"chain is missing (a row was deleted, or a hash rewritten)")
    if report.problem == "deleted_at_end":
        after = f"audit row {report.last_good_id}" if report.last_good_id else "its start"
        return (f"audit chain broken after {after}: the chain head names audit row "
                f"{report.broken_id}, which is missing (rows were deleted from the end)")
    return "audit chain head is missing although the trail has rows"


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
