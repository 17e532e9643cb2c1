import datetime as dt

import pytest

from intake import db as dbmod
from intake.errors import NotAllowedError, ValidationError
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
from intake.scheduling.courses import makeup_shortfall, status_changeable, undo_status_change
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
    mark_attended(sessions[0].id, course["staff"], today=sessions[0].starts_at.date())
    mark_no_show(sessions[1].id, course["staff"], today=sessions[1].starts_at.date())
    missed = Appointment.get_by_id(sessions[1].id)
    assert missed.status == "no_show" and missed.sequence == 1
    # the later sessions now count as 2..11
    assert [a.session_number for a in _sessions(course["id"]) if a.status == "booked"] == list(range(2, 12))
    summary = course_summary(course["id"], today=dt.date(2027, 1, 15), staff_id=course["staff"])
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
    assert course_summary(course["id"], staff_id=course["staff"]).cancelled == 2


def test_summary_window_progress_and_pain_change(course):
    sessions = _sessions(course["id"])
    summary = course_summary(course["id"], today=dt.date(2027, 1, 21), staff_id=course["staff"])
    assert summary.first_session == sessions[0].starts_at
    assert summary.window_end == dt.date(2027, 4, 11)
    assert summary.days_left == 80
    assert summary.progress == (0, 12) and summary.booked == 12 and summary.booked_after_window == 0
    assert summary.baseline_pain == 8 and summary.latest_pain is None and summary.improving is None
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=6,
                      submitted_at=dt.datetime(2027, 2, 1, 9))
    summary = course_summary(course["id"], today=dt.date(2027, 2, 1), staff_id=course["staff"])
    assert (summary.pain_change_points, summary.pain_change_percent, summary.improving) == (2, 25.0, True)
    for a in sessions:
        mark_attended(a.id, course["staff"], today=a.starts_at.date())
    summary = course_summary(course["id"], today=dt.date(2027, 3, 1), staff_id=course["staff"])
    assert summary.review_due and summary.sessions_past_year == 12 and summary.extra_allowed == 8
    assert TreatmentCourse.get_by_id(course["id"]).status == "completed"


def test_small_change_is_not_meaningful(course):
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=7,
                      submitted_at=dt.datetime(2027, 2, 1, 9))
    summary = course_summary(course["id"], staff_id=course["staff"])
    assert (summary.pain_change_points, summary.pain_change_percent, summary.improving) == (1, 12.5, False)
    assert summary.extra_allowed == 0


def test_review_extends_by_eight_only_when_improving_and_under_twenty_a_year(course):
    from intake.errors import NotAllowedError
    from intake.scheduling import extend_course

    sessions = _sessions(course["id"])
    for a in sessions:
        mark_attended(a.id, course["staff"], today=a.starts_at.date())
    review_day = sessions[-1].starts_at.date()
    more = plan_course(CourseRequest(sessions[-1].starts_at + dt.timedelta(days=1), pattern=Pattern.weekly(2),
                                     sessions=8, patient_id=course["patient"]))
    with pytest.raises(NotAllowedError, match="not_allowed"):  # the review is a practitioner's
        extend_course(course["id"], more, course["staff"], today=review_day)
    with pytest.raises(NotAllowedError) as info:
        extend_course(course["id"], more, course["deciders"][0], today=review_day)
    assert info.value.code == "not_improving"
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=4,
                      submitted_at=sessions[-1].starts_at)
    too_many = plan_course(CourseRequest(sessions[-1].starts_at + dt.timedelta(days=1), pattern=Pattern.weekly(3),
                                         sessions=9, patient_id=course["patient"]))
    with pytest.raises(NotAllowedError) as info:
        extend_course(course["id"], too_many, course["deciders"][0], today=review_day)
    assert (info.value.code, info.value.details["allowed"]) == ("over_yearly_limit", 8)
    ids = extend_course(course["id"], more, course["deciders"][0], today=review_day)
    assert len(ids) == 8
    assert TreatmentCourse.get_by_id(course["id"]).sessions_planned == 20
    assert [a.session_number for a in _sessions(course["id"])] == list(range(1, 21))
    summary = course_summary(course["id"], today=review_day, staff_id=course["staff"])
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
        mark_attended(a.id, course["staff"], today=a.starts_at.date())
    mark_attended(sessions[11].id, course["staff"], pain=5, today=sessions[11].starts_at.date())
    row = Appointment.get_by_id(sessions[11].id)
    assert (row.status, row.pain_score) == ("attended", 5)
    summary = course_summary(course["id"], today=sessions[11].starts_at.date(), staff_id=course["staff"])
    assert (summary.baseline_pain, summary.latest_pain) == (8, 5)
    assert (summary.pain_change_points, summary.improving) == (3, True)
    assert summary.review_due and summary.extra_allowed == 8


def test_the_newest_score_counts_whether_from_an_intake_or_a_session(course):
    sessions = _sessions(course["id"])
    mark_attended(sessions[0].id, course["staff"], pain=3, today=sessions[0].starts_at.date())
    assert course_summary(course["id"], staff_id=course["staff"]).latest_pain == 3
    with dbmod.write():
        Intake.create(patient=course["patient"], first_name="Ann", last_name="Lee", pain_now=7,
                      submitted_at=sessions[0].starts_at + dt.timedelta(days=1))
    assert course_summary(course["id"], staff_id=course["staff"]).latest_pain == 7
    mark_attended(sessions[1].id, course["staff"], pain=4, today=sessions[1].starts_at.date())
    assert course_summary(course["id"], staff_id=course["staff"]).latest_pain == 4
    # recorded by mistake: its score no longer counts
    mark_no_show(sessions[1].id, course["staff"], today=sessions[1].starts_at.date())
    assert course_summary(course["id"], staff_id=course["staff"]).latest_pain == 7


@pytest.mark.parametrize("pain", [-1, 11, 2.5, True, "4"])
def test_a_pain_score_out_of_range_changes_nothing(course, pain):
    first = _sessions(course["id"])[0]
    with pytest.raises(ValidationError) as info:
        mark_attended(first.id, course["staff"], pain=pain, today=first.starts_at.date())
    assert (info.value.field, info.value.code) == ("pain", "out_of_range")
    row = Appointment.get_by_id(first.id)
    assert (row.status, row.pain_score, row.sequence) == ("booked", None, 0)


# --------------------------------------------------------------- records that say what happened
# (issue 15: main let a session in the future be marked Attended with a pain score, or No-show)


def test_attended_and_no_show_refused_before_the_sessions_day(course):
    sessions = _sessions(course["id"])
    day_before = sessions[2].starts_at.date() - dt.timedelta(days=1)
    with pytest.raises(NotAllowedError) as info:
        mark_attended(sessions[2].id, course["staff"], pain=2, today=day_before)
    assert (info.value.code, info.value.field, info.value.details["day"]) == (
        "not_yet", "status", sessions[2].starts_at.date())
    with pytest.raises(NotAllowedError) as info:
        mark_no_show(sessions[2].id, course["staff"], today=day_before)
    assert info.value.code == "not_yet"
    row = Appointment.get_by_id(sessions[2].id)
    assert (row.status, row.pain_score, row.sequence) == ("booked", None, 0)
    assert course_summary(course["id"], staff_id=course["staff"]).latest_pain is None
    assert not AuditEntry.select().where(AuditEntry.action == "appointment_attended").exists()


def test_on_the_day_is_on_time_and_a_later_day_is_noted_as_entered_late(course):
    sessions = _sessions(course["id"])
    mark_attended(sessions[0].id, course["staff"], pain=5, today=sessions[0].starts_at.date())
    mark_no_show(sessions[1].id, course["staff"], today=sessions[1].starts_at.date() + dt.timedelta(days=2))
    on_time, late = Appointment.get_by_id(sessions[0].id), Appointment.get_by_id(sessions[1].id)
    assert (on_time.status, on_time.pain_score, on_time.entered_late) == ("attended", 5, False)
    assert (late.status, late.entered_late) == ("no_show", True)
    details = [e.detail for e in AuditEntry.select().where(AuditEntry.action.in_(
        ("appointment_attended", "appointment_no_show"))).order_by(AuditEntry.id)]
    assert details == [f"appointment={sessions[0].id} status=attended",
                       f"appointment={sessions[1].id} status=no_show entered_late=1"]


def test_status_choices_say_what_the_desk_may_do_now(course):
    first = _sessions(course["id"])[0]
    before = status_changeable("booked", first.starts_at, today=first.starts_at.date() - dt.timedelta(days=1))
    assert (before.attended, before.no_show, before.cancel, before.not_yet_day) == (
        False, False, True, first.starts_at.date())
    on_day = status_changeable("booked", first.starts_at, today=first.starts_at.date())
    assert (on_day.attended, on_day.no_show, on_day.not_yet_day) == (True, True, None)
    attended = status_changeable("attended", first.starts_at, today=first.starts_at.date())
    assert (attended.attended, attended.no_show, attended.cancel) == (False, True, False)


def test_undo_puts_back_the_last_status_change_and_audits_it(course):
    sessions = _sessions(course["id"])
    first = sessions[0]
    mark_attended(first.id, course["staff"], pain=4, today=first.starts_at.date() + dt.timedelta(days=1))
    mark_no_show(first.id, course["staff"], today=first.starts_at.date() + dt.timedelta(days=1))
    assert undo_status_change(first.id, course["staff"]) == "attended"
    row = Appointment.get_by_id(first.id)
    assert (row.status, row.pain_score, row.entered_late) == ("attended", 4, True)
    with pytest.raises(ValidationError) as info:  # one step only
        undo_status_change(first.id, course["staff"])
    assert info.value.code == "nothing_to_undo"
    late = cancel_appointment(sessions[1].id, "patient", course["staff"],
                              now=sessions[1].starts_at - dt.timedelta(hours=2))
    assert late
    assert undo_status_change(sessions[1].id, course["staff"]) == "booked"
    row = Appointment.get_by_id(sessions[1].id)
    assert (row.status, row.late_cancel, row.session_number) == ("booked", False, 2)
    entries = [e.detail for e in AuditEntry.select().where(
        AuditEntry.action == "appointment_status_undone").order_by(AuditEntry.id)]
    assert entries == [f"appointment={first.id} status=attended undone=no_show",
                       f"appointment={sessions[1].id} status=booked undone=cancelled_patient"]


def test_undo_of_a_cancel_refused_once_a_make_up_took_its_place(course):
    sessions = _sessions(course["id"])
    cancel_appointment(sessions[3].id, "clinic", course["staff"], now=dt.datetime(2027, 1, 1))
    add_makeup_session(course["id"], course["staff"])
    with pytest.raises(NotAllowedError) as info:
        undo_status_change(sessions[3].id, course["staff"])
    assert info.value.code == "course_full"
    assert Appointment.get_by_id(sessions[3].id).status == "cancelled_clinic"


def test_two_missed_sessions_are_made_up_to_twelve(course):
    """Main ended such a course at 11 of 12: make-up was offered once, right after the event."""
    sessions = _sessions(course["id"])
    mark_no_show(sessions[1].id, course["staff"], today=sessions[1].starts_at.date())
    cancel_appointment(sessions[4].id, "patient", course["staff"], now=dt.datetime(2027, 1, 1))
    assert makeup_shortfall(course["id"], staff_id=course["staff"]) == 2
    first = add_makeup_session(course["id"], course["staff"])
    assert makeup_shortfall(course["id"], staff_id=course["staff"]) == 1
    second = add_makeup_session(course["id"], course["staff"])
    assert makeup_shortfall(course["id"], staff_id=course["staff"]) == 0
    active = [a for a in _sessions(course["id"]) if a.status in ("booked", "attended")]
    assert len(active) == 12 and [a.session_number for a in active] == list(range(1, 13))
    made = Appointment.get_by_id(first), Appointment.get_by_id(second)
    assert sessions[-1].starts_at < made[0].starts_at < made[1].starts_at
    for a in active:
        if a.status == "booked":
            mark_attended(a.id, course["staff"], today=a.starts_at.date())
    assert TreatmentCourse.get_by_id(course["id"]).status == "completed"
    assert course_summary(course["id"], staff_id=course["staff"]).progress == (12, 12)
