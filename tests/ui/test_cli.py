"""The command line, run as a clinic runs it: the installed `backcare` entry point."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PG_URL
from tests.ui.cli_support import error_lines

SCRIPTS = Path(sys.executable).parent


def _backcare(*args: str, env_extra: dict | None = None, script: str = "backcare",
              pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    exe = SCRIPTS / script
    assert exe.exists(), f"{exe} is not installed: pip install -e . first"
    env = {**os.environ, **(env_extra or {})}
    # the installed entry point, running the code of the tree under test (a worktree's too)
    paths = [str(pythonpath) if pythonpath else "", str(Path(__file__).resolve().parents[2]),
             env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, paths))
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=60, env=env)


@pytest.mark.parametrize(
    ("make_url", "expected"),
    [
        (lambda p: "mysql://x/y", "not valid"),
        (lambda p: "postgresql://postgres@127.0.0.1:1/test", "does not answer"),
        (lambda p: f"sqlite:///{p / 'text.db'}", "not a BackCare database"),
        (lambda p: f"sqlite:///{p / 'text.db' / 'sub.db'}", "cannot be written"),
        (lambda p: f"sqlite:///{p / 'newer.db'}", "newer BackCare"),
    ],
)
def test_start_up_errors_are_one_line_exit_2(tmp_path, make_url, expected):
    (tmp_path / "text.db").write_text("not a database")
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied TEXT)")
    conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('0001_initial', 'x'), ('0099_future', 'x')")
    conn.commit()
    conn.close()
    result = _backcare("--db", make_url(tmp_path))
    assert result.returncode == 2
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "text.db").read_text() == "not a database"


def test_bad_url_from_the_environment_exit_2():
    result = _backcare(env_extra={"BACKCARE_DB": "ftp://nowhere/x"})
    assert result.returncode == 2
    assert "not valid" in result.stderr


def test_version_and_help_print_and_exit_0():
    version = _backcare("--version")
    assert version.returncode == 0 and version.stdout.startswith("backcare 0.")
    helped = _backcare("--help")
    assert helped.returncode == 0
    assert "--kiosk" in helped.stdout and "check" in helped.stdout


def test_unknown_argument_is_a_usage_error_exit_2():
    result = _backcare("--no-such-option")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == "backcare: unrecognized arguments: --no-such-option"


def test_postgresql_without_its_driver_names_the_extra(tmp_path):
    """As on a computer installed without the postgres extra: psycopg cannot be imported."""
    hidden = tmp_path / "hide"
    (hidden / "psycopg").mkdir(parents=True)
    (hidden / "psycopg" / "__init__.py").write_text("raise ImportError('not installed')\n")
    result = _backcare("--db", PG_URL, pythonpath=hidden)
    assert result.returncode == 2
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert 'pip install "backcare[postgres]"' in lines[0]


def test_check_reports_a_sound_database_exit_0(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    made = subprocess.run([sys.executable, "-c",
                           "import sys; from intake import db, clinic; db.open_database(sys.argv[1]);"
                           "clinic.create_clinic('Riverside', country='GB'); db.close_database()", url],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    result = _backcare("check", "--db", url)
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout
    assert "clinic 1" in result.stdout
    from intake import db as dbmod

    assert f"schema version: {dbmod.latest_version()} of {dbmod.latest_version()}" in result.stdout


def test_check_finds_a_damaged_file_exit_1(tmp_path):
    path = tmp_path / "clinic.db"
    url = f"sqlite:///{path}"
    made = subprocess.run([sys.executable, "-c",
                           "import sys; from intake import db, clinic; db.open_database(sys.argv[1]);"
                           "clinic.create_clinic('Riverside', country='GB');"
                           "db.database.execute_sql('PRAGMA wal_checkpoint(TRUNCATE)'); db.close_database()",
                           url], capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2 + 100, min(len(data), page * 6), 7):  # scribble over table pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    result = _backcare("check", "--db", url)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "problem: the file is damaged" in result.stdout


def test_check_never_creates_a_database(tmp_path):
    result = _backcare("check", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert result.returncode == 2
    assert "There is no database at this address" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_windowed_launcher_is_installed_beside_the_console_program():
    assert (SCRIPTS / "backcarew").exists()
