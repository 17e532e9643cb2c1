"""ui/workers.py: a lane runs its tasks off the GUI thread on a connection of its own, the newest
task wins, a lost database is reported, a task that hangs is noticed and left behind."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from intake.errors import StorageError
from intake.models import Patient, database
from tests.desk_data import make_patient
from ui import workers


def _where() -> tuple[int, int]:
    """(thread id, id of the connection peewee gives this thread)."""
    return threading.get_ident(), id(database.connection())


def test_a_task_runs_in_another_thread_on_its_own_connection(qtbot, db):
    pid = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    lane = workers.Lane("test")
    got = []
    lane.submit(lambda: (_where(), Patient.get_by_id(pid).last_name), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    (thread, connection), name = got[0]
    assert name == "O'Brien"
    assert thread != threading.get_ident()
    assert connection != id(database.connection())  # not the GUI thread's connection


def test_after_an_outage_a_worker_opens_a_fresh_connection(qtbot, db):
    """The connection a worker kept from before the server was lost is not reused after it
    answers again (it may be dead: using it reported a second, false outage)."""
    lane = workers.Lane("poll")
    got = []

    def connection():
        database.execute_sql("SELECT 1")
        return database.connection()  # (kept by the test: ids of freed ones can be reused)

    lane.submit(connection, on_done=got.append)
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    lane.submit(connection, on_done=got.append)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got[1] is got[0]  # kept between tasks
    workers.connections_lost()
    lane.submit(connection, on_done=got.append)
    qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
    assert got[2] is not got[1]


def test_the_newest_task_wins_and_a_waiting_one_is_replaced(qtbot, sqlite_db):
    lane = workers.Lane("search")
    release = threading.Event()
    ran, shown = [], []

    def search(text: str) -> str:
        ran.append(text)
        if text == "s":
            release.wait(5)
        return text

    lane.submit(search, "s", on_done=shown.append)  # runs, and takes its time
    lane.submit(search, "sm", on_done=shown.append)  # waits ...
    lane.submit(search, "smi", on_done=shown.append)  # ... and is replaced by this one
    assert lane.is_busy()
    release.set()
    qtbot.waitUntil(lambda: not lane.is_busy(), timeout=5000)
    assert ran == ["s", "smi"]
    assert shown == ["smi"]  # the older answer, though it came back, is not shown


def test_a_write_lane_runs_every_task_in_order_and_answers_each(qtbot, sqlite_db):
    """Two clicks on two arrivals: the second never drops the first one's write."""
    lane = workers.Lane("writes", every_task=True)
    release = threading.Event()
    ran, shown = [], []

    def write(what: str) -> str:
        ran.append(what)
        if what == "first":
            release.wait(5)
        return what

    for what in ("first", "second", "third"):
        lane.submit(write, what, on_done=shown.append)
    assert lane.is_busy()
    release.set()
    qtbot.waitUntil(lambda: not lane.is_busy(), timeout=5000)
    assert ran == ["first", "second", "third"]
    assert shown == ["first", "second", "third"]


def test_a_lost_database_is_reported_and_the_error_handed_over(qtbot, sqlite_db):
    lane = workers.Lane("poll")
    errors = []

    def gone():
        raise StorageError("unavailable")

    with qtbot.waitSignal(workers.StorageHealth.instance().unreachable, timeout=5000):
        lane.submit(gone, on_done=lambda _r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0].code == "unavailable"


def test_a_task_that_hangs_is_noticed_and_left_behind(qtbot, sqlite_db, monkeypatch):
    monkeypatch.setattr(workers, "STUCK_AFTER_S", 0.2)
    lane = workers.Lane("arrivals")
    release = threading.Event()
    shown = []
    lane.submit(lambda: release.wait(5) and "late", on_done=shown.append)
    qtbot.waitUntil(lambda: workers.stuck_tasks() == 1, timeout=5000)
    assert workers.abandon_stuck() == 1
    assert not lane.is_busy()  # the lane goes on without it
    lane.submit(lambda: "fresh", on_done=shown.append)
    qtbot.waitUntil(lambda: shown == ["fresh"], timeout=5000)
    release.set()  # the hung one answers at last: too late, dropped
    assert workers.wait_for_all()
    QCoreApplication.sendPostedEvents()  # the hung task's answer, if it were ever delivered
    QCoreApplication.processEvents()
    assert shown == ["fresh"]


def test_writes_are_refused_at_once_while_the_database_is_known_down(db):
    from intake import arrivals
    from intake import db as dbmod
    from tests.desk_data import make_intake, make_staff

    staff, intake_id = make_staff(), make_intake()
    dbmod.mark_unavailable()
    try:
        with pytest.raises(StorageError) as refused:
            arrivals.set_status(intake_id, "with_staff", staff_id=staff)
        assert refused.value.code == "unavailable"
    finally:
        dbmod.mark_available()
    arrivals.set_status(intake_id, "with_staff", staff_id=staff)
    assert arrivals.todays_arrivals(staff_id=staff)[0].status == "with_staff"
