"""The calendar page: day and week views, a drag moves an appointment, a bad drag is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from intake.models import Appointment
from tests.ui.desk.scheduling.helpers import (
    book_twice_weekly_course,
    make_patient,
)
from ui.desk.calendar.page import CalendarPage, Showing

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
MONDAY = dt.date(2027, 3, 1)


@pytest.fixture
def booked(sqlite_db):
    desk, practitioners, rooms, patient, course = book_twice_weekly_course(MONDAY)
    first = Appointment.get((Appointment.course == course) & (Appointment.session_number == 1))
    return desk, practitioners, rooms, patient, first


def _page(qtbot, desk) -> CalendarPage:
    page = CalendarPage(desk, day=MONDAY)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    _settled(qtbot, page)
    return page


def _settled(qtbot, page: CalendarPage) -> None:
    """The calendar is read in a worker: wait until what was asked for is on screen."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)


def _drag(view, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(view, middle)
    QTest.mouseMove(view, end)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_moves_an_appointment(qtbot, booked):
    desk, practitioners, _, _, first = booked
    page = _page(qtbot, desk)
    view = page.view()
    assert first.starts_at == dt.datetime(2027, 3, 1, 10)
    rect = view.block_rect(first.id)
    assert rect is not None
    grab = rect.topLeft().toPoint() + QPoint(20, 4)
    target = view.point_for(0, dt.datetime(2027, 3, 1, 14, 0)).toPoint()
    target.setY(target.y() + 4)
    with qtbot.waitSignal(page.appointment_moved):
        _drag(view, grab, target)
    _settled(qtbot, page)
    moved = Appointment.get_by_id(first.id)
    assert moved.starts_at == dt.datetime(2027, 3, 1, 14, 0)
    assert moved.practitioner_id == practitioners[0]
    assert "Moved" in page.message()
    assert view.block_rect(first.id).top() > rect.top()


def test_drag_onto_lunch_break_is_refused_with_reason(qtbot, booked):
    desk, _, _, _, first = booked
    page = _page(qtbot, desk)
    view = page.view()
    rect = view.block_rect(first.id)
    grab = rect.topLeft().toPoint() + QPoint(20, 4)
    target = view.point_for(0, dt.datetime(2027, 3, 1, 12, 30)).toPoint()
    target.setY(target.y() + 4)
    _drag(view, grab, target)
    _settled(qtbot, page)  # the move is written (here refused) in the page's write lane
    assert "Cannot move" in page.message() and "opening hours" in page.message()
    assert Appointment.get_by_id(first.id).starts_at == dt.datetime(2027, 3, 1, 10)


def test_drag_onto_another_booking_is_refused(qtbot, booked):
    desk, practitioners, rooms, patient, first = booked
    other = make_patient("Ann", "Other")
    Appointment.create(patient=other, kind="consultation", practitioner=practitioners[0],
                       room=rooms[1], starts_at=dt.datetime(2027, 3, 1, 15),
                       ends_at=dt.datetime(2027, 3, 1, 15, 30), uid="other")
    page = _page(qtbot, desk)
    view = page.view()
    rect = view.block_rect(first.id)
    target = view.point_for(0, dt.datetime(2027, 3, 1, 15, 0)).toPoint()
    target.setY(target.y() + 4)
    _drag(view, rect.topLeft().toPoint() + QPoint(20, 4), target)
    _settled(qtbot, page)
    assert "Cannot move" in page.message() and "booked" in page.message()
    assert Appointment.get_by_id(first.id).starts_at == dt.datetime(2027, 3, 1, 10)


def test_click_opens_the_patient(qtbot, booked):
    desk, _, _, patient, first = booked
    page = _page(qtbot, desk)
    view = page.view()
    point = view.block_rect(first.id).center().toPoint()
    with qtbot.waitSignal(page.patient_open_requested) as opened:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert opened.args == [patient]


def test_week_view_shows_the_working_week_with_the_course(qtbot, booked):
    desk, practitioners, _, _, first = booked
    page = _page(qtbot, desk)
    page.choose(Showing.practitioner, practitioners[0])
    page.show_week(MONDAY)
    _settled(qtbot, page)
    view = page.view()
    assert [c.day.weekday() for c in view.columns()] == [0, 1, 2, 3, 4]  # closed weekend hidden
    assert view.block_rect(first.id) is not None
    second = Appointment.get((Appointment.course == first.course_id)
                             & (Appointment.session_number == 2))
    assert view.block_rect(second.id) is not None
    # its speed (load + paint) is a figure of `python -m bench.scheduling`, not a timed test


def test_a_change_at_another_desk_shows_within_two_seconds(qtbot, booked):
    from intake.scheduling import move_appointment

    desk, _, _, _, first = booked
    page = _page(qtbot, desk)
    view = page.view()
    before = view.block_rect(first.id)
    # another desk (same database, not through this page) moves the session to the afternoon
    move_appointment(first.id, dt.datetime(2027, 3, 1, 15), desk.staff_id)
    qtbot.waitUntil(lambda: view.block_rect(first.id).top() > before.top(), timeout=2000)
    Appointment.update(status="cancelled_clinic", sequence=Appointment.sequence + 1).where(
        Appointment.id == first.id).execute()
    qtbot.waitUntil(lambda: view.block_rect(first.id) is None, timeout=2000)


def _week_drag_to_tuesday(qtbot, desk, practitioners, first, monkeypatch, answer: bool):
    asked = []
    monkeypatch.setattr(CalendarPage, "confirm_move",
                        staticmethod(lambda _parent, text: asked.append(text) or answer))
    page = _page(qtbot, desk)
    page.choose(Showing.practitioner, practitioners[0])
    page.show_week(MONDAY)
    _settled(qtbot, page)
    view = page.view()
    rect = view.block_rect(first.id)
    target = view.point_for(1, dt.datetime(2027, 3, 2, 10, 0)).toPoint()
    target.setY(target.y() + 4)
    _drag(view, rect.topLeft().toPoint() + QPoint(10, 4), target)
    _settled(qtbot, page)
    return page, asked


def test_a_drag_to_another_day_asks_first(qtbot, booked, monkeypatch):
    desk, practitioners, _, _, first = booked
    page, asked = _week_drag_to_tuesday(qtbot, desk, practitioners, first, monkeypatch, False)
    assert len(asked) == 1 and "Jane Doe" in asked[0] and "Tue 2 Mar 10:00" in asked[0]
    assert Appointment.get_by_id(first.id).starts_at == dt.datetime(2027, 3, 1, 10)


def test_a_confirmed_drag_can_be_undone(qtbot, booked, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from intake.models import AuditEntry
    from tests.ui.desk.scheduling.helpers import child

    desk, practitioners, _, _, first = booked
    page, asked = _week_drag_to_tuesday(qtbot, desk, practitioners, first, monkeypatch, True)
    assert Appointment.get_by_id(first.id).starts_at == dt.datetime(2027, 3, 2, 10)
    undo = child(page, QPushButton, "Undo move")
    assert undo.isVisible()
    undo.click()
    _settled(qtbot, page)
    assert Appointment.get_by_id(first.id).starts_at == dt.datetime(2027, 3, 1, 10)
    assert "undone" in page.message() and not undo.isVisible()
    assert AuditEntry.select().where(AuditEntry.action == "appointment_moved").count() == 2
