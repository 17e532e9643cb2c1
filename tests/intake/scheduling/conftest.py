import datetime as dt

import pytest

from intake import clinic as clinic_mod
from tests.intake.scheduling.factory import make_clinic

# The scheduling tests book on fixed dates (Christmas 2026, the October 2026 clock change ...):
# the clinic's "now" is pinned before all of them, since nothing may be booked in the past.
PINNED_NOW = dt.datetime(2026, 6, 1, 8, 0)


@pytest.fixture(autouse=True)
def pinned_now():
    with clinic_mod.as_of(PINNED_NOW):
        yield PINNED_NOW


@pytest.fixture
def clinic(db):
    """A GB/England clinic open Mon-Fri 9-13 and 14-18, two practitioners, two rooms."""
    return make_clinic()
