"""Two desks (two processes) book the same slots at the same moment: one wins, one is told."""

import datetime as dt
import multiprocessing

import pytest

from intake.models import Appointment
from intake.scheduling import CourseRequest, Pattern, plan_course, soonest_consultation_slots
from tests.intake.scheduling import race_worker
from tests.intake.scheduling.factory import make_patient

pytestmark = pytest.mark.slow
JAN = dt.datetime(2027, 1, 11, 8)


def _race(db_url, what, payloads, staff_id, database_only=False):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(payloads))
    results = ctx.Queue()
    procs = [
        ctx.Process(target=race_worker.book, args=(db_url, what, patient, payload, staff_id, barrier, results,
                                                   database_only))
        for patient, payload in payloads
    ]
    for proc in procs:
        proc.start()
    outcome = [results.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    return sorted(outcome, key=lambda r: r[0] != "won")


def _no_double_booking():
    rows = list(Appointment.select().where(Appointment.status.in_(("booked", "attended"))))
    for resource in ("practitioner_id", "room_id"):
        for a in rows:
            for b in rows:
                if a.id < b.id and getattr(a, resource) == getattr(b, resource):
                    assert not (a.starts_at < b.ends_at and b.starts_at < a.ends_at), (a.id, b.id)


@pytest.mark.parametrize("database_only", [False, True], ids=["checked", "guard_only"])
def test_two_processes_book_the_same_course(db_url, clinic, database_only):
    first, _ = make_patient("Ann", "One")
    second, _ = make_patient("Bea", "Two")
    request = CourseRequest(JAN, pattern=Pattern.weekly(2), preferred_time=dt.time(10),
                            practitioner_id=clinic["practitioners"][0], room_id=clinic["rooms"][0])
    plan_a = plan_course(request)
    plan_b = plan_course(request)
    assert plan_a.slots == plan_b.slots
    outcome = _race(db_url, "course", [(first, plan_a), (second, plan_b)], clinic["staff"], database_only)
    assert outcome[0] == ("won", None)
    assert outcome[1] == ("conflict", 1)
    assert Appointment.select().count() == 12
    assert len({a.patient_id for a in Appointment.select()}) == 1
    _no_double_booking()


def test_two_processes_book_the_same_consultation(db_url, clinic):
    first, _ = make_patient("Ann", "One")
    second, _ = make_patient("Bea", "Two")
    slot = soonest_consultation_slots(JAN, limit=1)[0]
    outcome = _race(db_url, "consultation", [(first, slot), (second, slot)], clinic["staff"])
    assert [kind for kind, _ in outcome] == ["won", "conflict"]
    assert Appointment.select().count() == 1
    _no_double_booking()


def test_two_desks_book_a_free_consultation_for_one_patient_at_once(db_url, clinic):
    """One free consultation per episode (issue 15) holds when two desks book different times
    for the same patient at the same moment: the patient row (PostgreSQL) or the write lock
    (SQLite) makes the second desk see the first one's booking."""
    patient, _ = make_patient("Ann", "One")
    p0, p1 = clinic["practitioners"]
    slot_a = soonest_consultation_slots(JAN, limit=1, practitioner_id=p0)[0]
    slot_b = soonest_consultation_slots(JAN + dt.timedelta(days=1), limit=1, practitioner_id=p1)[0]
    outcome = _race(db_url, "consultation", [(patient, slot_a), (patient, slot_b)], clinic["staff"])
    assert sorted(kind for kind, _ in outcome) == ["error", "won"]
    assert [detail for kind, detail in outcome if kind == "error"] == ["NotAllowedError:second_consultation"]
    assert Appointment.select().where(Appointment.patient == patient).count() == 1


def test_two_desks_cannot_both_book_inside_a_practitioners_buffer(db_url, clinic):
    """Back-to-back consultations in two rooms for a practitioner who needs 15 minutes between
    appointments: the desks are serialised on the practitioner's row, so the second one sees the
    first booking and is refused."""
    from intake import db as dbmod
    from intake.models import Practitioner
    from intake.scheduling import Slot

    pid = clinic["practitioners"][0]
    with dbmod.write():
        Practitioner.update(buffer_minutes=15).where(Practitioner.id == pid).execute()
    first, _ = make_patient("Ann", "One")
    second, _ = make_patient("Bea", "Two")
    ten = dt.datetime(2027, 1, 11, 10)
    slots = [Slot(pid, clinic["rooms"][0], ten, ten + dt.timedelta(minutes=30)),
             Slot(pid, clinic["rooms"][1], ten + dt.timedelta(minutes=30), ten + dt.timedelta(hours=1))]
    outcome = _race(db_url, "consultation", [(first, slots[0]), (second, slots[1])], clinic["staff"])
    assert [o[0] for o in outcome] == ["won", "conflict"]
    assert Appointment.select().count() == 1
