"""The SQLite file: its path in the URL, a look at an existing file before it is opened (is it
BackCare's?), private permissions, and the connection's pragmas."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from intake.db.versions import MIGRATIONS_TABLE
from intake.errors import DatabaseOpenError
from intake.location import (
    APP_NAME,
    check_sqlite_header,
    default_data_dir,
    sqlite_path,
)
from intake.private_files import make_private, private_dir, tighten_dir, touch_private

BUSY_TIMEOUT_MS = 8000


def _open_sqlite(parsed) -> peewee.SqliteDatabase:
    path = sqlite_path(parsed)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError("not_backcare")
        _check_sqlite_file(path)
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise DatabaseOpenError("unwritable")
    else:
        try:
            private_dir(folder)
        except OSError as exc:
            raise DatabaseOpenError("unwritable") from exc
        if not os.access(folder, os.W_OK):
            raise DatabaseOpenError("unwritable")
        try:
            touch_private(path)  # 0600 before SQLite writes a byte; its -wal/-shm follow the file
        except OSError as exc:
            raise DatabaseOpenError("unwritable") from exc
    make_private(path)  # a file an older BackCare made 0644
    # appauthor=False: the data folder's own name is APP_NAME (platformdirs only read then)
    if folder.name == APP_NAME and folder.resolve() == default_data_dir().resolve():
        tighten_dir(folder)  # BackCare's own folder, perhaps made 0755 by an older BackCare
    db = peewee.SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": 2,  # FULL: a committed intake survives a power cut
            "busy_timeout": BUSY_TIMEOUT_MS,
        },
        timeout=BUSY_TIMEOUT_MS / 1000,
        lock_type="IMMEDIATE",  # every transaction takes the write lock up front
        autoconnect=False,
    )
    try:
        db.connect()
    except peewee.OperationalError as exc:
        raise DatabaseOpenError("unwritable") from exc
    except peewee.DatabaseError as exc:
        raise DatabaseOpenError("not_backcare") from exc
    return db


def _check_sqlite_file(path: Path) -> None:
    """Read-only look at an existing file: is it an SQLite database BackCare wrote?"""
    if check_sqlite_header(path):
        return  # an empty file: SQLite treats it as a new database
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError("not_backcare") from exc
    if tables and MIGRATIONS_TABLE not in tables:
        raise DatabaseOpenError("not_backcare")
