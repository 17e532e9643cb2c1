"""Dates are written as the clinic's country writes them, whatever the computer's locale."""

from __future__ import annotations

import datetime as dt

import pytest

from ui import dates

BORN = dt.date(1956, 4, 17)


@pytest.fixture(autouse=True)
def _no_region_left_behind():
    yield
    dates.set_region(None)


@pytest.mark.parametrize(("country", "short", "long_", "time"), [
    ("GB", "17/04/1956", "Tuesday, 17 April 1956", "14:30"),
    ("US", "4/17/1956", "Tuesday, April 17, 1956", "2:30\u202fPM"),
])
def test_the_clinic_country_decides_how_dates_read(country, short, long_, time):
    dates.set_region(country)
    assert dates.date_text(BORN) == short
    assert dates.long_date_text(BORN) == long_
    assert dates.time_text(dt.time(14, 30)).replace(" ", "\u202f") == time


def test_the_patient_language_names_the_day_and_month():
    dates.set_region("GB")
    assert dates.long_date_text(BORN, "es") == "martes, 17 de abril de 1956"
    assert dates.long_date_text(BORN, "zh_CN") == "1956年4月17日星期二"
    assert dates.date_text(None) == "—"
