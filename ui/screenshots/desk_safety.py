"""Screenshots at a receptionist's 1366×768: the lock screen while an urgent arrival waits, and a
patient's page with their consultations (move / cancel / book) above the course.

Uses the assembled desk (ui.desk.assembly.DeskAssembly) over the demo clinic, whose arrivals include
one urgent, unacknowledged intake.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from intake import demo
from intake.scheduling.calendar import appointments_between
from intake.vocabulary import AppointmentKind
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until

SIZE = (1366, 768)


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    grab_to(widget, path)
    return path


def _sign_in(assembly) -> None:
    window = assembly.window
    fields = {w.accessibleName(): w for w in window.findChildren(QLineEdit)}
    fields["Username"].setText(demo.DESK[0])
    fields["Password or PIN"].setText(demo.DESK[2])
    QTest.keyClick(fields["Password or PIN"], Qt.Key.Key_Return)
    run_until(lambda: assembly.session.signed_in)  # the password is checked in a worker
    run_until(lambda: not assembly.arrivals.is_reading())


def _course_patient(staff_id: int | None) -> int | None:
    """The demo patient who is mid-course (consultation held, sessions attended)."""
    now = dt.datetime.now()
    rows = appointments_between(now - dt.timedelta(days=60), now + dt.timedelta(days=60),
                                staff_id=staff_id)
    return next((r.patient_id for r in rows if r.kind == AppointmentKind.consultation), None)


def shots(out_dir: Path) -> list[Path]:
    from ui.windows import assemble_desk

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    assembly = assemble_desk("sqlite:///…/backcare.db (demo)")
    window = assembly.window
    window.resize(*SIZE)
    window.show()
    assembly.start_watching()
    _sign_in(assembly)
    window.lock()
    made.append(_save(window, out_dir / "desk_locked_urgent_arrival.png"))

    _sign_in(assembly)
    patient_id = _course_patient(assembly.session.staff_id)
    if patient_id is not None:
        assembly.open_patient(patient_id)
        run_until(lambda: assembly.patients.showing_patient())  # read in a worker
        made.append(_save(window, out_dir / "patient_page_consultations.png"))
    assembly.arrivals.stop_polling()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return made
