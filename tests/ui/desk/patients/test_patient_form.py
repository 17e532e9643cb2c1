"""The patient form never waits on the database in the GUI thread: an existing patient's details
are read in a worker, and Save (duplicate check, then create or update) runs in the form's write
lane — Save disabled until the answer is back, nothing written twice, a database known to be down
refused at once with the desk's sentence."""

from __future__ import annotations

import pytest

from intake import db as dbmod
from intake import duplicates, patients
from intake.models import AuditEntry, Patient
from intake.session import StaffSession
from tests.desk_data import make_patient, make_staff
from tests.ui.desk.held_storage import hold, keeps_turning, turning
from ui.desk.patients.patients_page import PatientsPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MAX_GAP_MS = 500  # a frozen window would show the whole hold (seconds); a busy machine, not more


def _page(qtbot, staff_id: int) -> PatientsPage:
    session = StaffSession()
    session.sign_in(staff_id, "Rita Reception", "front_desk")
    page = PatientsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def _new_form(qtbot, staff_id: int):
    page = _page(qtbot, staff_id)
    page.new_patient()
    form = page.patient_form()
    form.set_values(first_name="Ada", last_name="Lovelace", date_of_birth="10/12/1985",
                    phone="07911 123450")
    return page, form


def test_create_runs_in_a_worker_with_save_disabled(qtbot, db, monkeypatch):
    staff = make_staff()
    page, form = _new_form(qtbot, staff)
    held = hold(monkeypatch, patients, "create_patient")
    with turning() as ticks:
        form._save.click()
        qtbot.waitUntil(held.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)  # the window turns while the create is held
        assert not form._save.isEnabled() and form.is_busy()
        form._save.click()  # a second click while the first runs: nothing
        assert Patient.select().count() == 0
        with qtbot.waitSignal(page.patient_opened, timeout=5000) as opened:
            held.release()
    assert ticks.longest_gap_ms < MAX_GAP_MS, f"the event loop stalled {ticks.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    patient = Patient.get_by_id(opened.args[0])
    assert (patient.first_name, patient.last_name, patient.phone) == ("Ada", "Lovelace",
                                                                      "+447911123450")
    assert Patient.select().count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "patient_created").count() == 1
    assert "Ada Lovelace" in page.patient_page.details_text()  # shown once stored
    assert not form.isVisible()


def test_edit_reads_and_saves_in_workers(qtbot, db, monkeypatch):
    staff = make_staff()
    pid = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    page = _page(qtbot, staff)
    with qtbot.waitSignal(page.patient_opened, timeout=5000):
        page.open_patient(pid)
    reading = hold(monkeypatch, patients, "patients_by_ids")
    with turning() as ticks:
        page.patient_page.edit_details()  # opens at once; the details follow
        form = page.patient_page.edit_form()
        qtbot.waitUntil(reading.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)
        assert form.isVisible() and form.values()["last_name"] == ""
        assert not form._save.isEnabled()  # nothing to save over the record yet
        reading.release()
        qtbot.waitUntil(lambda: form.values()["last_name"] == "O'Brien", timeout=5000)
        assert form._save.isEnabled()
        writing = hold(monkeypatch, patients, "update_patient")
        form.set_values(phone="07911 123457")
        form._save.click()
        qtbot.waitUntil(writing.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)
        assert not form._save.isEnabled()
        assert Patient.get_by_id(pid).phone == "+447911123456"
        with qtbot.waitSignal(page.patient_page.loaded, timeout=5000):
            writing.release()
    assert ticks.longest_gap_ms < MAX_GAP_MS, f"the event loop stalled {ticks.longest_gap_ms} ms"
    assert reading.ran_off_the_gui_thread() and writing.ran_off_the_gui_thread()
    assert Patient.get_by_id(pid).phone == "+447911123457"
    assert "+44 7911 123457" in page.patient_page.details_text()
    assert AuditEntry.select().where(AuditEntry.action == "patient_changed").count() == 1


def test_a_save_during_an_outage_is_refused_at_once(qtbot, db, monkeypatch):
    staff = make_staff()
    _, form = _new_form(qtbot, staff)
    checked = hold(monkeypatch, duplicates, "find_duplicates")
    checked.release()  # not held: only counted
    dbmod.mark_unavailable()
    try:
        form._save.click()
        qtbot.waitUntil(lambda: bool(form.error_texts()), timeout=2000)
        assert form.error_texts() == {"": "The database cannot be reached: nothing was saved."}
        assert checked.threads == []  # refused before touching the database
        assert Patient.select().count() == 0
        assert form._save.isEnabled()  # it may be tried again
    finally:
        dbmod.mark_available()
    form._save.click()
    qtbot.waitUntil(lambda: Patient.select().count() == 1, timeout=5000)
    assert AuditEntry.select().where(AuditEntry.action == "patient_created").count() == 1


def test_closing_the_form_while_it_saves(qtbot, db, monkeypatch):
    staff = make_staff()
    page, form = _new_form(qtbot, staff)
    held = hold(monkeypatch, patients, "create_patient")
    form._save.click()
    qtbot.waitUntil(held.entered.is_set, timeout=5000)
    assert form.isVisible() and Patient.select().count() == 0  # the create still on its way
    form.reject()  # "Cancel" (or Escape) while the create runs: it was sent, it is stored once
    assert not form.isVisible()
    with qtbot.waitSignal(page.patient_opened, timeout=5000):
        held.release()
    assert Patient.select().count() == 1
