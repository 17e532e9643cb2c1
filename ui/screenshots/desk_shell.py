"""Screenshots of the desk shell: sign-in, a refused sign-in, the lock screen, first-run setup,
the main window with an admin signed in, the Staff page and the audit trail.

Expects an opened database (normally the demo clinic); creates an admin through intake.staff
when the database has none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from intake import staff as staffmod
from intake.session import StaffSession
from intake.vocabulary import Role
from ui.desk.shell.first_run import FirstRunWindow
from ui.desk.shell.main_window import DeskWindow
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until

SIZE = (1280, 800)



def _stand_in(title: str) -> QWidget:
    """A page another part of BackCare provides; only its place in the window is shown here."""
    page = QWidget()
    box = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    note = QLabel(QCoreApplication.translate("ShellShots", "This page is provided by its own module and wired in by the app."))
    note.setObjectName("hint")
    box.addWidget(heading)
    box.addWidget(note)
    box.addStretch(1)
    return page


def _admin() -> tuple[object, str]:
    """An admin and their password: the demo clinic's, or one made for these pictures."""
    from intake import demo

    admin = staffmod.first_active_admin()
    if admin is not None and admin.username == demo.ADMIN[0]:
        return admin, demo.ADMIN[2]
    if admin is None:
        admin = staffmod.create_staff("admin", "Shots Admin", Role.admin, "screenshots only 1",
                                      by_staff_id=None)
        return admin, "screenshots only 1"
    raise RuntimeError("screenshots need the demo admin or an empty staff list")


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    grab_to(widget, path)
    return path


def _find(root: QWidget, kind: type, name: str):
    return next(w for w in root.findChildren(kind) if w.accessibleName() == name)


def shots(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    admin, password = _admin()
    session = StaffSession()
    window = DeskWindow(session, "sqlite:///…/BackCare/backcare.db", idle_minutes=5)
    for key, title in (("arrivals", QCoreApplication.translate("ShellShots", "Arrivals")), ("patients", QCoreApplication.translate("ShellShots", "Patients")),
                       ("calendar", QCoreApplication.translate("ShellShots", "Calendar")), ("settings", QCoreApplication.translate("ShellShots", "Settings"))):
        window.add_page(key, title, _stand_in(title))
    window.resize(*SIZE)
    window.show()
    made.append(_save(window, out_dir / "desk_sign_in.png"))

    _find(window, QLineEdit, "Username").setText("reception")
    _find(window, QLineEdit, "Password or PIN").setText("not this one")
    button = _find(window, QPushButton, "Sign in")
    button.click()
    run_until(button.isEnabled)  # the secret is checked in a worker
    made.append(_save(window, out_dir / "desk_sign_in_refused.png"))

    # what the right password leads to, typed as staff type it
    _find(window, QLineEdit, "Username").setText(admin.username)
    _find(window, QLineEdit, "Password or PIN").setText(password)
    button.click()
    run_until(lambda: session.signed_in)
    window.show_page("arrivals")
    made.append(_save(window, out_dir / "desk_main_admin.png"))
    window.show_page("staff")
    staff_page = window.built_page("staff")
    run_until(lambda: not staff_page.is_busy())  # read in a worker
    made.append(_save(window, out_dir / "desk_staff_admin.png"))
    window.show_page("audit")
    audit_page = window.built_page("audit")
    run_until(lambda: not audit_page.is_loading())  # read in a worker
    made.append(_save(window, out_dir / "desk_audit_trail.png"))
    window.lock()
    made.append(_save(window, out_dir / "desk_locked.png"))
    window.close()
    window.deleteLater()

    first = FirstRunWindow()
    first.resize(SIZE[0], 900)
    first.show()
    made.append(_save(first, out_dir / "desk_first_run.png"))
    _find(first, QLineEdit, "Admin username").setText("front desk")
    _find(first, QLineEdit, "Password").setText("short")
    # wrong fields are refused before anything is written, so this leaves the database alone
    _find(first, QPushButton, "Create the clinic and the admin account").click()
    made.append(_save(first, out_dir / "desk_first_run_errors.png"))
    first.close()
    first.deleteLater()
    QApplication.processEvents()
    return made
