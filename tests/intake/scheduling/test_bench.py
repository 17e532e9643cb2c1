"""bench/scheduling.py measures what its labels say, on a week whose bookings are known, and
leaves the database as it found it. No timing is compared with a limit: only relations that
hold however loaded the machine is."""

import math

from bench import scheduling as bench
from intake.models import Appointment, Intake, Patient, TreatmentCourse
from intake.scheduling import book_consultation, soonest_consultation_slots
from tests.intake.scheduling.conftest import PINNED_NOW
from tests.intake.scheduling.factory import make_patient


def _rows() -> dict[str, set]:
    return {model.__name__: {row.id for row in model.select(model.id)}
            for model in (Appointment, TreatmentCourse, Intake, Patient)}


def test_the_bench_measures_what_it_names_and_leaves_no_trace(db_url, clinic):
    first, second = clinic["practitioners"]
    # the clinic's week (PINNED_NOW is a Monday): two consultations with the first practitioner,
    # one with the second; the bench's course goes into the next week
    for n, practitioner in enumerate((first, first, second)):
        patient, intake = make_patient(f"Week{n}")
        slot = soonest_consultation_slots(PINNED_NOW, limit=1, practitioner_id=practitioner)[0]
        book_consultation(patient, slot, clinic["staff"], intake)
    before = _rows()

    rows = bench.run(db_url)

    assert [label for label, *_ in rows] == [
        "scheduling: plan 12 sessions (median)",
        "scheduling: book 12 sessions, one transaction (median)",
        "scheduling: plan + book 12 sessions (median)",
        "scheduling: week view, all practitioners (3 rows, median)",
        "scheduling: week view, one practitioner (2 rows, median)",  # the first booking's
        "scheduling: week view loaded and painted (3 blocks, median)",  # a block per row
    ]
    limits = [limit for _, _, limit, _ in rows]
    assert math.isnan(limits[0]) and math.isnan(limits[1])
    assert limits[2:] == [bench.PLAN_BOOK_TARGET_MS, bench.WEEK_TARGET_MS, bench.WEEK_TARGET_MS,
                          bench.FRAME_MS]
    assert all(measured > 0 and unit == "ms" for _, measured, _, unit in rows)
    plan, book, both = (measured for _, measured, _, _ in rows[:3])
    assert both >= plan and both >= book  # each run's total spans its plan and its booking
    assert _rows() == before  # the bench patient, their intake and courses are gone again
