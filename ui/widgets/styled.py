"""Helpers for styles that live in the style sheets (resources/*.qss), not in Python."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Property, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

_keys = itertools.count()


def colour_property(fallback: QPalette.ColorRole,
                    changed: Callable[[QWidget], None] = QWidget.update) -> Property:
    """A colour a self-painting widget takes from the style sheet (`qproperty-<name>: $colour;`).
    Until a sheet sets it, the widget palette's `fallback` role. `changed(widget)` runs after
    each set (the sheet sets it again at every polish), by default a repaint."""
    key = f"_colour_{next(_keys)}"

    def get(self: QWidget) -> QColor:
        colour = self.__dict__.get(key)
        return QColor(colour) if colour is not None else self.palette().color(fallback)

    def set_(self: QWidget, value: QColor) -> None:
        self.__dict__[key] = QColor(value)
        changed(self)

    return Property(QColor, get, set_)


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """A dynamic property the style sheet selects on (`[name="value"]`); the widget is
    re-polished when it changes after its first polish, so the sheet applies again."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # else its first polish reads it
        widget.style().unpolish(widget)
        widget.style().polish(widget)
