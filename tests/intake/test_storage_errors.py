"""Storage failures are told apart by the driver's codes (SQLite result codes, PostgreSQL
SQLSTATE and constraint names), never by the wording of a message."""

from __future__ import annotations

import sqlite3
from urllib.parse import urlparse

import psycopg
import pytest

from intake import db as dbmod
from intake import location
from intake.errors import StorageError
from intake.models import Room, database
from tests.conftest import PG_URL


def _hold_the_write_lock(db_url: str):
    """Another connection (as another desk would) holding the lock BackCare's next write needs."""
    if db_url.startswith("sqlite"):
        other = sqlite3.connect(location.sqlite_path(urlparse(db_url)), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        database.execute_sql("PRAGMA busy_timeout = 50")
        return other
    schema = db_url.split("schema=")[1]
    other = psycopg.connect(PG_URL, autocommit=False, options=f"-c search_path={schema}")
    other.execute("LOCK TABLE room IN ACCESS EXCLUSIVE MODE")
    database.execute_sql("SET lock_timeout = '50ms'")
    return other


def test_a_held_lock_is_locked_on_both_backends(db, db_url):
    other = _hold_the_write_lock(db_url)
    try:
        with pytest.raises(StorageError) as err, dbmod.write():
            Room.create(name="Room 1")
        assert err.value.code == "locked"
    finally:
        other.rollback()
        other.close()
    with dbmod.write():  # and the lock gone, the same write goes through
        Room.create(name="Room 1")
    assert Room.select().count() == 1


def test_a_read_only_database_is_read_only(db, db_url):
    if db_url.startswith("sqlite"):
        database.execute_sql("PRAGMA query_only = ON")
    else:
        database.execute_sql("SET default_transaction_read_only = on")
    with pytest.raises(StorageError) as err, dbmod.write():
        Room.create(name="Room 1")
    assert err.value.code == "read_only"


@pytest.mark.parametrize("message", ["database is locked", "disk is full", "readonly database"])
def test_message_text_alone_classifies_nothing(message):
    """A driver error whose message merely mentions 'locked' or 'full' is not taken for one."""
    import peewee

    wrapped = peewee.OperationalError(RuntimeError(message))
    assert dbmod.storage_code(wrapped) == "unavailable"
