"""A table whose rows are tinted by what they are (moved, a clash, attended, a no-show,
cancelled); the tints' colours come from resources/desk.qss:

    TintedTable { qproperty-movedTint: $moved; }
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from intake.vocabulary import AppointmentStatus
from ui.widgets.styled import colour_property

TINT_ROLE = Qt.ItemDataRole.UserRole + 64  # the tint's name, kept on the item
TINTS = {"moved": "movedTint", "clash": "clashTint",
         AppointmentStatus.attended: "attendedTint", AppointmentStatus.no_show: "noShowTint",
         AppointmentStatus.cancelled_patient: "cancelledTint",
         AppointmentStatus.cancelled_clinic: "cancelledTint"}


def _retint(table: TintedTable) -> None:
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None and item.data(TINT_ROLE):
                table.paint_tint(item)


class TintedTable(QTableWidget):
    movedTint = colour_property(QPalette.ColorRole.AlternateBase, _retint)
    clashTint = colour_property(QPalette.ColorRole.AlternateBase, _retint)
    attendedTint = colour_property(QPalette.ColorRole.AlternateBase, _retint)
    noShowTint = colour_property(QPalette.ColorRole.AlternateBase, _retint)
    cancelledTint = colour_property(QPalette.ColorRole.AlternateBase, _retint)

    def tint(self, item: QTableWidgetItem, name: str) -> None:
        """Tint `item` by `name` (a key of TINTS; others leave it plain)."""
        if name in TINTS:
            item.setData(TINT_ROLE, name)
            self.paint_tint(item)

    def paint_tint(self, item: QTableWidgetItem) -> None:
        item.setBackground(QBrush(getattr(self, TINTS[item.data(TINT_ROLE)])))
