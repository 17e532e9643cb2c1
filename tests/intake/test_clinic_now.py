"""'Now' is the clinic's wall-clock time, whatever the computer's own time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from intake import clinic as clinic_mod
from intake.scheduling import Slot, SlotUnavailableError, check_slot, soonest_consultation_slots
from tests.intake.scheduling.factory import make_clinic

UTC_MOMENT = dt.datetime(2027, 1, 11, 8, 0, tzinfo=dt.UTC)  # 21:00 in Auckland, 08:00 in London


@pytest.fixture
def auckland(db, monkeypatch):
    ids = make_clinic()
    from intake.models import Clinic

    Clinic.update(timezone="Pacific/Auckland").execute()
    clinic_mod.forget_zone()
    monkeypatch.setattr(clinic_mod, "utc_now", lambda: UTC_MOMENT)
    return ids


def test_now_is_the_clinics_wall_clock(auckland):
    assert clinic_mod.now() == dt.datetime(2027, 1, 11, 21, 0)
    assert clinic_mod.today() == dt.date(2027, 1, 11)


def test_a_time_already_past_in_the_clinics_zone_is_refused(auckland):
    p0, room = auckland["practitioners"][0], auckland["rooms"][0]
    morning = Slot(p0, room, dt.datetime(2027, 1, 11, 10), dt.datetime(2027, 1, 11, 10, 30))
    with pytest.raises(SlotUnavailableError) as info:
        check_slot(morning)  # 10:00 in Auckland has passed, though it is 08:00 in London
    assert info.value.code == "in_the_past"
    first = soonest_consultation_slots(dt.datetime(2027, 1, 11, 0, 0), limit=1)[0]
    assert first.starts_at.date() == dt.date(2027, 1, 12)


def test_the_zone_is_read_again_after_a_change(auckland):
    from intake.models import Clinic

    assert clinic_mod.now().hour == 21
    Clinic.update(timezone="Europe/London").execute()
    clinic_mod.forget_zone()
    assert clinic_mod.now() == dt.datetime(2027, 1, 11, 8, 0)


def test_an_unknown_time_zone_is_refused_by_name(db):
    from intake import clinic_setup
    from intake.errors import ValidationError
    from intake.models import Clinic, Staff

    make_clinic()
    admin = Staff.create(username="ada", display_name="Ada", role="admin", password_hash="x")
    with pytest.raises(ValidationError) as info:
        clinic_setup.update_clinic_details(name="C", address="", phone="", country="GB", region="ENG",
                                           timezone="Mars/Olympus", by_staff_id=admin.id)
    assert (info.value.code, info.value.field) == ("unknown_timezone", "timezone")
    assert Clinic.get().timezone == "Europe/London"
    assert ("ENG", "England") in clinic_setup.regions_of("gb")
