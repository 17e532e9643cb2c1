"""The settings page driven as an admin and as the front desk would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QSpinBox

from intake import clinic_setup
from intake.models import Appointment, Clinic, HolidayOpening, OpeningPeriod, Practitioner, Room
from tests.ui.desk.scheduling.helpers import child, make_clinic, settled
from ui.desk.settings.page import SettingsPage


@pytest.fixture
def sessions(sqlite_db):
    return make_clinic()


def _shown(qtbot, session) -> SettingsPage:
    """The page as staff meet it: shown (it reads the settings when first shown)."""
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)  # read in a worker
    return page


def test_admin_changes_opening_hours_with_a_break(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    saturday = child(page, QLineEdit, "Opening hours on Saturday")
    saturday.setText("09:00-12:00, 12:30-14:00")
    child(page, QPushButton, "Save opening hours").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert clinic_setup.opening_hours(by_staff_id=admin.staff_id)[5] == [(540, 720), (750, 840)]
    assert page.hours_tab().error_text() == ""


def test_overlap_shown_next_to_the_day_and_nothing_saved(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    before = OpeningPeriod.select().count()
    child(page, QLineEdit, "Opening hours on Tuesday").setText("09:00-13:00, 12:00-18:00")
    child(page, QLineEdit, "Opening hours on Wednesday").setText("")
    child(page, QPushButton, "Save opening hours").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert "overlap" in page.hours_tab().error_text("opening_hours.1")
    assert OpeningPeriod.select().count() == before
    assert clinic_setup.opening_hours(by_staff_id=admin.staff_id)[2] != []  # Wednesday was not closed either
    child(page, QLineEdit, "Opening hours on Tuesday").setText("18:00-09:00")
    child(page, QPushButton, "Save opening hours").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert "after the start" in page.hours_tab().error_text("opening_hours.1")


def test_lengths_and_required_name(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    child(page, QSpinBox, "Treatment session").setValue(50)
    child(page, QSpinBox, "Course length").setValue(10)
    child(page, QPushButton, "Save clinic details").click()
    settled(qtbot, page)  # saved in the tab's write lane
    clinic = Clinic.get()
    assert (clinic.treatment_minutes, clinic.course_length) == (50, 10)
    child(page, QLineEdit, "Name").setText("   ")
    child(page, QPushButton, "Save clinic details").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert page.clinic_tab().error_text("clinic_name") == "Clinic name: please fill this in."
    assert Clinic.get().name == "Riverside Back Care"


def test_front_desk_reads_but_cannot_edit(qtbot, sessions):
    admin, desk = sessions
    page = _shown(qtbot, desk)
    assert not child(page, QPushButton, "Save opening hours").isVisibleTo(page)
    assert child(page, QLineEdit, "Opening hours on Monday").isReadOnly()
    assert child(page, QLineEdit, "Opening hours on Monday").text() == "09:00–12:30, 13:30–18:00"
    assert not child(page, QPushButton, "Save clinic details").isVisibleTo(page)


def test_holiday_ticked_open(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    holidays = child(page, QListWidget, "Public holidays; ticked ones are open")
    assert holidays.count() >= 5
    item = holidays.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    settled(qtbot, page)  # saved in the tab's write lane
    assert HolidayOpening.select().count() == 1
    assert item.text().endswith("open")


def test_admin_adds_practitioner_and_room(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    child(page, QLineEdit, "Practitioner name").setText("Dr Mei Chen")
    child(page, QLineEdit, "Colour").setText("blue")
    child(page, QPushButton, "Save practitioner").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert page.practitioners_tab().error_text("colour") == "Choose a colour like #2e7d6b."
    assert Practitioner.select().count() == 0
    child(page, QLineEdit, "Colour").setText("#3366aa")
    child(page, QPushButton, "Save practitioner").click()
    settled(qtbot, page)  # saved in the tab's write lane
    mei = Practitioner.get()
    assert mei.name == "Dr Mei Chen"
    assert clinic_setup.practitioner_hours(mei.id, by_staff_id=admin.staff_id)[0] == [(540, 750), (810, 1080)]
    child(page, QLineEdit, "Room name").setText("Room 1")
    child(page, QPushButton, "Add as new room").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert [r.name for r in Room.select()] == ["Room 1"]


def test_admin_adds_a_closure_range(qtbot, sessions):
    import datetime as dt

    from PySide6.QtWidgets import QDateEdit

    from intake.models import Closure

    admin, _ = sessions
    page = _shown(qtbot, admin)
    first = child(page, QDateEdit, "First closed day")
    last = child(page, QDateEdit, "Last closed day")
    first.setDate(dt.date.today() + dt.timedelta(days=10))
    last.setDate(dt.date.today() + dt.timedelta(days=8))
    assert last.date().toPython() == dt.date.today() + dt.timedelta(days=8)
    child(page, QPushButton, "Add closure").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert "after the start" in page.hours_tab().error_text("closure_last_day")
    assert Closure.select().count() == 0
    last.setDate(dt.date.today() + dt.timedelta(days=14))
    child(page, QLineEdit, "Reason for closing").setText("Staff training")
    child(page, QPushButton, "Add closure").click()
    settled(qtbot, page)  # saved in the tab's write lane
    closure = Closure.get()
    assert (closure.last_day - closure.first_day).days == 4 and closure.reason == "Staff training"
    assert "Staff training" in child(page, QListWidget, "Closures").item(0).text()


def test_time_zone_and_region_from_lists_with_a_warning_on_a_zone_change(qtbot, sessions):
    import datetime as dt

    from PySide6.QtWidgets import QComboBox, QLabel

    from intake.models import Appointment, AuditEntry, Patient

    admin, _ = sessions
    practitioner = clinic_setup.add_practitioner("Dr A", by_staff_id=admin.staff_id)
    room = clinic_setup.add_room("Room A", by_staff_id=admin.staff_id)
    patient = Patient.create(first_name="A", last_name="B", name_key="b a",
                             date_of_birth=dt.date(1970, 1, 1))
    visit = Appointment.create(patient=patient.id, kind="consultation", practitioner=practitioner.id,
                               room=room.id, starts_at=dt.datetime(2030, 1, 7, 10),
                               ends_at=dt.datetime(2030, 1, 7, 10, 30), uid="x@backcare")
    page = _shown(qtbot, admin)
    zone = child(page, QComboBox, "Time zone")
    region = child(page, QComboBox, "Holiday region")
    warning = next(w for w in page.findChildren(QLabel) if w.objectName() == "warningText")
    assert zone.currentText() == "Europe/London" and not warning.isVisible()
    region.setCurrentIndex(region.findData("ENG"))
    zone.setCurrentIndex(zone.findText("Europe/Dublin"))
    assert warning.isVisible() and "10:00 stays at 10:00" in warning.text()
    child(page, QPushButton, "Save clinic details").click()
    settled(qtbot, page)  # saved in the tab's write lane
    clinic = Clinic.get()
    assert (clinic.timezone, clinic.region) == ("Europe/Dublin", "ENG")
    assert Appointment.get_by_id(visit.id).starts_at == dt.datetime(2030, 1, 7, 10)
    assert not warning.isVisible()
    assert AuditEntry.select().where(AuditEntry.action == "clinic_timezone_changed").count() == 1


def test_admin_sets_a_practitioners_buffer_time(qtbot, sessions):
    admin, _ = sessions
    page = _shown(qtbot, admin)
    child(page, QLineEdit, "Practitioner name").setText("Dr Mei Chen")
    buffer = child(page, QSpinBox, "Buffer between appointments")
    assert buffer.value() == 0 and buffer.text() == "none"
    buffer.setValue(10)
    child(page, QPushButton, "Save practitioner").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert Practitioner.get().buffer_minutes == 10
    buffer.setValue(15)
    child(page, QPushButton, "Save practitioner").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert Practitioner.get().buffer_minutes == 15


def test_a_closure_over_bookings_lists_them_with_new_times_and_moves_them(qtbot, sqlite_db):
    import datetime as dt

    from PySide6.QtWidgets import QDateEdit

    from intake.models import Staff
    from intake.session import StaffSession
    from tests.ui.desk.scheduling.helpers import book_twice_weekly_course
    from ui.desk.scheduling.affected_dialog import AffectedDialog

    _desk, _practitioners, _rooms, _patient, course_id = book_twice_weekly_course(dt.date(2027, 3, 1))
    ada = Staff.get(Staff.role == "admin")
    page = _shown(qtbot, StaffSession(ada.id, "Ada", "admin"))
    sessions = list(Appointment.select().where(Appointment.course == course_id).order_by(Appointment.starts_at))
    closed = sessions[2].starts_at.date()
    child(page, QDateEdit, "First closed day").setDate(closed)
    child(page, QDateEdit, "Last closed day").setDate(closed)
    child(page, QLineEdit, "Reason for closing").setText("Boiler repair")
    child(page, QPushButton, "Add closure").click()
    settled(qtbot, page)  # saved in the tab's write lane, the bookings looked for in a worker
    dialogs = page.findChildren(AffectedDialog)
    assert len(dialogs) == 1
    table = dialogs[0].table()
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Jane Doe"
    assert "Boiler repair" in table.item(0, 2).text()
    with qtbot.waitSignal(dialogs[0].rebooked):  # moved in the dialog's write lane
        child(dialogs[0], QPushButton, "Move them as proposed").click()
    moved = Appointment.get_by_id(sessions[2].id)
    assert moved.starts_at.date() != closed and moved.status == "booked"
    assert moved.starts_at.time() == sessions[2].starts_at.time()


def test_a_closure_in_the_past_is_refused_next_to_the_field(qtbot, sessions):
    import datetime as dt

    from PySide6.QtWidgets import QDateEdit

    from intake import clinic

    admin, _ = sessions
    page = _shown(qtbot, admin)
    yesterday = clinic.today() - dt.timedelta(days=1)
    child(page, QDateEdit, "First closed day").setDate(yesterday)
    child(page, QDateEdit, "Last closed day").setDate(yesterday)
    child(page, QPushButton, "Add closure").click()
    settled(qtbot, page)  # saved in the tab's write lane
    assert "has passed" in page.hours_tab().error_text("closure_first_day")
    assert clinic_setup.list_closures(by_staff_id=admin.staff_id) == []
