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


def test_dates_shown_at_the_desk_and_kiosk_go_through_the_clinics_locale():
    """Issue 10: a date or time a person reads is written by ui.dates (QLocale for the clinic's
    country), never by strftime (the computer's C locale, a fixed order)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    allowed = {"ui/desk/arrivals/kiosk_notice.py"}  # a file name's time stamp, not read as a date
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name.startswith(("ui/commands/", "ui/screenshots/")) or name in allowed:
            continue  # the command line's own output; developer tooling
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "strftime":
                found.append(f"{name}:{node.lineno}")
    assert found == []
