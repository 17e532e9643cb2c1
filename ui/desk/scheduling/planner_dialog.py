"""Plan and book a treatment course: choices, safety gates, preview, confirm (one transaction)."""

from __future__ import annotations

import datetime as dt
import logging

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
from intake import staff
from intake.errors import BackCareError
from intake.scheduling import (
    CannotFitError,
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
from ui.desk.scheduling.texts import blocked_text, gate_item_text
from ui.widgets.feedback import ERROR, set_tone
from ui.widgets.screen_fit import LAPTOP_WIDTH, fit_to_screen

log = logging.getLogger(__name__)
REPLAN_DELAY_MS = 300


class GatesPanel(QGroupBox):
    """The safety checks for the chosen course type; overrides are recorded here."""

    gates_changed = Signal()

    def __init__(self, patient_id: int, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Safety checks"), parent)
        self._patient_id = patient_id
        self._session = session
        self._gates = None
        self._grid = QGridLayout(self)
        self._error = QLabel()
        set_tone(self._error, ERROR)
        self._error.setWordWrap(True)

    def gates(self):
        return self._gates

    def refresh(self, kind: str) -> None:
        self._kind = kind
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self._error:
                item.widget().hide()
                item.widget().deleteLater()
        self._lines: list[QLabel] = []
        self._gates = course_gates(self._patient_id, kind, staff_id=self._session.staff_id)
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
        try:
            deciders = staff.practitioner_accounts(by_staff_id=self._session.staff_id)
        except BackCareError:
            deciders = []
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

    def _record(self, item: str, who: QComboBox, reason: QLineEdit, pin: QLineEdit) -> None:
        self._error.clear()
        if self._gates is None or self._gates.intake_id is None:
            return
        decider = who.currentData()
        countersign = None if decider == self._session.staff_id else (decider, pin.text())
        pin.clear()
        try:
            record_override(self._gates.intake_id, item, reason.text(), self._session.staff_id,
                            countersign=countersign)
        except BackCareError as exc:
            self._error.setText(error_text(exc))
            return
        self.refresh(self._kind)
        self.gates_changed.emit()

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
        self.setWindowTitle(self.tr("Plan a treatment course"))
        fit_to_screen(self, LAPTOP_WIDTH, 720)  # the whole laptop width: the preview's notes fit
        start = (now.date() if now else clinic_mod.today()) + dt.timedelta(days=1)
        self._form = PlannerForm(start=start, staff_id=session.staff_id)
        self._gates = GatesPanel(patient_id, session)
        self._propose = QPushButton(self.tr("Propose sessions"))
        self._propose.setAccessibleName(self.tr("Propose sessions"))
        self._preview = PlanPreview(staff_id=session.staff_id)
        self._message = QLabel()
        self._message.setWordWrap(True)
        set_tone(self._message, ERROR)
        self._confirm = QPushButton(self.tr("Confirm and book all sessions"))
        self._confirm.setAccessibleName(self.tr("Confirm and book all sessions"))
        self._confirm.setObjectName("bookCourse")
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPLAN_DELAY_MS)
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
        self._gates.refresh(self._form.kind())
        self.propose()

    def _connect_signals(self) -> None:
        self._form.choices_changed.connect(self._timer.start)
        self._form.choices_changed.connect(self._on_choices_changed)
        self._timer.timeout.connect(self.propose)
        self._propose.clicked.connect(self.propose)
        self._preview.plan_changed.connect(lambda _plan: self._update_confirm())
        self._gates.gates_changed.connect(self._update_confirm)
        self._confirm.clicked.connect(self._on_confirm)
        self._cancel.clicked.connect(self.reject)

    def _on_choices_changed(self) -> None:
        if self._gates.gates() is None or self._gates.gates().kind != self._form.kind():
            self._gates.refresh(self._form.kind())
            self._update_confirm()

    def propose(self, *, keep_message: bool = False) -> None:
        """Plan the course afresh from the choices."""
        self._timer.stop()
        if not keep_message:
            self._message.clear()
        try:
            plan = plan_course(self._form.request(self._patient_id, now=self._now))
        except CannotFitError as exc:
            self._preview.set_plan(None)
            self._message.setText(error_text(exc))
        except BackCareError as exc:
            self._preview.set_plan(None)
            self._message.setText(error_text(exc))
        else:
            self._preview.set_plan(plan)
        self._update_confirm()

    def _update_confirm(self) -> None:
        gates = self._gates.gates()
        self._confirm.setEnabled(self._preview.plan() is not None and gates is not None
                                 and gates.ok)

    def _on_confirm(self) -> None:
        plan = self._preview.plan()
        if plan is None:
            return
        try:
            course_id = book_course(self._patient_id, plan, self._session.staff_id,
                                    intake_id=self._intake_id)
        except SessionConflictError as exc:
            self.propose()
            self._message.setText(error_text(exc))
            return
        except BackCareError as exc:
            self._gates.refresh(self._form.kind())
            self._update_confirm()
            self._message.setText(error_text(exc))
            return
        log.info("course %d booked", course_id)
        self.course_booked.emit(course_id)
        self.accept()

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
