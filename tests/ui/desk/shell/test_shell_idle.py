"""The idle lock: the desk locks itself, open forms keep their text, anyone on the staff
unlocks, input postpones the lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from intake.models import AuditEntry
from intake.session import StaffSession
from tests.ui.desk.shell.test_shell_sign_in import sign_in
from tests.ui.desk.shell_support import (  # noqa: F401 - fixtures
    ADMIN_PASSWORD,
    DESK_PASSWORD,
    _accounts,
    _cheap_hashes,
    control,
)
from ui.desk.shell.idle_lock import IdleWatcher
from ui.desk.shell.main_window import DeskWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class NoteForm(QWidget):
    """Stands in for a page with an unsaved form."""

    def __init__(self) -> None:
        super().__init__()
        self.note = QLineEdit()
        self.note.setAccessibleName("Unsaved note")
        QVBoxLayout(self).addWidget(self.note)


@pytest.fixture
def session():
    return StaffSession()


@pytest.fixture
def window(qtbot, accounts, session):
    win = DeskWindow(session, "sqlite:///test.db", idle_minutes=5)
    qtbot.addWidget(win)
    win.add_page("patients", "Patients", NoteForm())
    win.show()
    return win


def test_idle_lock_keeps_the_open_form_and_its_text(qtbot, window, session, accounts):
    admin, desk = accounts
    sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    form = window.page("patients")
    qtbot.keyClicks(form.note, "call back about Tuesday")
    window.set_idle_timeout_ms(50)
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert window.is_locked() and not session.signed_in
    assert not form.isVisible() and form.note.text() == "call back about Tuesday"
    # written in a worker: the lock did not wait for it
    qtbot.waitUntil(lambda: AuditEntry.select().where(AuditEntry.action == "desk_locked").exists(),
                    timeout=3000)
    window.set_idle_timeout_ms(60_000)
    # another staff member unlocks and finds the form as it was left
    sign_in(qtbot, window, "desk", DESK_PASSWORD)
    assert not window.is_locked() and session.staff_id == desk.id
    assert window.current_page() == "patients" and form.isVisible()
    assert form.note.text() == "call back about Tuesday"


def test_lock_button_prefills_the_last_user_and_names_whose_work_is_kept(qtbot, window):
    sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    with qtbot.waitSignal(window.locked):
        control(window, QPushButton, "Lock the desk").click()
    assert control(window, QLineEdit, "Username").text() == "boss"
    note = control(window, QLabel, "Whose work the lock keeps")
    assert note.isVisible() and "Ada Admin" in note.text()


def test_unlock_by_non_admin_leaves_an_admin_page(qtbot, window):
    sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    assert window.show_page("staff")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    sign_in(qtbot, window, "desk", DESK_PASSWORD)
    assert window.current_page() == "patients"
    assert "staff" not in window.nav_keys()


def _nudged(qtbot, watcher: IdleWatcher, give_input) -> bool:
    """Whether `give_input()` restarted the count (10 s), once at least 100 ms had gone."""
    qtbot.waitUntil(lambda: watcher.remaining_ms() < 9_900, timeout=3000)
    give_input()
    return watcher.remaining_ms() > 9_900


def test_input_postpones_the_lock(qtbot):
    """Input arrives as the platform delivers it: to the top-level window (QWindow), which
    hands it to the widget; a dialog opened after the count started is watched too."""
    target = QLineEdit()
    qtbot.addWidget(target)
    target.show()
    qtbot.waitExposed(target)
    watcher = IdleWatcher(10_000)
    watcher.start()
    window = target.windowHandle()
    assert _nudged(qtbot, watcher, lambda: QTest.keyClick(window, Qt.Key.Key_A))
    assert target.text() == "a"  # the key reached the widget: the watcher only looks
    assert _nudged(qtbot, watcher, lambda: QTest.mouseClick(window, Qt.MouseButton.LeftButton,
                                                            Qt.KeyboardModifier.NoModifier,
                                                            QPoint(5, 5)))
    later = QDialog()
    qtbot.addWidget(later)
    field = QLineEdit(later)
    later.show()
    qtbot.waitExposed(later)
    later.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is later.windowHandle(), timeout=3000)
    assert _nudged(qtbot, watcher, lambda: QTest.keyClick(later.windowHandle(), Qt.Key.Key_B))
    assert field.text() == "b"
    watcher.stop()
    assert watcher.remaining_ms() == -1
    QTest.keyClick(window, Qt.Key.Key_C)
    assert watcher.remaining_ms() == -1  # stopped: input no longer arms it


def test_idle_watcher_minutes():
    assert IdleWatcher.minutes_to_ms(5) == 300_000
    assert IdleWatcher.minutes_to_ms(0.5) == 30_000
    assert IdleWatcher.minutes_to_ms(0) == 300_000  # the lock cannot be switched off


def test_a_dialog_of_the_desk_hides_while_locked_and_comes_back(qtbot, window):
    sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    dialog = QDialog(window.page("patients"))
    answer = QLineEdit(dialog)
    answer.setText("half typed")
    dialog.show()
    window.lock()
    assert not dialog.isVisible()
    sign_in(qtbot, window, "boss", ADMIN_PASSWORD)
    assert dialog.isVisible() and answer.text() == "half typed"
