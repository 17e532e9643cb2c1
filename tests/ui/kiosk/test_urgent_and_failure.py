"""An urgent safety answer alerts the desk at once; a failed save keeps every answer."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from intake import db as dbmod
from intake.content import checklists
from intake.errors import StorageError
from intake.models import Intake, IntakeAnswer
from tests.ui.kiosk.helpers import named, send_answers, tap, walk_to_review
from ui.kiosk.flow import IntakeFlow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _shown(qtbot) -> IntakeFlow:
    flow = IntakeFlow(mode="kiosk")
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    qtbot.waitExposed(flow)
    return flow


def _visible_text(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _urgent_item() -> str:
    return next(i.id for i in checklists().red_flags if i.urgent)


def test_urgent_yes_saves_at_once_and_submit_completes_the_same_row(qtbot, clinic_db):
    flow = _shown(qtbot)
    urgent = _urgent_item()
    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    from tests.ui.kiosk.helpers import answer_safety, fill_about, fill_checklists, fill_pain, next_

    fill_about(qtbot, flow)
    next_(qtbot, flow)
    fill_pain(qtbot, flow)
    fill_checklists(qtbot, flow)
    question = flow.step("safety").question(urgent)
    with qtbot.waitSignal(flow.urgent_saved) as saved:
        tap(qtbot, question.yes_button())
    message = flow.urgent_message()
    assert message.isVisible() and message.geometry() == flow.rect()
    assert "Please speak to reception now" in _visible_text(message)
    row = Intake.get_by_id(saved.args[0])
    assert row.urgent and not row.complete and row.first_name == "Zoë"
    assert IntakeAnswer.get(IntakeAnswer.intake == row.id, IntakeAnswer.item == urgent).value == "yes"

    tap(qtbot, message.continue_button())
    assert not message.isVisible()
    answer_safety(qtbot, flow, yes=frozenset({urgent}))
    next_(qtbot, flow)
    from tests.ui.kiosk.helpers import sign

    sign(qtbot, flow)
    next_(qtbot, flow)
    with qtbot.waitSignal(flow.intake_submitted) as submitted:
        send_answers(qtbot, flow)
    assert submitted.args[0] == row.id and Intake.select().count() == 1
    row = Intake.get_by_id(row.id)
    assert row.urgent and row.complete and row.consent_given
    safety = IntakeAnswer.select().where(IntakeAnswer.intake == row.id,
                                         IntakeAnswer.group.in_(("red_flag", "contraindication")))
    assert {a.item: a.value for a in safety} == {
        i.id: "yes" if i.id == urgent else "no" for i in checklists().safety_items}


def test_urgent_then_stop_leaves_the_alert_saved(qtbot, clinic_sqlite):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    tap(qtbot, flow.step("review").section_button("safety"))
    with qtbot.waitSignal(flow.stop_requested):
        tap(qtbot, flow.step("safety").question(_urgent_item()).yes_button())
        tap(qtbot, flow.urgent_message().stop_button())
    row = Intake.get()
    assert row.urgent and not row.complete


@contextlib.contextmanager
def _failing_write(code: str):
    raise StorageError(code)
    yield  # pragma: no cover


@pytest.mark.parametrize("code", ["unavailable", "disk_full", "locked"])
def test_failed_save_keeps_answers_and_try_again_works(qtbot, clinic_db, monkeypatch, code):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    monkeypatch.setattr(dbmod, "write", lambda: _failing_write(code))
    send_answers(qtbot, flow)
    assert flow.current_section() == "failed"
    text = _visible_text(flow)
    assert "We could not save your answers — please tell reception" in text
    assert "Thank you" not in text
    assert Intake.select().count() == 0
    tap(qtbot, named(flow, QAbstractButton, "Try again to save"))
    assert flow.current_section() == "failed"  # still broken: still honest

    monkeypatch.undo()
    with qtbot.waitSignal(flow.intake_submitted):
        tap(qtbot, named(flow, QAbstractButton, "Try again to save"))
    assert flow.current_section() == "thanks"
    row = Intake.get()
    assert (row.first_name, row.phone) == ("Zoë", "+447911123456")


def test_database_closed_then_back(qtbot, clinic_db, monkeypatch):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    clinic_db.close()
    monkeypatch.setattr(dbmod, "ensure_connected", lambda: (_ for _ in ()).throw(
        StorageError("unavailable")))
    send_answers(qtbot, flow)
    assert flow.current_section() == "failed"
    tap(qtbot, named(flow, QAbstractButton, "Back to my answers"))
    assert flow.current_section() == "review"
    tap(qtbot, flow.step("review").section_button("about"))
    assert named(flow, QLineEdit, "First name").text() == "Zoë"  # answers stay
    monkeypatch.undo()
    clinic_db.connect()
    from tests.ui.kiosk.helpers import next_

    next_(qtbot, flow)
    with qtbot.waitSignal(flow.intake_submitted):
        send_answers(qtbot, flow)
    assert Intake.select().count() == 1


def test_urgent_answer_when_the_database_is_down_sends_the_patient_to_the_desk(
        qtbot, clinic_sqlite, monkeypatch):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    tap(qtbot, flow.step("review").section_button("safety"))
    monkeypatch.setattr(dbmod, "write", lambda: _failing_write("unavailable"))
    with qtbot.assertNotEmitted(flow.urgent_saved):
        tap(qtbot, flow.step("safety").question(_urgent_item()).yes_button())
    text = _visible_text(flow.urgent_message())
    assert "Please speak to reception now" in text and "Please go to the desk now" in text
    assert "We have let them know" not in text
    assert flow.urgent_intake_id() is None
