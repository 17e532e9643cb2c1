"""A touch-friendly date of birth picker: three big scrolling columns, day / month / year.

Nothing is selected at first; the date is None until all three are chosen. Arrow keys move
within a column, Tab between columns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from intake import clinic
from ui.widgets.kinetic import enable_kinetic_scrolling

MAX_YEARS = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatePicker", text)


class DatePicker(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today or clinic.today()
        locale = QLocale()
        self._day = self._column(_tr("Day"), [(str(d), d) for d in range(1, 32)])
        self._month = self._column(
            _tr("Month"),
            [(locale.monthName(m, QLocale.FormatType.LongFormat), m) for m in range(1, 13)])
        years = range(self._today.year, self._today.year - MAX_YEARS - 1, -1)
        self._year = self._column(_tr("Year"), [(str(y), y) for y in years])
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for col, (title, column) in enumerate(
                ((_tr("Day"), self._day), (_tr("Month"), self._month), (_tr("Year"), self._year))):
            heading = QLabel(title, self)
            heading.setObjectName("hint")
            layout.addWidget(heading, 0, col)
            layout.addWidget(column, 1, col)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 4)
        layout.setColumnStretch(2, 3)
        self.clear()

    def _column(self, name: str, entries: list[tuple[str, int]]) -> QListWidget:
        column = QListWidget(self)
        column.setObjectName("dateColumn")
        column.setAccessibleName(_tr("Date of birth: {part}").format(part=name))
        column.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        column.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        column.setMinimumHeight(230)
        for text, value in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addItem(item)
        enable_kinetic_scrolling(column)
        column.itemSelectionChanged.connect(self.changed)
        return column

    # ------------------------------------------------------------------ public

    def parts(self) -> tuple[int | None, int | None, int | None]:
        return tuple(self._selected(c) for c in (self._day, self._month, self._year))

    def date(self) -> dt.date | None:
        """The chosen date; None while a column is unchosen or the day does not exist (31 June)."""
        day, month, year = self.parts()
        if None in (day, month, year):
            return None
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.clear()
            return
        for column, part in ((self._day, value.day), (self._month, value.month),
                             (self._year, value.year)):
            for row in range(column.count()):
                if column.item(row).data(Qt.ItemDataRole.UserRole) == part:
                    column.setCurrentRow(row)
                    column.scrollToItem(column.item(row), QAbstractItemView.ScrollHint.PositionAtCenter)

    def clear(self) -> None:
        for column in (self._day, self._month, self._year):
            column.clearSelection()
            column.setCurrentRow(-1)
            column.scrollToTop()
        self._center_years()

    def _center_years(self) -> None:
        """Start the year column where most patients are, without choosing for them."""
        middle = self._year.item(min(45, self._year.count() - 1))
        self._year.scrollToItem(middle, QAbstractItemView.ScrollHint.PositionAtCenter)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._year.selectedItems():
            self._center_years()

    def columns(self) -> tuple[QListWidget, QListWidget, QListWidget]:
        return self._day, self._month, self._year

    @staticmethod
    def _selected(column: QListWidget) -> int | None:
        items = column.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None
