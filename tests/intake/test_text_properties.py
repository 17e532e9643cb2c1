"""Every text input is safe: whatever is typed or pasted (NUL, lone surrogates, control and format
characters, very long or expanding text), each text-taking domain function either stores it or
refuses it with a BackCareError that names the field — never a crash, never a raw database error.

CI runs 200 examples per function on SQLite; HYPOTHESIS_PROFILE=deep runs 2,000 (the figures are
in docs/reliability.md). The list of nasty values runs on both backends.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake import backup_settings, clinic_setup, duplicates, patients
from intake import staff as staffmod
from intake.errors import BackCareError, NotAllowedError
from intake.intakes import submit_intake
from intake.models import Staff
from intake.scheduling import record_override
from intake.staff import passwords
from tests.intake.scheduling.factory import make_clinic, make_patient
from tests.intake.test_intakes import full_draft

DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"
EXAMPLES = 2000 if DEEP else 200
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# Outcomes that are not a field refusal but an answer (a wrong secret is "wrong", not "bad").
SECRET_ANSWERS = {"unknown_or_wrong", "locked", "exit_closed", "pin_closed"}

NASTY = [
    "\x00", "a\x00b", "\ud800", "x\udfffy", "\u202e\u202dreverse", "\x1b[31mred", "\r\n\t",
    "\ufeffbom", "\u200b", "ﷺ" * 200, "ﬃ" * 200, "ß" * 210, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" * 40, "a" * 5000,
    "' OR 1=1 --", "%_%", "\\", "😀" * 100, " ", "", "\u0301" * 50, "Ǆ" * 150,
]

TEXT = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=300),  # surrogates and controls too
    st.sampled_from(NASTY),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(max_size=50)),
)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(passwords, "_dummy_hash", None)


def _setting(ids):
    """(name, call) pairs: each call puts `text` in one field of one function, the rest valid."""
    admin, desk, decider = ids["admin"], ids["staff"], ids["deciders"][0]
    practitioner = ids["practitioners"][0]
    counter = iter(range(10**9))
    return [
        ("staff.username", lambda t: staffmod.create_staff(t, "Name", "front_desk", "long enough",
                                                           by_staff_id=admin)),
        ("staff.display_name", lambda t: staffmod.create_staff(f"u{next(counter)}", t, "front_desk",
                                                               "long enough", by_staff_id=admin)),
        ("staff.password", lambda t: staffmod.create_staff(f"p{next(counter)}", "Name", "front_desk",
                                                           t, by_staff_id=admin)),
        ("staff.pin", lambda t: staffmod.create_staff(f"n{next(counter)}", "Name", "front_desk",
                                                      "long enough", pin=t, by_staff_id=admin)),
        ("authenticate.username", lambda t: staffmod.authenticate(t, "long enough")),
        ("authenticate.secret", lambda t: staffmod.authenticate("desk-user", t)),
        ("unlock_desk.secret", lambda t: staffmod.unlock_desk(ids["person"], t)),
        ("kiosk_exit.secret", lambda t: staffmod.verify_staff_secret(t, kiosk_id=ids["kiosk"])),
        ("kiosk_identity.device", lambda t: staffmod.kiosk_identity(t)),
        ("change_own_password.new", lambda t: staffmod.change_own_password(ids["person"], "long enough", t)),
        ("clinic.name", lambda t: clinic_setup.update_clinic_details(
            name=t, address="", phone="", country="GB", region="ENG", by_staff_id=admin)),
        ("clinic.address", lambda t: clinic_setup.update_clinic_details(
            name="Clinic", address=t, phone="", country="GB", region="ENG", by_staff_id=admin)),
        ("clinic.phone", lambda t: clinic_setup.update_clinic_details(
            name="Clinic", address="", phone=t, country="GB", region="ENG", by_staff_id=admin)),
        ("clinic.region", lambda t: clinic_setup.update_clinic_details(
            name="Clinic", address="", phone="", country="GB", region=t, by_staff_id=admin)),
        ("closure.reason", lambda t: clinic_setup.add_closure(
            dt.date(2027, 3, 1), dt.date(2027, 3, 2), t, by_staff_id=admin)),
        ("practitioner.name", lambda t: clinic_setup.add_practitioner(t, by_staff_id=admin)),
        ("room.name", lambda t: clinic_setup.add_room(t, by_staff_id=admin)),
        ("time_off.reason", lambda t: clinic_setup.add_time_off(
            practitioner, dt.datetime(2027, 3, 1, 9), dt.datetime(2027, 3, 1, 12), t,
            by_staff_id=admin)),
        ("patient.first_name", lambda t: patients.create_patient(
            staff_id=desk, first_name=t, last_name="Lee", date_of_birth="1970-01-01")),
        ("patient.last_name", lambda t: patients.create_patient(
            staff_id=desk, first_name="Ann", last_name=t, date_of_birth="1970-01-01")),
        ("patient.phone", lambda t: patients.create_patient(
            staff_id=desk, first_name="Ann", last_name="Lee", date_of_birth="1970-01-01", phone=t)),
        ("patient.email", lambda t: patients.create_patient(
            staff_id=desk, first_name="Ann", last_name="Lee", date_of_birth="1970-01-01", email=t)),
        ("patient.update_last_name", lambda t: patients.update_patient(
            ids["patient"], {"last_name": t}, staff_id=desk)),
        ("search.query", lambda t: _search(t, desk)),
        ("override.reason", lambda t: record_override(ids["intake"], "night_pain", t, decider)),
        ("intake.first_name", lambda t: submit_intake(full_draft(first_name=t), source="desk",
                                                      entered_by=desk, region="GB")),
        ("intake.treatment_other", lambda t: submit_intake(
            full_draft(treatments={"other"}, treatment_other=t), source="desk", entered_by=desk,
            region="GB")),
        ("intake.signature", lambda t: submit_intake(full_draft(signature_svg=t), source="desk",
                                                     entered_by=desk, region="GB")),
        ("duplicates.first_name", lambda t: _duplicates(t, "Lee", "01/01/1970", "", desk)),
        ("duplicates.date_of_birth", lambda t: _duplicates("Ann", "Lee", t, "", desk)),
        ("duplicates.phone", lambda t: _duplicates("Ann", "Lee", None, t, desk)),
        # the folder as typed, kept inside the test's own folder (no "/" to climb out of it)
        ("backup_settings.folder", lambda t: backup_settings.save(backup_settings.BackupSettings(
            ids["folder"] / ("f" + t.replace("/", "_").replace("\\", "_"))), by_staff_id=admin)),
        ("backup_settings.passphrase", lambda t: _passphrase(ids["folder"] / "usb", t, admin)),
    ]


def _duplicates(first: str, last: str, born, phone: str, desk: int):
    found = duplicates.find_duplicates(first, last, born, phone, staff_id=desk)
    assert isinstance(found, list)  # text as typed: what does not parse is not compared
    return found


def _passphrase(folder, text: str, admin: int):
    saved = backup_settings.save(backup_settings.BackupSettings(folder, text), by_staff_id=admin)
    backup_settings.load().passphrase.encode("utf-8")  # as the backup's key is made from it
    return saved


def _search(text: str, desk: int):
    found = patients.search_patients(text, staff_id=desk)
    assert isinstance(found, list)
    return found


CASE_NAMES = [name for name, _ in _setting({"admin": 0, "staff": 0, "deciders": [0],
                                            "practitioners": [0], "person": 0, "kiosk": 0,
                                            "patient": 0, "intake": 0, "folder": None})]


def _world(folder) -> dict:
    ids = make_clinic()
    ids["folder"] = folder
    with_admin = Staff.create(username="boss", display_name="Boss", role="admin", password_hash="x")
    ids["admin"] = with_admin.id
    ids["person"] = staffmod.create_staff("desk-user", "Desk User", "front_desk", "long enough",
                                          pin="2468", by_staff_id=with_admin.id).id
    ids["kiosk"] = staffmod.kiosk_identity("front")
    ids["patient"], ids["intake"] = make_patient(answers={("red_flag", "night_pain"): "yes"})
    return ids


def _check(call, text: str) -> None:
    """Stored, or refused with a BackCareError naming the field (or a secret's plain answer)."""
    try:
        call(text)
    except NotAllowedError as exc:
        assert exc.code in SECRET_ANSWERS or exc.field, (exc.code, exc.field)
    except BackCareError as exc:
        assert exc.field, exc.code


@pytest.mark.parametrize("case", CASE_NAMES)
def test_any_text_is_stored_or_refused_by_name(case, sqlite_db, tmp_path):
    call = dict(_setting(_world(tmp_path)))[case]

    @PROPERTY
    @given(text=TEXT)
    def run(text):
        _check(call, text)

    run()


@pytest.mark.parametrize("case", CASE_NAMES)
def test_nasty_values_on_both_backends(case, db, tmp_path):
    call = dict(_setting(_world(tmp_path)))[case]
    for text in NASTY:
        _check(call, text)


def test_refusals_name_the_field(sqlite_db, tmp_path):
    calls = dict(_setting(_world(tmp_path)))
    for case, field in (("staff.display_name", "display_name"), ("closure.reason", "closure_reason"),
                        ("room.name", "room_name"), ("override.reason", "reason"),
                        ("patient.last_name", "last_name"), ("intake.treatment_other",
                                                             "treatment_other"),
                        ("practitioner.name", "practitioner_name"), ("staff.password", "password"),
                        ("backup_settings.folder", "folder"),
                        ("backup_settings.passphrase", "passphrase")):
        with pytest.raises(BackCareError) as refused:
            calls[case]("bad\x00text")
        assert refused.value.field == field, case
    with pytest.raises(BackCareError) as refused:  # 200 letters that fold to 1,800
        calls["patient.last_name"]("ﷺ" * 200)
    assert (refused.value.field, refused.value.code) == ("last_name", "too_long")
