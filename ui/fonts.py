"""The CJK font shipped with BackCare (resources/fonts/BackCareCJK.ttf), so Chinese renders on a
fresh machine: the kiosk's Simplified Chinese and the names patients type in Chinese, on the
desk and in printed PDFs. Droid Sans Fallback (Apache License 2.0) cut to GB 2312's 6,763
hanzi and CJK punctuation (resources/fonts/make_subset.py); ~1 MB.

Registered once (`install`; cost in docs/performance.md) as a substitute of the application's
font family: Latin text keeps the system font and only the characters it lacks come from this
one. Its vertical metrics are cut to a Latin font's, so lines keep their height. Installed at
start, before the first frame (the kiosk's welcome page shows "简体中文"); ~1 ms more than the
system's own fallback search for those four characters would cost."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
FILE = "BackCareCJK.ttf"
FAMILY = "BackCare CJK"
_family: str | None = None


def font_path() -> str:
    return str(resources.files("resources") / "fonts" / FILE)


def cjk_family() -> str | None:
    """The shipped CJK family once installed (None before, or if it could not be loaded)."""
    return _family


def install() -> str | None:
    """Registers the font and appends it to the application font's families (once)."""
    global _family
    if _family is not None:
        return _family
    app = QApplication.instance()
    used = {QFont().defaultFamily(), *(app.font().families() if app is not None else [])}
    for family in used:  # first: registering the font below clears Qt's font cache
        QFont.insertSubstitution(family, FAMILY)
    font_id = QFontDatabase.addApplicationFont(font_path())
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if FAMILY not in families:
        log.warning("the shipped CJK font could not be loaded")
        return None
    _family = FAMILY
    return _family
