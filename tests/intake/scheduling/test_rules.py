"""The scheduling rules a clinic expects (issue 17): the patient's practitioner kept, nothing in
the past, holidays moved forward first, even spacing, the 90 days from the first session, advice
that matches the cause."""

import datetime as dt

import pytest

from intake import clinic as clinic_mod
from intake import db as dbmod
from intake.errors import ValidationError
from intake.models import Appointment, Closure, TimeOff
from intake.scheduling import (
    CannotFitError,
    CourseRequest,
    Pattern,
    SessionConflictError,
    Slot,
    SlotUnavailableError,
    book_consultation,
    book_course,
    check_slot,
    move_appointment,
    plan_course,
)
from tests.intake.scheduling.factory import make_clinic, make_patient

JAN = dt.datetime(2027, 1, 11, 8)  # an ordinary Monday


def _off(practitioner_id: int, first: dt.date, last: dt.date) -> None:
    with dbmod.write():
        TimeOff.create(practitioner=practitioner_id, starts_at=dt.datetime.combine(first, dt.time()),
                       ends_at=dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))


def _consultation_with(clinic, practitioner_id: int) -> int:
    patient, _ = make_patient()
    book_consultation(patient, Slot(practitioner_id, clinic["rooms"][0], dt.datetime(2027, 1, 8, 9),
                                    dt.datetime(2027, 1, 8, 9, 30)), clinic["staff"])
    return patient


def test_any_practitioner_keeps_the_patients_practitioner_after_a_day_off(clinic):
    p0, p1 = clinic["practitioners"]
    patient = _consultation_with(clinic, p1)  # the patient saw the second practitioner
    _off(p1, dt.date(2027, 1, 12), dt.date(2027, 1, 15))  # off Tue-Fri of the first week
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)),
                                     preferred_time=dt.time(10), patient_id=patient))
    second = plan.sessions[1]
    assert second.slot.practitioner_id == p0
    assert second.practitioner_changed and second.practitioner_reason == "practitioner_off"
    others = [s for s in plan.sessions if s.number != 2]
    assert {s.slot.practitioner_id for s in others} == {p1}
    assert not any(s.practitioner_changed for s in others)


def test_a_day_off_moves_the_session_forward_with_the_same_practitioner(clinic):
    p0, _ = clinic["practitioners"]
    patient = _consultation_with(clinic, p0)
    _off(p0, dt.date(2027, 1, 14), dt.date(2027, 1, 14))  # Thursday of the first week
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)),
                                     preferred_time=dt.time(10), patient_id=patient))
    second = plan.sessions[1]
    assert second.slot.starts_at == dt.datetime(2027, 1, 15, 10)  # Friday, not another practitioner
    assert second.moved and second.reason == "practitioner_off"
    assert {s.slot.practitioner_id for s in plan.sessions} == {p0}


def test_a_course_cannot_start_in_the_past(clinic, pinned_now):
    with pytest.raises(ValidationError) as info:
        plan_course(CourseRequest(pinned_now - dt.timedelta(days=1)))
    assert (info.value.code, info.value.field) == ("in_the_past", "start")
    plan = plan_course(CourseRequest(dt.datetime.combine(pinned_now.date(), dt.time()), sessions=2))
    assert plan.sessions[0].slot.starts_at >= pinned_now  # today, but not before now


def test_a_booking_or_a_move_into_the_past_is_refused(clinic):
    p0, _ = clinic["practitioners"]
    room = clinic["rooms"][0]
    patient, _ = make_patient()
    past = Slot(p0, room, dt.datetime(2026, 5, 29, 10), dt.datetime(2026, 5, 29, 10, 30))
    with pytest.raises(SlotUnavailableError) as info:
        check_slot(past)
    assert info.value.code == "in_the_past"
    with pytest.raises(SlotUnavailableError) as info:
        book_consultation(patient, past, clinic["staff"])
    assert info.value.code == "in_the_past"
    assert not Appointment.select().exists()
    later = Slot(p0, room, dt.datetime(2026, 6, 2, 10), dt.datetime(2026, 6, 2, 10, 30))
    appointment = book_consultation(patient, later, clinic["staff"])
    with pytest.raises(SlotUnavailableError) as info:
        move_appointment(appointment, dt.datetime(2026, 5, 29, 10), clinic["staff"])
    assert info.value.code == "in_the_past"
    assert Appointment.get_by_id(appointment).starts_at == later.starts_at


def test_a_plan_whose_first_session_has_passed_is_not_booked(clinic):
    patient, _ = make_patient()
    plan = plan_course(CourseRequest(JAN, preferred_time=dt.time(10), patient_id=patient))
    with clinic_mod.as_of(dt.datetime(2027, 1, 11, 11)), pytest.raises(SessionConflictError) as info:
        book_course(patient, plan, clinic["staff"])
    assert info.value.details["resource"] == "in_the_past"
    assert not Appointment.select().exists()


def test_a_holiday_moves_a_session_forward_first(clinic):
    plan = plan_course(CourseRequest(dt.datetime(2026, 12, 28, 8), pattern=Pattern.on_weekdays((1, 4)),
                                     preferred_time=dt.time(10), sessions=4))
    new_year = next(s for s in plan.sessions if s.intended.date() == dt.date(2027, 1, 1))
    assert new_year.reason == "holiday"
    assert new_year.slot.starts_at == dt.datetime(2027, 1, 4, 10)  # Monday after, not Thursday before


@pytest.mark.parametrize("start", [dt.date(2027, 1, 11), dt.date(2027, 1, 13), dt.date(2027, 1, 16)])
def test_two_a_week_are_three_or_four_days_apart_from_the_first_week(db, start):
    make_clinic(weekdays=range(6))  # open Monday to Saturday
    plan = plan_course(CourseRequest(dt.datetime.combine(start, dt.time(8)), pattern=Pattern.weekly(2),
                                     preferred_time=dt.time(10)))
    days = [s.slot.starts_at.date() for s in plan.sessions]
    assert days[0] == start  # the first week is not skipped
    assert {(b - a).days for a, b in zip(days, days[1:], strict=False)} <= {3, 4}


def test_the_ninety_days_run_from_the_first_session(clinic):
    with dbmod.write():
        Closure.create(first_day=dt.date(2027, 1, 11), last_day=dt.date(2027, 1, 31), reason="refit")
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(1), preferred_time=dt.time(10)))
    assert plan.sessions[0].slot.starts_at.date() == dt.date(2027, 2, 1)
    assert plan.window_end == dt.date(2027, 2, 1) + dt.timedelta(days=90)
    assert len(plan.sessions) == 12


def test_advice_says_more_per_week_when_that_would_fit(clinic):
    with pytest.raises(CannotFitError) as info:
        plan_course(CourseRequest(JAN, pattern=Pattern.weekly(1), sessions=12, window_days=60))
    assert info.value.details["advice"] == "more_per_week"
    assert info.value.details["per_week"] == 2
    assert info.value.details["window_end"] == dt.date(2027, 3, 12)


def test_advice_says_fully_booked_when_the_diary_is_the_cause(clinic):
    p0, _ = clinic["practitioners"]
    _off(p0, dt.date(2027, 2, 1), dt.date(2027, 6, 30))
    with pytest.raises(CannotFitError) as info:
        plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2), practitioner_id=p0))
    assert info.value.details["advice"] == "fully_booked"
    assert info.value.details["placed"] == 7  # up to Friday 29 January
