"""The kiosk's style sheet at normal or larger text size (resources/kiosk.qss)."""

from __future__ import annotations

import functools
from importlib import resources

from ui.style_sheets import style_sheet

NORMAL = {"body": "18pt", "small": "18pt", "title": "26pt", "big": "34pt"}
LARGER = {"body": "24pt", "small": "20pt", "title": "32pt", "big": "42pt"}


@functools.cache
def _icon(name: str) -> str:
    """A path Qt's url() can read (forward slashes on every OS)."""
    return str(resources.files("resources") / "icons" / name).replace("\\", "/")


def stylesheet(larger: bool = False) -> str:
    return style_sheet("kiosk", **(LARGER if larger else NORMAL), tick=_icon("tick.svg"))
