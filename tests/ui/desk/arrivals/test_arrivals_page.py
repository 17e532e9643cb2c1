"""The Arrivals page: a kiosk in another process, the urgent alert and its acknowledgement,
statuses, match or create, and the signals the lead wires to booking."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from playhouse.test_utils import assert_query_count
from PySide6.QtCore import Qt

from intake.models import AuditEntry, Intake, Patient
from intake.session import StaffSession
from tests.desk_data import make_intake, make_patient, make_staff
from ui.desk.arrivals.page import ArrivalsPage

# the offscreen platform says so whenever a window is shown; nothing to fix in our code
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ROOT = Path(__file__).resolve().parents[4]

KIOSK = textwrap.dedent("""
    import sys
    from intake import db
    from intake.content import checklists
    from intake.intakes import IntakeDraft, submit_intake
    from intake.staff import kiosk_identity
    db.open_database(sys.argv[1])
    draft = IntakeDraft(first_name="Kiosk", last_name="Walker", phone="+447911123456",
        email="", date_of_birth=__import__("datetime").date(1970, 1, 1), regions={"neck"},
        pain_since_value=2, pain_since_unit="weeks", pain_now=4, peg_pain=4, peg_enjoyment=3,
        peg_activity=2, causes={"not_sure"}, treatments={"none"},
        safety={i.id: i.id == "ce_both_legs" for i in checklists().safety_items},
        consent_given=True, signature_svg="M0 0 L10 10")
    print(submit_intake(draft, entered_by=kiosk_identity("other process"), region="GB"))
    db.close_database()
""")


def _session(staff_id: int) -> StaffSession:
    session = StaffSession()
    session.sign_in(staff_id, "Rita Reception", "front_desk")
    return session


def _page(qtbot, staff_id: int) -> ArrivalsPage:
    page = ArrivalsPage(_session(staff_id))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    _settled(qtbot, page)
    return page


def _settled(qtbot, page: ArrivalsPage) -> None:
    """The list is read in a worker: wait until the last read is on screen."""
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=5000)


def test_intake_from_another_process_appears_within_two_seconds(qtbot, db, db_url):
    staff = make_staff()
    page = _page(qtbot, staff)
    assert page.cards() == []
    done = subprocess.run([sys.executable, "-c", KIOSK, db_url], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    intake_id = int(done.stdout.strip())
    qtbot.waitUntil(lambda: page.card_for(intake_id) is not None, timeout=2000)
    # urgent: an alert banner on top and the card first, in red
    assert [b.intake_id for b in page.banners()] == [intake_id]
    assert "Kiosk Walker" in page.banners()[0].text()
    assert "Both legs affected" in page.banners()[0].text()


def test_urgent_alert_stays_until_acknowledged_and_is_audited(qtbot, db):
    staff = make_staff()
    calm = make_intake("Calm", "Person", yes=("pregnancy",))
    urgent = make_intake("Urgent", "Person", yes=("ce_bladder_bowel", "implanted_device"))
    page = _page(qtbot, staff)
    assert [c.arrival.intake_id for c in page.cards()] == [urgent, calm]
    badges = page.card_for(urgent).findChildren(type(page._count))
    texts = [label.text() for label in badges]
    assert "⚠ Bladder or bowel change" in texts and "⚠ Implanted device: no electro" in texts
    assert "Pregnant" in [label.text() for label in page.card_for(calm).findChildren(type(page._count))]
    page.poll()
    _settled(qtbot, page)
    assert len(page.banners()) == 1  # polling again does not dismiss it
    page.banners()[0].acknowledge()
    _written(qtbot, page)
    assert page.banners() == []
    row = Intake.get_by_id(urgent)
    assert row.urgent_ack_by_id == staff and row.urgent_ack_at is not None
    entry = AuditEntry.get(AuditEntry.action == "urgent_acknowledged")
    assert (entry.staff_id, entry.intake_id) == (staff, urgent)


def _written(qtbot, page) -> None:
    """A status is saved in the page's write lane, then the list is read again."""
    qtbot.waitUntil(lambda: not page.is_writing() and not page.is_reading(), timeout=5000)


def test_status_buttons_and_booking_signals(qtbot, db):
    staff = make_staff()
    iid = make_intake()
    page = _page(qtbot, staff)
    qtbot.mouseClick(page.card_for(iid).buttons["with_staff"], Qt.MouseButton.LeftButton)
    _written(qtbot, page)
    assert Intake.get_by_id(iid).status == "with_staff"
    assert page.card_for(iid).status_label.text() == "With staff"
    assert not page.card_for(iid).buttons["course"].isEnabled()  # no patient yet
    with qtbot.waitSignal(page.consultation_requested) as asked:
        page.card_for(iid).buttons["consultation"].click()
    assert asked.args == [iid]
    with qtbot.waitSignal(page.staff_intake_requested) as asked:
        page._staff_intake.click()
    assert asked.args == [None]
    page.card_for(iid).buttons["sent_away"].click()
    _written(qtbot, page)
    assert Intake.get_by_id(iid).status == "sent_away"


def test_match_same_person_from_the_arrivals_list(qtbot, db):
    staff = make_staff()
    pid = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456", "old@example.org")
    iid = make_intake("Zoe", "OBrien", email="new@example.org")
    page = _page(qtbot, staff)
    page.card_for(iid).buttons["match"].click()
    dialog = page.match_dialog()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # the case read in a worker
    box = dialog.candidate_boxes()[0]
    assert box.patient_id == pid
    assert not box.take_box("email").isChecked()  # offered, never ticked in advance
    assert box.take_box("phone") is None  # the same: nothing to update
    assert box.why() == "Likely the same person: same date of birth, same name, same phone"
    box.take_box("email").setChecked(True)
    with qtbot.waitSignal(page.patient_requested) as opened:
        box.choose()
    assert opened.args == [pid]
    _settled(qtbot, page)
    assert Intake.get_by_id(iid).patient_id == pid
    assert Patient.get_by_id(pid).email == "new@example.org"
    assert page.card_for(iid).buttons["course"].isEnabled()
    with qtbot.waitSignal(page.course_requested) as asked:
        page.card_for(iid).buttons["course"].click()
    assert asked.args == [pid]


def test_new_patient_from_the_match_dialog(qtbot, db):
    staff = make_staff()
    make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    iid = make_intake("Zoe", "OBrien", phone="+447911123457")
    page = _page(qtbot, staff)
    page.card_for(iid).buttons["match"].click()
    dialog = page.match_dialog()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # the case read in a worker
    dialog.create_new()  # a likely duplicate is listed: asked once more, nothing created yet
    assert Patient.select().count() == 1
    assert "is likely the same person" in dialog.confirm_text()
    with qtbot.waitSignal(dialog.patient_matched, timeout=5000):  # written in a worker
        dialog.create_new()
    assert Patient.select().count() == 2
    assert Intake.get_by_id(iid).patient_id is not None


def test_arrivals_list_query_count_does_not_grow(qtbot, db):
    staff = make_staff()
    for n in range(6):
        make_intake(f"Person{chr(65 + n)}", "Test", yes=("pregnancy", "night_pain"))
    page = _page(qtbot, staff)
    with assert_query_count(4), qtbot.waitSignal(page.arrivals_reloaded):  # marker + who acts + intakes + answers
        page.reload()
    assert len(page.cards()) == 6


def test_database_trouble_is_a_sentence_not_a_traceback(qtbot, db, monkeypatch):
    from intake import arrivals
    from intake.errors import StorageError

    staff = make_staff()
    iid = make_intake()
    page = _page(qtbot, staff)

    def unavailable(*args, **kwargs):
        raise StorageError("unavailable")

    monkeypatch.setattr(arrivals, "change_marker", unavailable)
    page.poll()
    qtbot.waitUntil(page._error.isVisible, timeout=5000)
    assert page._error.text() == "The database cannot be reached: nothing was saved."
    assert page.card_for(iid) is not None  # the list stays as it was
    monkeypatch.undo()
    page.poll()
    qtbot.waitUntil(lambda: not page._error.isVisible(), timeout=5000)


def test_no_match_offers_only_a_new_patient(qtbot, db):
    staff = make_staff()
    make_patient("Other", "Person", "1990-01-01", "+447911123401")
    iid = make_intake("Brand", "New", phone="+447911123402")
    page = _page(qtbot, staff)
    page.card_for(iid).buttons["match"].click()
    dialog = page.match_dialog()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # the case read in a worker
    assert dialog.candidate_boxes() == []
    with qtbot.waitSignal(dialog.patient_matched) as matched:
        dialog.create_new()
    assert Patient.get_by_id(matched.args[0]).last_name == "New"


def test_book_consultation_waits_for_the_urgent_acknowledgement(qtbot, db):
    """Issue 15: main left "Book consultation…" enabled on an unacknowledged urgent arrival."""
    staff = make_staff()
    urgent = make_intake("Dmitri", "Volkov", yes=("ce_both_legs",))
    page = _page(qtbot, staff)
    card = page.card_for(urgent)
    book = card.buttons["consultation"]
    assert not book.isEnabled()
    assert card.blocked_reason.isVisible()
    assert card.blocked_reason.text().startswith("Acknowledge the urgent alert above first")
    assert book.toolTip() == card.blocked_reason.text()
    page.banners()[0].acknowledge()
    _written(qtbot, page)
    card = page.card_for(urgent)
    assert card.buttons["consultation"].isEnabled() and not card.blocked_reason.isVisible()
    with qtbot.waitSignal(page.consultation_requested) as asked:
        card.buttons["consultation"].click()
    assert asked.args == [urgent]
