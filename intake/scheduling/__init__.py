"""Scheduling: availability, the free consultation, course planning and booking, living with a
course, calendar rows. No Qt. Times are naive wall-clock datetimes in the clinic's time zone;
"now" is intake.clinic.now() and nothing is booked, moved or started before it (reason
"in_the_past"). A practitioner's buffer_minutes are kept free around each of their appointments
by every search and check (Availability.practitioner_busy).

API summary (import from `intake.scheduling`). Every read and write of patients' bookings takes
the acting staff member (`staff_id`, keyword-only on the reads) and is refused with
NotAllowedError as intake/access.py says; the slot searches (no patient data) take none.

Slots and availability
    Slot(practitioner_id, room_id, starts_at, ends_at)                      frozen dataclass
    soonest_consultation_slots(after, limit=5, practitioner_id=None) -> list[Slot]
    book_consultation(patient_id, slot, staff_id, intake_id=None, second_reason="") -> appointment id
        raises ConflictError when the slot was taken meanwhile, SlotUnavailableError otherwise;
        NotAllowedError "urgent_unacknowledged" (an urgent alert nobody acknowledged yet) or
        "second_consultation" (one free consultation per episode unless second_reason is given)
    patient_consultations(patient_id, *, staff_id), episode_consultation(patient_id, *, staff_id)
    closed_holidays(first_day, last_day) -> {date: name}   (minus days marked open)

Course planning (planner.py)
    Pattern.weekly(n, weeks=None, weekdays=()), Pattern.phased((3, 2), (2, None)),
    Pattern.on_weekdays((0, 3)), Pattern.every(k)
    CourseRequest(start, kind="standard", sessions=None, pattern=Pattern(), preferred_time=None,
                  practitioner_id=None, room_id=None, patient_id=None, window_days=None)
    plan_course(request) -> CoursePlan(request, sessions, minutes, window_end)
        window_end: 90 days (the review window) from the FIRST SESSION;
        raises CannotFitError(code "cannot_fit", details sessions, placed, window_end, advice:
        "more_per_week" (+ per_week that fits) | "too_sparse" | "fully_booked");
        ValidationError("in_the_past", field "start") for a start day already past
    ProposedSession(number, slot, intended, moved, reason, detail, practitioner_changed,
                    practitioner_reason)   with "any practitioner" the patient's own (latest
        appointment's, else session 1's) keeps every session it can; a change says why
    Patterns (patterns.py): N per week evenly spaced (7/N days) from the first open day; a
        blocked session moves later first (before the next one), then earlier, then later
        reason: holiday (detail = holiday name), closure (detail = closure reason), outside_hours,
        practitioner_off, booked, patient_booked, previous_moved, staff_choice
    check_slot(slot, patient_id=None, plan=None, session_number=None, ignore_ids=())
        raises SlotUnavailableError(code = reason, field "starts_at")
    replace_session(plan, number, slot) -> CoursePlan        (checked, renumbered by time)
    book_course(patient_id, plan, staff_id, intake_id=None) -> course id
        raises NotAllowedError("course_gates"), SessionConflictError (details session_number,
        resource, starts_at) — nothing written, plan again

Safety gates (gates.py)
    course_gates(patient_id, kind, *, staff_id) -> Gates(kind, intake_id, blocked, needs_override, overridden; .ok)
    record_override(intake_id, item, reason, staff_id, countersign=None) -> decision id, as the
        practitioner themself (signed in, or countersign=(their staff id, their PIN))

Living with a course (courses.py)
    mark_attended(appointment_id, staff_id, pain=None, today=None),
    mark_no_show(appointment_id, staff_id, today=None)
        from the session's day on (NotAllowedError "not_yet" before; on a later day the row is
        marked entered_late); status_changeable(status, starts_at, today) says what may happen
    undo_status_change(appointment_id, staff_id) -> restored status (one step, audited)
    makeup_shortfall(course_id, *, staff_id) -> planned minus active sessions (the desk offers make-up while > 0)
    cancel_appointment(appointment_id, by, staff_id, now=None)     by: "patient" | "clinic";
        late_cancel set when < 24 h before the start
    move_appointment(appointment_id, new_start, staff_id, *, practitioner_id=None, room_id=None,
                     following=False) -> list of moved appointment ids
        following=True shifts this and every later booked session of the course by the same offset;
        raises SlotUnavailableError (code = reason incl. "same_day", details session_number) for
        the first session that does not fit, SessionConflictError if another desk got there
        first; nothing moves then
    add_makeup_session(course_id, staff_id=None) -> appointment id (after the last session, same
        practitioner/room/time where free); ValidationError "course_full" when already 12 active
        (call it again for each missing session)
    Active sessions are renumbered 1..n by time after every change (sequence bumped).
    course_summary(course_id, today=None, *, staff_id) -> CourseSummary (summary.py): attended, booked,
        cancelled, no_show, sessions_planned, first_session, window_end, days_left,
        booked_after_window, baseline_pain, latest_pain, pain_change_points, pain_change_percent,
        improving, review_due, sessions_past_year, booked_ahead, extra_allowed;
        .progress -> (attended, planned)
    extend_course(course_id, plan, staff_id, today=None) -> [appointment ids]   at the review:
        NotAllowedError "not_improving" / "over_yearly_limit" (details allowed) / "course_gates"

Moving this and the following sessions (moves.py)
    plan_following_move(appointment_id, new_start, *, staff_id, ...) -> MovePlan(moves: ProposedMove(...,
        shifted, reason)) — what fits shifts, a clash gets a proposed free slot
    apply_move_plan(plan, staff_id) -> ids   one transaction, re-checked

Bookings left in closed time (affected.py)
    affected_bookings(*, staff_id) -> [AffectedBooking(..., reason, detail, proposal)]
    rebook(items, staff_id) -> ids           one transaction, re-checked

Calendar (calendar.py) — plain rows (AppointmentRow), one query each
    week_appointments(start_date, practitioner_id=None, room_id=None, *, staff_id)
    day_appointments(day, practitioner_id=None, room_id=None, *, staff_id)
    todays_list(today=None, *, staff_id)
    calendar_marker(start, stop) -> tuple    polled by the calendar page (changes on any change)

    appointments_between(start, stop, *, staff_id, ...) (calendar.py) for any range
    AppointmentRow: id, starts_at, ends_at, kind, status, late_cancel, patient_id, patient_name,
        practitioner_id, practitioner_name, colour, room_id, room_name, course_id, course_kind,
        session_number, sessions_planned

.ics: intake.ics_export.course_ics(course_id, summary=None, *, staff_id) -> bytes,
      appointments_ics(ids, summary=None, *, staff_id) -> bytes
Errors (errors.py): CannotFitError, SlotUnavailableError (a ValidationError),
    SessionConflictError (a ConflictError). Gates refusals are NotAllowedError.
"""

from intake.scheduling.availability import Availability, Slot, closed_holidays
from intake.scheduling.booking import book_consultation, book_course, soonest_consultation_slots
from intake.scheduling.calendar import (
    AppointmentRow,
    day_appointments,
    todays_list,
    week_appointments,
)
from intake.scheduling.courses import (
    add_makeup_session,
    cancel_appointment,
    mark_attended,
    mark_no_show,
    move_appointment,
)
from intake.scheduling.errors import CannotFitError, SessionConflictError, SlotUnavailableError
from intake.scheduling.gates import Gates, course_gates, record_override
from intake.scheduling.planner import (
    CoursePlan,
    CourseRequest,
    Pattern,
    ProposedSession,
    check_slot,
    plan_course,
    replace_session,
)
from intake.scheduling.summary import CourseSummary, course_summary, extend_course

__all__ = [
    "AppointmentRow",
    "CourseSummary",
    "add_makeup_session",
    "cancel_appointment",
    "course_summary",
    "day_appointments",
    "extend_course",
    "mark_attended",
    "mark_no_show",
    "move_appointment",
    "todays_list",
    "week_appointments",
    "Availability",
    "CannotFitError",
    "CoursePlan",
    "CourseRequest",
    "Gates",
    "Pattern",
    "ProposedSession",
    "SessionConflictError",
    "Slot",
    "SlotUnavailableError",
    "book_consultation",
    "book_course",
    "check_slot",
    "course_gates",
    "plan_course",
    "closed_holidays",
    "record_override",
    "replace_session",
    "soonest_consultation_slots",
]
