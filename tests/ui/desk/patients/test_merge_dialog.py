"""The merge dialog never waits on the database in the GUI thread: the record, the search and the
preview are read in workers, and the merge is written in its write lane with "Merge records"
disabled until the answer is back."""

from __future__ import annotations

import datetime as dt

import pytest

from intake import merge, patients
from intake.models import Intake, Patient, PatientMerge
from intake.session import StaffSession
from tests.desk_data import make_intake, make_patient, make_staff
from tests.ui.desk.held_storage import hold, keeps_turning, turning
from ui.desk.patients.patients_page import PatientsPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MAX_GAP_MS = 500  # a frozen window would show the whole hold (seconds); a busy machine, not more


def test_reads_and_the_merge_run_in_workers(qtbot, db, monkeypatch):
    admin = make_staff("Ada Admin", "ada", "admin")
    kept = make_patient("Margaret", "Brontë", "1949-02-14", "+447911123456")
    other = make_patient("Margaret", "Bronte", "1949-02-14", "+447911123000")
    iid = make_intake("Margaret", "Bronte", dt.date(1949, 2, 14), "+447911123000")
    Intake.update(patient=other).where(Intake.id == iid).execute()
    session = StaffSession()
    session.sign_in(admin, "Ada Admin", "admin")
    page = PatientsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    with qtbot.waitSignal(page.patient_opened, timeout=5000):
        page.open_patient(kept)
    reading = hold(monkeypatch, patients, "patients_by_ids")
    searching = hold(monkeypatch, patients, "search_patients")
    previewing = hold(monkeypatch, merge, "preview_merge")
    writing = hold(monkeypatch, merge, "merge_patients")
    with turning() as ticks:
        page.patient_page.merge_records()  # opens at once; this record's details follow
        dialog = page.patient_page.merge_dialog()
        qtbot.waitUntil(reading.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)
        assert dialog.isVisible() and dialog._intro.text() == "Reading…"
        reading.release()
        qtbot.waitUntil(lambda: "Margaret Brontë" in dialog._intro.text(), timeout=5000)

        dialog.search_box().setText("bronte")
        qtbot.waitUntil(searching.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)
        assert dialog.found_ids() == []
        with qtbot.waitSignal(dialog.searched, timeout=5000):
            searching.release()
        assert dialog.found_ids() == [other]

        dialog.choose_other(other)
        dialog.keep_this().click()
        qtbot.waitUntil(previewing.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)
        assert not dialog.merge_button().isEnabled()  # not before the preview allows it
        with qtbot.waitSignal(dialog.previewed, timeout=5000):
            previewing.release()
        assert dialog.preview_text().startswith(f"Moves to no. {kept}: 1 intake(s)")
        assert dialog.merge_button().isEnabled()

        dialog.merge_button().click()
        qtbot.waitUntil(writing.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)
        assert not dialog.merge_button().isEnabled()
        dialog.merge_button().click()  # a second click while the first runs: nothing
        assert Patient.get_by_id(other).merged_into_id is None
        with qtbot.waitSignal(page.patient_page.loaded, timeout=5000):  # the kept record shown
            writing.release()
    assert ticks.longest_gap_ms < MAX_GAP_MS, f"the event loop stalled {ticks.longest_gap_ms} ms"
    for held in (reading, searching, previewing, writing):
        assert held.ran_off_the_gui_thread()
    assert len(writing.threads) == 1
    assert Patient.get_by_id(other).merged_into_id == kept
    assert Intake.get_by_id(iid).patient_id == kept
    assert PatientMerge.select().count() == 1
    assert not dialog.isVisible()
    assert page.patient_page.merge_history() is not None  # the merge shown on the kept record

    # the history read with the page (in its worker), its reversal in a write lane
    merges_read = hold(monkeypatch, merge, "merges_into")
    reversing = hold(monkeypatch, merge, "reverse_merge")
    history = page.patient_page.merge_history()
    button = next(iter(history._buttons.values()))
    with turning() as ticks:
        button.click()
        qtbot.waitUntil(reversing.entered.is_set, timeout=5000)
        keeps_turning(qtbot, ticks)
        assert not button.isEnabled()
        button.click()  # a second click while the first runs: nothing
        assert Patient.get_by_id(other).merged_into_id == kept  # not yet
        reversing.release()
        qtbot.waitUntil(merges_read.entered.is_set, timeout=5000)  # the page read again
        keeps_turning(qtbot, ticks)
        with qtbot.waitSignal(page.patient_page.loaded, timeout=5000):
            merges_read.release()
    assert ticks.longest_gap_ms < MAX_GAP_MS, f"the event loop stalled {ticks.longest_gap_ms} ms"
    assert reversing.ran_off_the_gui_thread() and len(reversing.threads) == 1
    assert merges_read.ran_off_the_gui_thread()
    assert Patient.get_by_id(other).merged_into_id is None
