"""One patient's intake on its way from the kiosk: queued on the kiosk's disk, then delivered
by the kiosk's forwarder — or kept there when the database does not answer in time.

The flow asks `send()` (the complete intake) or `send_urgent()` (what was answered up to an
urgent safety answer); both share this patient's idempotency key, so the urgent early save and
its completion are one intake at the desk. `delivered` / `urgent_delivered` come when the
database committed; `kept` / `urgent_kept` when it did not answer within the wait (the intake
stays queued and is delivered later — the flow may still hear `delivered` afterwards).
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, QTimer, Signal

from intake.intakes import IntakeDraft, Kind
from ui.kiosk.forwarder import IntakeForwarder

log = logging.getLogger(__name__)

SUBMIT_WAIT_MS = 3000  # the longest "Sending…" lasts before the queued thank-you
URGENT_WAIT_MS = 2000  # the longest the urgent message waits to know whether the desk has it


class IntakeSender(QObject):
    delivered = Signal(int)  # intake id
    kept = Signal()
    urgent_delivered = Signal(int)
    urgent_kept = Signal()

    def __init__(self, forwarder: IntakeForwarder | None, region: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = str(uuid.uuid4())
        self._forwarder = forwarder
        self._wired = False
        self._region = region
        self._sending = False
        self._urgent_waiting = False
        self._send_wait = QTimer(self)
        self._send_wait.setSingleShot(True)
        self._send_wait.setInterval(SUBMIT_WAIT_MS)
        self._urgent_wait = QTimer(self)
        self._urgent_wait.setSingleShot(True)
        self._urgent_wait.setInterval(URGENT_WAIT_MS)
        self._send_wait.timeout.connect(self._give_up_waiting)
        self._urgent_wait.timeout.connect(self._give_up_urgent)

    def forwarder(self) -> IntakeForwarder:
        """The kiosk window's forwarder, or one of this sender's own (a flow shown alone)."""
        if self._forwarder is None:
            self._forwarder = IntakeForwarder(parent=self)
        if not self._wired:
            self._wired = True
            self._forwarder.delivered.connect(self._on_delivered)
            self._forwarder.round_failed.connect(self._on_round_failed)
        return self._forwarder

    def sending(self) -> bool:
        return self._sending

    def urgent_pending(self) -> bool:
        return self._urgent_waiting

    def send(self, draft: IntakeDraft) -> bool:
        """Queues the complete intake and waits for its delivery; False when the kiosk's own
        disk refused it (nothing queued: the answers are still on screen)."""
        if not self._queue(draft, Kind.INTAKE):
            return False
        self._sending = True
        self._send_wait.start()
        return True

    def send_urgent(self, draft: IntakeDraft) -> bool:
        if not self._queue(draft, Kind.URGENT_EARLY):
            return False
        self._urgent_waiting = True
        self._urgent_wait.start()
        return True

    def _queue(self, draft: IntakeDraft, kind: str) -> bool:
        try:
            self.forwarder().queue(draft, key=self.key, kind=kind, region=self._region)
        except OSError as exc:
            log.error("%s not queued: %s", kind, type(exc).__name__)
            return False
        return True

    def _on_delivered(self, key: str, kind: str, intake_id: int) -> None:
        if key != self.key:
            return
        if kind == Kind.URGENT_EARLY:
            self._urgent_waiting = False
            self._urgent_wait.stop()
            self.urgent_delivered.emit(intake_id)
            return
        self._sending = False
        self._send_wait.stop()
        self.delivered.emit(intake_id)

    def _on_round_failed(self) -> None:
        self._give_up_waiting()
        self._give_up_urgent()

    def _give_up_waiting(self) -> None:
        if self._sending:
            self._sending = False
            self.kept.emit()

    def _give_up_urgent(self) -> None:
        if self._urgent_waiting:
            self._urgent_waiting = False
            self.urgent_kept.emit()
