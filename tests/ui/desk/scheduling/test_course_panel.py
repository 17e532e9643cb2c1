"""The course panel: statuses, moving one or this-and-following, no-show with a make-up session,
.ics export and the appointment card PDF."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QPushButton

from intake.models import Appointment, AuditEntry
from intake.scheduling import cancel_appointment
from tests.ui.desk.scheduling.helpers import (
    book_twice_weekly_course,
    child,
)
from ui.desk.scheduling.card_pdf import write_card
from ui.desk.scheduling.course_exports import CourseExports
from ui.desk.scheduling.course_panel import CoursesPanel

MONDAY = dt.date(2027, 3, 1)


@pytest.fixture
def course(sqlite_db):
    desk, _practitioners, _rooms, patient, course_id = book_twice_weekly_course(MONDAY)
    return desk, patient, course_id


def _sessions(course_id: int) -> list[Appointment]:
    return list(Appointment.select().where(Appointment.course == course_id)
                .order_by(Appointment.starts_at))


def _settled(qtbot, panel: CoursesPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=5000)


def _panel(qtbot, desk, patient, today: dt.date = MONDAY) -> CoursesPanel:
    panel = CoursesPanel(patient, desk, today=today)
    qtbot.addWidget(panel)
    _settled(qtbot, panel)  # the courses and the one shown read in a worker
    return panel


def test_lists_sessions_and_progress(qtbot, course):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    table = panel.table()
    assert table.rowCount() == 12
    assert table.item(4, 0).text() == "Session 5 of 12"
    assert table.item(0, 4).text() == "Booked"
    assert "0 of 12 attended" in panel.summary()
    assert "90-day window ends" in panel.summary()
    panel.select_session_row(0)
    child(panel, QPushButton, "Attended").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert _sessions(course_id)[0].status == "attended"
    assert table.item(0, 4).text() == "Attended"
    assert "1 of 12 attended" in panel.summary()


def test_an_account_disabled_meanwhile_reads_nothing_more(qtbot, course, tmp_path, monkeypatch):
    from intake import db as dbmod
    from intake.models import Staff

    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    assert panel.table().rowCount() == 12
    with dbmod.write():
        Staff.update(active=False).where(Staff.id == desk.staff_id).execute()
    panel.reload()
    _settled(qtbot, panel)  # read in a worker
    assert panel.message() == "Your account has been disabled: ask an admin."
    monkeypatch.setattr(CourseExports, "ask_save_path",
                        staticmethod(lambda *_args: str(tmp_path / "course.ics")))
    child(panel, QPushButton, "Export calendar (.ics)").click()
    _settled(qtbot, panel)  # read in the exports' worker
    assert panel.message() == "Your account has been disabled: ask an admin."
    assert not (tmp_path / "course.ics").exists()


def test_pain_asked_at_a_session_is_saved_with_attended(qtbot, course):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient, today=_sessions(course_id)[2].starts_at.date())
    pain = child(panel, QComboBox, "Pain today, 0 to 10")
    assert pain.currentData() is None  # no value until one is chosen
    panel.select_session_row(1)
    pain.setCurrentIndex(pain.findData(3))
    child(panel, QPushButton, "Attended").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert (_sessions(course_id)[1].status, _sessions(course_id)[1].pain_score) == ("attended", 3)
    assert panel.table().item(1, 4).text() == "Attended · pain 3/10 · entered late"
    assert pain.currentData() is None  # the next session starts unasked again
    panel.select_session_row(2)
    child(panel, QPushButton, "Attended").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert _sessions(course_id)[2].pain_score is None
    assert "Pain " in panel.summary() and "→ 3" in panel.summary()


def test_move_one(qtbot, course):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    before = _sessions(course_id)
    panel.select_session_row(1)
    child(panel, QDateTimeEdit, "Move to").setDateTime(dt.datetime(2027, 3, 3, 14, 0))
    child(panel, QPushButton, "Move this one").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    after = _sessions(course_id)
    moved = Appointment.get_by_id(before[1].id)
    assert moved.starts_at == dt.datetime(2027, 3, 3, 14, 0)
    assert [a.starts_at for a in after[2:]] == [a.starts_at for a in before[2:]]
    assert panel.message() == "Moved."


def test_move_this_and_following(qtbot, course):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    before = _sessions(course_id)
    panel.select_session_row(2)
    new_start = before[2].starts_at + dt.timedelta(hours=1)
    child(panel, QDateTimeEdit, "Move to").setDateTime(new_start)
    child(panel, QPushButton, "Move this and all following").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    after = {a.id: a.starts_at for a in _sessions(course_id)}
    assert after[before[0].id] == before[0].starts_at
    assert after[before[1].id] == before[1].starts_at
    for old in before[2:]:
        assert after[old.id] == old.starts_at + dt.timedelta(hours=1)


def test_move_following_with_a_clash_proposes_a_slot_in_a_preview(qtbot, course):
    from intake import clinic_setup
    from intake.models import Staff
    from ui.desk.scheduling.move_preview import MovePreviewDialog

    desk, patient, course_id = course
    before = _sessions(course_id)
    practitioner = before[0].practitioner_id
    clash_day = (before[6].starts_at + dt.timedelta(hours=1)).date()
    admin = Staff.get(Staff.role == "admin")
    clinic_setup.add_time_off(practitioner, dt.datetime.combine(clash_day, dt.time()),
                              dt.datetime.combine(clash_day, dt.time(23)), by_staff_id=admin.id)
    panel = _panel(qtbot, desk, patient)
    panel.select_session_row(2)
    child(panel, QDateTimeEdit, "Move to").setDateTime(before[2].starts_at + dt.timedelta(hours=1))
    child(panel, QPushButton, "Move this and all following").click()
    _settled(qtbot, panel)  # planned in the panel's reading lane
    dialogs = panel.findChildren(MovePreviewDialog)
    assert len(dialogs) == 1
    table = dialogs[0].table()
    assert table.rowCount() == 10
    notes = [table.item(row, 4).text() for row in range(10)]
    assert "the practitioner is not working" in notes[4]
    assert [n for n in notes if n] == [notes[4]]
    assert [a.starts_at for a in _sessions(course_id)] == [a.starts_at for a in before]  # not yet
    with qtbot.waitSignal(dialogs[0].moves_applied):  # written in the preview's write lane
        child(dialogs[0], QPushButton, "Confirm the moves").click()
    _settled(qtbot, panel)  # the course read again
    after = {a.id: a for a in _sessions(course_id)}
    assert after[before[3].id].starts_at == before[3].starts_at + dt.timedelta(hours=1)
    assert after[before[6].id].starts_at.date() != clash_day
    assert after[before[6].id].practitioner_id == practitioner
    assert panel.message() == "Moved this session and all the following ones."


def test_move_refused_with_reason(qtbot, course):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    before = _sessions(course_id)
    panel.select_session_row(2)
    # to the Saturday after it, when the clinic is closed
    saturday = before[2].starts_at + dt.timedelta(days=(5 - before[2].starts_at.weekday()) % 7)
    child(panel, QDateTimeEdit, "Move to").setDateTime(saturday)
    child(panel, QPushButton, "Move this and all following").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert panel.message().startswith("Cannot book or move session ")
    assert [a.starts_at for a in _sessions(course_id)] == [a.starts_at for a in before]


def test_no_show_offers_a_make_up_session(qtbot, course):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient, today=_sessions(course_id)[3].starts_at.date())
    last_before = _sessions(course_id)[-1].starts_at
    panel.select_session_row(3)
    makeup = child(panel, QPushButton, "Add a make-up session at the end")
    assert not makeup.isVisibleTo(panel)
    child(panel, QPushButton, "No-show").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert makeup.isVisibleTo(panel)
    makeup.click()
    _settled(qtbot, panel)  # written in the panel's write lane
    rows = _sessions(course_id)
    assert len(rows) == 13
    holding = [r for r in rows if r.status in ("booked", "attended")]
    assert len(holding) == 12
    assert rows[-1].starts_at > last_before
    assert [r.status for r in rows].count("no_show") == 1
    assert panel.table().rowCount() == 13


def test_cancel_by_patient(qtbot, course):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    panel.select_session_row(5)
    child(panel, QPushButton, "Cancelled by patient").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert _sessions(course_id)[5].status == "cancelled_patient"
    assert child(panel, QPushButton, "Add a make-up session at the end").isVisibleTo(panel)


def test_card_and_ics_exported(qtbot, course, tmp_path, monkeypatch):
    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    targets = iter([tmp_path / "card.pdf", tmp_path / "course.ics"])
    suggested = []
    monkeypatch.setattr(CourseExports, "ask_save_path",
                        staticmethod(lambda _p, _t, name, _f: suggested.append(name) or str(next(targets))))
    child(panel, QPushButton, "Save card as PDF").click()
    _settled(qtbot, panel)  # the card's facts read in a worker, then drawn
    assert suggested[0] == "appointment-card-Jane-Doe.pdf"
    assert panel.message() == "Appointment card saved as PDF."
    child(panel, QPushButton, "Export calendar (.ics)").click()
    _settled(qtbot, panel)  # read and written in a worker
    assert panel.message() == "Calendar file saved."
    text = " ".join(pypdf.PdfReader(tmp_path / "card.pdf").pages[0].extract_text().split())
    for appointment in _sessions(course_id):
        day = appointment.starts_at
        assert f"{day:%a} {day.day} {day:%b %Y}" in text
    assert "Riverside Back Care" in text and "Jane Doe" in text and "Dr Mei Chen" in text
    assert (tmp_path / "course.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_card_for_a_patient_lists_coming_appointments(qtbot, course, tmp_path):
    desk, patient, course_id = course
    path = write_card(tmp_path / "p.pdf", patient_id=patient, staff_id=desk.staff_id)
    text = " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())
    assert text.count("Session") >= 12


# --------------------------------------------------------------- issue 15: records that say what happened


def test_attended_and_no_show_wait_for_the_sessions_day_with_the_reason_shown(qtbot, course):
    """Main let a session next month be marked Attended (with a pain score) or No-show."""
    desk, patient, course_id = course
    sessions = _sessions(course_id)
    panel = _panel(qtbot, desk, patient, today=MONDAY)
    attended = child(panel, QPushButton, "Attended")
    no_show = child(panel, QPushButton, "No-show")
    hint = child(panel, QLabel, "Why a status cannot be recorded yet")
    panel.select_session_row(1)  # Thursday: not yet
    assert not attended.isEnabled() and not no_show.isEnabled()
    assert hint.isVisibleTo(panel)
    assert hint.text() == "Attended and No-show can be recorded from the session's day on (Thursday 4 March 2027)."
    assert child(panel, QPushButton, "Cancelled by patient").isEnabled()
    panel.select_session_row(0)  # Monday, the session's day
    assert attended.isEnabled() and no_show.isEnabled() and not hint.isVisibleTo(panel)
    attended.click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert _sessions(course_id)[0].status == "attended"
    assert [a.status for a in _sessions(course_id)[1:]] == ["booked"] * 11
    assert sessions[1].starts_at.date() == dt.date(2027, 3, 4)


def test_a_past_session_entered_late_then_undone(qtbot, course):
    desk, patient, course_id = course
    sessions = _sessions(course_id)
    panel = _panel(qtbot, desk, patient, today=sessions[2].starts_at.date())
    undo = child(panel, QPushButton, "Undo last status change")
    panel.select_session_row(0)  # two sessions ago
    assert not undo.isEnabled()
    child(panel, QPushButton, "No-show").click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert panel.table().item(0, 4).text() == "No-show · entered late"
    row = Appointment.get_by_id(sessions[0].id)
    assert (row.status, row.entered_late) == ("no_show", True)
    panel.select_session_row(0)
    assert undo.isEnabled()
    undo.click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert panel.message() == "Last status change undone: the session is “Booked” again."
    row = Appointment.get_by_id(sessions[0].id)
    assert (row.status, row.entered_late, row.undo_state) == ("booked", False, "")
    assert panel.table().item(0, 4).text() == "Booked"
    assert AuditEntry.select().where(AuditEntry.action == "appointment_status_undone").count() == 1
    panel.select_session_row(0)
    assert not undo.isEnabled()


def test_make_up_offered_any_time_the_course_is_short_and_made_up_to_twelve(qtbot, course):
    """Main offered it once, right after the event: two missed sessions left 11 of 12."""
    desk, patient, course_id = course
    sessions = _sessions(course_id)
    cancel_appointment(sessions[1].id, "patient", desk.staff_id, now=dt.datetime(2027, 2, 1))
    cancel_appointment(sessions[4].id, "clinic", desk.staff_id, now=dt.datetime(2027, 2, 1))
    panel = _panel(qtbot, desk, patient)  # opened later, from the patient page
    makeup = child(panel, QPushButton, "Add a make-up session at the end")
    assert makeup.isVisibleTo(panel) and makeup.text() == "Add a make-up session at the end (2 missing)"
    makeup.click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert makeup.isVisibleTo(panel) and makeup.text() == "Add a make-up session at the end (1 missing)"
    makeup.click()
    _settled(qtbot, panel)  # written in the panel's write lane
    assert not makeup.isVisibleTo(panel)
    active = [a for a in _sessions(course_id) if a.status in ("booked", "attended")]
    assert len(active) == 12
    assert panel.table().item(13, 0).text() == "Session 12 of 12"


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_a_long_course_prints_on_several_pages_with_consultation_and_rooms(qtbot, sqlite_db, tmp_path,
                                                                          monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from intake.models import Patient
    from intake.scheduling import (
        CourseRequest,
        Pattern,
        book_consultation,
        book_course,
        plan_course,
        soonest_consultation_slots,
    )
    from tests.ui.desk.scheduling.helpers import add_people, make_clinic, make_intake, make_patient

    admin, desk = make_clinic()
    practitioners, rooms = add_people(admin)
    patient = make_patient("Griffin", "Official")  # "ffi" and "ffi": ligatures in most fonts
    make_intake(patient)
    slot = soonest_consultation_slots(dt.datetime(2027, 2, 22, 8), limit=1)[0]
    book_consultation(patient, slot, desk.staff_id)
    plan = plan_course(CourseRequest(start=dt.datetime(2027, 3, 1), sessions=20, pattern=Pattern.weekly(3),
                                     preferred_time=dt.time(10), patient_id=patient))
    course_id = book_course(patient, plan, desk.staff_id)
    panel = _panel(qtbot, desk, patient)
    printed = tmp_path / "printed.pdf"

    def printer(_parent):
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    monkeypatch.setattr(CourseExports, "ask_printer", staticmethod(printer))
    child(panel, QPushButton, "Print appointment card").click()
    _settled(qtbot, panel)  # the card's facts read in a worker
    assert panel.message() == "Appointment card sent to the printer."
    saved = write_card(tmp_path / "saved.pdf", course_id=course_id, staff_id=desk.staff_id)
    for path in (printed, saved):
        pages = pypdf.PdfReader(path).pages
        assert len(pages) >= 2
        text = _pdf_text(path)
        assert "Griffin Official" in text
        assert all(f"Session {n} of 20" in text for n in range(1, 21))
        assert "Free consultation" in text and "Room 1" in text
        assert f"Page {len(pages)} of {len(pages)}" in text
    assert Patient.get_by_id(patient).first_name == "Griffin"


def test_exports_read_and_write_in_a_worker(qtbot, course, tmp_path, monkeypatch):
    """Issue 18: the .ics file is read and written, and the card's facts read, off the GUI thread."""
    from tests.ui.desk.held_storage import (
        CLICK_MS,
        GAP_MS,
        click_returns_at_once,
        hold,
        turning,
        while_held,
    )
    from ui.desk.scheduling import course_exports

    desk, patient, course_id = course
    panel = _panel(qtbot, desk, patient)
    monkeypatch.setattr(CourseExports, "ask_save_path",
                        staticmethod(lambda _p, _t, name, _f: str(tmp_path / name)))
    for button, name, call in (("Export calendar (.ics)", "backcare-course.ics", "course_ics"),
                               ("Save card as PDF", "appointment-card-Jane-Doe.pdf", "card_facts")):
        held = hold(monkeypatch, course_exports, call)
        with turning() as turns:
            took_ms = click_returns_at_once(child(panel, QPushButton, button))
            while_held(qtbot, held, turns)
            assert not (tmp_path / name).exists()  # not yet
            held.release()
            _settled(qtbot, panel)
        assert took_ms < CLICK_MS and turns.longest_gap_ms < GAP_MS, button
        assert held.ran_off_the_gui_thread() and len(held.threads) == 1
        assert (tmp_path / name).stat().st_size > 0


def test_the_course_shown_is_read_in_a_worker(qtbot, course, monkeypatch):
    """Issue 18: opening the panel (or choosing another course) never reads on the GUI thread."""
    from tests.ui.desk.held_storage import GAP_MS, hold, turning, while_held
    from ui.desk.scheduling import course_panel

    desk, patient, course_id = course
    held = hold(monkeypatch, course_panel, "course_summary")
    with turning() as turns:
        panel = CoursesPanel(patient, desk, today=MONDAY)
        qtbot.addWidget(panel)
        while_held(qtbot, held, turns)
        assert panel.table().rowCount() == 0  # not yet
        held.release()
        _settled(qtbot, panel)
    assert turns.longest_gap_ms < GAP_MS and held.ran_off_the_gui_thread()
    assert panel.table().rowCount() == 12
