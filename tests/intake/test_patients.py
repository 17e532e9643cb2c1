"""Patients: folding, creating, changing (audited by field name), search, the patient's page."""

from __future__ import annotations

import datetime as dt

import pytest
from playhouse.test_utils import assert_query_count

from intake import patients
from intake.errors import ValidationError
from intake.models import AuditEntry, Patient
from tests.desk_data import desk_helper, make_intake, make_patient, make_staff


def test_fold_name_drops_accents_case_and_apostrophes():
    assert patients.fold_name("  Zoë  O'Brien-Smith ") == "zoe obrien smith"
    assert patients.fold_name("ÅSA Øberg") == "asa øberg" or patients.fold_name("ÅSA Øberg").startswith("asa")
    assert patients.name_key("José", "Núñez García") == "nunez garcia jose"
    assert patients.fold_name("Straße") == "strasse"


def test_create_patient_validates_like_the_kiosk(db):
    staff = make_staff()
    with pytest.raises(ValidationError) as info:
        patients.create_patient(staff_id=staff, first_name="Ann", last_name="Lee",
                                date_of_birth="31/02/1980")
    assert info.value.field == "date_of_birth"
    with pytest.raises(ValidationError) as info:
        patients.create_patient(staff_id=staff, first_name="Ann", last_name="Lee",
                                date_of_birth="1980-01-01", phone="12")
    assert info.value.field == "phone"
    created = patients.create_patient(staff_id=staff, first_name=" Ann ", last_name="Lée",
                                      date_of_birth="02/03/1980", phone="07911 123456")
    row = Patient.get_by_id(created.id)
    assert (row.first_name, row.name_key, row.date_of_birth, row.phone) == (
        "Ann", "lee ann", dt.date(1980, 3, 2), "+447911123456")
    entry = AuditEntry.get(AuditEntry.action == "patient_created")
    assert (entry.staff_id, entry.patient_id) == (staff, created.id)


def test_update_patient_changes_only_changed_fields_and_audits_names_not_values(db):
    staff = make_staff()
    pid = make_patient()
    changed = patients.update_patient(pid, {"first_name": "Zoë", "phone": "07911 123999",
                                            "email": "zoe@example.org"}, staff_id=staff)
    assert changed == ["phone", "email"]
    row = Patient.get_by_id(pid)
    assert row.phone == "+447911123999" and row.email == "zoe@example.org"
    entry = AuditEntry.get(AuditEntry.action == "patient_changed")
    assert entry.detail == "fields=phone,email"
    assert "123999" not in entry.detail and "example" not in entry.detail
    assert patients.update_patient(pid, {"phone": "+447911123999"}, staff_id=staff) == []
    assert AuditEntry.select().where(AuditEntry.action == "patient_changed").count() == 1
    patients.update_patient(pid, {"last_name": "Brien"}, staff_id=staff)
    assert Patient.get_by_id(pid).name_key == "brien zoe"


def _names(rows):
    return [f"{r.first_name} {r.last_name}" for r in rows]


@pytest.fixture
def people(db):
    make_patient("Zoë", "O'Brien", "1980-04-02", "+447911123456")
    make_patient("John", "Smith", "1975-01-31", "+447911123457")
    make_patient("Johanna", "Smithers", "1990-06-15", "+447911123789")
    make_patient("Anna", "García Núñez", "1962-11-05", "")
    make_patient("Smith", "Jones", "1988-08-08", "+33612345678")


def test_search_by_last_name_prefix_folded(people):
    assert _names(patients.search_patients("SMI", staff_id=desk_helper())) == ["John Smith", "Johanna Smithers", "Smith Jones"]
    assert _names(patients.search_patients("o'bri", staff_id=desk_helper())) == ["Zoë O'Brien"]
    assert _names(patients.search_patients("obrien", staff_id=desk_helper())) == ["Zoë O'Brien"]
    assert _names(patients.search_patients("garcia", staff_id=desk_helper())) == ["Anna García Núñez"]


def test_search_by_first_name_and_second_surname(people):
    assert _names(patients.search_patients("zoe", staff_id=desk_helper())) == ["Zoë O'Brien"]
    assert _names(patients.search_patients("nunez", staff_id=desk_helper())) == ["Anna García Núñez"]
    assert _names(patients.search_patients("joh smi", staff_id=desk_helper())) == ["John Smith", "Johanna Smithers"]
    assert _names(patients.search_patients("smith john", staff_id=desk_helper())) == ["John Smith"]
    # "smith" as a first name also matches
    assert _names(patients.search_patients("smith", staff_id=desk_helper())) == ["John Smith", "Johanna Smithers",
                                                          "Smith Jones"]


def test_search_by_phone_any_format_and_date_of_birth(people):
    assert _names(patients.search_patients("07911 123457", staff_id=desk_helper())) == ["John Smith"]
    assert _names(patients.search_patients("+44 7911 123 7", staff_id=desk_helper())) == ["Johanna Smithers"]
    assert _names(patients.search_patients("0033 6 12", staff_id=desk_helper())) == ["Smith Jones"]
    assert _names(patients.search_patients("31/01/1975", staff_id=desk_helper())) == ["John Smith"]
    assert _names(patients.search_patients("1990-06-15", staff_id=desk_helper())) == ["Johanna Smithers"]
    assert patients.search_patients("   ", staff_id=desk_helper()) == []
    assert patients.search_patients("%_", staff_id=desk_helper()) == []


def test_search_runs_a_bounded_number_of_queries(people):
    for n in range(60):  # more matches than one page of results
        make_patient(f"Jo{chr(97 + n % 26)}{chr(97 + n // 26)}", "Smith")
    me = desk_helper()
    patients.search_patients("warm", staff_id=me)  # PostgreSQL: its collation is asked once per connection
    with assert_query_count(2):  # who acts (intake.access) + last names: one index range, already a full page
        assert len(patients.search_patients("smi", staff_id=me)) == patients.SEARCH_LIMIT
    with assert_query_count(3):  # who acts + "first last": + the index ranges of each word
        assert len(patients.search_patients("jo smi", staff_id=me)) == patients.SEARCH_LIMIT
    with assert_query_count(3):  # who acts + a first name: range (none) + the index walk
        assert _names(patients.search_patients("zoe", staff_id=me)) == ["Zoë O'Brien"]
    with assert_query_count(2):  # who acts + the date
        patients.search_patients("31/01/1975", staff_id=me)
    with assert_query_count(1):  # who acts; a date being typed: wait for all of it
        assert patients.search_patients("31/01/19", staff_id=me) == []


def test_search_fallback_finds_second_surname_and_first_name(people):
    assert _names(patients.search_patients("nunez ann", staff_id=desk_helper())) == ["Anna García Núñez"]


def test_patient_page_loads_in_fixed_queries_and_audits_view(db):
    staff = make_staff()
    pid = make_patient()
    for _ in range(3):
        iid = make_intake(yes=("pregnancy",))
        from intake.models import Intake

        Intake.update(patient=pid).where(Intake.id == iid).execute()
    # who acts (intake.access), patient, intakes, answers, courses, appointments + the audit
    # row (chain head read, insert, head update)
    with assert_query_count(9):
        page = patients.get_patient_page(pid, staff_id=staff)
    assert len(page.intakes) == 3
    assert page.intakes[0].peg_mean == 6.0
    assert page.intakes[0].items("region") == ["lower_back"]
    assert page.flags == [("contraindication", "pregnancy")]
    entry = AuditEntry.get(AuditEntry.action == "patient_viewed")
    assert (entry.staff_id, entry.patient_id) == (staff, pid)


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite always compares by code point
def test_search_without_code_point_collation_uses_like(people, backend):
    from intake.models import database

    expected = {text: _names(patients.search_patients(text, staff_id=desk_helper()))
                for text in ("smi", "zoe", "joh smi", "+44 7911 123 7")}
    database.obj._backcare_codepoint_order = False  # as on a server with a language collation
    assert {text: _names(patients.search_patients(text, staff_id=desk_helper())) for text in expected} == expected
    assert "LIKE" in next(patients.search_steps("smi", staff_id=desk_helper())).sql
