"""The audit trail never holds the window (issue 18): a merge is reversed in the page's write
lane, the button off until the answer, reversed once."""

from __future__ import annotations

import datetime as dt

from intake import merge
from intake.models import Intake, Patient
from intake.session import StaffSession
from tests.desk_data import make_intake, make_patient, make_staff
from tests.ui.desk.held_storage import (
    CLICK_MS,
    GAP_MS,
    click_returns_at_once,
    hold,
    turning,
    while_held,
)
from ui.desk.audit.page import AuditView


def test_reversing_a_merge_keeps_the_window_turning(qtbot, db, monkeypatch):
    admin = make_staff("Ada Admin", "ada", "admin")
    kept = make_patient("Margaret", "Brontë", "1949-02-14", "+447911123456")
    other = make_patient("Margaret", "Bronte", "1949-02-14", "+447911123000")
    intake = make_intake("Margaret", "Bronte", dt.date(1949, 2, 14), "+447911123000")
    Intake.update(patient=other).where(Intake.id == intake).execute()
    merge.merge_patients(kept, other, staff_id=admin)
    view = AuditView(StaffSession(admin, "Ada Admin", "admin"))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.show_patient(kept)
    model = view.model()
    view.select_row([model.index(r, 2).data() for r in range(model.rowCount())]
                    .index("Record merged in"))
    held = hold(monkeypatch, merge, "reverse_merge")
    reverse = view.reverse_button()
    with turning() as turns:
        took_ms = click_returns_at_once(reverse)
        assert not reverse.isEnabled()  # one click reverses once
        reverse.click()
        while_held(qtbot, held, turns)
        assert Patient.get_by_id(other).merged_into_id == kept  # not yet
        with qtbot.waitSignal(view.loaded, timeout=5000):  # reversed, then the trail read again
            held.release()
    assert took_ms < CLICK_MS
    assert turns.longest_gap_ms < GAP_MS, f"the window froze {turns.longest_gap_ms} ms"
    assert held.ran_off_the_gui_thread() and len(held.threads) == 1
    assert Patient.get_by_id(other).merged_into_id is None
    assert "Merge reversed" in [model.index(r, 2).data() for r in range(model.rowCount())]
    assert view.problem_text() == ""
