"""Small builders for the front-desk tests: staff, patients and kiosk-like intakes.

Intakes are written with the models directly (as the kiosk stores them: identity fields typed by
the patient, answers in IntakeAnswer), so these tests do not depend on the kiosk's own code.
"""

from __future__ import annotations

import datetime as dt

from intake import db
from intake.models import Intake, IntakeAnswer, Staff
from intake.patients import create_patient


def make_staff(name: str = "Rita Reception", username: str = "rita", role: str = "front_desk") -> int:
    with db.write():
        return Staff.create(username=username, display_name=name, role=role,
                            password_hash="x").id


def make_patient(first: str = "Zoë", last: str = "O'Brien", dob: str = "1980-04-02",
                 phone: str = "+447911123456", email: str = "", staff_id: int | None = None) -> int:
    return create_patient(staff_id=staff_id, first_name=first, last_name=last,
                          date_of_birth=dob, phone=phone, email=email).id


def make_intake(first: str = "Zoe", last: str = "Obrien", dob: dt.date | None = dt.date(1980, 4, 2),
                phone: str = "+447911123456", email: str = "", *, urgent: bool = False,
                yes: tuple[str, ...] = (), regions: tuple[str, ...] = ("lower_back",),
                submitted_at: dt.datetime | None = None, signature: str = "") -> int:
    """An intake as the kiosk writes it. `yes`: safety item ids answered yes ("ce_*" and the
    other red flags are red_flag, the rest contraindication); every other safety answer is no."""
    from intake.content import checklists

    lists = checklists()
    with db.write():
        intake = Intake.create(
            first_name=first, last_name=last, date_of_birth=dob, phone=phone, email=email,
            urgent=urgent, submitted_at=submitted_at or dt.datetime.now().replace(microsecond=0),
            pain_since_value=3, pain_since_unit="months", pain_now=6, peg_pain=6,
            peg_enjoyment=5, peg_activity=7, consent_given=True, signature_svg=signature)
        rows = [{"intake": intake.id, "group": "region", "item": r, "value": "yes"} for r in regions]
        rows += [{"intake": intake.id, "group": "symptom", "item": "stiffness", "value": "yes"}]
        for item in lists.red_flags:
            rows.append({"intake": intake.id, "group": "red_flag", "item": item.id,
                         "value": "yes" if item.id in yes else "no"})
        for item in lists.contraindications:
            rows.append({"intake": intake.id, "group": "contraindication", "item": item.id,
                         "value": "yes" if item.id in yes else "no"})
        IntakeAnswer.insert_many(rows).execute()
    return intake.id


SIGNATURE = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">'
             '<path d="M10 60 C 40 10, 60 90, 90 40 S 150 20, 170 60 L 200 50 L 280 70" '
             'fill="none" stroke="black" stroke-width="3"/></svg>')
