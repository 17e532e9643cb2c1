"""A checklist of big tick boxes; an exclusive item ("Not sure", "None") stands alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QSizePolicy, QWidget

from intake.content import Item


class Checklist(QWidget):
    """Tick boxes for `items`, in up to `columns` columns: fewer when the boxes would not fit
    side by side (larger text, a narrow screen), so nothing is ever cut off. Ticking an
    exclusive item clears the rest; ticking any other item clears the exclusive ones."""

    changed = Signal()

    def __init__(self, items: Iterable[Item], *, columns: int = 2, parent: QWidget | None = None,
                 labeller: Callable[[Item], str] | None = None):
        super().__init__(parent)
        self._items = list(items)
        self._labeller = labeller or (lambda item: item.label)  # the kiosk: the patient's language
        self._boxes: dict[str, QCheckBox] = {}
        self._max_columns = columns
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(8)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for item in self._items:
            text = self._labeller(item)
            box = QCheckBox(text, self)
            box.setObjectName(f"check_{item.id}")
            box.setAccessibleName(text)
            box.setMinimumHeight(52)
            box.toggled.connect(lambda on, item=item: self._on_toggled(item, on))
            self._boxes[item.id] = box
        self._place(columns)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box in self._boxes.values():
            self._grid.removeWidget(box)
        for column in range(self._max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = (len(self._items) + columns - 1) // columns
        for index, box in enumerate(self._boxes.values()):
            self._grid.addWidget(box, index % rows, index // rows)

    def _widest(self) -> int:
        return max((b.sizeHint().width() for b in self._boxes.values()), default=0)

    def _width_in(self, columns: int) -> int:
        """The width the boxes need in `columns` columns (each column as wide as its widest)."""
        rows = (len(self._items) + columns - 1) // columns
        widths = [b.sizeHint().width() for b in self._boxes.values()]
        needed = [max(widths[c * rows:(c + 1) * rows], default=0) for c in range(columns)]
        return sum(needed) + self._grid.horizontalSpacing() * (columns - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        fits = next((n for n in range(self._max_columns, 0, -1) if self._width_in(n) <= width), 1)
        self._place(fits)

    def sizeHint(self) -> QSize:
        return QSize(self._width_in(self._max_columns), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self._widest(), 480), super().minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            for item in self._items:  # the ticks stay: only the words change
                text = self._labeller(item)
                self._boxes[item.id].setText(text)
                self._boxes[item.id].setAccessibleName(text)
            self._columns = 0
            self._place(next((n for n in range(self._max_columns, 0, -1)
                              if self._width_in(n) <= self.width()), 1))

    def columns(self) -> int:
        return self._columns

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
