"""The Patients page: search as you type, opening a page (audited), new patient (Ctrl+N) with
the kiosk's validation, editing details, the intake rendering and the add_panel hook."""

from __future__ import annotations

import pytest
from playhouse.test_utils import assert_query_count
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from intake.models import AuditEntry, Intake, Patient
from intake.session import StaffSession
from tests.desk_data import make_intake, make_patient, make_staff
from ui.desk.patients.intake_view import IntakeView
from ui.desk.patients.patients_page import PatientsPage
from ui.desk.shell.main_window import desk_stylesheet
from ui.style_sheets import palette

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot, staff_id: int) -> PatientsPage:
    session = StaffSession()
    session.sign_in(staff_id, "Rita Reception", "front_desk")
    page = PatientsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def _background(label: QLabel) -> str:
    """The colour painted in the label's corner (its background, where there is no text)."""
    return QColor(label.grab().toImage().pixel(1, 1)).name()


def _names(page):
    return [f"{r.first_name} {r.last_name}" for r in page.results()]


def _settled(qtbot, page) -> None:
    """The search runs in a worker: wait until its newest answer is on screen."""
    qtbot.waitUntil(lambda: not page.is_searching(), timeout=5000)


def _open(qtbot, page, patient_id: int) -> None:
    with qtbot.waitSignal(page.patient_opened, timeout=5000):
        page.open_patient(patient_id)


def test_search_as_you_type_by_name_phone_and_birthday(qtbot, db):
    staff = make_staff()
    make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    make_patient("John", "Smith", "1975-01-31", "+447911123457")
    make_patient("Anna", "Smithers", "1990-06-15", "+447911123789")
    page = _page(qtbot, staff)
    qtbot.keyClicks(page.search_box(), "smi")
    _settled(qtbot, page)
    assert _names(page) == ["John Smith", "Anna Smithers"]
    qtbot.keyClicks(page.search_box(), " jo")
    _settled(qtbot, page)
    assert _names(page) == ["John Smith"]
    page.search_box().clear()
    qtbot.keyClicks(page.search_box(), "ZOE")
    _settled(qtbot, page)
    assert _names(page) == ["Zoë O'Brien"]
    page.search_box().setText("07911 123 789")
    _settled(qtbot, page)
    assert _names(page) == ["Anna Smithers"]
    page.search_box().setText("31/01/1975")
    _settled(qtbot, page)
    assert _names(page) == ["John Smith"]
    page.search_box().setText("smi")
    _settled(qtbot, page)
    qtbot.keyClick(page.search_box(), Qt.Key.Key_Down)  # from the first result to the second
    with qtbot.waitSignal(page.patient_opened):
        qtbot.keyClick(page.search_box(), Qt.Key.Key_Return)
    assert "Anna Smithers" in page.patient_page.details_text()
    page.show_search()
    page.search_box().setText("nobody")
    _settled(qtbot, page)
    assert page.results() == [] and "No patient matches" in page.hint_text()


def test_enter_opens_the_page_with_intake_and_audits_the_view(qtbot, db):
    staff = make_staff()
    pid = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    iid = make_intake(yes=("pregnancy", "night_pain"))
    Intake.update(patient=pid).where(Intake.id == iid).execute()
    page = _page(qtbot, staff)
    qtbot.keyClicks(page.search_box(), "o'b")
    _settled(qtbot, page)
    with qtbot.waitSignal(page.patient_opened) as opened:
        qtbot.keyClick(page.search_box(), Qt.Key.Key_Return)
    assert opened.args == [pid] and page.showing_patient()
    assert "Zoë O'Brien" in page.patient_page.details_text()
    assert "+44 7911 123456" in page.patient_page.details_text()
    views = page.patient_page.intake_views()
    assert len(views) == 1
    texts = [label.text() for label in views[0].findChildren(QLabel)]
    assert any("mean 6.0" in t for t in texts)  # PEG mean of 6, 5, 7
    assert "Lower back" in texts
    assert any(label.pixmap() is not None and not label.pixmap().isNull()
               for label in views[0].findChildren(QLabel) if label.accessibleName() == "Signature")
    yes = [label for label in views[0].findChildren(QLabel) if label.text() == "Yes"]
    page.setStyleSheet(desk_stylesheet())  # as inside the desk window: each "Yes" in its badge's
    colours = palette("desk")
    assert sorted(_background(label) for label in yes) == sorted(  # colours
        [colours["precautionFill"], colours["redFlagFill"]])
    badges = [label.text() for label in page.patient_page.findChildren(QLabel)
              if label.objectName().startswith("badge_")]
    assert badges == ["Night or rest pain", "Pregnant"]
    entry = AuditEntry.get(AuditEntry.action == "patient_viewed")
    assert (entry.staff_id, entry.patient_id) == (staff, pid)


def test_patient_page_load_is_a_fixed_number_of_queries(qtbot, db):
    staff = make_staff()
    pid = make_patient()
    for _ in range(4):
        iid = make_intake()
        Intake.update(patient=pid).where(Intake.id == iid).execute()
    page = _page(qtbot, staff)
    with assert_query_count(9):  # who acts, patient, intakes, answers, courses, appointments, audit (3)
        _open(qtbot, page, pid)
    # the newest in full, the older ones folded to a line that opens without a query
    assert len(page.patient_page.intake_views()) == 1
    folded = page.patient_page.folded_intakes()
    assert len(folded) == 3
    with assert_query_count(0):
        folded[0].toggle()
    assert len(page.patient_page.intake_views()) == 2


def test_new_patient_validated_like_the_kiosk(qtbot, db):
    staff = make_staff()
    page = _page(qtbot, staff)
    page.search_box().setText("Lee Ann")
    page._new.click()  # the desk window's Ctrl+N calls the same new_patient()
    form = page.patient_form()
    assert form is not None and form.isVisible()
    assert form.values()["last_name"] == "Lee" and form.values()["first_name"] == "Ann"
    form.set_values(date_of_birth="31/02/1980", phone="07911 123456")
    form._save.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=5000)  # checked in a worker
    assert form.error_texts() == {"date_of_birth": "Date of birth is not valid: write it as dd/mm/yyyy."}
    assert Patient.select().count() == 0
    form.set_values(date_of_birth="28/02/1980")
    with qtbot.waitSignal(page.patient_opened) as opened:
        form._save.click()
    patient = Patient.get_by_id(opened.args[0])
    assert (patient.last_name, patient.phone) == ("Lee", "+447911123456")
    entry = AuditEntry.get(AuditEntry.action == "patient_created")
    assert (entry.staff_id, entry.patient_id) == (staff, patient.id)


def test_edit_details_audits_changed_field_names(qtbot, db):
    staff = make_staff()
    pid = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    page = _page(qtbot, staff)
    _open(qtbot, page, pid)
    page.patient_page.edit_details()
    form = page.patient_page.edit_form()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=5000)  # the details read in a worker
    assert form.values()["date_of_birth"] == "02/04/1980"
    form.set_values(phone="07911 123457", email="zoe@example.org")
    with qtbot.waitSignal(page.patient_page.loaded):
        form._save.click()
    assert Patient.get_by_id(pid).phone == "+447911123457"
    entry = AuditEntry.get(AuditEntry.action == "patient_changed")
    assert (entry.staff_id, entry.detail) == (staff, "fields=phone,email")
    assert "+44 7911 123457" in page.patient_page.details_text()


def test_add_panel_hook_and_signals(qtbot, db):
    staff = make_staff()
    pid = make_patient()
    page = _page(qtbot, staff)
    asked = []

    def factory(patient_id: int) -> QLabel:
        asked.append(patient_id)
        label = QLabel(f"panel for {patient_id}")
        label.setObjectName("schedulingPanel")
        return label

    page.patient_page.add_panel(factory)
    _open(qtbot, page, pid)
    assert asked == [pid]
    assert page.patient_page.findChild(QLabel, "schedulingPanel").text() == f"panel for {pid}"
    with qtbot.waitSignal(page.staff_intake_requested) as signal:
        page.patient_page._staff_intake.click()
    assert signal.args == [pid]
    with qtbot.waitSignal(page.course_requested) as signal:
        page.patient_page._course.click()
    assert signal.args == [pid]
    page.patient_page._back.click()
    assert not page.showing_patient()


def test_intake_view_lists_regions_without_the_body_map_module(qtbot, db, monkeypatch):
    import sys

    from intake.patients import get_patient_page

    pid = make_patient()
    iid = make_intake(regions=("neck", "left_foot"))
    Intake.update(patient=pid).where(Intake.id == iid).execute()
    record = get_patient_page(pid, staff_id=make_staff()).intakes[0]
    monkeypatch.setitem(sys.modules, "ui.widgets.body_map", None)
    view = IntakeView(record)
    qtbot.addWidget(view)
    assert "Neck, Left foot" in [label.text() for label in view.findChildren(QLabel)]


def test_staff_entered_intake_names_who_entered_it(qtbot, db):
    from intake import db as dbmod

    staff = make_staff()
    pid = make_patient()
    iid = make_intake()
    with dbmod.write():
        Intake.update(patient=pid, source="desk", entered_by=staff).where(Intake.id == iid).execute()
    page = _page(qtbot, staff)
    with assert_query_count(9):  # the staff name comes with the intakes, no extra query
        _open(qtbot, page, pid)
    texts = [label.text() for label in page.patient_page.findChildren(QLabel)]
    assert any("entered by Rita Reception" in text for text in texts)
