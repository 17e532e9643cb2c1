"""The desk and its kiosks: a late intake marked with its two times, a quiet kiosk shown as
offline, intakes a kiosk could not deliver flagged and exported by an admin."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtWidgets import QFileDialog

from intake import intakes, kiosks
from intake.models import Intake
from intake.patients import load_intakes
from intake.session import StaffSession
from tests.desk_data import kiosk, make_intake, make_staff
from tests.intake.test_intakes import full_draft
from ui.desk.arrivals.page import ArrivalsPage
from ui.desk.patients.intake_view import IntakeView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot, staff_id: int | None, role: str = "front_desk") -> ArrivalsPage:
    session = StaffSession()
    if staff_id is not None:
        session.sign_in(staff_id, "Rita Reception", role)
    page = ArrivalsPage(session, poll_ms=40)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    # the arrivals and the kiosks' states are read in workers
    qtbot.waitUntil(lambda: not page.is_reading() and not page.is_reading_kiosks(), timeout=5000)
    return page


def _minutes_ago(n: int) -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=n)


def test_a_queued_intake_shows_when_it_was_sent_and_when_it_reached_the_desk(qtbot, db):
    on_time = make_intake(first="Prompt")
    sent = _minutes_ago(15)
    late = intakes.submit_intake(full_draft(first_name="Queued"), region="GB",
                                 key="k-late-000000", sent_at=sent, entered_by=kiosk())
    page = _page(qtbot, make_staff())
    received = Intake.get_by_id(late).received_at
    late_card, prompt_card = page.card_for(late), page.card_for(on_time)
    assert late_card.when_label.text() == (
        f"sent {sent:%H:%M}, reached the desk {received:%H:%M}")
    assert late_card.when_label.objectName() == "lateMark"
    assert prompt_card.when_label.text().startswith("arrived ")
    assert prompt_card.when_label.objectName() != "lateMark"

    view = IntakeView(load_intakes(Intake.select().where(Intake.id == late))[0])
    qtbot.addWidget(view)
    title = view.findChild(type(late_card.when_label), "sectionTitle").text()
    assert f"sent {sent:%H:%M}, reached the desk {received:%H:%M}" in title


def test_a_kiosk_not_heard_from_for_a_minute_is_shown_offline(qtbot, db):
    last = _minutes_ago(3)
    kiosks.beat("kiosk-a", "Waiting-room kiosk", queued=2, refused=0, now=last)
    page = _page(qtbot, make_staff())
    notice = page.kiosk_notice()
    assert notice.isVisible()
    assert notice.text() == (f"Waiting-room kiosk offline since {last:%H:%M} — it holds 2 "
                             "intakes that have not reached the desk yet")
    assert not notice.export_button().isVisible()

    kiosks.beat("kiosk-a", "Waiting-room kiosk", queued=0, refused=0)  # it answers again
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=3000)


def test_undelivered_intakes_are_flagged_and_an_admin_exports_them(qtbot, db, tmp_path):
    item = {"schema": 1, "key": "refused-key-1", "kind": "intake",
            "sent_at": _minutes_ago(30).isoformat(),
            "draft": {"first_name": "Zoë", "regions": ["a_region_no_longer_known"]},
            "refused": {"reason": "regions:unknown_item"}}
    kiosks.beat("kiosk-a", "Waiting-room kiosk", queued=0, refused=1)
    kiosks.report_refused("kiosk-a", [item])
    desk = _page(qtbot, make_staff())
    assert desk.kiosk_notice().text() == ("The waiting-room kiosk has 1 intake it could not "
                                          "deliver\nAn admin can export them at the desk.")
    assert not desk.kiosk_notice().export_button().isVisible()
    desk.kiosk_notice().export_to(tmp_path / "by-desk.json")  # the domain refuses it too
    assert desk.kiosk_notice().result_text() == (
        "Only an active admin can export the undelivered intakes.")
    assert not (tmp_path / "by-desk.json").exists()

    page = _page(qtbot, make_staff("Ada Admin", "ada", "admin"), role="admin")
    notice = page.kiosk_notice()
    assert notice.text() == "The waiting-room kiosk has 1 intake it could not deliver"
    button = notice.export_button()
    assert button.isVisible()

    button.click()
    dialog = notice.file_dialog()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "undelivered.json"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: notice.result_text() != "")
    assert notice.result_text().startswith("1 undelivered intake(s) saved to undelivered.json")
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["items"][0]["queued"]["draft"]["first_name"] == "Zoë"


def test_export_needs_a_signed_in_member_of_staff(qtbot, db, tmp_path):
    kiosks.beat("kiosk-a", "Waiting-room kiosk", queued=0, refused=1)
    kiosks.report_refused("kiosk-a", [{"key": "refused-key-2", "draft": {}}])
    page = _page(qtbot, None)
    page.kiosk_notice().export_to(tmp_path / "x.json")
    assert page.kiosk_notice().result_text() == "Sign in to export the undelivered intakes."
    assert not (tmp_path / "x.json").exists()
