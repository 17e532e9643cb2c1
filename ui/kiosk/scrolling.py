"""Scroll areas of the kiosk's pages, for screen readers and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget


def name_scrolling(holder: QWidget, title: str) -> None:
    """Every scroll bar has a name; a scroll area that only holds controls is no Tab stop of
    its own (its controls are, and it scrolls to the one with the focus)."""
    areas = holder.findChildren(QAbstractScrollArea)
    if isinstance(holder, QAbstractScrollArea):
        areas.append(holder)
    for area in areas:
        if isinstance(area, QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if not area.accessibleName():
                area.setAccessibleName(title)
        name = area.accessibleName() or title
        area.verticalScrollBar().setAccessibleName(
            QCoreApplication.translate("IntakeFlow", "Scroll: {name}").format(name=name))
        area.horizontalScrollBar().setAccessibleName(
            QCoreApplication.translate("IntakeFlow", "Scroll sideways: {name}").format(name=name))
