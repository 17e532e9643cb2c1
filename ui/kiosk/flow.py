"""The intake as a sequence of steps with Back / Next and a progress bar.

The welcome page and the information sheet stand before the steps (no Back, Next or step
count); the progress moves one step per Next, and through the safety screens in between.

Used full screen by the kiosk (mode "kiosk") and embedded by the desk (mode "desk": no welcome,
no information sheet, no urgent message; saved with source="desk" and the staff member's id).

The kiosk never saves directly: the intake goes into the kiosk's outbox on disk first and is
delivered from there (ui/kiosk/forwarder.py), so a database that does not answer loses nothing.
One idempotency key per patient links an urgent early save to its completion."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from intake.errors import NotAllowedError, StorageError, ValidationError
from intake.intakes import IntakeDraft
from intake.vocabulary import IntakeSource
from ui import dates
from ui.kiosk import language
from ui.kiosk.forwarder import IntakeForwarder
from ui.kiosk.language_choice import LanguageChoice
from ui.kiosk.messages import field_name
from ui.kiosk.pages import UrgentMessage
from ui.kiosk.scrolling import name_scrolling
from ui.kiosk.sending import IntakeSender
from ui.kiosk.step import Step
from ui.kiosk.style import stylesheet

log = logging.getLogger(__name__)

BUILD_REST_AFTER_MS = 300
PROGRESS_UNITS = 20  # bar units per step: the safety screens move it within their step  # the other pages are built once the first one is on screen


class IntakeFlow(QWidget):
    """Every answer lives in the step widgets and in `draft` until the final submit."""

    intake_submitted = Signal(int)
    intake_queued = Signal(str)  # key: kept on the kiosk, delivered when the database answers
    urgent_saved = Signal(int)
    stop_requested = Signal()  # the patient chose "Stop here" after the urgent message
    step_changed = Signal(str)  # the section shown
    larger_text_toggled = Signal(bool)
    language_changed = Signal(str)

    def __init__(self, *, mode: str = IntakeSource.kiosk, staff_id: int | None = None,
                 clinic_name: str | None = None, region: str | None = None,
                 today: Callable[[], dt.date] = dt.date.today, larger_text: bool = False,
                 forwarder: IntakeForwarder | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if mode not in tuple(IntakeSource):
            raise ValueError(mode)
        self.setObjectName("intakeFlow")
        self._mode = mode
        self._staff_id = staff_id
        self._region = region or _default_region()
        dates.set_region(self._region)  # dates as the clinic's country writes them
        self._draft = IntakeDraft(language=language.current())
        self._urgent_id: int | None = None
        self._urgent_item = ""  # the cauda equina sign the urgent message is about
        self._submitted_id: int | None = None
        self._return_to_review = False
        self._larger = larger_text
        self._sender = IntakeSender(forwarder, self._region, self)  # one key per patient
        self._urgent_message_due = False
        kiosk = mode == IntakeSource.kiosk
        self.setStyleSheet(stylesheet(larger_text))  # before the children: each is styled once

        self._factories = self._page_factories(kiosk, clinic_name, today)
        self._order = [key for key in self._factories
                       if key not in ("welcome", "info", "thanks", "failed", "queued")]
        self._built: dict[str, QWidget] = {}
        self._build_scheduled = False
        self._languages_checked = False
        self._kinetic_later: list[QScrollArea] = []
        self._holders: dict[str, QWidget] = {}  # what the stack holds for each page
        self._current = ""
        self._stack = QStackedWidget(self)
        # the page area takes what the header, keyboard and footer leave: never more (pages
        # scroll), so the window never grows past the screen
        self._stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        self._progress_text = QLabel(self)
        self._progress_text.setObjectName("progressText")
        self._progress = QProgressBar(self)
        self._progress.setTextVisible(False)
        self._progress.setRange(0, PROGRESS_UNITS * len(self._order))
        self._larger_button = QPushButton(self)
        self._larger_button.setObjectName("textSize")
        self._larger_button.setCheckable(True)
        self._larger_button.setChecked(larger_text)
        self._larger_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._language_button = QPushButton(self)  # every step: the patient's language
        self._language_button.setObjectName("languageSwitch")
        self._language_button.setMinimumHeight(48)
        # a tap takes no focus (the field typed in keeps it, the touch keyboard stays); Tab does
        self._language_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._language_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._language_button.setVisible(kiosk)
        self._missing = QLabel(self)
        self._missing.setObjectName("missing")
        self._missing.setWordWrap(True)
        self._missing.hide()
        self._missing_words: Callable[[], str] | None = None  # worded again at a switch
        self._back = QPushButton(self)
        self._back.setMinimumWidth(200)
        self._next = QPushButton(self)
        self._next.setObjectName("primary")
        self._next.setMinimumWidth(260)
        self._urgent = UrgentMessage(self)
        self._languages: LanguageChoice | None = None  # the overlay, made on first need

        header = QHBoxLayout()
        header.setContentsMargins(32, 12, 32, 0)
        header.setSpacing(20)
        header.addWidget(self._progress_text)
        header.addWidget(self._progress, 100)
        header.addStretch(1)  # keeps "Larger text" on the right when the progress is hidden
        header.addWidget(self._language_button)
        header.addWidget(self._larger_button)
        # the footer: a message row over Back and Next, which keep their place and size on
        # every step, with or without a message, at every text size
        self._nav = QWidget(self)
        self._nav.setObjectName("footer")
        footer = QVBoxLayout(self._nav)
        footer.setContentsMargins(32, 4, 32, 16)
        footer.setSpacing(4)
        footer.addWidget(self._missing)
        nav = QHBoxLayout()
        nav.setSpacing(16)
        nav.addWidget(self._back, 1)
        nav.addWidget(self._next, 1)
        footer.addLayout(nav)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self._stack, 1)
        self._keyboard = None  # the touch keyboard (kiosk only), made when a field first needs it
        layout.addWidget(self._nav)
        self._connect_signals()
        self.retranslate()
        self._show(next(iter(self._factories)))  # the welcome page (kiosk) or About (desk)

    def retranslate(self) -> None:
        """The header's and footer's words in the language installed (pages do their own)."""
        self._progress.setAccessibleName(self.tr("Progress"))
        self._larger_button.setText(self.tr("Larger text"))
        self._larger_button.setAccessibleName(self.tr("Larger text"))
        # the same words in every language: a patient who cannot read this one still finds it
        self._language_button.setText(LanguageChoice.TITLE)
        self._language_button.setAccessibleName(self.tr("Language: {name}").format(
            name=language.LANGUAGES[language.current()]))
        self._missing.setAccessibleName(self.tr("What is missing"))
        self._back.setText(self.tr("◀  Back"))
        self._back.setAccessibleName(self.tr("Back"))
        self._word_next()
        if self._current:
            self._show_progress()
        if self._missing_words is not None:
            self._missing.setText(self._missing_words())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_language(self, code: str) -> None:
        """The patient's language: every page changes its words, no answer is lost."""
        if language.install(code):
            self._draft.language = code
            QApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))  # now, not later
            self.language_changed.emit(code)

    def language_choice(self) -> LanguageChoice:
        """The language overlay; made on first use or with the other pages after the first
        frame (docs/performance.md)."""
        if self._languages is None:
            self._languages = LanguageChoice(self)
            self._languages.language_chosen.connect(self.set_language)
        return self._languages

    def language_button(self) -> QPushButton:
        return self._language_button

    def _word_next(self) -> None:
        if self._sender.sending():
            self._next.setText(self.tr("Sending…"))
        elif self._current == "review":
            self._next.setText(self.tr("Send my answers  ▶"))
            self._next.setAccessibleName(self.tr("Send my answers"))
        else:
            self._next.setText(self.tr("Next  ▶"))
            self._next.setAccessibleName(self.tr("Next"))

    def _say_missing(self, words: Callable[[], str]) -> None:
        self._missing_words = words
        self._missing.setText(words())
        self._missing.show()

    def _connect_signals(self) -> None:
        self._back.clicked.connect(self.go_back)
        self._next.clicked.connect(self.go_next)
        self._larger_button.toggled.connect(self.set_larger_text)
        self._language_button.clicked.connect(lambda: self.language_choice().open())
        self._urgent.continue_requested.connect(self._urgent.hide)
        self._urgent.stop_requested.connect(self._on_stop)
        self._sender.delivered.connect(self._on_delivered)
        self._sender.kept.connect(self._on_kept)
        self._sender.urgent_delivered.connect(self._on_urgent_delivered)
        self._sender.urgent_kept.connect(lambda: self._open_urgent_message(alerted=False))
        self._urgent.mistake_reported.connect(self._on_mistake)
        if self._mode == IntakeSource.kiosk:  # the desk has a real keyboard
            QApplication.instance().focusChanged.connect(self._on_focus_changed)

    # ------------------------------------------------------------------ pages, built on first use

    def _page_factories(self, kiosk: bool, clinic_name: str | None,
                        today: Callable[[], dt.date]) -> dict[str, Callable[[], QWidget]]:
        """Every page by key, in the order of the steps (then "thanks" and "failed"). A page is
        built the first time it is needed, so the first screen appears without waiting for
        the others; `build_remaining()` builds the rest while the patient reads it."""
        factories: dict[str, Callable[[], QWidget]] = {}
        if kiosk:
            factories["welcome"] = lambda: _page_class("welcome")(clinic_name or _clinic_name(), self)
            factories["info"] = lambda: _page_class("info")(self)
        factories["about"] = lambda: _page_class("about")(lambda: self._region, today, self)
        for key in ("where", "pain", "symptoms", "causes", "treatments", "safety", "consent",
                    "review", "failed"):
            factories[key] = lambda key=key: _page_class(key)(self)
        factories["thanks"] = lambda: _page_class("thanks")(desk=not kiosk, parent=self)
        if kiosk:
            factories["queued"] = lambda: _page_class("queued")(self)
        return factories

    def _page_for(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key]()
            self._built[key] = page
            if getattr(page, "scrolls_itself", False):
                self._holders[key] = page
            else:
                area = self._holders[key] = _scrollable(page)
                if key != "consent":  # a finger on the signature pad draws, it does not scroll
                    self._kinetic_later.append(area)
                    if self._build_scheduled:  # on screen already: no reason to wait
                        self._enable_kinetic()
            self._stack.addWidget(self._holders[key])
            name_scrolling(self._holders[key], page.title() if hasattr(page, "title") else "")
            self._wire(key, page)
        return page

    def _enable_kinetic(self) -> None:
        """Scrolling by finger (QScroller costs ~10 ms the first time: not before the first frame)."""
        from ui.widgets.kinetic import enable_kinetic_scrolling

        for area in self._kinetic_later:
            enable_kinetic_scrolling(area)
        self._kinetic_later = []

    def _wire(self, key: str, page: QWidget) -> None:
        if key == "welcome":
            page.start_requested.connect(lambda: self._show("about"))
            page.read_requested.connect(lambda: self._show("info"))
            page.language_chosen.connect(self.set_language)
        elif key == "info":
            page.continue_requested.connect(lambda: self._show("about"))
        elif key == "safety":
            page.urgent_answered.connect(self._on_urgent_answered)
            page.urgent_unticked.connect(self._on_urgent_withdrawn)
            page.screen_changed.connect(self._show_progress)
            page.finished.connect(self.go_next)
        elif key == "review":
            page.edit_requested.connect(self.edit_section)
        elif key == "failed":
            page.retry_requested.connect(self.submit)
            page.back_requested.connect(lambda: self._show("review"))

    def build_remaining(self, *, all_now: bool = False) -> None:
        """Builds the pages not built yet: one per pass of the event loop (so a touch is never
        kept waiting), or all at once."""
        self._enable_kinetic()
        if "welcome" in self._built and not self._languages_checked:
            self._languages_checked = True
            self._built["welcome"].hide_unusable_languages()
        missing = [key for key in self._factories if key not in self._built]
        if not missing or all_now:
            for key in missing:
                self._page_for(key)
            self.language_choice()  # last: the overlay a tap on "Language" opens
            return
        self._page_for(missing[0])
        if len(missing) > 1:
            QTimer.singleShot(0, self, self.build_remaining)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(BUILD_REST_AFTER_MS, self, self.build_remaining)

    def is_fully_built(self) -> bool:
        return len(self._built) == len(self._factories)


    # ------------------------------------------------------------------ public

    def draft(self) -> IntakeDraft:
        return self._draft

    def current_section(self) -> str:
        return self._current

    def has_started(self) -> bool:
        """Whether the patient went past the welcome page."""
        return self._current != "welcome"

    def urgent_intake_id(self) -> int | None:
        return self._urgent_id

    def submitted_intake_id(self) -> int | None:
        return self._submitted_id

    def urgent_pending(self) -> bool:
        """An urgent answer's early save is on its way; its message opens when it is known
        whether the desk has it (within ui.kiosk.sending.URGENT_WAIT_MS)."""
        return self._urgent_message_due

    def sending(self) -> bool:
        """The intake is queued and on its way (within ui.kiosk.sending.SUBMIT_WAIT_MS)."""
        return self._sender.sending()

    def intake_key(self) -> str:
        """The idempotency key of this patient's intake (the urgent early save shares it)."""
        return self._sender.key

    def forwarder(self) -> IntakeForwarder:
        """The kiosk's outbox and its delivery (the window's, or this flow's own)."""
        return self._sender.forwarder()

    def step(self, section: str) -> QWidget:
        """The page for `section` (tests and screenshots drive it); built if it was not yet."""
        return self._page_for(section)

    def show_section(self, section: str) -> None:
        """Shows a page directly, without checking the answers (screenshots, the desk)."""
        if section == "review":
            self._collect_all()
        self._show(section)

    def touch_keyboard(self):
        """The touch keyboard (None in desk mode or before any field had the focus)."""
        return self._keyboard

    def urgent_message(self) -> UrgentMessage:
        return self._urgent

    def go_back(self) -> None:
        key = self.current_section()
        if key not in self._order:
            return
        page = self._page_for(key)
        if hasattr(page, "previous_screen") and page.previous_screen():
            return
        index = self._order.index(key)
        if index > 0:
            previous = self._order[index - 1]
            self._show(previous)
            earlier = self._page_for(previous)
            if hasattr(earlier, "enter_from_end"):
                earlier.enter_from_end()

    def go_next(self) -> None:
        key = self.current_section()
        if key == "welcome":
            self._show("about")
            return
        if key == "review":
            self.submit()
            return
        page = self._page_for(key)
        if hasattr(page, "next_screen") and page.next_screen():
            self._missing.hide()
            return
        if not self._accept(key):
            return
        if self._return_to_review:
            self._show("review")
            return
        self._show_from_start(self._order[self._order.index(key) + 1])

    def edit_section(self, section: str) -> None:
        self._return_to_review = True
        self._show_from_start(section)

    def _show_from_start(self, key: str) -> None:
        page = self._page_for(key)
        if hasattr(page, "enter_from_start"):
            page.enter_from_start()
        self._show(key)

    def submit(self) -> None:
        """The desk saves the intake in one transaction (the thank-you page after the commit);
        the kiosk queues it on its disk and delivers it from there."""
        self._collect_all()
        if self._mode == IntakeSource.kiosk:
            self._queue_and_send()
            return
        try:
            dbmod.ensure_connected()
            intake_id = intakes.submit_intake(
                self._draft, source=self._mode, entered_by=self._staff_id,
                existing_id=self._urgent_id, region=self._region, key=self._sender.key)
        except (StorageError, NotAllowedError) as exc:  # the database, or an account disabled
            log.warning("intake not saved: %s", exc.code)
            self._show("failed")
            return
        except ValidationError as exc:
            self._jump_to_error(exc)
            return
        self._submitted_id = intake_id
        self._show("thanks")
        self.intake_submitted.emit(intake_id)

    def _queue_and_send(self) -> None:
        if self._sender.sending():
            return
        try:
            intakes.check_all(self._draft, self._region)
        except ValidationError as exc:
            self._jump_to_error(exc)
            return
        if not self._sender.send(self._draft):  # the kiosk's own disk: the answers stay
            self._show("failed")
            return
        self._next.setEnabled(False)
        self._back.setEnabled(False)
        self._stack.setEnabled(False)  # no editing of what is already on its way
        self._word_next()

    def _on_delivered(self, intake_id: int) -> None:
        self._submitted_id = intake_id
        if self._current == "review":  # still "Sending…": the desk has it
            self._show("thanks")
        self.intake_submitted.emit(intake_id)

    def _on_kept(self) -> None:
        """Kept on the kiosk: the patient is thanked and asked to tell reception."""
        self._show("queued")
        self.intake_queued.emit(self._sender.key)

    def _on_urgent_delivered(self, intake_id: int) -> None:
        self._urgent_id = intake_id
        self._urgent.set_alerted(True)  # the message, open or still due, says the desk knows
        if self._urgent_message_due:
            self._open_urgent_message(alerted=True)
        self.urgent_saved.emit(intake_id)

    def _open_urgent_message(self, *, alerted: bool) -> None:
        if not self._urgent_message_due:
            return
        self._urgent_message_due = False
        self._urgent.set_alerted(alerted)
        self._urgent.open()

    def set_larger_text(self, larger: bool) -> None:
        self._larger = larger
        if self._larger_button.isChecked() != larger:
            self._larger_button.setChecked(larger)
        self.setStyleSheet(stylesheet(larger))
        self.larger_text_toggled.emit(larger)

    # ------------------------------------------------------------------ internals

    def _show(self, key: str) -> None:
        page = self._page_for(key)
        if key == "review":
            self._collect_all()
            page.show_draft(self._draft)
            self._return_to_review = False
        self._missing.hide()
        self._missing_words = None
        self._stack.setEnabled(True)
        self._current = key
        self._language_button.setVisible(self._mode == IntakeSource.kiosk and key != "welcome")
        holder = self._holders[key]
        if isinstance(holder, QScrollArea):  # a page opens at its title
            holder.verticalScrollBar().setValue(0)
        self._stack.setCurrentWidget(holder)
        in_steps = key in self._order
        self._nav.setVisible(in_steps)
        self._progress.setVisible(in_steps)
        self._progress_text.setVisible(in_steps)
        if in_steps:
            index = self._order.index(key)
            self._back.setEnabled(index > 0)
            self._next.setEnabled(True)
            self._show_progress()
            self._word_next()
        if hasattr(page, "entered"):
            page.entered()
        self.step_changed.emit(self.current_section())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The touch keyboard shows under the page while a text field of the flow has the
        focus; the field is scrolled into view above it."""
        if not shiboken6.isValid(self):
            return
        if isinstance(new, QLineEdit) and self.isAncestorOf(new) and not new.isReadOnly():
            if self._keyboard is None:
                from ui.widgets.touch_keyboard import TouchKeyboard

                self._keyboard = TouchKeyboard(self)
                self.layout().insertWidget(self.layout().indexOf(self._nav), self._keyboard)
            self._keyboard.attach(new)
            self._keyboard.show()
            QTimer.singleShot(0, self, lambda: self._keep_in_view(new))
        elif self._keyboard is not None and new is not None and self.isAncestorOf(new):
            self._keyboard.hide()

    def _keep_in_view(self, field: QWidget) -> None:
        holder = self._holders.get(self._current)
        if isinstance(holder, QScrollArea) and shiboken6.isValid(field) and holder.isAncestorOf(field):
            holder.ensureWidgetVisible(field, 24, 24)

    def _show_progress(self) -> None:
        """Step n of N; the bar also moves through the safety screens, never backwards on Next."""
        key = self._current
        if key not in self._order:
            return
        page = self._page_for(key)
        index, total = self._order.index(key), len(self._order)
        within = page.progress() if hasattr(page, "progress") else 0.0
        # QProgressBar repaints at once on a big change: the bar waits for the frame instead
        self._progress.setUpdatesEnabled(False)
        self._progress.setValue(round(PROGRESS_UNITS * (index + within)) + PROGRESS_UNITS // 2)
        self._progress.setUpdatesEnabled(True)
        self._progress_text.setText(self.tr("Step {n} of {total}").format(n=index + 1, total=total))
        self._progress.setAccessibleDescription(self.tr("Step {n} of {total}: {title}").format(
            n=index + 1, total=total, title=page.title()))
        if key == "safety":
            self._back.setEnabled(True)

    def _accept(self, key: str) -> bool:
        page = self._page_for(key)
        if not isinstance(page, Step):
            return True
        errors = page.collect(self._draft)
        page.show_errors(errors)
        if not errors:
            self._missing.hide()
            return True
        fields = [error.field for error in errors]
        if key == "safety":
            self._say_missing(lambda: self.tr("Please answer every group of questions."))
        else:
            self._say_missing(lambda: self.tr("Please look at the messages in red: {list}.").format(
                list=", ".join(dict.fromkeys(field_name(f) for f in fields))))
        target = page.first_error_widget(errors)
        if target is not None:
            target.setFocus()
            holder = self._holders.get(key)
            if isinstance(holder, QScrollArea):  # the field with the message comes into view
                holder.widget().layout().activate()
                holder.ensureWidgetVisible(target, 24, 96)
        return False

    def _collect_all(self) -> None:
        for key in self._order:
            page = self._page_for(key)
            if isinstance(page, Step):
                page.collect(self._draft)

    def _jump_to_error(self, error: ValidationError) -> None:
        for key in self._order:
            page = self._page_for(key)
            if isinstance(page, Step) and key != "review":
                errors = page.collect(self._draft)
                if errors:
                    self._return_to_review = True
                    self._show(key)
                    self._accept(key)
                    return
        log.warning("intake refused: %s on %s", error.code, error.field)
        self._show("failed")

    def _on_urgent_answered(self, item: str = "") -> None:
        if self._mode != IntakeSource.kiosk:
            return
        self._urgent_item = item
        for key in ("about", "where", "pain", "symptoms", "causes", "treatments", "safety"):
            self._page_for(key).collect(self._draft)
        self._urgent_message_due = True  # it opens when the desk has it, or after a short wait
        if not self._sender.send_urgent(self._draft):
            self._open_urgent_message(alerted=False)

    def _on_mistake(self) -> None:
        """"I tapped by mistake": the answer is cleared (the safety step says it again)."""
        self._urgent.hide()
        if self._urgent_item:
            self._page_for("safety").untick(self._urgent_item)  # -> _on_urgent_withdrawn

    def _on_urgent_withdrawn(self, item: str) -> None:
        """An urgent tick was taken back: the desk, if it was alerted, is told (it still checks)."""
        self._urgent_item = ""
        self._draft.safety = self._page_for("safety").answers()
        if self._mode != IntakeSource.kiosk:
            return
        try:
            kiosk_id = None
            if self._urgent_id is not None:
                dbmod.ensure_connected()
                kiosk_id = self._kiosk_identity()
            intakes.withdraw_urgent_answer(self._draft, item, intake_id=self._urgent_id,
                                           entered_by=kiosk_id)
        except (StorageError, NotAllowedError) as exc:
            log.warning("urgent withdrawal not saved: storage %s", exc.code)
            self._say_missing(lambda: self.tr("Please tell reception that this answer was a "
                                              "mistake."))
            return
        if self._urgent_id is not None:
            self._say_missing(lambda: self.tr("We have told reception that this answer was a "
                                              "mistake. A member of staff may still check with "
                                              "you."))
        else:
            self._say_missing(lambda: self.tr("Your answer is cleared. Please answer this group "
                                              "again."))

    def _kiosk_identity(self) -> int:
        """This kiosk's device identity (intake.staff.kiosk_identity of its outbox's id)."""
        from intake import kiosks, staff

        return staff.kiosk_identity(self.forwarder().outbox().kiosk_id(), kiosks.kiosk_name())

    def _on_stop(self) -> None:
        self._urgent.hide()
        self.stop_requested.emit()


_PAGE_CLASSES = {
    "welcome": ("ui.kiosk.welcome", "WelcomeStep"),
    "info": ("ui.kiosk.info", "InfoStep"),
    "about": ("ui.kiosk.about", "AboutStep"),
    "where": ("ui.kiosk.pain", "PainWhereStep"),
    "pain": ("ui.kiosk.pain", "PainHowStep"),
    "symptoms": ("ui.kiosk.checklist_steps", "SymptomsStep"),
    "causes": ("ui.kiosk.checklist_steps", "CausesStep"),
    "treatments": ("ui.kiosk.checklist_steps", "TreatmentsStep"),
    "safety": ("ui.kiosk.safety", "SafetyStep"),
    "consent": ("ui.kiosk.consent", "ConsentStep"),
    "review": ("ui.kiosk.review", "ReviewStep"),
    "thanks": ("ui.kiosk.pages", "ThankYouPage"),
    "failed": ("ui.kiosk.pages", "SaveFailedPage"),
    "queued": ("ui.kiosk.pages", "QueuedThankYouPage"),
}


def _page_class(key: str) -> type[QWidget]:
    """The class of page `key`, its module imported on first use (start-up stays short)."""
    module, name = _PAGE_CLASSES[key]
    return getattr(importlib.import_module(module), name)


def _scrollable(page: QWidget) -> QScrollArea:
    """A page that scrolls only when it must (larger text on a small screen)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def _clinic_name() -> str:
    from intake.clinic import get_clinic

    clinic = get_clinic()
    return clinic.name if clinic is not None else ""


def _default_region() -> str:
    from intake.clinic import default_region

    return default_region()
