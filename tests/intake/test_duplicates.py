"""Likely duplicates on create: the pairs that must be flagged, and those that must not."""

from __future__ import annotations

import datetime as dt
import sqlite3
from urllib.parse import urlparse

import pytest
from playhouse.migrations import Runner

from intake import db as dbmod
from intake import duplicates, patients
from intake.db.postgres import _open_postgres
from intake.db.sqlite_file import _open_sqlite
from intake.duplicates import Likelihood, Reason
from intake.errors import ConflictError
from intake.models import Patient
from tests.desk_data import desk_helper, make_patient

# (on file: first, last, date of birth, phone) → (typed: first, last, date of birth, phone), reasons
MUST_FLAG = [
    pytest.param(("Margaret", "Brontë", "1949-02-14", "+447911000001"),
                 ("Margaret", "Bronte", "14/02/1949", "07911 000002"),
                 (Reason.SAME_BIRTH_DATE, Reason.SAME_NAME), id="Bronte/Brontë"),
    pytest.param(("Łukasz", "Nowak", "1985-07-01", "+447911000003"),
                 ("Lukasz", "Nowak", "01/07/1985", ""),
                 (Reason.SAME_BIRTH_DATE, Reason.SAME_NAME), id="Lukasz/Łukasz"),
    pytest.param(("Minh", "Đặng", "1990-03-03", "+447911000004"),
                 ("Minh", "Dang", "03/03/1990", ""),
                 (Reason.SAME_BIRTH_DATE, Reason.SAME_NAME), id="Dang/Đặng"),
    pytest.param(("José", "Núñez García", "1972-11-30", "+447911000005"),
                 ("Jose", "Nunes", "30/11/1972", "07911 999999"),
                 (Reason.SAME_BIRTH_DATE, Reason.SURNAME_PART_MISSING), id="Jose Nunes/José Núñez García"),
    pytest.param(("Anna", "Kowalska", "1966-05-05", ""),
                 ("Kowalska", "Anna", "05/05/1966", ""),
                 (Reason.SAME_BIRTH_DATE, Reason.NAMES_SWAPPED), id="first and last swapped"),
    pytest.param(("Margaret", "Sullivan", "1955-08-08", ""),
                 ("Margret", "Sullivan", "08/08/1955", ""),
                 (Reason.SAME_BIRTH_DATE, Reason.SIMILAR_NAME), id="one typo"),
    pytest.param(("Bjørn", "Øvergård", "1979-09-09", ""),
                 ("Bjorn", "Overgard", "09/09/1979", ""),
                 (Reason.SAME_BIRTH_DATE, Reason.SAME_NAME), id="Ø and å"),
    pytest.param(("Siobhán", "O'Neill", "1961-05-04", "+447700900123"),
                 ("Siobhan", "ONeill", "05/04/1962", "07700 900123"),
                 (Reason.SAME_NAME, Reason.SHARES_PHONE), id="same name and phone, birth date mistyped"),
]

MUST_NOT_FLAG = [
    pytest.param(("John", "Smith", "1970-01-01", "+447911000010"),
                 ("Peter", "Jones", "02/02/1980", "07911 000011"), id="different birth date and name"),
    pytest.param(("John", "Smith", "1970-01-01", "+447911000012"),
                 ("John", "Smith", "03/03/1985", "07911 000013"),
                 id="same name, different birth date and phone"),
    pytest.param(("Other", "Person", "1970-01-01", "+447911000014"),
                 ("Ann", "Lee", "01/01/1970", ""), id="only the birth date"),
]


@pytest.mark.parametrize(("on_file", "typed", "reasons"), MUST_FLAG)
def test_likely_duplicates_are_flagged_with_why(db, on_file, typed, reasons):
    pid = make_patient(*on_file)
    make_patient("Unrelated", "Person", "1931-01-01", "+447911123000")
    found = duplicates.find_duplicates(*typed, staff_id=desk_helper())
    assert [(d.patient.id, d.likelihood, d.reasons) for d in found] == [
        (pid, Likelihood.LIKELY, reasons)]


@pytest.mark.parametrize(("on_file", "typed"), MUST_NOT_FLAG)
def test_different_people_are_not_flagged(db, on_file, typed):
    make_patient(*on_file)
    assert duplicates.find_duplicates(*typed, staff_id=desk_helper()) == []


def test_twins_and_a_shared_phone_are_possible_never_likely(db):
    anna = make_patient("Anna", "Kowalska", "2001-06-06", "+447911000020")
    family = make_patient("Piotr", "Kowalski", "1970-01-01", "+447911000021")
    found = duplicates.find_duplicates("Emma", "Kowalska", "06/06/2001", "07911 000021",
                                       staff_id=desk_helper())
    assert [(d.patient.id, d.likelihood, d.reasons) for d in found] == [
        (anna, Likelihood.POSSIBLE, (Reason.SAME_BIRTH_DATE, Reason.SAME_SURNAME_OTHER_FIRST_NAME)),
        (family, Likelihood.POSSIBLE, (Reason.SHARES_PHONE,)),
    ]
    # a possible duplicate never blocks creating the record
    twin = patients.create_patient(staff_id=desk_helper(), first_name="Emma", last_name="Kowalska",
                                   date_of_birth="06/06/2001", seen_duplicates=())
    assert Patient.get_by_id(twin.id).merged_into_id is None


def test_create_is_refused_until_the_likely_duplicate_was_shown(db):
    pid = make_patient("Margaret", "Brontë", "1949-02-14", "+447911000001")
    with pytest.raises(ConflictError) as refused:
        patients.create_patient(staff_id=desk_helper(), first_name="Margaret", last_name="Bronte",
                                date_of_birth="14/02/1949", seen_duplicates=())
    assert (refused.value.code, refused.value.details["patient_ids"]) == ("likely_duplicate", [pid])
    assert Patient.select().count() == 1
    created = patients.create_patient(staff_id=desk_helper(), first_name="Margaret", last_name="Bronte",
                                      date_of_birth="14/02/1949", seen_duplicates=[pid])
    assert Patient.select().count() == 2 and created.id != pid


def test_merged_records_are_not_offered(db):
    pid = make_patient("Margaret", "Brontë", "1949-02-14")
    keep = make_patient("Peggy", "Other", "1949-02-14", "+447911000099")
    with dbmod.write():
        Patient.update(merged_into=keep).where(Patient.id == pid).execute()
    assert duplicates.find_duplicates("Margaret", "Bronte", "14/02/1949", staff_id=desk_helper()) == []
    assert patients.search_patients("bronte", staff_id=desk_helper()) == []


def test_unparsable_values_are_not_compared(db):
    make_patient("Margaret", "Brontë", "1949-02-14", "+447911000001")
    assert duplicates.find_duplicates("Margaret", "Bronte", "not a date", "12",
                                      staff_id=desk_helper()) == []


def test_folding_makes_one_key_for_latin_letters():
    assert patients.name_key("Łukasz", "Đặng") == patients.name_key("Lukasz", "Dang") == "dang lukasz"
    assert patients.fold_name("Øvergård Straße") == "overgard strasse"


# ----------------------------------------------------------------------------- phone endings


def test_phone_search_by_its_last_digits(db):
    ann = make_patient("Ann", "Lee", "1970-01-01", "+447911123456")
    bob = make_patient("Bob", "Ray", "1971-01-01", "+447911003456")
    make_patient("Cy", "Day", "1972-01-01", "+447700900000")
    assert {r.id for r in patients.search_patients("3456", staff_id=desk_helper())} == {ann, bob}
    assert [r.id for r in patients.search_patients("123 456", staff_id=desk_helper())] == [ann]
    assert [r.id for r in patients.search_patients("7911123456", staff_id=desk_helper())] == [ann]
    assert patients.search_patients("456", staff_id=desk_helper()) == []  # fewer than 4 digits: not searched
    assert [r.id for r in patients.search_patients("07911 123456", staff_id=desk_helper())] == [ann]  # whole numbers still work
    patients.update_patient(ann, {"phone": "07911 000111"}, staff_id=desk_helper())
    assert [r.id for r in patients.search_patients("3456", staff_id=desk_helper())] == [bob]
    assert [r.id for r in patients.search_patients("0111", staff_id=desk_helper())] == [ann]


def test_digit_bounds():
    assert patients.digits_after("129") == "13"
    assert patients.digits_after("1") == "2"
    assert patients.digits_after("999") is None


# ----------------------------------------------------------------------------- the migration


def test_migration_refolds_stored_keys_and_fills_phone_endings(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    sqlite = db_url.startswith("sqlite")
    raw = _open_sqlite(urlparse(db_url)) if sqlite else _open_postgres(db_url)
    Runner(raw, dbmod.migrations_dir(), table_name=dbmod.MIGRATIONS_TABLE).up(target="0003_session_pain")
    raw.execute_sql(  # the key as version 3 folded it: Ł and Đ left as they were
        "INSERT INTO patient (first_name, last_name, name_key, date_of_birth, phone, email, created_at, updated_at) "
        "VALUES ('Łukasz', 'Đặng', 'đang łukasz', '1985-07-01', '+447911123456', '', "
        "'2025-01-01 09:00:00', '2025-01-01 09:00:00')")
    raw.close()
    if not sqlite:
        pytest.importorskip("shutil").which("pg_dump") or pytest.skip("pg_dump is not installed")
    opened = dbmod.open_database(db_url)
    try:
        row = Patient.get()
        assert (row.name_key, row.phone_reversed, row.merged_into_id) == (
            "dang lukasz", "654321119744", None)
        assert [r.id for r in patients.search_patients("lukasz dang", staff_id=desk_helper())] == [row.id]
        assert [r.id for r in patients.search_patients("3456", staff_id=desk_helper())] == [row.id]
    finally:
        opened.close()
    if sqlite:
        backup = next((tmp_path).rglob("backcare.db.v*.bak"))
        conn = sqlite3.connect(backup)
        assert conn.execute("SELECT name_key FROM patient").fetchall() == [("đang łukasz",)]
        conn.close()


def test_dates_as_dates_or_text(db):
    pid = make_patient("Ann", "Lee", "1970-01-01")
    assert [d.patient.id for d in duplicates.find_duplicates("Ann", "Lee", dt.date(1970, 1, 1),
                                                              staff_id=desk_helper())] == [pid]
