"""The style sheets in resources/: desk.qss and kiosk.qss, one per face, each after
widgets.qss (the self-painted widgets both faces show, such as the body map).

A file names each of its colours once, in an `@palette` comment at its top:

    /* @palette
       urgent      #rrggbb   an urgent arrival: the banner, the card's border, the badge
    */

and its rules say `$urgent`. Other `$names` (the kiosk's text sizes) are given by the caller.
Widgets that paint themselves take their colours as properties: `qproperty-ink: $ink;`.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from string import Template

SHARED = "widgets"
_PALETTE = re.compile(r"/\*\s*@palette\b(.*?)\*/", re.S)
_ENTRY = re.compile(r"^\s*([A-Za-z]\w*)\s+(#[0-9a-fA-F]{6}\b|rgba\([^)]*\))", re.M)


@functools.cache
def text(name: str) -> str:
    """resources/<name>.qss as written (with its palette and `$names`)."""
    return (resources.files("resources") / f"{name}.qss").read_text(encoding="utf-8")


@functools.cache
def palette(name: str) -> dict[str, str]:
    """The colours named in resources/<name>.qss: {name: "#rrggbb" or "rgba(...)"}."""
    found = _PALETTE.search(text(name))
    return dict(_ENTRY.findall(found.group(1))) if found else {}


def _filled(name: str, values: dict[str, str]) -> str:
    colours = palette(name)
    clash = colours.keys() & values.keys()
    if clash:
        raise ValueError(f"{name}.qss: {sorted(clash)} are both colours and values")
    return Template(text(name)).substitute(colours, **values)


@functools.cache
def _sheet(name: str, values: tuple[tuple[str, str], ...]) -> str:
    return _filled(SHARED, {}) + "\n" + _filled(name, dict(values))


@functools.cache
def icon(name: str) -> str:
    """resources/icons/<name> as a path Qt's url() reads (forward slashes on every OS)."""
    return str(resources.files("resources") / "icons" / name).replace("\\", "/")


def style_sheet(name: str, **values: str) -> str:
    """widgets.qss then resources/<name>.qss, their colours and `values` filled in."""
    return _sheet(name, tuple(sorted(values.items())))
