"""Error codes of intake.clinic_setup → translated text shown next to the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from intake.clinic_setup import DEFAULT_PRACTITIONER_COLOUR
from intake.errors import BackCareError
from ui.widgets.feedback import ERROR, set_tone


def error_text(exc: BackCareError) -> str:
    """One clear sentence for a setup error (no traceback, no internal names)."""
    details = exc.details
    texts = {
        "required": QCoreApplication.translate("SettingsMessages", "This is required."),
        "too_long": QCoreApplication.translate("SettingsMessages", "This is too long."),
        "bad_time": QCoreApplication.translate("SettingsMessages", "Write times like 09:00–12:30, 13:30–18:00 (24-hour clock)."),
        "end_before_start": QCoreApplication.translate("SettingsMessages", "The end must come after the start."),
        "overlap": QCoreApplication.translate("SettingsMessages", "Two periods overlap: a break must come between them."),
        "bad_weekday": QCoreApplication.translate("SettingsMessages", "Unknown weekday."),
        "out_of_range": QCoreApplication.translate("SettingsMessages", "Must be between {0} and {1}.").format(
            details.get("minimum", ""), details.get("maximum", "")),
        "unknown_country": QCoreApplication.translate("SettingsMessages", "Unknown country code (two letters, e.g. GB)."),
        "unknown_region": QCoreApplication.translate("SettingsMessages", "Unknown region for this country."),
        "unknown_timezone": QCoreApplication.translate("SettingsMessages", "Choose a time zone from the list."),
        "in_the_past": QCoreApplication.translate("SettingsMessages", "That day has passed: choose today or a later day."),
        "bad_colour": QCoreApplication.translate("SettingsMessages", "Choose a colour like {example}.").format(
            example=DEFAULT_PRACTITIONER_COLOUR),
        "taken": QCoreApplication.translate("SettingsMessages", "This name is already used."),
        "not_found": QCoreApplication.translate("SettingsMessages", "This was removed meanwhile; the list has been refreshed."),
        "not_set_up": QCoreApplication.translate("SettingsMessages", "The clinic is not set up yet."),
        "admin_only": QCoreApplication.translate("SettingsMessages", "Only an administrator can change the settings."),
        "locked": QCoreApplication.translate("SettingsMessages", "The database is busy. Please try again in a moment."),
        "disk_full": QCoreApplication.translate("SettingsMessages", "The disk is full: nothing was saved."),
        "unavailable": QCoreApplication.translate("SettingsMessages", "The database cannot be reached: nothing was saved."),
        "read_only": QCoreApplication.translate("SettingsMessages", "The database is read-only: nothing was saved."),
    }
    return texts.get(exc.code, QCoreApplication.translate("SettingsMessages", "This could not be saved."))


class FieldErrors:
    """Error labels keyed by the domain's field names; unknown fields go to the general label."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._labels: dict[str, QLabel] = {}
        style_error(general)

    def add(self, field: str) -> QLabel:
        label = QLabel()
        style_error(label)
        label.setAccessibleName(QCoreApplication.translate("SettingsMessages", "Error"))
        self._labels[field] = label
        return label

    def clear(self) -> None:
        for label in [self._general, *self._labels.values()]:
            label.clear()
            label.hide()

    def show(self, exc: BackCareError) -> None:
        self.clear()
        label = self._labels.get(exc.field or "", self._general)
        label.setText(error_text(exc))
        label.show()

    def attempt(self, action) -> bool:
        """Run a domain call: True when it succeeded; otherwise its error is shown next to the
        field it names (nothing was saved) and False."""
        self.clear()
        try:
            action()
        except BackCareError as exc:
            self.show(exc)
            return False
        return True

    def text(self, field: str | None = None) -> str:
        label = self._labels.get(field or "", self._general)
        return label.text()


def style_error(label: QLabel) -> None:
    set_tone(label, ERROR)
    label.setWordWrap(True)
    label.hide()
