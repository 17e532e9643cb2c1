"""Screenshots of the front desk's arrivals and patient records (see ui/screenshots/__init__.py).

Uses the demo data when it is there; whatever is missing (an urgent arrival, an arrival that
matches a known patient, a few patients to search) is added through the domain functions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from intake import arrivals, matching, patients, staff
from intake.content import checklists
from intake.intakes import IntakeDraft, save_urgent_early, submit_intake
from intake.session import StaffSession
from intake.vocabulary import Role
from ui.desk.shell.main_window import desk_stylesheet
from ui.screenshots.shown import grab_to
from ui.screenshots.wait import run_until, run_until_read

SIGNATURE = "M10 60 C 40 10, 60 90, 90 40 S 150 20, 170 60 L 200 50 C 220 40, 240 80, 280 55"
_EXTRA_PEOPLE = [
    ("Margaret", "Brontë", dt.date(1949, 2, 14), "07911 123789", ""),
    ("Thomas", "Brown", dt.date(1972, 8, 3), "07911 123401", "tom.brown@example.org"),
    ("Bríd", "Brennan", dt.date(1990, 1, 22), "07911 123402", ""),
    ("Ahmed", "Brooks", dt.date(1966, 12, 9), "07911 123403", ""),
    ("Chloé", "Bruneau", dt.date(1981, 5, 17), "07911 123404", "chloe@example.org"),
    ("Grace", "Bradley", dt.date(1958, 3, 30), "07911 123405", ""),
]


def _draft(first: str, last: str, born: dt.date, phone: str, yes: set[str],
           regions: set[str]) -> IntakeDraft:
    return IntakeDraft(
        first_name=first, last_name=last, date_of_birth=born, phone=phone, regions=regions,
        pain_since_value=3, pain_since_unit="months", pain_now=7, peg_pain=7, peg_enjoyment=6,
        peg_activity=8, symptoms={"aching", "pain_into_leg", "worse_sitting"},
        causes={"static_sitting", "poor_posture"}, treatments={"nsaids", "other"},
        treatment_other="Heat pads", side_effects={"drowsiness"},
        safety={item.id: item.id in yes for item in checklists().safety_items},
        consent_given=True, signature_svg=SIGNATURE)


def _ensure_data() -> int:
    """The id of an unmatched arrival that looks like a known patient."""
    me, kiosk = staff.first_active_admin().id, staff.kiosk_identity()
    if len(patients.search_patients("br", staff_id=me)) < 4:
        for first, last, born, phone, email in _EXTRA_PEOPLE:
            patients.create_patient(staff_id=me, first_name=first, last_name=last,
                                    date_of_birth=born, phone=phone, email=email)
    today = arrivals.todays_arrivals(staff_id=me)
    if not any(a.urgent for a in today):
        save_urgent_early(entered_by=kiosk, draft=_draft("Dmitri", "Volkov", dt.date(1958, 1, 20), "07911 123555",
                                 {"ce_both_legs", "ce_saddle_numbness"},
                                 {"lower_back", "left_lower_leg", "right_lower_leg"}))
    matchable = next((a.intake_id for a in arrivals.todays_arrivals(staff_id=me)
                      if a.patient_id is None and not a.urgent
                      and matching.find_candidates(a.intake_id, staff_id=me)), None)
    if matchable is None:
        matchable = submit_intake(entered_by=kiosk, draft=_draft("Margaret", "Bronte", dt.date(1949, 2, 14), "07911 123790",
                                         {"over_50_new_pain", "bleeding_anticoagulant"},
                                         {"lower_back", "buttocks", "left_thigh"}), region="GB")
    if not any(a.badges and not a.urgent for a in arrivals.todays_arrivals(staff_id=me)):
        submit_intake(entered_by=kiosk, draft=_draft("Priya", "Raman", dt.date(1983, 9, 12), "07911 123987",
                             {"pregnancy", "implanted_device"}, {"lower_back", "upper_back"}),
                      region="GB")
    return matchable


def _dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()


def _save(widget: QWidget, path: Path, width: int, height: int) -> Path:
    widget.setStyleSheet(desk_stylesheet())  # as inside the desk window
    widget.resize(width, height)
    widget.show()
    run_until_read(widget)  # what the screen reads in a worker is on it
    grab_to(widget, path)
    return path


def shots(out_dir: Path) -> list[Path]:
    from ui.desk.arrivals.match_dialog import MatchDialog
    from ui.desk.arrivals.page import ArrivalsPage
    from ui.desk.patients.patients_page import PatientsPage

    out_dir.mkdir(parents=True, exist_ok=True)
    matchable = _ensure_data()
    session = StaffSession(staff.first_active_admin().id, "Sam Patel", Role.front_desk)
    made: list[Path] = []

    page = ArrivalsPage(session, poll_ms=60_000)
    page.reload()
    run_until(lambda: not page.is_reading())  # read in a worker, its cards built in turns
    made.append(_save(page, out_dir / "desk_arrivals.png", 1200, 820))
    page.stop_polling()
    _dispose(page)

    dialog = MatchDialog(session, matchable)
    made.append(_save(dialog, out_dir / "desk_match_dialog.png", 820, 640))
    candidate = dialog.candidate_boxes()[0].patient_id if dialog.candidate_boxes() else None
    _dispose(dialog)

    search = PatientsPage(session)
    searched = []
    search.searched.connect(lambda: searched.append(True))
    search.search_box().setText("br")  # typed: the search runs in a worker after a pause
    run_until(lambda: bool(searched))
    made.append(_save(search, out_dir / "desk_patient_search.png", 1100, 620))

    if candidate is not None:  # the receptionist said "same person": the intake is on file now
        matching.attach_to_patient(matchable, candidate, staff_id=session.staff_id)
        search.open_patient(candidate)
        run_until(lambda: search.showing_patient() and not search.patient_page.is_loading())
        made.append(_save(search, out_dir / "desk_patient_page.png", 1200, 1260))
    _dispose(search)
    return made
