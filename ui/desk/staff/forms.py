"""The two forms of the Staff page: add an account, and change the selected one.

Both act through intake.staff with the signed-in admin's id; intake refuses non-admins.
Messages appear inline (no dialogs) next to the button that caused them. Every change (and the
argon2 hashing of a new password or PIN) runs in the form's write lane (ui/workers.py): the
window never waits on it, and the buttons stay disabled until the answer is back.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import staff as staffmod
from intake.errors import BackCareError, ValidationError
from intake.session import ROLES, StaffSession
from intake.vocabulary import Role
from ui.desk.messages import error_text
from ui.desk.shell.labels import role_label
from ui.workers import Lane


def _line(accessible: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _roles_combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for role in ROLES:
        combo.addItem(role_label(role), role)
    return combo


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, error: bool) -> None:
    label.setObjectName("errorText" if error else "okText")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.show()


class AddStaffForm(QGroupBox):
    """staff_added(staff_id) after an account was created."""

    staff_added = Signal(int)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a staff member"), parent)
        self._session = session
        self._username = _line(self.tr("New username"))
        self._name = _line(self.tr("New staff member's name"))
        self._role = _roles_combo(self.tr("New staff member's role"))
        self._role.setCurrentIndex(ROLES.index(Role.front_desk))
        self._password = _line(self.tr("New password"), secret=True)
        self._again = _line(self.tr("New password again"), secret=True)
        self._pin = _line(self.tr("PIN for the kiosk exit (optional)"), secret=True)
        self._pin.setPlaceholderText(self.tr("optional, 4–8 digits"))
        self._add = QPushButton(self.tr("Add staff member"))
        self._add.setObjectName("primaryButton")
        self._add.setAccessibleName(self.tr("Add staff member"))
        self._message = _message_label(self.tr("Add staff message"))
        self._writing = Lane("staff-accounts", self, every_task=True)
        form = QFormLayout(self)
        form.addRow(self.tr("Username"), self._username)
        form.addRow(self.tr("Name"), self._name)
        form.addRow(self.tr("Role"), self._role)
        form.addRow(self.tr("Password"), self._password)
        form.addRow(self.tr("Password again"), self._again)
        form.addRow(self.tr("PIN"), self._pin)
        form.addRow(self._message)
        form.addRow(self._add)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._add.clicked.connect(self._on_add)
        self._writing.busy_changed.connect(self._show_busy)

    def is_busy(self) -> bool:
        return self._writing.is_busy()

    def _show_busy(self, busy: bool) -> None:
        self._add.setEnabled(not busy)
        self._add.setText(self.tr("Adding…") if busy else self.tr("Add staff member"))

    def _on_add(self) -> None:
        """The account made in the write lane (its password and PIN hashed there) as the
        signed-in admin."""
        if self._writing.is_busy():
            return
        if self._password.text() != self._again.text():
            show_message(self._message, error_text(ValidationError("mismatch", field="password_again")),
                         error=True)
            self._again.setFocus()
            return
        self._message.hide()
        self._writing.submit(
            functools.partial(staffmod.create_staff, self._username.text(), self._name.text(),
                              self._role.currentData(), self._password.text(),
                              pin=self._pin.text() or None, by_staff_id=self._session.staff_id),
            on_done=self._added,
            on_error=lambda exc: show_message(self._message, error_text(exc), error=True))

    def _added(self, staff) -> None:
        for edit in (self._username, self._name, self._password, self._again, self._pin):
            edit.clear()
        show_message(self._message, self.tr("{name} can now sign in as “{user}”.").format(
            name=staff.display_name, user=staff.username), error=False)
        self.staff_added.emit(staff.id)


class AccountForm(QGroupBox):
    """Role, enable/disable and password/PIN reset for one account; account_changed(staff_id)."""

    account_changed = Signal(int)

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Selected account"), parent)
        self._session = session
        self._staff_id: int | None = None
        self._active = True
        self._who = QLabel(self.tr("Choose someone in the list."))
        self._who.setObjectName("accountName")
        self._role = _roles_combo(self.tr("Role of the selected account"))
        self._also_practitioner = QCheckBox(self.tr("also practitioner"))
        self._also_practitioner.setAccessibleName(self.tr("Also a practitioner"))
        self._role_button = QPushButton(self.tr("Change role"))
        self._role_button.setAccessibleName(self.tr("Change role"))
        self._diary = QComboBox()
        self._diary.setAccessibleName(self.tr("Practitioner's diary of the selected account"))
        self._diary_button = QPushButton(self.tr("Link diary"))
        self._diary_button.setAccessibleName(self.tr("Link diary"))
        self._active_button = QPushButton(self.tr("Disable account"))
        self._active_button.setAccessibleName(self.tr("Disable or enable the account"))
        self._password = _line(self.tr("Reset: new password"), secret=True)
        self._again = _line(self.tr("Reset: new password again"), secret=True)
        self._pin = _line(self.tr("Reset: new PIN"), secret=True)
        self._pin.setPlaceholderText(self.tr("leave empty to keep"))
        self._reset_button = QPushButton(self.tr("Reset password / PIN"))
        self._reset_button.setAccessibleName(self.tr("Reset password or PIN"))
        self._message = _message_label(self.tr("Account message"))
        self._diaries: list[tuple[str, int]] = []  # (name, id) of the active practitioners
        self._diaries_refused: BackCareError | None = None
        self._writing = Lane("staff-account-changes", self, every_task=True)
        role_row = QHBoxLayout()
        role_row.addWidget(self._role, 1)
        role_row.addWidget(self._also_practitioner)
        role_row.addWidget(self._role_button)
        diary_row = QHBoxLayout()
        diary_row.addWidget(self._diary, 1)
        diary_row.addWidget(self._diary_button)
        form = QFormLayout()
        form.addRow(self.tr("Role"), role_row)
        form.addRow(self.tr("Practitioner's diary"), diary_row)
        form.addRow(self.tr("New password"), self._password)
        form.addRow(self.tr("Password again"), self._again)
        form.addRow(self.tr("New PIN"), self._pin)
        box = QVBoxLayout(self)
        box.addWidget(self._who)
        box.addLayout(form)
        box.addWidget(self._reset_button)
        box.addWidget(self._active_button)
        box.addWidget(self._message)
        self._connect_signals()
        self.show_account(None)

    def _connect_signals(self) -> None:
        self._role.currentIndexChanged.connect(lambda _index: self._fit_also_practitioner())
        self._role_button.clicked.connect(self._on_change_role)
        self._diary_button.clicked.connect(self._on_link_diary)
        self._active_button.clicked.connect(self._on_toggle_active)
        self._reset_button.clicked.connect(self._on_reset)
        self._writing.busy_changed.connect(lambda _busy: self._enable_buttons())

    def set_diaries(self, diaries: list[tuple[str, int]],
                    refused: BackCareError | None = None) -> None:
        """The diaries (name, id) an account may be linked to, read by the Staff page in its
        worker with the accounts (`refused`: why they could not be read)."""
        self._diaries, self._diaries_refused = list(diaries), refused

    def is_busy(self) -> bool:
        return self._writing.is_busy()

    def _enable_buttons(self) -> None:
        """The buttons of a chosen account, off while a change is written: one click, once."""
        enabled = self._staff_id is not None and not self._writing.is_busy()
        for widget in (self._role_button, self._diary_button, self._active_button,
                       self._reset_button):
            widget.setEnabled(enabled)

    def show_account(self, staff) -> None:
        """Show `staff` (an intake.records.StaffRow) or nothing. The message stays when the
        same account is shown again after a change."""
        if staff is None or staff.id != self._staff_id:
            self._message.hide()
        self._staff_id = staff.id if staff is not None else None
        for widget in (self._role, self._also_practitioner, self._diary, self._password,
                       self._again, self._pin):
            widget.setEnabled(staff is not None)
        self._enable_buttons()
        self._diary.clear()
        if staff is None:  # nothing chosen: no role, no diary shown
            self._who.setText(self.tr("Choose someone in the list."))
            self._role.setCurrentIndex(-1)
            self._also_practitioner.setChecked(False)
            return
        self._who.setText(self.tr("{name} ({user})").format(name=staff.display_name,
                                                             user=staff.username))
        held = staff.roles
        self._role.setCurrentIndex(max(0, self._role.findData(staff.role)))
        self._also_practitioner.setChecked(Role.practitioner in held
                                           and staff.role != Role.practitioner)
        self._fit_also_practitioner()
        self._diary.addItem(self.tr("(no diary)"), None)
        if self._diaries_refused is not None:
            show_message(self._message, error_text(self._diaries_refused), error=True)
        for name, practitioner_id in self._diaries:
            self._diary.addItem(name, practitioner_id)
        self._diary.setCurrentIndex(max(0, self._diary.findData(staff.practitioner_id)))
        self._active = staff.active
        self._active_button.setText(self.tr("Disable account") if staff.active
                                    else self.tr("Enable account"))

    def _fit_also_practitioner(self) -> None:
        """"also practitioner" means nothing beside the practitioner role itself."""
        is_practitioner = self._role.currentData() == Role.practitioner
        if is_practitioner:
            self._also_practitioner.setChecked(False)
        self._also_practitioner.setEnabled(self._staff_id is not None and not is_practitioner)

    def _run(self, action, done_text: str, then=None) -> None:
        """`action()` in the write lane; then `account_changed` (the page reads the list again),
        `done_text` shown and `then()`; a refusal is shown instead."""
        if self._staff_id is None or self._writing.is_busy():
            return
        staff_id = self._staff_id

        def done(_staff) -> None:
            self.account_changed.emit(staff_id)
            show_message(self._message, done_text, error=False)
            if then is not None:
                then()

        self._message.hide()
        self._writing.submit(action, on_done=done,
                             on_error=lambda exc: show_message(self._message, error_text(exc),
                                                               error=True))

    def _on_change_role(self) -> None:
        role = self._role.currentData()
        roles = [role] + ([Role.practitioner] if self._also_practitioner.isChecked() else [])
        self._run(functools.partial(staffmod.change_role, self._staff_id, roles,
                                    by_staff_id=self._session.staff_id),
                  self.tr("Role changed to {role}.").format(
                      role=" + ".join(role_label(r) for r in dict.fromkeys(roles))))

    def _on_link_diary(self) -> None:
        practitioner_id = self._diary.currentData()
        self._run(functools.partial(staffmod.link_practitioner, self._staff_id, practitioner_id,
                                    by_staff_id=self._session.staff_id),
                  self.tr("Diary linked: this person's decisions are recorded for it.")
                  if practitioner_id is not None else self.tr("Diary unlinked."))

    def _on_toggle_active(self) -> None:
        active = not self._active
        self._run(functools.partial(staffmod.set_active, self._staff_id, active,
                                    by_staff_id=self._session.staff_id),
                  self.tr("Account enabled.") if active else self.tr("Account disabled."))

    def _on_reset(self) -> None:
        """The new password and PIN hashed (argon2) and saved in the write lane."""
        password, pin = self._password.text(), self._pin.text()
        if password != self._again.text():
            show_message(self._message, error_text(ValidationError("mismatch", field="password_again")),
                         error=True)
            return

        def forget_typed() -> None:
            for edit in (self._password, self._again, self._pin):
                edit.clear()

        self._run(functools.partial(staffmod.reset_secret, self._staff_id,
                                    password=password or None, pin=pin or None,
                                    by_staff_id=self._session.staff_id),
                  self.tr("Saved. The account is unlocked."), then=forget_typed)
