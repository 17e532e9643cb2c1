"""The desk's start (ui/windows.py DeskStart, ui/app.py): the sign-in page is drawn before the
database is opened, and no one can sign in until opening it succeeded; a database that turns
out unusable after the first frame hides the window and stops with the usual line (or box); an
empty one shows first run."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from intake import clinic
from intake import db as dbmod
from intake.errors import DatabaseOpenError
from intake.instance_lock import InstanceLock
from tests.ui.desk.shell_support import (  # noqa: F401 - fixtures
    ADMIN_PASSWORD,
    _accounts,
    _cheap_hashes,
    control,
)
from ui import app, windows
from ui.desk.shell.first_run import FirstRunWindow
from ui.desk.shell.main_window import DeskWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

ROOT = Path(__file__).resolve().parents[4]


class _PaintClock(QObject):
    """When the watched window was first painted (the GUI thread's clock)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.monotonic()
        return False


def test_the_sign_in_page_is_on_screen_before_the_database_is_opened(qtbot, accounts):
    clinic.create_clinic("Riverside Acupuncture")
    go_on = threading.Event()
    opening: list[tuple[float, str]] = []

    def slow_open() -> None:  # a slow server: the test says when it has answered
        opening.append((time.monotonic(), threading.current_thread().name))
        assert go_on.wait(10)

    clock = _PaintClock()
    start = windows.DeskStart("sqlite:///clinic.db", open_storage=slow_open)
    desk = start.assembly.window
    qtbot.addWidget(desk)
    desk.installEventFilter(clock)
    start.begin()
    qtbot.waitUntil(lambda: bool(opening), timeout=5000)
    # the window was painted before the opening began, and the opening is not in the GUI thread
    assert clock.painted_at is not None and clock.painted_at < opening[0][0]
    assert opening[0][1] != threading.current_thread().name
    assert desk.isVisible() and desk.is_locked() and desk.is_opening()
    button = control(desk, QPushButton, "Sign in")
    assert not button.isEnabled() and button.text() == "Opening the database…"
    # a person types and presses Return meanwhile: nothing is checked, nothing is lost
    control(desk, QLineEdit, "Username").setText("boss")
    secret = control(desk, QLineEdit, "Password or PIN")
    secret.setText(ADMIN_PASSWORD)
    qtbot.keyClick(secret, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert not start.assembly.session.signed_in and start.outcome() is windows.StartOutcome.opening
    assert secret.text() == ADMIN_PASSWORD and start.assembly.alarm is None
    with qtbot.waitSignal(start.ready, timeout=5000):
        go_on.set()
    assert start.outcome() is windows.StartOutcome.desk and not desk.is_opening()
    assert button.isEnabled() and button.text() == "Sign in"
    assert start.assembly.alarm is not None  # the urgent alarm is on the lock screen now
    qtbot.keyClick(secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start.assembly.session.signed_in, timeout=5000)
    qtbot.waitUntil(lambda: desk.built_page("arrivals") is not None, timeout=5000)
    start.assembly.arrivals.stop_polling()
    assert start.wait(1)


def test_a_failed_opening_hides_the_window_before_anyone_could_sign_in(qtbot, accounts):
    clinic.create_clinic("Riverside Acupuncture")

    def unreachable() -> None:
        raise DatabaseOpenError("unreachable")

    start = windows.DeskStart("postgresql://clinic-server/backcare", open_storage=unreachable)
    desk = start.assembly.window
    qtbot.addWidget(desk)
    with qtbot.waitSignal(start.refused, timeout=5000) as refused:
        start.begin()
    assert isinstance(refused.args[0], DatabaseOpenError)
    assert refused.args[0].code == "unreachable"
    assert start.outcome() is windows.StartOutcome.refused
    assert not desk.isVisible() and desk.is_opening()  # never allowed a sign-in
    assert start.assembly.alarm is None and start.assembly.backups is None


def _watch_desk_windows(seen: dict) -> QTimer:
    """Notes, every few milliseconds while the app runs, how the desk window looked."""
    timer = QTimer()
    timer.setInterval(2)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, DeskWindow) and widget.isVisible():
                seen.setdefault("opening", set()).add(widget.is_opening())
            if isinstance(widget, FirstRunWindow) and widget.isVisible():
                seen["first_run"] = True
                widget.close()  # the person walks away: the app ends
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["box"] = box.text()
            seen["desk_visible_with_box"] = any(
                isinstance(w, DeskWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
            box.accept()

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_app_refuses_a_database_only_opening_can_judge_with_its_one_line(qtbot, tmp_path,
                                                                           capsys):
    """A newer BackCare's database: the address passes, opening it says too new, after the
    desk's window was on screen; the window goes, the line is the one it always was."""
    import sqlite3

    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as conn:
        conn.execute("CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied TEXT)")
        conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('0001_initial', 'x'), "
                     "('0099_future', 'x')")
    seen: dict = {}
    timer = _watch_desk_windows(seen)
    code = app.main(["--db", f"sqlite:///{newer}"])
    timer.stop()
    assert code == 2
    assert seen["opening"] == {True}  # on screen, and never allowed a sign-in
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert lines == [f"backcare: This database was written by a newer BackCare; install that "
                     f"version to open it (it was left untouched): sqlite:///{newer}"]
    assert not any(isinstance(w, DeskWindow) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_windowed_start_shows_that_refusal_in_its_box_without_the_desk_behind(qtbot, tmp_path):
    """A restore holds the database (found once it is open, after the first frame)."""
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    restore = InstanceLock(dbmod.open_database(url))
    restore.take_exclusive()
    dbmod.close_database()
    seen: dict = {}
    timer = _watch_desk_windows(seen)
    try:
        code = app.main_windowed(["--db", url])
    finally:
        timer.stop()
        restore.release()
    assert code == 2
    assert seen["opening"] == {True}
    assert seen["box"].startswith("a restore is running on this database")
    assert seen["desk_visible_with_box"] is False


def test_an_empty_database_still_opens_first_run_not_the_sign_in(qtbot, tmp_path):
    seen: dict = {}
    timer = _watch_desk_windows(seen)
    code = app.main(["--db", f"sqlite:///{tmp_path / 'new.db'}"])
    timer.stop()
    assert code == 0
    assert seen.get("first_run") is True
    assert seen["opening"] == {True}  # the sign-in page was never usable


FIRST_FRAME_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from ui import app
from ui.desk.shell.main_window import DeskWindow

STORAGE = ("peewee", "psycopg", "intake.models", "intake.db", "intake.content")
seen = {}
qapp = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, DeskWindow)
                and "at_first_paint" not in seen):
            seen["at_first_paint"] = [m for m in STORAGE if m in sys.modules]
            seen["opening"] = watched.is_opening()
        return False

def look():
    desks = [w for w in qapp.topLevelWidgets() if isinstance(w, DeskWindow) and w.isVisible()]
    if "at_first_paint" in seen and desks and not desks[0].is_opening():
        seen["when_ready"] = [m for m in STORAGE if m in sys.modules]
        qapp.quit()

spy = FirstPaint()
qapp.installEventFilter(spy)
timer = QTimer()
timer.timeout.connect(look)
timer.start(5)
app.main(["--db", sys.argv[1], "--demo"])
print(json.dumps(seen))
"""


def test_no_storage_code_is_loaded_before_the_first_frame(tmp_path):
    """The point of the order: peewee, the driver (psycopg is installed here, and peewee
    imports it whenever it is) and the models load after the sign-in page is painted."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKCARE_LOG_DIR": str(tmp_path / "logs"),
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE, f"sqlite:///{tmp_path / 'demo.db'}"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["at_first_paint"] == [] and seen["opening"] is True
    assert {"peewee", "psycopg", "intake.db", "intake.models"} <= set(seen["when_ready"])
