import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from intake.ics_export import appointments_ics, course_ics
from intake.models import Appointment
from intake.scheduling import (
    CourseRequest,
    Pattern,
    book_consultation,
    book_course,
    cancel_appointment,
    move_appointment,
    plan_course,
    soonest_consultation_slots,
)
from tests.intake.scheduling.factory import make_patient

LONDON = ZoneInfo("Europe/London")


def _events(data: bytes) -> list:
    cal = Calendar.from_ical(data)
    return [c for c in cal.walk("VEVENT")]


def _book(clinic, start=dt.datetime(2026, 10, 12, 8)):
    patient, _ = make_patient()
    plan = plan_course(CourseRequest(start, pattern=Pattern.weekly(2, weekdays=(0, 3)),
                                     preferred_time=dt.time(10), patient_id=patient))
    return book_course(patient, plan, clinic["staff"])


def test_course_across_dst_parses_back_to_exact_local_times(clinic):
    course_id = _book(clinic)  # Mon 12 Oct 2026 on; British Summer Time ends Sun 25 Oct
    data = course_ics(course_id, staff_id=clinic["staff"])
    cal = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    events = sorted(_events(data), key=lambda e: e["DTSTART"].dt)
    rows = list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at))
    assert len(events) == 12
    for event, row in zip(events, rows, strict=True):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert start.replace(tzinfo=None) == row.starts_at and end.replace(tzinfo=None) == row.ends_at
        assert start.astimezone(dt.UTC) == row.starts_at.replace(tzinfo=LONDON).astimezone(dt.UTC)
        assert str(event["UID"]) == row.uid and int(event["SEQUENCE"]) == 0
        assert str(event["STATUS"]) == "CONFIRMED"
    before, after = events[0]["DTSTART"].dt, events[-1]["DTSTART"].dt
    assert before.utcoffset() == dt.timedelta(hours=1) and after.utcoffset() == dt.timedelta(0)
    assert before.astimezone(dt.UTC).hour == 9 and after.astimezone(dt.UTC).hour == 10
    assert str(events[4]["SUMMARY"]) == "Acupuncture session 5 of 12"
    assert "Test clinic" in str(events[0]["LOCATION"])
    assert b"Ann" not in data and b"Lee" not in data


def test_reexport_keeps_uids_and_marks_moves_and_cancellations(clinic):
    course_id = _book(clinic, dt.datetime(2027, 1, 11, 8))
    first = {str(e["UID"]): e for e in _events(course_ics(course_id, staff_id=clinic["staff"]))}
    rows = list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at))
    move_appointment(rows[2].id, rows[2].starts_at + dt.timedelta(days=1, hours=4), clinic["staff"])
    cancel_appointment(rows[5].id, "patient", clinic["staff"], now=dt.datetime(2027, 1, 1))
    second = {str(e["UID"]): e for e in _events(course_ics(course_id, staff_id=clinic["staff"]))}
    assert set(second) == set(first)
    moved = second[rows[2].uid]
    assert int(moved["SEQUENCE"]) == 1
    assert moved["DTSTART"].dt.replace(tzinfo=None) == rows[2].starts_at + dt.timedelta(days=1, hours=4)
    cancelled = second[rows[5].uid]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) >= 1
    untouched = second[rows[0].uid]
    assert int(untouched["SEQUENCE"]) == 0 and untouched["DTSTART"].dt == first[rows[0].uid]["DTSTART"].dt


def test_consultation_ics_with_translated_summary(clinic):
    patient, _ = make_patient()
    slot = soonest_consultation_slots(dt.datetime(2027, 3, 29, 8), limit=1)[0]  # the week BST starts
    appointment_id = book_consultation(patient, slot, clinic["staff"])
    data = appointments_ics([appointment_id], summary=lambda kind, n, total: f"[{kind}]",
                            staff_id=clinic["staff"])
    (event,) = _events(data)
    assert str(event["SUMMARY"]) == "[consultation]"
    assert event["DTSTART"].dt.replace(tzinfo=None) == slot.starts_at
    assert event["DTSTART"].dt.utcoffset() == dt.timedelta(hours=1)


def test_only_booked_visits_are_confirmed_titles_unique_consultation_included(clinic):
    from intake.scheduling import add_makeup_session, mark_attended, mark_no_show

    patient, _ = make_patient()
    slot = soonest_consultation_slots(dt.datetime(2027, 1, 4, 8), limit=1)[0]
    consultation = book_consultation(patient, slot, clinic["staff"])
    plan = plan_course(CourseRequest(dt.datetime(2027, 1, 11, 8), pattern=Pattern.weekly(2, weekdays=(0, 3)),
                                     preferred_time=dt.time(10), patient_id=patient))
    course_id = book_course(patient, plan, clinic["staff"])
    rows = list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at))
    mark_attended(rows[0].id, clinic["staff"], today=rows[0].starts_at.date())
    cancel_appointment(rows[1].id, "patient", clinic["staff"], now=dt.datetime(2027, 1, 1))
    mark_no_show(rows[2].id, clinic["staff"], today=rows[2].starts_at.date())
    add_makeup_session(course_id, clinic["staff"])
    add_makeup_session(course_id, clinic["staff"])
    events = {str(e["UID"]): e for e in _events(course_ics(course_id, staff_id=clinic["staff"]))}
    by_id = {a.id: a for a in Appointment.select().where(Appointment.patient == patient)}
    assert by_id[consultation].uid in events
    for appointment in by_id.values():
        status = str(events[appointment.uid]["STATUS"])
        assert status == ("CONFIRMED" if appointment.status in ("booked", "attended") else "CANCELLED")
    titles = [str(e["SUMMARY"]) for e in events.values()]
    assert len(titles) == len(set(titles)) == 15
    assert sum("session 2 of 12" in t for t in titles) == 1
