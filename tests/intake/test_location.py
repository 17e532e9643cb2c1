"""Where the database is (intake/location.py): the URL, and what is refused before the storage
code is imported: the same code as opening would give, nothing created."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from intake import db as dbmod
from intake import location
from intake.errors import DatabaseOpenError
from intake.models import database


def test_url_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("BACKCARE_DB", raising=False)
    assert location.resolve_url(None).endswith("backcare.db")
    monkeypatch.setenv("BACKCARE_DB", "postgresql://h/d")
    assert location.resolve_url(None) == "postgresql://h/d"
    assert location.resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    assert location.describe("postgresql://u:pw@h/d") == "postgresql://u:***@h/d"


def _refused(check, url: str) -> str | None:
    try:
        check(url)
    except DatabaseOpenError as exc:
        return exc.code
    return None


@pytest.mark.parametrize(
    ("make_url", "code"),
    [
        (lambda p: "mysql://x/y", "bad_url"),
        (lambda p: "sqlite://host/x.db", "bad_url"),
        (lambda p: "sqlite:///:memory:", "bad_url"),
        (lambda p: "postgresql://postgres@127.0.0.1:5432", "bad_url"),  # no database name
        (lambda p: "postgresql://postgres@127.0.0.1:5432/test?schema=a;drop", "bad_url"),
        (lambda p: f"sqlite:///{p / 'text.db'}", "not_backcare"),
        (lambda p: f"sqlite:///{p}", "not_backcare"),  # a folder
        (lambda p: f"sqlite:///{p / 'text.db' / 'sub' / 'x.db'}", "unwritable"),  # under a file
    ],
)
def test_refused_before_opening_with_the_code_opening_gives(tmp_path, make_url, code):
    (tmp_path / "text.db").write_text("not a database")
    url = make_url(tmp_path)
    assert _refused(location.check_address, url) == code
    try:
        assert _refused(dbmod.open_database, url) == code
    finally:
        dbmod.close_database()
        database.initialize(None)
    assert (tmp_path / "text.db").read_text() == "not a database"


def test_what_only_opening_can_tell_passes_and_nothing_is_made(tmp_path):
    new = tmp_path / "new" / "deeper" / "backcare.db"
    location.check_address(f"sqlite:///{new}")
    assert not (tmp_path / "new").exists()  # checked, not created
    empty = tmp_path / "empty.db"
    empty.touch()
    location.check_address(f"sqlite:///{empty}")
    foreign = tmp_path / "foreign.db"  # SQLite, but not BackCare's: the open says so
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE other (x)")
    location.check_address(f"sqlite:///{foreign}")
    location.check_address("postgresql://postgres@127.0.0.1:1/test?schema=some_name")


def test_reading_the_address_imports_no_storage_code():
    """The desk's first frame is drawn before peewee and the driver are imported."""
    code = ("import sys, intake.location as l; l.check_address(l.resolve_url('sqlite:///x.db')); "
            "print(sorted(m for m in ('peewee', 'psycopg', 'sqlite3', 'intake.db') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
