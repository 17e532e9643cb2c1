"""The staff exit panel of the kiosk window: a PIN or password checked by intake.staff.

It stays in the clinic's language (English) whatever the patient chose: this module is left out
of the kiosk's translation files on purpose (see ui/kiosk/translations.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from intake import db as dbmod
from intake import staff
from intake.errors import BackCareError, NotAllowedError, StorageError
from ui import dates
from ui.kiosk.pages import Overlay
from ui.widgets.touch_keyboard import TouchKeyboard


class StaffExitPanel(Overlay):
    """A PIN or password field; `verified(staff_id)` when intake.staff accepts it."""

    verified = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget, *, kiosk: Callable[[], int] | None = None):
        super().__init__(parent)
        self._kiosk = kiosk  # this kiosk's device identity: wrong tries are counted for it
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
            kiosk_id = self._kiosk() if self._kiosk is not None else None
            member = staff.verify_staff_secret(secret, kiosk_id=kiosk_id)
        except NotAllowedError as exc:
            until = exc.details.get("until")
            self._message.setText(self.tr(
                "Too many wrong tries. The staff exit opens again at {time}.").format(
                    time=dates.time_text(until) if until else "?"))
            return
        except BackCareError:
            member = None
        if member is None:
            self._message.setText(self.tr("That PIN or password is not right."))
            return
        self.verified.emit(member.id)
