"""Which window opens: the kiosk, the desk's first run, or the desk (wired in ui.desk.assembly).

`start_kiosk()` returns the windows it opened and `start_desk()` the desk's start, which the
caller keeps alive; the desk is drawn before its database is opened (`DeskStart`). This is the
one place that hands one face what it borrows from the other (the desk's staff-entered intake
uses the kiosk's questions), so the kiosk and the desk never import each other.
"""

from __future__ import annotations

import contextlib
import enum
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

QUEUE_AFTER_MS = 250  # the kiosk's outbox and heartbeats start once its first frame is on screen
FIRST_PAINT_WAIT_MS = 500  # the desk opens its database after its first frame, or this at most
OPENING_WAIT_S = 30.0  # at exit, for an opening (or upgrade) still running when the window closed


def show_unexpected_error() -> None:
    """The crash handler's message: calm, no details (they may hold patient data)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("windows", "BackCare"),
                      QCoreApplication.translate("windows", "Something went wrong on this screen. What was already saved is safe. "
                         "If it happens again, please tell the clinic's administrator."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def start_kiosk(*, where: str, offline: dict[str, str] | None = None) -> list:
    """The kiosk, its database open (the caller opened it). `offline`: a kiosk started while its
    database does not answer, with the clinic's name and region as it last saw them
    (ui.kiosk.offline)."""
    from ui.kiosk.forwarder import IntakeForwarder
    from ui.kiosk.offline import kiosk_profile
    from ui.kiosk.window import KioskWindow

    forwarder = IntakeForwarder()  # the outbox in the user data folder (or BACKCARE_KIOSK_QUEUE)
    profile = offline or kiosk_profile()
    window = KioskWindow(forwarder=forwarder, **profile)
    window.staff_exited.connect(lambda _staff_id: QApplication.quit())
    window.showFullScreen()
    QTimer.singleShot(QUEUE_AFTER_MS, window, lambda: _start_queue(
        forwarder, None if offline else profile))
    return [window]


def start_desk(where: str, *, open_storage: Callable[[], None] | None = None,
               hold_storage: Callable[[], None] | None = None) -> DeskStart:
    """The desk: its window on screen at once, the database opened once its first frame is
    painted (`DeskStart`). Without `open_storage` the database is already open."""
    start = DeskStart(where, open_storage=open_storage, hold_storage=hold_storage)
    start.begin()
    return start


class StartOutcome(enum.Enum):
    """Where the desk's start stands (`DeskStart.outcome()`)."""

    opening = enum.auto()  # the window is on screen; the database is being opened
    desk = enum.auto()  # open and checked: sign-in allowed
    first_run = enum.auto()  # open, without a clinic: first run shown instead
    refused = enum.auto()  # opening failed: the window hidden, the app stops


class DeskStart(QObject):
    """The desk's start, drawn before its database is opened (docs/performance.md).

    The desk window appears at once on its sign-in page, whose fields can be filled but whose
    button says "Opening the database…": no one can sign in yet. Once its first frame is
    painted, `open_storage` runs in a thread of its own (nothing of Qt: the content files, the
    storage code and the driver imported, the database opened, checked or upgraded), then
    `hold_storage` in the GUI thread (its own connection, the instance lock). Then:

    - a database with a clinic: the desk is completed and sign-in allowed (`ready()`);
    - a database without one: first run replaces the window (`ready()` as well);
    - either step raised: the window is hidden, no one having been able to sign in, and
      `refused(exception)` is emitted; the app stops with the line (and box) it always gave.
    """

    ready = Signal()
    refused = Signal(object)
    _opened = Signal(object)  # from the opening thread: None, or what it raised

    def __init__(self, where: str, *, open_storage: Callable[[], None] | None = None,
                 hold_storage: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._where = where
        self._open_storage = open_storage or (lambda: None)
        self._hold_storage = hold_storage or (lambda: None)
        self._thread: threading.Thread | None = None
        self._paint_wait = QTimer(self)
        self._paint_wait.setSingleShot(True)
        self._paint_wait.timeout.connect(self._open_in_thread)
        self._outcome = StartOutcome.opening
        self.assembly = assemble_desk(where, storage_open=False)
        self.first_run: QWidget | None = None
        self._opened.connect(self._on_opened, Qt.ConnectionType.QueuedConnection)

    def begin(self) -> None:
        """Show the desk window; the database is opened once its first frame is painted (or
        after FIRST_PAINT_WAIT_MS at the latest: a window the platform never paints)."""
        window = self.assembly.window
        window.installEventFilter(self)
        window.showMaximized()
        self._paint_wait.start(FIRST_PAINT_WAIT_MS)

    def outcome(self) -> StartOutcome:
        return self._outcome

    def wait(self, timeout_s: float = OPENING_WAIT_S) -> bool:
        """Outside the event loop (at exit): wait for the opening thread if it still runs (the
        window was closed while the database was being opened). False when it still does."""
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched is self.assembly.window:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._open_in_thread)  # after this paint is done
        return False

    def _open_in_thread(self) -> None:
        self._paint_wait.stop()
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._open, name="backcare-desk-open", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        """In the opening thread."""
        error: BaseException | None = None
        try:
            self._open_storage()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            error = exc
        with contextlib.suppress(RuntimeError):  # the app quit meanwhile: no one to tell
            self._opened.emit(error)

    def _on_opened(self, error: BaseException | None) -> None:
        set_up = False
        if error is None:
            try:
                self._hold_storage()
                from intake.clinic import is_set_up

                set_up = is_set_up()
            except Exception as exc:  # noqa: BLE001 - every failure refuses the start
                error = exc
        if error is not None:
            self._refuse(error)
        elif set_up:
            self._outcome = StartOutcome.desk
            self._complete_desk(self.assembly.WATCH_AFTER_MS)  # the sign-in page repaints first
            self.ready.emit()
        else:
            self._outcome = StartOutcome.first_run
            self._show_first_run()
            self.ready.emit()

    def _refuse(self, error: BaseException) -> None:
        self._outcome = StartOutcome.refused
        self.assembly.window.hide()  # still "Opening the database…": no one signed in
        self.refused.emit(error)

    def _complete_desk(self, watch_after_ms: int = 0) -> None:
        assembly = self.assembly
        assembly.storage_opened()
        QTimer.singleShot(watch_after_ms, assembly.window, assembly.start_watching)
        assembly.start_backups()

    def _show_first_run(self) -> None:
        from ui.desk.shell.first_run import FirstRunWindow

        first = FirstRunWindow()
        first.completed.connect(self._first_run_completed)
        first.show()
        self.first_run = first
        self.assembly.window.hide()

    def _first_run_completed(self) -> None:
        window = self.assembly.window
        self._outcome = StartOutcome.desk
        self._complete_desk()
        window.suggest_username(self.first_run.admin_username())
        window.showMaximized()
        self.first_run.close()


def _start_queue(forwarder, profile: dict[str, str] | None) -> None:
    """Once the kiosk's first frame is on screen: its profile kept beside the outbox (for a later
    start without the database), then heartbeats and delivery of what an earlier run queued."""
    from ui.kiosk.offline import save_profile

    if profile is not None:
        save_profile(forwarder.outbox(), profile)
    forwarder.start()


def _staff_intake_form(staff_id: int | None, parent: QWidget) -> QWidget:
    """The kiosk's intake questions as staff fill them in at the desk for a patient."""
    from intake.vocabulary import IntakeSource
    from ui.kiosk.flow import IntakeFlow

    return IntakeFlow(mode=IntakeSource.desk, staff_id=staff_id, parent=parent)


def assemble_desk(where: str, *, storage_open: bool = True):
    """The desk with everything it is handed from outside ui/desk/ (`storage_open=False`: its
    window only, before the database is open; see DeskStart)."""
    from ui.desk.assembly import DeskAssembly

    return DeskAssembly(where, intake_form=_staff_intake_form, storage_open=storage_open)
