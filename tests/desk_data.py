"""Small builders for the front-desk tests: staff, patients and kiosk-like intakes.

Intakes go through the kiosk's own submit_intake, so the desk reads exactly what the kiosk stores.
"""

from __future__ import annotations

import datetime as dt

from intake import db
from intake.content import checklists
from intake.intakes import IntakeDraft, submit_intake
from intake.models import Intake, Staff
from intake.patients import create_patient
from intake.staff import kiosk_identity


def desk_helper() -> int:
    """A front-desk account the builders act as when a test names no one."""
    found = Staff.get_or_none(Staff.username == "desk-helper")
    return found.id if found is not None else make_staff("Desk Helper", "desk-helper")


def kiosk() -> int:
    """The kiosk's device identity (intake.staff.kiosk_identity)."""
    return kiosk_identity("test kiosk")


def make_staff(name: str = "Rita Reception", username: str = "rita", role: str = "front_desk") -> int:
    with db.write():
        return Staff.create(username=username, display_name=name, role=role,
                            password_hash="x").id


def make_patient(first: str = "Zoë", last: str = "O'Brien", dob: str = "1980-04-02",
                 phone: str = "+447911123456", email: str = "", staff_id: int | None = None) -> int:
    return create_patient(staff_id=staff_id or desk_helper(), first_name=first, last_name=last,
                          date_of_birth=dob, phone=phone, email=email).id


def make_intake(first: str = "Zoe", last: str = "Obrien", dob: dt.date | None = dt.date(1980, 4, 2),
                phone: str = "+447911123456", email: str = "", *, yes: tuple[str, ...] = (),
                regions: tuple[str, ...] = ("lower_back",),
                submitted_at: dt.datetime | None = None, signature: str = "") -> int:
    """An intake submitted as the kiosk does (intake.intakes.submit_intake). `yes`: the safety
    item ids answered yes (an urgent one makes the intake urgent); every other answer is no."""
    lists = checklists()
    draft = IntakeDraft(
        first_name=first, last_name=last, date_of_birth=dob, phone=phone, email=email,
        regions=set(regions), pain_since_value=3, pain_since_unit="months", pain_now=6,
        peg_pain=6, peg_enjoyment=5, peg_activity=7, symptoms={"stiffness", "worse_sitting"},
        causes={"poor_posture", "static_sitting"}, treatments={"nsaids"},
        side_effects={"drowsiness"},
        safety={item.id: item.id in yes for item in lists.safety_items},
        consent_given=True, signature_svg=signature or SIGNATURE)
    intake_id = submit_intake(draft, entered_by=kiosk(), region="GB")
    if submitted_at is not None:
        with db.write():
            Intake.update(submitted_at=submitted_at, received_at=submitted_at).where(
                Intake.id == intake_id).execute()
    return intake_id


SIGNATURE = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">'
             '<path d="M10 60 C 40 10, 60 90, 90 40 S 150 20, 170 60 L 200 50 L 280 70" '
             'fill="none" stroke="black" stroke-width="3"/></svg>')
