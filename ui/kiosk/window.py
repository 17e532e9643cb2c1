"""The locked, full-screen kiosk window around the intake flow.

It resets to a fresh flow (every field, signature and scroll position gone, because the widgets
themselves are new) 10 s after "Thank you", when the patient stops after an urgent answer, or
after 120 s without a touch followed by a 20 s "Are you still there?" countdown. Staff leave by
a long press in the top-left corner and a PIN or password checked by intake.staff.

The window's forwarder (the kiosk's outbox and its delivery) outlives every reset: an intake
is on disk before its thank-you page shows, so no reset can discard it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from intake import staff
from intake.vocabulary import IntakeSource
from ui.kiosk import language
from ui.kiosk.flow import IntakeFlow
from ui.kiosk.forwarder import IntakeForwarder
from ui.kiosk.idle import IdleCountdown
from ui.kiosk.staff_exit import StaffExitPanel
from ui.kiosk.style import stylesheet

log = logging.getLogger(__name__)

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
             QEvent.Type.Wheel, QEvent.Type.TouchUpdate, QEvent.Type.MouseMove}
CORNER = 64


class _Corner(QLabel):
    """An invisible 64 px square in the top-left corner: a long press opens the staff panel."""

    long_pressed = Signal()

    def __init__(self, hold_ms: int, parent: QWidget):
        super().__init__(parent)
        self.setFixedSize(CORNER, CORNER)
        self.setAccessibleName(self.tr("Staff corner"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.long_pressed)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()

    def is_holding(self) -> bool:
        """A press is being held: the staff panel opens when it lasts long enough."""
        return self._timer.isActive()


class KioskWindow(QWidget):
    reset_done = Signal()
    staff_exited = Signal(int)  # staff id

    def __init__(self, *, idle_ms: int = 120_000, countdown_ms: int = 20_000,
                 thanks_ms: int = 10_000, hold_ms: int = 2_000,
                 forwarder: IntakeForwarder | None = None, clinic_name: str | None = None,
                 region: str | None = None, default_language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._kiosk_id: int | None = None  # this kiosk's device identity, read when needed
        self.setObjectName("kioskRoot")
        self.setWindowTitle(self.tr("Check-in"))
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.setStyleSheet(stylesheet(False))  # before the children: each is styled once
        self._unlocked = False
        self._larger = False
        self._flow: IntakeFlow | None = None
        self._forwarder = forwarder or IntakeForwarder(parent=self)
        self._clinic_name, self._region = clinic_name, region  # None: read from the database
        self._default_language = default_language  # None: the clinic's setting
        self._install_default_language()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._thanks = QTimer(self)
        self._thanks.setSingleShot(True)
        self._thanks.setInterval(thanks_ms)
        self._countdown = IdleCountdown(countdown_ms, self)
        self._staff_panel: StaffExitPanel | None = None  # made at the first long press
        self._corner = _Corner(hold_ms, self)
        self._new_flow()
        self._connect_signals()
        self._watching = False
        self._idle.start()
        QApplication.instance().applicationStateChanged.connect(self._on_application_state)

    def _connect_signals(self) -> None:
        self._idle.timeout.connect(self._on_idle)
        self._thanks.timeout.connect(self.reset)
        self._countdown.expired.connect(self.reset)
        self._corner.long_pressed.connect(self._open_staff_panel)

    # ------------------------------------------------------------------ public

    def flow(self) -> IntakeFlow:
        return self._flow

    def forwarder(self) -> IntakeForwarder:
        return self._forwarder

    def countdown(self) -> IdleCountdown:
        return self._countdown

    def staff_panel(self) -> StaffExitPanel:
        if self._staff_panel is None:
            self._staff_panel = StaffExitPanel(self, kiosk=self.kiosk_id)
            self._staff_panel.verified.connect(self._on_staff_verified)
            self._staff_panel.cancelled.connect(self._staff_panel.close_panel)
        return self._staff_panel

    def corner(self) -> QWidget:
        return self._corner

    def reset(self) -> None:
        """A fresh flow: the previous patient's widgets are destroyed, not cleared."""
        self._thanks.stop()
        self._countdown.stop()
        if self._staff_panel is not None:
            self._staff_panel.close_panel()
        self._on_larger_text(False)  # a preference of the previous patient, too
        self._install_default_language()  # and so is the language
        self._new_flow()
        self._idle.start()
        log.info("kiosk reset")
        self.reset_done.emit()

    def set_idle_timeouts(self, idle_ms: int, countdown_ms: int) -> None:
        """Changes the quiet time before "Are you still there?" and its countdown; restarts."""
        self._idle.setInterval(idle_ms)
        self._countdown.set_duration(countdown_ms)
        self._idle.start()

    def is_unlocked(self) -> bool:
        return self._unlocked

    def idle_due_in_ms(self) -> int:
        """Time until "Are you still there?" (-1 while no idle period runs)."""
        return self._idle.remainingTime()

    def unlock(self) -> None:
        """Lets the window close (after a staff exit, or when the application itself quits)."""
        self._unlocked = True

    # ------------------------------------------------------------------ internals

    def default_language(self) -> str:
        if self._default_language is None:
            self._default_language = _clinic_language()
        return self._default_language

    def _install_default_language(self) -> None:
        if language.current() != self.default_language():
            language.install(self.default_language())

    def _new_flow(self) -> None:
        old = self._flow
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self._flow = IntakeFlow(mode=IntakeSource.kiosk, larger_text=self._larger,
                                forwarder=self._forwarder, clinic_name=self._clinic_name,
                                region=self._region, parent=self)
        self._layout.addWidget(self._flow)
        self._flow.intake_submitted.connect(lambda _id: self._thanks.start())
        self._flow.intake_queued.connect(lambda _key: self._thanks.start())
        self._flow.stop_requested.connect(self.reset)
        self._flow.larger_text_toggled.connect(self._on_larger_text)
        self._flow.show()
        self._corner.raise_()

    def kiosk_id(self) -> int:
        """This kiosk's device identity (its outbox's id, registered on first use): wrong tries
        at its staff exit are counted for it. Raises StorageError while the database is away."""
        if self._kiosk_id is None:
            from intake import kiosks

            self._kiosk_id = staff.kiosk_identity(self._forwarder.outbox().kiosk_id(),
                                                  kiosks.kiosk_name())
        return self._kiosk_id

    def _on_larger_text(self, larger: bool) -> None:
        self._larger = larger
        self.setStyleSheet(stylesheet(larger))

    def _on_idle(self) -> None:
        if self._flow.has_started() and self._flow.current_section() not in ("thanks", "queued"):
            self._countdown.start()
        else:
            self.reset()

    def _open_staff_panel(self) -> None:
        self.staff_panel().open()

    def _on_staff_verified(self, staff_id: int) -> None:
        self.unlock()
        self.staff_exited.emit(staff_id)
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and isinstance(watched, QWidget) and (
                watched is self or self.isAncestorOf(watched)):
            if event.type() != QEvent.Type.MouseMove or QApplication.mouseButtons():
                self._touched()
        return False

    def _touched(self) -> None:
        self._countdown.stop()
        if not self._thanks.isActive():
            self._idle.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._watching:  # every touch anywhere restarts the quiet time, from the first frame on
            self._watching = True
            QTimer.singleShot(0, self, self._watch_input)

    def _watch_input(self) -> None:
        QApplication.instance().installEventFilter(self)

    # ------------------------------------------------------------------ lock-down

    def changeEvent(self, event: QEvent) -> None:
        """A request to minimise (the window menu, a shortcut) is undone at once: the previous
        patient's answers are in memory and must not sit behind another window."""
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange and not self._unlocked
                and self.windowState() & Qt.WindowState.WindowMinimized):
            wanted = event.oldState() & ~Qt.WindowState.WindowMinimized
            QTimer.singleShot(0, self, lambda: self._restore(wanted))

    def _restore(self, state: Qt.WindowState) -> None:
        if self._unlocked:
            return
        self.setWindowState(state)
        self.setVisible(True)
        self._take_focus_back()

    def setVisible(self, visible: bool) -> None:
        if not visible and not self._unlocked and self.isVisible():
            log.info("kiosk: a request to hide the window was refused")
            return
        super().setVisible(visible)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowDeactivate and not self._unlocked:
            QTimer.singleShot(0, self, self._take_focus_back)
        return super().event(event)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive and not self._unlocked:
            QTimer.singleShot(0, self, self._take_focus_back)

    def _take_focus_back(self) -> None:
        """Focus left for another window (Alt+Tab, a notification): the kiosk takes it back,
        unless it went to one of the kiosk's own windows."""
        if self._unlocked or not self.isVisible():
            return
        active = QApplication.activeWindow()
        if active is self or (active is not None and active.parentWidget() is not None
                              and self.isAncestorOf(active)):
            return
        self.activateWindow()  # the window already stays on top

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc does not leave the kiosk
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            QApplication.instance().removeEventFilter(self)
            for timer in (self._idle, self._thanks):  # a closed kiosk resets nothing any more
                timer.stop()
            self._countdown.stop()
            self._forwarder.stop()
            event.accept()
        else:
            event.ignore()


def _clinic_language() -> str:
    """The kiosk language the clinic chose in Settings (English when it cannot be read)."""
    from intake.clinic import kiosk_language

    try:
        return kiosk_language()
    except Exception:  # a kiosk started without its database still greets in English
        log.warning("kiosk: the clinic's default language could not be read")
        return language.SOURCE
