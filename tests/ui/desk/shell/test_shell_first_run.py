"""First run: a message per field, nothing stored until all is right, then clinic + admin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from intake import staff as staffmod
from intake.clinic import get_clinic, is_set_up
from intake.models import Staff
from tests.ui.desk.shell_support import _cheap_hashes, control  # noqa: F401 - fixture
from ui.desk.assembly import DeskAssembly
from ui.desk.shell.first_run import FirstRunWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def first_run(qtbot, sqlite_db):
    win = FirstRunWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def fill(win, **values):
    names = {"clinic": "Clinic name", "username": "Admin username", "name": "Admin's name",
             "password": "Password", "again": "Password again"}
    for key, text in values.items():
        control(win, QLineEdit, names[key]).setText(text)


def test_every_wrong_field_gets_its_own_message_and_nothing_is_stored(qtbot, first_run):
    fill(first_run, username="two words", password="short", again="shorter")
    control(first_run, QPushButton, "Create the clinic and the admin account").click()
    errors = first_run.field_errors()
    assert set(errors) == {"clinic_name", "username", "display_name", "password", "password_again"}
    assert "8 characters" in errors["password"]
    assert not is_set_up() and Staff.select().count() == 0


def test_completed_creates_clinic_and_first_admin(qtbot, first_run):
    country = control(first_run, QComboBox, "Country")
    country.setCurrentIndex(country.findData("FR"))
    zone = control(first_run, QComboBox, "Time zone")
    zone.setCurrentText("Europe/Paris")
    fill(first_run, clinic="Dos Calme", username="Marie", name="Marie Martin",
         password="long enough pass", again="long enough pass")
    with qtbot.waitSignal(first_run.completed):
        qtbot.keyClick(control(first_run, QLineEdit, "Password again"), Qt.Key.Key_Return)
    clinic = get_clinic()
    assert (clinic.name, clinic.country, clinic.timezone) == ("Dos Calme", "FR", "Europe/Paris")
    admin = staffmod.authenticate("marie", "long enough pass")
    assert admin.role == "admin" and first_run.admin_username() == "marie"
    assert control(first_run, QLineEdit, "Password").text() == ""


def test_first_start_goes_from_setup_to_the_desk_sign_in(qtbot, sqlite_db):
    from ui import windows
    from ui.desk.shell.main_window import DeskWindow

    start = windows.start_desk("sqlite:///new.db")  # the database is open and has no clinic
    desk = start.assembly.window
    qtbot.addWidget(desk)
    with qtbot.waitSignal(start.ready, timeout=5000):
        pass
    first = start.first_run
    qtbot.addWidget(first)
    assert isinstance(first, FirstRunWindow) and first.isVisible()
    assert not desk.isVisible()  # first run instead of the sign-in page
    fill(first, clinic="Back in Balance", username="ada", name="Ada Lovelace",
         password="long enough pass", again="long enough pass")
    control(first, QPushButton, "Create the clinic and the admin account").click()
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=3000)
    assembly = start.assembly
    assert isinstance(assembly, DeskAssembly) and start.outcome() is windows.StartOutcome.desk
    assert isinstance(desk, DeskWindow) and desk.isVisible() and desk.is_locked()
    assert not desk.is_opening()
    assert control(desk, QLineEdit, "Username").text() == "ada"
    qtbot.waitUntil(lambda: desk.built_page("arrivals") is not None)  # urgent arrivals watched from the start
    assembly.arrivals.stop_polling()


def test_the_holiday_region_is_chosen_from_the_countrys_list(qtbot, first_run):
    country = control(first_run, QComboBox, "Country")
    region = control(first_run, QComboBox, "Holiday region")
    country.setCurrentIndex(country.findData("GB"))
    listed = [region.itemText(i) for i in range(region.count())]
    assert listed[0].startswith("Whole country") and "England (ENG)" in listed
    region.setCurrentIndex(region.findData("ENG"))
    country.setCurrentIndex(country.findData("FR"))
    assert region.currentData() == ""  # another country's regions, none chosen
    country.setCurrentIndex(country.findData("GB"))
    region.setCurrentIndex(region.findData("SCT"))
    fill(first_run, clinic="Glen Back Care", username="ewan", name="Ewan Ross",
         password="long enough pass", again="long enough pass")
    with qtbot.waitSignal(first_run.completed):
        qtbot.keyClick(control(first_run, QLineEdit, "Password again"), Qt.Key.Key_Return)
    assert (get_clinic().country, get_clinic().region) == ("GB", "SCT")
