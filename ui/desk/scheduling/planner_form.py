"""The course planner's choices: type, sessions, pattern, start, time of day, practitioner, room.

It reads nothing itself: the planner dialog reads the clinic's course length and the active
practitioners and rooms in a worker and hands them over (`set_choices`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from intake import clinic as clinic_mod
from intake import clinic_setup
from intake.scheduling import CourseRequest, Pattern
from intake.vocabulary import CourseKind

PATTERNS = ("weekly", "phased", "weekdays", "every")


def _spin(low: int, high: int, value: int, name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


class PlannerForm(QWidget):
    """Emits `choices_changed` whenever a choice changes; `request()` reads them."""

    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, start: dt.date | None = None) -> None:
        super().__init__(parent)
        sessions = 12  # until the clinic's own course length is handed over (set_choices)
        self._kind = QComboBox()
        self._kind.addItem(self.tr("Standard acupuncture"), CourseKind.standard)
        self._kind.addItem(self.tr("Electro-acupuncture"), CourseKind.electro)
        self._kind.setAccessibleName(self.tr("Course type"))
        self._sessions = _spin(1, 40, sessions, self.tr("Number of sessions"))
        self._pattern = QComboBox()
        self._pattern.setAccessibleName(self.tr("Pattern"))
        for text, key in ((self.tr("N per week"), "weekly"),
                          (self.tr("Some per week, then fewer"), "phased"),
                          (self.tr("On chosen weekdays"), "weekdays"),
                          (self.tr("Every K days"), "every")):
            self._pattern.addItem(text, key)
        self._stack = QStackedWidget()
        # weekly
        self._per_week = _spin(1, 5, 2, self.tr("Sessions per week"), self.tr(" per week"))
        self._weeks = _spin(0, 26, 0, self.tr("For how many weeks (0 = until done)"),
                            self.tr(" weeks"))
        self._weeks.setSpecialValueText(self.tr("until done"))
        self._stack.addWidget(self._row(self._per_week, QLabel(self.tr("for")), self._weeks))
        # phased
        self._first_rate = _spin(1, 5, 3, self.tr("First sessions per week"), self.tr(" per week"))
        self._first_weeks = _spin(1, 26, 2, self.tr("First phase weeks"), self.tr(" weeks"))
        self._then_rate = _spin(1, 5, 2, self.tr("Then sessions per week"), self.tr(" per week"))
        self._stack.addWidget(self._row(self._first_rate, QLabel(self.tr("for")),
                                        self._first_weeks, QLabel(self.tr("then")),
                                        self._then_rate))
        # weekdays
        locale = QLocale()
        self._days = []
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            box.setChecked(day in (0, 3))
            self._days.append(box)
        self._stack.addWidget(self._row(*self._days))
        # every K days
        self._every = _spin(1, 60, 3, self.tr("Every how many days"), self.tr(" days"))
        self._stack.addWidget(self._row(QLabel(self.tr("every")), self._every))
        self._start = QDateEdit()
        self._start.setCalendarPopup(True)
        self._start.setDisplayFormat("ddd d MMM yyyy")
        self._start.setDate(QDate(start or clinic_mod.today() + dt.timedelta(days=1)))
        self._start.setAccessibleName(self.tr("First session not before"))
        self._time = QComboBox()
        self._time.setAccessibleName(self.tr("Preferred time of day"))
        self._time.addItem(self.tr("No preference"), None)
        for minutes in range(7 * 60, 20 * 60 + 1, 30):
            self._time.addItem(clinic_setup.format_time(minutes),
                               dt.time(minutes // 60, minutes % 60))
        self._practitioner = QComboBox()
        self._practitioner.setAccessibleName(self.tr("Practitioner"))
        self._practitioner.addItem(self.tr("Any practitioner"), None)
        self._room = QComboBox()
        self._room.setAccessibleName(self.tr("Room"))
        self._room.addItem(self.tr("Any room"), None)
        form = QFormLayout(self)
        form.addRow(self.tr("Type"), self._kind)
        form.addRow(self.tr("Sessions"), self._sessions)
        form.addRow(self.tr("Pattern"), self._pattern)
        form.addRow("", self._stack)
        form.addRow(self.tr("Not before"), self._start)
        form.addRow(self.tr("Time of day"), self._time)
        form.addRow(self.tr("Practitioner"), self._practitioner)
        form.addRow(self.tr("Room"), self._room)
        self._connect_signals()

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return box

    def _connect_signals(self) -> None:
        self._pattern.currentIndexChanged.connect(self._stack.setCurrentIndex)
        for combo in (self._kind, self._pattern, self._time, self._practitioner, self._room):
            combo.currentIndexChanged.connect(self.choices_changed)
        for spin in (self._sessions, self._per_week, self._weeks, self._first_rate,
                     self._first_weeks, self._then_rate, self._every):
            spin.valueChanged.connect(self.choices_changed)
        for box in self._days:
            box.toggled.connect(self.choices_changed)
        self._start.dateChanged.connect(self.choices_changed)

    def set_choices(self, course_length: int, practitioners: list, rooms: list) -> None:
        """The clinic's course length and the active practitioners and rooms (read in a
        worker), without `choices_changed`: the dialog plans once they are in."""
        for widget in (self._sessions, self._practitioner, self._room):
            widget.blockSignals(True)
        self._sessions.setValue(course_length)
        for combo, rows in ((self._practitioner, practitioners), (self._room, rooms)):
            keep = combo.currentData()
            while combo.count() > 1:  # "Any …" stays first
                combo.removeItem(1)
            for row in rows:
                combo.addItem(row.name, row.id)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
        for widget in (self._sessions, self._practitioner, self._room):
            widget.blockSignals(False)

    def kind(self) -> str:
        return self._kind.currentData()

    def pattern(self) -> Pattern:
        key = self._pattern.currentData()
        if key == "weekly":
            return Pattern.weekly(self._per_week.value(), self._weeks.value() or None)
        if key == "phased":
            return Pattern.phased((self._first_rate.value(), self._first_weeks.value()),
                                  (self._then_rate.value(), None))
        if key == "weekdays":
            return Pattern.on_weekdays(tuple(d for d, box in enumerate(self._days)
                                             if box.isChecked()))
        return Pattern.every(self._every.value())

    def request(self, patient_id: int, *, now: dt.datetime | None = None) -> CourseRequest:
        start = dt.datetime.combine(self._start.date().toPython(), dt.time())
        if now is not None:
            start = max(start, now)
        return CourseRequest(start=start, kind=self.kind(), sessions=self._sessions.value(),
                             pattern=self.pattern(), preferred_time=self._time.currentData(),
                             practitioner_id=self._practitioner.currentData(),
                             room_id=self._room.currentData(), patient_id=patient_id)

    def choose_pattern(self, key: str) -> None:
        self._pattern.setCurrentIndex(PATTERNS.index(key))

    def choose_kind(self, kind: str) -> None:
        self._kind.setCurrentIndex(self._kind.findData(kind))
