import datetime as dt

import pytest

from intake import db as dbmod
from intake.models import Appointment, Closure, HolidayOpening, TimeOff
from intake.scheduling import (
    CannotFitError,
    CourseRequest,
    Pattern,
    Slot,
    SlotUnavailableError,
    check_slot,
    plan_course,
    replace_session,
)
from intake.scheduling.planner import intended_days, spread

MON = dt.datetime(2026, 12, 21, 8)  # Monday before Christmas (GB holidays 25, 28 Dec, 1 Jan)
JAN = dt.datetime(2027, 1, 11, 8)  # an ordinary Monday


def test_spread_picks_evenly_spaced_open_days():
    assert spread(1, [0, 1, 2, 3, 4]) == [0]
    assert spread(3, [0, 1, 2, 3, 4]) == [0, 2, 4]
    assert spread(4, [0, 1, 2, 3, 4]) == [0, 2, 3, 4]
    assert spread(9, [0, 2, 4]) == [0, 2, 4]


def test_phased_pattern_three_then_two_per_week():
    days = intended_days(Pattern.phased((3, 2), (2, None)), dt.date(2027, 1, 11), [0, 1, 2, 3, 4])
    first = [next(days) for _ in range(8)]
    assert [d.isoformat() for d in first] == [
        "2027-01-11", "2027-01-13", "2027-01-15", "2027-01-18", "2027-01-20", "2027-01-22",
        "2027-01-25", "2027-01-28",
    ]


def test_weekdays_and_every_k_days_patterns():
    days = intended_days(Pattern.on_weekdays((1, 3)), dt.date(2027, 1, 11), [0, 1, 2, 3, 4])
    assert [next(days).weekday() for _ in range(4)] == [1, 3, 1, 3]
    days = intended_days(Pattern.every(4), dt.date(2027, 1, 11), [])
    assert [next(days) for _ in range(3)] == [dt.date(2027, 1, 11), dt.date(2027, 1, 15), dt.date(2027, 1, 19)]


def test_bad_pattern_is_a_validation_error(clinic):
    with pytest.raises(Exception) as info:
        plan_course(CourseRequest(JAN, pattern=Pattern.every(0)))
    assert getattr(info.value, "field", None) == "pattern"


def test_plain_course_keeps_the_pattern_at_the_preferred_time(clinic):
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)),
                                     preferred_time=dt.time(10, 30)))
    assert len(plan.sessions) == 12
    assert all(not s.moved for s in plan.sessions)
    assert {s.slot.starts_at.weekday() for s in plan.sessions} == {0, 3}
    assert all(s.slot.starts_at.time() == dt.time(10, 30) for s in plan.sessions)
    assert all(s.slot.minutes == 45 for s in plan.sessions)
    # continuity: the same practitioner and room throughout
    assert len({s.slot.practitioner_id for s in plan.sessions}) == 1
    assert len({s.slot.room_id for s in plan.sessions}) == 1


def test_holiday_moves_a_session_with_its_name(clinic):
    plan = plan_course(CourseRequest(MON, pattern=Pattern.on_weekdays((0, 4)), preferred_time=dt.time(10)))
    christmas = next(s for s in plan.sessions if s.intended.date() == dt.date(2026, 12, 25))
    assert christmas.moved and christmas.reason == "holiday" and christmas.detail == "Christmas Day"
    assert christmas.slot.starts_at == dt.datetime(2026, 12, 24, 10)  # a day earlier: 28 Dec is a holiday too
    assert christmas.intended == dt.datetime(2026, 12, 25, 10)
    assert all(s.slot.starts_at.date() not in (dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1))
               for s in plan.sessions)


def test_holiday_marked_open_is_bookable(clinic):
    with dbmod.write():
        HolidayOpening.create(day=dt.date(2026, 12, 28))
    plan = plan_course(CourseRequest(MON, pattern=Pattern.on_weekdays((0,)), preferred_time=dt.time(10),
                                     sessions=2))
    assert plan.sessions[1].slot.starts_at == dt.datetime(2026, 12, 28, 10)
    assert not plan.sessions[1].moved


def test_closure_and_time_off_and_bookings_give_reasons(clinic):
    p0, p1 = clinic["practitioners"]
    with dbmod.write():
        Closure.create(first_day=dt.date(2027, 1, 14), last_day=dt.date(2027, 1, 14), reason="Training")
        TimeOff.create(practitioner=p0, starts_at=dt.datetime(2027, 1, 18), ends_at=dt.datetime(2027, 1, 19))
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)), preferred_time=dt.time(10),
                                     practitioner_id=p0, sessions=4))
    by_day = {s.intended.date(): s for s in plan.sessions}
    closed = by_day[dt.date(2027, 1, 14)]
    assert (closed.moved, closed.reason, closed.detail) == (True, "closure", "Training")
    off = by_day[dt.date(2027, 1, 18)]
    assert (off.moved, off.reason) == (True, "practitioner_off")
    assert all(s.slot.practitioner_id == p0 for s in plan.sessions)


def test_booked_time_moves_to_nearest_free_time_same_day(clinic):
    p0, _ = clinic["practitioners"]
    r0, _ = clinic["rooms"]
    from tests.intake.scheduling.factory import make_patient
    other, _ = make_patient("Bo", "Other")
    with dbmod.write():
        Appointment.create(patient=other, kind="treatment", practitioner=p0, room=r0, uid="x@t",
                           starts_at=dt.datetime(2027, 1, 11, 10), ends_at=dt.datetime(2027, 1, 11, 10, 45))
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(1), preferred_time=dt.time(10),
                                     practitioner_id=p0, sessions=1))
    first = plan.sessions[0]
    assert first.moved and first.reason == "booked"
    assert first.slot.starts_at.date() == dt.date(2027, 1, 11)
    assert abs(first.slot.starts_at - dt.datetime(2027, 1, 11, 10)) <= dt.timedelta(minutes=45)


def test_lunch_break_is_outside_hours(clinic):
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(1), preferred_time=dt.time(12, 45), sessions=1))
    first = plan.sessions[0]
    assert first.moved and first.reason == "outside_hours"
    assert first.slot.starts_at in (dt.datetime(2027, 1, 11, 12, 15), dt.datetime(2027, 1, 11, 14))


def test_weekend_intended_day_moves_to_a_weekday(clinic):
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.on_weekdays((5,)), sessions=2))
    assert [s.reason for s in plan.sessions] == ["outside_hours", "outside_hours"]
    assert all(s.slot.starts_at.weekday() < 5 for s in plan.sessions)


def test_cannot_fit_is_a_typed_answer(clinic):
    with pytest.raises(CannotFitError) as info:
        plan_course(CourseRequest(JAN, pattern=Pattern.every(10), sessions=12))
    assert info.value.code == "cannot_fit"
    assert info.value.details["sessions"] == 12
    assert info.value.details["placed"] == 10  # 11 Jan … 11 Apr: 90 days from the first session
    # the cause is the pattern, not a full diary: more per week would fit, and says how many
    assert info.value.details["advice"] == "more_per_week"
    assert info.value.details["per_week"] == 1
    # a wider window fits
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.every(10), sessions=12, window_days=130))
    assert len(plan.sessions) == 12


def test_check_slot_and_replace_session(clinic):
    p0, p1 = clinic["practitioners"]
    r0, r1 = clinic["rooms"]
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)), preferred_time=dt.time(10),
                                     sessions=4))
    saturday = Slot(p0, r0, dt.datetime(2027, 1, 16, 10), dt.datetime(2027, 1, 16, 10, 45))
    with pytest.raises(SlotUnavailableError) as info:
        check_slot(saturday)
    assert info.value.code == "outside_hours" and info.value.field == "starts_at"
    same_day = Slot(p1, r1, dt.datetime(2027, 1, 11, 15), dt.datetime(2027, 1, 11, 15, 45))
    with pytest.raises(SlotUnavailableError) as info:
        replace_session(plan, 2, same_day)
    assert info.value.code == "same_day"
    tuesday = Slot(p1, r1, dt.datetime(2027, 1, 12, 15), dt.datetime(2027, 1, 12, 15, 45))
    changed = replace_session(plan, 2, tuesday)
    second = changed.sessions[1]
    assert second.slot == tuesday and second.moved and second.reason == "staff_choice"
    assert second.intended == dt.datetime(2027, 1, 14, 10)
    # moved past session 3: renumbered by time
    later = Slot(p1, r1, dt.datetime(2027, 1, 19, 15), dt.datetime(2027, 1, 19, 15, 45))
    reordered = replace_session(plan, 1, later)
    assert [s.number for s in reordered.sessions] == [1, 2, 3, 4]
    assert [s.slot.starts_at for s in reordered.sessions] == sorted(s.slot.starts_at for s in reordered.sessions)


def test_holidays_follow_the_clinic_region_and_fall_back_to_the_country(db):
    from intake.models import Clinic
    from intake.scheduling import closed_holidays
    from tests.intake.scheduling.factory import make_clinic

    make_clinic(region="SCT")
    scottish = closed_holidays(dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert dt.date(2027, 1, 4) in scottish  # 2 January (observed), Scotland only
    with dbmod.write():
        Clinic.update(region="XXX").execute()
    fallback = closed_holidays(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert fallback[dt.date(2026, 12, 25)] == "Christmas Day"
    with dbmod.write():
        Clinic.update(country="ZZ", region="").execute()
    assert closed_holidays(dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == {}


def test_a_session_pushed_onto_the_next_ones_day_moves_that_one_too(clinic):
    with dbmod.write():
        Closure.create(first_day=dt.date(2027, 1, 11), last_day=dt.date(2027, 1, 13), reason="Refurbishment")
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.on_weekdays((0, 3)), preferred_time=dt.time(10), sessions=3))
    first, second, third = plan.sessions
    assert (first.slot.starts_at, first.reason, first.detail) == (dt.datetime(2027, 1, 14, 10), "closure", "Refurbishment")
    assert (second.slot.starts_at, second.reason) == (dt.datetime(2027, 1, 15, 10), "previous_moved")
    assert second.intended == dt.datetime(2027, 1, 14, 10)
    assert (third.slot.starts_at, third.moved) == (dt.datetime(2027, 1, 18, 10), False)


def test_pattern_starts_next_day_when_the_preferred_time_has_passed(clinic):
    plan = plan_course(CourseRequest(dt.datetime(2027, 1, 11, 15), pattern=Pattern.every(2),
                                     preferred_time=dt.time(10), sessions=2))
    assert [s.slot.starts_at for s in plan.sessions] == [dt.datetime(2027, 1, 12, 10), dt.datetime(2027, 1, 14, 10)]
    assert not any(s.moved for s in plan.sessions)
