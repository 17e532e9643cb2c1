"""Seven lines of opening periods, one per weekday ("09:00–12:30, 13:30–18:00"; empty = closed)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from intake import clinic_setup
from intake.clinic_setup import Period
from ui import dates
from ui.desk.settings.messages import FieldErrors


class WeekHoursEditor(QWidget):
    """Edits a week of periods. `prefix` is the domain's field prefix (opening_hours / hours)."""

    def __init__(self, prefix: str, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self._edits: list[QLineEdit] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        locale = dates.locale()
        for day in range(7):
            name = locale.dayName(day + 1, QLocale.FormatType.LongFormat)
            label = QLabel(name)
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Closed"))
            if prefix == "opening_hours":
                edit.setAccessibleName(self.tr("Opening hours on {0}").format(name))
            else:
                edit.setAccessibleName(self.tr("Working hours on {0}").format(name))
            edit.setToolTip(self.tr("For example 09:00–12:30, 13:30–18:00. A break is the gap "
                                    "between two periods. Leave empty when closed."))
            label.setBuddy(edit)
            grid.addWidget(label, day * 2, 0)
            grid.addWidget(edit, day * 2, 1)
            grid.addWidget(errors.add(f"{prefix}.{day}"), day * 2 + 1, 1)
            self._edits.append(edit)

    def set_week(self, week: dict[int, list[Period]]) -> None:
        for day, edit in enumerate(self._edits):
            edit.setText(clinic_setup.format_periods(week.get(day, [])))

    def week(self) -> dict[int, list[Period]]:
        """The typed periods; raises ValidationError naming the weekday's field."""
        return {day: clinic_setup.parse_periods(edit.text(), f"{self._prefix}.{day}")
                for day, edit in enumerate(self._edits)}

    def edit_for(self, weekday: int) -> QLineEdit:
        return self._edits[weekday]

    def set_editable(self, editable: bool) -> None:
        for edit in self._edits:
            edit.setReadOnly(not editable)
