"""This thread's connection and outages: the database known unreachable (writes refused at once),
a worker thread's own connection, a probe, dropping a dead connection and connecting again, and
the schema checked once a kiosk's server answers."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import peewee

from intake.db.driver_errors import _as_storage_error
from intake.db.versions import schema_status
from intake.errors import DatabaseOpenError, StorageError
from intake.models import database

_available = threading.Event()
_available.set()


def mark_unavailable() -> None:
    """The app found the database unreachable: writes are refused at once (StorageError
    "unavailable") until `mark_available`, instead of each waiting on a dead connection."""
    _available.clear()


def mark_available() -> None:
    _available.set()


def is_available() -> bool:
    return _available.is_set()


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


@contextlib.contextmanager
def thread_connection(*, keep: bool = False) -> Iterator[None]:
    """This thread's own connection for the block (peewee keeps one per thread): opened if it
    is not, and closed afterwards unless `keep` (a worker thread that reuses it; it then calls
    `drop_connection` when it ends). A failure to connect or a lost server inside the block is
    a StorageError, after which the connection is dropped (the next block opens a fresh one);
    so is a database that is not open at all."""
    if database.obj is None:
        raise StorageError("unavailable")
    opened = False
    try:
        opened = database.connect(reuse_if_open=True)
        yield
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        drop_connection()
        raise _as_storage_error(exc) from exc
    except StorageError:
        if storage_lost():
            drop_connection()
        raise
    finally:
        if opened and not keep:
            drop_connection()


def storage_lost() -> bool:
    """True when this thread's connection is known broken (PostgreSQL: the driver says so)."""
    db = database.obj
    if db is None or db.is_closed():
        return False
    conn = getattr(db._state, "conn", None)  # noqa: SLF001 - the driver's own connection
    return bool(getattr(conn, "closed", False)) or getattr(conn, "broken", False) is True


def probe() -> None:
    """One round trip on a fresh connection of this thread (connect, SELECT 1, close).
    StorageError("unavailable") when the server does not answer within the timeouts."""
    with thread_connection():
        try:
            database.execute_sql("SELECT 1").fetchall()
        except peewee.DatabaseError as exc:
            raise _as_storage_error(exc) from exc


def drop_connection() -> None:
    """Close this thread's connection without waiting on the server (it may be gone): the next
    query here fails at once ("not opened") instead of hanging on a dead socket."""
    db = database.obj
    if db is None or db.is_closed():
        return
    try:
        db.close()
    except peewee.PeeweeException:  # closing inside a transaction, or a driver that complains
        with contextlib.suppress(Exception):
            db._state.reset()  # noqa: SLF001 - forget the dead connection all the same


def reconnect() -> None:
    """A fresh connection for this thread after an outage (the old one is dropped)."""
    drop_connection()
    ensure_connected()


def ensure_connected() -> None:
    """Reconnect after the server went away (PostgreSQL) or the file came back (SQLite)."""
    db = database.obj
    if db is None:
        raise StorageError("unavailable")
    if db.is_closed():
        try:
            db.connect()
        except peewee.DatabaseError as exc:
            raise StorageError("unavailable") from exc


def verify_schema() -> None:
    """Connects if needed and checks the schema is exactly this BackCare's: StorageError while
    the server does not answer, DatabaseOpenError (too_new, too_old) when it is another
    version's (the kiosk then keeps what it holds)."""
    ensure_connected()
    try:
        applied, known = schema_status(database.obj)
    except peewee.DatabaseError as exc:
        raise StorageError("unavailable") from exc
    if applied != known:
        raise DatabaseOpenError("too_old")
