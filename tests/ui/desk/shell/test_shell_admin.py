"""Staff page and audit viewer, driven as an admin would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from intake import audit
from intake import staff as staffmod
from intake.models import AuditEntry, Patient, Staff
from intake.session import StaffSession
from tests.ui.desk.shell_support import (  # noqa: F401 - fixtures
    _accounts,
    _cheap_hashes,
    control,
)
from ui.desk.audit.page import AuditView
from ui.desk.staff.page import StaffAdminPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def settled(qtbot, page: StaffAdminPage) -> None:
    """Wait for the page's worker lanes: a change written, the list read again."""
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)


def session_of(staff: Staff) -> StaffSession:
    session = StaffSession()
    session.sign_in(staff.id, staff.display_name, staff.role)
    return session


@pytest.fixture
def staff_page(qtbot, accounts):
    admin, _ = accounts
    page = StaffAdminPage(session_of(admin))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settled(qtbot, page)  # read in a worker
    return page


def table_texts(page, name: str, column: int) -> list[str]:
    table = control(page, QTableView, name)
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_admin_adds_a_staff_member(qtbot, staff_page):
    control(staff_page, QLineEdit, "New username").setText("pat.prac")
    control(staff_page, QLineEdit, "New staff member's name").setText("Pat Practitioner")
    roles = control(staff_page, QComboBox, "New staff member's role")
    roles.setCurrentIndex(roles.findData("practitioner"))
    control(staff_page, QLineEdit, "New password").setText("needles and pins")
    control(staff_page, QLineEdit, "New password again").setText("needles and pins")
    control(staff_page, QPushButton, "Add staff member").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    created = Staff.get(Staff.username == "pat.prac")
    assert created.role == "practitioner" and created.active
    assert "Pat Practitioner" in table_texts(staff_page, "Staff accounts", 0)
    assert "can now sign in" in control(staff_page, QLabel, "Add staff message").text()
    assert control(staff_page, QLineEdit, "New password").text() == ""
    assert AuditEntry.select().where(AuditEntry.action == "staff_created",
                                     AuditEntry.detail.contains(f"account={created.id}")).exists()


def test_add_form_names_the_field_in_trouble(qtbot, staff_page):
    control(staff_page, QLineEdit, "New username").setText("desk")
    control(staff_page, QLineEdit, "New staff member's name").setText("Someone")
    control(staff_page, QLineEdit, "New password").setText("long enough")
    control(staff_page, QLineEdit, "New password again").setText("long enougH")
    control(staff_page, QPushButton, "Add staff member").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    message = control(staff_page, QLabel, "Add staff message")
    assert "differ" in message.text()
    control(staff_page, QLineEdit, "New password again").setText("long enough")
    control(staff_page, QPushButton, "Add staff member").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    assert "already used" in message.text()
    assert Staff.select().count() == 2


def test_admin_disables_enables_and_resets_an_account(qtbot, staff_page, accounts):
    _, desk = accounts
    assert staff_page.select_staff(desk.id)
    toggle = control(staff_page, QPushButton, "Disable or enable the account")
    assert toggle.text() == "Disable account"
    toggle.click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    assert not Staff.get_by_id(desk.id).active
    assert "Disabled" in table_texts(staff_page, "Staff accounts", 3)
    assert toggle.text() == "Enable account"
    toggle.click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    assert Staff.get_by_id(desk.id).active
    control(staff_page, QLineEdit, "Reset: new password").setText("a new desk pass")
    control(staff_page, QLineEdit, "Reset: new password again").setText("a new desk pass")
    control(staff_page, QLineEdit, "Reset: new PIN").setText("97531")
    control(staff_page, QPushButton, "Reset password or PIN").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    assert "unlocked" in control(staff_page, QLabel, "Account message").text()
    assert staffmod.authenticate("desk", "a new desk pass").id == desk.id
    assert staffmod.unlock_desk(desk.id, "97531").id == desk.id


def test_last_admin_cannot_be_disabled_or_demoted_from_the_page(qtbot, staff_page, accounts):
    admin, _ = accounts
    staff_page.select_staff(admin.id)
    control(staff_page, QPushButton, "Disable or enable the account").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    message = control(staff_page, QLabel, "Account message")
    assert "last active admin" in message.text()
    roles = control(staff_page, QComboBox, "Role of the selected account")
    roles.setCurrentIndex(roles.findData("front_desk"))
    control(staff_page, QPushButton, "Change role").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    assert "last active admin" in message.text()
    stored = Staff.get_by_id(admin.id)
    assert stored.active and stored.role == "admin"


def test_staff_page_shows_refusal_to_a_non_admin_session(qtbot, accounts):
    _, desk = accounts
    page = StaffAdminPage(session_of(desk))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settled(qtbot, page)
    assert page.staff_count() == 0
    assert "Only an active admin" in page.findChild(QLabel, "errorText").text()


@pytest.fixture
def trail(accounts):
    admin, desk = accounts
    patient = Patient.create(first_name="Pat", last_name="Smith", name_key="smith pat",
                             date_of_birth=dt.date(1970, 1, 2))
    audit.record("patient_viewed", staff_id=desk.id, patient_id=patient.id)
    audit.record("patient_viewed", staff_id=admin.id, patient_id=patient.id)
    return patient


def test_audit_view_lists_and_filters_by_staff(qtbot, accounts, trail):
    admin, desk = accounts
    view = AuditView(session_of(admin))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):  # read in a worker
        view.refresh()
    total = view.row_count()
    assert total >= 4  # two staff_created + two views
    people = control(view, QComboBox, "Filter by staff member")
    people.setCurrentIndex(people.findData(desk.id))
    with qtbot.waitSignal(view.loaded):
        control(view, QPushButton, "Show matching entries").click()
    assert table_texts(view, "Audit entries", 1) == ["Dee Desk"]
    assert table_texts(view, "Audit entries", 3) == [f"Smith, Pat (no. {trail.id})"]
    people.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded):
        view.show_patient(trail.id)
    assert view.row_count() == 2
    model = view.model()
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_audit_view_empty_for_a_non_admin(qtbot, accounts, trail):
    _, desk = accounts
    view = AuditView(session_of(desk))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert view.row_count() == 0
    assert "admin" in view.findChild(QLabel, "errorText").text()


def test_the_owner_is_admin_and_practitioner_linked_to_their_diary(qtbot, staff_page, accounts):
    from PySide6.QtWidgets import QCheckBox

    from intake import access, clinic_setup

    admin, _ = accounts
    diary = clinic_setup.add_practitioner("Mei Chen", by_staff_id=admin.id)
    staff_page.select_staff(admin.id)
    control(staff_page, QCheckBox, "Also a practitioner").setChecked(True)
    control(staff_page, QPushButton, "Change role").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    assert staffmod.roles(admin.id) == ("admin", "practitioner")
    diaries = control(staff_page, QComboBox, "Practitioner's diary of the selected account")
    diaries.setCurrentIndex(diaries.findText("Mei Chen"))
    control(staff_page, QPushButton, "Link diary").click()
    settled(qtbot, staff_page)  # in the form's write lane, then the list read
    assert "Diary linked" in control(staff_page, QLabel, "Account message").text()
    me = access.require(admin.id, access.DECIDE)  # may now record their own decisions
    assert me.practitioner_id == diary.id and Staff.get_by_id(admin.id).practitioner_id == diary.id


def test_the_role_controls_show_only_what_may_be_chosen(qtbot, staff_page, accounts):
    from PySide6.QtWidgets import QCheckBox

    _, desk = accounts
    roles = control(staff_page, QComboBox, "Role of the selected account")
    also = control(staff_page, QCheckBox, "Also a practitioner")
    diaries = control(staff_page, QComboBox, "Practitioner's diary of the selected account")
    staff_page.select_staff(desk.id)
    assert roles.currentText() == "Front desk" and also.isEnabled() and not also.isChecked()
    assert diaries.currentText() == "(no diary)"
    roles.setCurrentIndex(roles.findData("practitioner"))  # "also practitioner" says nothing then
    assert not also.isEnabled() and not also.isChecked()
    roles.setCurrentIndex(roles.findData("admin"))
    assert also.isEnabled()
