"""Opening the database: URL → the SQLite file or the PostgreSQL server, its version checked or
upgraded, the models bound; a kiosk's database bound before its server answers (checked
later: `connection.verify_schema`); closing."""

from __future__ import annotations

from urllib.parse import urlparse

import peewee

from intake.db.connection import mark_available
from intake.db.postgres import _limit_statements, _open_postgres
from intake.db.sqlite_file import _open_sqlite
from intake.db.versions import _check_version, _migrate
from intake.errors import DatabaseOpenError
from intake.location import resolve_url, sqlite_path
from intake.models import database


def open_database(url: str | None = None, *, migrate: bool = True,
                  create: bool = True) -> peewee.Database:
    """Open (creating or upgrading) the BackCare database at `url` and bind the models to it.
    With create=False a missing SQLite file is refused ("missing") instead of made."""
    url = resolve_url(url)
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme == "sqlite":
        if not create and not sqlite_path(parsed).exists():
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
    mark_available()
    return db


def bind_unopened(url: str) -> peewee.Database:
    """A kiosk started while its PostgreSQL server does not answer: the models are bound to the
    database without connecting; nothing is written before `verify_schema()` passed."""
    url = resolve_url(url)
    if urlparse(url).scheme.lower() not in ("postgresql", "postgres"):
        raise DatabaseOpenError("unreachable")
    db = _open_postgres(url, connect=False)
    database.initialize(db)
    return db


def close_database() -> None:
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
