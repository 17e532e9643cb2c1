"""The PostgreSQL server: its driver (an extra), the URL's connection arguments, the timeouts that
notice a silent server, and the pg_dump copy made before an upgrade."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlparse

import peewee

from intake.errors import DatabaseOpenError
from intake.location import default_data_dir, postgres_schema
from intake.private_files import private_dir, touch_private

PG_CONNECT_TIMEOUT_S = 3
# A server or network that goes silent mid-query is noticed within about half a minute (libpq's
# TCP keepalives and user timeout) instead of the operating system's many minutes.
PG_TCP_PARAMS = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
                 "keepalives_count": 3, "tcp_user_timeout": 30_000}
# Once the schema is up to date no statement of the app runs longer than this (the desk's and
# kiosk's queries take milliseconds); one stuck behind a lock is cancelled by the server.
PG_STATEMENT_TIMEOUT_MS = 10_000


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
    schema = postgres_schema(query)
    query.pop("schema", None)
    params: dict[str, object] = {"connect_timeout": PG_CONNECT_TIMEOUT_S, **PG_TCP_PARAMS}
    if schema:
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


def _limit_statements(db: peewee.PostgresqlDatabase) -> None:
    """statement_timeout on this connection and on every one opened later (worker threads),
    set after the migrations, which may legitimately run longer."""
    setting = f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS}"
    options = str(db.connect_params.get("options", ""))
    db.connect_params["options"] = f"{options} {setting}".strip()
    db.execute_sql(f"SET statement_timeout = {PG_STATEMENT_TIMEOUT_MS}")


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
