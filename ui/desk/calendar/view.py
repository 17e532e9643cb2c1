"""One widget that paints a calendar grid and its appointment blocks, and lets staff drag a block.

Columns are either practitioners / rooms of one day, or the seven days of one practitioner or
room. The widget holds plain rows (intake.scheduling.calendar.AppointmentRow); block rectangles
are computed once per layout change, so a paint is a loop over a few hundred rectangles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from intake import clinic as clinic_mod
from intake.vocabulary import AppointmentKind, AppointmentStatus, CourseKind
from ui.desk.scheduling.texts import time_text
from ui.widgets.styled import colour_property

SNAP_MINUTES = 15
HEADER_HEIGHT = 34
GROUPED_HEADER_HEIGHT = 52
GUTTER_WIDTH = 54
DRAG_THRESHOLD = 6
STATUS_FILL = {AppointmentStatus.attended: "attendedFill",  # else the practitioner's
               AppointmentStatus.no_show: "noShowFill",
               AppointmentStatus.cancelled_patient: "cancelledFill",
               AppointmentStatus.cancelled_clinic: "cancelledFill"}


@dataclass(frozen=True)
class Column:
    """A column: one day, optionally one practitioner or one room."""

    title: str
    day: dt.date
    practitioner_id: int | None = None
    room_id: int | None = None
    closed: bool = False  # painted shaded: the clinic is closed that day
    group: str = ""  # a heading shared by neighbouring columns (the day, in a week of several)

    def holds(self, row) -> bool:
        return (row.starts_at.date() == self.day
                and (self.practitioner_id is None or row.practitioner_id == self.practitioner_id)
                and (self.room_id is None or row.room_id == self.room_id))


@dataclass
class _Drag:
    row: object
    press: QPointF
    offset_minutes: float
    active: bool = False
    column: int = -1
    start: dt.datetime | None = None


def _tint(colour: str, amount: float = 0.78) -> QColor:
    base = QColor(colour)
    return QColor(int(base.red() + (255 - base.red()) * amount),
                  int(base.green() + (255 - base.green()) * amount),
                  int(base.blue() + (255 - base.blue()) * amount))


class CalendarView(QWidget):
    """Signals: `appointment_clicked(appointment_id, patient_id)`;
    `move_requested(appointment_id, new_start, practitioner_id|None, room_id|None)` after a drag
    (ids are None when the column does not change them). Its colours come from resources/desk.qss
    (CalendarView { qproperty-paper: ...; }); a practitioner's colour is the clinic's data."""

    appointment_clicked = Signal(int, int)
    move_requested = Signal(int, object, object, object)
    paper = colour_property(QPalette.ColorRole.Base)  # the grid while the clinic is open
    closedFill = colour_property(QPalette.ColorRole.Window)
    hourLine = colour_property(QPalette.ColorRole.Midlight)
    halfHourLine = colour_property(QPalette.ColorRole.Midlight)
    hourText = colour_property(QPalette.ColorRole.PlaceholderText)
    columnLine = colour_property(QPalette.ColorRole.Midlight)
    groupLine = colour_property(QPalette.ColorRole.Mid)  # between days, in a week of several
    headingRule = colour_property(QPalette.ColorRole.Midlight)  # under a day's heading
    todayFill = colour_property(QPalette.ColorRole.AlternateBase)
    ink = colour_property(QPalette.ColorRole.Text)  # headings and appointments
    cancelledInk = colour_property(QPalette.ColorRole.PlaceholderText)
    attendedFill = colour_property(QPalette.ColorRole.AlternateBase)
    noShowFill = colour_property(QPalette.ColorRole.AlternateBase)
    cancelledFill = colour_property(QPalette.ColorRole.AlternateBase)
    noShowMark = colour_property(QPalette.ColorRole.Text)  # the bar at a no-show's left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("Scheduling", "Calendar"))
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._columns: list[Column] = []
        self._header = HEADER_HEIGHT
        self._rows: list = []
        self._first_minute = 8 * 60
        self._last_minute = 19 * 60
        self._blocks: list[tuple[QRectF, object]] = []
        self._drag: _Drag | None = None
        self._open_spans: dict[int, list[tuple[int, int]]] = {}
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    # ------------------------------------------------------------------ data

    def set_content(self, columns: list[Column], rows: list, *, first_minute: int, last_minute: int,
                    open_spans: dict[int, list[tuple[int, int]]] | None = None) -> None:
        """Columns, appointment rows, the hours shown, and per column index the open periods."""
        self._columns = columns
        self._header = GROUPED_HEADER_HEIGHT if any(c.group for c in columns) else HEADER_HEIGHT
        self._rows = rows
        self._first_minute, self._last_minute = first_minute, max(last_minute, first_minute + 60)
        self._open_spans = open_spans or {}
        self._drag = None
        self._layout_blocks()
        self.update()

    def columns(self) -> list[Column]:
        return list(self._columns)

    # ------------------------------------------------------------------ geometry

    def _column_width(self) -> float:
        return (self.width() - GUTTER_WIDTH) / max(1, len(self._columns))

    def _minute_height(self) -> float:
        return (self.height() - self._header) / (self._last_minute - self._first_minute)

    def _y(self, minute: float) -> float:
        return self._header + (minute - self._first_minute) * self._minute_height()

    def _column_at(self, x: float) -> int:
        if x < GUTTER_WIDTH or not self._columns:
            return -1
        return min(len(self._columns) - 1, int((x - GUTTER_WIDTH) / self._column_width()))

    def _minute_at(self, y: float) -> float:
        return self._first_minute + (y - self._header) / self._minute_height()

    def block_count(self) -> int:
        """How many appointment blocks are laid out."""
        return len(self._blocks)

    def block_rect(self, appointment_id: int) -> QRectF | None:
        """Where an appointment is painted (for tests and keyboard users)."""
        return next((rect for rect, row in self._blocks if row.id == appointment_id), None)

    def point_for(self, column: int, when: dt.datetime) -> QPointF:
        """The point of a column at a time of day."""
        x = GUTTER_WIDTH + (column + 0.5) * self._column_width()
        return QPointF(x, self._y(when.hour * 60 + when.minute))

    def _rect_for(self, column: int, start: dt.datetime, end: dt.datetime) -> QRectF:
        width = self._column_width()
        top = self._y(start.hour * 60 + start.minute)
        bottom = self._y(end.hour * 60 + end.minute)
        return QRectF(GUTTER_WIDTH + column * width + 2, top + 1, width - 4, max(6.0, bottom - top - 2))

    def _layout_blocks(self) -> None:
        blocks = []
        index = {}
        for n, column in enumerate(self._columns):
            index.setdefault(column.day, []).append((n, column))
        for row in self._rows:
            for n, column in index.get(row.starts_at.date(), ()):
                if column.holds(row):
                    blocks.append((self._rect_for(n, row.starts_at, row.ends_at), row))
                    break
        # cancelled first, so the sessions that hold the time are painted on top
        blocks.sort(key=lambda b: b[1].status in (AppointmentStatus.booked, AppointmentStatus.attended))
        self._blocks = blocks

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_blocks()
        super().resizeEvent(event)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.paper)
        self._paint_grid(painter)
        for rect, row in self._blocks:
            if self._drag is not None and self._drag.active and row is self._drag.row:
                continue
            self._paint_block(painter, rect, row)
        if self._drag is not None and self._drag.active and self._drag.start is not None:
            row = self._drag.row
            end = self._drag.start + (row.ends_at - row.starts_at)
            rect = self._rect_for(self._drag.column, self._drag.start, end)
            painter.setOpacity(0.85)
            self._paint_block(painter, rect, row, start=self._drag.start)
            painter.setOpacity(1.0)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        width = self._column_width()
        bottom = self.height()
        closed, paper = self.closedFill, self.paper
        for n in range(len(self._columns)):
            x = GUTTER_WIDTH + n * width
            painter.fillRect(QRectF(x, self._header, width, bottom - self._header), closed)
            for opens, closes in self._open_spans.get(n, []):
                top, low = self._y(max(opens, self._first_minute)), self._y(min(closes, self._last_minute))
                painter.fillRect(QRectF(x, top, width, low - top), paper)
        half, hour = QPen(self.halfHourLine, 1), QPen(self.hourLine, 1)
        for minute in range(self._first_minute - self._first_minute % 30 + 30, self._last_minute, 30):
            y = self._y(minute)
            painter.setPen(half if minute % 60 else hour)
            painter.drawLine(QPointF(GUTTER_WIDTH, y), QPointF(self.width(), y))
        painter.setPen(self.hourText)
        painter.setFont(self._small)
        for minute in range(self._first_minute - self._first_minute % 60, self._last_minute, 60):
            if minute < self._first_minute:
                continue
            y = self._y(minute)
            painter.drawText(QRectF(0, y + 1, GUTTER_WIDTH - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             f"{minute // 60:02d}:00")
        light, strong = QPen(self.columnLine, 1), QPen(self.groupLine, 1)
        for n in range(len(self._columns) + 1):
            x = GUTTER_WIDTH + n * width
            starts_group = (self._header == HEADER_HEIGHT or n in (0, len(self._columns))
                            or self._columns[n].group != self._columns[n - 1].group)
            painter.setPen(strong if starts_group else light)
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
        painter.drawLine(QPointF(0, self._header), QPointF(self.width(), self._header))
        painter.setFont(self._bold)
        today, today_fill, ink = clinic_mod.today(), self.todayFill, self.ink
        grouped = self._header == GROUPED_HEADER_HEIGHT
        top = self._header / 2 if grouped else 0
        n = 0
        while grouped and n < len(self._columns):
            span = 1
            while (n + span < len(self._columns)
                   and self._columns[n + span].group == self._columns[n].group):
                span += 1
            rect = QRectF(GUTTER_WIDTH + n * width, 0, width * span, top)
            if self._columns[n].day == today:
                painter.fillRect(rect.adjusted(1, 1, -1, 0), today_fill)
            painter.setPen(ink)
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(self._columns[n].group,
                                                              Qt.TextElideMode.ElideRight,
                                                              int(rect.width() - 8)))
            painter.setPen(QPen(self.headingRule, 1))
            painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))
            n += span
        painter.setFont(self._small if grouped else self._bold)
        for n, column in enumerate(self._columns):
            rect = QRectF(GUTTER_WIDTH + n * width, top, width, self._header - top)
            if not grouped and column.day == today:
                painter.fillRect(rect.adjusted(1, 1, -1, -1), today_fill)
            painter.setPen(ink)
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(column.title, Qt.TextElideMode.ElideRight,
                                                              int(width - 8)))

    def _paint_block(self, painter: QPainter, rect: QRectF, row, *, start: dt.datetime | None = None) -> None:
        cancelled = row.status.startswith("cancelled")
        fill = getattr(self, STATUS_FILL[row.status]) if row.status in STATUS_FILL else _tint(row.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        bar = QRectF(rect.left(), rect.top(), 5, rect.height())
        painter.fillRect(bar, self.noShowMark if row.status == AppointmentStatus.no_show
                         else QColor(row.colour))
        if row.kind == AppointmentKind.consultation:
            pen = QPen(QColor(row.colour), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        moment = start or row.starts_at
        mark = {AppointmentStatus.attended: "✓ ", AppointmentStatus.no_show: "✗ "}.get(row.status, "")
        if row.kind == AppointmentKind.consultation:
            what = QCoreApplication.translate("Scheduling", "Consultation")
        else:
            what = f"{row.session_number or '?'}/{row.sessions_planned or '?'}"
            if row.course_kind == CourseKind.electro:
                what = "⚡ " + what
        what = f"{what} · {row.room_name}"
        line1 = f"{mark}{time_text(moment)} {row.patient_name}"
        text_rect = rect.adjusted(9, 2, -3, -2)
        painter.setPen(self.cancelledInk if cancelled else self.ink)
        font = QFont(self._small)
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(line1, Qt.TextElideMode.ElideRight, int(text_rect.width())))
        if text_rect.height() >= 2 * line_height:
            second = QRectF(text_rect.left(), text_rect.top() + line_height, text_rect.width(),
                            line_height)
            painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(what, Qt.TextElideMode.ElideRight,
                                                int(text_rect.width())))

    # ------------------------------------------------------------------ mouse

    def _row_at(self, point: QPointF):
        for rect, row in reversed(self._blocks):
            if rect.contains(point):
                return rect, row
        return None, None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        rect, row = self._row_at(point)
        if row is None:
            return
        grab = (point.y() - rect.top()) / self._minute_height()
        self._drag = _Drag(row, point, grab)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        point = event.position()
        if not drag.active:
            if (point - drag.press).manhattanLength() < DRAG_THRESHOLD or drag.row.status != AppointmentStatus.booked:
                return
            drag.active = True
        column = self._column_at(point.x())
        if column < 0:
            return
        minute = self._minute_at(point.y()) - drag.offset_minutes
        minute = round(minute / SNAP_MINUTES) * SNAP_MINUTES
        length = int((drag.row.ends_at - drag.row.starts_at).total_seconds() // 60)
        minute = max(0, min(minute, 24 * 60 - length))
        drag.column = column
        drag.start = dt.datetime.combine(self._columns[column].day, dt.time()) + dt.timedelta(minutes=minute)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.update()
        row = drag.row
        if not drag.active:
            self.appointment_clicked.emit(row.id, row.patient_id)
            return
        if drag.start is None:
            return
        column = self._columns[drag.column]
        practitioner = column.practitioner_id if column.practitioner_id not in (None, row.practitioner_id) else None
        room = column.room_id if column.room_id not in (None, row.room_id) else None
        if drag.start == row.starts_at and practitioner is None and room is None:
            return
        self.move_requested.emit(row.id, drag.start, practitioner, room)
