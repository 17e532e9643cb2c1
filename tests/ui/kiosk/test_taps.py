"""The issue's typical patient, by touch alone: at most 32 taps, and the intake is stored."""

from __future__ import annotations

import pytest

from bench.kiosk_walk import PATIENT, TapCounter, walk_typical_patient
from intake.models import Intake, IntakeAnswer
from ui.kiosk import timing
from ui.kiosk.window import KioskWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_typical_patient_needs_at_most_32_taps(qtbot, clinic_sqlite, size):
    window = KioskWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    flow = window.flow()
    counter = TapCounter(window)
    try:
        with qtbot.waitSignal(flow.intake_submitted) as sent:
            walk_typical_patient(flow)
    finally:
        counter.stop()
    assert counter.taps <= timing.TAP_BUDGET, counter.where
    assert timing.estimate_seconds(counter.taps) <= 4 * 60
    row = Intake.get_by_id(sent.args[0])
    assert (row.first_name, row.last_name, str(row.date_of_birth), row.phone) == (
        PATIENT["first"], PATIENT["last"], "1950-03-04", "+447911123456")
    assert (row.pain_since_value, row.pain_since_unit, row.complete, row.urgent) == (
        3, "months", True, False)
    answers = {(a.group, a.item, a.value) for a in IntakeAnswer.select().where(
        IntakeAnswer.intake == row.id)}
    assert {("region", "lower_back", "yes"), ("region", "left_thigh", "yes"),
            ("treatment", "none", "yes"), ("red_flag", "ce_both_legs", "no")} <= answers
    assert sum(1 for a in answers if a[0] == "symptom") == 3
    window.unlock()
    window.close()
