"""The kiosk's (and desk's) rules for what a patient types."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake import validation as v
from intake.errors import ValidationError

TODAY = dt.date(2026, 11, 28)


def _code(fn, *args, **kwargs) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    return info.value.code, info.value.field


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("  Zoë  ", "Zoë"), ("O'Brien-Smith", "O'Brien-Smith"), ("Mary  Ann", "Mary Ann"),
     ("山田", "山田"), ("Ze\u0301", "Zé"), ("محمد\u200cرضا", "محمد\u200cرضا")],
)
def test_clean_name_keeps_any_script_and_tidies_spaces(raw, stored):
    assert v.clean_name(raw, field="first_name") == stored


@pytest.mark.parametrize(
    ("raw", "code"),
    [("", "required"), ("   ", "required"), (None, "required"), ("x" * 201, "too_long"),
     ("12345", "no_letters"), ("Ann\x00", "invalid"), ("Bob\u202e", "invalid"), (42, "invalid")],
)
def test_clean_name_refuses_with_code_and_field(raw, code):
    assert _code(v.clean_name, raw, field="last_name") == (code, "last_name")


def test_name_of_200_chars_is_kept():
    assert v.clean_name("a" * 200, "first_name") == "a" * 200


def test_date_of_birth_limits():
    assert v.clean_date_of_birth(TODAY, today=TODAY) == TODAY
    assert v.clean_date_of_birth(dt.date(1905, 11, 29), today=TODAY) == dt.date(1905, 11, 29)  # 120
    assert _code(v.clean_date_of_birth, dt.date(1905, 11, 28), today=TODAY)[0] == "too_old"  # 121
    assert _code(v.clean_date_of_birth, TODAY + dt.timedelta(days=1), today=TODAY) == (
        "future", "date_of_birth")
    assert _code(v.clean_date_of_birth, None)[0] == "required"


def test_date_of_birth_reads_text_as_the_desk_types_it():
    assert v.clean_date_of_birth("1950-03-04", today=TODAY) == dt.date(1950, 3, 4)
    assert v.clean_date_of_birth("04/03/1950", today=TODAY) == dt.date(1950, 3, 4)
    assert _code(v.clean_date_of_birth, "31/02/1950", today=TODAY)[0] == "invalid"


def test_phone_is_stored_in_e164_in_the_clinic_region():
    assert v.clean_phone("07911 123456", "GB") == "+447911123456"
    assert v.clean_phone("+1 (202) 555-0143", "GB") == "+12025550143"
    assert v.clean_phone("030 1234567", "DE") == "+49301234567"


@pytest.mark.parametrize("raw", ["12", "hello", "0770090012399999", "+44 7911 123456'; DROP TABLE"])
def test_phone_refuses_what_is_not_a_number(raw):
    assert _code(v.clean_phone, raw, "GB") == ("invalid", "phone")


def test_phone_accepts_the_ofcom_drama_range_used_by_demo_data():
    assert v.clean_phone("07700 900123", "GB") == "+447700900123"
    assert _code(v.clean_phone, "07700 90012", "GB")[0] == "invalid"


def test_phone_required_unless_told_otherwise():
    assert _code(v.clean_phone, "  ", "GB")[0] == "required"
    assert v.clean_phone("", "GB", required=False) == ""


@pytest.mark.parametrize("raw", ["a@b.co", "zoë@exämple.de", "first.last+tag@clinic.org.uk"])
def test_email_accepts(raw):
    assert v.clean_email(f"  {raw} ") == raw


@pytest.mark.parametrize("raw", ["a@b", "@b.co", "a b@c.de", "a@@b.co", "<a>@b.co", "a..b@c.de",
                                 "a@b\n.co", "x" * 250 + "@b.co"])
def test_email_refuses(raw):
    assert _code(v.clean_email, raw)[1] == "email"


def test_email_is_optional():
    assert v.clean_email("") == "" and v.clean_email("   ") == "" and v.clean_email(None) == ""


@pytest.mark.parametrize(
    ("value", "unit", "kind"),
    [(0, "days", "acute"), (41, "days", "acute"), (5, "weeks", "acute"), (6, "weeks", "subacute"),
     (12, "weeks", "subacute"), (84, "days", "subacute"), (85, "days", "chronic"),
     (13, "weeks", "chronic"), (2, "months", "subacute"), (3, "months", "chronic"),
     (1, "months", "acute"), (10, "months", "chronic")],
)
def test_pain_duration_boundaries(value, unit, kind):
    assert v.pain_duration(*v.clean_pain_since(value, unit)) == kind


def test_pain_since_refuses():
    assert _code(v.clean_pain_since, None, "days")[0] == "required"
    assert _code(v.clean_pain_since, 3, "")[1] == "pain_since_unit"
    assert _code(v.clean_pain_since, -1, "days")[0] == "out_of_range"
    assert _code(v.clean_pain_since, "abc", "weeks")[0] == "invalid"
    assert v.clean_pain_since("4", "weeks") == (4, "weeks")


def test_scores_and_peg():
    assert v.clean_score(0, "pain_now") == 0
    assert _code(v.clean_score, None, "peg_pain") == ("required", "peg_pain")
    assert _code(v.clean_score, 11, "peg_pain")[0] == "out_of_range"
    assert v.peg_score(3, 4, 8) == 5.0


@settings(max_examples=300, deadline=None)
@given(st.text() | st.just("x" * 10_000) | st.sampled_from(
    ["'; DROP TABLE patient; --", "<b>bold</b>", "<script>alert(1)</script>", "\ud800"]))
def test_any_text_is_cleaned_or_refused_with_a_code(raw):
    for fn in (lambda t: v.clean_name(t, "first_name"), lambda t: v.clean_phone(t, "GB"),
               v.clean_email):
        try:
            out = fn(raw)
        except ValidationError as exc:
            assert exc.code in {"required", "too_long", "invalid", "no_letters"}
        else:
            assert isinstance(out, str)
            out.encode("utf-8")  # storable
            assert fn(out) == out  # cleaning is idempotent: what is stored reads back the same
