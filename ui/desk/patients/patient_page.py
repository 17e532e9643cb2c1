"""A patient's page: details (editable), safety flags from every intake, the intakes themselves,
courses and appointments, and panels other parts of the desk add (`add_panel`)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake import merge, patients
from intake.errors import BackCareError
from intake.session import StaffSession
from ui import dates
from ui.desk.messages import error_text
from ui.desk.patients.intake_view import FoldedIntake, IntakeView, flag_row
from ui.desk.patients.merge_dialog import MergeDialog, MergeHistory
from ui.desk.patients.patient_form import PatientForm
from ui.desk.patients.record_text import age_text, date_text, phone_text, style_error
from ui.desk.scheduling.texts import course_status_text, kind_text, status_text
from ui.workers import Lane

log = logging.getLogger(__name__)

PanelFactory = Callable[..., QWidget]
PanelReader = Callable[[int, "int | None"], object]  # (patient id, the signed-in staff id)


def _read_page(patient_id: int, staff_id: int | None,
               readers: list[PanelReader | None], with_merges: bool) -> tuple:
    """The page's data, each panel's and (for an admin) the merges into this record: read in a
    worker thread."""
    data = patients.get_patient_page(patient_id, staff_id=staff_id)
    merges = merge.merges_into(patient_id, by_staff_id=staff_id) if with_merges else []
    return data, [reader(patient_id, staff_id) if reader is not None else None
                  for reader in readers], merges


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class PatientPage(QWidget):
    """Shows one patient at a time (`load(patient_id)`, read in a worker; `loaded(patient_id)`
    once it is on screen). Every load writes a "patient_viewed" audit row with the signed-in
    staff member's id."""

    staff_intake_requested = Signal(object)  # patient id
    course_requested = Signal(int)  # patient id
    patient_changed = Signal(int)
    back_requested = Signal()
    loaded = Signal(int)
    load_failed = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientPage")
        self._session = session
        self._patient_id: int | None = None
        self._data: patients.PatientPageData | None = None
        self._factories: list[tuple[PanelFactory, PanelReader | None]] = []
        self._panel_data: list = []
        self._merges: list = []  # merge.MergeRecord rows into this record (admins see them)
        self._panels: list[QWidget] = []
        self._intake_widgets: list[QWidget] = []
        self._form: PatientForm | None = None
        self._back = QPushButton(self.tr("← Back to search"))
        self._back.setAccessibleName(self.tr("Back to the patient search"))
        self._name = QLabel()
        self._name.setObjectName("pageTitle")
        self._name.setProperty("heading", "patient")  # larger than a list's (desk.qss)
        self._name.setAccessibleName(self.tr("Patient name"))
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setAccessibleName(self.tr("Patient details"))
        self._edit = QPushButton(self.tr("Edit details…"))
        self._edit.setAccessibleName(self.tr("Edit the patient's details"))
        self._staff_intake = QPushButton(self.tr("Staff-entered intake…"))
        self._staff_intake.setAccessibleName(self.tr("Enter an intake for this patient"))
        self._course = QPushButton(self.tr("Book course…"))
        self._course.setAccessibleName(self.tr("Book a treatment course for this patient"))
        self._merge = QPushButton(self.tr("Merge with another record…"))
        self._merge.setAccessibleName(self.tr("Merge this record with another record of the same patient"))
        self._merge_dialog: MergeDialog | None = None
        self._merged_note = QLabel()
        self._merged_note.setObjectName("mergedNote")
        self._merged_note.setWordWrap(True)
        self._merged_note.hide()
        self._merge_box = QVBoxLayout()
        self._error = QLabel()
        style_error(self._error)
        self._loading = QLabel(self.tr("Loading…"))
        self._loading.setObjectName("hint")
        self._loading.setAccessibleName(self.tr("Loading the patient"))
        self._loading.hide()
        self._reading = Lane("patient-page", self)
        self._flags_box = QVBoxLayout()
        self._schedule_box = QVBoxLayout()
        self._panel_box = QVBoxLayout()
        self._intake_box = QVBoxLayout()
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self._back)
        header.addStretch(1)
        header.addWidget(self._edit)
        header.addWidget(self._staff_intake)
        header.addWidget(self._course)
        header.addWidget(self._merge)
        inner = self._inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self._name)
        column.addWidget(self._details)
        column.addWidget(self._merged_note)
        column.addLayout(self._merge_box)
        column.addLayout(self._flags_box)
        column.addLayout(self._schedule_box)
        column.addLayout(self._panel_box)
        column.addLayout(self._intake_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._loading)
        layout.addWidget(self._error)
        layout.addWidget(scroll, 1)

    def _connect_signals(self) -> None:
        self._reading.busy_changed.connect(self._loading.setVisible)
        self._back.clicked.connect(self.back_requested)
        self._edit.clicked.connect(self.edit_details)
        self._staff_intake.clicked.connect(lambda: self.staff_intake_requested.emit(self._patient_id))
        self._course.clicked.connect(lambda: self.course_requested.emit(self._patient_id))
        self._merge.clicked.connect(self.merge_records)

    # ------------------------------------------------------------------ public

    @property
    def patient_id(self) -> int | None:
        return self._patient_id

    def add_panel(self, widget_factory: PanelFactory, reader: PanelReader | None = None) -> None:
        """Add a section built by `widget_factory(patient_id)` for every patient shown (e.g. the
        scheduling helper's courses and appointments). It replaces the simple list of them.
        With a `reader`, `reader(patient_id)` runs in the page's worker and the section is built
        as `widget_factory(patient_id, what_it_read)`: no query in the GUI thread."""
        self._factories.append((widget_factory, reader))
        if self._patient_id is not None:
            _clear(self._schedule_box)
            self._add_panel(widget_factory, None)

    def load(self, patient_id: int) -> None:
        """Read this patient in a worker and show them (`loaded`); a message and `load_failed`
        when the record could not be read. What is on screen stays until then."""
        readers = [reader for _factory, reader in self._factories]
        self._reading.submit(_read_page, patient_id, self._session.staff_id, readers,
                             self._session.is_admin,
                             on_done=lambda answer: self._show(patient_id, *answer),
                             on_error=self._load_error)

    def is_loading(self) -> bool:
        return self._reading.is_busy()

    def _show(self, patient_id: int, data: patients.PatientPageData,
              panel_data: list | None = None, merges: list | None = None) -> None:
        self._error.hide()
        self._patient_id, self._data = patient_id, data
        self._panel_data = panel_data or []
        self._merges = merges or []
        self._fill(data)
        self.loaded.emit(patient_id)

    def _load_error(self, exc: BackCareError) -> None:
        self._show_error(exc)
        self.load_failed.emit()

    def reload(self) -> None:
        if self._patient_id is not None:
            self.load(self._patient_id)

    def edit_details(self) -> None:
        if self._patient_id is None:
            return
        self._form = PatientForm(self._session, self._patient_id, self)
        self._form.patient_saved.connect(self._saved)
        self._form.open()

    def edit_form(self) -> PatientForm | None:
        return self._form

    def merge_records(self) -> None:
        """The merge dialog (admins only; the domain refuses anyone else as well)."""
        if self._patient_id is None or not self._session.is_admin:
            return
        self._merge_dialog = MergeDialog(self._session, self._patient_id, self)
        self._merge_dialog.patients_merged.connect(self._merged)  # shows the record that stayed
        self._merge_dialog.open()

    def merge_dialog(self) -> MergeDialog | None:
        return self._merge_dialog

    def merge_history(self) -> MergeHistory | None:
        item = self._merge_box.itemAt(0) if self._merge_box.count() else None
        widget = item.widget() if item is not None else None
        return widget if isinstance(widget, MergeHistory) else None

    def merged_note(self) -> str:
        return "" if self._merged_note.isHidden() else self._merged_note.text()

    def intake_views(self) -> list[IntakeView]:
        """The intakes shown in full (the newest, and older ones opened with "Show")."""
        views = [w for w in self._intake_widgets if isinstance(w, IntakeView)]
        return views + [w.view() for w in self.folded_intakes() if w.view() is not None]

    def folded_intakes(self) -> list[FoldedIntake]:
        return [w for w in self._intake_widgets if isinstance(w, FoldedIntake)]

    def details_text(self) -> str:
        return f"{self._name.text()} — {self._details.text()}"

    # ------------------------------------------------------------------ private

    def _fill(self, data: patients.PatientPageData) -> None:
        # built while hidden: one layout and polish pass when shown, not one per widget added
        self._inner.hide()
        try:
            self._fill_content(data)
        finally:
            self._inner.show()

    def _fill_content(self, data: patients.PatientPageData) -> None:
        p = data.patient
        self._name.setText(f"{p.first_name} {p.last_name}")
        parts = [self.tr("born {dob} ({age})").format(dob=date_text(p.date_of_birth),
                                                      age=age_text(p.date_of_birth)),
                 self.tr("phone {phone}").format(phone=phone_text(p.phone))]
        if p.email:
            parts.append(self.tr("email {email}").format(email=p.email))
        parts.append(self.tr("patient no. {id}").format(id=p.id))
        self._details.setText(" · ".join(parts))
        self._fill_merges(p.id, p.merged_into_id)
        for box in (self._flags_box, self._schedule_box, self._panel_box, self._intake_box):
            _clear(box)
        self._panels = []
        if data.flags:
            title = QLabel(self.tr("Safety flags (answered yes on an intake)"))
            title.setObjectName("boxTitle")
            self._flags_box.addWidget(title)
            self._flags_box.addWidget(flag_row(data.flags))
        if self._factories:
            read = self._panel_data + [None] * (len(self._factories) - len(self._panel_data))
            for (factory, reader), prefetched in zip(self._factories, read, strict=True):
                self._add_panel(factory, prefetched if reader is not None else None)
        else:
            self._schedule_box.addWidget(self._schedule_summary(data))
        title = QLabel(self.tr("Intakes ({n})").format(n=len(data.intakes)))
        title.setObjectName("intakesTitle")
        self._intake_box.addWidget(title)
        if not data.intakes:
            self._intake_box.addWidget(QLabel(self.tr("No intake yet.")))
        self._intake_widgets = []
        for n, record in enumerate(data.intakes):  # the newest open, older ones folded
            widget = IntakeView(record) if n == 0 else FoldedIntake(record)
            self._intake_box.addWidget(widget)
            self._intake_widgets.append(widget)

    def _add_panel(self, factory: PanelFactory, prefetched: object | None) -> None:
        try:
            if prefetched is None:
                panel = factory(self._patient_id)
            else:
                panel = factory(self._patient_id, prefetched)
        except BackCareError as exc:
            self._show_error(exc)
            return
        self._panel_box.addWidget(panel)
        self._panels.append(panel)

    def _schedule_summary(self, data: patients.PatientPageData) -> QWidget:
        box = QFrame()
        box.setObjectName("card")
        column = QVBoxLayout(box)
        title = QLabel(self.tr("Courses and appointments"))
        title.setObjectName("scheduleTitle")
        column.addWidget(title)
        for course in data.courses:
            column.addWidget(QLabel(self.tr("{kind} course, {n} sessions, {status}").format(
                kind=kind_text(course.kind), n=course.sessions_planned,
                status=course_status_text(course.status))))
        for appointment in data.appointments[:20]:
            column.addWidget(QLabel(self.tr("{when} — {kind} ({status})").format(
                when=dates.date_time_text(appointment.starts_at), kind=kind_text(appointment.kind),
                status=status_text(appointment.status))))
        if not data.courses and not data.appointments:
            column.addWidget(QLabel(self.tr("No course or appointment yet.")))
        return box

    def _fill_merges(self, patient_id: int, merged_into: int | None) -> None:
        _clear(self._merge_box)
        self._merged_note.setVisible(merged_into is not None)
        if merged_into is not None:
            self._merged_note.setText(self.tr(
                "This record was merged into patient no. {id}. It is kept for the history and "
                "hidden from search; its intakes and appointments are on no. {id}.").format(
                    id=merged_into))
        admin = self._session.is_admin
        self._merge.setVisible(admin and merged_into is None)
        records = self._merges  # read with the page, in its worker
        if admin and records:
            history = MergeHistory(self._session, records)
            history.merge_reversed.connect(lambda _pid: self._merged(patient_id))
            self._merge_box.addWidget(history)

    def _merged(self, patient_id: int) -> None:
        self.load(patient_id)
        self.patient_changed.emit(patient_id)

    def _saved(self, patient_id: int) -> None:
        self.load(patient_id)
        self.patient_changed.emit(patient_id)

    def _show_error(self, exc: BackCareError) -> None:
        log.info("patient page: %s", exc.code)
        self._error.setText(error_text(exc))
        self._error.show()
