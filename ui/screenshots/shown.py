"""What each picture shows: the words visible in the widget when it was taken.

`grab_to(widget, path)` saves the PNG and keeps, under the file's name, every text a person can
read on it (labels, buttons, fields, group titles, tab names, the cells of lists and tables).
The screenshot tests assert on these words, so a picture of the wrong screen or state fails."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

SHOWN: dict[str, str] = {}
_MARKUP = re.compile(r"<[^>]*>")
MAX_ROWS = 60


def visible_text(root: QWidget) -> str:
    """Every readable text of `root`'s visible widgets, one per line (markup removed)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(_MARKUP.sub(" ", widget.text()).replace("&", ""))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text() or widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            for row in range(min(model.rowCount(top), MAX_ROWS)):
                for column in range(64):  # a list model has one column, a table a few
                    index = model.index(row, column, top)
                    if not index.isValid():
                        break
                    value = index.data(Qt.ItemDataRole.DisplayRole)
                    if value is not None:
                        texts.append(str(value))
    return "\n".join(t.strip() for t in texts if t and t.strip())


def grab_to(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    SHOWN[path.name] = visible_text(widget)
    return path
