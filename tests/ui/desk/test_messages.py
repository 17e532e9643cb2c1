"""The desk's catalogue (ui/desk/messages.py) words every reason the domain refuses an action,
once, keyed by its name in intake.vocabulary.Refusal."""

from __future__ import annotations

import pytest

from intake.errors import NotAllowedError, ValidationError
from intake.vocabulary import Refusal
from ui.desk.messages import REFUSALS, VALIDATION, error_text

FALLBACK = error_text(NotAllowedError("no_such_reason"))  # "This could not be done."


def test_every_refusal_has_one_sentence_and_the_catalogue_no_other():
    assert set(REFUSALS) == set(Refusal)
    assert [key for key in REFUSALS if type(key) is not Refusal] == []  # no bare string key
    assert set(VALIDATION) & set(Refusal) == set()  # no second sentence for a refusal


@pytest.mark.parametrize("reason", list(Refusal))
def test_the_desk_words_each_refusal(reason):
    text = error_text(NotAllowedError(reason))
    assert text and text != FALLBACK and "{" not in text
    assert "_" not in text  # never an internal name such as "urgent_unacknowledged"


def test_a_refusal_is_worded_by_its_details_and_field():
    assert "up to 3 more" in error_text(NotAllowedError(Refusal.over_yearly_limit, allowed=3))
    assert "(—)" in error_text(NotAllowedError(Refusal.not_yet, field="status"))
    # the same reason met undoing a status: the make-up session took the session's place
    assert error_text(NotAllowedError(Refusal.course_full, field="status")).startswith("Cannot undo")
    assert error_text(ValidationError(Refusal.course_full, field="course")) == (
        "The course already has all its planned sessions booked.")
    assert error_text(NotAllowedError("no_such_reason")) == "This could not be done."


def test_a_refusal_met_at_an_occasion_is_worded_for_it_from_the_one_catalogue(qtbot):
    from ui.desk.messages import Occasion, occasion_text

    assert occasion_text(Occasion.backing_up, "folder_unwritable").startswith(
        "The backup folder cannot be written to")
    assert occasion_text(Occasion.backing_up, "something_new") == (
        "The backup could not be made or checked. The log file has the details.")
    assert occasion_text(Occasion.booking_a_consultation, Refusal.locked, fallback=False) is None
    assert occasion_text(Occasion.booking_a_consultation, "too_long", maximum=200) == (
        "The reason is too long: keep it under 200 characters.")
    assert "{" not in occasion_text(Occasion.signing_in, Refusal.locked, time="14:30")
