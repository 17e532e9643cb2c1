"""The front desk window: sign-in, left navigation, the pages, the status bar, the idle lock.

Locking (idle time, the Lock button or Ctrl+L) never closes a page: the window's top-level
QStackedWidget simply shows the sign-in page in front of the workspace, whose forms keep their
unsaved text. Decision: ANY active staff member may unlock, and finds the desk as it was left
(the desk is shared; the one signing in takes over and further saves are recorded under their
name). Only an admin-only page is left for the first page when the one who unlocks is no admin.

Pages are registered by the app (`add_page`); the Staff and Audit pages are built in, admin only,
and kept at the foot of the navigation under the keys "staff" and "audit". A page may be given as
a factory: it is then built the first time it is shown (or asked for with `page()`), so the
window itself opens fast and a page nobody visits costs nothing.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake.session import StaffSession
from ui.desk.shell.idle_lock import IdleWatcher
from ui.desk.shell.labels import role_label
from ui.desk.shell.sign_in import SignInPage
from ui.desk.shell.storage_watch import OutageBanner, StorageWatch
from ui.style_sheets import icon, style_sheet
from ui.widgets.screen_fit import fit_to_screen
from ui.workers import Lane

if TYPE_CHECKING:
    from intake.staff import SignedIn

log = logging.getLogger(__name__)

BUILT_IN_KEYS = ("staff", "audit")
KEY_ROLE = Qt.ItemDataRole.UserRole


DB_LABEL_CHARS = 48  # with the backup warning beside it, the status bar fits 1366 px


def _elide_middle(text: str, limit: int) -> str:
    """"sqlite:////home/…/BackCare/backcare.db": the start and the end kept."""
    if len(text) <= limit:
        return text
    keep = limit - 1
    return text[:keep // 2] + "…" + text[-(keep - keep // 2):]


def desk_stylesheet() -> str:
    """The desk's style sheet (resources/widgets.qss and desk.qss); empty when a file is
    missing."""
    try:
        return style_sheet("desk", spinUp=icon("spin_up.svg"), spinDown=icon("spin_down.svg"))
    except OSError:
        log.warning("desk.qss not found; the desk uses the platform style")
        return ""


@dataclass
class _Page:
    factory: Callable[[], QWidget] | None
    admin_only: bool
    item: QListWidgetItem
    widget: QWidget | None = None


class DeskWindow(QMainWindow):
    """signed_in(staff_id) after each sign-in (also an unlock); locked() when the desk locks;
    search_requested() on Ctrl+F and new_patient_requested() on Ctrl+N (the Patients page, when
    registered under "patients", is shown first); page_shown(key)."""

    signed_in = Signal(int)
    locked = Signal()
    search_requested = Signal()
    new_patient_requested = Signal()
    page_shown = Signal(str)

    def __init__(self, session: StaffSession, db_description: str, idle_minutes: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pages: dict[str, _Page] = {}
        self._left_username = ""
        self._shown_key: str | None = None
        self._hidden_while_locked: list[QWidget] = []
        self.setObjectName("deskWindow")
        self.setWindowTitle(self.tr("BackCare — Front desk"))
        self.setStyleSheet(desk_stylesheet())
        self._screens = QStackedWidget()
        self._sign_in = SignInPage()
        self._workspace = QWidget()
        self._workspace.setObjectName("workspace")
        self._nav = QListWidget()
        self._nav.setObjectName("deskNav")
        self._nav.setAccessibleName(self.tr("Navigation"))
        self._nav.setFixedWidth(200)
        self._user_label = QLabel()
        self._user_label.setObjectName("navUser")
        self._user_label.setContentsMargins(14, 8, 14, 8)
        self._lock_button = QPushButton(self.tr("Lock desk"))
        self._lock_button.setAccessibleName(self.tr("Lock the desk"))
        self._lock_button.setToolTip(self.tr("Lock now (Ctrl+L); open forms are kept"))
        self._stack = QStackedWidget()
        self._stack.setObjectName("deskPages")
        # the path elided in its middle on a laptop's status bar (the whole of it on hover)
        self._db_label = QLabel(self.tr("Database: {where}").format(
            where=_elide_middle(db_description, DB_LABEL_CHARS)))
        self._db_label.setToolTip(db_description)
        self._db_label.setAccessibleName(self.tr("Database in use"))
        self._who_label = QLabel()
        self._who_label.setAccessibleName(self.tr("Signed-in staff member"))
        self._search_action = self._make_action(self.tr("Find patient"), "Ctrl+F")
        self._new_patient_action = self._make_action(self.tr("New patient"), "Ctrl+N")
        self._lock_action = self._make_action(self.tr("Lock desk"), "Ctrl+L")
        self._idle = IdleWatcher(IdleWatcher.minutes_to_ms(idle_minutes), self)
        self._writes = Lane("desk-writes", self, every_task=True)
        self._outage = OutageBanner()
        self._storage = StorageWatch(self._outage, self)
        self._build()
        self.add_page("staff", self.tr("Staff"), self._staff_admin_page, admin_only=True)
        self.add_page("audit", self.tr("Audit trail"), self._audit_view, admin_only=True)
        self._connect_signals()
        self._show_signed_out()

    def _make_action(self, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build(self) -> None:
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        brand = QLabel(self.tr("BackCare"))
        brand.setObjectName("brand")
        side.addWidget(brand)
        side.addWidget(self._nav, 1)
        side.addWidget(self._user_label)
        side.addWidget(self._lock_button)
        side_box = QWidget()
        side_box.setObjectName("sideBar")
        side_box.setLayout(side)
        side_box.setFixedWidth(216)
        row = QHBoxLayout(self._workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side_box)
        row.addWidget(self._stack, 1)
        self._screens.addWidget(self._sign_in)
        self._screens.addWidget(self._workspace)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._outage)
        column.addWidget(self._screens, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self._who_label, 1)
        self.statusBar().addPermanentWidget(self._db_label)
        fit_to_screen(self, 1200, 720)

    def _connect_signals(self) -> None:
        self._sign_in.signed_in_as.connect(self._on_signed_in)
        self._nav.currentItemChanged.connect(self._on_nav_changed)
        self._lock_button.clicked.connect(self.lock)
        self._lock_action.triggered.connect(self.lock)
        self._search_action.triggered.connect(self._on_search)
        self._new_patient_action.triggered.connect(self._on_new_patient)
        self._idle.idled.connect(self.lock)

    # ------------------------------------------------------------------ pages

    def _staff_admin_page(self) -> QWidget:
        from ui.desk.staff.page import StaffAdminPage

        return StaffAdminPage(self._session)

    def _audit_view(self) -> QWidget:
        from ui.desk.audit.page import AuditView

        return AuditView(self._session)

    def add_page(self, key: str, title: str, page: QWidget | Callable[[], QWidget],
                 admin_only: bool = False) -> None:
        """Register a page under `key`, listed in the navigation as `title`: a widget, or a
        factory called when the page is first needed. Pages added by the app come before the
        built-in admin pages."""
        if key in self._pages:
            raise ValueError(f"page {key!r} already registered")
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        builtin_rows = [self._nav.row(p.item) for k, p in self._pages.items() if k in BUILT_IN_KEYS]
        row = min(builtin_rows) if builtin_rows and key not in BUILT_IN_KEYS else self._nav.count()
        self._nav.insertItem(row, item)
        if isinstance(page, QWidget):
            self._stack.addWidget(page)
            self._pages[key] = _Page(None, admin_only, item, page)
        else:
            self._pages[key] = _Page(page, admin_only, item)
        self._apply_role()

    def _built(self, page: _Page) -> QWidget:
        if page.widget is None:
            page.widget = page.factory()
            self._stack.addWidget(page.widget)
        return page.widget

    def show_page(self, key: str) -> bool:
        """Show the page `key`; False when there is none or the signed-in person may not."""
        page = self._pages.get(key)
        if page is None or not self._may_see(page):
            return False
        widget = self._built(page)
        self._stack.setCurrentWidget(widget)
        self._shown_key = key
        if self._nav.currentItem() is not page.item:
            self._nav.setCurrentItem(page.item)
        if key in BUILT_IN_KEYS:
            widget.refresh()
        self.page_shown.emit(key)
        return True

    def current_page(self) -> str | None:
        """The key of the page last shown (None before the first sign-in)."""
        return self._shown_key

    def nav_keys(self) -> list[str]:
        """The keys the navigation shows to the person signed in, top to bottom."""
        items = (self._nav.item(row) for row in range(self._nav.count()))
        return [item.data(KEY_ROLE) for item in items if not item.isHidden()]

    def page(self, key: str) -> QWidget | None:
        """The page registered as `key`, built now if it was not yet; None when there is none."""
        page = self._pages.get(key)
        return self._built(page) if page else None

    def built_page(self, key: str) -> QWidget | None:
        """The page `key` if it has been built; None otherwise (nothing is built)."""
        page = self._pages.get(key)
        return page.widget if page else None

    # ------------------------------------------------------------------ actions & locking

    def storage_watch(self) -> StorageWatch:
        """Its `lost()` / `recovered()` say when the database stops and starts answering."""
        return self._storage

    def outage_text(self) -> str:
        """The outage banner's text while it is shown, else ""."""
        return self._outage.text() if self._outage.isVisible() else ""

    def search_action(self) -> QAction:
        return self._search_action

    def new_patient_action(self) -> QAction:
        return self._new_patient_action

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle.set_timeout_ms(IdleWatcher.minutes_to_ms(minutes))

    def set_idle_timeout_ms(self, timeout_ms: int) -> None:
        self._idle.set_timeout_ms(timeout_ms)

    def suggest_username(self, username: str) -> None:
        """Prefill the sign-in page (e.g. with the admin just created by first-run setup)."""
        if not self._session.signed_in:
            self._sign_in.reset(username=username)

    def add_lock_screen_notice(self, widget: QWidget) -> None:
        """Show `widget` on the sign-in / lock screen, above the sign-in card."""
        self._sign_in.add_notice(widget)

    def is_locked(self) -> bool:
        return self._screens.currentWidget() is self._sign_in

    def set_opening(self, opening: bool) -> None:
        """At start, until the database is open and checked: the sign-in page is on screen and
        its fields can be filled, but no one can sign in (ui/windows.py)."""
        self._sign_in.set_opening(opening)

    def is_opening(self) -> bool:
        return self._sign_in.is_opening()

    def lock(self) -> None:
        """Show the sign-in page in front of the workspace; nothing open is closed."""
        if not self._session.signed_in:
            return
        from intake import audit

        name, staff_id = self._session.display_name, self._session.staff_id
        # written in a worker: the desk locks at once even when the server does not answer
        self._writes.submit(functools.partial(audit.record, "desk_locked", staff_id=staff_id),
                            on_done=lambda _entry: None,
                            on_error=lambda exc: log.warning("could not audit the lock: %s", exc.code))
        self._session.sign_out()
        self._hide_own_windows()
        self._show_signed_out(locked_by=name, locked_id=staff_id)
        self.locked.emit()

    # ------------------------------------------------------------------ private

    def _show_signed_out(self, locked_by: str = "", locked_id: int | None = None) -> None:
        self._idle.stop()
        for action in (self._search_action, self._new_patient_action, self._lock_action):
            action.setEnabled(False)
        self._screens.setCurrentWidget(self._sign_in)
        self._sign_in.reset(username=self._left_username, locked_by=locked_by, locked_id=locked_id)
        self._who_label.setText(self.tr("Locked") if locked_by else self.tr("Not signed in"))

    def _on_signed_in(self, staff: SignedIn) -> None:
        self._session.sign_in(staff.id, staff.display_name, staff.roles or staff.role)
        self._left_username = staff.username
        self._apply_role()
        current = self.current_page()
        if current is None or not self._may_see(self._pages[current]):
            keys = self.nav_keys()
            current = keys[0] if keys else None
        if current is not None:
            self.show_page(current)
        for action in (self._search_action, self._new_patient_action, self._lock_action):
            action.setEnabled(True)
        self._screens.setCurrentWidget(self._workspace)
        role = role_label(staff.role)
        self._who_label.setText(self.tr("Signed in: {name} ({role})").format(
            name=staff.display_name, role=role))
        self._user_label.setText(self.tr("{name}\n{role}").format(name=staff.display_name, role=role))
        self._idle.start()
        for widget in self._hidden_while_locked:
            widget.show()
        self._hidden_while_locked = []
        self.signed_in.emit(staff.id)

    def _hide_own_windows(self) -> None:
        """Dialogs parented to this window would float above the lock: hide them (they keep
        their contents) until someone signs in again."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and self._owns(widget):
                widget.hide()
                self._hidden_while_locked.append(widget)

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _may_see(self, page: _Page) -> bool:
        return self._session.signed_in and (not page.admin_only or self._session.is_admin)

    def _apply_role(self) -> None:
        for page in self._pages.values():
            page.item.setHidden(page.admin_only and not self._session.is_admin)

    def _on_nav_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(item.data(KEY_ROLE))

    def _on_search(self) -> None:
        self.show_page("patients")
        self.search_requested.emit()

    def _on_new_patient(self) -> None:
        self.show_page("patients")
        self.new_patient_requested.emit()

