"""Match or create: is the person who filled an intake a patient the clinic already knows?

Candidates share the folded name, the date of birth or the phone number with the intake; each
comes with which fields are the same and which differ. Nothing is merged without a staff
member's choice: `attach_to_patient` (same person, optionally taking some of the intake's
contact details field by field) or `create_from_intake` (a new patient).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from intake import access, audit, db, patients
from intake.errors import ValidationError
from intake.models import Intake, Patient

COMPARED = ("last_name", "first_name", "date_of_birth", "phone", "email")
CONTACT_FIELDS = ("phone", "email")  # offered for update when they differ
UPDATABLE_FIELDS = ("first_name", "last_name", "phone", "email")
MAX_CANDIDATES = 10


@dataclass(frozen=True)
class Candidate:
    patient: patients.PatientRow
    same: dict[str, bool]  # field → the intake's value equals the patient's (blank: not compared)

    @property
    def score(self) -> int:
        return sum(self.same.values())

    @property
    def differing(self) -> list[str]:
        return [name for name, same in self.same.items() if not same]


def _comparable(name: str, value) -> object:
    if value is None:
        return None
    if name in ("first_name", "last_name"):
        return patients.fold_name(value)
    if name == "email":
        return value.strip().casefold()
    return value


def compare(intake: Intake, patient: patients.PatientRow) -> dict[str, bool]:
    """Per field: same or different. A field blank on either side is left out."""
    result: dict[str, bool] = {}
    for name in COMPARED:
        mine, theirs = _comparable(name, getattr(intake, name)), _comparable(name, getattr(patient, name))
        if mine in (None, "") or theirs in (None, ""):
            continue
        result[name] = mine == theirs
    return result


def _likely(same: dict[str, bool]) -> bool:
    name = same.get("last_name", False) and same.get("first_name", False)
    strong = sum(same.get(f, False) for f in ("last_name", "date_of_birth", "phone"))
    return name or strong >= 2


@dataclass(frozen=True)
class MatchCase:
    intake: Intake
    candidates: list[Candidate]


@access.guarded(access.PATIENTS)
def match_case(intake_id: int, *, staff_id: int | None) -> MatchCase:
    """The intake and its likely matches, best first (two queries)."""
    intake = Intake.get_or_none(Intake.id == intake_id)
    if intake is None:
        raise ValidationError("not_found", field="intake")
    return MatchCase(intake, _candidates(intake))


@access.guarded(access.PATIENTS)
def find_candidates(intake_id: int, *, staff_id: int | None) -> list[Candidate]:
    """Likely matches of an intake, best first (two queries)."""
    return match_case(intake_id, staff_id=staff_id).candidates


def _candidates(intake: Intake) -> list[Candidate]:
    key = patients.name_key(intake.first_name, intake.last_name)
    last = patients.fold_name(intake.last_name)
    condition = Patient.name_key == key
    if last:
        condition |= patients.starts_with(Patient.name_key, last + " ")
    if intake.date_of_birth is not None:
        condition |= Patient.date_of_birth == intake.date_of_birth
    if intake.phone:
        condition |= Patient.phone == intake.phone
    rows = Patient.select(*patients.ROW_FIELDS).where(condition).limit(500).tuples()
    found = []
    for row in rows:
        candidate = Candidate(patients.PatientRow(*row), {})
        same = compare(intake, candidate.patient)
        if _likely(same):
            found.append(Candidate(candidate.patient, same))
    found.sort(key=lambda c: (-c.score, c.patient.last_name, c.patient.id))
    return found[:MAX_CANDIDATES]


@access.guarded(access.PATIENTS)
def attach_to_patient(intake_id: int, patient_id: int, *, staff_id: int | None,
                      take_fields: Sequence[str] = ()) -> list[str]:
    """Same person: the intake now belongs to `patient_id`; the fields named in `take_fields`
    are copied from the intake onto the patient. Returns the fields that changed."""
    bad = [f for f in take_fields if f not in UPDATABLE_FIELDS]
    if bad:
        raise ValidationError("not_updatable", field=bad[0])
    with db.write():
        intake = Intake.get_by_id(intake_id)
        Patient.get_by_id(patient_id)
        Intake.update(patient=patient_id).where(Intake.id == intake_id).execute()
        audit.record("intake_matched", staff_id=staff_id, patient_id=patient_id,
                     intake_id=intake_id, detail="same_person")
        changed: list[str] = []
        if take_fields:
            changed = patients.update_patient(
                patient_id, {f: getattr(intake, f) for f in take_fields}, staff_id=staff_id,
                intake_id=intake_id)
    return changed


@access.guarded(access.PATIENTS)
def create_from_intake(intake_id: int, *, staff_id: int | None) -> Patient:
    """New patient: created from the intake's identity fields, the intake attached to them."""
    intake = Intake.get_by_id(intake_id)
    if intake.patient_id is not None:
        raise ValidationError("already_matched", field="patient")
    return patients.create_patient(
        staff_id=staff_id, first_name=intake.first_name, last_name=intake.last_name,
        date_of_birth=intake.date_of_birth if intake.date_of_birth is not None else "",
        phone=intake.phone, email=intake.email, intake_id=intake_id)
