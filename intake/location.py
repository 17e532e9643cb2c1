"""Where the database is, read without peewee or a driver: the URL (--db, BACKCARE_DB, the user
data folder), the same URL without its password, and the checks an address passes before
anything is connected.

The desk draws its sign-in page before the storage code and PostgreSQL's driver are imported
(psycopg alone is ~100 ms: docs/performance.md); what can be refused from the address and the
file alone — a malformed URL, a file that is not SQLite, a folder that cannot be written — is
refused here, before any window, with the same codes `intake.db.open_database` uses.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, urlparse

from intake.errors import DatabaseOpenError

APP_NAME = "BackCare"
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_SCHEMES = ("sqlite",)
POSTGRES_SCHEMES = ("postgresql", "postgres")


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


def sqlite_path(parsed) -> Path:
    """The file of a parsed sqlite:// URL: sqlite:///relative.db and sqlite:////absolute/path.db,
    as playhouse.db_url reads them; bad_url for a host or an in-memory database."""
    raw = parsed.path[1:] if parsed.path.startswith("/") else parsed.path
    if parsed.netloc:
        raise DatabaseOpenError("bad_url", scheme="sqlite")
    if not raw or raw == ":memory:":
        raise DatabaseOpenError("bad_url", scheme="sqlite")
    return Path(raw).expanduser()


def postgres_schema(query: dict[str, str]) -> str | None:
    """The `schema=` of a postgresql:// URL's query (bad_url when it is not a plain name)."""
    schema = query.get("schema")
    if schema and not schema.replace("_", "").isalnum():
        raise DatabaseOpenError("bad_url", scheme="postgresql")
    return schema or None


def check_sqlite_header(path: Path) -> bool:
    """Reads the first bytes of an existing file: True when it is empty (SQLite makes it a new
    database), False when it starts as an SQLite database; not_backcare when it is anything
    else, unwritable when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError("unwritable") from exc
    if header == b"":
        return True
    if header != SQLITE_HEADER:
        raise DatabaseOpenError("not_backcare")
    return False


def check_address(url: str) -> None:
    """What can be refused without a driver or a connection, nothing created or written:
    bad_url (scheme, SQLite path, PostgreSQL database or schema name); for an SQLite file that
    exists, not_backcare when it is not SQLite and unwritable when it or its folder is
    read-only; for one that does not, unwritable when its folder cannot be made. The tables,
    the version and the server are checked by `intake.db.open_database`."""
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme in SQLITE_SCHEMES:
        _check_sqlite_place(sqlite_path(parsed))
    elif scheme in POSTGRES_SCHEMES:
        postgres_schema(dict(parse_qsl(parsed.query)))
        if not parsed.path[1:]:  # two slashes instead of three: the name reads as the host
            raise DatabaseOpenError("bad_url", scheme="postgresql")
    else:
        raise DatabaseOpenError("bad_url", scheme=scheme)


def _check_sqlite_place(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError("not_backcare")
        check_sqlite_header(path)
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise DatabaseOpenError("unwritable")
        return
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent  # the folders up to here would be made
    if not existing.is_dir() or not os.access(existing, os.W_OK):
        raise DatabaseOpenError("unwritable")
