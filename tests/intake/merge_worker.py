"""Run in a separate process (multiprocessing spawn) by test_merge.py: merge once, report how."""

from __future__ import annotations


def merge_once(url: str, kept_id: int, other_id: int, staff_id: int, barrier, results) -> None:
    from intake import db as dbmod
    from intake.errors import BackCareError
    from intake.merge import merge_patients

    dbmod.open_database(url, migrate=False)
    try:
        barrier.wait(timeout=30)
        merge_patients(kept_id, other_id, staff_id=staff_id)
        results.put(("won", None))
    except BackCareError as exc:
        results.put(("refused", f"{type(exc).__name__}:{exc.code}"))
    except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
        results.put(("error", f"{type(exc).__name__}:{exc}"))
    finally:
        dbmod.close_database()
