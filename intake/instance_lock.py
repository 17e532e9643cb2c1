"""The lock every running BackCare holds on its database, so a restore never pulls the data
from under an open desk or kiosk.

Every instance holds it SHARED for as long as it runs; `backcare restore` takes it EXCLUSIVE,
without waiting, and refuses when it cannot. An instance that starts while a restore holds it
is refused too.

- SQLite: a lock file beside the database (`backcare.db.lock`, 0600) with an OS file lock:
  flock() on POSIX; on Windows each instance locks one byte at a random offset (msvcrt) and a
  restore locks them all, which gives the same shared/exclusive meaning. Local disks only:
  network file systems may not pass locks between computers (README).
- PostgreSQL: a session-level advisory lock keyed by BackCare and the schema,
  pg_try_advisory_lock_shared / pg_try_advisory_lock, held on the instance's connection.
"""

from __future__ import annotations

import os
import random
import zlib
from pathlib import Path

import peewee

from intake.errors import BackupError
from intake.private_files import touch_private

PG_KEY = 0x4243  # "BC": BackCare's advisory lock class
WIN_SLOTS = 1 << 24  # Windows: byte offsets an instance may lock


def lock_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def pg_key(db: peewee.Database) -> int:
    (schema,) = db.execute_sql("SELECT current_schema()").fetchone()
    return zlib.crc32(str(schema).encode()) & 0x7FFFFFFF


class FileLock:
    """A shared or exclusive lock on `path`, held until release()."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self, *, exclusive: bool) -> bool:
        touch_private(self.path)
        fd = os.open(self.path, os.O_RDWR)
        try:
            ok = _lock_exclusive(fd) if exclusive else _lock_shared(fd)
        except OSError:
            ok = False
        if not ok:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops its locks
            self._fd = None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_shared(fd: int) -> bool:
        for _ in range(16):
            os.lseek(fd, 1 + random.randrange(WIN_SLOTS), os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                continue
        return False

    def _lock_exclusive(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, WIN_SLOTS + 1)
        except OSError:
            return False
        return True
else:
    import fcntl

    def _lock_shared(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lock_exclusive(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class InstanceLock:
    """What a running desk or kiosk holds (shared) and a restore takes (exclusive)."""

    def __init__(self, db: peewee.Database) -> None:
        self._db = db
        self._file: FileLock | None = None
        self._pg_key: int | None = None
        self._pg_conn = None

    def hold_shared(self) -> None:
        """Hold the lock for this running instance. BackupError("restore_running") when a
        restore holds it."""
        if isinstance(self._db, peewee.SqliteDatabase):
            self._file = FileLock(lock_file_for(Path(self._db.database)))
            if not self._file.acquire(exclusive=False):
                self._file = None
                raise BackupError("restore_running")
            return
        key = pg_key(self._db)
        (ok,) = self._db.execute_sql("SELECT pg_try_advisory_lock_shared(%s, %s)", (PG_KEY, key)).fetchone()
        if not ok:
            raise BackupError("restore_running")
        self._pg_key = key

    def take_exclusive(self) -> None:
        """For a restore: BackupError("in_use") when any BackCare has the database open. On
        PostgreSQL the lock lives on a connection of its own, kept until release()."""
        if isinstance(self._db, peewee.SqliteDatabase):
            self._file = FileLock(lock_file_for(Path(self._db.database)))
            if not self._file.acquire(exclusive=True):
                self._file = None
                raise BackupError("in_use")
            return
        from intake.backup_pg import connect

        key = pg_key(self._db)
        conn = connect(self._db, autocommit=True)
        (ok,) = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (PG_KEY, key)).fetchone()
        if not ok:
            conn.close()
            raise BackupError("in_use")
        self._pg_conn = conn

    def release(self) -> None:
        if self._file is not None:
            self._file.release()
            self._file = None
        if self._pg_key is not None:
            if not self._db.is_closed():
                self._db.execute_sql("SELECT pg_advisory_unlock_shared(%s, %s)", (PG_KEY, self._pg_key))
            self._pg_key = None
        if self._pg_conn is not None:
            self._pg_conn.close()  # the session ends: its advisory lock goes with it
            self._pg_conn = None
