"""Overlays of the kiosk window: "Are you still there?" and the staff exit panel."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from intake import db as dbmod
from intake import staff
from intake.errors import BackCareError, NotAllowedError, StorageError
from ui.kiosk.pages import Overlay
from ui.widgets.touch_keyboard import TouchKeyboard


class IdleCountdown(Overlay):
    """Shows the seconds left; any touch (the window stops it) cancels; at 0 it expires."""

    expired = Signal()

    def __init__(self, countdown_ms: int, parent: QWidget):
        super().__init__(parent)
        self._total = countdown_ms
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(min(250, max(10, countdown_ms // 4)))
        self._title = QLabel(self.tr("Are you still there?"), self)
        self._title.setObjectName("bigTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._left = QLabel(self)
        self._left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._left.setWordWrap(True)
        self._stay = QPushButton(self.tr("Yes, I am still here"), self)
        self._stay.setObjectName("primary")
        self._stay.setAccessibleName(self.tr("Yes, I am still here"))
        self.card_layout.addWidget(self._title)
        self.card_layout.addWidget(self._left)
        self.card_layout.addWidget(self._stay)
        self._tick.timeout.connect(self._on_tick)
        self._stay.clicked.connect(self.stop)

    def set_duration(self, countdown_ms: int) -> None:
        self._total = countdown_ms
        self._tick.setInterval(min(250, max(10, countdown_ms // 4)))

    def start(self) -> None:
        self._clock.start()
        self._update_text(self._total)
        self._tick.start()
        self.open()
        self._stay.setFocus()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def is_running(self) -> bool:
        return self._tick.isActive()

    def seconds_left(self) -> int:
        return max(0, -(-(self._total - self._clock.elapsed()) // 1000))

    def _on_tick(self) -> None:
        left = self._total - self._clock.elapsed()
        if left <= 0:
            self.stop()
            self.expired.emit()
            return
        self._update_text(left)

    def _update_text(self, left_ms: int) -> None:
        seconds = max(0, -(-left_ms // 1000))
        self._left.setText(self.tr("For your privacy, your answers will be cleared in {n} "
                                   "seconds. Touch the screen to carry on.").format(n=seconds))


class StaffExitPanel(Overlay):
    """A PIN or password field; `verified(staff_id)` when intake.staff accepts it."""

    verified = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        title = QLabel(self.tr("Staff: leave the kiosk"), self)
        title.setObjectName("stepTitle")
        self._secret = QLineEdit(self)
        self._secret.setEchoMode(QLineEdit.EchoMode.Password)
        self._secret.setAccessibleName(self.tr("Staff PIN or password"))
        self._secret.setPlaceholderText(self.tr("PIN or password"))
        self._message = QLabel(self)
        self._message.setObjectName("error")
        self._message.setWordWrap(True)
        self._leave = QPushButton(self.tr("Leave kiosk"), self)
        self._leave.setObjectName("primary")
        self._leave.setAccessibleName(self.tr("Leave kiosk"))
        self._cancel = QPushButton(self.tr("Cancel"), self)
        self._cancel.setAccessibleName(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self._cancel)
        row.addWidget(self._leave)
        self._keyboard = TouchKeyboard(self)  # the kiosk has no other keyboard
        for widget in (title, self._secret, self._message):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(row)
        self.card_layout.addWidget(self._keyboard)
        self._leave.clicked.connect(self._check)
        self._secret.returnPressed.connect(self._check)
        self._cancel.clicked.connect(self.cancelled)

    def open(self) -> None:
        self._secret.clear()
        self._message.clear()
        self._secret.setFocus()
        self._keyboard.attach(self._secret)
        self._keyboard.show()
        super().open()
        self._secret.setFocus()

    def close_panel(self) -> None:
        self._secret.clear()
        self._message.clear()
        self.hide()

    def secret_edit(self) -> QLineEdit:
        return self._secret

    def touch_keyboard(self) -> TouchKeyboard:
        return self._keyboard

    def leave_button(self) -> QPushButton:
        return self._leave

    def message(self) -> str:
        return self._message.text()

    def _check(self) -> None:
        secret = self._secret.text()
        self._secret.clear()
        try:
            dbmod.ensure_connected()  # a kiosk started without its database (ui.kiosk.offline)
        except StorageError:
            self._message.setText(self.tr("The clinic's database does not answer, so the PIN "
                                          "cannot be checked now. Please try again later."))
            return
        try:
            member = staff.verify_staff_secret(secret)
        except NotAllowedError as exc:
            until = exc.details.get("until")
            self._message.setText(self.tr(
                "Too many wrong tries. The staff exit opens again at {time}.").format(
                    time=QLocale().toString(until.time(), QLocale.FormatType.ShortFormat)
                    if until else "?"))
            return
        except BackCareError:
            member = None
        if member is None:
            self._message.setText(self.tr("That PIN or password is not right."))
            return
        self.verified.emit(member.id)
