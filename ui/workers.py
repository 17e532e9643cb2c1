"""Storage and hashing off the GUI thread.

A `Lane` runs one purpose's work (the patient search, the arrivals poll, a page load, a sign-in)
in a thread of its own, on that thread's own database connection (peewee keeps one per thread;
`intake.db.thread_connection`), and hands the plain result back to the GUI thread through a
queued signal. At most one task of a lane runs and one waits: a newer `submit` replaces the one
waiting, and the result of a task older than the newest is dropped — typing "smi" then "smith"
shows only Smith's results, whatever order the queries finish in.

Worker threads are daemon threads: one stuck on a server that went silent never keeps the app
from quitting, and `StorageHealth` (below) notices it: a task running longer than
`STUCK_AFTER_S`, or one that failed with StorageError("unavailable"), reports an outage; the
stuck thread is left behind and its lane goes on in a new one. Tasks are never retried (a write
inside one is never made twice).

The storage code (`intake.db`, peewee, the driver) is imported by the first task that needs it,
not with this module: the desk's sign-in page, which has lanes, is drawn before it is loaded.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from intake.errors import BackCareError, StorageError

log = logging.getLogger(__name__)

STUCK_AFTER_S = 3.5  # a read on a live database takes milliseconds; this long means it hangs
IDLE_S = 30.0  # a lane's thread (and its connection) ends after this long without work

Done = Callable[[Any], None]
Failed = Callable[[BackCareError], None]


@dataclass
class _Task:
    number: int
    lane: Lane
    fn: Callable[..., Any]
    args: tuple
    on_done: Done
    on_error: Failed | None
    started: float = 0.0
    storage: bool = True
    watched: bool = True
    write: bool = False  # refused before connecting while the database is known to be down


@dataclass
class _Outcome:
    task: _Task
    result: Any = None
    error: BaseException | None = None


class _Relay(QObject):
    """Lives in the GUI thread for the whole process; worker threads emit through it."""

    finished = Signal(object)


_relay: _Relay | None = None
_numbers = itertools.count(1)
_generation = 0  # bumped when the database is lost and when it answers again (connections_lost)
_running: dict[int, _Task] = {}  # touched from the GUI thread only
_workers: set[_Worker] = set()
_workers_lock = threading.Lock()


def connections_lost() -> None:
    """The server was lost (or is back after a loss): every worker thread drops the connection
    it keeps before its next task and opens a fresh one, instead of finding the old one dead
    after the server returned (which reported a second, false outage)."""
    global _generation
    _generation += 1


def _relay_instance() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_deliver)
    return _relay


class _Worker:
    """A lane's thread: runs its tasks one after another on a connection of its own, kept open
    between tasks (no connect per keystroke) and dropped after a storage failure, so the next
    task starts on a fresh one. It ends after IDLE_S without work, or when told to stop."""

    def __init__(self, name: str, relay: _Relay) -> None:
        self._tasks: queue.SimpleQueue[_Outcome | None] = queue.SimpleQueue()
        self._relay = relay
        self._lock = threading.Lock()
        self._ending = False
        self._generation = _generation
        self.thread = threading.Thread(target=self._loop, name=f"backcare-{name}", daemon=True)
        with _workers_lock:
            _workers.add(self)
        self.thread.start()

    def put(self, outcome: _Outcome) -> bool:
        """Queue a task; False when this thread is ending (the lane then starts another)."""
        with self._lock:
            if self._ending:
                return False
            self._tasks.put(outcome)
            return True

    def stop(self) -> None:
        with self._lock:
            self._ending = True
            self._tasks.put(None)

    def _next(self) -> _Outcome | None:
        try:
            return self._tasks.get(timeout=IDLE_S)
        except queue.Empty:
            with self._lock:
                if not self._tasks.empty():
                    return self._tasks.get()
                self._ending = True
                return None

    def _loop(self) -> None:
        from intake import db as dbmod

        try:
            while (outcome := self._next()) is not None:
                if self._generation != _generation:  # kept from before an outage: may be dead
                    self._generation = _generation
                    dbmod.drop_connection()
                _run(outcome)
                self._relay.finished.emit(outcome)
        finally:
            dbmod.drop_connection()
            with _workers_lock:
                _workers.discard(self)


def _run(outcome: _Outcome) -> None:
    task = outcome.task
    try:
        from intake import db as dbmod

        if task.write and not dbmod.is_available():
            raise StorageError("unavailable")  # at once: no connect timeout to wait through
        if task.storage:
            with dbmod.thread_connection(keep=True):
                outcome.result = task.fn(*task.args)
        else:
            outcome.result = task.fn(*task.args)
    except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
        outcome.error = exc


def _deliver(outcome: _Outcome) -> None:
    task = outcome.task
    _running.pop(task.number, None)
    lane = task.lane
    if not shiboken6.isValid(lane):
        return
    lane._finished(outcome)  # noqa: SLF001 - the lane's own bookkeeping


def _stuck(now: float | None = None) -> list[_Task]:
    now = time.monotonic() if now is None else now
    return [t for t in _running.values() if t.watched and now - t.started > STUCK_AFTER_S]


def stuck_tasks(now: float | None = None) -> int:
    """How many storage tasks have been running longer than STUCK_AFTER_S."""
    return len(_stuck(now))


def abandon_stuck() -> int:
    """Give up on the tasks that hang (a server gone silent mid-query): their lanes go on with
    new tasks in new threads, and whatever the old ones return later is dropped."""
    stuck = _stuck()
    for task in stuck:
        _running.pop(task.number, None)
        if shiboken6.isValid(task.lane):
            task.lane._abandon(task)  # noqa: SLF001
    return len(stuck)


def running_tasks() -> int:
    """How many tasks have started and not answered yet (any lane)."""
    return len(_running)


def wait_for_all(timeout_s: float = 10.0) -> bool:
    """Stop every worker thread once its queued work is done and wait for them (outside the
    event loop): for tests' teardown and the bench. False when some still run after
    `timeout_s` (stuck on a server that does not answer)."""
    with _workers_lock:
        workers = list(_workers)
    for worker in workers:
        worker.stop()
    deadline = time.monotonic() + timeout_s
    for worker in workers:
        worker.thread.join(timeout=max(0.0, deadline - time.monotonic()))
    return not any(worker.thread.is_alive() for worker in workers)


class Lane(QObject):
    """One purpose's work, newest first. `busy_changed(bool)` for a light "Loading…" state."""

    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None, *, storage: bool = True,
                 watched: bool = True, every_task: bool = False) -> None:
        """storage=False: no database connection (e.g. hashing only). watched=False: its
        failures and hangs do not count as an outage (the reconnect probe itself).
        every_task=True (for writes): the tasks run one after another in the order submitted,
        none replaces another and every answer is delivered — a second click never drops the
        first one's write; while the database is known to be down a task is refused at once
        (StorageError "unavailable") without trying to connect."""
        super().__init__(parent)
        self.setObjectName(f"lane:{name}")
        self._name = name
        self._storage = storage
        self._watched = storage and watched
        self._every_task = every_task
        self._queued: deque[_Task] = deque()  # every_task lanes: what waits, in order
        self._current: _Task | None = None
        self._waiting: _Task | None = None
        self._newest = 0
        self._busy = False
        self._worker: _Worker | None = None

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Done,
               on_error: Failed | None = None) -> int:
        """Run `fn(*args)` in a worker; `on_done(result)` or `on_error(BackCareError)` follow in
        the GUI thread, only if no newer task was submitted meanwhile. An unexpected exception
        is re-raised in the GUI thread (the crash handler shows a calm message)."""
        task = _Task(next(_numbers), self, fn, args, on_done, on_error, storage=self._storage,
                     watched=self._watched, write=self._every_task and self._storage)
        self._newest = task.number
        if self._current is None:
            self._start(task)
        elif self._every_task:
            self._queued.append(task)
        else:
            self._waiting = task  # replaces an older one that had not started
        return task.number

    def cancel(self) -> None:
        """Forget what waits and ignore what runs."""
        self._waiting = None
        self._queued.clear()
        self._newest = next(_numbers)
        self._set_busy(self._current is not None)

    def is_busy(self) -> bool:
        return self._current is not None or self._waiting is not None or bool(self._queued)

    # ------------------------------------------------------------------ private

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _start(self, task: _Task) -> None:
        self._current = task
        task.started = time.monotonic()
        _running[task.number] = task
        outcome = _Outcome(task)
        if self._worker is None or not self._worker.put(outcome):
            self._worker = _Worker(self._name, _relay_instance())
            self._worker.put(outcome)
        self._set_busy(True)

    def _abandon(self, task: _Task) -> None:
        if self._current is not task:
            return
        self._current = None
        if self._worker is not None:  # stuck in it: the next task gets a thread of its own
            self._worker.stop()
            self._worker = None
        if task.number == self._newest:
            self._newest = next(_numbers)  # its answer, if it ever comes, is too old
        self._start_next()

    def _start_next(self) -> None:
        if self._queued:
            self._start(self._queued.popleft())
        elif self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._start(waiting)
        else:
            self._set_busy(False)

    def _finished(self, outcome: _Outcome) -> None:
        task = outcome.task
        if self._current is not task:
            return  # abandoned as stuck: its lane has gone on without it
        self._current = None
        newest = task.number == self._newest or self._every_task
        self._start_next()
        health = StorageHealth.instance()
        error = outcome.error
        if task.watched:
            if isinstance(error, StorageError) and error.code == "unavailable":
                health.report_unreachable()
            elif error is None or isinstance(error, BackCareError):
                health.report_answered()
        if not newest:
            return
        if error is None:
            task.on_done(outcome.result)
        elif isinstance(error, BackCareError):
            if task.on_error is not None:
                task.on_error(error)
            else:
                log.info("%s: %s", self._name, error.code)
        else:
            raise error


class StorageHealth(QObject):
    """What the workers learnt about the database: `unreachable()` when a task found it gone
    (or hangs), `answered()` when one got an answer. The desk's StorageWatch listens."""

    unreachable = Signal()
    answered = Signal()

    _instance: StorageHealth | None = None

    @classmethod
    def instance(cls) -> StorageHealth:
        if cls._instance is None or not shiboken6.isValid(cls._instance):
            cls._instance = cls()
        return cls._instance

    def report_unreachable(self) -> None:
        self.unreachable.emit()

    def report_answered(self) -> None:
        self.answered.emit()
