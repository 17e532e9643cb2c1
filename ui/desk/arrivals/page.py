"""Arrivals: today's kiosk intakes as they come in, urgent ones first in red with an alert banner
that stays until a staff member acknowledges it.

A QTimer asks `intake.arrivals.change_marker()` every second (one small query) and reloads the
list only when it moved, so an intake from a kiosk in another process or on another computer
shows within two seconds. Both run in a worker (ui/workers.py): a slow or lost server never
holds up the window; while the database is known to be unreachable the poll waits for the
desk's reconnect (StorageWatch) instead of piling up.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake import arrivals, kiosks, languages
from intake import db as dbmod
from intake.errors import BackCareError
from intake.session import StaffSession
from intake.vocabulary import AppointmentKind, IntakeSource, IntakeStatus
from ui import dates
from ui.desk.arrivals.kiosk_notice import KioskNotice
from ui.desk.arrivals.match_dialog import MatchDialog
from ui.desk.messages import error_text
from ui.desk.patients.record_text import (
    age_text,
    badge_label,
    badge_text,
    date_text,
    status_text,
    style_error,
)
from ui.widgets.turns import next_turn
from ui.workers import Lane

log = logging.getLogger(__name__)

POLL_MS = 1000
KIOSK_POLL_EVERY = 5  # the kiosks' heartbeats are read every fifth poll
CARDS_PER_TURN = 3  # a card takes ~5 ms to build: a long list is built over several turns


def _read_if_changed(known: tuple | None, staff_id: int | None) -> tuple:
    """(marker, today's arrivals, urgent notices) — read only when the marker moved from
    `known`. Signed out (locked), no one is listed: only the nameless urgent notices are read.
    Runs in a worker thread."""
    marker = arrivals.change_marker()
    if marker == known:
        return marker, None, None
    if staff_id is None:
        return marker, [], arrivals.waiting_urgent()
    found = arrivals.todays_arrivals(staff_id=staff_id)
    return marker, found, arrivals.urgent_notices(found)


class UrgentBanner(QFrame):
    """The alert for one urgent arrival. Stays until `acknowledged` is handled."""

    acknowledge_clicked = Signal(int)

    def __init__(self, arrival: arrivals.Arrival, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentBanner")
        self._intake_id = arrival.intake_id
        signs = ", ".join(badge_text(b).lstrip("⚠ ") for b in arrival.badges if b.kind == "urgent")
        self._text = QLabel(self.tr(
            "⚠ URGENT — {first} {last} (arrived {time}) answered yes to a cauda equina warning "
            "sign: {signs}. Speak to them now; a clinician must assess them today.").format(
            first=arrival.first_name, last=arrival.last_name,
            time=dates.time_text(arrival.submitted_at), signs=signs or self.tr("see the intake"))
            + "".join(" " + badge_text(b) + "." for b in arrival.badges if b.kind == "withdrawn"))
        self._text.setWordWrap(True)
        self._text.setObjectName("urgentBannerText")
        self._button = QPushButton(self.tr("I have seen it — acknowledge"))
        self._button.setAccessibleName(self.tr("Acknowledge urgent alert for {first} {last}").format(
            first=arrival.first_name, last=arrival.last_name))
        row = QHBoxLayout(self)
        row.addWidget(self._text, 1)
        row.addWidget(self._button)
        self.setAccessibleName(self.tr("Urgent alert"))
        self._button.clicked.connect(lambda: self.acknowledge_clicked.emit(self._intake_id))

    @property
    def intake_id(self) -> int:
        return self._intake_id

    def text(self) -> str:
        return self._text.text()

    def acknowledge(self) -> None:
        self._button.click()


class ArrivalCard(QFrame):
    """One arrival: who, when, status, flags and what the desk can do next."""

    status_chosen = Signal(int, str)
    match_clicked = Signal(int)
    patient_clicked = Signal(int)
    consultation_clicked = Signal(int)
    course_clicked = Signal(int)

    def __init__(self, arrival: arrivals.Arrival, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrival = arrival
        self.setObjectName("arrivalCard")
        self.setProperty("urgent", arrival.urgent)  # [urgent="true"] in desk.qss
        name = QLabel(f"{arrival.first_name} {arrival.last_name}")
        name.setObjectName("arrivalName")
        name.setAccessibleName(self.tr("Patient name"))
        when = QLabel(self.tr("arrived {time}").format(time=dates.time_text(arrival.submitted_at)))
        if arrival.late:  # queued on the kiosk while the database did not answer
            same_day = arrival.submitted_at.date() == arrival.received_at.date()
            when.setText(self.tr("sent {sent}, reached the desk {received}").format(
                sent=(dates.time_text(arrival.submitted_at) if same_day
                      else dates.date_time_text(arrival.submitted_at)),
                received=dates.time_text(arrival.received_at)))
            when.setObjectName("lateMark")  # styled in desk.qss
        else:
            when.setObjectName("arrivalWhen")
        when.setAccessibleName(self.tr("When"))
        self.when_label = when
        details = []
        if arrival.date_of_birth:
            details.append(self.tr("born {dob} ({age})").format(
                dob=date_text(arrival.date_of_birth), age=age_text(arrival.date_of_birth)))
        if arrival.source == IntakeSource.desk:
            details.append(self.tr("entered at the desk"))
        if arrival.language != languages.SOURCE:  # staff may need an interpreter
            details.append(self.tr("answered in {language}").format(
                language=languages.language_name(arrival.language)))
        if not arrival.complete:
            details.append(self.tr("intake not finished"))
        info = QLabel(("· " + " · ".join(details)) if details else "")
        info.setObjectName("arrivalDetails")
        self.details_label = info
        status = QLabel(status_text(arrival.status))
        status.setObjectName("statusChip")
        status.setAccessibleName(self.tr("Status: {status}").format(status=status_text(arrival.status)))
        self.status_label = status

        top = QHBoxLayout()
        top.addWidget(name)
        top.addWidget(status)
        top.addStretch(1)
        top.addWidget(when)
        top.addWidget(info)
        flags = QHBoxLayout()
        for badge in arrival.badges:
            flags.addWidget(badge_label(badge))
        if arrival.urgent and arrival.urgent_ack_at is not None:
            ack = QLabel(self.tr("urgent alert acknowledged by {name} at {time}").format(
                name=arrival.urgent_ack_by or "?", time=dates.time_text(arrival.urgent_ack_at)))
            ack.setObjectName("urgentAcknowledged")
            flags.addWidget(ack)
        flags.addStretch(1)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        if arrival.patient_id is None:
            self._add(actions, "match", self.tr("Match or create patient…"),
                      lambda: self.match_clicked.emit(arrival.intake_id))
        else:
            self._add(actions, "open", self.tr("Open patient"),
                      lambda: self.patient_clicked.emit(arrival.patient_id))
        self._add(actions, IntakeStatus.with_staff, self.tr("With staff"),
                  lambda: self.status_chosen.emit(arrival.intake_id, IntakeStatus.with_staff))
        self._add(actions, IntakeStatus.sent_away, self.tr("Sent away"),
                  lambda: self.status_chosen.emit(arrival.intake_id, IntakeStatus.sent_away))
        consultation = self._add(actions, AppointmentKind.consultation, self.tr("Book consultation…"),
                                 lambda: self.consultation_clicked.emit(arrival.intake_id))
        self.blocked_reason = QLabel()
        self.blocked_reason.setObjectName("blockedReason")
        self.blocked_reason.setWordWrap(True)
        self.blocked_reason.setAccessibleName(self.tr("Why booking waits"))
        if arrival.needs_alert:  # the domain refuses it too (urgent_unacknowledged)
            reason = self.tr("Acknowledge the urgent alert above first: the consultation is "
                             "booked once a staff member has seen it.")
            consultation.setEnabled(False)
            consultation.setToolTip(reason)
            self.blocked_reason.setText(reason)
        course = self._add(actions, "course", self.tr("Book course…"),
                           lambda: self.course_clicked.emit(arrival.patient_id))
        course.setEnabled(arrival.patient_id is not None)
        if arrival.patient_id is None:
            course.setToolTip(self.tr("Match or create the patient first."))
        self.buttons[IntakeStatus.with_staff].setEnabled(arrival.status != IntakeStatus.with_staff)
        self.buttons[IntakeStatus.sent_away].setEnabled(arrival.status != IntakeStatus.sent_away)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if arrival.badges or arrival.urgent:
            layout.addLayout(flags)
        layout.addLayout(actions)
        if self.blocked_reason.text():
            layout.addWidget(self.blocked_reason)
        else:
            self.blocked_reason.hide()
        self.setAccessibleName(self.tr("Arrival {first} {last}").format(
            first=arrival.first_name, last=arrival.last_name))

    def _add(self, row: QHBoxLayout, key: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(f"{text.rstrip('…')} — {self.arrival.first_name} {self.arrival.last_name}")
        button.clicked.connect(slot)
        self.buttons[key] = button
        row.addWidget(button)
        return button


class ArrivalsPage(QWidget):
    """Today's arrivals. The lead wires the signals to the booking dialogs, the patient page and
    the embeddable intake flow."""

    consultation_requested = Signal(int)  # intake id
    course_requested = Signal(int)  # patient id
    staff_intake_requested = Signal(object)  # patient id or None
    patient_requested = Signal(int)  # open this patient's page
    urgent_arrived = Signal(int)  # intake id of a new, unacknowledged urgent arrival
    urgent_pending = Signal(object)  # list of intake.arrivals.UrgentNotice, after every reload
    arrivals_reloaded = Signal()

    def __init__(self, session: StaffSession, parent: QWidget | None = None,
                 *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalsPage")
        self._session = session
        self._marker: tuple | None = None
        self._loaded_signed_in = False  # whether the last reload showed names (signed in)
        self._poll_failed = False
        self._alerted: set[int] = set()
        self._polls = 0
        self._pending: list[arrivals.UrgentNotice] = []
        self._cards: list[ArrivalCard] = []
        self._banners: list[UrgentBanner] = []
        self._to_build: list[arrivals.Arrival] = []  # cards still to build, a few per turn
        self._build_queued = False
        self._announce = False  # arrivals_reloaded once the last card is built
        self._dialog: MatchDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._reading = Lane("arrivals", self)
        self._writing = Lane("arrivals-writes", self, every_task=True)  # statuses, acknowledgements
        self._kiosk_reading = Lane("kiosk-states", self)
        self._title = QLabel(self.tr("Arrivals today"))
        self._title.setObjectName("pageTitle")
        self._title.setProperty("heading", "list")  # larger than other pages' (desk.qss)
        self._count = QLabel()
        self._count.setAccessibleName(self.tr("Number of arrivals"))
        self._staff_intake = QPushButton(self.tr("Staff-entered intake…"))
        self._staff_intake.setAccessibleName(self.tr("Enter an intake for a patient at the desk"))
        self._error = QLabel()
        style_error(self._error)
        self._error.setAccessibleName(self.tr("Arrivals message"))
        self._kiosks = KioskNotice(session, self)
        self._banner_box = QVBoxLayout()
        self._list_box = QVBoxLayout()
        self._empty = QLabel(self.tr("No one has filled in the kiosk yet today. New arrivals appear "
                                     "here by themselves."))
        self._empty.setWordWrap(True)
        self._empty.setObjectName("emptyList")
        self._build()
        self._connect_signals()
        self.reload()
        self.reload_kiosks()
        self._timer.start()

    def _build(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addWidget(self._count)
        header.addStretch(1)
        header.addWidget(self._staff_intake)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self._empty)
        column.addLayout(self._list_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._kiosks)
        layout.addLayout(self._banner_box)
        layout.addWidget(self._error)
        layout.addWidget(scroll, 1)

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.poll)
        self._staff_intake.clicked.connect(lambda: self.staff_intake_requested.emit(None))

    # ------------------------------------------------------------------ public

    def poll(self) -> None:
        """Reload only when today's arrivals changed (new intake, status, acknowledgement).
        Skipped while the last read is still on its way or the database is known to be down."""
        if self._reading.is_busy() or not dbmod.is_available():
            return
        known = self._marker if self._loaded_signed_in == self._session.signed_in else None
        self._reading.submit(_read_if_changed, known, self._session.staff_id,
                             on_done=self._read, on_error=self._poll_error)
        self._polls += 1
        if self._polls % KIOSK_POLL_EVERY == 0:
            self.reload_kiosks()

    def reload(self) -> None:
        """Read today's arrivals again (in a worker; `arrivals_reloaded` once shown)."""
        self._reading.submit(_read_if_changed, None, self._session.staff_id, on_done=self._read,
                             on_error=self._poll_error)

    def is_reading(self) -> bool:
        """A read on its way, or its cards still being built."""
        return self._reading.is_busy() or self.is_building()

    def is_building(self) -> bool:
        """Cards still to build (a few per turn of the event loop)."""
        return bool(self._to_build)

    def _poll_error(self, exc: BackCareError) -> None:
        self._show_error(exc)
        self._poll_failed = True

    def _read(self, answer: tuple) -> None:
        marker, found, pending = answer
        if self._poll_failed:  # the database answers again
            self._poll_failed = False
            self._error.hide()
        if found is None:
            return
        self._error.hide()
        self._marker = marker
        self._loaded_signed_in = self._session.signed_in
        self._show(found)
        for notice in pending:
            if notice.intake_id not in self._alerted:
                self._alerted.add(notice.intake_id)
                self.urgent_arrived.emit(notice.intake_id)
        self._pending = pending
        self.urgent_pending.emit(list(self._pending))
        self._announce = True
        self._announce_if_built()

    def _announce_if_built(self) -> None:
        if self._announce and not self._to_build:
            self._announce = False
            self.arrivals_reloaded.emit()

    def reload_kiosks(self) -> None:
        """The kiosks' heartbeats: one that went quiet, intakes one could not deliver (read in
        a worker, shown when back)."""
        if self._kiosk_reading.is_busy():
            return
        self._kiosk_reading.submit(kiosks.kiosk_states, on_done=self._kiosks.show_states,
                                   on_error=lambda exc: log.info("kiosk states: %s", exc.code))

    def is_reading_kiosks(self) -> bool:
        return self._kiosk_reading.is_busy()

    def kiosk_notice(self) -> KioskNotice:
        return self._kiosks

    def urgent_notices(self) -> list[arrivals.UrgentNotice]:
        """The urgent arrivals not yet acknowledged, as of the last reload (no names)."""
        return list(self._pending)

    def cards(self) -> list[ArrivalCard]:
        return list(self._cards)

    def banners(self) -> list[UrgentBanner]:
        return list(self._banners)

    def card_for(self, intake_id: int) -> ArrivalCard | None:
        return next((c for c in self._cards if c.arrival.intake_id == intake_id), None)

    def match_dialog(self) -> MatchDialog | None:
        return self._dialog

    def stop_polling(self) -> None:
        self._timer.stop()

    # ------------------------------------------------------------------ private

    def _show(self, found: list[arrivals.Arrival]) -> None:
        """The urgent banners at once; the cards a few per turn of the event loop (twenty
        arrivals built at once held the window for ~0.1 s at every sign-in)."""
        for widget in [*self._cards, *self._banners]:
            widget.hide()
            widget.deleteLater()
        self._cards, self._banners = [], []
        for arrival in found:
            if arrival.needs_alert:
                banner = UrgentBanner(arrival)
                banner.acknowledge_clicked.connect(self._acknowledge)
                self._banner_box.addWidget(banner)
                banner.show()
                self._banners.append(banner)
        waiting = sum(1 for a in found if a.status in (IntakeStatus.waiting, IntakeStatus.with_staff))
        self._count.setText(self.tr("{n} waiting or with staff, {total} today").format(
            n=waiting, total=len(found)))
        self._empty.setVisible(not found)
        self._to_build = list(found)
        self._build_cards()

    def _build_cards(self) -> None:
        self._build_queued = False
        batch, self._to_build = self._to_build[:CARDS_PER_TURN], self._to_build[CARDS_PER_TURN:]
        for arrival in batch:
            card = ArrivalCard(arrival)
            card.status_chosen.connect(self._set_status)
            card.match_clicked.connect(self._open_match)
            card.patient_clicked.connect(self.patient_requested)
            card.consultation_clicked.connect(self.consultation_requested)
            card.course_clicked.connect(self.course_requested)
            self._list_box.addWidget(card)
            card.show()  # at once: a layout of a visible page would only show it on a later turn
            self._cards.append(card)
        if self._to_build and not self._build_queued:
            self._build_queued = True
            next_turn(self, self._build_cards)
        self._announce_if_built()

    def _acknowledge(self, intake_id: int) -> None:
        if self._session.staff_id is None:
            return
        self._write(arrivals.acknowledge_urgent, intake_id, staff_id=self._session.staff_id)

    def _set_status(self, intake_id: int, status: str) -> None:
        self._write(arrivals.set_status, intake_id, status, staff_id=self._session.staff_id)

    def _write(self, fn, *args, staff_id: int | None) -> None:
        """A write in the page's write lane (a slow or lost server never holds the window;
        a database known to be down refuses it at once), then the list read again."""
        self._writing.submit(functools.partial(fn, *args, staff_id=staff_id),
                             on_done=lambda _result: self.reload(), on_error=self._show_error)

    def is_writing(self) -> bool:
        return self._writing.is_busy()

    def _open_match(self, intake_id: int) -> None:
        """The match dialog opens at once and reads the intake in a worker (a refusal is shown
        inside it)."""
        self._dialog = MatchDialog(self._session, intake_id, self)
        self._dialog.patient_matched.connect(self._matched)
        self._dialog.open()

    def _matched(self, patient_id: int) -> None:
        self.reload()
        self.patient_requested.emit(patient_id)

    def _show_error(self, exc: BackCareError) -> None:
        log.info("arrivals: %s", exc.code)
        self._error.setText(error_text(exc))
        self._error.show()


