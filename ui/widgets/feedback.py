"""The desk's feedback colours, in one place: red for a refusal or error, green for done."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#1b5e20"
ERROR_STYLE = f"color: {ERROR_COLOUR}; font-weight: 600;"
OK_STYLE = f"color: {OK_COLOUR}; font-weight: 600;"


def show_feedback(label: QLabel, text: str, *, error: bool) -> None:
    """`text` in `label`, red when `error`, else green."""
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
    label.setText(text)
