import datetime as dt

import pytest

from intake import db as dbmod
from intake.errors import ValidationError
from intake.models import Appointment, AuditEntry, Intake, TimeOff, TreatmentCourse
from intake.scheduling import (
    CourseRequest,
    Pattern,
    SlotUnavailableError,
    add_makeup_session,
    book_course,
    cancel_appointment,
    course_summary,
    mark_attended,
    mark_no_show,
    move_appointment,
    plan_course,
)
from tests.intake.scheduling.factory import make_patient

JAN = dt.datetime(2027, 1, 11, 8)


@pytest.fixture
def course(clinic):
    patient, intake = make_patient(pain_now=8)
    plan = plan_course(CourseRequest(JAN, pattern=Pattern.weekly(2, weekdays=(0, 3)), preferred_time=dt.time(10),
                                     practitioner_id=clinic["practitioners"][0], patient_id=patient))
    course_id = book_course(patient, plan, clinic["staff"])
    return {"id": course_id, "patient": patient, "intake": intake, **clinic}


def _sessions(course_id):
    return list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at, Appointment.id))


def test_move_one_session_bumps_sequence_and_audits(course):
    third = _sessions(course["id"])[2]
    new_start = third.starts_at + dt.timedelta(days=1, hours=4)  # Tue -> Wed 14:00
    moved = move_appointment(third.id, new_start, course["staff"])
    assert moved == [third.id]
    row = Appointment.get_by_id(third.id)
    assert (row.starts_at, row.ends_at - row.starts_at) == (new_start, dt.timedelta(minutes=45))
    assert row.sequence == third.sequence + 1 and row.updated_at >= third.updated_at
    assert row.session_number == 3
    others = [a for a in _sessions(course["id"]) if a.id != third.id]
    assert all(a.sequence == 0 for a in others)
    entry = AuditEntry.get(AuditEntry.action == "appointment_moved")
    assert entry.detail == f"appointments={third.id} offset_min={28 * 60}"


def test_move_onto_a_closed_day_is_refused(course):
    third = _sessions(course["id"])[2]
    with pytest.raises(SlotUnavailableError) as info:
        move_appointment(third.id, dt.datetime(2027, 1, 16, 10), course["staff"])  # a Saturday
    assert info.value.code == "outside_hours"
    with pytest.raises(SlotUnavailableError) as info:
        move_appointment(third.id, _sessions(course["id"])[3].starts_at.replace(hour=15), course["staff"])
    assert info.value.code == "same_day"
    assert Appointment.get_by_id(third.id).starts_at == third.starts_at


def test_move_this_and_following_keeps_the_pattern(course):
    before = _sessions(course["id"])
    moved = move_appointment(before[4].id, before[4].starts_at + dt.timedelta(days=1), course["staff"], following=True)
    assert moved == [a.id for a in before[4:]]
    after = _sessions(course["id"])
    assert [a.starts_at for a in after[:4]] == [a.starts_at for a in before[:4]]
    assert [a.starts_at for a in after[4:]] == [a.starts_at + dt.timedelta(days=1) for a in before[4:]]
    assert all(a.sequence == 1 for a in after[4:]) and all(a.sequence == 0 for a in after[:4])
    assert [a.session_number for a in after] == list(range(1, 13))


def test_move_following_blocked_by_time_off_moves_nothing(course):
    before = _sessions(course["id"])
    target = before[8].starts_at + dt.timedelta(days=1)
    with dbmod.write():
        TimeOff.create(practitioner=course["practitioners"][0], starts_at=target.replace(hour=0),
                       ends_at=target.replace(hour=23))
    with pytest.raises(SlotUnavailableError) as info:
        move_appointment(before[4].id, before[4].starts_at + dt.timedelta(days=1), course["staff"], following=True)
    assert info.value.code == "practitioner_off" and info.value.details["session_number"] == 9
    assert [a.starts_at for a in _sessions(course["id"])] == [a.starts_at for a in before]


def test_move_back_by_a_slot_length_over_own_sessions(course):
    """Shifting the sequence earlier updates the earliest first so the guard never sees an overlap."""
    before = _sessions(course["id"])
    # Mon/Thu three days earlier: Fri/Mon, each Thursday lands where the Monday before it was
    move_appointment(before[0].id, before[0].starts_at - dt.timedelta(days=3), course["staff"], following=True)
    after = _sessions(course["id"])
    assert [a.starts_at for a in after] == [a.starts_at - dt.timedelta(days=3) for a in before]
    assert [a.id for a in after] == [a.id for a in before]


def test_no_show_then_make_up_keeps_twelve_to_attend(course):
    sessions = _sessions(course["id"])
    mark_attended(sessions[0].id, course["staff"])
    mark_no_show(sessions[1].id, course["staff"])
    missed = Appointment.get_by_id(sessions[1].id)
    assert missed.status == "no_show" and missed.sequence == 1
    # the later sessions now count as 2..11
    assert [a.session_number for a in _sessions(course["id"]) if a.status == "booked"] == list(range(2, 12))
    summary = course_summary(course["id"], today=dt.date(2027, 1, 15))
    assert (summary.attended, summary.no_show, summary.booked) == (1, 1, 10)
    makeup_id = add_makeup_session(course["id"], course["staff"])
    makeup = Appointment.get_by_id(makeup_id)
    last = sessions[-1]
    assert makeup.starts_at > last.starts_at and makeup.starts_at.weekday() in (0, 3)
    assert makeup.starts_at.time() == dt.time(10) and makeup.practitioner_id == last.practitioner_id
    assert makeup.session_number == 12 and makeup.uid.endswith("@backcare")
    with pytest.raises(ValidationError) as info:
        add_makeup_session(course["id"], course["staff"])
    assert info.value.code == "course_full"
    assert AuditEntry.select().where(AuditEntry.action == "makeup_booked").count() == 1


def test_cancel_flags_late_cancellations(course):
    sessions = _sessions(course["id"])
    late = cancel_appointment(sessions[2].id, "patient", course["staff"], now=sessions[2].starts_at - dt.timedelta(hours=3))
    early = cancel_appointment(sessions[3].id, "clinic", course["staff"], now=sessions[3].starts_at - dt.timedelta(days=3))
    assert (late, early) == (True, False)
    rows = {a.id: a for a in _sessions(course["id"])}
    assert (rows[sessions[2].id].status, rows[sessions[2].id].late_cancel) == ("cancelled_patient", True)
    assert (rows[sessions[3].id].status, rows[sessions[3].id].late_cancel) == ("cancelled_clinic", False)
    with pytest.raises(ValidationError):
        cancel_appointment(sessions[2].id, "patient", course["staff"])
    with pytest.raises(ValidationError):
        cancel_appointment(sessions[4].id, "someone", course["staff"])
    assert AuditEntry.select().where(AuditEntry.action == "appointment_cancelled").count() == 2
    assert course_summary(course["id"]).cancelled == 2


def test_summary_window_progress_and_pain_change(course):
    sessions = _sessions(course["id"])
    summary = course_summary(course["id"], today=dt.date(2027, 1, 21))
    assert summary.first_session == sessions[0].starts_at
    assert summary.window_end == dt.date(2027, 4, 11)
    assert summary.days_left == 80
    assert summary.progress == (0, 12) and summary.booked == 12 and summary.booked_after_window == 0
    assert summary.baseline_pain == 8 and summary.latest_pain is None and summary.improving is None
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=6,
                      submitted_at=dt.datetime(2027, 2, 1, 9))
    summary = course_summary(course["id"], today=dt.date(2027, 2, 1))
    assert (summary.pain_change_points, summary.pain_change_percent, summary.improving) == (2, 25.0, True)
    for a in sessions:
        mark_attended(a.id, course["staff"])
    summary = course_summary(course["id"], today=dt.date(2027, 3, 1))
    assert summary.review_due and summary.sessions_past_year == 12 and summary.extra_allowed == 8
    assert TreatmentCourse.get_by_id(course["id"]).status == "completed"


def test_small_change_is_not_meaningful(course):
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=7,
                      submitted_at=dt.datetime(2027, 2, 1, 9))
    summary = course_summary(course["id"])
    assert (summary.pain_change_points, summary.pain_change_percent, summary.improving) == (1, 12.5, False)
    assert summary.extra_allowed == 0


def test_review_extends_by_eight_only_when_improving_and_under_twenty_a_year(course):
    from intake.errors import NotAllowedError
    from intake.scheduling import extend_course

    sessions = _sessions(course["id"])
    for a in sessions:
        mark_attended(a.id, course["staff"])
    review_day = sessions[-1].starts_at.date()
    more = plan_course(CourseRequest(sessions[-1].starts_at + dt.timedelta(days=1), pattern=Pattern.weekly(2),
                                     sessions=8, patient_id=course["patient"]))
    with pytest.raises(NotAllowedError) as info:
        extend_course(course["id"], more, course["staff"], today=review_day)
    assert info.value.code == "not_improving"
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=4,
                      submitted_at=sessions[-1].starts_at)
    too_many = plan_course(CourseRequest(sessions[-1].starts_at + dt.timedelta(days=1), pattern=Pattern.weekly(3),
                                         sessions=9, patient_id=course["patient"]))
    with pytest.raises(NotAllowedError) as info:
        extend_course(course["id"], too_many, course["staff"], today=review_day)
    assert (info.value.code, info.value.details["allowed"]) == ("over_yearly_limit", 8)
    ids = extend_course(course["id"], more, course["staff"], today=review_day)
    assert len(ids) == 8
    assert TreatmentCourse.get_by_id(course["id"]).sessions_planned == 20
    assert [a.session_number for a in _sessions(course["id"])] == list(range(1, 21))
    summary = course_summary(course["id"], today=review_day)
    assert (summary.progress, summary.booked_ahead, summary.extra_allowed) == ((12, 20), 8, 0)
    assert TreatmentCourse.get_by_id(course["id"]).status == "active"


def test_move_a_consultation_to_another_practitioner(clinic):
    from intake.scheduling import book_consultation, soonest_consultation_slots

    patient, _ = make_patient()
    slot = soonest_consultation_slots(JAN, limit=1)[0]
    appointment_id = book_consultation(patient, slot, clinic["staff"])
    other = [p for p in clinic["practitioners"] if p != slot.practitioner_id][0]
    move_appointment(appointment_id, slot.starts_at + dt.timedelta(hours=1), clinic["staff"], practitioner_id=other)
    row = Appointment.get_by_id(appointment_id)
    assert (row.practitioner_id, row.starts_at, row.ends_at - row.starts_at, row.sequence) == (
        other, slot.starts_at + dt.timedelta(hours=1), dt.timedelta(minutes=30), 1)


def test_make_up_that_cannot_fit_is_a_typed_answer(course):
    from intake.models import Closure
    from intake.scheduling import CannotFitError

    sessions = _sessions(course["id"])
    cancel_appointment(sessions[3].id, "clinic", course["staff"], now=dt.datetime(2027, 1, 1))
    last_day = sessions[-1].starts_at.date()
    with dbmod.write():
        Closure.create(first_day=last_day + dt.timedelta(days=1), last_day=last_day + dt.timedelta(days=90),
                       reason="Summer")
    with pytest.raises(CannotFitError) as info:
        add_makeup_session(course["id"], course["staff"])
    assert (info.value.code, info.value.details["sessions"], info.value.details["placed"]) == ("cannot_fit", 1, 0)
    assert len(_sessions(course["id"])) == 12


def test_pain_given_at_the_last_session_decides_the_review(course):
    sessions = _sessions(course["id"])
    for a in sessions[:11]:
        mark_attended(a.id, course["staff"])
    mark_attended(sessions[11].id, course["staff"], pain=5)
    row = Appointment.get_by_id(sessions[11].id)
    assert (row.status, row.pain_score) == ("attended", 5)
    summary = course_summary(course["id"], today=sessions[11].starts_at.date())
    assert (summary.baseline_pain, summary.latest_pain) == (8, 5)
    assert (summary.pain_change_points, summary.improving) == (3, True)
    assert summary.review_due and summary.extra_allowed == 8


def test_the_newest_score_counts_whether_from_an_intake_or_a_session(course):
    sessions = _sessions(course["id"])
    mark_attended(sessions[0].id, course["staff"], pain=3)
    assert course_summary(course["id"]).latest_pain == 3
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=7,
                      submitted_at=sessions[0].starts_at + dt.timedelta(days=1))
    assert course_summary(course["id"]).latest_pain == 7
    mark_attended(sessions[1].id, course["staff"], pain=4)
    assert course_summary(course["id"]).latest_pain == 4
    mark_no_show(sessions[1].id, course["staff"])  # recorded by mistake: its score no longer counts
    assert course_summary(course["id"]).latest_pain == 7


@pytest.mark.parametrize("pain", [-1, 11, 2.5, True, "4"])
def test_a_pain_score_out_of_range_changes_nothing(course, pain):
    first = _sessions(course["id"])[0]
    with pytest.raises(ValidationError) as info:
        mark_attended(first.id, course["staff"], pain=pain)
    assert (info.value.field, info.value.code) == ("pain", "out_of_range")
    row = Appointment.get_by_id(first.id)
    assert (row.status, row.pain_score, row.sequence) == ("booked", None, 0)
