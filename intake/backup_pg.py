"""PostgreSQL's side of backups: pg_dump -Fc in one snapshot with the row counts, and a restore
into a scratch schema (the weekly test restore, and the first step of a real restore).

A dump names its schema on every object. To restore it under another name, pg_restore writes
the SQL script and each statement line (never a COPY data line) has `schema.` rewritten before
the names of the dump's own tables and sequences; psql runs it in one transaction.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

import peewee

from intake.errors import BackupError
from intake.private_files import touch_private

TIMEOUT_S = 6 * 3600
TOC_LINE = re.compile(rb"^\d+; \d+ \d+ (TABLE|SEQUENCE) (?!DATA |OWNED BY |SET )(\S+) (\S+)")


def _params(db: peewee.Database) -> dict:
    return dict(db.connect_params)


def connect(db: peewee.Database, *, autocommit: bool = False):
    """A psycopg connection of its own to the same database and schema as `db`."""
    import psycopg

    params = _params(db)
    params.pop("connect_timeout", None)
    return psycopg.connect(dbname=db.database, autocommit=autocommit, connect_timeout=5, **params)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError("tool_missing", tool=name)
    return found


def _connection_args(db: peewee.Database) -> tuple[list[str], dict[str, str]]:
    params = _params(db)
    args = []
    for flag, key in (("--host", "host"), ("--port", "port"), ("--username", "user")):
        if params.get(key):
            args += [flag, str(params[key])]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "5"}
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args, env


def _run(command: list[str], env: dict[str, str], **kwargs) -> None:
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=TIMEOUT_S, **kwargs)
    except (OSError, subprocess.SubprocessError) as exc:
        raise BackupError("failed", step=Path(command[0]).name) from exc


def current_schema(db: peewee.Database) -> str:
    (schema,) = db.execute_sql("SELECT current_schema()").fetchone()
    return str(schema)


def dump(db: peewee.Database, target: Path) -> tuple[str, dict[str, int], list[str]]:
    """pg_dump -Fc of BackCare's schema into `target` (0600). Returns the schema, the row
    count of every table and the applied migrations, read in the same snapshot as the dump."""
    args, env = _connection_args(db)
    schema = current_schema(db)
    touch_private(target)
    with connect(db) as conn:
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        (snapshot,) = conn.execute("SELECT pg_export_snapshot()").fetchone()
        tables = [name for (name,) in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (schema,))]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{schema}"."{t}"').fetchone()[0] for t in tables}
        migrations = [name for (name,) in conn.execute(
            f'SELECT name FROM "{schema}".schema_migration ORDER BY name')] if "schema_migration" in tables else []
        _run([_tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges", "--snapshot", snapshot,
              "--schema", schema, "--file", str(target), *args, "--dbname", db.database], env)
    return schema, counts, migrations


def archive_tables(archive: Path) -> tuple[str, set[str], set[str]]:
    """(schema, tables, sequences) named by the archive's table of contents (pg_restore -l);
    BackupError("corrupt") when pg_restore cannot read it."""
    try:
        listing = subprocess.run([_tool("pg_restore"), "--list", str(archive)], check=True,
                                 capture_output=True, timeout=600).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise BackupError("corrupt") from exc
    schemas, tables, sequences = set(), set(), set()
    for line in listing.splitlines():
        match = TOC_LINE.match(line)
        if match:
            kind, schema, name = match.groups()
            schemas.add(schema.decode())
            (tables if kind == b"TABLE" else sequences).add(name.decode())
    if len(schemas) != 1 or not tables:
        raise BackupError("corrupt")
    return schemas.pop(), tables, sequences


def _rewriter(schema: str, staging: str, names: Iterable[str]):
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf'(?<![\w"]){re.escape(schema)}\.(?=(?:{alternation})\b)'.encode())
    replacement = f"{staging}.".encode()
    schema_line = re.compile(rb"^(CREATE|ALTER|COMMENT ON) SCHEMA ")

    def rewrite(lines: Iterable[bytes]) -> Iterable[bytes]:
        in_copy = False
        for line in lines:
            if in_copy:
                if line.rstrip(b"\r\n") == b"\\.":
                    in_copy = False
                yield line
                continue
            if schema_line.match(line):
                continue  # the scratch schema is made beforehand
            if line.startswith(b"COPY ") and line.rstrip().endswith(b"FROM stdin;"):
                in_copy = True
            yield pattern.sub(replacement, line)

    return rewrite


def restore_into(db: peewee.Database, archive: Path, staging: str) -> set[str]:
    """Restore `archive` into the new schema `staging` (dropped again if anything fails);
    returns the tables it holds."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", staging):
        raise ValueError("staging schema name")
    schema, tables, sequences = archive_tables(archive)
    args, env = _connection_args(db)
    with db.atomic():
        db.execute_sql(f'CREATE SCHEMA "{staging}"')
    rewrite = _rewriter(schema, staging, tables | sequences)
    try:
        with tempfile.TemporaryFile() as errors:
            restore = subprocess.Popen([_tool("pg_restore"), "--no-owner", "--no-privileges",
                                        "--file", "-", str(archive)],
                                       stdout=subprocess.PIPE, stderr=errors)
            psql = subprocess.Popen([_tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                                     "--single-transaction", *args, "--dbname", db.database,
                                     "-f", "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                    stderr=errors, env=env)
            try:
                for line in rewrite(restore.stdout):
                    psql.stdin.write(line)
            except BrokenPipeError:
                pass  # psql stopped at an error: its exit code says so
            finally:
                psql.stdin.close()
                restore.stdout.close()
            if restore.wait(timeout=TIMEOUT_S) != 0 or psql.wait(timeout=TIMEOUT_S) != 0:
                raise BackupError("corrupt")
    except BaseException:
        drop_schema(db, staging)
        raise
    return tables


def table_counts(db: peewee.Database, schema: str) -> dict[str, int]:
    tables = [name for (name,) in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,)).fetchall()]
    return {t: db.execute_sql(f'SELECT count(*) FROM "{schema}"."{t}"').fetchone()[0] for t in tables}


def drop_schema(db: peewee.Database, schema: str) -> None:
    with db.atomic():
        db.execute_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def scratch_database(db: peewee.Database, schema: str) -> peewee.PostgresqlDatabase:
    """A peewee database whose unqualified names are the scratch schema's (for checks)."""
    params = _params(db)
    params["options"] = f"-c search_path={schema},public"
    return peewee.PostgresqlDatabase(db.database, autoconnect=True, **params)


def swap_in(db: peewee.Database, staging: str, tables: set[str], known: set[str]) -> None:
    """In one transaction: drop BackCare's tables in the live schema and move the staging
    schema's tables there (their sequences, indexes and constraints move with them)."""
    live = current_schema(db)
    with db.atomic():
        present = {name for (name,) in db.execute_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s", (live,)).fetchall()}
        for table in sorted(present & (tables | known)):
            db.execute_sql(f'DROP TABLE IF EXISTS "{live}"."{table}" CASCADE')
        for table in sorted(tables):
            db.execute_sql(f'ALTER TABLE "{staging}"."{table}" SET SCHEMA "{live}"')
        db.execute_sql(f'DROP SCHEMA "{staging}" CASCADE')
