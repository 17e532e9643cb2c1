"""A patient's treatment courses on the patient page: every session ("session 5 of 12") and its
status; attended / no-show (from the session's day on; a later day is noted as entered late) /
cancelled / undo of the last status change / move one / move this and following; a make-up
session whenever the course holds fewer active sessions than planned; progress and the 90-day
window; .ics export and the card."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake import clinic as clinic_mod
from intake.content import checklists
from intake.errors import BackCareError
from intake.scheduling import course_summary
from intake.scheduling.course_rows import course_appointments, patient_courses
from intake.scheduling.courses import (
    LATE_CANCEL_HOURS,
    add_makeup_session,
    cancel_appointment,
    makeup_shortfall,
    mark_attended,
    mark_no_show,
    move_appointment,
    status_changeable,
    undo_status_change,
)
from intake.session import StaffSession
from intake.vocabulary import AppointmentStatus
from ui.desk.messages import error_text
from ui.desk.scheduling.course_exports import CourseExports
from ui.desk.scheduling.texts import (
    Names,
    course_status_text,
    day_text,
    kind_text,
    long_day_text,
    status_text,
    when_text,
)
from ui.desk.scheduling.tinted_table import TintedTable
from ui.widgets.feedback import show_feedback
from ui.workers import Lane

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class CoursesData:
    """A patient's courses and, for the one shown first, (id, summary, missing sessions, rows)."""

    courses: list
    first: tuple | None


def read_courses(patient_id: int, staff_id: int | None,
                 today: dt.date | None = None) -> CoursesData:
    """What the panel shows first, read together as `staff_id` (the patient page runs it in a
    worker)."""
    courses = patient_courses(patient_id, staff_id=staff_id)
    if not courses:
        return CoursesData(courses, None)
    return CoursesData(courses, _read_course(courses[0].id, today, staff_id))


def plan_move_following(appointment_id: int, new_start: dt.datetime,
                        staff_id: int | None) -> tuple:
    """(the plan to move a session and all following ones to `new_start`, the practitioners'
    and rooms' names when some sessions clash and a preview shows them), read as `staff_id`
    (runs in a worker thread)."""
    from intake.scheduling.moves import plan_following_move

    plan = plan_following_move(appointment_id, new_start, staff_id=staff_id)
    return plan, (Names(staff_id) if plan.clashes else None)


def _read_course(course_id: int, today: dt.date | None = None, staff_id: int | None = None) -> tuple:
    """(id, summary, missing sessions, rows) of one course: what the panel shows of it."""
    return (course_id, course_summary(course_id, today=today, staff_id=staff_id),
            makeup_shortfall(course_id, staff_id=staff_id),
            course_appointments(course_id, staff_id=staff_id))


class CoursesPanel(QGroupBox):
    """`course_changed(course_id)` after any change; `plan_requested(patient_id)` for "Plan a
    new course" (the desk opens the planner)."""

    course_changed = Signal(int)
    plan_requested = Signal(int)

    def __init__(self, patient_id: int, session: StaffSession, parent: QWidget | None = None, *,
                 today: dt.date | None = None, data: CoursesData | None = None) -> None:
        """`data`: what `read_courses` read in a worker (the patient page's load); without it
        the panel reads for itself."""
        super().__init__(parent)
        self.setTitle(self.tr("Treatment courses"))
        self._prefetched: tuple | None = None
        self._writing = Lane("course-changes", self, every_task=True)
        self._reading = Lane("course-reads", self)  # a move's plan; the course after a preview
        self._viewing = Lane("course-view", self)  # the courses, the one chosen (newest wins)
        self._exports = CourseExports(session, lambda text, error: self._say(text, error=error), self)
        self._patient_id = patient_id
        self._session = session
        self._today = today
        self._starts: dict[int, dt.datetime] = {}
        self._undoable: set[int] = set()
        self._course = QComboBox()
        self._course.setAccessibleName(self.tr("Course"))
        self._plan = QPushButton(self.tr("Plan a new course…"))
        self._plan.setAccessibleName(self.tr("Plan a new course"))
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._summary.setAccessibleName(self.tr("Course progress"))
        self._table = TintedTable(0, 5)
        self._table.setAccessibleName(self.tr("Sessions of the course"))
        self._table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("When"),
                                               self.tr("Practitioner"), self.tr("Room"),
                                               self.tr("Status")])
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._table.setMinimumHeight(260)
        self._pain = QComboBox()  # no value until one is chosen: a preset would anchor the answer
        self._pain.setAccessibleName(self.tr("Pain today, 0 to 10"))
        self._pain.setToolTip(self.tr("Ask the patient: how bad is the pain today, 0 (none) to "
                                      "10 (worst)? Saved with \"Attended\"."))
        self._pain.addItem(self.tr("Pain today: not asked"), None)
        for score in range(11):
            self._pain.addItem(self.tr("Pain today: {score}").format(score=score), score)
        self._buttons: dict[str, QPushButton] = {}
        for key, text in ((AppointmentStatus.attended, self.tr("Attended")),
                          ("cancel_patient", self.tr("Cancelled by patient")),
                          ("cancel_clinic", self.tr("Cancelled by clinic")),
                          (AppointmentStatus.no_show, self.tr("No-show"))):
            self._buttons[key] = self._button(text)
        self._buttons["undo"] = self._button(self.tr("Undo last status change"))
        self._buttons["undo"].setToolTip(self.tr("Put back the status this session had before its "
                                                 "last change (recorded in the audit trail)"))
        self._status_hint = QLabel()
        self._status_hint.setObjectName("statusHint")
        self._status_hint.setWordWrap(True)
        self._status_hint.setAccessibleName(self.tr("Why a status cannot be recorded yet"))
        self._status_hint.hide()
        self._move_to = QDateTimeEdit()
        self._move_to.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self._move_to.setCalendarPopup(True)
        self._move_to.setAccessibleName(self.tr("Move to"))
        self._move_to.setDateTime(QDateTime(clinic_mod.now()))
        self._buttons["move_one"] = self._button(self.tr("Move this one"))
        self._buttons["move_following"] = self._button(self.tr("Move this and all following"))
        self._makeup = self._button(self.tr("Add a make-up session at the end"))
        self._makeup.hide()
        self._ics = self._button(self.tr("Export calendar (.ics)…"))
        self._print = self._button(self.tr("Print appointment card…"))
        self._card = self._button(self.tr("Save card as PDF…"))
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Course message"))
        self._build()
        self._connect_signals()
        self.reload(data)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._course, 1)
        top.addWidget(self._plan)
        status_row = QHBoxLayout()
        status_row.addWidget(self._pain)
        for key in (AppointmentStatus.attended, "cancel_patient", "cancel_clinic", AppointmentStatus.no_show):
            status_row.addWidget(self._buttons[key])
        status_row.addStretch(1)
        move_row = QHBoxLayout()
        move_row.addWidget(QLabel(self.tr("Move to")))
        move_row.addWidget(self._move_to)
        move_row.addWidget(self._buttons["move_one"])
        move_row.addWidget(self._buttons["move_following"])
        move_row.addStretch(1)
        move_row.addWidget(self._buttons["undo"])
        export_row = QHBoxLayout()
        export_row.addWidget(self._makeup)
        export_row.addStretch(1)
        export_row.addWidget(self._ics)
        export_row.addWidget(self._print)
        export_row.addWidget(self._card)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._summary)
        layout.addWidget(self._table)
        layout.addLayout(status_row)
        layout.addWidget(self._status_hint)
        layout.addLayout(move_row)
        layout.addWidget(self._message)
        layout.addLayout(export_row)

    def _connect_signals(self) -> None:
        self._course.currentIndexChanged.connect(lambda _i: self._show_course())
        self._plan.clicked.connect(lambda: self.plan_requested.emit(self._patient_id))
        self._table.itemSelectionChanged.connect(self._on_selected)
        self._buttons[AppointmentStatus.attended].clicked.connect(lambda: self._status(AppointmentStatus.attended))
        self._buttons["cancel_patient"].clicked.connect(lambda: self._status("cancel_patient"))
        self._buttons["cancel_clinic"].clicked.connect(lambda: self._status("cancel_clinic"))
        self._buttons[AppointmentStatus.no_show].clicked.connect(lambda: self._status(AppointmentStatus.no_show))
        self._buttons["undo"].clicked.connect(self._undo)
        self._buttons["move_one"].clicked.connect(lambda: self._move(following=False))
        self._buttons["move_following"].clicked.connect(lambda: self._move(following=True))
        self._makeup.clicked.connect(self._on_makeup)
        self._ics.clicked.connect(lambda: self._export(self._exports.export_ics))
        self._card.clicked.connect(lambda: self._export(self._exports.save_card))
        self._print.clicked.connect(lambda: self._export(self._exports.print_card))

    # ------------------------------------------------------------------ loading

    def reload(self, data: CoursesData | None = None) -> None:
        """Show `data` (read by the patient page's worker), or read the courses in a worker."""
        if data is not None:
            self._fill_courses(data.courses, data.first)
            return
        staff_id = self._session.staff_id
        self._viewing.submit(lambda: patient_courses(self._patient_id, staff_id=staff_id),
                             on_done=lambda courses: self._fill_courses(courses, None),
                             on_error=self._refused)  # e.g. the account was disabled meanwhile

    def _refused(self, exc: BackCareError) -> None:
        self._say(error_text(exc), error=True)

    def _fill_courses(self, courses: list, first: tuple | None) -> None:
        keep = self._course.currentData()
        self._prefetched = first
        self._course.blockSignals(True)
        self._course.clear()
        for course in courses:
            self._course.addItem(self.tr("{kind} — booked {day} ({status})").format(
                kind=kind_text(course.kind), day=day_text(course.created_at.date()),
                status=course_status_text(course.status)), course.id)
        index = self._course.findData(keep) if keep is not None else 0
        self._course.setCurrentIndex(max(0, index))
        self._course.blockSignals(False)
        self._show_course()

    def course_id(self) -> int | None:
        return self._course.currentData()

    def _show_course(self) -> None:
        course_id = self.course_id()
        self._table.setRowCount(0)
        has_course = course_id is not None
        for widget in (self._ics, self._card, self._print, self._course):
            widget.setEnabled(has_course)
        if not has_course:
            self._summary.setText(self.tr("No treatment course yet."))
            self._makeup.hide()
            self._on_selected()
            return
        prefetched, self._prefetched = self._prefetched, None
        if prefetched is not None and prefetched[0] == course_id:
            self._fill_course(prefetched)
            return
        today, me = self._today, self._session.staff_id
        self._viewing.submit(lambda: _read_course(course_id, today, me),
                             on_done=self._fill_course, on_error=self._refused)

    def _fill_course(self, view: tuple) -> None:
        """(id, summary, missing sessions, rows) of the course chosen, read in a worker."""
        course_id, summary, missing, rows = view
        if course_id != self.course_id():
            return  # another course was chosen meanwhile; its own read follows
        self._summary.setText(self._summary_text(summary))
        self._show_makeup(missing)
        self._starts = {row.id: row.starts_at for row in rows}
        self._undoable = {row.id for row in rows if row.can_undo}
        self._table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            if row.status in (AppointmentStatus.booked, AppointmentStatus.attended):
                number = self.tr("Session {n} of {total}").format(
                    n=row.session_number or "?", total=row.sessions_planned or "?")
            else:
                number = self.tr("(was session {n})").format(n=row.session_number or "?")
            status = status_text(row.status)
            if row.status == AppointmentStatus.attended and row.pain_score is not None:
                status += self.tr(" · pain {score}/10").format(score=row.pain_score)
            if row.late_cancel:
                status += self.tr(" (late: under 24 h)")
            if row.entered_late:
                status += self.tr(" · entered late")
            cells = [number, when_text(row.starts_at), row.practitioner_name, row.room_name, status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                item.setData(ID_ROLE + 1, row.status)
                self._table.tint(item, row.status)
                self._table.setItem(n, column, item)
        self._on_selected()

    def _summary_text(self, summary) -> str:
        window = checklists().course.review_window_days  # the clinic's own number (content)
        parts = [self.tr("{attended} of {planned} attended · {booked} to come · {cancelled} "
                         "cancelled · {no_show} no-show").format(
            attended=summary.attended, planned=summary.sessions_planned, booked=summary.booked,
            cancelled=summary.cancelled, no_show=summary.no_show)]
        if summary.window_end is not None:
            parts.append(self.tr("{window}-day window ends {end} ({days} days left).").format(
                window=window, end=long_day_text(summary.window_end), days=summary.days_left))
        if summary.booked_after_window:
            parts.append("⚠ " + self.tr("{n} booked sessions fall after the {window}-day window."
                                        ).format(n=summary.booked_after_window, window=window))
        if summary.pain_change_points is not None:
            parts.append(self.tr("Pain {base} → {latest} ({points:+d} points, {percent} %).").format(
                base=summary.baseline_pain, latest=summary.latest_pain,
                points=-summary.pain_change_points,
                percent=f"{-summary.pain_change_percent:+.0f}"
                if summary.pain_change_percent is not None else "—"))
        if summary.review_due:
            if summary.improving:
                parts.append(self.tr("Review due: improving — up to {n} more sessions may be "
                                     "added.").format(n=summary.extra_allowed))
            else:
                parts.append(self.tr("Review due: no meaningful improvement recorded."))
        return "\n".join(parts)

    # ------------------------------------------------------------------ actions

    def _selected(self) -> tuple[int | None, str | None]:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None, None
        item = self._table.item(rows[0].row(), 0)
        return item.data(ID_ROLE), item.data(ID_ROLE + 1)

    def select_session_row(self, row: int) -> None:
        self._table.selectRow(row)

    def _on_selected(self) -> None:
        appointment_id, status = self._selected()
        booked = status == AppointmentStatus.booked
        starts = self._starts.get(appointment_id) if appointment_id is not None else None
        choices = status_changeable(status, starts, self._today) if starts is not None else None
        self._buttons[AppointmentStatus.attended].setEnabled(bool(choices and choices.attended))
        self._pain.setEnabled(bool(choices and choices.attended))
        self._buttons[AppointmentStatus.no_show].setEnabled(bool(choices and choices.no_show))
        self._buttons["undo"].setEnabled(appointment_id in self._undoable)
        for key in ("cancel_patient", "cancel_clinic", "move_one", "move_following"):
            self._buttons[key].setEnabled(booked)
        self._move_to.setEnabled(booked)
        hint = ""
        if choices is not None and choices.not_yet_day is not None:
            hint = self.tr("Attended and No-show can be recorded from the session's day on "
                           "({day}).").format(day=long_day_text(choices.not_yet_day))
        self._status_hint.setText(hint)
        self._status_hint.setVisible(bool(hint))
        for key in (AppointmentStatus.attended, AppointmentStatus.no_show):
            self._buttons[key].setToolTip(hint)
        if starts is not None:
            self._move_to.setDateTime(QDateTime(starts))

    def _run(self, action, success, then=None) -> None:
        """`action()` in the panel's write lane, and the course read again in the same task;
        then `success` (a text, or a function of the action's result giving one) is shown, the
        course shown again and `then(result)` called. A refusal is shown instead."""
        course_id, today, me = self.course_id(), self._today, self._session.staff_id

        def write_then_read():
            result = action()
            return result, (_read_course(course_id, today, me) if course_id is not None else None)

        def done(answer) -> None:
            result, view = answer
            self._say(success(result) if callable(success) else success, error=False)
            if view is not None and self.course_id() == course_id:
                self._prefetched = view
            self._show_course()
            self.course_changed.emit(self.course_id())
            if then is not None:
                then(result)

        self._writing.submit(write_then_read, on_done=done,
                             on_error=lambda exc: self._say(error_text(exc), error=True))

    def is_busy(self) -> bool:
        """A change being written (and the course read again), or a move being planned."""
        return (self._writing.is_busy() or self._reading.is_busy() or self._viewing.is_busy()
                or self._exports.is_busy())

    def _status(self, what: str) -> None:
        appointment_id, _ = self._selected()
        if appointment_id is None:
            return
        staff = self._session.staff_id
        if what == AppointmentStatus.attended:
            pain = self._pain.currentData()
            self._run(lambda: mark_attended(appointment_id, staff, pain=pain, today=self._today),
                      self.tr("Marked attended."), then=lambda _r: self._pain.setCurrentIndex(0))
            return
        if what == AppointmentStatus.no_show:
            self._run(lambda: mark_no_show(appointment_id, staff, today=self._today),
                      self.tr("Marked as a no-show."))
        else:
            by = "patient" if what == "cancel_patient" else "clinic"
            self._run(lambda: cancel_appointment(appointment_id, by, staff),
                      lambda late: self.tr("Cancelled — a late cancellation (less than {hours} "
                                           "hours before).").format(hours=LATE_CANCEL_HOURS)
                      if late else self.tr("Cancelled."))

    def _undo(self) -> None:
        appointment_id, _ = self._selected()
        if appointment_id is None:
            return
        self._run(lambda: undo_status_change(appointment_id, self._session.staff_id),
                  lambda restored: self.tr("Last status change undone: the session is "
                                           "“{status}” again.").format(
                                               status=status_text(restored)))

    def _show_makeup(self, missing: int) -> None:
        """Offered whenever the course holds fewer active sessions than planned."""
        self._makeup.setText(self.tr("Add a make-up session at the end ({n} missing)").format(n=missing))
        self._makeup.setVisible(missing > 0)

    def _move(self, *, following: bool) -> None:
        appointment_id, _ = self._selected()
        if appointment_id is None:
            return
        new_start = self._move_to.dateTime().toPython().replace(second=0, microsecond=0)
        if following:
            self._move_following(appointment_id, new_start)
            return
        self._run(lambda: move_appointment(appointment_id, new_start, self._session.staff_id),
                  self.tr("Moved."))

    def _move_following(self, appointment_id: int, new_start: dt.datetime) -> None:
        """Shift what fits; when later sessions clash, a preview proposes slots for them. The
        plan is made in the panel's reading lane, the moves written in its write lane."""
        staff_id = self._session.staff_id
        done = self.tr("Moved this session and all the following ones.")

        def planned(answer: tuple) -> None:
            from intake.scheduling.moves import apply_move_plan
            from ui.desk.scheduling.move_preview import MovePreviewDialog

            plan, names = answer
            if not plan.clashes:
                self._run(lambda: apply_move_plan(plan, staff_id), done)
                return
            dialog = MovePreviewDialog(plan, self._session, self, names=names)
            dialog.moves_applied.connect(lambda _ids: self._after_preview(done))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

        self._reading.submit(plan_move_following, appointment_id, new_start, staff_id,
                             on_done=planned,
                             on_error=lambda exc: self._say(error_text(exc), error=True))

    def _after_preview(self, text: str) -> None:
        """The moves were written by the preview: the course read again in a worker."""
        course_id, today, me = self.course_id(), self._today, self._session.staff_id
        self._say(text, error=False)
        if course_id is None:
            return

        def shown(view: tuple) -> None:
            if self.course_id() == course_id:
                self._prefetched = view
                self._show_course()
            self.course_changed.emit(self.course_id())

        self._reading.submit(_read_course, course_id, today, me, on_done=shown,
                             on_error=lambda exc: self._say(error_text(exc), error=True))

    def _on_makeup(self) -> None:
        course_id = self.course_id()
        if course_id is None:
            return
        self._run(lambda: add_makeup_session(course_id, self._session.staff_id),
                  self.tr("A make-up session was added at the end."))

    def _export(self, action) -> None:
        course_id = self.course_id()
        if course_id is not None:
            action(course_id)

    def _say(self, text: str, *, error: bool) -> None:
        show_feedback(self._message, text, error=error)

    # for tests and screenshots
    def table(self) -> QTableWidget:
        return self._table

    def message(self) -> str:
        return self._message.text()

    def summary(self) -> str:
        return self._summary.text()
