"""Restoring a backup over the database a URL names.

Refused, with nothing changed, when the folder is not a BackCare backup, a part's checksum
fails (corrupt), it was written by a newer BackCare (a migration this one does not know), it
is from the other backend, it is encrypted and the passphrase is missing or wrong, or any
BackCare has the database open (the instance lock, taken exclusively), or its database is not
what the manifest says (SQLite: integrity and row counts of the extracted copy; PostgreSQL: row
counts after a restore into a scratch schema). Only then is the database as it is now backed up
(kind "pre-restore", into the backup folder) and replaced: SQLite through the online backup API,
PostgreSQL by moving the scratch schema's tables in, in one transaction. The clinic's content files come back too when
BACKCARE_CONTENT names a folder. The restore is written to the audit trail, which the backup
brought back whole, so the chain stays valid.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import peewee

from intake import audit, audit_chain, backup
from intake import db as dbmod
from intake.backup_format import Kind, Manifest
from intake.errors import BackupError
from intake.instance_lock import InstanceLock
from intake.models import ALL_MODELS
from intake.private_files import make_private, private_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    replaced_copy: Path | None  # the pre-restore backup of what was replaced
    content_restored: int  # content files written back (0 when no content folder is set)
    content_skipped: int  # content files in the backup not written (no BACKCARE_CONTENT)


def check_compatible(manifest: Manifest, backend: str) -> None:
    if manifest.backend != backend:
        raise BackupError("other_backend", backend=manifest.backend)
    if not set(manifest.migrations) <= dbmod.shipped_migrations() \
            or manifest.schema_version > dbmod.latest_version():
        raise BackupError("too_new")


def restore(path: Path, url: str, *, backup_folder: Path, passphrase: str = "") -> RestoreResult:
    """Restore the backup at `path` over the database at `url`. Raises BackupError or
    DatabaseOpenError; when it does, the database is as it was."""
    root, manifest = backup.open_backup(path)
    db = dbmod.open_database(url, migrate=False)
    lock = InstanceLock(db)
    try:
        backend = "sqlite" if isinstance(db, peewee.SqliteDatabase) else "postgresql"
        check_compatible(manifest, backend)
        if manifest.encryption:
            backup.passphrase_key(manifest, passphrase)
        lock.take_exclusive()
        with tempfile.TemporaryDirectory(prefix="backcare-restore-") as staging:
            part = manifest.database_part
            plain = Path(staging) / part.path.removesuffix(".enc")
            backup.extract_part(root, manifest, part, plain, passphrase)
            staged = _stage(db, plain, manifest)  # checked before anything is changed
            try:
                replaced = None
                if any(t != dbmod.MIGRATIONS_TABLE and not t.startswith("backcare_")
                       for t in db.get_tables()):
                    replaced = backup.create_backup(db, backup_folder, kind=Kind.PRE_RESTORE,
                                                    rotate=False).path
            except BaseException:
                _unstage(db, staged)
                raise
            if backend == "sqlite":
                _replace_sqlite(db, plain)
            else:
                _swap_postgres(db, staged)
        restored, skipped = _restore_content(root, manifest, passphrase)
    finally:
        dbmod.close_database()
        lock.release()
    _after(url, root)
    log.info("backup %s restored (%s); what it replaced kept: %s", root.name, manifest.backend,
             replaced.name if replaced else "nothing there")
    backup.rotate_folder(backup_folder)  # copies made before a restore: the newest 3 kept
    return RestoreResult(manifest, replaced, restored, skipped)


def _replace_sqlite(db: peewee.SqliteDatabase, plain: Path) -> None:
    """Copy the restored file over the live database through SQLite (one transaction, the
    WAL and its index kept coherent), never by copying files under an open connection."""
    db.close()
    source = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(str(db.database), timeout=dbmod.BUSY_TIMEOUT_MS / 1000)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as exc:
        raise BackupError("failed", step="sqlite_restore") from exc
    finally:
        target.close()
        source.close()
    make_private(Path(db.database))


def _stage(db: peewee.Database, plain: Path, manifest: Manifest) -> tuple[str, set[str]] | None:
    """Check the backup's database before anything changes: SQLite, integrity and row counts
    of the extracted copy; PostgreSQL, restored into a scratch schema and its row counts.
    Returns the PostgreSQL scratch schema and its tables (None for SQLite)."""
    if isinstance(db, peewee.SqliteDatabase):
        counts, _migrations = backup.verify_sqlite_copy(plain)
        if counts != manifest.row_counts:
            raise BackupError("corrupt", step="row_counts")
        return None
    from intake import backup_pg

    staging = f"backcare_restore_{uuid.uuid4().hex[:10]}"
    tables = backup_pg.restore_into(db, plain, staging)
    if backup_pg.table_counts(db, staging) != manifest.row_counts:
        backup_pg.drop_schema(db, staging)
        raise BackupError("corrupt", step="row_counts")
    return staging, tables


def _unstage(db: peewee.Database, staged: tuple[str, set[str]] | None) -> None:
    if staged is not None:
        from intake import backup_pg

        backup_pg.drop_schema(db, staged[0])


def _swap_postgres(db: peewee.Database, staged: tuple[str, set[str]] | None) -> None:
    from intake import backup_pg

    staging, tables = staged
    known = {model._meta.table_name for model in ALL_MODELS} | {dbmod.MIGRATIONS_TABLE}
    try:
        backup_pg.swap_in(db, staging, tables, known)
    except BaseException:
        backup_pg.drop_schema(db, staging)
        raise


def _restore_content(root: Path, manifest: Manifest, passphrase: str) -> tuple[int, int]:
    parts = manifest.content_parts
    folder = os.environ.get("BACKCARE_CONTENT")
    if not parts:
        return 0, 0
    if not folder:
        return 0, len(parts)
    target_root = Path(folder)
    for part in parts:
        target = target_root / backup.content_target(part.path)
        private_dir(target.parent)
        tmp = target.with_name(target.name + ".restoring")
        backup.extract_part(root, manifest, part, tmp, passphrase)
        os.replace(tmp, target)
    return len(parts), 0


def _after(url: str, root: Path) -> None:
    """Open the restored database (an older one is upgraded, with its pre-upgrade copy) and
    write the restore into the audit trail."""
    db = dbmod.open_database(url)
    try:
        if audit_chain.has_chain(db):
            audit.record("database_restored", staff_id=None, detail=f"backup {root.name}"[:200])
    finally:
        dbmod.close_database()
