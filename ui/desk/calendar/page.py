"""The calendar page: day and week views per practitioner or room, drag to move, today's list.

While shown it asks `calendar_marker()` every second (one small query, as Arrivals do) and
reloads when another desk changed an appointment it shows. A drag to another day asks first; the
last move can be undone.

Every read (the marker, the appointments shown, opening hours, holidays, closures, the resource
lists and today's list) runs in a worker (ui/workers.py) and is shown when it is back
(`reloaded`); paging the week never waits on the database in the GUI thread. A move (a drag,
its undo) is written in the page's write lane."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from intake import clinic as clinic_mod
from intake import clinic_setup
from intake import db as dbmod
from intake.errors import BackCareError
from intake.scheduling.calendar import appointments_between, calendar_marker, todays_list
from intake.scheduling.courses import move_appointment
from intake.session import StaffSession
from intake.vocabulary import AppointmentKind, AppointmentStatus
from ui.desk.calendar.view import CalendarView, Column
from ui.desk.messages import error_text
from ui.desk.scheduling.texts import (
    day_text,
    kind_text,
    long_day_text,
    reason_text,
    status_text,
    time_text,
    when_text,
)
from ui.widgets.feedback import show_feedback
from ui.workers import Lane


class Showing(StrEnum):
    """What the calendar's columns are: every practitioner or room, or one of them."""

    practitioners = "practitioners"
    rooms = "rooms"
    practitioner = "one_practitioner"
    room = "one_room"

log = logging.getLogger(__name__)
PATIENT_ROLE = Qt.ItemDataRole.UserRole
RESOURCE_CHARACTERS = 16  # the "Show" list is this wide; longer names are cut in the closed list
TODAY_LIST_WIDTH = 260
POLL_MS = 1000


@dataclass
class _Snapshot:
    """What one view of the calendar shows, read together in a worker."""

    marker: tuple | None
    rows: list
    opening: dict
    closed: set[dt.date]
    practitioners: list[tuple[int, str]]
    rooms: list[tuple[int, str]]
    today: list = field(default_factory=list)


def _read_view(days: list[dt.date], kind: str, resource_id: int | None,
               include_cancelled: bool, staff_id: int | None) -> _Snapshot:
    """Runs in a worker thread, as the signed-in `staff_id`."""
    start = dt.datetime.combine(days[0], dt.time())
    end = start + dt.timedelta(days=len(days))
    try:
        marker = calendar_marker(start, end)
    except BackCareError:
        marker = None
    rows = appointments_between(
        start, end, practitioner_id=resource_id if kind == Showing.practitioner else None,
        room_id=resource_id if kind == Showing.room else None, include_cancelled=include_cancelled,
        staff_id=staff_id)
    me = {"by_staff_id": staff_id}
    closed = set(clinic_setup.public_holidays(days[0], days[-1], include_open=False, **me))
    for closure in clinic_setup.list_closures(from_day=days[0], **me):
        day = closure.first_day
        while day <= min(closure.last_day, days[-1]):
            closed.add(day)
            day += dt.timedelta(days=1)
    today = [r for r in todays_list(staff_id=staff_id)
             if r.status not in (AppointmentStatus.cancelled_patient, AppointmentStatus.cancelled_clinic)]
    return _Snapshot(
        marker, rows, clinic_setup.opening_hours(**me), closed,
        [(p.id, p.name) for p in clinic_setup.list_practitioners(include_inactive=False, **me)],
        [(r.id, r.name) for r in clinic_setup.list_rooms(include_inactive=False, **me)], today)


@dataclass(frozen=True)
class _Move:
    """A move that can be undone: where the appointment was."""

    appointment_id: int
    starts_at: dt.datetime
    practitioner_id: int
    room_id: int


class CalendarPage(QWidget):
    """`patient_open_requested(patient_id)` when staff click an appointment or a line of today's
    list; `appointment_moved(appointment_id)` after a successful drag."""

    patient_open_requested = Signal(int)
    appointment_moved = Signal(int)
    reloaded = Signal()

    @staticmethod
    def confirm_move(parent: QWidget, text: str) -> bool:
        """Ask before a drag moves an appointment to another day (blocking; tests replace it)."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("CalendarPage", "Move to another day?"), text)
        return answer == QMessageBox.StandardButton.Yes

    def __init__(self, session: StaffSession, parent: QWidget | None = None, *,
                 day: dt.date | None = None, load_now: bool = True) -> None:
        """With load_now=False the appointments (and the holidays library) are first read when
        the page is first shown, which keeps the desk's start-up short."""
        super().__init__(parent)
        self._session = session
        self._load_pending = not load_now
        self._day = day or clinic_mod.today()
        self._week_mode = False
        self._view = CalendarView()
        self._day_button = QPushButton(self.tr("Day"))
        self._week_button = QPushButton(self.tr("Week"))
        self._modes = QButtonGroup(self)
        for button in (self._day_button, self._week_button):
            button.setCheckable(True)
            button.setAccessibleName(button.text())
            self._modes.addButton(button)
        self._day_button.setChecked(True)
        self._previous = QPushButton("◀")
        self._previous.setAccessibleName(self.tr("Previous"))
        self._today = QPushButton(self.tr("Today"))
        self._today.setAccessibleName(self.tr("Today"))
        self._next = QPushButton("▶")
        self._next.setAccessibleName(self.tr("Next"))
        self._title = QLabel()
        self._title.setObjectName("calendarTitle")
        # a long date in large type must never widen the window (the title has a row of its own)
        self._title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._resource = QComboBox()
        self._resource.setAccessibleName(self.tr("Show"))
        self._resource.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._resource.setMinimumContentsLength(RESOURCE_CHARACTERS)
        self._cancelled = QCheckBox(self.tr("Show cancelled and no-shows"))
        self._cancelled.setAccessibleName(self.tr("Show cancelled and no-shows"))
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Calendar message"))
        self._today_list = QListWidget()
        self._today_list.setAccessibleName(self.tr("Today's appointments"))
        self._today_list.setMinimumWidth(TODAY_LIST_WIDTH)
        self._undo = QPushButton(self.tr("Undo move"))
        self._undo.setAccessibleName(self.tr("Undo move"))
        self._undo.hide()
        self._last_move: _Move | None = None
        self._rows: dict[int, object] = {}
        self._marker: tuple | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._reading = Lane("calendar", self)
        self._polling = Lane("calendar-poll", self)
        self._writing = Lane("calendar-moves", self, every_task=True)
        self._resources: tuple = ()
        self._build()
        self._fill_resources([], [])
        self._connect_signals()
        if not self._load_pending:
            self.reload()

    def _build(self) -> None:
        bar = QHBoxLayout()
        for widget in (self._day_button, self._week_button, self._previous, self._today,
                       self._next):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self._resource)
        bar.addWidget(self._cancelled)
        left = QVBoxLayout()
        left.addWidget(self._title)
        left.addLayout(bar)
        message_row = QHBoxLayout()
        message_row.addWidget(self._message, 1)
        message_row.addWidget(self._undo)
        left.addLayout(message_row)
        left.addWidget(self._view, 1)
        legend = QLabel(self.tr("Solid: treatment (n/12) · dashed: free consultation · ⚡ "
                                "electro · ✓ attended · ✗ no-show · grey area: closed. Drag a "
                                "booked appointment to move it; click it to open the patient."))
        legend.setWordWrap(True)
        legend.setObjectName("calendarLegend")
        left.addWidget(legend)
        right = QVBoxLayout()
        heading = QLabel(self.tr("Today at the desk"))
        heading.setObjectName("boxTitle")
        right.addWidget(heading)
        right.addWidget(self._today_list, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addLayout(right, 1)

    def _fill_resources(self, practitioners: list[tuple[int, str]],
                        rooms: list[tuple[int, str]]) -> None:
        """The "Show" list; the choice is kept when it is still there."""
        if (tuple(practitioners), tuple(rooms)) == self._resources and self._resource.count():
            return
        self._resources = (tuple(practitioners), tuple(rooms))
        chosen = self._resource.currentData()
        self._resource.blockSignals(True)
        self._resource.clear()
        self._resource.addItem(self.tr("All practitioners"), (Showing.practitioners, None))
        self._resource.addItem(self.tr("All rooms"), (Showing.rooms, None))
        for pid, name in practitioners:
            self._resource.addItem(name, (Showing.practitioner, pid))
        for rid, name in rooms:
            self._resource.addItem(name, (Showing.room, rid))
        for index in range(self._resource.count()):
            if chosen is not None and tuple(self._resource.itemData(index)) == tuple(chosen):
                self._resource.setCurrentIndex(index)
        self._resource.blockSignals(False)

    def _connect_signals(self) -> None:
        self._day_button.clicked.connect(lambda: self.show_day(self._day))
        self._week_button.clicked.connect(lambda: self.show_week(self._day))
        self._previous.clicked.connect(lambda: self._step(-1))
        self._next.clicked.connect(lambda: self._step(1))
        self._today.clicked.connect(lambda: self._go(clinic_mod.today()))
        self._resource.currentIndexChanged.connect(lambda _i: self.reload())
        self._cancelled.toggled.connect(lambda _on: self.reload())
        self._view.appointment_clicked.connect(lambda _aid, pid: self.patient_open_requested.emit(pid))
        self._view.move_requested.connect(self._on_move_requested)
        self._today_list.itemActivated.connect(self._on_today_activated)
        self._today_list.itemClicked.connect(self._on_today_activated)
        self._undo.clicked.connect(self._on_undo)
        self._timer.timeout.connect(self.poll)

    # ------------------------------------------------------------------ navigation

    def show_day(self, day: dt.date) -> None:
        self._week_mode = False
        self._day_button.setChecked(True)
        self._go(day)

    def show_week(self, day: dt.date) -> None:
        self._week_mode = True
        self._week_button.setChecked(True)
        self._go(day)

    def choose(self, kind: str, resource_id: int | None = None) -> None:
        """Show all practitioners / all rooms, or one practitioner / room."""
        for index in range(self._resource.count()):
            if tuple(self._resource.itemData(index)) == (kind, resource_id):
                self._resource.setCurrentIndex(index)
                return
        if kind in (Showing.practitioner, Showing.room):  # the list is not read yet: add it, named later
            self._resource.addItem("", (kind, resource_id))
            self._resource.setCurrentIndex(self._resource.count() - 1)

    def _step(self, direction: int) -> None:
        self._go(self._day + dt.timedelta(days=direction * (7 if self._week_mode else 1)))

    def _go(self, day: dt.date) -> None:
        self._day = day
        self.reload()

    def _days(self) -> list[dt.date]:
        if not self._week_mode:
            return [self._day]
        monday = self._day - dt.timedelta(days=self._day.weekday())
        return [monday + dt.timedelta(days=n) for n in range(7)]

    # ------------------------------------------------------------------ loading

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._load_pending:
            self._load_pending = False
            self.reload()
        else:
            self.poll()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self._timer.stop()

    def _range(self) -> tuple[dt.datetime, dt.datetime]:
        days = self._days()
        start = dt.datetime.combine(days[0], dt.time())
        return start, start + dt.timedelta(days=len(days))

    def poll(self) -> None:
        """Reload when an appointment shown here (or on today's list) changed at any desk."""
        if self._polling.is_busy() or self._reading.is_busy() or not dbmod.is_available():
            return
        self._polling.submit(calendar_marker, *self._range(), on_done=self._polled,
                             on_error=lambda _exc: log.info("calendar poll: no answer"))

    def _polled(self, marker: tuple) -> None:
        if marker != self._marker and not self._reading.is_busy():
            self.reload()

    def is_loading(self) -> bool:
        """A read on its way, or a move being written."""
        return self._reading.is_busy() or self._writing.is_busy()

    def stop_polling(self) -> None:
        self._timer.stop()

    def reload(self) -> None:
        """Read what the current day or week shows (in a worker); `reloaded` once shown."""
        days = self._days()
        kind, resource_id = self._resource.currentData() or (Showing.practitioners, None)
        self._reading.submit(_read_view, days, kind, resource_id, self._cancelled.isChecked(),
                             self._session.staff_id, on_done=lambda snap: self._show(days, kind, resource_id, snap),
                             on_error=self._load_error)

    def _load_error(self, exc: BackCareError) -> None:
        self._show_message(error_text(exc), error=True)

    def _show(self, days: list[dt.date], kind: str, resource_id: int | None,
              snap: _Snapshot) -> None:
        self._fill_resources(snap.practitioners, snap.rooms)
        self._marker = snap.marker
        rows = snap.rows
        if self._week_mode:
            busy = {row.starts_at.date() for row in rows}
            days = [d for d in days if snap.opening.get(d.weekday()) or d in busy] or days
        columns, spans = self._columns(days, kind, resource_id, snap)
        periods = [p for day in snap.opening.values() for p in day]
        first = min((a for a, _ in periods), default=8 * 60)
        last = max((b for _, b in periods), default=19 * 60)
        for row in rows:
            first = min(first, row.starts_at.hour * 60 + row.starts_at.minute)
            last = max(last, row.ends_at.hour * 60 + row.ends_at.minute)
        first -= first % 60
        last += (60 - last % 60) % 60
        self._rows = {row.id: row for row in rows}
        self._view.set_content(columns, rows, first_minute=first, last_minute=last,
                               open_spans=spans)
        if self._week_mode:
            self._title.setText(self.tr("Week of {0}").format(long_day_text(self._days()[0])))
        else:
            self._title.setText(long_day_text(days[0]))
        self._show_today(snap.today)
        self.reloaded.emit()

    def _columns(self, days: list[dt.date], kind: str, resource_id: int | None,
                 snap: _Snapshot):
        closed, opening = snap.closed, snap.opening
        if kind == Showing.practitioners:
            resources = [("p", pid, name) for pid, name in snap.practitioners]
        elif kind == Showing.rooms:
            resources = [("r", rid, name) for rid, name in snap.rooms]
        else:
            resources = [("p" if kind == Showing.practitioner else "r", resource_id, "")]
        columns: list[Column] = []
        spans: dict[int, list[tuple[int, int]]] = {}
        for day in days:
            for letter, rid, name in resources:
                group = ""
                if self._week_mode and len(resources) > 1:
                    title, group = name, day_text(day)
                elif self._week_mode:
                    title = day_text(day)
                else:
                    title = name or long_day_text(day)
                spans[len(columns)] = [] if day in closed else opening.get(day.weekday(), [])
                columns.append(Column(title, day,
                                      practitioner_id=rid if letter == "p" else None,
                                      room_id=rid if letter == "r" else None,
                                      closed=day in closed, group=group))
        return columns, spans

    def _show_today(self, rows: list) -> None:
        self._today_list.clear()
        if not rows:
            self._today_list.addItem(self.tr("No appointments today."))
        for row in rows:
            what = kind_text(row.kind)
            if row.kind == AppointmentKind.treatment:
                what = self.tr("Session {n} of {total}").format(n=row.session_number or "?",
                                                                total=row.sessions_planned or "?")
            text = self.tr("{time}  {name}\n{what} · {practitioner} · {room} · {status}").format(
                time=time_text(row.starts_at), name=row.patient_name, what=what,
                practitioner=row.practitioner_name, room=row.room_name,
                status=status_text(row.status))
            item = QListWidgetItem(text)
            item.setData(PATIENT_ROLE, row.patient_id)
            self._today_list.addItem(item)

    # ------------------------------------------------------------------ actions

    def _on_today_activated(self, item: QListWidgetItem) -> None:
        patient_id = item.data(PATIENT_ROLE)
        if patient_id is not None:
            self.patient_open_requested.emit(patient_id)

    def _on_move_requested(self, appointment_id: int, new_start: dt.datetime,
                           practitioner_id: int | None, room_id: int | None) -> None:
        row = self._rows.get(appointment_id)
        if row is not None and row.starts_at.date() != new_start.date() and not self.confirm_move(
                self, self.tr("Move {name}'s appointment from {old} to {new}?").format(
                    name=row.patient_name, old=when_text(row.starts_at), new=when_text(new_start))):
            self.reload()
            return
        def moved(_result) -> None:
            if row is not None:
                self._last_move = _Move(appointment_id, row.starts_at, row.practitioner_id,
                                        row.room_id)
                self._undo.show()
            self._show_message(self.tr("Moved to {0}.").format(when_text(new_start)), error=False)
            self.reload()
            self.appointment_moved.emit(appointment_id)

        self._write_move(functools.partial(move_appointment, appointment_id, new_start,
                                           self._session.staff_id, practitioner_id=practitioner_id,
                                           room_id=room_id), new_start, moved)

    def _write_move(self, write, new_start: dt.datetime, done) -> None:
        """A move in the page's write lane (the window never waits on the server); a refusal
        is shown with its reason and the calendar read again (the block goes back)."""
        def refused(exc: BackCareError) -> None:
            self._show_message(self._refusal(exc, new_start), error=True)
            self.reload()

        self._writing.submit(write, on_done=done, on_error=refused)

    def _on_undo(self) -> None:
        """Put the last moved appointment back where it was (if that time is still free)."""
        move, self._last_move = self._last_move, None
        self._undo.hide()
        if move is None:
            return
        def undone(_result) -> None:
            self._show_message(self.tr("Move undone: back at {0}.").format(
                when_text(move.starts_at)), error=False)
            self.reload()
            self.appointment_moved.emit(move.appointment_id)

        self._write_move(functools.partial(move_appointment, move.appointment_id, move.starts_at,
                                           self._session.staff_id,
                                           practitioner_id=move.practitioner_id,
                                           room_id=move.room_id), move.starts_at, undone)

    def _refusal(self, exc: BackCareError, new_start: dt.datetime) -> str:
        if exc.field == "starts_at" or exc.code == "session_conflict":
            reason = exc.details.get("resource") if exc.code == "session_conflict" else exc.code
            return self.tr("Cannot move to {when}: {reason}.").format(
                when=when_text(new_start), reason=reason_text(str(reason),
                                                              str(exc.details.get("detail", ""))))
        if exc.code == "double_booked":
            return self.tr("Cannot move to {when}: {reason}.").format(
                when=when_text(new_start), reason=reason_text(str(exc.details.get("resource"))))
        return error_text(exc)

    def _show_message(self, text: str, *, error: bool) -> None:
        show_feedback(self._message, text, error=error)

    # for tests and screenshots
    def view(self) -> CalendarView:
        return self._view

    def message(self) -> str:
        return self._message.text()

    def current_day(self) -> dt.date:
        return self._day

    def go_to(self, day: QDate | dt.date) -> None:
        self._go(day.toPython() if isinstance(day, QDate) else day)
