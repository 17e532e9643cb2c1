"""Book the free consultation: the soonest free slots as big buttons; one click books.

One free consultation per episode (since the patient's latest intake): when the episode already
has one, the dialog says when, and books a second only once staff tick "book a second one" and
write why (the domain refuses it otherwise: NotAllowedError "second_consultation"). An urgent
alert nobody acknowledged yet stops the booking (the domain's "urgent_unacknowledged").

The free times are looked up in the dialog's reading lane and the booking written in its write
lane (ui/workers.py): the window never waits on the database; the time buttons stay disabled
while a booking is written (one click books once). A dialog closed meanwhile drops the answer
(the booking, when made, stands)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import clinic as clinic_mod
from intake.errors import BackCareError, ConflictError, StorageError
from intake.scheduling import Slot, book_consultation, soonest_consultation_slots
from intake.scheduling.booking import MAX_REASON, episode_consultation
from intake.session import StaffSession
from intake.vocabulary import Refusal
from ui.desk.messages import Occasion, error_text, occasion_text
from ui.desk.scheduling.texts import Names, day_text, status_text, time_text, when_text
from ui.widgets.feedback import ERROR, set_tone
from ui.workers import Lane

log = logging.getLogger(__name__)
SLOT_COUNT = 6


@dataclass(frozen=True)
class Offer:
    """The soonest free times and the names to show them with; when asked for, the
    consultation this episode already holds (or why it could not be read)."""

    slots: list[Slot]
    names: Names
    existing: object | None = None
    existing_refused: BackCareError | None = None
    slots_refused: BackCareError | None = None


def read_offer(patient_id: int, staff_id: int | None, after: dt.datetime,
               with_episode: bool) -> Offer:
    """What the dialog shows, read as `staff_id` (runs in a worker thread)."""
    existing = existing_refused = slots_refused = None
    if with_episode:
        try:
            existing = episode_consultation(patient_id, staff_id=staff_id)
        except BackCareError as exc:
            existing_refused = exc
    try:
        slots = soonest_consultation_slots(after, limit=SLOT_COUNT)
    except BackCareError as exc:
        slots, slots_refused = [], exc
    return Offer(slots, Names(staff_id), existing, existing_refused, slots_refused)


class ConsultationDialog(QDialog):
    """Non-blocking: show() it and listen to `consultation_booked(appointment_id)`.
    With an intake, booking also marks the arrival as booked."""

    consultation_booked = Signal(int)

    def __init__(self, patient_id: int, session: StaffSession, *, intake_id: int | None = None,
                 patient_name: str = "", now: dt.datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patient_id = patient_id
        self._intake_id = intake_id
        self._session = session
        self._now = now
        self.setWindowTitle(self.tr("Book the free consultation"))
        self.setMinimumWidth(520)
        self._title = QLabel(self.tr("Free consultation for {0}").format(patient_name)
                             if patient_name else self.tr("Free consultation"))
        self._title.setObjectName("dialogTitle")
        self._hint = QLabel(self.tr("The soonest free times. One click books."))
        self._from = QDateEdit()
        self._from.setCalendarPopup(True)
        self._from.setDisplayFormat("ddd d MMM yyyy")
        self._from.setAccessibleName(self.tr("Search from day"))
        self._message = QLabel()
        self._message.setWordWrap(True)
        set_tone(self._message, ERROR)
        self._slot_box = QVBoxLayout()
        self._second_box = QFrame()
        self._second_box.setObjectName("card")
        self._second_note = QLabel()
        self._second_note.setWordWrap(True)
        self._second_note.setAccessibleName(self.tr("Consultation already booked"))
        self._second_confirm = QCheckBox(self.tr("Book a second free consultation all the same"))
        self._second_confirm.setAccessibleName(self.tr("Confirm a second free consultation"))
        self._second_reason = QLineEdit()
        self._second_reason.setMaxLength(MAX_REASON)
        self._second_reason.setPlaceholderText(self.tr("Why a second one is needed (required)"))
        self._second_reason.setAccessibleName(self.tr("Reason for a second consultation"))
        second = QVBoxLayout(self._second_box)
        second.addWidget(self._second_note)
        second.addWidget(self._second_confirm)
        second.addWidget(self._second_reason)
        self._second_box.hide()
        self._close = QPushButton(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close"))
        self._buttons: list[QPushButton] = []
        self._slots: list[Slot] = []
        self._reading = Lane("consultation-slots", self)
        self._writing = Lane("consultation-booking", self, every_task=True)
        top = QHBoxLayout()
        top.addWidget(self._hint, 1)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self._from)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._second_box)
        layout.addLayout(top)
        layout.addLayout(self._slot_box)
        layout.addWidget(self._message)
        layout.addStretch(1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignRight)
        start = self._start()
        self._from.setDate(QDate(start.date()))
        self._from.setMinimumDate(QDate(start.date()))
        self._connect_signals()
        self._read(with_episode=True)

    def _connect_signals(self) -> None:
        self._from.dateChanged.connect(lambda _date: self.refresh())
        self._close.clicked.connect(self.reject)
        self._second_confirm.toggled.connect(lambda _on: self._update_slots_enabled())
        self._second_reason.textChanged.connect(lambda _text: self._update_slots_enabled())
        self._writing.busy_changed.connect(lambda _busy: self._update_slots_enabled())

    def is_busy(self) -> bool:
        """The free times being looked up, or a booking being written."""
        return self._reading.is_busy() or self._writing.is_busy()

    def _show_episode(self, existing) -> None:
        if existing is not None:
            self._show_second(self.tr(
                "This episode already has its free consultation: {when} with {practitioner} "
                "({status}). One free consultation per episode — book a second one only when it "
                "is needed, and say why.").format(
                when=when_text(existing.starts_at), practitioner=existing.practitioner_name,
                status=status_text(existing.status).lower()))

    def _show_second(self, text: str) -> None:
        self._second_note.setText(text)
        self._second_box.show()
        self._update_slots_enabled()

    def _second_ready(self) -> bool:
        return self._second_confirm.isChecked() and bool(self._second_reason.text().strip())

    def _update_slots_enabled(self) -> None:
        needed = self._second_box.isVisibleTo(self)
        booking = self._writing.is_busy()
        self._second_reason.setEnabled(not needed or self._second_confirm.isChecked())
        for button in self._buttons:
            button.setEnabled((not needed or self._second_ready()) and not booking)
        if booking:
            self._hint.setText(self.tr("Booking…"))
        elif needed and not self._second_ready():
            self._hint.setText(self.tr("Tick “book a second” and write why, then choose a time."))
        else:
            self._hint.setText(self.tr("The soonest free times. One click books."))

    def _start(self) -> dt.datetime:
        return (self._now or clinic_mod.now()).replace(second=0, microsecond=0)

    def refresh(self) -> None:
        """Look up the soonest free slots again (after a conflict or a change of day), in the
        dialog's reading lane; the buttons shown now stay until the answer."""
        self._read(with_episode=False)

    def _read(self, *, with_episode: bool) -> None:
        after = max(self._start(), dt.datetime.combine(self._from.date().toPython(), dt.time()))
        self._reading.submit(read_offer, self._patient_id, self._session.staff_id, after,
                             with_episode, on_done=self._show_offer, on_error=self._show_error)

    def _show_offer(self, offer: Offer) -> None:
        if offer.existing_refused is not None:
            self._show_error(offer.existing_refused)
        elif offer.existing is not None:
            self._show_episode(offer.existing)
        if offer.slots_refused is not None:
            self._show_error(offer.slots_refused)
        for button in self._buttons:
            self._slot_box.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        self._slots = offer.slots
        names = offer.names
        for slot in self._slots:
            text = self.tr("{day}  {time}   ·   {practitioner}, {room}").format(
                day=day_text(slot.starts_at.date()), time=time_text(slot.starts_at),
                practitioner=names.practitioner(slot.practitioner_id),
                room=names.room(slot.room_id))
            button = QPushButton(text)
            button.setMinimumHeight(48)
            button.setObjectName("slotButton")
            button.setAccessibleName(self.tr("Book {0}").format(text))
            button.clicked.connect(lambda _checked=False, s=slot: self._book(s))
            self._slot_box.addWidget(button)
            self._buttons.append(button)
        self._update_slots_enabled()
        if self._buttons and self._buttons[0].isEnabled():
            self._buttons[0].setFocus()
        if not self._slots and offer.slots_refused is None:
            self._message.setText(self.tr("No free time found in the coming weeks. Check the "
                                          "opening hours and practitioners in Settings."))

    def _book(self, slot: Slot) -> None:
        """Book `slot` in the write lane as the signed-in staff member."""
        if self._writing.is_busy():
            return
        self._message.clear()
        second = self._second_reason.text() if self._second_confirm.isChecked() else ""
        self._writing.submit(
            functools.partial(book_consultation, self._patient_id, slot, self._session.staff_id,
                              intake_id=self._intake_id, second_reason=second),
            on_done=self._booked, on_error=self._refused)

    def _booked(self, appointment_id: int) -> None:
        log.info("consultation %d booked", appointment_id)
        self.consultation_booked.emit(appointment_id)
        self.accept()

    def _refused(self, exc: BackCareError) -> None:
        if isinstance(exc, ConflictError):
            self._message.setText(self.tr("That time was just taken at another desk. Here are "
                                          "the next free times."))
            self.refresh()
            return
        if exc.code == Refusal.second_consultation:  # booked at another desk meanwhile
            starts = exc.details.get("starts_at")
            self._show_second(self.tr(
                "This episode already has its free consultation ({when}). Tick “book a "
                "second” and write why to book another.").format(
                when=when_text(starts) if isinstance(starts, dt.datetime) else "—"))
        self._show_error(exc)
        if not isinstance(exc, StorageError):  # (the database not answering: nothing to look up)
            self.refresh()

    def _show_error(self, exc: BackCareError) -> None:
        text = None
        if exc.code in (Refusal.urgent_unacknowledged, Refusal.second_consultation) or (
                exc.code == "too_long" and exc.field == "reason"):
            text = occasion_text(Occasion.booking_a_consultation, exc.code, fallback=False,
                                 maximum=MAX_REASON)
        self._message.setText(text or error_text(exc))

    # for tests and screenshots
    def slot_buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def message(self) -> str:
        return self._message.text()
