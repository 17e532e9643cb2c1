"""Saving an intake: one transaction, every answer stored, urgent early save completed later."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake import intakes, validation
from intake.content import checklists
from intake.errors import StorageError, ValidationError
from intake.intakes import IntakeDraft
from intake.models import Intake, IntakeAnswer
from tests.desk_data import desk_helper, kiosk


def full_draft(**changes) -> IntakeDraft:
    lists = checklists()
    draft = IntakeDraft(
        first_name="Zoë", last_name="O'Brien", date_of_birth=dt.date(1950, 3, 4),
        phone="07911 123456", email="zoe@example.org", regions={"lower_back", "left_thigh"},
        pain_since_value=8, pain_since_unit="weeks", pain_now=6, peg_pain=5, peg_enjoyment=4,
        peg_activity=6, symptoms={"stiffness"}, causes={"poor_posture", "static_sitting"},
        treatments={"nsaids", "other"}, treatment_other="Heat pad", side_effects={"drowsiness"},
        safety={i.id: False for i in lists.safety_items}, consent_given=True,
        signature_svg='<svg xmlns="http://www.w3.org/2000/svg"><path d="M1 1 L5 5"/></svg>',
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def answers(intake_id: int) -> set[tuple[str, str, str]]:
    return {(a.group, a.item, a.value)
            for a in IntakeAnswer.select().where(IntakeAnswer.intake == intake_id)}


def test_submit_stores_every_answer_in_e164(db):
    intake_id = intakes.submit_intake(full_draft(), entered_by=kiosk(), region="GB")
    row = Intake.get_by_id(intake_id)
    assert (row.first_name, row.last_name, row.phone) == ("Zoë", "O'Brien", "+447911123456")
    assert row.date_of_birth == dt.date(1950, 3, 4) and row.email == "zoe@example.org"
    assert (row.pain_since_value, row.pain_since_unit, row.pain_now) == (8, "weeks", 6)
    assert (row.peg_pain, row.peg_enjoyment, row.peg_activity) == (5, 4, 6)
    assert row.treatment_other == "Heat pad" and row.consent_given and "<path" in row.signature_svg
    assert row.complete and not row.urgent and row.source == "kiosk" and row.entered_by_id == kiosk()
    stored = answers(intake_id)
    assert {("region", "lower_back", "yes"), ("region", "left_thigh", "yes"),
            ("symptom", "stiffness", "yes"), ("cause", "poor_posture", "yes"),
            ("treatment", "other", "yes"), ("side_effect", "drowsiness", "yes")} <= stored
    safety = {a for a in stored if a[0] in ("red_flag", "contraindication")}
    assert len(safety) == len(checklists().safety_items)
    assert all(value == "no" for _, _, value in safety)


def test_round_trip_through_load_intake(db):
    draft = full_draft()
    intake_id = intakes.submit_intake(draft, entered_by=kiosk(), region="GB")
    record = intakes.load_intake(intake_id, staff_id=desk_helper())
    assert record.draft == draft  # submit cleaned `draft` in place (E.164 phone)
    assert record.draft.pain_duration == "subacute" and record.draft.peg == 5.0
    with pytest.raises(ValidationError):
        intakes.load_intake(intake_id + 100, staff_id=desk_helper())


def test_desk_source_and_staff(db):
    from intake import staff

    member = staff.create_staff("admin1", "Admin One", "admin", "a long password 1",
                                by_staff_id=None)
    intake_id = intakes.submit_intake(full_draft(), source="desk", entered_by=member.id, region="GB")
    row = Intake.get_by_id(intake_id)
    assert row.source == "desk" and row.entered_by_id == member.id


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"first_name": " "}, "first_name"), ({"phone": "12"}, "phone"), ({"regions": set()}, "regions"),
     ({"pain_now": None}, "pain_now"), ({"causes": {"not_sure", "obesity"}}, "causes"),
     ({"treatment_other": ""}, "treatment_other"), ({"safety": {}}, "ce_bladder_bowel"),
     ({"consent_given": False}, "consent"), ({"signature_svg": ""}, "signature")],
)
def test_invalid_answers_save_nothing(db, changes, field):
    with pytest.raises(ValidationError) as info:
        intakes.submit_intake(full_draft(**changes), entered_by=kiosk(), region="GB")
    assert info.value.field == field
    assert Intake.select().count() == 0 and IntakeAnswer.select().count() == 0


def test_urgent_saved_early_then_completed_in_the_same_row(db):
    lists = checklists()
    urgent_id = next(iter(sorted(lists.urgent_ids())))
    draft = full_draft(consent_given=False, signature_svg="", safety={urgent_id: True})
    early = intakes.save_urgent_early(draft, entered_by=kiosk())
    row = Intake.get_by_id(early)
    assert row.urgent and not row.complete and not row.consent_given
    assert ("red_flag", urgent_id, "yes") in answers(early)
    draft.safety = {i.id: i.id == urgent_id for i in lists.safety_items}
    draft.consent_given, draft.signature_svg = True, "<svg/>"
    done = intakes.submit_intake(draft, existing_id=early, entered_by=kiosk(), region="GB")
    assert done == early and Intake.select().count() == 1
    row = Intake.get_by_id(early)
    assert row.urgent and row.complete and row.consent_given
    assert len([a for a in answers(early) if a[0] == "red_flag"]) == len(lists.red_flags)


def test_storage_failure_saves_nothing_and_retry_works(db):
    db.close()
    with pytest.raises(StorageError):
        intakes.submit_intake(full_draft(), entered_by=kiosk(), region="GB")
    db.connect()
    assert Intake.select().count() == 0
    intake_id = intakes.submit_intake(full_draft(), entered_by=kiosk(), region="GB")
    assert Intake.select().count() == 1 and len(answers(intake_id)) > 10


def test_failure_in_the_middle_rolls_back(db, monkeypatch):
    def broken(*_args):
        raise StorageError("disk_full")

    monkeypatch.setattr(intakes, "_answer_rows", broken)
    with pytest.raises(StorageError):
        intakes.submit_intake(full_draft(), entered_by=kiosk(), region="GB")
    assert Intake.select().count() == 0


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=st.text(max_size=300) | st.sampled_from(
    ["'; DROP TABLE intake; --", "<script>x</script>", "x" * 10_000, "Zoë", "名前", ""]),
    email=st.sampled_from(["", "a@b.co", "zoë@exämple.de", "<a>@b.co", "x" * 300 + "@b.co"]))
def test_any_name_is_stored_exactly_or_refused(db, first, email):
    draft = full_draft(first_name=first, email=email)
    try:
        expected_first = validation.clean_name(first, "first_name")
        expected_email = validation.clean_email(email)
    except ValidationError:
        with pytest.raises(ValidationError):
            intakes.submit_intake(draft, entered_by=kiosk(), region="GB")
        return
    intake_id = intakes.submit_intake(draft, entered_by=kiosk(), region="GB")
    row = Intake.get_by_id(intake_id)
    assert (row.first_name, row.email) == (expected_first, expected_email)


def test_pain_bands_keep_the_clinical_classification():
    expected = {"under_1_week": "acute", "1_to_6_weeks": "acute", "6_to_12_weeks": "subacute",
                "3_to_12_months": "chronic", "over_1_year": "chronic"}
    for band in intakes.PAIN_BANDS:
        assert validation.pain_duration(band.value, band.unit) == expected[band.id]
        assert intakes.pain_band(band.value, band.unit) == band
    assert intakes.pain_band(8, "weeks").id == "6_to_12_weeks"
    assert intakes.pain_band(None, "") is None


def test_withdrawn_urgent_answer_is_recorded_and_the_intake_stays_urgent(db):
    from intake.models import AuditEntry

    urgent = sorted(checklists().urgent_ids())[0]
    draft = full_draft()
    draft.safety[urgent] = True
    intake_id = intakes.save_urgent_early(draft, entered_by=kiosk())
    assert intakes.withdraw_urgent_answer(draft, urgent, intake_id=intake_id,
                                          entered_by=kiosk()) == intake_id
    assert urgent not in draft.safety
    row = Intake.get_by_id(intake_id)
    assert row.urgent and not row.complete
    record = intakes.load_intake(intake_id, staff_id=desk_helper())
    assert record.draft.urgent_withdrawn == {urgent} and urgent not in record.draft.safety
    assert AuditEntry.get(AuditEntry.intake == intake_id).detail == urgent
    with pytest.raises(ValidationError):
        intakes.withdraw_urgent_answer(draft, "cancer_history", intake_id=intake_id,
                                       entered_by=kiosk())
    draft.safety[urgent] = False  # answered again: no
    assert intakes.submit_intake(draft, existing_id=intake_id, region="GB", entered_by=kiosk()) == intake_id
    row = Intake.get_by_id(intake_id)
    assert row.urgent and row.complete
    stored = {(a.group, a.item): a.value for a in IntakeAnswer.select().where(
        IntakeAnswer.intake == intake_id)}
    assert stored[("red_flag", urgent)] == "no" and stored[("urgent_withdrawn", urgent)] == "yes"


def test_withdrawal_before_any_save_touches_nothing(db):
    urgent = sorted(checklists().urgent_ids())[0]
    draft = full_draft()
    draft.safety[urgent] = True
    assert intakes.withdraw_urgent_answer(draft, urgent, intake_id=None) is None
    assert Intake.select().count() == 0 and draft.urgent_withdrawn == {urgent}
