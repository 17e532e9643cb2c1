"""A checklist of big tick boxes; an exclusive item ("Not sure", "None") stands alone."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from intake.content import Item


class Checklist(QWidget):
    """Tick boxes for `items`, laid out in `columns`. Ticking an exclusive item clears the rest;
    ticking any other item clears the exclusive ones."""

    changed = Signal()

    def __init__(self, items: Iterable[Item], *, columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self._items = list(items)
        self._boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(8)
        rows = (len(self._items) + columns - 1) // columns
        for index, item in enumerate(self._items):
            box = QCheckBox(item.label, self)
            box.setObjectName(f"check_{item.id}")
            box.setAccessibleName(item.label)
            box.setMinimumHeight(52)
            box.toggled.connect(lambda on, item=item: self._on_toggled(item, on))
            self._boxes[item.id] = box
            layout.addWidget(box, index % rows, index // rows)

    def selected(self) -> set[str]:
        return {item_id for item_id, box in self._boxes.items() if box.isChecked()}

    def set_selected(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        for item_id, box in self._boxes.items():
            box.setChecked(item_id in wanted)

    def ids(self) -> list[str]:
        return list(self._boxes)

    def box(self, item_id: str) -> QCheckBox:
        return self._boxes[item_id]

    def _on_toggled(self, item: Item, on: bool) -> None:
        if on:
            for other in self._items:
                if other.id != item.id and (item.exclusive or other.exclusive):
                    self._boxes[other.id].setChecked(False)
        self.changed.emit()
