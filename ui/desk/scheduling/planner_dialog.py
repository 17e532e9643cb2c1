"""Plan and book a treatment course: choices, safety gates, preview, confirm (one transaction).

Nothing here waits on the database in the GUI thread (ui/workers.py): the clinic's choices, the
safety checks and each plan are read in the dialog's reading lanes; a practitioner's decision
(its PIN checked there too) and the booking are written in write lanes, their buttons disabled
until the answer is back (one click books once). A dialog closed meanwhile drops the answer
(what was written stands)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import clinic as clinic_mod
from intake import clinic_setup, staff
from intake.clinic import get_clinic
from intake.errors import BackCareError, StorageError
from intake.scheduling import (
    SessionConflictError,
    book_course,
    course_gates,
    plan_course,
    record_override,
)
from intake.session import StaffSession
from ui.desk.messages import error_text
from ui.desk.scheduling.planner_form import PlannerForm
from ui.desk.scheduling.planner_preview import PlanPreview
from ui.desk.scheduling.texts import Names, blocked_text, gate_item_text
from ui.widgets.feedback import ERROR, set_tone
from ui.widgets.screen_fit import LAPTOP_WIDTH, fit_to_screen
from ui.workers import Lane

log = logging.getLogger(__name__)
REPLAN_DELAY_MS = 300
DEFAULT_COURSE_LENGTH = 12  # a clinic not set up yet


@dataclass(frozen=True)
class PlannerChoices:
    """What the planner offers: the clinic's course length, the active practitioners and
    rooms, and every practitioner's and room's name."""

    course_length: int
    practitioners: list
    rooms: list
    names: Names


def read_choices(staff_id: int | None) -> PlannerChoices:
    """The planner's choices, read as `staff_id` (runs in a worker thread)."""
    clinic = get_clinic()
    me = {"by_staff_id": staff_id, "include_inactive": False}
    return PlannerChoices(clinic.course_length if clinic else DEFAULT_COURSE_LENGTH,
                          clinic_setup.list_practitioners(**me), clinic_setup.list_rooms(**me),
                          Names(staff_id))


def read_gates(patient_id: int, kind: str, staff_id: int | None) -> tuple:
    """(the safety checks of a course of `kind`, the practitioners who may decide: (staff id,
    name)), read as `staff_id` (runs in a worker thread)."""
    gates = course_gates(patient_id, kind, staff_id=staff_id)
    try:
        deciders = staff.practitioner_accounts(by_staff_id=staff_id)
    except BackCareError:
        deciders = []
    return gates, deciders


def decide_then_read(intake_id: int, item: str, reason: str, staff_id: int | None,
                     countersign: tuple | None, patient_id: int, kind: str) -> tuple | None:
    """A practitioner's decision recorded (a countersigning PIN checked: argon2), then the
    checks read again in the same task: as `read_gates`, or None when only that read failed
    (the decision stands). Runs in a worker thread."""
    record_override(intake_id, item, reason, staff_id, countersign=countersign)
    try:
        return read_gates(patient_id, kind, staff_id)
    except BackCareError:
        return None


class GatesPanel(QGroupBox):
    """The safety checks for the chosen course type; overrides are recorded here.
    `gates_changed()` whenever the checks shown changed (read, or a decision recorded)."""

    gates_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, patient_id: int, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Safety checks"), parent)
        self._patient_id = patient_id
        self._session = session
        self._gates = None
        self._kind: str | None = None
        self._lines: list[QLabel] = []
        self._buttons: list[QPushButton] = []
        self._grid = QGridLayout(self)
        self._error = QLabel()
        set_tone(self._error, ERROR)
        self._error.setWordWrap(True)
        self._reading = Lane("planner-gates", self)
        self._writing = Lane("planner-decisions", self, every_task=True)
        for lane in (self._reading, self._writing):
            lane.busy_changed.connect(lambda _busy: self._busy())

    def gates(self):
        """The checks shown, or None while those of another course type are being read."""
        return self._gates if self._gates is not None and self._gates.kind == self._kind else None

    def kind(self) -> str | None:
        """The course type whose checks are shown or being read."""
        return self._kind

    def is_busy(self) -> bool:
        """The checks being read, or a decision being recorded."""
        return self._reading.is_busy() or self._writing.is_busy()

    def refresh(self, kind: str) -> None:
        """Read the checks of a course of `kind` (in the panel's reading lane) and show them."""
        self._kind = kind
        self._reading.submit(read_gates, self._patient_id, kind, self._session.staff_id,
                             on_done=self._show, on_error=self._refused)

    def _refused(self, exc: BackCareError) -> None:
        self._error.setText(error_text(exc))
        self.gates_changed.emit()

    def _busy(self) -> None:
        writing = self._writing.is_busy()
        for button in self._buttons:
            button.setEnabled(not writing)
        self.busy_changed.emit(self.is_busy())

    def _show(self, answer: tuple) -> None:
        gates, deciders = answer
        if gates.kind != self._kind:
            return  # another course type was chosen meanwhile: its checks follow
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self._error:
                item.widget().hide()
                item.widget().deleteLater()
        self._lines = []
        self._buttons = []
        self._gates = gates
        row = 0
        for code in self._gates.blocked:
            label = QLabel("⛔ " + blocked_text(code))
            label.setWordWrap(True)
            set_tone(label, ERROR)
            self._grid.addWidget(label, row, 0, 1, 3)
            self._lines.append(label)
            row += 1
        # the practitioners who may decide: each records it as themself (signed in here, or
        # with their own PIN at this desk)
        for item in self._gates.needs_override:
            # the item on a line of its own; below it who decides (and their PIN when it is
            # not the person signed in here), the reason as wide as the panel allows, the button
            label = QLabel("⚠ " + gate_item_text(item))
            label.setWordWrap(True)
            self._grid.addWidget(label, row, 0, 1, 3)
            self._lines.append(label)
            row += 1
            who = QComboBox()
            who.setAccessibleName(self.tr("Deciding practitioner for {0}").format(
                gate_item_text(item)))
            for staff_id, name in deciders:
                who.addItem(name, staff_id)
            who.setCurrentIndex(max(0, who.findData(self._session.staff_id)))
            pin = QLineEdit()
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setPlaceholderText(self.tr("Their PIN"))
            pin.setMaximumWidth(90)
            pin.setAccessibleName(self.tr("PIN of the deciding practitioner for {0}").format(
                gate_item_text(item)))
            who.currentIndexChanged.connect(
                lambda _i, w=who, p=pin: p.setVisible(w.currentData() != self._session.staff_id))
            pin.setVisible(who.currentData() != self._session.staff_id)
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("Practitioner's reason"))
            reason.setAccessibleName(self.tr("Reason for {0}").format(gate_item_text(item)))
            button = QPushButton(self.tr("Record decision"))
            button.setAccessibleName(self.tr("Record decision for {0}").format(gate_item_text(item)))
            button.clicked.connect(
                lambda _c=False, i=item, w=who, r=reason, p=pin: self._record(i, w, r, p))
            button.setEnabled(not self._writing.is_busy())
            self._buttons.append(button)
            chooser = QWidget()
            pair = QHBoxLayout(chooser)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(who)
            pair.addWidget(pin)
            self._grid.addWidget(chooser, row, 0)
            self._grid.addWidget(reason, row, 1)
            self._grid.addWidget(button, row, 2)
            row += 1
        for item in self._gates.overridden:
            label = QLabel("✓ " + self.tr("{0}: practitioner's decision recorded").format(
                gate_item_text(item)))
            label.setObjectName("decisionRecorded")
            self._grid.addWidget(label, row, 0, 1, 3)
            self._lines.append(label)
            row += 1
        if row == 0:
            label = QLabel("✓ " + self.tr("No safety answer stops this course."))
            self._grid.addWidget(label, 0, 0, 1, 3)
            self._lines.append(label)
            row = 1
        self._grid.addWidget(self._error, row, 0, 1, 3)
        self._grid.setColumnStretch(1, 1)
        self.gates_changed.emit()

    def _record(self, item: str, who: QComboBox, reason: QLineEdit, pin: QLineEdit) -> None:
        """The decision recorded in the panel's write lane (a countersigning PIN is checked
        there), then the checks read again in the same task."""
        self._error.clear()
        if self._gates is None or self._gates.intake_id is None or self._writing.is_busy():
            return
        decider = who.currentData()
        countersign = None if decider == self._session.staff_id else (decider, pin.text())
        pin.clear()
        kind = self._kind

        def recorded(answer: tuple | None) -> None:
            if answer is None or kind != self._kind:
                self.refresh(self._kind)
            else:
                self._show(answer)

        self._writing.submit(decide_then_read, self._gates.intake_id, item, reason.text(),
                             self._session.staff_id, countersign, self._patient_id, kind,
                             on_done=recorded,
                             on_error=lambda exc: self._error.setText(error_text(exc)))

    def error(self) -> str:
        return self._error.text()

    def lines(self) -> list[str]:
        """What the panel says now, one line per check."""
        return [label.text() for label in self._lines]


class PlannerDialog(QDialog):
    """Non-blocking: show() it and listen to `course_booked(course_id)`."""

    course_booked = Signal(int)

    def __init__(self, patient_id: int, session: StaffSession, *, intake_id: int | None = None,
                 patient_name: str = "", now: dt.datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patient_id = patient_id
        self._intake_id = intake_id
        self._session = session
        self._now = now
        self._ready = False  # the choices read: plans can be made
        self.setWindowTitle(self.tr("Plan a treatment course"))
        fit_to_screen(self, LAPTOP_WIDTH, 720)  # the whole laptop width: the preview's notes fit
        start = (now.date() if now else clinic_mod.today()) + dt.timedelta(days=1)
        self._form = PlannerForm(start=start)
        self._gates = GatesPanel(patient_id, session)
        self._propose = QPushButton(self.tr("Propose sessions"))
        self._propose.setAccessibleName(self.tr("Propose sessions"))
        self._propose.setEnabled(False)  # until the choices are read
        self._preview = PlanPreview()
        self._message = QLabel()
        self._message.setWordWrap(True)
        set_tone(self._message, ERROR)
        self._confirm = QPushButton(self.tr("Confirm and book all sessions"))
        self._confirm.setAccessibleName(self.tr("Confirm and book all sessions"))
        self._confirm.setObjectName("bookCourse")
        self._confirm.setEnabled(False)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPLAN_DELAY_MS)
        self._choosing = Lane("planner-choices", self)
        self._planning = Lane("planner-plan", self)
        self._booking = Lane("planner-booking", self, every_task=True)
        title = QLabel(self.tr("Treatment course for {0}").format(patient_name)
                       if patient_name else self.tr("Treatment course"))
        title.setObjectName("dialogTitle")
        left = QVBoxLayout()
        left.addWidget(self._form)
        left.addWidget(self._propose)
        left.addWidget(self._gates)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._message, 1)
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._confirm)
        right = QVBoxLayout()
        right.addWidget(self._preview, 1)
        right.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns)
        self._connect_signals()
        self._choosing.submit(read_choices, session.staff_id, on_done=self._choices_read,
                              on_error=lambda exc: self._message.setText(error_text(exc)))
        self._gates.refresh(self._form.kind())

    def _connect_signals(self) -> None:
        self._form.choices_changed.connect(self._timer.start)
        self._form.choices_changed.connect(self._on_choices_changed)
        self._timer.timeout.connect(self.propose)
        self._propose.clicked.connect(self.propose)
        self._preview.plan_changed.connect(lambda _plan: self._update_confirm())
        self._preview.busy_changed.connect(lambda _busy: self._update_confirm())
        self._gates.gates_changed.connect(self._update_confirm)
        self._gates.busy_changed.connect(lambda _busy: self._update_confirm())
        for lane in (self._planning, self._booking):
            lane.busy_changed.connect(lambda _busy: self._update_confirm())
        self._confirm.clicked.connect(self._on_confirm)
        self._cancel.clicked.connect(self.reject)

    def is_busy(self) -> bool:
        """Something read or written in a worker, or a re-plan waiting for its moment."""
        return (self._choosing.is_busy() or self._planning.is_busy() or self._booking.is_busy()
                or self._timer.isActive() or self._gates.is_busy() or self._preview.is_busy())

    def _choices_read(self, choices: PlannerChoices) -> None:
        self._form.set_choices(choices.course_length, choices.practitioners, choices.rooms)
        self._preview.set_choices(choices.practitioners, choices.rooms, choices.names)
        self._ready = True
        self._propose.setEnabled(True)
        if not self._timer.isActive():  # (a change made meanwhile plans on its own)
            self.propose()

    def _on_choices_changed(self) -> None:
        if self._gates.kind() != self._form.kind():
            self._gates.refresh(self._form.kind())
        self._update_confirm()

    def propose(self, *, keep_message: bool = False) -> None:
        """Plan the course afresh from the choices (in the planning lane; a newer plan replaces
        one not yet started)."""
        self._timer.stop()
        if not self._ready:
            return  # planned as soon as the choices are read
        if not keep_message:
            self._message.clear()
        self._planning.submit(plan_course, self._form.request(self._patient_id, now=self._now),
                              on_done=self._planned, on_error=self._not_planned)

    def _planned(self, plan) -> None:
        self._preview.set_plan(plan)
        self._update_confirm()

    def _not_planned(self, exc: BackCareError) -> None:
        self._preview.set_plan(None)
        self._message.setText(error_text(exc))
        self._update_confirm()

    def _update_confirm(self) -> None:
        """Confirm only a plan for the choices shown, checks passed, nothing under way."""
        gates = self._gates.gates()
        settled = not (self._planning.is_busy() or self._booking.is_busy()
                       or self._timer.isActive() or self._gates.is_busy()
                       or self._preview.is_busy())
        self._confirm.setEnabled(self._preview.plan() is not None and gates is not None
                                 and gates.ok and settled)

    def _on_confirm(self) -> None:
        """Book every session in the write lane as the signed-in staff member."""
        plan = self._preview.plan()
        if plan is None or self._booking.is_busy():
            return
        self._message.clear()
        self._booking.submit(functools.partial(book_course, self._patient_id, plan,
                                               self._session.staff_id, intake_id=self._intake_id),
                             on_done=self._booked, on_error=self._refused)
        self._update_confirm()

    def _booked(self, course_id: int) -> None:
        log.info("course %d booked", course_id)
        self.course_booked.emit(course_id)
        self.accept()

    def _refused(self, exc: BackCareError) -> None:
        if isinstance(exc, SessionConflictError):
            self.propose()
        elif not isinstance(exc, StorageError):
            self._gates.refresh(self._form.kind())
        self._message.setText(error_text(exc))
        self._update_confirm()

    # for tests and screenshots
    def form(self) -> PlannerForm:
        return self._form

    def preview(self) -> PlanPreview:
        return self._preview

    def gates_panel(self) -> GatesPanel:
        return self._gates

    def message(self) -> str:
        return self._message.text()

    def confirm_button(self) -> QPushButton:
        return self._confirm
