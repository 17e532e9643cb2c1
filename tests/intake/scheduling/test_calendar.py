import datetime as dt

from playhouse.test_utils import assert_query_count

from intake.scheduling import (
    CourseRequest,
    Pattern,
    book_consultation,
    book_course,
    cancel_appointment,
    day_appointments,
    plan_course,
    soonest_consultation_slots,
    todays_list,
    week_appointments,
)
from intake.scheduling.calendar import AppointmentRow
from tests.intake.scheduling.factory import make_patient

JAN = dt.datetime(2027, 1, 11, 8)


def _fill(clinic, patients=6):
    ids = []
    for n in range(patients):
        patient, _ = make_patient(f"Pat{n}", f"Smith{n}")
        plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(3), preferred_time=dt.time(9 + n),
                                         kind="electro" if n % 2 else "standard", patient_id=patient))
        ids.append(book_course(patient, plan, clinic["staff"]))
    return ids


def test_week_rows_carry_what_the_calendar_shows(clinic):
    _fill(clinic, patients=2)
    consult_patient, _ = make_patient("Cee", "Jay")
    slot = soonest_consultation_slots(dt.datetime(2027, 1, 12, 12), limit=1)[0]
    book_consultation(consult_patient, slot, clinic["staff"])
    rows = week_appointments(dt.date(2027, 1, 11), staff_id=clinic["staff"])
    assert len(rows) == 2 * 3 + 1
    assert rows == sorted(rows, key=lambda r: (r.starts_at, r.practitioner_id, r.id))
    first = rows[0]
    assert isinstance(first, AppointmentRow)
    assert (first.patient_name, first.kind, first.status, first.session_number, first.sessions_planned) == (
        "Pat0 Smith0", "treatment", "booked", 1, 12)
    assert first.course_kind == "standard" and first.colour.startswith("#") and first.room_name.startswith("Room")
    assert first.starts_at == dt.datetime(2027, 1, 11, 9)
    consult = next(r for r in rows if r.kind == "consultation")
    assert (consult.course_id, consult.session_number, consult.sessions_planned) == (None, None, None)
    assert consult.patient_name == "Cee Jay"


def test_filters_and_cancelled_rows(clinic):
    _fill(clinic, patients=2)
    day = day_appointments(dt.date(2027, 1, 11), staff_id=clinic["staff"])
    assert len(day) == 2
    cancel_appointment(day[0].id, "patient", clinic["staff"], now=dt.datetime(2027, 1, 1))
    rows = day_appointments(dt.date(2027, 1, 11), staff_id=clinic["staff"])
    assert [r.status for r in rows] == ["cancelled_patient", "booked"]
    assert len(day_appointments(dt.date(2027, 1, 11), staff_id=clinic["staff"], include_cancelled=False)) == 1
    p = rows[1].practitioner_id
    assert all(r.practitioner_id == p for r in week_appointments(dt.date(2027, 1, 11), staff_id=clinic["staff"], practitioner_id=p))
    room = rows[1].room_id
    assert all(r.room_id == room for r in week_appointments(dt.date(2027, 1, 11), staff_id=clinic["staff"], room_id=room))
    assert todays_list(dt.date(2027, 1, 11), staff_id=clinic["staff"]) == rows
    assert todays_list(dt.date(2027, 1, 9), staff_id=clinic["staff"]) == []


def test_week_view_is_one_query(clinic):
    """One query for the rows, whatever their number, and one for who acts (the role check)."""
    _fill(clinic, patients=6)
    with assert_query_count(2):
        rows = week_appointments(dt.date(2027, 1, 11), staff_id=clinic["staff"])
    assert len(rows) == 18 and len({r.patient_name for r in rows}) == 6
    with assert_query_count(2):
        day_appointments(dt.date(2027, 1, 13), staff_id=clinic["staff"], practitioner_id=clinic["practitioners"][0])
