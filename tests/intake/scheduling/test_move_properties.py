"""Property test: moving sessions (one, or this and all following) never double-books and never
lands outside hours — either every session moves by the same offset or none does."""

import datetime as dt

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from intake.errors import BackCareError
from intake.models import Appointment, OpeningPeriod
from intake.scheduling import CourseRequest, Pattern, book_course, move_appointment, plan_course
from tests.intake.scheduling.factory import make_clinic, make_patient
from tests.intake.scheduling.test_planner_properties import TABLES

JAN = dt.datetime(2027, 1, 11, 8)


def _setup():
    for model in TABLES:
        model.delete().execute()
    clinic = make_clinic(practitioners=1, rooms=1)
    courses = []
    for n, hour in enumerate((10, 11)):
        patient, _ = make_patient(f"P{n}", "X")
        plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2), preferred_time=dt.time(hour),
                                         sessions=6, patient_id=patient))
        courses.append(book_course(patient, plan, clinic["staff"]))
    return clinic, courses


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 5), st.integers(-3 * 96, 3 * 96),
                                st.booleans()), min_size=1, max_size=4))
def test_moves_keep_the_calendar_sound(sqlite_db, moves):
    clinic, courses = _setup()
    opening = {}
    for row in OpeningPeriod.select():
        opening.setdefault(row.weekday, []).append((row.opens, row.closes))
    for which, index, quarters, following in moves:
        rows = list(Appointment.select().where(Appointment.course == courses[which]).order_by(Appointment.starts_at))
        target = rows[index]
        before = {a.id: a.starts_at for a in Appointment.select()}
        offset = dt.timedelta(minutes=15 * quarters)
        try:
            moved = move_appointment(target.id, target.starts_at + offset, clinic["staff"], following=following)
        except BackCareError as exc:
            event(f"refused: {exc.code}")
            assert {a.id: a.starts_at for a in Appointment.select()} == before
            continue
        event("moved")
        after = {a.id: a.starts_at for a in Appointment.select()}
        assert set(moved) == ({a.id for a in rows[index:]} if following else {target.id})
        assert all(after[i] == before[i] + offset for i in moved)
        assert all(after[i] == before[i] for i in before if i not in moved)
    booked = list(Appointment.select())
    for a in booked:
        begin = a.starts_at.hour * 60 + a.starts_at.minute
        assert any(o <= begin and begin + 45 <= c for o, c in opening.get(a.starts_at.weekday(), []))
        for b in booked:
            if a.id < b.id:
                assert not (a.starts_at < b.ends_at and b.starts_at < a.ends_at)
        same_course = [b for b in booked if b.course_id == a.course_id and b.id != a.id]
        assert all(b.starts_at.date() != a.starts_at.date() for b in same_course)
