import datetime as dt

import pytest

from intake import db as dbmod
from intake.errors import NotAllowedError, ValidationError
from intake.models import AuditEntry, Intake, PractitionerDecision, TreatmentCourse
from intake.scheduling import (
    CourseRequest,
    Pattern,
    book_course,
    course_gates,
    plan_course,
    record_override,
)
from tests.intake.scheduling.factory import make_patient


def test_no_answers_yes_is_ok(clinic):
    patient, intake = make_patient(answers={("red_flag", "fever_unwell"): "no"})
    gates = course_gates(patient, "electro", staff_id=clinic["staff"])
    assert gates.ok and gates.intake_id == intake


def test_patient_without_intake_is_blocked(clinic):
    from intake.models import Patient
    with dbmod.write():
        patient = Patient.create(first_name="A", last_name="B", name_key="b a", date_of_birth=dt.date(1980, 1, 1))
    assert course_gates(patient.id, "standard", staff_id=clinic["staff"]).blocked == ("no_intake",)


def test_implanted_device_blocks_electro_only_and_standard_books_normally(clinic):
    """CLINICAL.md: a hard block on the electro course type, and on nothing else. (Main asked
    for a practitioner's override before a standard course.)"""
    patient, intake = make_patient(answers={("contraindication", "implanted_device"): "yes"})
    electro = course_gates(patient, "electro", staff_id=clinic["staff"])
    assert electro.blocked == ("contraindication:implanted_device",) and not electro.ok
    standard = course_gates(patient, "standard", staff_id=clinic["staff"])
    assert standard.ok and standard.needs_override == () and standard.blocked == ()
    plan = plan_course(CourseRequest(dt.datetime(2027, 1, 11, 8), kind="standard", sessions=2,
                                     pattern=Pattern.weekly(2), patient_id=patient))
    course_id = book_course(patient, plan, clinic["staff"])
    assert TreatmentCourse.get_by_id(course_id).kind == "standard"
    with pytest.raises(NotAllowedError) as info:
        book_course(patient, plan_course(CourseRequest(dt.datetime(2027, 2, 1, 8), kind="electro",
                                                       sessions=2, pattern=Pattern.weekly(2),
                                                       patient_id=patient)), clinic["staff"])
    assert info.value.details["blocked"] == ("contraindication:implanted_device",)
    # a hard block is not a decision a practitioner can record
    with pytest.raises(ValidationError) as info:
        record_override(intake, "implanted_device", "checked", clinic["deciders"][0])
    assert info.value.field == "item"
    assert not PractitionerDecision.select().exists()


def test_device_and_a_precaution_still_need_the_decision_for_standard(clinic):
    patient, intake = make_patient(answers={("contraindication", "implanted_device"): "yes",
                                            ("contraindication", "epilepsy"): "yes"})
    standard = course_gates(patient, "standard", staff_id=clinic["staff"])
    assert standard.blocked == () and standard.needs_override == ("epilepsy",)
    electro = course_gates(patient, "electro", staff_id=clinic["staff"])
    assert electro.blocked == ("contraindication:implanted_device",)
    assert electro.needs_override == ("epilepsy",)
    record_override(intake, "epilepsy", "controlled", clinic["deciders"][0])
    assert course_gates(patient, "standard", staff_id=clinic["staff"]).ok and not course_gates(patient, "electro", staff_id=clinic["staff"]).ok


def test_precaution_and_red_flag_need_recorded_override(clinic):
    patient, intake = make_patient(answers={
        ("contraindication", "pregnancy"): "yes",
        ("red_flag", "night_pain"): "yes",
        ("red_flag", "weight_loss"): "no",
    })
    gates = course_gates(patient, "standard", staff_id=clinic["staff"])
    assert not gates.ok and gates.blocked == ()
    assert set(gates.needs_override) == {"pregnancy", "night_pain"}
    with pytest.raises(ValidationError) as info:
        record_override(intake, "pregnancy", "  ", clinic["deciders"][0])
    assert info.value.field == "reason"
    record_override(intake, "pregnancy", "second trimester, no electro", clinic["deciders"][0])
    gates = course_gates(patient, "standard", staff_id=clinic["staff"])
    assert gates.needs_override == ("night_pain",) and gates.overridden == ("pregnancy",)
    decision_id = record_override(intake, "night_pain", "mechanical pattern", clinic["deciders"][1])
    assert course_gates(patient, "standard", staff_id=clinic["staff"]).ok
    decision = PractitionerDecision.get_by_id(decision_id)
    assert (decision.practitioner_id, decision.decided_by_id) == (clinic["practitioners"][1],
                                                                  clinic["deciders"][1])
    entry = AuditEntry.select().where(AuditEntry.action == "override_recorded").order_by(AuditEntry.id.desc()).first()
    assert entry.staff_id == clinic["deciders"][1]
    assert entry.detail == (f"item=night_pain practitioner={clinic['practitioners'][1]} "
                            f"desk={clinic['deciders'][1]}")
    assert "mechanical" not in entry.detail


def test_a_decision_is_the_practitioners_own_signed_in_or_countersigned_with_their_pin(clinic):
    from argon2 import PasswordHasher

    from intake.models import Staff

    patient, intake = make_patient(answers={("red_flag", "night_pain"): "yes"})
    with dbmod.write():
        Staff.update(pin_hash=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("8642")
                     ).where(Staff.id == clinic["deciders"][0]).execute()
    # the front desk cannot decide in a practitioner's name, nor with a wrong PIN
    with pytest.raises(NotAllowedError, match="not_allowed"):
        record_override(intake, "night_pain", "mechanical", clinic["staff"])
    with pytest.raises(NotAllowedError) as wrong:
        record_override(intake, "night_pain", "mechanical", clinic["staff"],
                        countersign=(clinic["deciders"][0], "1111"))
    assert wrong.value.field == "pin"
    with pytest.raises(NotAllowedError, match="not_allowed"):  # a PIN of a non-practitioner
        record_override(intake, "night_pain", "mechanical", clinic["staff"],
                        countersign=(clinic["staff"], "x"))
    assert not PractitionerDecision.select().exists()
    decision_id = record_override(intake, "night_pain", "mechanical", clinic["staff"],
                                  countersign=(clinic["deciders"][0], "8642"))
    decision = PractitionerDecision.get_by_id(decision_id)
    assert (decision.practitioner_id, decision.decided_by_id) == (clinic["practitioners"][0],
                                                                  clinic["deciders"][0])
    assert AuditEntry.select().where(AuditEntry.action == "countersign_failed").count() == 1
    assert Staff.get_by_id(clinic["deciders"][0]).locked_until is None


def test_unacknowledged_urgent_alert_blocks_any_course(clinic):
    patient, intake = make_patient(urgent=True, acknowledged=False,
                                   answers={("red_flag", "ce_both_legs"): "yes"})
    gates = course_gates(patient, "standard", staff_id=clinic["staff"])
    assert "urgent_unacknowledged" in gates.blocked
    with pytest.raises(NotAllowedError):
        record_override(intake, "ce_both_legs", "seen", clinic["deciders"][0])
    with dbmod.write():
        Intake.update(urgent_ack_at=dt.datetime(2027, 1, 1, 9)).where(Intake.id == intake).execute()
    gates = course_gates(patient, "standard", staff_id=clinic["staff"])
    assert gates.blocked == () and gates.needs_override == ("ce_both_legs",)


def test_latest_intake_is_the_one_read(clinic):
    patient, first = make_patient(answers={("contraindication", "epilepsy"): "yes"})
    with dbmod.write():
        later = Intake.create(patient=patient, first_name="Ann", last_name="Lee",
                              submitted_at=dt.datetime(2026, 6, 1, 9))
    gates = course_gates(patient, "standard", staff_id=clinic["staff"])
    assert gates.intake_id == later.id and gates.ok


def test_unknown_item_refused(clinic):
    _, intake = make_patient()
    with pytest.raises(ValidationError) as info:
        record_override(intake, "not_an_item", "x", clinic["deciders"][0])
    assert info.value.field == "item"
