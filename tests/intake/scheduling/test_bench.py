import math

from bench.scheduling import run
from intake.models import Appointment, Patient
from tests.intake.scheduling.factory import make_patient


def test_bench_runs_and_leaves_no_trace(db_url, clinic):
    make_patient()
    rows = run(db_url)
    labels = [label for label, *_ in rows]
    assert any("plan + book 12 sessions" in label for label in labels)
    assert any("week view" in label for label in labels)
    assert all(measured > 0 and (math.isnan(target) or target > 0) and unit == "ms"
               for _, measured, target, unit in rows)
    assert Appointment.select().count() == 0 and Patient.select().count() == 1
