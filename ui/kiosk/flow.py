"""The intake as a sequence of steps with Back / Next and a progress bar.

Used full screen by the kiosk (mode "kiosk") and embedded by the desk (mode "desk": no welcome,
no information sheet, no urgent message; saved with source="desk" and the staff member's id)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake import db as dbmod
from intake import intakes
from intake.errors import StorageError, ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk.about import AboutStep
from ui.kiosk.checklist_steps import CausesStep, SymptomsStep, TreatmentsStep
from ui.kiosk.consent import ConsentStep
from ui.kiosk.info import InfoStep
from ui.kiosk.messages import field_name
from ui.kiosk.pages import SaveFailedPage, ThankYouPage, UrgentMessage
from ui.kiosk.pain import PainHowStep, PainWhereStep
from ui.kiosk.review import ReviewStep
from ui.kiosk.safety import SafetyStep
from ui.kiosk.step import Step
from ui.kiosk.style import stylesheet
from ui.kiosk.welcome import WelcomeStep
from ui.widgets.emit import emit
from ui.widgets.kinetic import enable_kinetic_scrolling

log = logging.getLogger(__name__)


class IntakeFlow(QWidget):
    """Every answer lives in the step widgets and in `draft` until the final submit."""

    intake_submitted = Signal(int)
    urgent_saved = Signal(int)
    stop_requested = Signal()  # the patient chose "Stop here" after the urgent message
    step_changed = Signal(str)  # the section shown
    larger_text_toggled = Signal(bool)

    def __init__(self, *, mode: str = "kiosk", staff_id: int | None = None,
                 clinic_name: str | None = None, region: str | None = None,
                 today: Callable[[], dt.date] = dt.date.today, larger_text: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        if mode not in ("kiosk", "desk"):
            raise ValueError(mode)
        self.setObjectName("intakeFlow")
        self._mode = mode
        self._staff_id = staff_id
        self._region = region or _default_region()
        self._draft = IntakeDraft()
        self._urgent_id: int | None = None
        self._submitted_id: int | None = None
        self._return_to_review = False
        self._larger = larger_text
        kiosk = mode == "kiosk"

        self._welcome = WelcomeStep(clinic_name or _clinic_name(), self) if kiosk else None
        self._info = InfoStep(self) if kiosk else None
        self._about = AboutStep(lambda: self._region, today, self)
        self._where = PainWhereStep(self)
        self._pain = PainHowStep(self)
        self._symptoms = SymptomsStep(self)
        self._causes = CausesStep(self)
        self._treatments = TreatmentsStep(self)
        self._safety = SafetyStep(self)
        self._consent = ConsentStep(self)
        self._review = ReviewStep(self)
        self._thanks = ThankYouPage(desk=not kiosk, parent=self)
        self._failed = SaveFailedPage(self)
        self._steps: list[QWidget] = [w for w in (
            self._welcome, self._info, self._about, self._where, self._pain, self._symptoms,
            self._causes, self._treatments, self._safety, self._consent, self._review) if w]
        self._stack = QStackedWidget(self)
        for page in (*self._steps, self._thanks, self._failed):
            self._stack.addWidget(page if getattr(page, "scrolls_itself", False)
                                  else _scrollable(page, kinetic=page is not self._consent))

        self._progress_text = QLabel(self)
        self._progress_text.setObjectName("progressText")
        self._progress = QProgressBar(self)
        self._progress.setTextVisible(False)
        self._progress.setRange(0, len(self._steps))
        self._progress.setAccessibleName(self.tr("Progress"))
        self._larger_button = QPushButton(self.tr("Larger text"), self)
        self._larger_button.setObjectName("textSize")
        self._larger_button.setCheckable(True)
        self._larger_button.setChecked(larger_text)
        self._larger_button.setAccessibleName(self.tr("Larger text"))
        self._larger_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._missing = QLabel(self)
        self._missing.setObjectName("missing")
        self._missing.setWordWrap(True)
        self._missing.setAccessibleName(self.tr("What is missing"))
        self._missing.hide()
        self._back = QPushButton(self.tr("◀  Back"), self)
        self._back.setAccessibleName(self.tr("Back"))
        self._back.setMinimumWidth(200)
        self._next = QPushButton(self.tr("Next  ▶"), self)
        self._next.setObjectName("primary")
        self._next.setAccessibleName(self.tr("Next"))
        self._next.setMinimumWidth(260)
        self._urgent = UrgentMessage(self)

        header = QHBoxLayout()
        header.setContentsMargins(32, 12, 32, 0)
        header.setSpacing(20)
        header.addWidget(self._progress_text)
        header.addWidget(self._progress, 100)
        header.addStretch(1)  # keeps "Larger text" on the right when the progress is hidden
        header.addWidget(self._larger_button)
        self._nav = QWidget(self)
        nav = QHBoxLayout(self._nav)
        nav.setContentsMargins(32, 4, 32, 16)
        nav.addWidget(self._back)
        nav.addWidget(self._missing, 1)
        nav.addWidget(self._next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._nav)
        self._connect_signals()
        self.setStyleSheet(stylesheet(larger_text))
        self._show(self._steps[0])

    def _connect_signals(self) -> None:
        self._back.clicked.connect(self.go_back)
        self._next.clicked.connect(self.go_next)
        self._larger_button.toggled.connect(self.set_larger_text)
        if self._welcome is not None:
            self._welcome.start_requested.connect(lambda: self._show(self._about))
            self._welcome.read_requested.connect(lambda: self._show(self._info))
        if self._info is not None:
            self._info.continue_requested.connect(lambda: self._show(self._about))
        self._safety.urgent_answered.connect(self._on_urgent_answered)
        self._review.edit_requested.connect(self.edit_section)
        self._failed.retry_requested.connect(self.submit)
        self._failed.back_requested.connect(lambda: self._show(self._review))
        self._urgent.continue_requested.connect(self._urgent.hide)
        self._urgent.stop_requested.connect(self._on_stop)

    # ------------------------------------------------------------------ public

    def draft(self) -> IntakeDraft:
        return self._draft

    def current_section(self) -> str:
        page = self._page()
        if page is self._thanks:
            return "thanks"
        if page is self._failed:
            return "failed"
        if page is self._welcome:
            return "welcome"
        return page.section

    def has_started(self) -> bool:
        """Whether the patient went past the welcome page."""
        return self._page() is not self._welcome

    def urgent_intake_id(self) -> int | None:
        return self._urgent_id

    def submitted_intake_id(self) -> int | None:
        return self._submitted_id

    def step(self, section: str) -> QWidget:
        """The page for `section` (tests and screenshots drive it)."""
        pages = {"welcome": self._welcome, "thanks": self._thanks, "failed": self._failed}
        if section in pages:
            return pages[section]
        return next(s for s in self._steps if getattr(s, "section", "") == section)

    def show_section(self, section: str) -> None:
        """Shows a page directly, without checking the answers (screenshots, the desk)."""
        if section == "review":
            self._collect_all()
        self._show(self.step(section))

    def urgent_message(self) -> UrgentMessage:
        return self._urgent

    def go_back(self) -> None:
        index = self._steps.index(self._page())
        if index > 0:
            self._show(self._steps[index - 1])

    def go_next(self) -> None:
        page = self._page()
        if page is self._welcome:
            self._show(self._about)
            return
        if page is self._review:
            self.submit()
            return
        if not self._accept(page):
            return
        if self._return_to_review:
            self._show(self._review)
            return
        self._show(self._steps[self._steps.index(page) + 1])

    def edit_section(self, section: str) -> None:
        self._return_to_review = True
        self._show(self.step(section))

    def submit(self) -> None:
        """Saves the intake in one transaction; the thank-you page only after the commit."""
        self._collect_all()
        try:
            dbmod.ensure_connected()
            intake_id = intakes.submit_intake(
                self._draft, source=self._mode, entered_by=self._staff_id,
                existing_id=self._urgent_id, region=self._region)
        except StorageError as exc:
            log.warning("intake not saved: storage %s", exc.code)
            self._show(self._failed)
            return
        except ValidationError as exc:
            self._jump_to_error(exc)
            return
        self._submitted_id = intake_id
        self._show(self._thanks)
        emit(self.intake_submitted, intake_id)

    def set_larger_text(self, larger: bool) -> None:
        self._larger = larger
        if self._larger_button.isChecked() != larger:
            self._larger_button.setChecked(larger)
        self.setStyleSheet(stylesheet(larger))
        emit(self.larger_text_toggled, larger)

    # ------------------------------------------------------------------ internals

    def _page(self) -> QWidget:
        current = self._stack.currentWidget()
        return current.widget() if isinstance(current, QScrollArea) else current

    @staticmethod
    def _holder(page: QWidget) -> QWidget:
        if getattr(page, "scrolls_itself", False):
            return page
        return page.parentWidget().parentWidget()  # viewport, then the scroll area

    def _show(self, page: QWidget) -> None:
        if page is self._review:
            self._collect_all()
            self._review.show_draft(self._draft)
            self._return_to_review = False
        self._missing.hide()
        self._stack.setCurrentWidget(self._holder(page))
        in_steps = page in self._steps
        self._nav.setVisible(in_steps)
        self._progress.setVisible(in_steps)
        self._progress_text.setVisible(in_steps)
        if in_steps:
            index = self._steps.index(page)
            self._back.setEnabled(index > 0)
            self._progress.setValue(index + 1)
            self._progress_text.setText(self.tr("Step {n} of {total}").format(
                n=index + 1, total=len(self._steps)))
            self._progress.setAccessibleDescription(self.tr("Step {n} of {total}: {title}").format(
                n=index + 1, total=len(self._steps), title=page.title()))
            self._next.setText(self.tr("Send my answers  ▶") if page is self._review
                               else self.tr("Next  ▶"))
            self._next.setAccessibleName(self.tr("Send my answers") if page is self._review
                                         else self.tr("Next"))
        if hasattr(page, "entered"):
            page.entered()
        emit(self.step_changed, self.current_section())

    def _accept(self, page: QWidget) -> bool:
        if not isinstance(page, Step):
            return True
        errors = page.collect(self._draft)
        page.show_errors(errors)
        if not errors:
            self._missing.hide()
            return True
        names = []
        for error in errors:
            name = field_name(error.field)
            if name not in names:
                names.append(name)
        if page is self._safety:
            text = self.tr("Please answer every question: {n} still need Yes or No.").format(
                n=len(errors))
        else:
            text = self.tr("Please look at the messages in red: {list}.").format(list=", ".join(names))
        self._missing.setText(text)
        self._missing.show()
        target = page.first_error_widget(errors)
        if target is not None:
            target.setFocus()
        return False

    def _collect_all(self) -> None:
        for page in self._steps:
            if isinstance(page, Step):
                page.collect(self._draft)

    def _jump_to_error(self, error: ValidationError) -> None:
        for page in self._steps:
            if isinstance(page, Step) and page is not self._review:
                errors = page.collect(self._draft)
                if errors:
                    self._return_to_review = True
                    self._show(page)
                    self._accept(page)
                    return
        log.warning("intake refused: %s on %s", error.code, error.field)
        self._show(self._failed)

    def _on_urgent_answered(self) -> None:
        if self._mode != "kiosk":
            return
        for page in (self._about, self._where, self._pain, self._symptoms, self._causes,
                     self._treatments, self._safety):
            page.collect(self._draft)
        alerted = True
        try:
            dbmod.ensure_connected()
            self._urgent_id = intakes.save_urgent_early(self._draft, existing_id=self._urgent_id)
        except StorageError as exc:
            log.warning("urgent intake not saved early: storage %s", exc.code)
            alerted = False
        self._urgent.set_alerted(alerted)
        self._urgent.open()
        if alerted:
            emit(self.urgent_saved, self._urgent_id)

    def _on_stop(self) -> None:
        self._urgent.hide()
        emit(self.stop_requested)


def _scrollable(page: QWidget, kinetic: bool) -> QScrollArea:
    """A page that scrolls only when it must (larger text on a small screen); by finger too,
    except where a finger draws (the signature)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    if kinetic:
        enable_kinetic_scrolling(area)
    return area


def _clinic_name() -> str:
    from intake.clinic import get_clinic

    clinic = get_clinic()
    return clinic.name if clinic is not None else ""


def _default_region() -> str:
    from intake.clinic import default_region

    return default_region()
