"""Whatever a patient types for name, phone or email never crashes the step: it is either
accepted exactly as the rules clean it, or refused with a message next to the field."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from intake import validation
from intake.errors import ValidationError
from tests.ui.kiosk.helpers import named, next_, pick_date, tap

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NASTY = st.sampled_from([
    "", " ", "'; DROP TABLE intake; --", "Robert'); DELETE FROM patient;--", "<b>Ann</b>",
    "<script>alert('x')</script>", "&amp;", "x" * 10_000, "\u202eevil", "Zoë\u0000", "😀",
    "+44 7911 123456", "a@b.co", "名前", "\t\n",
])
TYPED = st.one_of(st.text(max_size=300), NASTY)


def _expected(clean, value):
    try:
        return clean(value), None
    except ValidationError as exc:
        return None, exc


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=TYPED, last=TYPED, phone=TYPED, email=TYPED)
def test_any_input_is_stored_exactly_or_refused_with_a_message(qtbot, flow, first, last, phone,
                                                               email):
    if flow.current_section() == "welcome":
        tap(qtbot, named(flow, QAbstractButton, "Start check-in"))
        pick_date(qtbot, flow, "04", "03", "1950")
    if flow.current_section() != "about":
        tap(qtbot, named(flow, QAbstractButton, "Back"))
    edits = {"first_name": named(flow, QLineEdit, "First name"),
             "last_name": named(flow, QLineEdit, "Last name"),
             "phone": named(flow, QLineEdit, "Mobile phone"),
             "email": named(flow, QLineEdit, "Email (if you want)")}
    for field, value in (("first_name", first), ("last_name", last), ("phone", phone),
                         ("email", email)):
        edits[field].setText(value)
    next_(qtbot, flow)

    cleaners = {"first_name": lambda v: validation.clean_name(v, "first_name"),
                "last_name": lambda v: validation.clean_name(v, "last_name"),
                "phone": lambda v: validation.clean_phone(v, "GB"),
                "email": validation.clean_email}
    outcomes = {f: _expected(cleaners[f], edits[f].text()) for f in edits}
    all_good = all(error is None for _, error in outcomes.values())
    assert flow.current_section() == ("where" if all_good else "about")
    messages = [lbl.text() for lbl in flow.findChildren(QLabel)
                if lbl.isVisible() and lbl.objectName() == "error"]
    for field, (value, error) in outcomes.items():
        if error is None:
            assert getattr(flow.draft(), field) == value
        else:
            assert messages, field
    if not all_good:
        assert len(messages) == sum(1 for _, e in outcomes.values() if e is not None)
