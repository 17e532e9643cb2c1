"""Which window opens: the kiosk, the desk's first run, or the desk (wired in ui.desk.assembly).

`start()` returns the windows it opened (the first is the one shown first) so the caller keeps
them alive. This is the one place that hands one face what it borrows from the other (the desk's
staff-entered intake uses the kiosk's questions), so the kiosk and the desk never import each other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from intake.clinic import is_set_up

QUEUE_AFTER_MS = 250  # the kiosk's outbox and heartbeats start once its first frame is on screen


def show_unexpected_error() -> None:
    """The crash handler's message: calm, no details (they may hold patient data)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("windows", "BackCare"),
                      QCoreApplication.translate("windows", "Something went wrong on this screen. What was already saved is safe. "
                         "If it happens again, please tell the clinic's administrator."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def start(*, kiosk: bool, where: str, offline: dict[str, str] | None = None) -> list:
    """`offline`: a kiosk started while its database does not answer, with the clinic's name
    and region as it last saw them (ui.kiosk.offline)."""
    if kiosk:
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
    if not is_set_up():
        return _first_run(where)
    assembly = assemble_desk(where)
    assembly.window.showMaximized()
    QTimer.singleShot(assembly.WATCH_AFTER_MS, assembly.start_watching)
    assembly.start_backups()
    return [assembly.window, assembly]


def _start_queue(forwarder, profile: dict[str, str] | None) -> None:
    """Once the kiosk's first frame is on screen: its profile kept beside the outbox (for a later
    start without the database), then heartbeats and delivery of what an earlier run queued."""
    from ui.kiosk.offline import save_profile

    if profile is not None:
        save_profile(forwarder.outbox(), profile)
    forwarder.start()


def _first_run(where: str) -> list:
    from ui.desk.shell.first_run import FirstRunWindow

    first = FirstRunWindow()
    keep: list = [first]

    def completed() -> None:
        assembly = assemble_desk(where)
        assembly.window.suggest_username(first.admin_username())
        assembly.window.showMaximized()
        assembly.start_watching()
        assembly.start_backups()
        keep.append(assembly)
        first.close()

    first.completed.connect(completed)
    first.show()
    return keep




def _staff_intake_form(staff_id: int | None, parent: QWidget) -> QWidget:
    """The kiosk's intake questions as staff fill them in at the desk for a patient."""
    from intake.vocabulary import IntakeSource
    from ui.kiosk.flow import IntakeFlow

    return IntakeFlow(mode=IntakeSource.desk, staff_id=staff_id, parent=parent)


def assemble_desk(where: str):
    """The desk with everything it is handed from outside ui/desk/."""
    from ui.desk.assembly import DeskAssembly

    return DeskAssembly(where, intake_form=_staff_intake_form)
