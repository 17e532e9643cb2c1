"""Scheduling speed: plan and book a 12-session course, and the calendar's week view.

    python -m bench.generate /tmp/clinic.db --patients 50000 --appointments 1000000
    python -m bench.scheduling /tmp/clinic.db        (or a database URL)

The course is planned next week (the clinic's week: intake.clinic.today()) for a bench patient
(made here, with a clean intake) among the generated bookings, booked in one transaction, then
deleted again so runs do not pile up. The labels say what was measured: how many sessions were
planned and booked, how many rows the week view read, how many blocks the calendar painted.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time

from bench.report import run_alone

RUNS = 7
PLAN_BOOK_TARGET_MS = 50.0
WEEK_TARGET_MS = 50.0
FRAME_MS = 16.7  # one frame at 60 Hz
NAN = float("nan")


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _bench_actor() -> int | None:
    """The staff account the bench books and reads as (every domain call checks who acts): the
    first active one holding a desk role."""
    from intake.models import Staff, StaffRole

    row = (Staff.select(Staff.id).join(StaffRole, on=(StaffRole.staff == Staff.id))
           .where(Staff.active & StaffRole.role.in_(("admin", "front_desk", "practitioner")))
           .order_by(Staff.id).first())
    return row.id if row else None


def _bench_patient() -> tuple[int, int | None]:
    from intake import db as dbmod
    from intake.models import Intake, Patient

    with dbmod.write():
        patient = Patient.create(first_name="Bench", last_name="Scheduling", name_key="scheduling bench",
                                 date_of_birth=dt.date(1970, 1, 1))
        Intake.create(patient=patient.id, first_name="Bench", last_name="Scheduling", pain_now=6)
    return patient.id, _bench_actor()


def _remove(patient_id: int) -> None:
    from intake import db as dbmod
    from intake.models import Appointment, Intake, Patient, TreatmentCourse

    with dbmod.write():
        Appointment.delete().where(Appointment.patient == patient_id).execute()
        TreatmentCourse.delete().where(TreatmentCourse.patient == patient_id).execute()
        Intake.delete().where(Intake.patient == patient_id).execute()
        Patient.delete().where(Patient.id == patient_id).execute()


def _course_figures() -> list[tuple[str, float, float, str]]:
    from intake import clinic
    from intake import db as dbmod
    from intake.models import Appointment, TreatmentCourse
    from intake.scheduling import CourseRequest, Pattern, book_course, plan_course

    today = clinic.today()
    start = dt.datetime.combine(today + dt.timedelta(days=7 - today.weekday()), dt.time(8))
    patient_id, staff_id = _bench_patient()
    plans, books, totals = [], [], []
    planned = booked = 0
    try:
        for _ in range(RUNS):
            t0 = time.perf_counter()
            plan = plan_course(CourseRequest(start, pattern=Pattern.weekly(2), preferred_time=dt.time(10),
                                             patient_id=patient_id))
            t1 = time.perf_counter()
            course_id = book_course(patient_id, plan, staff_id)
            t2 = time.perf_counter()
            plans.append((t1 - t0) * 1000)
            books.append((t2 - t1) * 1000)
            totals.append((t2 - t0) * 1000)
            planned = len(plan.sessions)
            booked = Appointment.select().where(Appointment.course == course_id).count()
            with dbmod.write():
                Appointment.delete().where(Appointment.course == course_id).execute()
                TreatmentCourse.delete().where(TreatmentCourse.id == course_id).execute()
    finally:
        _remove(patient_id)
    return [
        (f"scheduling: plan {planned} sessions (median)", statistics.median(plans), NAN, "ms"),
        (f"scheduling: book {booked} sessions, one transaction (median)", statistics.median(books),
         NAN, "ms"),
        (f"scheduling: plan + book {booked} sessions (median)", statistics.median(totals),
         PLAN_BOOK_TARGET_MS, "ms"),
    ]


def _week_figures() -> list[tuple[str, float, float, str]]:
    from intake import clinic
    from intake.models import Appointment
    from intake.scheduling import week_appointments

    today = clinic.today()
    monday = today - dt.timedelta(days=today.weekday())
    me = _bench_actor()
    first = Appointment.select(Appointment.practitioner).order_by(Appointment.id).first()
    rows: list[tuple[str, float, float, str]] = []
    for label, kwargs in (("all practitioners", {}),
                          ("one practitioner", {"practitioner_id": first.practitioner_id} if first else {})):
        times, count = [], 0
        for _ in range(RUNS):
            t0 = time.perf_counter()
            count = len(week_appointments(monday, staff_id=me, **kwargs))
            times.append(_ms(t0))
        rows.append((f"scheduling: week view, {label} ({count} rows, median)", statistics.median(times),
                     WEEK_TARGET_MS, "ms"))
    return rows + [_week_painted(monday, me)]


def _week_painted(monday: dt.date, me: int | None) -> tuple[str, float, float, str]:
    """The Calendar page's week of every practitioner: read (in the page's worker, as the desk
    does), blocks laid out, painted."""
    from bench.report import qt_app
    from intake.session import StaffSession
    from ui.desk.calendar.page import CalendarPage

    qt_app()
    page = CalendarPage(StaffSession(me, "bench", "front_desk"), load_now=False)
    page.resize(1280, 860)
    page.show()
    page.stop_polling()  # no reload of its own between the timed ones
    page.show_week(monday)
    _wait_until_shown(page)
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        page.reload()
        _wait_until_shown(page)
        page.view().repaint()
        times.append(_ms(t0))
    blocks = page.view().block_count()
    page.close()
    return (f"scheduling: week view loaded and painted ({blocks} blocks, median)",
            statistics.median(times), FRAME_MS, "ms")


def _wait_until_shown(page, timeout_ms: int = 10_000) -> None:
    """Until the page's read is back and shown (`reloaded`); a read that fails or hangs stops
    the bench rather than timing an empty calendar."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, timer, shown = QEventLoop(), QTimer(), []

    def done() -> None:
        shown.append(True)
        loop.quit()

    page.reloaded.connect(done)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        loop.exec()  # the answer comes through the event loop: never before this
    finally:
        timer.stop()
        page.reloaded.disconnect(done)
    if not shown:
        raise RuntimeError(f"the calendar did not show its week within {timeout_ms} ms")


def run(db_url: str) -> list[tuple[str, float, float, str]]:
    """(figure, measured, target, unit) rows; a NaN target marks a figure shown for information."""
    from intake import db as dbmod
    from intake.models import database

    opened_here = database.obj is None or database.obj.is_closed()
    if opened_here:
        dbmod.open_database(db_url)
    try:
        return _course_figures() + _week_figures()
    finally:
        if opened_here:
            dbmod.close_database()


def main(argv: list[str] | None = None) -> int:
    return run_alone("bench.scheduling", run, argv)


if __name__ == "__main__":
    sys.exit(main())
