"""Opening the database: URL → peewee database, checks, backup, migrations; the write transaction.

SQLite (default, one computer) and PostgreSQL (kiosk and desk on separate computers) run the same
code. Every failure to open is a `DatabaseOpenError` with a code; nothing is written to a file that
is not ours or that was written by a newer BackCare.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlparse

import peewee

from intake.errors import (
    BackCareError,
    ConflictError,
    DatabaseOpenError,
    StorageError,
    ValidationError,
)
from intake.models import database
from intake.private_files import make_private, private_dir, tighten_dir, touch_private

if TYPE_CHECKING:
    from playhouse.migrations import Runner

log = logging.getLogger(__name__)

APP_NAME = "BackCare"
MIGRATIONS_TABLE = "schema_migration"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 8000
PG_CONNECT_TIMEOUT_S = 3
# A server or network that goes silent mid-query is noticed within about half a minute (libpq's
# TCP keepalives and user timeout) instead of the operating system's many minutes.
PG_TCP_PARAMS = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
                 "keepalives_count": 3, "tcp_user_timeout": 30_000}
# Once the schema is up to date no statement of the app runs longer than this (the desk's and
# kiosk's queries take milliseconds); one stuck behind a lock is cancelled by the server.
PG_STATEMENT_TIMEOUT_MS = 10_000

KEEP_UPGRADE_COPIES = 3  # pre-upgrade copies kept per database; older ones are deleted


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{default_data_dir() / 'backcare.db'}"


def resolve_url(cli_url: str | None) -> str:
    """--db wins over BACKCARE_DB, which wins over the platform data dir."""
    return cli_url or os.environ.get("BACKCARE_DB") or default_url()


def describe(url: str) -> str:
    """The URL without its password, for the status bar and messages."""
    parsed = urlparse(url)
    if not parsed.password:
        return url
    return url.replace(f":{parsed.password}@", ":***@", 1)


def migrations_dir() -> str:
    return str(resources.files("intake") / "migrations")


def shipped_migrations() -> set[str]:
    """The names of the migrations this BackCare ships (as playhouse.migrations names them)."""
    return {name[:-3] for name in os.listdir(migrations_dir())
            if name[:1].isdigit() and name.endswith(".py")}


def latest_version() -> int:
    """The schema version this BackCare writes (the number of migrations it ships)."""
    return len(shipped_migrations())


# --------------------------------------------------------------------------- opening


def open_database(url: str | None = None, *, migrate: bool = True,
                  create: bool = True) -> peewee.Database:
    """Open (creating or upgrading) the BackCare database at `url` and bind the models to it.
    With create=False a missing SQLite file is refused ("missing") instead of made."""
    url = resolve_url(url)
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme == "sqlite":
        if not create and not _sqlite_path(parsed).exists():
            raise DatabaseOpenError("missing")
        db = _open_sqlite(parsed)
    elif scheme in ("postgresql", "postgres"):
        db = _open_postgres(url)
    else:
        raise DatabaseOpenError("bad_url", scheme=scheme)
    database.initialize(db)
    try:
        if migrate:
            _migrate(db)
        else:
            _check_version(db)
        if isinstance(db, peewee.PostgresqlDatabase):
            _limit_statements(db)
    except BaseException:
        db.close()
        raise
    _available.set()
    return db


def _limit_statements(db: peewee.PostgresqlDatabase) -> None:
    """statement_timeout on this connection and on every one opened later (worker threads),
    set after the migrations, which may legitimately run longer."""
    setting = f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS}"
    options = str(db.connect_params.get("options", ""))
    db.connect_params["options"] = f"{options} {setting}".strip()
    db.execute_sql(f"SET statement_timeout = {PG_STATEMENT_TIMEOUT_MS}")


def bind_unopened(url: str) -> peewee.Database:
    """A kiosk started while its PostgreSQL server does not answer: the models are bound to the
    database without connecting; nothing is written before `verify_schema()` passed."""
    url = resolve_url(url)
    if urlparse(url).scheme.lower() not in ("postgresql", "postgres"):
        raise DatabaseOpenError("unreachable")
    db = _open_postgres(url, connect=False)
    database.initialize(db)
    return db


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


def close_database() -> None:
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def _sqlite_path(parsed) -> Path:
    # sqlite:///relative.db and sqlite:////absolute/path.db, as playhouse.db_url reads them
    raw = parsed.path[1:] if parsed.path.startswith("/") else parsed.path
    if parsed.netloc:
        raise DatabaseOpenError("bad_url", scheme="sqlite")
    if not raw or raw == ":memory:":
        raise DatabaseOpenError("bad_url", scheme="sqlite")
    return Path(raw).expanduser()


def _open_sqlite(parsed) -> peewee.SqliteDatabase:
    path = _sqlite_path(parsed)
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
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError("unwritable") from exc
    if header == b"":
        return  # an empty file: SQLite treats it as a new database
    if header != SQLITE_HEADER:
        raise DatabaseOpenError("not_backcare")
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


def postgres_driver_installed() -> bool:
    """PostgreSQL's driver is an extra (`pip install "backcare[postgres]"`): a computer that
    only ever opens the embedded SQLite database does not carry it."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


def _pg_connect_kwargs(parsed, query: dict[str, str]) -> dict[str, object]:
    """The driver's arguments from a postgresql:// URL, as playhouse's URL parser reads them
    (whose import also loads every other backend's module: ~10 ms at each start)."""
    kwargs: dict[str, object] = {"database": parsed.path[1:]}
    if parsed.username:
        kwargs["user"] = parsed.username
    if parsed.password:
        kwargs["password"] = parsed.password
    if parsed.hostname:
        kwargs["host"] = parsed.hostname
    if parsed.port:
        kwargs["port"] = parsed.port
    for key, value in query.items():
        lowered = value.lower()
        kwargs[key] = (False if lowered == "false" else True if lowered == "true"
                       else int(value) if value.isdigit()
                       else None if lowered in ("null", "none") else value)
    return kwargs


def _open_postgres(url: str, *, connect: bool = True) -> peewee.PostgresqlDatabase:
    if not postgres_driver_installed():
        raise DatabaseOpenError("driver_missing", scheme="postgresql")
    parsed = urlparse(url)
    query = dict(parse_qsl(parsed.query))
    schema = query.pop("schema", None)
    params: dict[str, object] = {"connect_timeout": PG_CONNECT_TIMEOUT_S, **PG_TCP_PARAMS}
    if schema:
        if not schema.replace("_", "").isalnum():
            raise DatabaseOpenError("bad_url", scheme="postgresql")
        params["options"] = f"-c search_path={schema},public"
    if not parsed.path[1:]:  # two slashes instead of three: the name reads as the host
        raise DatabaseOpenError("bad_url", scheme="postgresql")
    try:
        db = peewee.PostgresqlDatabase(autoconnect=False, **_pg_connect_kwargs(parsed, query),
                                       **params)
    except (ValueError, RuntimeError) as exc:
        raise DatabaseOpenError("bad_url", scheme="postgresql") from exc
    if not connect:
        return db
    try:
        db.connect()
    except peewee.OperationalError as exc:
        raise DatabaseOpenError("unreachable") from exc
    except peewee.DatabaseError as exc:
        raise DatabaseOpenError("unreachable") from exc
    if schema:
        db.execute_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    return db


# --------------------------------------------------------------------------- versions


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


def _pg_dump(db: peewee.Database, version: int, stamp: str) -> Path:
    import subprocess

    params = db.connect_params
    folder = default_data_dir()
    target = folder / f"backcare-{db.database}-v{version}-{stamp}.sql"
    search_path = re.search(r"search_path=([A-Za-z0-9_]+)", str(params.get("options", "")))
    command = ["pg_dump", "--no-owner", "--file", str(target), "--dbname", db.database]
    for flag, key in (("--host", "host"), ("--port", "port"), ("--username", "user")):
        if params.get(key):
            command += [flag, str(params[key])]
    if search_path:
        command += ["--schema", search_path.group(1)]
    env = {**os.environ, "PGCONNECT_TIMEOUT": str(PG_CONNECT_TIMEOUT_S)}
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    try:
        private_dir(folder)
        touch_private(target)  # pg_dump truncates it and keeps the 0600
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        raise DatabaseOpenError("backup_failed") from exc
    return target


# --------------------------------------------------------------------------- writing


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


def _driver_error(exc: peewee.PeeweeException) -> BaseException | None:
    """The driver's own exception that peewee wrapped (peewee passes it as the first arg)."""
    if exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc.__cause__ or exc.__context__


def constraint_name(exc: peewee.PeeweeException) -> str:
    """The name of the constraint or guard that refused a write, from the driver's structured
    error: PostgreSQL's diagnostics (constraint_name); SQLite's extended code tells a CHECK
    constraint or a guard trigger, whose text is then our own identifier (the constraint's name
    or the trigger's RAISE code). Empty when it is neither."""
    orig = _driver_error(exc)
    diag = getattr(orig, "diag", None)
    if diag is not None:
        return diag.constraint_name or ""
    code = getattr(orig, "sqlite_errorname", "")
    if code == "SQLITE_CONSTRAINT_TRIGGER":
        return str(orig).strip()
    if code == "SQLITE_CONSTRAINT_CHECK":
        return str(orig).rsplit(":", 1)[-1].strip()
    return ""


def _conflict_from(exc: peewee.IntegrityError) -> BackCareError | None:
    name = constraint_name(exc)
    for resource in ("practitioner", "room"):
        if name.startswith(f"appointment_{resource}_no_overlap"):
            return ConflictError("double_booked", resource=resource)
    if name.startswith("appointment_times_"):
        return ValidationError("invalid_times", field="ends_at")
    return None


# SQLite primary result codes (the extended name's prefix) and PostgreSQL SQLSTATE classes
_SQLITE_STORAGE = {"SQLITE_BUSY": "locked", "SQLITE_LOCKED": "locked", "SQLITE_FULL": "disk_full",
                   "SQLITE_READONLY": "read_only", "SQLITE_IOERR": "unavailable",
                   "SQLITE_CANTOPEN": "unavailable"}
_PG_STORAGE = {"53100": "disk_full", "55P03": "locked", "57014": "locked", "25006": "read_only",
               "40P01": "locked", "40001": "locked"}


def storage_code(exc: peewee.PeeweeException) -> str:
    """locked | disk_full | read_only | unavailable, from the driver's error code."""
    orig = _driver_error(exc)
    name = getattr(orig, "sqlite_errorname", None)
    if name:
        for prefix, code in _SQLITE_STORAGE.items():
            if name == prefix or name.startswith(prefix + "_"):
                return code
        return "unavailable"
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate in _PG_STORAGE:
        return _PG_STORAGE[sqlstate]
    return "unavailable"


@contextlib.contextmanager
def write() -> Iterator[None]:
    """One write transaction. Known failures become typed errors: a double booking becomes
    `ConflictError`; locked / disk full / server gone become `StorageError`. While the database
    is known to be unreachable (`mark_unavailable`) it is refused at once, before any network."""
    if not _available.is_set():
        raise StorageError("unavailable")
    try:
        with database.atomic():
            yield
    except peewee.IntegrityError as exc:
        conflict = _conflict_from(exc)
        if conflict is not None:
            raise conflict from exc
        raise
    except peewee.OperationalError as exc:
        raise _storage_error(exc) from exc
    except peewee.InternalError as exc:  # PostgreSQL: a read-only transaction (25006) and kin
        if storage_code(exc) == "unavailable":
            raise  # not a storage condition we know: a bug, shown as one
        raise _storage_error(exc) from exc
    except peewee.InterfaceError as exc:
        raise StorageError("unavailable") from exc


def _storage_error(exc: peewee.PeeweeException) -> StorageError:
    return StorageError(storage_code(exc))


# --------------------------------------------------------------------------- outages and threads

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


def _as_storage_error(exc: peewee.PeeweeException) -> StorageError:
    if isinstance(exc, peewee.InterfaceError):
        return StorageError("unavailable")
    return StorageError(storage_code(exc))


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
