"""The desk's sign-in page: username, password or PIN, one button. Also the lock screen.

It only checks the secret (intake.staff.sign_in, argon2: 0.1–0.25 s) in a worker thread, so the
window keeps painting, and says why it was refused; the window decides what a sign-in opens.
A sign-in needs the password; on the lock screen the person who locked the desk may unlock it
with their PIN as well (intake.staff.unlock_as).

At start the page is drawn before the database is open (`set_opening(True)`): the fields can be
filled, but nothing is checked and the button says "Opening the database…" until the desk has
opened and checked it (ui/windows.py), so no one signs in against a database that failed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake.errors import BackCareError, NotAllowedError, StorageError
from ui import dates
from ui.workers import Lane

if TYPE_CHECKING:
    from intake.staff import SignedIn

log = logging.getLogger(__name__)

CARD_WIDTH = 440
CARD_MARGIN = 28


class SignInPage(QWidget):
    """Signals `signed_in_as(intake.staff.SignedIn)` and `signed_in(staff_id)` after a right
    username and password (or PIN); `refused(text)` with the message shown otherwise."""

    signed_in = Signal(int)
    signed_in_as = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locked_id: int | None = None  # who locked the desk: may unlock with the PIN
        self._locked_username = ""
        self._opening = False  # the database is not open yet: nothing may be checked
        self.setObjectName("signInPage")
        self._title = QLabel(self.tr("Sign in to the front desk"))
        self._title.setObjectName("pageTitle")
        self._note = QLabel()
        self._note.setObjectName("lockNote")
        self._note.setWordWrap(True)
        self._note.setAccessibleName(self.tr("Whose work the lock keeps"))
        self._note.hide()
        self._username = QLineEdit()
        self._username.setAccessibleName(self.tr("Username"))
        self._secret = QLineEdit()
        self._secret.setEchoMode(QLineEdit.EchoMode.Password)
        self._secret.setAccessibleName(self.tr("Password or PIN"))
        self._button = QPushButton(self.tr("Sign in"))
        self._button.setObjectName("primaryButton")
        self._button.setAccessibleName(self.tr("Sign in"))
        self._button.setDefault(True)
        self._error = QLabel()
        self._error.setObjectName("errorText")
        self._error.setWordWrap(True)
        self._error.setAccessibleName(self.tr("Sign-in message"))
        self._error.hide()
        self._checking = Lane("sign-in", self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(CARD_WIDTH)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Username"), self._username)
        form.addRow(self.tr("&Password or PIN"), self._secret)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(CARD_MARGIN, 24, CARD_MARGIN, 28)
        inner.setSpacing(14)
        inner.addWidget(self._title)
        inner.addWidget(self._note)
        inner.addLayout(form)
        inner.addWidget(self._error)
        inner.addWidget(self._button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _connect_signals(self) -> None:
        self._button.clicked.connect(self._try_sign_in)
        self._username.returnPressed.connect(self._secret.setFocus)
        self._secret.returnPressed.connect(self._try_sign_in)
        self._checking.busy_changed.connect(self._show_checking)

    # ------------------------------------------------------------------ public

    def reset(self, *, username: str = "", locked_by: str = "",
              locked_id: int | None = None) -> None:
        """Empty the form. `locked_by`: whose work the lock keeps (shows the lock note);
        `locked_id`: their account, which may unlock with its PIN under `username`."""
        self._locked_id = locked_id if locked_by else None
        self._locked_username = username.strip().lower()
        self._username.setText(username)
        self._secret.clear()
        self._error.hide()
        if locked_by:
            self._title.setText(self.tr("The desk is locked"))
            self._note.setText(self.tr(
                "Open work of {name} is kept. {name} can unlock with their PIN; anyone else on "
                "the staff signs in with their password to go on where the desk was left."
            ).format(name=locked_by))
            self._note.show()
            # a wrapped label in a fixed-width card: give it the height its lines need
            self._note.setMinimumHeight(self._note.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN))
        else:
            self._title.setText(self.tr("Sign in to the front desk"))
            self._note.hide()
        self.focus_first_empty()

    def add_notice(self, widget: QWidget) -> None:
        """Show `widget` above the sign-in card (e.g. an urgent arrival waiting)."""
        self.layout().insertWidget(1, widget, 0, Qt.AlignmentFlag.AlignHCenter)

    def focus_first_empty(self) -> None:
        (self._secret if self._username.text() else self._username).setFocus()

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def set_opening(self, opening: bool) -> None:
        """While the desk opens its database: the button is off and says so, Return does
        nothing, and what was typed stays."""
        self._opening = opening
        self._show_checking(self._checking.is_busy())

    def is_opening(self) -> bool:
        return self._opening

    # ------------------------------------------------------------------ private

    def _try_sign_in(self) -> None:
        if self._opening:
            return  # the database is not open (or failed): the typed secret is kept
        from intake import staff as staffmod

        username, secret = self._username.text(), self._secret.text()
        self._secret.clear()
        if not username.strip():
            self._show_error(self.tr("Type your username."))
            self._username.setFocus()
            return
        if not secret:
            self._show_error(self.tr("Type your password or PIN."))
            self._secret.setFocus()
            return
        if self._checking.is_busy():
            return
        self._error.hide()
        if self._locked_id is not None and username.strip().lower() == self._locked_username:
            check, args = staffmod.unlock_as, (self._locked_id, secret)  # PIN or password
        else:
            check, args = staffmod.sign_in, (username, secret)  # the password only
        self._checking.submit(check, *args,
                              on_done=self._accepted, on_error=self._refused)

    def is_checking(self) -> bool:
        return self._checking.is_busy()

    def _accepted(self, staff: SignedIn) -> None:
        self._error.hide()
        self.signed_in_as.emit(staff)
        self.signed_in.emit(staff.id)

    def _refused(self, exc: BackCareError) -> None:
        text = self._message(exc)
        self._show_error(text)
        self._secret.setFocus()
        self.refused.emit(text)

    def _show_checking(self, busy: bool) -> None:
        self._button.setEnabled(not busy and not self._opening)
        if self._opening:
            self._button.setText(self.tr("Opening the database…"))
        else:
            self._button.setText(self.tr("Checking…") if busy else self.tr("Sign in"))

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()
        self._error.setMinimumHeight(self._error.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN))

    def _message(self, exc: BackCareError) -> str:
        if isinstance(exc, NotAllowedError):
            from ui.desk.messages import (  # (its imports read the storage code)
                Occasion,
                occasion_text,
            )

            until = exc.details.get("until")
            return occasion_text(Occasion.signing_in, exc.code,
                                 time=dates.time_text(until) if until is not None else "?")
        if isinstance(exc, StorageError):
            return self.tr("The database did not answer. Check the network and try again.")
        log.warning("sign-in refused: %s", exc.code)
        return self.tr("Signing in failed. Try again.")
