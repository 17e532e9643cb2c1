"""Screenshots of the whole desk at 1366×768 (a front-desk laptop, minus a 40 px taskbar): every
page, the staff form with the practitioner's account chosen, and the planner with a session
selected and with a red flag a practitioner countersigns with their PIN, to look at whether
anything is cut off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from intake import clinic, demo, patients, staff
from intake.scheduling import course_gates
from intake.scheduling.calendar import appointments_between
from intake.vocabulary import AppointmentStatus, CourseKind
from ui.desk.scheduling.planner_dialog import PlannerDialog
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until
from ui.widgets.screen_fit import LAPTOP_HEIGHT, LAPTOP_WIDTH


def _grab(widget, path: Path) -> Path:
    QApplication.processEvents()
    grab_to(widget, path)
    return path


def shots(out_dir: Path) -> list[Path]:
    from ui.windows import assemble_desk

    out_dir = Path(out_dir)
    assembly = assemble_desk("sqlite:///…/backcare.db (demo)")
    window = assembly.window
    window.resize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    window.show()
    fields = {w.accessibleName(): w for w in window.findChildren(QLineEdit)}
    fields["Username"].setText(demo.ADMIN[0])
    fields["Password or PIN"].setText(demo.ADMIN[2])
    QTest.keyClick(fields["Password or PIN"], Qt.Key.Key_Return)
    run_until(lambda: assembly.session.signed_in)  # the password is checked in a worker
    made: list[Path] = []
    for key in window.nav_keys():
        window.show_page(key)
        page = window.built_page(key)
        for busy in ("is_reading", "is_loading", "is_busy"):  # what the page reads in a worker
            if hasattr(page, busy):
                run_until(lambda page=page, busy=busy: not getattr(page, busy)())
        made.append(_grab(window, out_dir / f"laptop_{key}.png"))
    made += _staff_form_shot(out_dir, assembly)
    start = dt.datetime.combine(clinic.today(), dt.time())
    rows = [r for r in appointments_between(start, start + dt.timedelta(days=60),
                                            staff_id=assembly.session.staff_id)
            if r.course_id is not None]
    if rows:
        window.show_page("calendar")
        assembly.calendar.show_week(rows[0].starts_at.date())
        run_until(lambda: not assembly.calendar.is_loading())
        made.append(_grab(window, out_dir / "laptop_calendar_week.png"))
        assembly.open_patient(rows[0].patient_id)
        run_until(lambda: assembly.patients.showing_patient())
        made.append(_grab(window, out_dir / "laptop_patient.png"))
        assembly.plan_course(rows[0].patient_id)
        planner = window.findChildren(PlannerDialog)[-1]
        run_until(lambda: not planner.is_busy())  # its choices, checks and plan read in workers
        planner.preview().select_session(2)
        made.append(_grab(planner, out_dir / "laptop_planner_selected.png"))
        planner.close()
        made += _change_shots(out_dir, assembly, rows)
    made += _countersign_shot(out_dir, assembly)
    assembly.arrivals.stop_polling()
    assembly.calendar.stop_polling()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return made


def _staff_form_shot(out_dir: Path, assembly) -> list[Path]:
    """The staff page with the practitioner's account chosen: its roles and its diary."""
    me = assembly.session.staff_id
    account = next((a for a in staff.list_staff(by_staff_id=me)
                    if a.username == demo.PRACTITIONER[0]), None)
    if account is None:
        return []
    assembly.window.show_page("staff")
    page = assembly.window.built_page("staff")
    run_until(lambda: not page.is_busy())  # the accounts read in a worker
    page.select_staff(account.id)
    return [_grab(assembly.window, out_dir / "laptop_staff_practitioner.png")]


def _countersign_shot(out_dir: Path, assembly) -> list[Path]:
    """The planner of a patient whose latest intake answered a red flag "yes", opened by the
    admin (no practitioner): the practitioner's name and their PIN beside the reason."""
    me = assembly.session.staff_id
    flagged = next((row.id for row in patients.search_patients("br", staff_id=me)
                    if course_gates(row.id, CourseKind.standard, staff_id=me).needs_override), None)
    if flagged is None:
        return []
    assembly.plan_course(flagged)
    planner = assembly.window.findChildren(PlannerDialog)[-1]
    planner.resize(LAPTOP_WIDTH, 720)  # as it opens on the laptop (the offscreen screen is smaller)
    run_until(lambda: not planner.is_busy())  # its choices, checks and plan read in workers
    shot = _grab(planner, out_dir / "laptop_planner_countersign.png")
    planner.close()
    return [shot]


def _change_shots(out_dir: Path, assembly, rows) -> list[Path]:
    """'Move this and all following' with a clash, and the bookings a closure leaves in closed
    time, as they open over the desk."""
    from intake import clinic_setup
    from intake.scheduling.affected import affected_bookings
    from intake.scheduling.moves import plan_following_move
    from ui.desk.scheduling.affected_dialog import AffectedDialog
    from ui.desk.scheduling.move_preview import MovePreviewDialog
    from ui.desk.scheduling.texts import Names

    made = []
    session = assembly.session
    course = [r for r in rows if r.course_id == rows[0].course_id and r.status == AppointmentStatus.booked]
    if len(course) >= 4:
        clash = course[3].starts_at + dt.timedelta(days=1)
        clinic_setup.add_time_off(course[0].practitioner_id, clash.replace(hour=0, minute=0),
                                  clash.replace(hour=23, minute=0), "Course",
                                  by_staff_id=session.staff_id)
        plan = plan_following_move(course[0].id, course[0].starts_at + dt.timedelta(days=1),
                                   staff_id=session.staff_id)
        names = Names(session.staff_id)
        preview = MovePreviewDialog(plan, session, assembly.window, names=names)
        preview.show()
        made.append(_grab(preview, out_dir / "laptop_move_following_preview.png"))
        preview.close()
        day = course[1].starts_at.date()
        clinic_setup.add_closure(day, day, "Boiler repair", by_staff_id=session.staff_id)
        dialog = AffectedDialog(affected_bookings(staff_id=session.staff_id), session,
                                assembly.window, names=names)
        dialog.show()
        made.append(_grab(dialog, out_dir / "laptop_bookings_in_closed_time.png"))
        dialog.close()
    return made
