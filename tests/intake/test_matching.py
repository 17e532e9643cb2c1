"""Match or create: candidates with per-field same/different, same person, new patient."""

from __future__ import annotations

import datetime as dt

import pytest

from intake import matching
from intake.errors import ConflictError, ValidationError
from intake.models import AuditEntry, Intake, Patient
from tests.desk_data import desk_helper, make_intake, make_patient, make_staff


def test_candidates_show_what_matches_and_what_differs(db):
    zoe = make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    twin = make_patient("Zara", "O'Brien", "1980-04-02", "+447911123000")
    make_patient("Other", "Person", "1980-04-02", "+447911123999")  # only the birthday
    iid = make_intake("zoe", "OBRIEN", dt.date(1980, 4, 2), "+447911123456", "zoe@example.org")
    found = matching.find_candidates(iid, staff_id=desk_helper())
    assert [c.patient.id for c in found] == [zoe, twin]
    assert found[0].same == {"last_name": True, "first_name": True, "date_of_birth": True,
                             "phone": True}
    assert found[1].differing == ["first_name", "phone"]


def test_phone_and_birthday_match_despite_a_new_surname(db):
    pid = make_patient("Ann", "Lee", "1970-01-01", "+447911123456")
    iid = make_intake("Ann", "Walker", dt.date(1970, 1, 1), "+447911123456")
    found = matching.find_candidates(iid, staff_id=desk_helper())
    assert [c.patient.id for c in found] == [pid]
    assert found[0].differing == ["last_name"]


def test_same_person_attaches_and_updates_only_chosen_fields(db):
    staff = make_staff()
    pid = make_patient("Ann", "Lee", "1970-01-01", "+447911123456", "old@example.org")
    iid = make_intake("Ann", "Lee", dt.date(1970, 1, 1), "+447911123457", "new@example.org")
    changed = matching.attach_to_patient(iid, pid, staff_id=staff, take_fields=["phone"])
    assert changed == ["phone"]
    patient = Patient.get_by_id(pid)
    assert (patient.phone, patient.email) == ("+447911123457", "old@example.org")
    assert Intake.get_by_id(iid).patient_id == pid
    actions = [(e.action, e.detail) for e in AuditEntry.select().order_by(AuditEntry.id)
               if e.action not in ("patient_created", "kiosk_registered")]
    assert actions == [("intake_matched", "same_person"), ("patient_changed", "fields=phone")]
    with pytest.raises(ValidationError):
        matching.attach_to_patient(iid, pid, staff_id=staff, take_fields=["date_of_birth"])


def test_new_patient_from_intake(db):
    staff = make_staff()
    ann = make_patient("Ann", "Lee", "1970-01-01")
    iid = make_intake("Ann", "Lee", dt.date(1970, 1, 1), "+447911123457")
    with pytest.raises(ConflictError) as refused:  # the likely duplicate was never shown
        matching.create_from_intake(iid, staff_id=staff)
    assert refused.value.details["patient_ids"] == [ann]
    assert Patient.select().count() == 1
    patient = matching.create_from_intake(iid, staff_id=staff, seen_duplicates=[ann])
    assert Patient.select().count() == 2  # never merged silently
    assert Intake.get_by_id(iid).patient_id == patient.id
    entry = AuditEntry.get((AuditEntry.action == "patient_created") & (AuditEntry.staff == staff))
    assert (entry.intake_id, entry.detail) == (iid, "from_intake")
    with pytest.raises(ValidationError):
        matching.create_from_intake(iid, staff_id=staff)
