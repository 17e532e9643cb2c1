"""The desk's feedback tone on a label: red for a refusal or error, green for done. The colours
are in resources/desk.qss (QLabel[tone="error"], QLabel[tone="ok"])."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.widgets.styled import set_style_property

ERROR = "error"
OK = "ok"


def set_tone(label: QLabel, tone: str) -> None:
    """ERROR or OK: how the style sheet colours `label`."""
    set_style_property(label, "tone", tone)


def show_feedback(label: QLabel, text: str, *, error: bool) -> None:
    """`text` in `label`, red when `error`, else green."""
    set_tone(label, ERROR if error else OK)
    label.setText(text)
