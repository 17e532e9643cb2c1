"""Property tests of the planner (SQLite: one database per test, emptied for every example)."""

import datetime as dt

import holidays as holidays_lib
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from intake import db as dbmod
from intake.errors import ConflictError
from intake.models import (
    Appointment,
    Clinic,
    Closure,
    HolidayOpening,
    Intake,
    OpeningPeriod,
    Patient,
    Practitioner,
    PractitionerHours,
    Room,
    Staff,
    TimeOff,
    TreatmentCourse,
)
from intake.scheduling import CannotFitError, CourseRequest, Pattern, book_course, plan_course
from intake.scheduling.booking import new_uid
from intake.scheduling.planner import KINDS

MOVE_REASONS = {"holiday", "closure", "outside_hours", "practitioner_off", "booked", "patient_booked",
                "previous_moved"}
TABLES = [Appointment, TreatmentCourse, Intake, Patient, TimeOff, PractitionerHours, Staff, Practitioner,
          Room, HolidayOpening, Closure, OpeningPeriod, Clinic]

patterns = st.one_of(
    st.builds(Pattern.weekly, st.integers(1, 5), st.none() | st.integers(1, 4)),
    st.builds(lambda a, b: Pattern.phased((a, 2), (b, None)), st.integers(2, 4), st.integers(1, 3)),
    st.builds(Pattern.on_weekdays, st.sets(st.integers(0, 6), min_size=1, max_size=4).map(tuple)),
    st.builds(Pattern.every, st.integers(1, 8)),
)


@st.composite
def scenarios(draw):
    return {
        "start": draw(st.datetimes(dt.datetime(2026, 11, 1), dt.datetime(2027, 5, 1))).replace(
            second=0, microsecond=0),
        "weekdays": draw(st.sets(st.integers(0, 6), min_size=1, max_size=6)),
        "opens": draw(st.integers(7, 10)) * 60,
        "lunch": draw(st.booleans()),
        "practitioners": draw(st.integers(1, 3)),
        "rooms": draw(st.integers(1, 2)),
        "hours": draw(st.booleans()),
        "closures": draw(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 6)), max_size=3)),
        "holiday_open": draw(st.booleans()),
        "time_off": draw(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 72)), max_size=3)),
        "bookings": draw(st.lists(st.tuples(st.integers(0, 60), st.integers(8 * 4, 18 * 4),
                                            st.integers(0, 2), st.integers(0, 1)), max_size=25)),
        "pattern": draw(patterns),
        "sessions": draw(st.integers(1, 14)),
        "preferred": draw(st.none() | st.times(dt.time(8), dt.time(18)).map(lambda t: t.replace(
            minute=t.minute // 15 * 15, second=0, microsecond=0))),
        "fixed_practitioner": draw(st.booleans()),
        "kind": draw(st.sampled_from(KINDS)),
        "window_days": draw(st.none() | st.integers(7, 45)),
    }


def _build(sc):
    for model in TABLES:
        model.delete().execute()
    base = sc["start"].date()
    with dbmod.write():
        Clinic.create(name="Prop", country="GB", region="ENG")
        periods = [(sc["opens"], 12 * 60), (13 * 60, 18 * 60)] if sc["lunch"] else [(sc["opens"], 18 * 60)]
        for weekday in sc["weekdays"]:
            for opens, closes in periods:
                OpeningPeriod.create(weekday=weekday, opens=opens, closes=closes)
        pids = [Practitioner.create(name=f"P{n}").id for n in range(sc["practitioners"])]
        rids = [Room.create(name=f"R{n}").id for n in range(sc["rooms"])]
        if sc["hours"]:
            for n, pid in enumerate(pids):
                for weekday in sc["weekdays"]:
                    PractitionerHours.create(practitioner=pid, weekday=weekday, starts=(9 + n) * 60, ends=17 * 60)
        for offset, length in sc["closures"]:
            first = base + dt.timedelta(days=offset)
            Closure.create(first_day=first, last_day=first + dt.timedelta(days=length), reason="c")
        if sc["holiday_open"]:
            HolidayOpening.create(day=dt.date(2026, 12, 28))
        for offset, hours in sc["time_off"]:
            starts = dt.datetime.combine(base + dt.timedelta(days=offset), dt.time(8))
            TimeOff.create(practitioner=pids[offset % len(pids)], starts_at=starts,
                           ends_at=starts + dt.timedelta(hours=hours))
        staff = Staff.create(username="s", display_name="S", role="front_desk", password_hash="x")
        other = Patient.create(first_name="O", last_name="O", name_key="o o", date_of_birth=dt.date(1970, 1, 1))
        patient = Patient.create(first_name="P", last_name="P", name_key="p p", date_of_birth=dt.date(1970, 1, 1))
        Intake.create(patient=patient, first_name="P", last_name="P")
    for offset, quarter, p, r in sc["bookings"]:
        starts = dt.datetime.combine(base + dt.timedelta(days=offset), dt.time()) + dt.timedelta(minutes=15 * quarter)
        try:
            with dbmod.write():
                Appointment.create(patient=other, kind="treatment", practitioner=pids[p % len(pids)],
                                   room=rids[r % len(rids)], starts_at=starts,
                                   ends_at=starts + dt.timedelta(minutes=45), uid=new_uid())
        except ConflictError:
            pass
    return pids, rids, staff.id, patient.id


def _holidays(first, last):
    found = holidays_lib.country_holidays("GB", subdiv="ENG", years=range(first.year, last.year + 1))
    opened = {row.day for row in HolidayOpening.select()}
    return {d for d in found if d not in opened}


def _check(sc, plan, pids, rids, count):
    sessions = plan.sessions
    assert len(sessions) == count
    assert [s.number for s in sessions] == list(range(1, count + 1))
    starts = [s.slot.starts_at for s in sessions]
    assert starts == sorted(starts) and len({t.date() for t in starts}) == count
    assert starts[0] >= sc["start"] and starts[-1].date() <= plan.window_end
    off_days = _holidays(starts[0].date(), starts[-1].date())
    closures = list(Closure.select())
    opening = {}
    for row in OpeningPeriod.select():
        opening.setdefault(row.weekday, []).append((row.opens, row.closes))
    hours = {}
    for row in PractitionerHours.select():
        hours.setdefault((row.practitioner_id, row.weekday), []).append((row.starts, row.ends))
    time_off = [(r.practitioner_id, r.starts_at, r.ends_at) for r in TimeOff.select()]
    busy = [(a.practitioner_id, a.room_id, a.starts_at, a.ends_at) for a in Appointment.select()]
    for s in sessions:
        slot, day = s.slot, s.slot.starts_at.date()
        begin = slot.starts_at.hour * 60 + slot.starts_at.minute
        end = begin + plan.minutes
        assert slot.ends_at - slot.starts_at == dt.timedelta(minutes=plan.minutes)
        assert day not in off_days
        assert not any(c.first_day <= day <= c.last_day for c in closures)
        assert any(o <= begin and end <= c for o, c in opening.get(day.weekday(), []))
        if sc["hours"]:
            assert any(a <= begin and end <= b for a, b in hours.get((slot.practitioner_id, day.weekday()), []))
        assert not any(p == slot.practitioner_id and a < slot.ends_at and slot.starts_at < b for p, a, b in time_off)
        for p, r, a, b in busy:
            if a < slot.ends_at and slot.starts_at < b:
                assert p != slot.practitioner_id and r != slot.room_id
        assert slot.practitioner_id in pids and slot.room_id in rids
        if sc["fixed_practitioner"]:
            assert slot.practitioner_id == pids[0]
        if s.moved:
            assert s.reason in MOVE_REASONS
        else:
            assert s.reason is None and s.slot.starts_at.date() == s.intended.date()
            if sc["preferred"] is not None:
                assert s.slot.starts_at == s.intended
                assert s.intended.time() == sc["preferred"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(sc=scenarios())
def test_planner_properties(sqlite_db, sc):
    pids, rids, staff, patient = _build(sc)
    request = CourseRequest(
        sc["start"], kind=sc["kind"], sessions=sc["sessions"], pattern=sc["pattern"],
        preferred_time=sc["preferred"], practitioner_id=pids[0] if sc["fixed_practitioner"] else None,
        patient_id=patient, window_days=sc["window_days"],
    )
    try:
        plan = plan_course(request)
    except CannotFitError as exc:
        event("cannot fit")
        assert exc.code == "cannot_fit"
        assert exc.details["sessions"] == sc["sessions"] and 0 <= exc.details["placed"] < sc["sessions"]
        return
    event(f"fits, moved: {bool(any(s.moved for s in plan.sessions))}")
    _check(sc, plan, pids, rids, sc["sessions"])
    # the database guard agrees: the whole plan books without a conflict
    course_id = book_course(patient, plan, staff)
    assert Appointment.select().where(Appointment.course == course_id).count() == sc["sessions"]
