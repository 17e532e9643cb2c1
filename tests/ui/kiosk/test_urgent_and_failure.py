"""An urgent safety answer alerts the desk at once; a failed save keeps every answer."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from intake import db as dbmod
from intake.content import checklists
from intake.errors import StorageError
from intake.models import Intake, IntakeAnswer
from tests.desk_data import make_staff
from tests.ui.kiosk.helpers import (
    named,
    replace_ensure_connected,
    send_answers,
    tap,
    walk_to_review,
)
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
    arrival = next(a for a in arrivals.todays_arrivals(staff_id=make_staff(username="reader")) if a.intake_id == intake_id)
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
    with qtbot.waitSignal(flow.urgent_saved):
        tap(qtbot, flow.step("safety").tick(_urgent_item()))
    with qtbot.waitSignal(flow.stop_requested):
        tap(qtbot, flow.urgent_message().stop_button())
    row = Intake.get()
    assert row.urgent and not row.complete


@contextlib.contextmanager
def _failing_write(code: str):
    raise StorageError(code)
    yield  # pragma: no cover


def _queued_files(flow) -> int:
    return flow.forwarder().outbox().counts()[0]


@pytest.mark.parametrize("code", ["unavailable", "disk_full", "locked"])
def test_failed_save_is_kept_on_the_kiosk_and_delivered_when_the_database_answers(
        qtbot, clinic_db, monkeypatch, code):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    monkeypatch.setattr(dbmod, "write", lambda: _failing_write(code))
    with qtbot.waitSignal(flow.intake_queued):
        send_answers(qtbot, flow)
    assert flow.current_section() == "queued"
    text = _visible_text(flow)
    assert "Thank you — please tell reception you have checked in." in text
    assert "please take a seat" not in text
    assert Intake.select().count() == 0 and _queued_files(flow) == 1

    monkeypatch.undo()  # the database answers again: the back-off's next try delivers it
    with qtbot.waitSignal(flow.intake_submitted, timeout=10_000) as delivered:
        pass
    assert _queued_files(flow) == 0
    row = Intake.get()
    assert row.id == delivered.args[0] and row.idempotency_key == flow.intake_key()
    assert (row.first_name, row.phone) == ("Zoë", "+447911123456")


def test_the_back_off_doubles_to_its_ceiling_and_a_heartbeat_retries_at_once(
        qtbot, clinic_sqlite, monkeypatch):
    from intake import kiosks
    from intake.models import KioskHeartbeat
    from ui.kiosk.forwarder import IntakeForwarder

    forwarder = IntakeForwarder(first_retry_ms=50, max_retry_ms=200, heartbeat_ms=60_000)
    flow = IntakeFlow(mode="kiosk", forwarder=forwarder)
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    walk_to_review(qtbot, flow)
    replace_ensure_connected(monkeypatch, lambda: (_ for _ in ()).throw(
        StorageError("unavailable")))
    with qtbot.waitSignal(flow.intake_queued):
        send_answers(qtbot, flow)
    qtbot.waitUntil(lambda: forwarder.retry_interval_ms() == 200)  # 50, 100, 200, stays
    with qtbot.waitSignal(forwarder.round_failed):
        pass
    assert forwarder.retry_interval_ms() == 200 and Intake.select().count() == 0
    monkeypatch.undo()
    with qtbot.waitSignal(flow.intake_submitted, timeout=5_000):
        forwarder.beat_now()
    assert Intake.select().count() == 1 and forwarder.retry_interval_ms() == 50
    (beat,) = KioskHeartbeat.select()
    assert beat.name == kiosks.DEFAULT_NAME and beat.queued in (0, 1)


def test_desk_mode_still_saves_directly_and_says_when_it_could_not(
        qtbot, clinic_db, monkeypatch):
    flow = IntakeFlow(mode="desk", staff_id=make_staff())
    qtbot.addWidget(flow)
    flow.resize(1280, 800)
    flow.show()
    walk_to_review(qtbot, flow)
    monkeypatch.setattr(dbmod, "write", lambda: _failing_write("unavailable"))
    send_answers(qtbot, flow)
    assert flow.current_section() == "failed"
    assert "We could not save your answers — please tell reception" in _visible_text(flow)
    assert Intake.select().count() == 0
    monkeypatch.undo()
    with qtbot.waitSignal(flow.intake_submitted):
        tap(qtbot, named(flow, QAbstractButton, "Try again to save"))
    assert flow.current_section() == "thanks" and Intake.get().source == "desk"


def test_answers_stay_while_the_urgent_save_waits(qtbot, clinic_db, monkeypatch):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    replace_ensure_connected(monkeypatch, lambda: (_ for _ in ()).throw(
        StorageError("unavailable")))
    tap(qtbot, flow.step("review").section_button("about"))
    assert named(flow, QLineEdit, "First name").text() == "Zoë"  # answers stay


def test_urgent_answer_when_the_database_is_down_sends_the_patient_to_the_desk(
        qtbot, clinic_sqlite, monkeypatch):
    flow = _shown(qtbot)
    walk_to_review(qtbot, flow)
    tap(qtbot, flow.step("review").section_button("safety"))
    monkeypatch.setattr(dbmod, "write", lambda: _failing_write("unavailable"))
    with qtbot.assertNotEmitted(flow.urgent_saved, wait=200):
        tap(qtbot, flow.step("safety").tick(_urgent_item()))
        qtbot.waitUntil(flow.urgent_message().isVisible)
    text = _visible_text(flow.urgent_message())
    assert "Please speak to reception now" in text and "Please go to the desk now" in text
    assert "We have let them know" not in text
    assert flow.urgent_intake_id() is None and _queued_files(flow) == 1

    monkeypatch.undo()  # delivered first when the database answers; the message says so
    with qtbot.waitSignal(flow.urgent_saved, timeout=10_000) as saved:
        pass
    assert "We have let them know" in _visible_text(flow.urgent_message())
    row = Intake.get_by_id(saved.args[0])
    assert row.urgent and not row.complete and flow.urgent_intake_id() == row.id
