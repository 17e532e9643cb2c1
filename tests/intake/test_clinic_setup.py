"""Clinic setup: validation and storage, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from intake import clinic_setup as setup
from intake import db
from intake.clinic import create_clinic
from intake.errors import NotAllowedError, ValidationError
from intake.models import AuditEntry, Clinic, HolidayOpening, OpeningPeriod, Staff


@pytest.fixture
def admin(db) -> int:
    create_clinic("Back Clinic", country="GB")
    return Staff.create(username="ada", display_name="Ada", role="admin", password_hash="x").id


@pytest.fixture
def desk(admin) -> int:
    return Staff.create(username="bob", display_name="Bob", role="front_desk",
                        password_hash="x").id


def test_parse_periods_reads_breaks():
    assert setup.parse_periods("09:00-12:30, 13:30 - 18:00", "f") == [(540, 750), (810, 1080)]
    assert setup.parse_periods("", "f") == []
    assert setup.parse_periods("9-17", "f") == [(540, 1020)]
    assert setup.format_periods([(540, 750), (810, 1080)]) == "09:00–12:30, 13:30–18:00"


@pytest.mark.parametrize(("text", "code"), [
    ("12:00-09:00", "end_before_start"),
    ("09:00-09:00", "end_before_start"),
    ("09:00-13:00, 12:00-14:00", "overlap"),
    ("25:00-26:00", "bad_time"),
    ("09:75-10:00", "bad_time"),
    ("morning", "bad_time"),
])
def test_parse_periods_refuses(text, code):
    with pytest.raises(ValidationError) as err:
        setup.parse_periods(text, "opening_hours.0")
    assert (err.value.code, err.value.field) == (code, "opening_hours.0")


def test_opening_hours_stored_per_weekday(admin):
    setup.set_opening_hours({0: [(540, 750), (810, 1080)], 5: [(540, 780)]}, by_staff_id=admin)
    week = setup.opening_hours(by_staff_id=admin)
    assert week[0] == [(540, 750), (810, 1080)]
    assert week[5] == [(540, 780)]
    assert week[6] == []
    setup.set_opening_hours({0: [(600, 900)]}, by_staff_id=admin)
    assert setup.opening_hours(by_staff_id=admin)[0] == [(600, 900)]
    assert setup.opening_hours(by_staff_id=admin)[5] == [(540, 780)]  # untouched
    assert AuditEntry.select().where(AuditEntry.action == "opening_hours_changed").count() == 2


def test_overlapping_opening_hours_write_nothing(admin):
    with pytest.raises(ValidationError) as err:
        setup.set_opening_hours({2: [(540, 800), (700, 900)]}, by_staff_id=admin)
    assert err.value.field == "opening_hours.2"
    assert OpeningPeriod.select().count() == 0


def test_only_admin_edits(desk):
    with pytest.raises(NotAllowedError):
        setup.set_opening_hours({0: [(540, 600)]}, by_staff_id=desk)
    with pytest.raises(NotAllowedError):
        setup.add_room("Room 1", by_staff_id=desk)
    assert OpeningPeriod.select().count() == 0
    assert not setup.can_edit(desk)


def test_every_staff_role_reads_the_settings_a_kiosk_none(admin, desk):
    from intake import staff as staffmod

    setup.set_opening_hours({0: [(540, 600)]}, by_staff_id=admin)
    room = setup.add_room("Room 1", by_staff_id=admin)
    anna = setup.add_practitioner("Anna Li", by_staff_id=admin)
    with db.write():
        healer = Staff.create(username="cy", display_name="Cy", role="practitioner",
                              password_hash="x").id
    for reader in (admin, desk, healer):
        assert setup.opening_hours(by_staff_id=reader)[0] == [(540, 600)]
        assert [r.id for r in setup.list_rooms(by_staff_id=reader)] == [room.id]
        assert [p.id for p in setup.list_practitioners(by_staff_id=reader)] == [anna.id]
    kiosk = staffmod.kiosk_identity("front")
    reads = (lambda who: setup.opening_hours(by_staff_id=who),
             lambda who: setup.list_rooms(by_staff_id=who),
             lambda who: setup.list_practitioners(by_staff_id=who),
             lambda who: setup.practitioner_hours(anna.id, by_staff_id=who),
             lambda who: setup.list_time_off(anna.id, by_staff_id=who),
             lambda who: setup.list_closures(by_staff_id=who),
             lambda who: setup.upcoming_holidays(dt.date(2027, 1, 1), by_staff_id=who),
             lambda who: setup.public_holidays(dt.date(2027, 1, 1), dt.date(2027, 2, 1),
                                               by_staff_id=who))
    with db.write():
        Staff.update(active=False).where(Staff.id == desk).execute()
    for read in reads:
        for who, code in ((kiosk, "not_allowed"), (None, "no_actor"), (desk, "disabled")):
            with pytest.raises(NotAllowedError) as refused:
                read(who)
            assert refused.value.code == code


@pytest.mark.parametrize("field", ["consultation_minutes", "treatment_minutes"])
@pytest.mark.parametrize("value", [4, 241, 0])
def test_lengths_bounded(admin, field, value):
    values = dict(consultation_minutes=30, treatment_minutes=45, course_length=12,
                  idle_lock_minutes=5)
    values[field] = value
    with pytest.raises(ValidationError) as err:
        setup.update_lengths(**values, by_staff_id=admin)
    assert (err.value.code, err.value.field) == ("out_of_range", field)
    assert Clinic.get().treatment_minutes == 45


def test_lengths_stored(admin):
    clinic = setup.update_lengths(consultation_minutes=20, treatment_minutes=60, course_length=10,
                                  idle_lock_minutes=3, by_staff_id=admin)
    assert (clinic.consultation_minutes, clinic.treatment_minutes, clinic.course_length,
            clinic.idle_lock_minutes) == (20, 60, 10, 3)


def test_clinic_details(admin):
    clinic = setup.update_clinic_details(name=" Spine & Needle ", address="1 High St",
                                         phone="+44 20 7946 0000", country="gb", region="sct",
                                         by_staff_id=admin)
    assert (clinic.name, clinic.country, clinic.region) == ("Spine & Needle", "GB", "SCT")
    with pytest.raises(ValidationError) as err:
        setup.update_clinic_details(name="", address="", phone="", country="GB", region="",
                                    by_staff_id=admin)
    assert err.value.field == "clinic_name"
    with pytest.raises(ValidationError) as err:
        setup.update_clinic_details(name="X", address="", phone="", country="GB", region="XX",
                                    by_staff_id=admin)
    assert (err.value.code, err.value.field) == ("unknown_region", "region")


def test_closures(admin):
    day = dt.date(2027, 8, 2)
    with pytest.raises(ValidationError) as err:
        setup.add_closure(day, day - dt.timedelta(days=1), by_staff_id=admin)
    assert (err.value.code, err.value.field) == ("end_before_start", "closure_last_day")
    single = setup.add_closure(day, by_staff_id=admin)
    assert single.last_day == day
    setup.add_closure(dt.date(2027, 12, 24), dt.date(2028, 1, 2), "Winter", by_staff_id=admin)
    assert [c.reason for c in setup.list_closures(from_day=dt.date(2027, 9, 1), by_staff_id=admin)] == ["Winter"]
    setup.remove_closure(single.id, by_staff_id=admin)
    assert len(setup.list_closures(by_staff_id=admin)) == 1


def test_holidays_listed_and_opened(admin):
    today = dt.date(2026, 12, 1)
    found = setup.upcoming_holidays(today, by_staff_id=admin)
    days = [h.day for h in found]
    assert dt.date(2026, 12, 25) in days
    assert all(today <= d <= dt.date(2027, 12, 1) for d in days)
    assert not any(h.open for h in found)
    setup.set_holiday_open(dt.date(2026, 12, 26), True, by_staff_id=admin)
    setup.set_holiday_open(dt.date(2026, 12, 26), True, by_staff_id=admin)  # idempotent
    assert HolidayOpening.select().count() == 1
    opened = [h for h in setup.upcoming_holidays(today, by_staff_id=admin) if h.open]
    assert [h.day for h in opened] == [dt.date(2026, 12, 26)]
    setup.set_holiday_open(dt.date(2026, 12, 26), False, by_staff_id=admin)
    assert HolidayOpening.select().count() == 0


def test_region_changes_holidays(admin):
    setup.update_clinic_details(name="X", address="", phone="", country="GB", region="SCT",
                                by_staff_id=admin)
    scottish = {h.day for h in setup.upcoming_holidays(dt.date(2027, 1, 1), by_staff_id=admin)}
    assert dt.date(2027, 1, 4) in scottish or dt.date(2027, 1, 2) in scottish  # 2 January


def test_settings_list_and_bookings_agree_on_holidays(admin):
    """One lookup: a region the library does not know falls back to the country in both."""
    from intake.scheduling import closed_holidays

    with db.write():
        Clinic.update(country="gb", region="XXX").execute()
    listed = {h.day: h.name for h in setup.upcoming_holidays(dt.date(2026, 12, 1), by_staff_id=admin)}
    closed = closed_holidays(dt.date(2026, 12, 1), dt.date(2027, 12, 1))
    assert listed == closed
    assert listed[dt.date(2026, 12, 25)] == "Christmas Day"
    # the calendar's closed days (the settings read without the days marked open) agree too
    setup.set_holiday_open(dt.date(2026, 12, 28), True, by_staff_id=admin)
    shown = setup.public_holidays(dt.date(2026, 12, 1), dt.date(2027, 12, 1), include_open=False,
                                  by_staff_id=admin)
    assert shown == closed_holidays(dt.date(2026, 12, 1), dt.date(2027, 12, 1))
    assert dt.date(2026, 12, 28) not in shown
    assert dt.date(2026, 12, 28) in setup.public_holidays(dt.date(2026, 12, 1),
                                                          dt.date(2027, 12, 1), by_staff_id=admin)


def test_practitioners_hours_and_time_off(admin):
    anna = setup.add_practitioner("Anna Li", "#AA3366", by_staff_id=admin)
    assert anna.colour == "#aa3366"
    with pytest.raises(ValidationError) as err:
        setup.add_practitioner("Anna Li", by_staff_id=admin)
    assert (err.value.code, err.value.field) == ("taken", "practitioner_name")
    with pytest.raises(ValidationError) as err:
        setup.add_practitioner("Ben", "red", by_staff_id=admin)
    assert err.value.field == "colour"
    setup.set_practitioner_hours(anna.id, {1: [(540, 1020)]}, by_staff_id=admin)
    assert setup.practitioner_hours(anna.id, by_staff_id=admin)[1] == [(540, 1020)]
    with pytest.raises(ValidationError) as err:
        setup.set_practitioner_hours(anna.id, {1: [(600, 500)]}, by_staff_id=admin)
    assert err.value.field == "hours.1"
    start = dt.datetime(2027, 3, 1, 9)
    with pytest.raises(ValidationError) as err:
        setup.add_time_off(anna.id, start, start, by_staff_id=admin)
    assert err.value.field == "time_off_ends"
    off = setup.add_time_off(anna.id, start, start + dt.timedelta(days=2), "Leave", by_staff_id=admin)
    assert [t.id for t in setup.list_time_off(anna.id, by_staff_id=admin)] == [off.id]
    setup.update_practitioner(anna.id, name="Anna Li", colour="#112233", active=False,
                              by_staff_id=admin)
    assert setup.list_practitioners(include_inactive=False, by_staff_id=admin) == []
    setup.remove_time_off(off.id, by_staff_id=admin)
    assert setup.list_time_off(anna.id, by_staff_id=admin) == []


def test_rooms(admin):
    room = setup.add_room("Room 1", by_staff_id=admin)
    with pytest.raises(ValidationError) as err:
        setup.add_room("  ", by_staff_id=admin)
    assert (err.value.code, err.value.field) == ("required", "room_name")
    setup.update_room(room.id, name="Quiet room", active=True, by_staff_id=admin)
    assert [r.name for r in setup.list_rooms(by_staff_id=admin)] == ["Quiet room"]
