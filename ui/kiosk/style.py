"""The kiosk's style sheet at normal or larger text size (resources/kiosk.qss)."""

from __future__ import annotations

import functools
from importlib import resources
from string import Template

NORMAL = {"body": "18pt", "small": "18pt", "title": "26pt", "big": "34pt"}
LARGER = {"body": "24pt", "small": "20pt", "title": "32pt", "big": "42pt"}


@functools.cache
def _template() -> Template:
    return Template((resources.files("resources") / "kiosk.qss").read_text(encoding="utf-8"))


@functools.cache
def _icon(name: str) -> str:
    """A path Qt's url() can read (forward slashes on every OS)."""
    return str(resources.files("resources") / "icons" / name).replace("\\", "/")


def stylesheet(larger: bool = False) -> str:
    return _template().substitute(LARGER if larger else NORMAL, tick=_icon("tick.svg"))
