import datetime as dt

from intake.scheduling import CourseRequest, Pattern, book_course, plan_course, soonest_consultation_slots
from tests.intake.scheduling.factory import make_clinic, make_patient


def test_plan_and_book(db):
    ids = make_clinic()
    patient, intake = make_patient()
    slots = soonest_consultation_slots(dt.datetime(2026, 12, 21, 8), limit=3)
    assert [s.starts_at for s in slots] == [dt.datetime(2026, 12, 21, 9, 0), dt.datetime(2026, 12, 21, 9, 15), dt.datetime(2026, 12, 21, 9, 30)]
    plan = plan_course(CourseRequest(dt.datetime(2026, 12, 21, 8), pattern=Pattern.weekly(2), preferred_time=dt.time(10), patient_id=patient))
    for s in plan.sessions:
        print(s.number, s.slot.starts_at.strftime("%a %d %b %H:%M"), s.intended.strftime("%a %d %b"), s.moved, s.reason, s.detail)
    course = book_course(patient, plan, ids["staff"])
    assert course
