"""Screenshots of one patient, one record (see ui/screenshots/__init__.py): the duplicate warning before a
new patient is created, the match dialog's search, the merge dialog, a record's merge history
and the audit trail's before/after.

Uses the demo clinic (Margaret Brontë, José Núñez García, Łukasz Kowalczyk); the look-alike
records and the intake it needs are added through the domain functions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from intake import matching, patients, staff
from intake.intakes import submit_intake
from intake.session import StaffSession
from ui.desk.shell.main_window import desk_stylesheet
from ui.screenshots.desk_records import _draft
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until, run_until_read


def _dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()


def _save(widget: QWidget, path: Path, width: int, height: int) -> Path:
    widget.setStyleSheet(desk_stylesheet())
    widget.resize(width, height)
    widget.show()
    run_until_read(widget)  # what the screen reads in a worker is on it
    grab_to(widget, path)
    return path


def _admin_session() -> StaffSession:
    admin = staff.first_active_admin()
    session = StaffSession()
    session.sign_in(admin.id, admin.display_name, staff.roles(admin.id))
    return session


def _one(query: str) -> int:
    return patients.search_patients(query, staff_id=_admin_session().staff_id)[0].id


def shots(out_dir: Path) -> list[Path]:
    from ui.desk.arrivals.match_dialog import MatchDialog
    from ui.desk.audit.page import AuditView
    from ui.desk.patients.merge_dialog import MergeDialog
    from ui.desk.patients.patient_form import PatientForm
    from ui.desk.patients.patients_page import PatientsPage

    out_dir.mkdir(parents=True, exist_ok=True)
    session = _admin_session()
    made: list[Path] = []

    form = PatientForm(session)
    form.setStyleSheet(desk_stylesheet())  # as inside the desk window, before it is sized
    form.show()
    form.set_values(first_name="Margaret", last_name="Bronte", date_of_birth="14/02/1949",
                    phone="07911 123456")
    save = next(b for b in form.findChildren(QPushButton) if b.accessibleName() == "Save patient")
    save.click()  # the first Save: the warning, nothing created
    run_until(lambda: bool(form.duplicate_lines()))  # checked in a worker
    hint = form.sizeHint()
    made.append(_save(form, out_dir / "desk_duplicate_warning.png", max(640, hint.width()),
                      hint.height()))
    _dispose(form)

    jose = submit_intake(entered_by=staff.kiosk_identity(), draft=_draft("Jose", "Nunes", dt.date(1978, 11, 23), "07911 123901", set(),
                                {"lower_back"}), region="GB")
    dialog = MatchDialog(session, jose)
    dialog.search_box().setText("kowal")
    made.append(_save(dialog, out_dir / "desk_match_search.png", 900, 900))
    _dispose(dialog)

    lukasz = _one("kowalczyk")
    twin = patients.create_patient(staff_id=session.staff_id, first_name="Lukasz",
                                   last_name="Kowalczyk", date_of_birth=dt.date(1985, 3, 9),
                                   phone="07911 123902")
    again = submit_intake(entered_by=staff.kiosk_identity(), draft=_draft("Lukasz", "Kowalczyk", dt.date(1985, 3, 9), "07911 123902", set(),
                                 {"lower_back"}), region="GB")
    matching.attach_to_patient(again, twin.id, staff_id=session.staff_id)
    merge = MergeDialog(session, lukasz)
    merge.search_box().setText("kowalczyk")
    run_until(lambda: twin.id in merge.found_ids())  # searched in a worker
    merge.choose_other(twin.id)
    merge.keep_this().setChecked(True)
    made.append(_save(merge, out_dir / "desk_merge.png", 760, 600))
    merge.merge_button().click()
    run_until(lambda: not merge.is_busy() and merge.isHidden())  # merged in a worker
    _dispose(merge)

    page = PatientsPage(session)
    page.open_patient(lukasz)
    made.append(_save(page, out_dir / "desk_merge_history.png", 1200, 700))
    _dispose(page)

    patients.update_patient(lukasz, {"phone": "07911 123903", "email": "lukasz@example.org"},
                            staff_id=session.staff_id)
    audit = AuditView(session)
    audit.show_patient(lukasz)
    made.append(_save(audit, out_dir / "desk_audit_before_after.png", 1300, 520))
    _dispose(audit)
    return made
