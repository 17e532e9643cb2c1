"""How long the intake takes a typical patient, by the issue's rule: 2 s a tap, 0.6 s a typed
character, the required reading (safety questions and consent) at 200 words a minute.

The welcome page states this figure; `bench.kiosk` prints it with the tap count measured by
driving the flow, and a test keeps the measured taps within TAP_BUDGET."""

from __future__ import annotations

import math
import re

SECONDS_PER_TAP = 2.0
SECONDS_PER_CHARACTER = 0.6
WORDS_PER_MINUTE = 200
TAP_BUDGET = 32  # the typical patient's taps, at most (tests/ui/kiosk/test_taps.py measures)
# The typical patient's typed characters: first and last name, date of birth (8 digits) and a
# mobile number (11 digits).
TYPICAL_CHARACTERS = len("Zoë") + len("O'Brien") + 8 + 11


def reading_words() -> int:
    """Words a patient must read: every safety question and the consent text."""
    from intake.content import checklists, consent_markdown

    text = " ".join(i.label for i in checklists().safety_items) + " " + consent_markdown()
    return len(re.findall(r"\w[\w'’-]*", text))


def estimate_seconds(taps: int, characters: int = TYPICAL_CHARACTERS) -> float:
    return (taps * SECONDS_PER_TAP + characters * SECONDS_PER_CHARACTER
            + reading_words() * 60 / WORDS_PER_MINUTE)


def stated_minutes() -> int:
    """The minutes the welcome page promises: the budget's estimate, rounded up."""
    return math.ceil(estimate_seconds(TAP_BUDGET) / 60)
