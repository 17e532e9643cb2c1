"""Open a window at the size it would like, but never larger than the screen it is on. The desk
is made for a 1366×768 front-desk laptop, which loses about 40 px to the taskbar: sizes asked
for here stay within LAPTOP_WIDTH × LAPTOP_HEIGHT."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 728


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, or to the available screen where that is smaller."""
    width, height = min(width, LAPTOP_WIDTH), min(height, LAPTOP_HEIGHT)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width()), min(height, available.height())
    widget.resize(width, height)
