"""The clinic's place, chosen from lists (first run and Settings): holiday region of a country
and time zone. The lists come from the domain (intake.clinic_setup.regions_of,
intake.clinic.timezones)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from intake import clinic, clinic_setup

LONG_LIST_CHARS = 32  # the longest time zone name, about


def long_list_box() -> QComboBox:
    """A combo box for a list of hundreds (time zones, countries), sized by a fixed number of
    characters: by default Qt measures every item's text the first time the box is shown
    (~10 ms for the time zones, in the GUI thread)."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(LONG_LIST_CHARS)
    return box


@functools.cache
def countries() -> tuple[tuple[str, str], ...]:
    """(name, ISO code) of the countries with public holidays known, sorted by name."""
    names = {}
    for code in clinic_setup.supported_countries():
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
        names[code] = name
    return tuple(sorted(((name, code) for code, name in names.items()), key=lambda pair: pair[0]))


def fill_regions(box: QComboBox, country: str, current: str = "") -> None:
    """The country's holiday regions, "whole country" first; `current` selected when listed."""
    box.blockSignals(True)
    box.clear()
    regions = clinic_setup.regions_of(country)
    box.addItem(QCoreApplication.translate("ClinicPlace", "Whole country (national holidays only)")
                if regions else QCoreApplication.translate("ClinicPlace", "Whole country"), "")
    for code, name in regions:
        box.addItem(f"{name} ({code})" if name != code else code, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setEnabled(bool(regions))
    box.blockSignals(False)


def fill_timezones(box: QComboBox, current: str) -> None:
    box.blockSignals(True)
    box.clear()
    box.addItems(list(clinic.timezones()))
    box.setCurrentIndex(max(0, box.findText(current)))
    box.blockSignals(False)
