"""Match or create: who is the person who filled this intake?

Each likely match shows why it was found (same date of birth and a similar name, a twin, a
shared phone) and, field by field, what the intake says, what is on file, and whether they are
the same. When the right record is not offered, the search box inside the dialog finds it by
name, phone (or its last digits) or date of birth. Staff choose "Same person" (ticking which
differing details to take over: none is ticked in advance) or "New patient", which asks once more
while a likely duplicate is listed. Nothing is merged without that choice.

The dialog opens at once ("Reading…") and fills in when the intake and its candidates have been
read in a worker; the search runs in a worker too (a newer search replaces an older one), and the
choice is written in the dialog's write lane (ui/workers.py): the window never waits on the
database, and the choice buttons stay disabled until the answer is back.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake import matching
from intake.duplicates import Likelihood
from intake.errors import BackCareError
from intake.session import StaffSession
from ui.desk.messages import error_text, field_name
from ui.desk.patients.duplicate_warning import why_text
from ui.desk.patients.record_text import date_text, phone_text, style_error
from ui.widgets.feedback import OK, set_tone
from ui.widgets.screen_fit import fit_to_screen
from ui.workers import Lane

log = logging.getLogger(__name__)


def create_patient_from(intake_id: int, staff_id: int | None, seen: frozenset[int]) -> int:
    """"New patient" as `staff_id` (in the dialog's write lane): the new patient's id."""
    return matching.create_from_intake(intake_id, staff_id=staff_id, seen_duplicates=seen).id


def _shown(name: str, value) -> str:
    if name == "date_of_birth":
        return date_text(value)
    if name == "phone":
        return phone_text(value or "")
    return value or "—"


class CandidateBox(QFrame):
    """One possible match: a field-by-field comparison and its "Same person" button."""

    same_person_chosen = Signal(int, list)  # patient id, fields to take from the intake

    def __init__(self, intake: matching.IntakeIdentity, candidate: matching.Candidate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._candidate = candidate
        self._takes: dict[str, QCheckBox] = {}
        patient = candidate.patient
        grid = QGridLayout(self)
        title = QLabel(self.tr("{first} {last}, patient no. {id}").format(
            first=patient.first_name, last=patient.last_name, id=patient.id))
        title.setObjectName("candidateTitle")
        grid.addWidget(title, 0, 0, 1, 4)
        self._why = QLabel(why_text(candidate.likelihood, candidate.reasons))
        self._why.setWordWrap(True)
        if candidate.likelihood is not None:
            self._why.setProperty("likelihood", candidate.likelihood.value)
        self._why.setVisible(bool(self._why.text()))
        grid.addWidget(self._why, 1, 0, 1, 5)
        for col, text in enumerate((self.tr("Field"), self.tr("On this intake"),
                                    self.tr("On file"), "")):
            header = QLabel(text)
            header.setObjectName("columnHeader")
            grid.addWidget(header, 2, col)
        for row, name in enumerate(matching.COMPARED, start=3):
            mine, theirs = getattr(intake, name), getattr(patient, name)
            grid.addWidget(QLabel(field_name(name)), row, 0)
            grid.addWidget(QLabel(_shown(name, mine)), row, 1)
            grid.addWidget(QLabel(_shown(name, theirs)), row, 2)
            same = candidate.same.get(name)
            if same is None:
                verdict = QLabel(self.tr("not given"))
                verdict.setObjectName("notGiven")
            elif same and _shown(name, mine) != _shown(name, theirs):
                verdict = QLabel(self.tr("✓ same (written differently)"))
                set_tone(verdict, OK)
            elif same:
                verdict = QLabel(self.tr("✓ same"))
                set_tone(verdict, OK)
            else:
                verdict = QLabel(self.tr("≠ differs"))
                verdict.setObjectName("differs")
            verdict.setAccessibleName(f"{field_name(name)}: {verdict.text()}")
            grid.addWidget(verdict, row, 3)
            if same is False and name in matching.UPDATABLE_FIELDS and mine:
                take = QCheckBox(self.tr("Use the intake's"))
                take.setAccessibleName(self.tr("Update {field} from the intake").format(
                    field=field_name(name)))
                take.setChecked(False)  # the record on file is never overwritten unasked
                self._takes[name] = take
                grid.addWidget(take, row, 4)
        self._button = QPushButton(self.tr("Same person: add the intake to this patient"))
        self._button.setAccessibleName(self.tr("Same person as patient no. {id}").format(id=patient.id))
        grid.addWidget(self._button, len(matching.COMPARED) + 3, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(5, 1)
        self._button.clicked.connect(self._choose)

    @property
    def patient_id(self) -> int:
        return self._candidate.patient.id

    @property
    def candidate(self) -> matching.Candidate:
        return self._candidate

    def why(self) -> str:
        return self._why.text()

    def take_box(self, field: str) -> QCheckBox | None:
        return self._takes.get(field)

    def set_choosable(self, choosable: bool) -> None:
        """"Same person" offered or not (not while a choice is being written)."""
        self._button.setEnabled(choosable)

    def is_choosable(self) -> bool:
        return self._button.isEnabled()

    def choose(self) -> None:
        self._button.click()

    def _choose(self) -> None:
        fields = [name for name, box in self._takes.items() if box.isChecked()]
        self.same_person_chosen.emit(self.patient_id, fields)


class MatchDialog(QDialog):
    """Non-blocking (`open()`). `case_shown()` once the intake and its likely matches are on
    screen, `searched()` after each search's results; emits `patient_matched(patient_id)` after
    "Same person" or "New patient" was stored, then closes. `is_busy()` while a worker reads or
    writes for it."""

    patient_matched = Signal(int)
    case_shown = Signal()
    searched = Signal()

    def __init__(self, session: StaffSession, intake_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._intake_id = intake_id
        self.setWindowTitle(self.tr("Match or create patient"))
        fit_to_screen(self, 860, 640)
        self._intake: matching.IntakeIdentity | None = None  # until the case is read
        self._candidates: list[matching.Candidate] = []
        self._boxes: list[CandidateBox] = []
        self._found: list[CandidateBox] = []
        self._shown_ids: set[int] = set()
        self._confirming = False
        self._pending_search: str | None = None  # typed before the intake was read
        self._reading = Lane("match-case", self)
        self._searching = Lane("match-search", self)
        self._writing = Lane("match-choice", self, every_task=True)
        self._summary = QLabel(self.tr("Reading…"))
        self._summary.setWordWrap(True)
        self._summary.setObjectName("intakeSummary")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr(
            "Not listed? Search by name, phone (or its last 4 digits) or date of birth"))
        self._search.setAccessibleName(self.tr("Search for the patient's record"))
        self._search.setClearButtonEnabled(True)
        self._candidate_box = QVBoxLayout()
        self._found_title = QLabel()
        self._found_title.setObjectName("foundTitle")
        self._found_title.hide()
        self._found_box = QVBoxLayout()
        self._new = QPushButton(self.tr("New patient: create from the intake"))
        self._new.setAccessibleName(self.tr("New patient from this intake"))
        self._cancel = QPushButton(self.tr("Decide later"))
        self._cancel.setAccessibleName(self.tr("Decide later"))
        self._confirm = QLabel()
        self._confirm.setObjectName("duplicateTitle")
        self._confirm.setWordWrap(True)
        self._confirm.hide()
        self._saving = QLabel(self.tr("Saving…"))
        self._saving.setObjectName("hint")
        self._saving.hide()
        self._error = QLabel()
        style_error(self._error)
        self._build()
        self._connect_signals()
        self._show_busy()
        self._reading.submit(functools.partial(matching.match_case, intake_id,
                                               staff_id=session.staff_id),
                             on_done=self._show_case, on_error=self._show)

    def _hint_text(self) -> str:
        if not self._candidates:
            return self.tr("No patient on file shares this name, or a date of birth or phone "
                           "number with a similar name. Search below if you know otherwise.")
        return self.tr("Possible matches: check every line before choosing. Nothing is merged "
                       "until you choose.")

    def _build(self) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(self._candidate_box)
        column.addWidget(self._found_title)
        column.addLayout(self._found_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self._new)
        buttons.addStretch(1)
        buttons.addWidget(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self._hint)
        search_row = QHBoxLayout()
        caption = QLabel(self.tr("&Search for the record:"))
        caption.setBuddy(self._search)
        search_row.addWidget(caption)
        search_row.addWidget(self._search, 1)
        layout.addLayout(search_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._error)
        layout.addWidget(self._confirm)
        layout.addWidget(self._saving)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self._search.textChanged.connect(self.search)
        self._writing.busy_changed.connect(self._show_busy)
        self._new.clicked.connect(self._create)
        self._cancel.clicked.connect(self.reject)

    # ------------------------------------------------------------------ public

    def candidate_boxes(self) -> list[CandidateBox]:
        return list(self._boxes)

    def found_boxes(self) -> list[CandidateBox]:
        """The records found by the search box, each with its "Same person" button."""
        return list(self._found)

    def search_box(self) -> QLineEdit:
        return self._search

    def search(self, text: str) -> None:
        """Search for `text` in a worker; its records replace the found ones when it ends
        (`searched`). Typed before the intake was read, it runs once it is."""
        if self._intake is None:
            self._pending_search = text
            return
        if not text.strip():
            self._searching.cancel()
            self._show_found(text, [])
            return
        self._searching.submit(functools.partial(matching.search_candidates, self._intake_id,
                                                 text, staff_id=self._session.staff_id),
                               on_done=lambda found: self._show_found(text, found),
                               on_error=self._search_failed)

    def is_busy(self) -> bool:
        """The case or a search being read, or a choice being written."""
        return (self._reading.is_busy() or self._searching.is_busy()
                or self._writing.is_busy())

    def create_new(self) -> None:
        self._new.click()

    def confirm_text(self) -> str:
        return "" if self._confirm.isHidden() else self._confirm.text()

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    # ------------------------------------------------------------------ private

    def _show_case(self, case: matching.MatchCase) -> None:
        self._intake = intake = case.intake
        self._candidates = case.candidates
        self._boxes = [CandidateBox(intake, c) for c in self._candidates]
        self._shown_ids = {c.patient.id for c in self._candidates}
        for box in self._boxes:
            box.same_person_chosen.connect(self._attach)
            self._candidate_box.addWidget(box)
        self._summary.setText(self.tr("The intake says: {first} {last}, born {dob}, phone {phone}"
                                      ).format(first=intake.first_name, last=intake.last_name,
                                               dob=date_text(intake.date_of_birth),
                                               phone=phone_text(intake.phone)))
        self._hint.setText(self._hint_text())
        self._show_busy()
        self.case_shown.emit()
        pending, self._pending_search = self._pending_search, None
        if pending is not None:
            self.search(pending)

    def _show_found(self, text: str, candidates: list[matching.Candidate]) -> None:
        for box in self._found:
            box.hide()
            box.deleteLater()
        self._found = []
        if text.strip():
            listed = {box.patient_id for box in self._boxes}
            for candidate in candidates:
                if candidate.patient.id in listed:
                    continue
                box = CandidateBox(self._intake, candidate)
                box.same_person_chosen.connect(self._attach)
                self._found_box.addWidget(box)
                self._found.append(box)
                self._shown_ids.add(candidate.patient.id)
            self._found_title.setText(
                self.tr("Found by your search ({n}):").format(n=len(self._found)) if self._found
                else self.tr("Your search finds no other record."))
            self._found_title.show()
        else:
            self._found_title.hide()
        self._show_busy()
        self.searched.emit()

    def _search_failed(self, exc: BackCareError) -> None:
        self._show(exc)
        self.searched.emit()

    def _show_busy(self, _busy: bool = False) -> None:
        """The choices are offered once the intake is read, and not while one is written."""
        choosable = self._intake is not None and not self._writing.is_busy()
        self._new.setEnabled(choosable)
        for box in [*self._boxes, *self._found]:
            box.set_choosable(choosable)
        self._search.setEnabled(self._intake is not None)
        self._saving.setVisible(self._writing.is_busy())

    def _attach(self, patient_id: int, fields: list) -> None:
        if self._intake is None or self._writing.is_busy():
            return
        self._error.hide()
        self._writing.submit(functools.partial(matching.attach_to_patient, self._intake_id,
                                               patient_id, staff_id=self._session.staff_id,
                                               take_fields=list(fields)),
                             on_done=lambda _changed: self._matched(patient_id),
                             on_error=self._show)

    def _create(self) -> None:
        if self._intake is None or self._writing.is_busy():
            return
        likely = [c for c in self._candidates if c.likelihood is Likelihood.LIKELY]
        if likely and not self._confirming:
            self._confirming = True
            first = likely[0].patient
            self._confirm.setText(self.tr(
                "{first} {last} (patient no. {id}) is likely the same person. Choose \"Same "
                "person\" on that record, or create a new patient only if this is someone "
                "else.").format(first=first.first_name, last=first.last_name, id=first.id))
            self._confirm.show()
            self._new.setText(self.tr("Create a new patient anyway"))
            self._new.setAccessibleName(self.tr("Create a new patient anyway"))
            return
        self._error.hide()
        self._writing.submit(create_patient_from, self._intake_id, self._session.staff_id,
                             frozenset(self._shown_ids),
                             on_done=self._matched, on_error=self._show)

    def _matched(self, patient_id: int) -> None:
        self.patient_matched.emit(patient_id)
        self.accept()

    def _show(self, exc: BackCareError) -> None:
        log.info("match refused: %s %s", exc.field, exc.code)
        self._error.setText(error_text(exc))
        self._error.show()
