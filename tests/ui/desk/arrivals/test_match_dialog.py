"""The match dialog never waits on the database in the GUI thread: it opens at once ("Reading…")
and fills in when the intake's case is read; the search runs in a worker; "Same person" and "New
patient" are written in its write lane with the choices disabled until the answer is back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from intake import matching
from intake.models import AuditEntry, Intake, Patient
from intake.session import StaffSession
from tests.desk_data import make_intake, make_patient, make_staff
from tests.ui.desk.held_storage import hold, keeps_turning, turning
from ui import workers
from ui.desk.arrivals.page import ArrivalsPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MAX_GAP_MS = 500  # a frozen window would show the whole hold (seconds); a busy machine, not more


def _page(qtbot, staff_id: int) -> ArrivalsPage:
    session = StaffSession()
    session.sign_in(staff_id, "Rita Reception", "front_desk")
    page = ArrivalsPage(session, poll_ms=60_000)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=5000)
    return page


def test_reads_and_same_person_run_in_workers(qtbot, db, monkeypatch):
    staff = make_staff()
    pid = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    iid = make_intake("Zoe", "OBrien")
    page = _page(qtbot, staff)
    reading = hold(monkeypatch, matching, "match_case")
    try:
        with turning() as ticks:
            page.card_for(iid).buttons["match"].click()
            dialog = page.match_dialog()
            assert dialog.isVisible()  # at once, before the case is read
            qtbot.waitUntil(reading.entered.is_set, timeout=5000)
            keeps_turning(qtbot, ticks)
            assert "Reading…" in dialog._summary.text()
            assert dialog.candidate_boxes() == [] and not dialog._new.isEnabled()
            with qtbot.waitSignal(dialog.case_shown, timeout=5000):
                reading.release()
            box = dialog.candidate_boxes()[0]
            assert box.patient_id == pid and box.is_choosable() and dialog._new.isEnabled()
            writing = hold(monkeypatch, matching, "attach_to_patient")
            box.choose()
            qtbot.waitUntil(writing.entered.is_set, timeout=5000)
            keeps_turning(qtbot, ticks)
            assert not box.is_choosable() and not dialog._new.isEnabled()
            box.choose()  # a second click while the first runs: nothing
            dialog.create_new()
            assert Intake.get_by_id(iid).patient_id is None
            with qtbot.waitSignal(page.patient_requested, timeout=5000) as opened:
                writing.release()
        assert ticks.longest_gap_ms < MAX_GAP_MS, f"the event loop stalled {ticks.longest_gap_ms} ms"
        assert reading.ran_off_the_gui_thread()
        assert writing.ran_off_the_gui_thread() and len(writing.threads) == 1
        assert opened.args == [pid]
        assert Intake.get_by_id(iid).patient_id == pid
        assert Patient.select().count() == 1
        assert AuditEntry.select().where(AuditEntry.action == "intake_matched").count() == 1
        qtbot.waitUntil(lambda: not page.is_reading(), timeout=5000)  # read again, cards built
        assert page.card_for(iid).buttons["course"].isEnabled()  # shown as matched
    finally:
        page.stop_polling()


def test_search_runs_in_a_worker(qtbot, db, monkeypatch):
    staff = make_staff()
    married = make_patient("Ann", "Walker", "1970-01-01", "+447911123456")
    iid = make_intake("Ann", "Lee", dt.date(1971, 1, 1), "+447911123000")
    page = _page(qtbot, staff)
    try:
        page.card_for(iid).buttons["match"].click()
        dialog = page.match_dialog()
        qtbot.waitUntil(lambda: dialog._summary.text().startswith("The intake says"),
                        timeout=5000)  # the case is read
        held = hold(monkeypatch, matching, "search_candidates")
        with turning() as ticks:
            dialog.search_box().setText("walker")
            qtbot.waitUntil(held.entered.is_set, timeout=5000)
            keeps_turning(qtbot, ticks)
            assert dialog.found_boxes() == []
            with qtbot.waitSignal(dialog.searched, timeout=5000):
                held.release()
        assert held.ran_off_the_gui_thread()
        assert [box.patient_id for box in dialog.found_boxes()] == [married]
    finally:
        page.stop_polling()


def test_closing_the_dialog_while_it_writes(qtbot, db, monkeypatch):
    staff = make_staff()
    iid = make_intake("Brand", "New", phone="+447911123402")
    page = _page(qtbot, staff)
    try:
        page.card_for(iid).buttons["match"].click()
        dialog = page.match_dialog()
        qtbot.waitUntil(lambda: dialog._summary.text().startswith("The intake says"),
                        timeout=5000)  # the case is read
        held = hold(monkeypatch, matching, "create_from_intake")
        dialog.create_new()  # nobody alike on file: created at once
        qtbot.waitUntil(held.entered.is_set, timeout=5000)
        assert Intake.get_by_id(iid).patient_id is None  # the write still on its way
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()  # gone while its write runs
        held.release()
        assert workers.wait_for_all()
        QApplication.sendPostedEvents()  # the answer, for a dialog no longer there
        QApplication.processEvents()
        created = Intake.get_by_id(iid).patient_id
        assert created is not None and Patient.select().count() == 1
        assert Patient.get_by_id(created).last_name == "New"
    finally:
        page.stop_polling()
