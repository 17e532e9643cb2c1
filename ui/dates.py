"""Dates and times as people at the clinic write them: Qt's locale for the clinic's country (and,
on the kiosk, the patient's language), never the computer's own locale settings.

The desk and the kiosk call `set_region(country)` with the clinic's country when they start and
when Settings change it; until then the computer's own territory stands in. A British clinic
reads "30/11/2026" and "Tuesday 17 April 1956"; an American one "11/30/2026"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_region: str | None = None


def set_region(country: str | None) -> None:
    """The clinic's two-letter country code (intake.clinic: `Clinic.country`)."""
    global _region
    _region = (country or "").upper() or None


def locale(language: str = "en") -> QLocale:
    """The locale for `language` as written in the clinic's country ("en" + "GB" → en_GB)."""
    territory = (QLocale.codeToTerritory(_region) if _region
                 else QLocale.system().territory())
    return QLocale(QLocale.codeToLanguage(language.split("_")[0]), territory)


def date_text(day: dt.date | None, language: str = "en") -> str:
    """The short date with a four-digit year ("30/11/2026" in Britain); "—" for none."""
    if day is None:
        return "—"
    return locale(language).toString(QDate(day), _four_digit_year(locale(language)))


def long_date_text(day: dt.date, language: str = "en") -> str:
    """"Tuesday 17 April 1956" (in Britain), "Tuesday, April 17, 1956" (in the US)."""
    return locale(language).toString(QDate(day), QLocale.FormatType.LongFormat)


def time_text(moment: dt.time | dt.datetime, language: str = "en") -> str:
    """"14:30" in Britain, "2:30 PM" in the US."""
    value = moment.time() if isinstance(moment, dt.datetime) else moment
    return locale(language).toString(QTime(value.hour, value.minute),
                                     QLocale.FormatType.ShortFormat)


def date_time_text(moment: dt.datetime, language: str = "en") -> str:
    return f"{date_text(moment.date(), language)} {time_text(moment, language)}"


def pattern_text(moment: dt.date | dt.datetime, pattern: str, language: str = "en") -> str:
    """A Qt date pattern ("ddd d MMM yyyy") in the clinic's locale: day and month names in its
    language."""
    if isinstance(moment, dt.datetime):
        return locale(language).toString(QDateTime(moment), pattern)
    return locale(language).toString(QDate(moment), pattern)


def _four_digit_year(loc: QLocale) -> str:
    pattern = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern
