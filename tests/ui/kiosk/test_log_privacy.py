"""The log file after a real intake, an urgent one and a crash: no patient data in it."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QAbstractButton

from tests.ui.kiosk.helpers import PATIENT, named, send_answers, tap, walk_to_review
from ui import crash, logs

PATIENT_TRACES = ("Zoë", "O'Brien", "O&#x27;Brien", "1950-03-04", "04/03/1950", "1950", "7911",
                  "123456", "zoe@example.org", "Heat pad")


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_LOG_DIR", str(tmp_path / "logs"))
    logs.close()
    path = logs.configure(console=False)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)  # even debug lines must hold no patient data ...
    logs._handler.setLevel(logging.DEBUG)
    logging.getLogger("peewee").setLevel(logging.DEBUG)  # ... even peewee's queries at DEBUG
    yield path
    root.setLevel(level)
    logging.getLogger("peewee").setLevel(logging.INFO)
    logs.close()


def _assert_private(text: str) -> None:
    leaked = [trace for trace in PATIENT_TRACES if trace in text]
    assert leaked == [], f"patient data in the log: {leaked}"


def test_a_complete_intake_is_logged_without_patient_data(qtbot, flow, log_file):
    assert PATIENT["first"] == "Zoë"  # the traces above are this patient's
    walk_to_review(qtbot, flow)
    with qtbot.waitSignal(flow.intake_submitted):
        send_answers(qtbot, flow)
    text = log_file.read_text(encoding="utf-8")
    assert "intake 1 stored (kiosk" in text  # the run was logged ...
    _assert_private(text)  # ... and nothing of the patient's


def test_an_urgent_intake_is_logged_without_patient_data(qtbot, flow, log_file):
    from intake.content import checklists

    urgent = next(iter(checklists().urgent_ids()))
    tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
    from tests.ui.kiosk.helpers import answer_safety, fill_about, fill_checklists, fill_pain, next_

    fill_about(qtbot, flow)
    next_(qtbot, flow)
    fill_pain(qtbot, flow)
    fill_checklists(qtbot, flow)
    answer_safety(qtbot, flow, frozenset({urgent}))
    text = log_file.read_text(encoding="utf-8")
    assert "incomplete" in text  # the early urgent save was logged
    _assert_private(text)


def test_the_crash_handler_logs_where_but_not_what(log_file, monkeypatch):
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install(lambda: shown.append(True))
    try:
        raise ValueError(f"could not save {PATIENT['first']} {PATIENT['last']}, born 1950-03-04, "
                         f"phone {PATIENT['phone']}")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text = log_file.read_text(encoding="utf-8")
    assert shown == [True]
    assert "unexpected error: ValueError at test_log_privacy.py:" in text
    _assert_private(text)


def test_log_file_rotates_and_stays_private(tmp_path, monkeypatch):
    import os
    import stat

    monkeypatch.setenv("BACKCARE_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.close()
    path = logs.configure(console=False)
    try:
        for n in range(200):
            logging.getLogger("tests").info("line %d of the rotation test", n)
    finally:
        logs.close()
    assert path == tmp_path / "logs" / "backcare.log"
    rotated = sorted(p.name for p in path.parent.iterdir())
    assert rotated[:3] == ["backcare.log", "backcare.log.1", "backcare.log.2"]
    assert len(rotated) <= 1 + logs.BACKUPS
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for name in rotated:
            assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600
