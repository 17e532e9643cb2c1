"""The schema's version: the migrations BackCare ships and those a database has, the upgrade, and
the copy made before it (kept: the newest few)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from intake.db.postgres import _pg_dump
from intake.errors import DatabaseOpenError
from intake.private_files import touch_private

if TYPE_CHECKING:
    from playhouse.migrations import Runner

log = logging.getLogger(__name__)

MIGRATIONS_TABLE = "schema_migration"
KEEP_UPGRADE_COPIES = 3  # pre-upgrade copies kept per database; older ones are deleted


def migrations_dir() -> str:
    return str(resources.files("intake") / "migrations")


def shipped_migrations() -> set[str]:
    """The names of the migrations this BackCare ships (as playhouse.migrations names them)."""
    return {name[:-3] for name in os.listdir(migrations_dir())
            if name[:1].isdigit() and name.endswith(".py")}


def latest_version() -> int:
    """The schema version this BackCare writes (the number of migrations it ships)."""
    return len(shipped_migrations())


def _runner(db: peewee.Database) -> Runner:
    from playhouse.migrations import Runner

    return Runner(db, migrations_dir(), table_name=MIGRATIONS_TABLE)


def _has_foreign_tables(tables: set[str]) -> bool:
    return bool(tables) and MIGRATIONS_TABLE not in tables


def _up_to_date(db: peewee.Database, tables: set[str] | None = None) -> int | None:
    """The version when exactly the shipped migrations are applied (the usual start: playhouse's
    runner, and its import, are then not needed); None when anything differs. `tables`: the
    database's tables when the caller has just read them (one catalog query less)."""
    if MIGRATIONS_TABLE not in (tables if tables is not None else db.get_tables()):
        return None
    applied = {name for (name,) in db.execute_sql(f'SELECT name FROM "{MIGRATIONS_TABLE}"')}
    shipped = shipped_migrations()
    return len(shipped) if applied == shipped else None


def schema_status(db: peewee.Database, tables: set[str] | None = None) -> tuple[int, int]:
    """(applied, known) migration counts. Raises too_new when the database is ahead of us."""
    current = _up_to_date(db, tables)
    if current is not None:
        return current, current
    status = _runner(db).status()
    unknown = [m for m in status if m.path is None]
    if unknown:
        raise DatabaseOpenError("too_new")
    applied = sum(1 for m in status if m.applied)
    return applied, len(status)


def _check_version(db: peewee.Database) -> None:
    tables = set(db.get_tables())
    if _has_foreign_tables(tables):
        raise DatabaseOpenError("not_backcare")
    schema_status(db, tables)


def _migrate(db: peewee.Database) -> None:
    tables = set(db.get_tables())
    if _has_foreign_tables(tables):
        raise DatabaseOpenError("not_backcare")
    applied, known = schema_status(db, tables)
    if applied == known:
        return
    if applied > 0:
        backup = backup_database(db, applied)
        log.info("database at version %d backed up to %s before upgrade", applied, backup)
    try:
        _runner(db).up()
    except peewee.OperationalError as exc:
        raise DatabaseOpenError("unwritable") from exc
    log.info("database schema now at version %d", known)


def backup_database(db: peewee.Database, version: int) -> Path:
    """Copy the database before upgrading it. SQLite: a copy beside the file. PostgreSQL: a
    `pg_dump` of BackCare's schema into the user data dir. Raises DatabaseOpenError
    ("backup_failed") rather than upgrade without a copy."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if isinstance(db, peewee.SqliteDatabase):
        source = Path(db.database)
        target = source.with_name(f"{source.name}.v{version}-{stamp}.bak")
        dest = sqlite3.connect(str(touch_private(target)))
        try:
            db.connection().backup(dest)
        finally:
            dest.close()
        prune_copies(source.parent, f"{source.name}.v*-*.bak")
        return target
    target = _pg_dump(db, version, stamp)
    prune_copies(target.parent, f"backcare-{db.database}-v*-*.sql")
    return target


def prune_copies(folder: Path, pattern: str, keep: int = KEEP_UPGRADE_COPIES) -> list[Path]:
    """Delete all but the newest `keep` pre-upgrade copies matching `pattern`; returns those
    deleted. A copy that cannot be deleted is left (and logged), never an error."""
    copies = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    deleted = []
    for old in copies[keep:]:
        try:
            old.unlink()
            deleted.append(old)
        except OSError as exc:
            log.warning("old pre-upgrade copy not deleted: %s", type(exc).__name__)
    return deleted
