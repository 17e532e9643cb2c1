"""The kiosk's style sheet at normal or larger text size (resources/kiosk.qss)."""

from __future__ import annotations

from ui.style_sheets import icon, style_sheet

NORMAL = {"body": "18pt", "small": "18pt", "title": "26pt", "big": "34pt"}
LARGER = {"body": "24pt", "small": "20pt", "title": "32pt", "big": "42pt"}


def stylesheet(larger: bool = False) -> str:
    return style_sheet("kiosk", **(LARGER if larger else NORMAL), tick=icon("tick.svg"))
