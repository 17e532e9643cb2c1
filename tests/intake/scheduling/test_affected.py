"""A closure, new opening hours or a practitioner's time off: the bookings left in closed time
are listed with a re-plan proposal and moved together; a closure in the past is refused."""

import datetime as dt

import pytest

from intake import clinic_setup
from intake import db as dbmod
from intake.errors import ValidationError
from intake.models import Appointment, AuditEntry, Staff
from intake.scheduling import CourseRequest, Pattern, book_course, plan_course
from intake.scheduling.affected import affected_bookings, rebook
from tests.intake.scheduling.factory import make_patient

JAN = dt.datetime(2027, 1, 11, 8)


@pytest.fixture
def course(clinic):
    with dbmod.write():
        admin = Staff.create(username="ada", display_name="Ada", role="admin", password_hash="x")
    patient, _ = make_patient()
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)), preferred_time=dt.time(10),
                                     practitioner_id=clinic["practitioners"][0], patient_id=patient))
    course_id = book_course(patient, plan, clinic["staff"])
    return {"id": course_id, "admin": admin.id, "patient": patient, **clinic}


def _sessions(course_id):
    return list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at))


def test_nothing_is_listed_while_every_booking_fits(course):
    assert affected_bookings(staff_id=course["staff"]) == []


def test_a_closure_lists_its_bookings_with_proposals_and_rebooks_them(course):
    before = _sessions(course["id"])
    clinic_setup.add_closure(dt.date(2027, 1, 18), dt.date(2027, 1, 22), "Refit", by_staff_id=course["admin"])
    items = affected_bookings(staff_id=course["staff"])
    assert [i.appointment_id for i in items] == [before[2].id, before[3].id]  # Mon 18 and Thu 21
    assert {(i.reason, i.detail) for i in items} == {("closure", "Refit")}
    assert items[0].patient_name == "Ann Lee"
    for item in items:
        assert item.proposal is not None
        assert not dt.date(2027, 1, 18) <= item.proposal.starts_at.date() <= dt.date(2027, 1, 22)
        assert item.proposal.practitioner_id == course["practitioners"][0]
        assert item.proposal.starts_at.time() == dt.time(10)
    assert len({i.proposal.starts_at.date() for i in items}) == 2
    assert all(i.proposal.starts_at.date() not in {s.starts_at.date() for s in before} for i in items)
    assert rebook(items, course["admin"]) == [i.appointment_id for i in items]
    assert affected_bookings(staff_id=course["staff"]) == []
    after = {a.id: a for a in _sessions(course["id"])}
    assert [after[i.appointment_id].starts_at for i in items] == [i.proposal.starts_at for i in items]
    assert sorted(a.session_number for a in after.values()) == list(range(1, 13))
    assert AuditEntry.select().where(AuditEntry.action == "bookings_replanned").count() == 1


def test_new_opening_hours_and_time_off_are_found_with_their_reason(course):
    before = _sessions(course["id"])
    week = clinic_setup.opening_hours(by_staff_id=course["admin"])
    week[3] = [(14 * 60, 18 * 60)]  # Thursdays afternoon only
    clinic_setup.set_opening_hours(week, by_staff_id=course["admin"])
    clinic_setup.add_time_off(course["practitioners"][0], dt.datetime(2027, 2, 1), dt.datetime(2027, 2, 2),
                              by_staff_id=course["admin"])
    items = {i.appointment_id: i for i in affected_bookings(staff_id=course["staff"])}
    thursdays = [a for a in before if a.starts_at.weekday() == 3]
    assert all(items[a.id].reason == "outside_hours" for a in thursdays)
    monday = next(a for a in before if a.starts_at.date() == dt.date(2027, 2, 1))
    assert items[monday.id].reason == "practitioner_off"


def test_a_closure_in_the_past_is_refused(clinic, pinned_now):
    with dbmod.write():
        admin = Staff.create(username="ada", display_name="Ada", role="admin", password_hash="x")
    with pytest.raises(ValidationError) as info:
        clinic_setup.add_closure(pinned_now.date() - dt.timedelta(days=1), by_staff_id=admin.id)
    assert (info.value.code, info.value.field) == ("in_the_past", "closure_first_day")
    clinic_setup.add_closure(pinned_now.date(), by_staff_id=admin.id)  # today is fine
