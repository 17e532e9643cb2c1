"""Course progress and the review at the end of the course.

    course_summary(course_id, today=None, *, staff_id) -> CourseSummary   (the patients rule)
    extend_course(course_id, plan, staff_id, today=None) -> [appointment ids]
        at the review: adds the plan's sessions to the course (sessions_planned grows). Refused
        (NotAllowedError) unless the patient is improving ("not_improving") and within the yearly
        cap ("over_yearly_limit", details allowed); the safety gates are checked again.

The 90-day window runs from the first session (12 visits in 90 days; 8 more only when the
patient improves; at most 20 a year — CMS CAG-00452N). Pain: the baseline is the course's intake
`pain_now`; the latest is the newest later score of the patient: a later intake's `pain_now` or
the score given at an attended session of this course, whichever was given last.
Improvement is meaningful at >= 2 points or >= 30 % (Ostelo 2008, Farrar 2001).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from intake import access, audit, clinic, db
from intake.content import checklists
from intake.errors import NotAllowedError, ValidationError
from intake.models import Appointment, Intake, TreatmentCourse
from intake.scheduling.availability import lock_resources
from intake.scheduling.booking import insert_sessions
from intake.scheduling.courses import renumber
from intake.scheduling.gates import decision_maker, require_gates
from intake.scheduling.planner import CoursePlan
from intake.vocabulary import AppointmentKind, AppointmentStatus, CourseStatus, Refusal

MEANINGFUL_POINTS = 2
MEANINGFUL_PERCENT = 30.0


@dataclass(frozen=True)
class CourseSummary:
    course_id: int
    kind: str
    status: str
    sessions_planned: int
    attended: int
    booked: int  # still to come
    cancelled: int
    no_show: int
    first_session: dt.datetime | None
    window_end: dt.date | None
    days_left: int | None
    booked_after_window: int  # booked sessions that fall after the 90-day window
    baseline_pain: int | None
    latest_pain: int | None
    pain_change_points: int | None  # positive = better
    pain_change_percent: float | None
    improving: bool | None  # None: no later pain score yet
    review_due: bool  # the planned sessions are all attended
    sessions_past_year: int  # attended treatments in the 365 days up to today
    booked_ahead: int  # treatments booked from today on (every course of the patient)
    extra_allowed: int  # sessions that may be added at the review (0 unless improving)

    @property
    def progress(self) -> tuple[int, int]:
        return self.attended, self.sessions_planned


@access.guarded(access.PATIENTS)
def course_summary(course_id: int, today: dt.date | None = None, *,
                   staff_id: int | None) -> CourseSummary:
    return _summary(course_id, today)


def _summary(course_id: int, today: dt.date | None) -> CourseSummary:
    course = TreatmentCourse.get_or_none(TreatmentCourse.id == course_id)
    if course is None:
        raise ValidationError("unknown_course", field="course")
    today = today or clinic.today()
    rules = checklists().course
    counts: dict[str, int] = dict(
        Appointment.select(Appointment.status, fn.COUNT(Appointment.id))
        .where(Appointment.course == course_id).group_by(Appointment.status).tuples()
    )
    first = (
        Appointment.select(fn.MIN(Appointment.starts_at))
        .where((Appointment.course == course_id) & Appointment.status.in_((AppointmentStatus.booked, AppointmentStatus.attended)))
        .scalar()
    )
    if isinstance(first, str):  # SQLite aggregates come back as text
        first = dt.datetime.fromisoformat(first)
    window_end = first.date() + dt.timedelta(days=rules.review_window_days) if first else None
    after_window = 0
    if window_end is not None:
        after_window = Appointment.select().where(
            (Appointment.course == course_id) & (Appointment.status == AppointmentStatus.booked)
            & (Appointment.starts_at >= dt.datetime.combine(window_end + dt.timedelta(days=1), dt.time()))
        ).count()
    baseline, latest = _pain(course)
    points = percent = improving = None
    if baseline is not None and latest is not None:
        points = baseline - latest
        percent = round(points * 100.0 / baseline, 1) if baseline else None
        improving = points >= MEANINGFUL_POINTS or (percent is not None and percent >= MEANINGFUL_PERCENT)
    year_start = dt.datetime.combine(today - dt.timedelta(days=365), dt.time())
    past_year = Appointment.select().where(
        (Appointment.patient == course.patient_id) & (Appointment.kind == AppointmentKind.treatment)
        & (Appointment.status == AppointmentStatus.attended) & (Appointment.starts_at >= year_start)
    ).count()
    ahead = Appointment.select().where(
        (Appointment.patient == course.patient_id) & (Appointment.kind == AppointmentKind.treatment)
        & (Appointment.status == AppointmentStatus.booked) & (Appointment.starts_at >= dt.datetime.combine(today, dt.time()))
    ).count()
    attended = counts.get(AppointmentStatus.attended, 0)
    extra = 0
    if improving:
        extra = max(0, min(rules.extra_sessions_if_improving,
                           rules.max_sessions_per_year - past_year - ahead))
    return CourseSummary(
        course_id=course.id, kind=course.kind, status=course.status,
        sessions_planned=course.sessions_planned, attended=attended, booked=counts.get(AppointmentStatus.booked, 0),
        cancelled=counts.get(AppointmentStatus.cancelled_patient, 0) + counts.get(AppointmentStatus.cancelled_clinic, 0),
        no_show=counts.get(AppointmentStatus.no_show, 0), first_session=first, window_end=window_end,
        days_left=max(0, (window_end - today).days) if window_end else None,
        booked_after_window=after_window, baseline_pain=baseline, latest_pain=latest,
        pain_change_points=points, pain_change_percent=percent, improving=improving,
        review_due=attended >= course.sessions_planned, sessions_past_year=past_year,
        booked_ahead=ahead, extra_allowed=extra,
    )


def _pain(course: TreatmentCourse) -> tuple[int | None, int | None]:
    base_intake = None
    if course.intake_id is not None:
        base_intake = Intake.get_or_none(Intake.id == course.intake_id)
    if base_intake is None:
        base_intake = (
            Intake.select().where((Intake.patient == course.patient_id) & (Intake.submitted_at <= course.created_at))
            .order_by(Intake.submitted_at.desc()).first()
        )
    if base_intake is None or base_intake.pain_now is None:
        return None, None
    later = (
        Intake.select(Intake.pain_now, Intake.submitted_at)
        .where((Intake.patient == course.patient_id) & (Intake.submitted_at > base_intake.submitted_at)
               & Intake.pain_now.is_null(False))
        .order_by(Intake.submitted_at.desc()).first()
    )
    session = (
        Appointment.select(Appointment.pain_score, Appointment.starts_at)
        .where((Appointment.course == course.id) & (Appointment.status == AppointmentStatus.attended)
               & Appointment.pain_score.is_null(False))
        .order_by(Appointment.starts_at.desc()).first()
    )
    scores = [(later.submitted_at, later.pain_now)] if later else []
    if session is not None and session.starts_at > base_intake.submitted_at:
        scores.append((session.starts_at, session.pain_score))
    return base_intake.pain_now, max(scores)[1] if scores else None


@access.guarded(access.BOOKINGS)
def extend_course(course_id: int, plan: CoursePlan, staff_id: int | None,
                  today: dt.date | None = None, *,
                  countersign: tuple[int, str] | None = None) -> list[int]:
    """Add the plan's sessions to the course at its review, all or none. The review's decision
    is a practitioner's (gates.decision_maker: signed in, or countersigning with their PIN)."""
    decider = decision_maker(staff_id, countersign)
    summary = _summary(course_id, today)
    if not summary.improving:
        raise NotAllowedError(Refusal.not_improving, field="course")
    count = len(plan.sessions)
    if count > summary.extra_allowed:
        raise NotAllowedError(Refusal.over_yearly_limit, field="sessions", allowed=summary.extra_allowed)
    course = TreatmentCourse.get_by_id(course_id)
    require_gates(course.patient_id, course.kind)
    slots = [s.slot for s in plan.sessions]
    with db.write():
        lock_resources([s.practitioner_id for s in slots], [s.room_id for s in slots])
        ids = insert_sessions(course_id, course.patient_id, slots, first_number=summary.attended + summary.booked + 1)
        TreatmentCourse.update(sessions_planned=TreatmentCourse.sessions_planned + count, status=CourseStatus.active).where(
            TreatmentCourse.id == course_id).execute()
        renumber(course_id)
        audit.record("course_extended", staff_id=decider.id, patient_id=course.patient_id,
                     detail=f"course={course_id} sessions={count} desk={staff_id}")
    return ids
