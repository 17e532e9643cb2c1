"""An urgent arrival nobody has acknowledged: the desk calls for attention until someone does,
locked or not.

- `UrgentLockNotice`: what the lock screen (the sign-in page) shows — when the arrival came and
  the kind of warning sign, and "sign in to see who". Never a name: the waiting room can see it.
- `UrgentAlarm`: the window title flashes, the taskbar entry asks for attention
  (QApplication.alert) and the system beep sounds, again every `repeat_ms`, until the Arrivals
  page reports no unacknowledged urgent arrival. It is fed `intake.arrivals.UrgentNotice`s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from intake.arrivals import CAUDA_EQUINA, UrgentNotice
from ui import dates

FLASH_MS = 800
REPEAT_MS = 20_000
NOTICE_WIDTH = 520
MARGIN = 22


class UrgentLockNotice(QFrame):
    """The lock screen's urgent notice (hidden while there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentLockNotice")
        self.setAccessibleName(self.tr("Urgent arrival waiting"))
        self._title = QLabel()
        self._title.setObjectName("urgentLockTitle")
        self._lines = QLabel()
        self._lines.setObjectName("urgentLockLines")
        self._lines.setWordWrap(True)
        self._action = QLabel(self.tr("Sign in to see who, then acknowledge the alert on the "
                                      "Arrivals page. A clinician must assess them today."))
        self._action.setObjectName("urgentLockAction")
        self._action.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(MARGIN, 16, MARGIN, 18)
        column.setSpacing(8)
        column.addWidget(self._title)
        column.addWidget(self._lines)
        column.addWidget(self._action)
        self.setFixedWidth(NOTICE_WIDTH)
        self.hide()

    def show_notices(self, notices: Sequence[UrgentNotice]) -> None:
        if not notices:
            self.hide()
            return
        if len(notices) == 1:
            self._title.setText("⚠ " + self.tr("Urgent arrival waiting"))
        else:
            self._title.setText("⚠ " + self.tr("{n} urgent arrivals waiting").format(n=len(notices)))
        self._lines.setText("\n".join(
            self.tr("Arrived {time} — {sign}").format(time=dates.time_text(n.arrived_at),
                                                      sign=self.sign_text(n.sign))
            for n in notices))
        # wrapped labels in a fixed-width frame: give them the height their lines need
        for label in (self._lines, self._action):
            label.ensurePolished()  # the style sheet's font decides how many lines
            label.setMinimumHeight(label.heightForWidth(NOTICE_WIDTH - 2 * MARGIN))
        self.show()

    def sign_text(self, sign: str) -> str:
        if sign == CAUDA_EQUINA:
            return self.tr("cauda equina warning sign")
        return self.tr("urgent answer on the kiosk")

    def text(self) -> str:
        """Everything the notice says, as one string (empty while hidden)."""
        if self.isHidden():
            return ""
        return "\n".join(label.text() for label in (self._title, self._lines, self._action))


class UrgentAlarm(QObject):
    """Calls for attention while `set_notices()` was last given at least one notice."""

    def __init__(self, window: QWidget, *, beep: Callable[[], None] = QApplication.beep,
                 alert: Callable[[QWidget, int], None] = QApplication.alert,
                 flash_ms: int = FLASH_MS, repeat_ms: int = REPEAT_MS) -> None:
        super().__init__(window)
        self._window = window
        self._beep = beep
        self._alert = alert
        self._notices: list[UrgentNotice] = []
        self._plain_title = ""
        self._flash_on = False
        self._notice = UrgentLockNotice()
        self._flash = QTimer(self)
        self._flash.setInterval(flash_ms)
        self._repeat = QTimer(self)
        self._repeat.setInterval(repeat_ms)
        self._flash.timeout.connect(self._toggle_title)
        self._repeat.timeout.connect(self._call)

    def lock_notice(self) -> UrgentLockNotice:
        """The widget for the lock screen (the window places it)."""
        return self._notice

    def set_notices(self, notices: Sequence[UrgentNotice]) -> None:
        self._notices = list(notices)
        self._notice.show_notices(self._notices)
        if self._notices and not self.is_ringing():
            self._plain_title = self._window.windowTitle()
            self._flash.start()
            self._repeat.start()
            self._call()
        elif not self._notices and self.is_ringing():
            self._flash.stop()
            self._repeat.stop()
            self._flash_on = False
            self._window.setWindowTitle(self._plain_title)

    def is_ringing(self) -> bool:
        return self._repeat.isActive()

    def is_flashing(self) -> bool:
        return self._flash.isActive()

    def _call(self) -> None:
        self._alert(self._window, 0)
        self._beep()

    def _toggle_title(self) -> None:
        self._flash_on = not self._flash_on
        if self._flash_on:
            self._window.setWindowTitle(self.tr("⚠ URGENT ARRIVAL — {title}").format(
                title=self._plain_title))
        else:
            self._window.setWindowTitle(self._plain_title)

