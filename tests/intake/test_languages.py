"""The patient's language: stored with the intake, shown to the desk, kept on the patient."""

from __future__ import annotations

import datetime as dt

import pytest

from intake import arrivals, clinic, clinic_setup, matching
from intake.errors import NotAllowedError, ValidationError
from intake.languages import check_language, language_name
from intake.models import Clinic, Intake, Patient
from tests.desk_data import make_intake, make_patient, make_staff


def _answered_in(intake_id: int, code: str) -> None:
    Intake.update(language=code).where(Intake.id == intake_id).execute()


def test_arrivals_say_which_language_the_patient_used(db):
    staff = make_staff()
    english = make_intake("Ann", "Lee", dt.date(1970, 1, 1))
    spanish = make_intake("Ana", "López", dt.date(1971, 2, 2), "+447911123400")
    _answered_in(spanish, "es")
    by_id = {a.intake_id: a for a in arrivals.todays_arrivals(staff_id=staff)}
    assert by_id[english].language == "en"
    assert by_id[spanish].language == "es"
    assert language_name(by_id[spanish].language) == "Español"


def test_matching_keeps_the_language_on_the_patient(db):
    staff = make_staff()
    pid = make_patient("Ann", "Lee", "1970-01-01", "+447911123456")
    iid = make_intake("Ann", "Lee", dt.date(1970, 1, 1), "+447911123456")
    _answered_in(iid, "zh_CN")
    matching.attach_to_patient(iid, pid, staff_id=staff)
    assert Patient.get_by_id(pid).preferred_language == "zh_CN"


def test_a_new_patient_from_an_intake_keeps_its_language(db):
    staff = make_staff()
    iid = make_intake("Ana", "López", dt.date(1971, 2, 2), "+447911123400")
    _answered_in(iid, "es")
    patient = matching.create_from_intake(iid, staff_id=staff)
    assert Patient.get_by_id(patient.id).preferred_language == "es"
    assert Patient.get_by_id(make_patient("Bo", "Li", "1980-01-01")).preferred_language == ""


def test_the_clinic_chooses_the_kiosk_language(db):
    admin = make_staff(username="ada", role="admin")
    clinic.create_clinic("Riverside", country="GB")
    assert clinic.kiosk_language() == "en"
    clinic_setup.set_kiosk_language("zh_CN", by_staff_id=admin)
    assert clinic.kiosk_language() == "zh_CN"
    with pytest.raises(ValidationError) as caught:
        clinic_setup.set_kiosk_language("xx", by_staff_id=admin)
    assert caught.value.field == "kiosk_language"
    assert Clinic.get().kiosk_language == "zh_CN"


def test_only_an_admin_sets_it(db):
    clinic.create_clinic("Riverside", country="GB")
    with pytest.raises(NotAllowedError):
        clinic_setup.set_kiosk_language("es", by_staff_id=None)
    assert clinic.kiosk_language() == "en"


def test_only_offered_languages_pass():
    assert check_language("es") == "es"
    with pytest.raises(ValidationError):
        check_language("fr")
