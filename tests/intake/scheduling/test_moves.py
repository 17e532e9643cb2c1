"""'Move this and all following': what fits is shifted, a clash gets a proposed slot, all or none."""

import datetime as dt

import pytest

from intake import db as dbmod
from intake.models import Appointment, AuditEntry, TimeOff
from intake.scheduling import CourseRequest, Pattern, SlotUnavailableError, book_course, plan_course
from intake.scheduling.errors import SessionConflictError
from intake.scheduling.moves import apply_move_plan, plan_following_move
from tests.intake.scheduling.factory import make_patient

JAN = dt.datetime(2027, 1, 11, 8)


@pytest.fixture
def course(clinic):
    patient, _ = make_patient()
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)), preferred_time=dt.time(10),
                                     practitioner_id=clinic["practitioners"][0], patient_id=patient))
    return {"id": book_course(patient, plan, clinic["staff"]), "patient": patient, **clinic}


def _sessions(course_id):
    return list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at))


def _off(practitioner_id, day):
    with dbmod.write():
        TimeOff.create(practitioner=practitioner_id, starts_at=dt.datetime.combine(day, dt.time()),
                       ends_at=dt.datetime.combine(day, dt.time(23)))


def test_a_clash_gets_a_proposed_slot_and_the_rest_shift(course):
    before = _sessions(course["id"])
    blocked = before[8].starts_at.date() + dt.timedelta(days=1)  # session 9's new day
    _off(course["practitioners"][0], blocked)
    plan = plan_following_move(before[4].id, before[4].starts_at + dt.timedelta(days=1),
                               staff_id=course["staff"])
    assert [m.appointment_id for m in plan.moves] == [a.id for a in before[4:]]
    clash = [m for m in plan.moves if not m.shifted]
    assert [m.session_number for m in clash] == [9]
    assert clash[0].reason == "practitioner_off"
    # the same practitioner, the next day (forward first), at the same time
    assert clash[0].slot.practitioner_id == course["practitioners"][0]
    assert clash[0].slot.starts_at == dt.datetime.combine(blocked + dt.timedelta(days=1), dt.time(10))
    for move, appointment in zip(plan.moves, before[4:], strict=True):
        if move.shifted:
            assert move.slot.starts_at == appointment.starts_at + dt.timedelta(days=1)
    assert [a.starts_at for a in _sessions(course["id"])] == [a.starts_at for a in before]  # a preview
    moved = apply_move_plan(plan, course["staff"])
    assert moved == [a.id for a in before[4:]]
    after = {a.id: a for a in _sessions(course["id"])}
    assert [after[m.appointment_id].starts_at for m in plan.moves] == [m.slot.starts_at for m in plan.moves]
    assert sorted(a.session_number for a in after.values()) == list(range(1, 13))
    assert AuditEntry.select().where(AuditEntry.action == "appointment_moved").count() == 1


def test_the_chosen_session_itself_must_fit(course):
    before = _sessions(course["id"])
    target = before[4].starts_at + dt.timedelta(days=1)
    _off(course["practitioners"][0], target.date())
    with pytest.raises(SlotUnavailableError) as info:
        plan_following_move(before[4].id, target, staff_id=course["staff"])
    assert info.value.code == "practitioner_off"


def test_a_slot_taken_meanwhile_moves_nothing(course):
    before = _sessions(course["id"])
    plan = plan_following_move(before[4].id, before[4].starts_at + dt.timedelta(days=1),
                               staff_id=course["staff"])
    _off(course["practitioners"][0], plan.moves[-1].slot.starts_at.date())
    with pytest.raises(SessionConflictError) as info:
        apply_move_plan(plan, course["staff"])
    assert info.value.details["resource"] == "practitioner_off"
    assert [a.starts_at for a in _sessions(course["id"])] == [a.starts_at for a in before]
