"""Making a backup: the database (SQLite: its file and WAL copied under a read transaction, or
the online backup API; PostgreSQL: pg_dump -Fc), the clinic's edited content folder, a manifest
with checksums; verified, then the folder rotated.

Runs on a connection of its own (safe from a worker thread while the desk goes on writing).
The backup is written into `.partial-<name>` and renamed when complete and verified, so the
folder never shows a half-made backup. Verification: SQLite `PRAGMA integrity_check` on the
copy; PostgreSQL `pg_restore --list` each time and a test restore into a scratch schema when
asked (the desk asks weekly): row counts against the dump's, and the audit chain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import peewee

import intake
from intake import audit_chain, backup_rotation
from intake import db as dbmod
from intake.backup_format import (
    CONTENT_DIR,
    ENC_SUFFIX,
    MANIFEST,
    NAME_PREFIX,
    PG_PART,
    SQLITE_PART,
    Kind,
    Manifest,
    Part,
    backup_root,
    check_parts,
    read_manifest,
    sha256_of,
)
from intake.errors import BackupError
from intake.private_files import make_private, private_dir, touch_private

log = logging.getLogger(__name__)

KEEP_PRE_RESTORE = 3
MMAP_BYTES = 2**31


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    deleted: list[Path]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: Manifest


# --------------------------------------------------------------------------- making one


def create_backup(db: peewee.Database, folder: Path, *, kind: Kind = Kind.MANUAL,
                  passphrase: str = "", test_restore: bool = False,
                  content_dir: Path | None = None, rotate: bool = True) -> BackupResult:
    """Back up the database `db` is open on (and `content_dir`, by default BACKCARE_CONTENT's
    folder) into a new folder inside `folder`. Raises BackupError; on failure nothing is left."""
    folder = Path(folder)
    try:
        private_dir(folder)
    except OSError as exc:
        raise BackupError("folder_unwritable") from exc
    if not os.access(folder, os.W_OK):
        raise BackupError("folder_unwritable")
    created = dt.datetime.now().astimezone().replace(microsecond=0)
    name = _free_name(folder, created, kind)
    partial = folder / f".partial-{name}"
    try:
        private_dir(partial)
        manifest = _write(db, partial, kind, created, passphrase, test_restore, content_dir)
        manifest_path = partial / MANIFEST
        touch_private(manifest_path)
        manifest_path.write_text(manifest.to_json(), encoding="utf-8")
        final = folder / name
        os.replace(partial, final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    log.info("backup %s written (%s, verified: %s)", name, manifest.backend, ",".join(manifest.verified))
    deleted = rotate_folder(folder) if rotate else []
    return BackupResult(final, manifest, deleted)


def _free_name(folder: Path, created: dt.datetime, kind: Kind) -> str:
    base = NAME_PREFIX + created.strftime("%Y%m%d-%H%M%S")
    if kind == Kind.PRE_RESTORE:
        base += "-pre-restore"
    name, n = base, 1
    while (folder / name).exists() or (folder / f".partial-{name}").exists():
        n += 1
        name = f"{base}-{n}"
    return name


def _write(db: peewee.Database, partial: Path, kind: Kind, created: dt.datetime, passphrase: str,
           test_restore: bool, content_dir: Path | None) -> Manifest:
    sqlite = isinstance(db, peewee.SqliteDatabase)
    part_name = SQLITE_PART if sqlite else PG_PART
    with tempfile.TemporaryDirectory(prefix="backcare-backup-") as staging:
        plain = (Path(staging) if passphrase else partial) / part_name
        pg_schema = ""
        if sqlite:
            write_sqlite_copy(Path(db.database), plain)
            with ThreadPoolExecutor(max_workers=1) as pool:  # both read the copy: at once
                digest = pool.submit(sha256_of, plain)
                counts, migrations = verify_sqlite_copy(plain)
                plain_sha = digest.result()
            verified = ["integrity_check"]
        else:
            from intake import backup_pg

            pg_schema, counts, migrations = backup_pg.dump(db, plain)
            plain_sha = sha256_of(plain)
            backup_pg.archive_tables(plain)
            verified = ["archive_list"]
            if test_restore:
                trial_restore_pg(db, plain, counts)
                verified.append("test_restore")
        encryption, check = None, ""
        if passphrase:
            from intake import backup_crypto  # (cryptography: ~20 ms of imports, only when used)

            params = backup_crypto.new_params()
            key = backup_crypto.fernet(passphrase, params)
            encryption, check = params.to_json(), backup_crypto.check_token(key)
            parts = [_encrypted_part(key, plain, partial, part_name, plain_sha)]
            parts += [_encrypted_part(key, source, partial, rel) for source, rel in _content_files(content_dir)]
        else:
            parts = [Part(part_name, plain_sha, plain.stat().st_size)]
            parts += [_copied_part(source, partial, rel) for source, rel in _content_files(content_dir)]
    return Manifest(
        app_version=intake.__version__, schema_version=len(migrations), migrations=migrations,
        backend="sqlite" if sqlite else "postgresql", created_at=created.isoformat(),
        host=socket.gethostname()[:120], kind=str(kind), row_counts=counts, parts=parts,
        pg_schema=pg_schema, encryption=encryption, passphrase_check=check, verified=verified)


def write_sqlite_copy(source: Path, target: Path) -> None:
    """One consistent copy of the SQLite database while other connections (this desk's, other
    desks') go on writing. The copy is 0600 from its first byte and fsync'd.

    On POSIX: the file and its WAL are copied under a read transaction held on a connection of
    our own, then the copy's WAL is folded in (see `_copy_under_read_transaction`); about the
    cost of copying the file by hand. Elsewhere: SQLite's online backup API."""
    touch_private(target)
    cp = _file_copier()
    try:
        if cp:
            _copy_under_read_transaction(source, target, cp)
        else:
            _copy_by_backup_api(source, target)
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except (sqlite3.Error, OSError, subprocess.SubprocessError) as exc:
        raise BackupError("failed", step="sqlite_backup") from exc


def _file_copier() -> str | None:
    """`cp` on POSIX; None elsewhere (Windows: the online backup API)."""
    return shutil.which("cp") if os.name == "posix" else None


def _copy_under_read_transaction(source: Path, target: Path, cp: str) -> None:
    """Why this is one snapshot: while our read transaction is open, no checkpoint writes a WAL
    frame newer than our snapshot into the database file, and the WAL is not restarted over the
    frames our snapshot reads (when the snapshot reads the file alone, no checkpoint writes into
    it at all). So the copied file differs from our snapshot only in pages whose newer versions
    are in the copied WAL, and opening the copy replays the WAL up to its last whole commit
    (frames torn by a writer fail their checksums and are dropped): the state of our snapshot,
    or of a commit made after it. Without WAL (a rollback journal), the read lock keeps every
    writer from committing until the copy is made.

    The files are copied by a child process (`cp`): closing a descriptor of the database file in
    this process would drop every POSIX lock SQLite holds on it for this process's connections
    (sqlite.org/howtocorrupt.html, 2.2), and another desk could then delete the WAL under them."""
    src = sqlite3.connect(str(source), timeout=dbmod.BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        copies = [(source, target)]
        wal = Path(f"{source}-wal")
        if wal.exists():
            target_wal = Path(f"{target}-wal")
            touch_private(target_wal)
            copies.append((wal, target_wal))
        for file, copy in copies:
            subprocess.run([cp, "--", str(file), str(copy)], check=True, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        src.execute("COMMIT")
    finally:
        src.close()
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        # replays the copied WAL's whole commits, writes them into the file, deletes the WAL:
        # one self-contained file
        dest.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        dest.close()
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):  # a stale WAL beside a
        leftover.unlink(missing_ok=True)  # rollback-journal file is not read: not kept either


def _copy_by_backup_api(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source), timeout=dbmod.BUSY_TIMEOUT_MS / 1000)
    try:
        src.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # pages read from the map: about 2x faster
        dest = sqlite3.connect(str(target))
        try:
            # a new file nobody else opens: no journal, no fsync per step; one fsync at the end
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "locking_mode=EXCLUSIVE"):
                dest.execute(f"PRAGMA {pragma}")
            src.backup(dest)  # all pages in one step: one read transaction, one snapshot
            dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            dest.close()
    finally:
        src.close()


def verify_sqlite_copy(path: Path) -> tuple[dict[str, int], list[str]]:
    """`PRAGMA integrity_check` on the copy; its row counts and applied migrations.
    BackupError("corrupt") when damaged, ("not_backup") when not BackCare's."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupError("corrupt", step="integrity_check")
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
            if dbmod.MIGRATIONS_TABLE not in tables:
                raise BackupError("not_backup")
            counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)}
            migrations = [r[0] for r in conn.execute(
                f'SELECT name FROM "{dbmod.MIGRATIONS_TABLE}" ORDER BY name')]
            return counts, migrations
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError("corrupt", step="integrity_check") from exc


def trial_restore_pg(db: peewee.Database, archive: Path, counts: dict[str, int]) -> None:
    """Restore the dump into a scratch schema, compare every table's rows with the dump's
    counts and walk the audit chain there; the scratch schema is dropped either way."""
    from intake import backup_pg

    scratch = f"backcare_verify_{uuid.uuid4().hex[:10]}"
    backup_pg.restore_into(db, archive, scratch)
    try:
        if backup_pg.table_counts(db, scratch) != counts:
            raise BackupError("failed", step="test_restore_counts")
        check_db = backup_pg.scratch_database(db, scratch)
        try:
            if audit_chain.HEAD_TABLE in counts and not audit_chain.verify(check_db).ok:
                raise BackupError("failed", step="test_restore_chain")
        finally:
            check_db.close()
    finally:
        backup_pg.drop_schema(db, scratch)


def _content_files(content_dir: Path | None) -> Iterable[tuple[Path, str]]:
    if content_dir is None:
        override = os.environ.get("BACKCARE_CONTENT")
        content_dir = Path(override) if override else None
    if content_dir is None or not content_dir.is_dir():
        return []
    files = sorted(p for p in content_dir.rglob("*") if p.is_file())
    return [(p, f"{CONTENT_DIR}/{p.relative_to(content_dir).as_posix()}") for p in files]


def _copied_part(source: Path, partial: Path, rel: str) -> Part:
    target = partial / rel
    private_dir(target.parent)
    touch_private(target)
    shutil.copyfile(source, target)
    make_private(target)
    return Part(rel, sha256_of(target), target.stat().st_size)


def _encrypted_part(key, source: Path, partial: Path, rel: str, plain_sha: str = "") -> Part:
    from intake import backup_crypto

    target = partial / (rel + ENC_SUFFIX)
    private_dir(target.parent)
    touch_private(target)
    with open(source, "rb") as src, open(target, "wb") as out:
        backup_crypto.encrypt_stream(key, src, out)
    return Part(rel + ENC_SUFFIX, sha256_of(target), target.stat().st_size,
                plain_sha or sha256_of(source))


# --------------------------------------------------------------------------- the folder


def list_backups(folder: Path) -> list[BackupInfo]:
    """The finished backups in `folder`, newest first (unreadable ones skipped)."""
    found = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            if not path.name.startswith(NAME_PREFIX) or not path.is_dir():
                continue
            try:
                found.append(BackupInfo(path, read_manifest(path)))
            except BackupError:
                continue
    return sorted(found, key=lambda b: b.manifest.created, reverse=True)


def rotate_folder(folder: Path, rotation: backup_rotation.Rotation = backup_rotation.DEFAULT) -> list[Path]:
    """Delete the backups the rotation does not keep (7 daily, 4 weekly, 12 monthly; copies
    made before a restore: the newest 3). Returns the deleted folders."""
    _remove_stale_partials(Path(folder))
    backups = list_backups(folder)
    regular = [b for b in backups if b.manifest.kind != Kind.PRE_RESTORE]
    keep = backup_rotation.to_keep([b.manifest.created for b in regular], rotation)
    doomed = [b for b in regular if b.manifest.created not in keep]
    doomed += [b for b in backups if b.manifest.kind == Kind.PRE_RESTORE][KEEP_PRE_RESTORE:]
    deleted = []
    for backup in doomed:
        try:
            shutil.rmtree(backup.path)
            deleted.append(backup.path)
        except OSError as exc:
            log.warning("old backup not deleted: %s", type(exc).__name__)
    return deleted


def _remove_stale_partials(folder: Path, older_than: dt.timedelta = dt.timedelta(days=1)) -> None:
    """Unfinished backups left by a computer switched off mid-backup."""
    limit = time.time() - older_than.total_seconds()
    with contextlib.suppress(OSError):
        for path in folder.glob(".partial-" + NAME_PREFIX + "*"):
            if path.is_dir() and path.stat().st_mtime < limit:
                shutil.rmtree(path, ignore_errors=True)


# --------------------------------------------------------------------------- reading one


def open_backup(path: Path) -> tuple[Path, Manifest]:
    """The backup folder and manifest at `path`, its checksums checked. BackupError
    ("not_backup", "corrupt", "too_new") otherwise; nothing is written."""
    root = backup_root(path)
    manifest = read_manifest(root)
    check_parts(root, manifest)
    return root, manifest


def extract_part(root: Path, manifest: Manifest, part: Part, target: Path, passphrase: str) -> None:
    """Write the part's plain content to `target` (0600): copied, or decrypted and checked."""
    touch_private(target)
    if not manifest.encryption:
        shutil.copyfile(root / part.path, target)
        return
    from intake import backup_crypto

    key = passphrase_key(manifest, passphrase)
    with open(root / part.path, "rb") as src, open(target, "wb") as out:
        for chunk in backup_crypto.decrypt_chunks(key, src):
            out.write(chunk)
    if sha256_of(target) != part.plain_sha256:
        raise BackupError("corrupt", part=part.path)


def passphrase_key(manifest: Manifest, passphrase: str):
    from intake import backup_crypto

    if not passphrase:
        raise BackupError("passphrase_needed")
    params = backup_crypto.KeyParams.from_json(manifest.encryption or {})
    key = backup_crypto.fernet(passphrase, params)
    backup_crypto.check_passphrase(key, manifest.passphrase_check)
    return key


def content_target(part_path: str) -> str:
    return part_path[len(CONTENT_DIR) + 1:].removesuffix(ENC_SUFFIX)
