"""Today's arrivals: order, badges, change marker, status, urgent acknowledgement (audited)."""

from __future__ import annotations

import datetime as dt

import pytest
from playhouse.test_utils import assert_query_count

from intake import arrivals
from intake.errors import ValidationError
from intake.models import AuditEntry, Intake
from tests.desk_data import desk_helper, make_intake, make_staff


def test_todays_arrivals_urgent_first_with_badges_in_two_queries(db):
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    make_intake("Old", "Visit", submitted_at=yesterday)
    calm = make_intake("Calm", "Person", yes=("pregnancy",))
    urgent = make_intake("Urgent", "Person", yes=("ce_both_legs", "implanted_device"))
    me = desk_helper()
    with assert_query_count(3):  # who acts (intake.access), the intakes, their answers
        found = arrivals.todays_arrivals(staff_id=me)
    assert [a.intake_id for a in found] == [urgent, calm]
    assert found[0].needs_alert
    assert [(b.item, b.kind) for b in found[0].badges] == [("ce_both_legs", "urgent"),
                                                          ("implanted_device", "blocks")]
    assert [(b.item, b.kind) for b in found[1].badges] == [("pregnancy", "precaution")]


def test_change_marker_moves_on_new_intake_status_and_ack(db):
    staff = make_staff()
    empty = arrivals.change_marker()
    first = make_intake(yes=("ce_sexual",))
    after_new = arrivals.change_marker()
    assert after_new != empty
    arrivals.set_status(first, "with_staff", staff_id=staff)
    after_status = arrivals.change_marker()
    assert after_status != after_new
    arrivals.acknowledge_urgent(first, staff_id=staff)
    after_ack = arrivals.change_marker()
    assert after_ack != after_status
    assert arrivals.change_marker() == after_ack
    with assert_query_count(1):
        arrivals.change_marker()


def test_set_status_audited_and_checked(db):
    staff = make_staff()
    iid = make_intake()
    arrivals.set_status(iid, "sent_away", staff_id=staff)
    assert Intake.get_by_id(iid).status == "sent_away"
    entry = AuditEntry.get(AuditEntry.action == "intake_status")
    assert (entry.staff_id, entry.intake_id, entry.detail) == (staff, iid, "status=sent_away")
    with pytest.raises(ValidationError):
        arrivals.set_status(iid, "gone", staff_id=staff)


def test_acknowledge_urgent_records_who_once(db):
    rita = make_staff()
    sam = make_staff("Sam Other", "sam")
    iid = make_intake(yes=("ce_bladder_bowel",))
    assert arrivals.acknowledge_urgent(iid, staff_id=rita) is True
    assert arrivals.acknowledge_urgent(iid, staff_id=sam) is False
    row = Intake.get_by_id(iid)
    assert row.urgent_ack_by_id == rita and row.urgent_ack_at is not None
    entries = list(AuditEntry.select().where(AuditEntry.action == "urgent_acknowledged"))
    assert [(e.staff_id, e.intake_id) for e in entries] == [(rita, iid)]
    arrival = arrivals.todays_arrivals(staff_id=desk_helper())[0]
    assert not arrival.needs_alert and arrival.urgent_ack_by == "Rita Reception"


def test_urgent_notices_say_when_and_what_kind_never_who(db):
    """Issue 15: what the lock screen may show of an urgent arrival."""
    rita = make_staff()
    make_intake("Calm", "Person", yes=("pregnancy",))
    first = make_intake("Dmitri", "Volkov", yes=("ce_both_legs", "implanted_device"),
                        submitted_at=dt.datetime.combine(dt.date.today(), dt.time(9, 5)))
    second = make_intake("Ana", "Moreno", yes=("ce_saddle_numbness",),
                         submitted_at=dt.datetime.combine(dt.date.today(), dt.time(9, 20)))
    notices = arrivals.urgent_notices(arrivals.todays_arrivals(staff_id=desk_helper()))
    assert [(n.intake_id, n.arrived_at.time(), n.sign) for n in notices] == [
        (first, dt.time(9, 5), arrivals.CAUDA_EQUINA), (second, dt.time(9, 20), arrivals.CAUDA_EQUINA)]
    assert all(name not in repr(n) for n in notices for name in ("Dmitri", "Volkov", "Ana", "Moreno"))
    arrivals.acknowledge_urgent(first, staff_id=rita)
    assert [n.intake_id for n in arrivals.urgent_notices(arrivals.todays_arrivals(staff_id=desk_helper()))] == [second]
