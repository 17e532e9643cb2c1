"""Shared fixtures. Every storage test runs on SQLite and on PostgreSQL (`backend` parameter).

PostgreSQL comes from BACKCARE_TEST_PG (default postgresql://postgres@127.0.0.1:5432/test); each
test gets its own schema, dropped afterwards. With CI set, an unreachable server fails the run;
elsewhere the PostgreSQL cases are skipped with the reason shown in the summary.
"""

from __future__ import annotations

import os
import sys
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# the app's log file goes to a folder of the test run's own, never the user's log folder
os.environ.setdefault("BACKCARE_LOG_DIR", __import__("tempfile").mkdtemp(prefix="backcare-test-logs-"))
# and this computer's backup settings to one of its own, never the user's config folder
os.environ.setdefault("BACKCARE_CONFIG_DIR", __import__("tempfile").mkdtemp(prefix="backcare-test-config-"))

import psycopg
import pytest

from intake import db as dbmod
from intake import location
from intake.models import database

PG_URL = os.environ.get("BACKCARE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
_pg_problem: str | None = None
_pg_checked = False


def _pg_available() -> str | None:
    """None when PostgreSQL answers, else the reason."""
    global _pg_checked, _pg_problem
    if not _pg_checked:
        _pg_checked = True
        try:
            with psycopg.connect(PG_URL, connect_timeout=3, autocommit=True) as conn:
                # extensions are database-wide: create once in public, outside any test schema
                conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public")
        except psycopg.Error as exc:
            _pg_problem = f"PostgreSQL at {location.describe(PG_URL)} does not answer: {type(exc).__name__}"
    return _pg_problem


def _drop_schema(schema: str) -> None:
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _let_workers_end() -> None:
    """The desk's reads run in worker threads (ui/workers.py): let them end before the
    database they read is closed."""
    workers = sys.modules.get("ui.workers")
    if workers is not None:
        workers.wait_for_all()
        # the next test's workers report to a fresh StorageHealth: a desk an earlier test left
        # open (its StorageWatch still listening) must not take this test's database for lost
        # and drop its connection
        workers.StorageHealth._instance = None  # noqa: SLF001


@pytest.fixture(autouse=True)
def kiosk_queue(tmp_path_factory, monkeypatch):
    """Every test's kiosk outbox in a folder of its own, never the user's data folder."""
    folder = tmp_path_factory.mktemp("kiosk-queue")
    monkeypatch.setenv("BACKCARE_KIOSK_QUEUE", str(folder))
    return folder


def _let_kiosk_deliveries_end() -> None:
    """A kiosk's delivery round runs in a thread of its own: let it end before the database
    it writes to is closed. And no window's pending timer (a debounced re-plan, a poll) may
    fire after it is closed: pytest-qt closes the test's windows only after this fixture, and
    a loaded machine lets such a timer come due in between."""
    forwarder = sys.modules.get("ui.kiosk.forwarder")
    if forwarder is not None:
        forwarder.IntakeForwarder.wait_for_all()
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            for window in QApplication.topLevelWidgets():
                for timer in window.findChildren(QTimer):
                    timer.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def db_url(backend, tmp_path) -> str:
    """A URL of a fresh, empty database on the test's backend (not yet opened)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'backcare.db'}"
        return
    problem = _pg_available()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {problem}")
        pytest.skip(problem)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}schema={schema}"
    _drop_schema(schema)


@pytest.fixture
def db(db_url):
    """The BackCare database, opened and migrated, models bound; closed afterwards."""
    opened = dbmod.open_database(db_url)
    yield opened
    _let_kiosk_deliveries_end()  # (stops the windows' timers: no new worker task after this)
    _let_workers_end()
    if not opened.is_closed():
        opened.close()
    database.initialize(None)


@pytest.fixture
def sqlite_db(tmp_path):
    """An SQLite-only database for UI tests that do not test storage."""
    opened = dbmod.open_database(f"sqlite:///{tmp_path / 'backcare.db'}")
    yield opened
    _let_kiosk_deliveries_end()  # (stops the windows' timers: no new worker task after this)
    _let_workers_end()
    if not opened.is_closed():
        opened.close()
    database.initialize(None)
