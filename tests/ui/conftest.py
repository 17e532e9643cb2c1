"""Every screen test starts with dates written as the test clinics' country (GB) writes them, as
the desk does once it has read the clinic (ui.desk.assembly), whatever an earlier test set and
whatever this computer's own locale is."""

from __future__ import annotations

import pytest

from ui import dates


@pytest.fixture(autouse=True)
def _clinic_region():
    dates.set_region("GB")
    yield
    dates.set_region(None)
