"""The audit trail: rows written by the shell, read queries with filters, admins only."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher

from intake import audit
from intake import staff as staffmod
from intake.errors import NotAllowedError
from intake.models import AuditEntry, Patient
from intake.staff import passwords


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def people(db):
    admin = staffmod.create_staff("boss", "Ada Admin", "admin", "correct horse", by_staff_id=None)
    desk = staffmod.create_staff("desk", "Dee Desk", "front_desk", "desk pass 1", by_staff_id=admin.id)
    patient = Patient.create(first_name="Pat", last_name="Smith", name_key="smith pat",
                             date_of_birth=dt.date(1970, 1, 2))
    return admin, desk, patient


def _entry(action, staff, patient=None, at=None):
    entry_id = audit.record(action, staff_id=staff.id, patient_id=patient.id if patient else None)
    if at is not None:
        AuditEntry.update(at=at).where(AuditEntry.id == entry_id).execute()
    return entry_id


def test_entries_newest_first_with_names(people):
    admin, desk, patient = people
    _entry("patient_viewed", desk, patient, at=dt.datetime(2026, 3, 1, 10, 0))
    _entry("patient_changed", desk, patient, at=dt.datetime(2026, 3, 2, 10, 0))
    rows = audit.entries(by_staff_id=admin.id, patient_id=patient.id)
    assert [r.action for r in rows] == ["patient_changed", "patient_viewed"]
    assert rows[0].staff_name == "Dee Desk" and rows[0].patient_name == "Smith, Pat"


def test_filters_by_patient_staff_day_and_action(people):
    admin, desk, patient = people
    _entry("patient_viewed", desk, patient, at=dt.datetime(2026, 3, 1, 23, 59))
    _entry("patient_viewed", admin, patient, at=dt.datetime(2026, 3, 2, 0, 0))
    _entry("other", admin, None, at=dt.datetime(2026, 3, 3, 8, 0))
    by_desk = audit.entries(by_staff_id=admin.id, staff_id=desk.id, action="patient_viewed")
    assert [r.at.day for r in by_desk] == [1]
    on_day_2 = audit.entries(by_staff_id=admin.id, since=dt.date(2026, 3, 2), until=dt.date(2026, 3, 2))
    assert [(r.action, r.staff_id) for r in on_day_2] == [("patient_viewed", admin.id)]
    assert len(audit.entries(by_staff_id=admin.id, patient_id=patient.id)) == 2
    assert len(audit.entries(by_staff_id=admin.id, until=dt.date(2026, 3, 1), action="patient_viewed")) == 1
    assert "other" in audit.actions_in_use(by_staff_id=admin.id)


def test_limit_keeps_the_newest(people):
    admin, desk, _ = people
    for day in range(1, 6):
        _entry(f"a{day}", desk, at=dt.datetime(2026, 3, day, 9))
    assert [r.action for r in audit.entries(by_staff_id=admin.id, staff_id=desk.id, limit=2)] == ["a5", "a4"]


def test_only_active_admins_read_the_trail(people):
    admin, desk, _ = people
    for by, code in ((desk.id, "admin_only"), (None, "no_actor"), (9999, "unknown_actor")):
        with pytest.raises(NotAllowedError, match=code):
            audit.entries(by_staff_id=by)
        with pytest.raises(NotAllowedError, match=code):
            audit.actions_in_use(by_staff_id=by)


def test_sign_in_and_staff_changes_are_audited_without_secrets(people):
    admin, desk, _ = people
    staffmod.authenticate("desk", "desk pass 1")
    with pytest.raises(NotAllowedError):
        staffmod.authenticate("desk", "my secret guess")
    staffmod.reset_secret(desk.id, password="fresh password", by_staff_id=admin.id)
    staffmod.change_role(desk.id, "practitioner", by_staff_id=admin.id)
    rows = audit.entries(by_staff_id=admin.id)
    actions = {r.action for r in rows}
    assert {"sign_in", "sign_in_failed", "staff_created", "staff_secret_reset",
            "staff_role_changed"} <= actions
    for r in rows:
        assert not any(s in r.detail for s in ("guess", "fresh", "pass 1"))
    failed = next(r for r in rows if r.action == "sign_in_failed")
    assert failed.staff_id == desk.id
