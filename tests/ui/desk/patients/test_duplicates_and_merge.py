"""One patient, one record at the desk: the duplicate warning on Ctrl+N, the match dialog's
search, the merge dialog and reversing a merge from the patient's page, the audit viewer's
before/after."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from intake import demo
from intake.models import AuditEntry, Intake, Patient
from intake.session import StaffSession
from tests.desk_data import make_intake, make_patient, make_staff
from ui.desk.arrivals.page import ArrivalsPage
from ui.desk.audit.page import AuditView
from ui.desk.patients.patients_page import PatientsPage
from ui.windows import assemble_desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _session(staff_id: int, role: str = "front_desk") -> StaffSession:
    session = StaffSession()
    session.sign_in(staff_id, "Someone", role)
    return session


def _open(qtbot, page: PatientsPage, patient_id: int) -> None:
    with qtbot.waitSignal(page.patient_opened, timeout=5000):  # read in a worker
        page.open_patient(patient_id)


def _patients_page(qtbot, session) -> PatientsPage:
    page = PatientsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_ctrl_n_warns_of_a_likely_duplicate_before_creating(sqlite_db, qtbot):
    demo.fill()
    desk = assemble_desk("sqlite:///demo.db")
    qtbot.addWidget(desk.window)
    desk.window.resize(1280, 860)
    desk.window.show()
    try:
        window = desk.window
        user = next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Username")
        secret = next(w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Password or PIN")
        user.setText(demo.DESK[0])
        secret.setText(demo.DESK[2])
        qtbot.keyClick(secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.session.signed_in, timeout=5000)
        # today's arrivals are read in a worker; the demo's urgent one brings Arrivals up first
        qtbot.waitUntil(lambda: not desk.arrivals.is_reading() and bool(desk.arrivals.cards()),
                        timeout=5000)
        brontë = Patient.get(Patient.last_name == "Brontë").id
        before = Patient.select().count()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        with qtbot.waitSignal(window.new_patient_requested):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N,
                           Qt.KeyboardModifier.ControlModifier)
        form = desk.patients.patient_form()
        qtbot.waitUntil(lambda: form.isVisible())
        form.set_values(first_name="Margaret", last_name="Bronte", date_of_birth="14/02/1949",
                        phone="07911 123456")
        form._save.click()
        qtbot.waitUntil(lambda: not form.is_busy(), timeout=5000)  # checked in a worker
        assert Patient.select().count() == before  # nothing created yet
        lines = form.duplicate_lines()
        assert len(lines) == 1
        assert lines[0].startswith(f"No. {brontë}: Margaret Brontë, born 14/02/1949")
        assert "Likely the same person: same date of birth, same name" in lines[0]
        assert form.save_text() == "Create a new patient anyway"
        with qtbot.waitSignal(desk.patients.patient_opened) as opened:
            form.open_duplicate(brontë)  # "Open no. N": the existing record, nothing created
        assert opened.args == [brontë]
        assert Patient.select().count() == before
    finally:
        desk.arrivals.stop_polling()


def test_new_patient_anyway_after_the_warning(qtbot, db):
    staff = make_staff()
    make_patient("Anna", "Kowalska", "2001-06-06", "+447911123456")
    page = _patients_page(qtbot, _session(staff))
    page.new_patient()
    form = page.patient_form()
    form.set_values(first_name="Emma", last_name="Kowalska", date_of_birth="06/06/2001")
    form._save.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=5000)  # checked in a worker
    assert form.duplicate_lines() == [
        "No. 1: Anna Kowalska, born 06/06/2001, phone +44 7911 123456\n"
        "Possibly related, not the same person by default: same date of birth, same surname, "
        "different first name (a twin?)"]
    assert Patient.select().count() == 1
    qtbot.keyClicks(form._edits["first_name"], "e")  # edited: checked afresh on the next Save
    assert form.duplicate_lines() == [] and form.save_text() == "Save"
    form._save.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=5000)
    assert len(form.duplicate_lines()) == 1 and Patient.select().count() == 1
    with qtbot.waitSignal(page.patient_opened):
        form._save.click()
    assert Patient.select().count() == 2
    assert Patient.get_by_id(2).first_name == "Emmae"


def test_match_dialog_search_finds_the_record_the_candidates_missed(qtbot, db):
    staff = make_staff()
    married = make_patient("Ann", "Walker", "1970-01-01", "+447911123456")
    iid = make_intake("Ann", "Lee", dt.date(1971, 1, 1), "+447911123000")  # new name, new phone
    page = ArrivalsPage(_session(staff), poll_ms=60_000)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=5000)  # read in a worker
    try:
        page.card_for(iid).buttons["match"].click()
        dialog = page.match_dialog()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # the case read in a worker
        assert dialog.candidate_boxes() == []
        qtbot.keyClicks(dialog.search_box(), "walker")
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # the newest search's records
        found = dialog.found_boxes()
        assert [box.patient_id for box in found] == [married]
        offered = [found[0].take_box(f) for f in ("first_name", "last_name", "phone", "email")]
        assert [box is not None for box in offered] == [False, True, True, False]
        assert not any(box.isChecked() for box in offered if box is not None)  # none pre-ticked
        with qtbot.waitSignal(dialog.searched, timeout=5000):
            dialog.search_box().setText("3456")  # the last digits of the phone on file
        assert [box.patient_id for box in dialog.found_boxes()] == [married]
        with qtbot.waitSignal(dialog.patient_matched) as matched:
            dialog.found_boxes()[0].choose()
        assert matched.args == [married]
        assert Intake.get_by_id(iid).patient_id == married
        assert Patient.get_by_id(married).phone == "+447911123456"  # nothing overwritten
    finally:
        page.stop_polling()


def test_match_dialog_lists_a_same_birthday_similar_name_candidate(qtbot, db):
    staff = make_staff()
    jose = make_patient("José", "Núñez García", "1978-11-23", "+447700900456")
    iid = make_intake("Jose", "Nunes", dt.date(1978, 11, 23), "+447911123000")
    page = ArrivalsPage(_session(staff), poll_ms=60_000)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=5000)  # read in a worker
    try:
        page.card_for(iid).buttons["match"].click()
        dialog = page.match_dialog()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # the case read in a worker
        assert [(b.patient_id, b.why()) for b in dialog.candidate_boxes()] == [
            (jose, "Likely the same person: same date of birth, similar name, one surname missing")]
    finally:
        page.stop_polling()


def test_admin_merges_from_the_patient_page_and_reverses(qtbot, db):
    admin = make_staff("Ada Admin", "ada", "admin")
    kept = make_patient("Margaret", "Brontë", "1949-02-14", "+447911123456")
    other = make_patient("Margaret", "Bronte", "1949-02-14", "+447911123000")
    iid = make_intake("Margaret", "Bronte", dt.date(1949, 2, 14), "+447911123000")
    Intake.update(patient=other).where(Intake.id == iid).execute()
    page = _patients_page(qtbot, _session(admin, "admin"))
    _open(qtbot, page, kept)
    page.patient_page._merge.click()
    dialog = page.patient_page.merge_dialog()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.search_box(), "bronte")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # the newest search's records
    assert dialog.found_ids() == [other]
    dialog.choose_other(other)
    assert not dialog.merge_button().isEnabled()  # which record stays is chosen, not assumed
    with qtbot.waitSignal(dialog.previewed, timeout=5000):  # read in a worker
        dialog.keep_this().click()
    assert dialog.preview_text().startswith(f"Moves to no. {kept}: 1 intake(s)")
    with qtbot.waitSignal(page.patient_page.loaded):  # read again in a worker
        dialog.merge_button().click()
    assert Patient.get_by_id(other).merged_into_id == kept
    assert Intake.get_by_id(iid).patient_id == kept
    history = page.patient_page.merge_history()
    assert history is not None
    merge_id = next(iter(history._buttons))
    with qtbot.waitSignal(page.patient_page.loaded):
        history.reverse_button(merge_id).click()
    assert Patient.get_by_id(other).merged_into_id is None
    assert Intake.get_by_id(iid).patient_id == other
    _open(qtbot, page, other)
    assert page.patient_page.merged_note() == ""


def test_merge_is_not_offered_to_the_front_desk(qtbot, db):
    staff = make_staff()
    pid = make_patient()
    page = _patients_page(qtbot, _session(staff))
    _open(qtbot, page, pid)
    assert not page.patient_page._merge.isVisible()
    page.patient_page.merge_records()
    assert page.patient_page.merge_dialog() is None


def test_merge_refused_while_both_have_an_active_course(qtbot, db):
    from intake.models import TreatmentCourse

    admin = make_staff("Ada Admin", "ada", "admin")
    kept = make_patient("Margaret", "Brontë", "1949-02-14", "+447911123456")
    other = make_patient("Margaret", "Bronte", "1949-02-14", "+447911123000")
    for pid in (kept, other):
        TreatmentCourse.create(patient=pid, kind="standard", status="active")
    page = _patients_page(qtbot, _session(admin, "admin"))
    _open(qtbot, page, kept)
    page.patient_page.merge_records()
    dialog = page.patient_page.merge_dialog()
    with qtbot.waitSignal(dialog.searched, timeout=5000):
        dialog.search_box().setText("bronte")
    dialog.choose_other(other)
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        dialog.keep_other().click()
    assert dialog.error_text() == ("Both records have an active course: stop one of the courses "
                                   "first, then merge.")
    assert not dialog.merge_button().isEnabled()


def test_audit_viewer_words_before_and_after(qtbot, db):
    from intake import patients

    admin = make_staff("Ada Admin", "ada", "admin")
    pid = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    patients.update_patient(pid, {"phone": "07911 123457"}, staff_id=admin)
    view = AuditView(_session(admin, "admin"))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # the trail is read in a worker
        view.show_patient(pid)
    model = view.model()
    details = {model.index(r, 2).data(): model.index(r, 5).data() for r in range(model.rowCount())}
    assert details["Patient details changed"] == "Phone: +44 7911 123456 → +44 7911 123457"
    assert AuditEntry.get(AuditEntry.action == "patient_changed").detail == "fields=phone"


def test_screenshots_of_the_warning_the_search_and_the_merge(qtbot, sqlite_db, tmp_path):
    from PySide6.QtGui import QImage

    from ui.screenshots import desk_duplicates as duplicates_shots

    demo.fill()
    made = duplicates_shots.shots(tmp_path)
    assert {p.name for p in made} == {"desk_duplicate_warning.png", "desk_match_search.png",
                                      "desk_merge.png", "desk_merge_history.png",
                                      "desk_audit_before_after.png"}
    for path in made:
        image = QImage(str(path))
        assert image.width() >= 600 and image.height() >= 300, path.name
    lukasz = Patient.get(Patient.first_name == "Łukasz")
    assert Patient.select().where(Patient.merged_into == lukasz.id).count() == 1


def test_a_merge_is_reversed_from_the_audit_trail(qtbot, db):
    from intake import merge

    admin = make_staff("Ada Admin", "ada", "admin")
    kept = make_patient("Margaret", "Brontë", "1949-02-14", "+447911123456")
    other = make_patient("Margaret", "Bronte", "1949-02-14", "+447911123000")
    iid = make_intake("Margaret", "Bronte", dt.date(1949, 2, 14), "+447911123000")
    Intake.update(patient=other).where(Intake.id == iid).execute()
    merge.merge_patients(kept, other, staff_id=admin)
    view = AuditView(_session(admin, "admin"))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):  # the trail is read in a worker
        view.show_patient(kept)
    model = view.model()
    whats = [model.index(r, 2).data() for r in range(model.rowCount())]
    row = whats.index("Record merged in")
    assert model.index(row, 5).data() == f"Record no. {other} merged into this one"
    view.select_row(whats.index("Patient created"))
    assert not view.reverse_button().isEnabled()
    view.select_row(row)
    assert view.reverse_button().isEnabled()
    with qtbot.waitSignal(view.loaded):
        view.reverse_button().click()
    assert Patient.get_by_id(other).merged_into_id is None
    assert Intake.get_by_id(iid).patient_id == other
    whats = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "Merge reversed" in whats
    view.select_row(whats.index("Record merged in"))
    view.reverse_button().click()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=5000)  # refused in the write lane
    assert view.problem_text() == "This merge has already been reversed."
