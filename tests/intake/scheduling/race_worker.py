"""Run in a separate process (multiprocessing spawn) by test_race.py: book once, report how."""

from __future__ import annotations


def book(url: str, what: str, patient_id: int, payload, staff_id: int, barrier, results,
         database_only: bool = False) -> None:
    from intake import db as dbmod
    from intake.errors import BackCareError, ConflictError
    from intake.scheduling import book_consultation, book_course

    if database_only:  # skip Python's availability check: only the database guard stands
        from intake.scheduling.availability import Availability

        Availability.problem = lambda self, slot: None
    dbmod.open_database(url, migrate=False)
    try:
        barrier.wait(timeout=30)
        if what == "course":
            book_course(patient_id, payload, staff_id)
        else:
            book_consultation(patient_id, payload, staff_id)
        results.put(("won", None))
    except ConflictError as exc:
        results.put(("conflict", exc.details.get("session_number")))
    except BackCareError as exc:
        results.put(("error", f"{type(exc).__name__}:{exc.code}"))
    except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
        results.put(("error", f"{type(exc).__name__}:{exc}"))
    finally:
        dbmod.close_database()
