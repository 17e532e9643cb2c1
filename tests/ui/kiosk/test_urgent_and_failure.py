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


def _to_safety(qtbot, flow) -> None:
    from tests.ui.kiosk.helpers import fill_about, fill_checklists, fill_pain, next_

    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    fill_about(qtbot, flow)
    next_(qtbot, flow)
    fill_pain(qtbot, flow)
    fill_checklists(qtbot, flow)
    assert flow.current_section() == "safety"


def test_cauda_equina_group_comes_first_with_every_question_visible(qtbot, clinic_sqlite):
    flow = _shown(qtbot)
    _to_safety(qtbot, flow)
    step = flow.step("safety")
    urgent = [i.id for i in checklists().red_flags if i.urgent]
    assert step.shown_ids() == urgent
    for item_id in urgent:
        tick = step.tick(item_id)
        assert tick.isVisible() and not tick.isChecked() and tick.mark() == ""  # nothing preset
        assert step.rect().contains(tick.geometry().translated(tick.parentWidget().mapTo(
            step, tick.parentWidget().rect().topLeft())))
    from tests.ui.kiosk.helpers import next_

    next_(qtbot, flow)  # neither ticked nor "none": the group is not answered
    assert flow.current_section() == "safety" and step.shown_ids() == urgent
    assert "Please tap the ones that apply to you" in _visible_text(flow)


def test_urgent_yes_saves_at_once_and_submit_completes_the_same_row(qtbot, clinic_db):
    from tests.ui.kiosk.helpers import answer_safety, next_, sign

    flow = _shown(qtbot)
    urgent = _urgent_item()
    _to_safety(qtbot, flow)
    with qtbot.waitSignal(flow.urgent_saved) as saved:
        tap(qtbot, flow.step("safety").tick(urgent))
    message = flow.urgent_message()
    assert message.isVisible() and message.geometry() == flow.rect()
    assert "Please speak to reception now" in _visible_text(message)
    row = Intake.get_by_id(saved.args[0])
    assert row.urgent and not row.complete and row.first_name == "Zoë"
    assert IntakeAnswer.get(IntakeAnswer.intake == row.id, IntakeAnswer.item == urgent).value == "yes"

    tap(qtbot, message.continue_button())
    assert not message.isVisible()
    next_(qtbot, flow)  # the cauda equina group answered: the ticked one, the others not
    answer_safety(qtbot, flow)
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


def test_tapped_by_mistake_clears_the_answer_and_tells_the_desk(qtbot, clinic_db):
    from intake import arrivals
    from intake.models import AuditEntry
    from tests.ui.kiosk.helpers import answer_safety, next_, sign

    flow = _shown(qtbot)
    urgent = _urgent_item()
    _to_safety(qtbot, flow)
    step = flow.step("safety")
    with qtbot.waitSignal(flow.urgent_saved) as saved:
        tap(qtbot, step.tick(urgent))
    tap(qtbot, flow.urgent_message().mistake_button())
    assert not flow.urgent_message().isVisible()
    assert not step.tick(urgent).isChecked()
    assert "We have told reception that this answer was a mistake" in _visible_text(flow)
    intake_id = saved.args[0]
    row = Intake.get_by_id(intake_id)
    assert row.urgent  # staff still check
    stored = {(a.group, a.item, a.value) for a in IntakeAnswer.select().where(
        IntakeAnswer.intake == intake_id)}
    assert ("urgent_withdrawn", urgent, "yes") in stored
    assert ("red_flag", urgent, "yes") not in stored
    assert AuditEntry.get(AuditEntry.intake == intake_id).action == "urgent_answer_withdrawn"
    arrival = next(a for a in arrivals.todays_arrivals() if a.intake_id == intake_id)
    assert [(b.item, b.kind) for b in arrival.badges] == [(urgent, "withdrawn")]
    assert arrival.needs_alert

    next_(qtbot, flow)  # the question must be answered again
    assert flow.current_section() == "safety" and urgent in step.shown_ids()
    answer_safety(qtbot, flow)
    sign(qtbot, flow)
    next_(qtbot, flow)
    with qtbot.waitSignal(flow.intake_submitted):
        send_answers(qtbot, flow)
    row = Intake.get_by_id(intake_id)
    assert row.urgent and row.complete
    answers = {(a.group, a.item): a.value for a in IntakeAnswer.select().where(
        IntakeAnswer.intake == intake_id)}
    assert answers[("red_flag", urgent)] == "no"
    assert answers[("urgent_withdrawn", urgent)] == "yes"


def test_urgent_then_stop_leaves_the_alert_saved(qtbot, clinic_sqlite):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    tap(qtbot, flow.step("review").section_button("safety"))
    with qtbot.waitSignal(flow.stop_requested):
        tap(qtbot, flow.step("safety").tick(_urgent_item()))
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
        tap(qtbot, flow.step("safety").tick(_urgent_item()))
    text = _visible_text(flow.urgent_message())
    assert "Please speak to reception now" in text and "Please go to the desk now" in text
    assert "We have let them know" not in text
    assert flow.urgent_intake_id() is None
