"""A practitioner's buffer time between appointments, kept by every slot search and planner."""

import datetime as dt

import pytest

from intake import db as dbmod
from intake.models import Practitioner
from intake.scheduling import (
    CourseRequest,
    Pattern,
    Slot,
    SlotUnavailableError,
    book_consultation,
    check_slot,
    plan_course,
    soonest_consultation_slots,
)
from intake.scheduling.moves import plan_following_move
from tests.intake.scheduling.factory import make_clinic, make_patient

MON = dt.datetime(2027, 1, 11)


@pytest.fixture
def one(db):
    """One practitioner with a 15-minute buffer, two rooms; 10:00-10:30 already booked."""
    ids = make_clinic(practitioners=1)
    pid = ids["practitioners"][0]
    with dbmod.write():
        Practitioner.update(buffer_minutes=15).where(Practitioner.id == pid).execute()
    patient, _ = make_patient("Other", "Patient")
    book_consultation(patient, Slot(pid, ids["rooms"][0], MON.replace(hour=10),
                                    MON.replace(hour=10, minute=30)), ids["staff"])
    return ids


def test_a_slot_inside_the_buffer_is_refused(one):
    pid, room = one["practitioners"][0], one["rooms"][1]
    with pytest.raises(SlotUnavailableError) as info:
        check_slot(Slot(pid, room, MON.replace(hour=10, minute=30), MON.replace(hour=11)))
    assert info.value.code == "booked"
    check_slot(Slot(pid, room, MON.replace(hour=10, minute=45), MON.replace(hour=11, minute=15)))


def test_consultation_search_keeps_the_buffer(one):
    starts = [s.starts_at for s in soonest_consultation_slots(MON.replace(hour=9), limit=4)]
    # 09:00-09:30 ends 30 min before 10:00; 09:15 would end 15 min before ... 09:30 and 10:30 not
    assert MON.replace(hour=9, minute=30) not in starts
    assert MON.replace(hour=10, minute=30) not in starts
    assert starts[:2] == [MON.replace(hour=9), MON.replace(hour=9, minute=15)]
    assert MON.replace(hour=10, minute=45) in starts


def test_the_planner_keeps_the_buffer(one):
    patient, _ = make_patient()
    plan = plan_course(CourseRequest(MON, pattern=Pattern.weekly(2, weekdays=(0, 3)),
                                     preferred_time=dt.time(10, 30), patient_id=patient, sessions=2))
    assert plan.sessions[0].slot.starts_at == MON.replace(hour=10, minute=45)
    assert plan.sessions[0].moved and plan.sessions[0].reason == "booked"


def test_a_move_keeps_the_buffer(one):
    pid, room = one["practitioners"][0], one["rooms"][1]
    patient, _ = make_patient()
    appointment = book_consultation(patient, Slot(pid, room, MON.replace(hour=15), MON.replace(hour=15, minute=30)),
                                    one["staff"])
    with pytest.raises(SlotUnavailableError):
        plan_following_move(appointment, MON.replace(hour=10, minute=40), staff_id=one["staff"])
