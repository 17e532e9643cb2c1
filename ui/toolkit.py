"""Which Qt for Python releases BackCare runs on, checked at start-up before any window.

PySide6-Essentials 6.12.0 on Python 3.11 takes a reference away from `True` on every emit of a
signal and from `None` on every Qt call that returns nothing; the interpreter aborts once a
count reaches zero ("bool_dealloc", "none_dealloc"), which a busy kiosk reaches within hours.
Python 3.12 made those objects immortal, so there the bug is harmless. pyproject.toml keeps pip
below that release; this check refuses such an install made by hand, with one line, instead of
a crash in the waiting room hours later. tests/ui/test_toolkit.py probes the installed release.
"""

from __future__ import annotations

import sys

# (release, reason): releases that fail the reference probe on Python < 3.12
KNOWN_BAD = {
    "6.12.0": "loses references to True and None on Python 3.11 and aborts",
}
DISTRIBUTION = "PySide6-Essentials"


def installed_version() -> str | None:
    """The release of the Qt for Python in use: PySide6's own __version__ (reading the
    installed distributions' metadata instead costs ~35 ms at every start)."""
    try:
        import PySide6
    except ImportError:
        return None
    return getattr(PySide6, "__version__", None) or _distribution_version()


def _distribution_version() -> str | None:
    from importlib import metadata  # ~20 ms of imports: only where PySide6 has no __version__

    for name in (DISTRIBUTION, "PySide6"):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def problem(version: str | None = None, python: tuple[int, int] | None = None) -> str | None:
    """None when the installed (or given) toolkit release is safe on this (or the given) Python,
    else one line saying what to do."""
    version = installed_version() if version is None else version
    python = sys.version_info[:2] if python is None else python
    if version is None or python >= (3, 12) or version not in KNOWN_BAD:
        return None
    return (f"backcare: {DISTRIBUTION} {version} {KNOWN_BAD[version]} on Python "
            f"{python[0]}.{python[1]}; reinstall BackCare (pip install --force-reinstall backcare) "
            f"to get a supported release")
