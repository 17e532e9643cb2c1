"""Screenshots of the scheduling screens over the demo clinic: settings, the consultation dialog,
the course planner (with sessions moved around a public holiday), the calendar's day and week
views, the course panel and the appointment card."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from intake import clinic, clinic_setup, demo, staff
from intake.scheduling.calendar import appointments_between
from intake.session import StaffSession
from intake.vocabulary import Role
from ui.desk.calendar.page import CalendarPage, Showing
from ui.desk.scheduling.card_pdf import render_card
from ui.desk.scheduling.consultation_dialog import ConsultationDialog
from ui.desk.scheduling.course_panel import CoursesPanel
from ui.desk.scheduling.planner_dialog import PlannerDialog
from ui.desk.settings.page import SettingsPage
from ui.desk.shell.main_window import desk_stylesheet
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until, run_until_read


def _admin_session() -> StaffSession:
    account = staff.first_active_admin()
    if account is None:
        raise RuntimeError("the demo clinic has no admin")
    return StaffSession(account.id, account.display_name, roles=staff.roles(account.id))


def _desk_session() -> StaffSession:
    """The demo clinic's receptionist (front desk): Settings read-only."""
    admin_id = _admin_session().staff_id
    account = next((a for a in staff.list_staff(by_staff_id=admin_id)
                    if a.active and staff.roles(a.id) == (Role.front_desk,)), None)
    if account is None:  # a clinic without a receptionist yet: one for this picture
        account = staff.create_staff("reception", "Reception", Role.front_desk,
                                     "screenshots only 1", by_staff_id=admin_id)
    return StaffSession(account.id, account.display_name, roles=staff.roles(account.id))


def with_loaded(page: SettingsPage) -> None:
    """What the desk does when the page is first shown: read the settings in a worker."""
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))
    page.reload()
    run_until(lambda: bool(loaded))


def _save(widget: QWidget, path: Path, width: int, height: int) -> Path:
    widget.setStyleSheet(desk_stylesheet())  # as inside the desk window
    widget.resize(width, height)
    widget.show()
    run_until_read(widget)  # what the screen reads in a worker is on it
    grab_to(widget, path)
    widget.close()
    return path


def _dispose(*widgets: QWidget) -> None:
    """Delete the screens now, inside Qt's event loop, not at interpreter exit."""
    for widget in widgets:
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _course_row(today: dt.date, staff_id: int | None):
    start = dt.datetime.combine(today, dt.time())
    rows = appointments_between(start, start + dt.timedelta(days=60), staff_id=staff_id)
    return next((r for r in rows if r.course_id is not None and r.starts_at.weekday() < 5),
                rows[0] if rows else None)


def _holiday_ahead(today: dt.date, staff_id: int | None) -> dt.date:
    for holiday in clinic_setup.upcoming_holidays(today, by_staff_id=staff_id):
        if holiday.day.weekday() < 5 and not holiday.open and holiday.day > today + dt.timedelta(days=5):
            return holiday.day
    return today + dt.timedelta(days=14)


def shots(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if not clinic.is_set_up():
        demo.fill()
    today = clinic.today()
    session = _admin_session()
    made: list[Path] = []

    settings = SettingsPage(session)
    with_loaded(settings)
    for index, name in enumerate(("settings_clinic", "settings_hours", "settings_practitioners")):
        settings.show_section(index)
        made.append(_save(settings, out_dir / f"{name}.png", 1200, 820))
    reader = SettingsPage(_desk_session())
    with_loaded(reader)
    reader.show_section(1)
    made.append(_save(reader, out_dir / "settings_read_only.png", 1200, 820))
    _dispose(settings, reader)

    row = _course_row(today, session.staff_id)
    patient_id = row.patient_id if row else None
    if patient_id is not None:
        dialog = ConsultationDialog(patient_id, session, patient_name=row.patient_name)
        made.append(_save(dialog, out_dir / "consultation_dialog.png", 620, 480))
        _dispose(dialog)

        holiday = _holiday_ahead(today, session.staff_id)
        now = dt.datetime.combine(holiday - dt.timedelta(days=4), dt.time(8))
        planner = PlannerDialog(patient_id, session, patient_name=row.patient_name, now=now)
        run_until_read(planner)  # its choices read in a worker
        time_box = next(c for c in planner.findChildren(QComboBox)
                        if c.accessibleName() == planner.tr("Preferred time of day"))
        time_box.setCurrentIndex(time_box.findText("10:00"))
        planner.propose()
        run_until(lambda: not planner.is_busy())  # planned in a worker
        made.append(_save(planner, out_dir / "planner_preview_moved.png", 1280, 760))
        planner.preview().select_session(3)
        made.append(_save(planner, out_dir / "planner_change_session.png", 1280, 760))
        _dispose(planner)

        panel = CoursesPanel(patient_id, session)
        made.append(_save(panel, out_dir / "course_panel.png", 900, 640))
        _dispose(panel)
        if row.course_id is not None:
            path = out_dir / "appointment_card.png"
            render_card(course_id=row.course_id, staff_id=session.staff_id).save(str(path))
            made.append(path)

    calendar = CalendarPage(session, day=row.starts_at.date() if row else today)
    made.append(_save(calendar, out_dir / "calendar_day.png", 1400, 860))
    calendar.show_week(row.starts_at.date() if row else today)
    made.append(_save(calendar, out_dir / "calendar_week_all.png", 1400, 860))
    if row is not None:
        calendar.choose(Showing.practitioner, row.practitioner_id)
    made.append(_save(calendar, out_dir / "calendar_week_practitioner.png", 1400, 860))
    _dispose(calendar)
    return made
