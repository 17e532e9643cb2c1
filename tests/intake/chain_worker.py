"""Run in a separate process (multiprocessing spawn) by test_audit_chain_race.py: a desk that
writes audit rows as fast as it can, each in its own transaction."""

from __future__ import annotations


def write_rows(url: str, label: str, count: int, barrier, results) -> None:
    from intake import audit
    from intake import db as dbmod

    dbmod.open_database(url, migrate=False)
    try:
        barrier.wait(timeout=30)
        for i in range(count):
            audit.record("patient_viewed", staff_id=None, detail=f"{label} {i}")
        results.put((label, "done"))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put((label, type(exc).__name__))
    finally:
        dbmod.close_database()


def hold_database(url: str, ready, done) -> None:
    """A running desk: the database open and the instance lock held until `done` is set."""
    from intake import db as dbmod
    from intake.instance_lock import InstanceLock

    opened = dbmod.open_database(url, migrate=False)
    lock = InstanceLock(opened)
    lock.hold_shared()
    ready.set()
    done.wait(timeout=120)
    lock.release()
    dbmod.close_database()


def take_lease(url: str, holder: str, barrier, results) -> None:
    """A desk whose daily timer fires: try to take the backup lease."""
    from intake import backup_schedule
    from intake import db as dbmod

    dbmod.open_database(url, migrate=False)
    try:
        barrier.wait(timeout=30)
        results.put((holder, backup_schedule.take_lease(holder)))
    finally:
        dbmod.close_database()


def write_until_stopped(url: str, started, stop, results) -> None:
    """A desk writing audit rows (each its own transaction: row, seal, chain head) until `stop`
    is set, checkpointing its WAL into the file every few pages so that checkpoints run while a
    backup copies the file."""
    from intake import audit
    from intake import db as dbmod

    opened = dbmod.open_database(url, migrate=False)
    written = 0
    try:
        opened.execute_sql("PRAGMA wal_autocheckpoint=4")
        while not stop.is_set():
            audit.record("patient_viewed", staff_id=None, detail=f"writer {written}")
            written += 1
            if written == 20:
                started.set()
        results.put(("done", written))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        started.set()
        results.put((type(exc).__name__, written))
    finally:
        dbmod.close_database()
