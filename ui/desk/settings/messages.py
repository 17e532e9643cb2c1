"""Error codes of intake.clinic_setup → translated text shown next to the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from intake.errors import BackCareError, StorageError
from ui.desk.messages import error_text
from ui.widgets.feedback import ERROR, set_tone


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

    def show_read_error(self, exc: BackCareError) -> None:
        """A read that failed: the database not answering is said as such (nothing was being
        saved); any other refusal as `show`."""
        if not isinstance(exc, StorageError):
            self.show(exc)
            return
        self.clear()
        self._general.setText(QCoreApplication.translate(
            "SettingsMessages", "The database did not answer: what is shown may be out of date."))
        self._general.show()

    def text(self, field: str | None = None) -> str:
        label = self._labels.get(field or "", self._general)
        return label.text()


def style_error(label: QLabel) -> None:
    set_tone(label, ERROR)
    label.setWordWrap(True)
    label.hide()
