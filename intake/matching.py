"""Match or create: is the person who filled an intake a patient the clinic already knows?

Candidates share the folded name with the intake, or are likely duplicates of it
(intake.duplicates: the same date of birth with a similar name, twins, a shared phone); each
comes with which fields are the same and which differ, and why it is offered. Staff can also
search by hand (`search_candidates`). Nothing is merged without a staff member's choice:
`attach_to_patient` (same person, optionally taking some of the intake's details field by field,
none by default) or `create_from_intake` (a new patient, refused while a likely duplicate was
not shown).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from intake import access, audit, db, duplicates, patients
from intake.errors import ValidationError
from intake.models import Intake, Patient
from intake.records import PatientDetails

COMPARED = ("last_name", "first_name", "date_of_birth", "phone", "email")
UPDATABLE_FIELDS = ("first_name", "last_name", "phone", "email")
MAX_CANDIDATES = 10


@dataclass(frozen=True)
class Candidate:
    patient: patients.PatientRow
    same: dict[str, bool]  # field → the intake's value equals the patient's (blank: not compared)
    likelihood: duplicates.Likelihood | None = None  # None: found by name or by a search
    reasons: tuple[duplicates.Reason, ...] = ()

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
class IntakeIdentity:
    """Who an intake says the patient is: what the match dialog shows beside each candidate."""

    id: int
    first_name: str
    last_name: str
    date_of_birth: dt.date | None
    phone: str
    email: str

    @classmethod
    def of(cls, intake: Intake) -> IntakeIdentity:
        return cls(intake.id, intake.first_name, intake.last_name, intake.date_of_birth,
                   intake.phone or "", intake.email or "")


@dataclass(frozen=True)
class MatchCase:
    intake: IntakeIdentity
    candidates: list[Candidate]


@access.guarded(access.PATIENTS)
def match_case(intake_id: int, *, staff_id: int | None) -> MatchCase:
    """The intake and its likely matches, best first (two queries)."""
    intake = Intake.get_or_none(Intake.id == intake_id)
    if intake is None:
        raise ValidationError("not_found", field="intake")
    return MatchCase(IntakeIdentity.of(intake), _candidates(intake))


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
    rows = (Patient.select(*patients.ROW_FIELDS)
            .where(condition & Patient.merged_into.is_null()).limit(500).tuples())
    flagged = {d.patient.id: d for d in duplicates._find_duplicates(
        intake.first_name, intake.last_name, intake.date_of_birth, intake.phone)}
    found = []
    for row in rows:
        patient = patients.PatientRow(*row)
        same = compare(intake, patient)
        duplicate = flagged.get(patient.id)
        if duplicate is not None:
            found.append(Candidate(patient, same, duplicate.likelihood, duplicate.reasons))
        elif _likely(same):
            found.append(Candidate(patient, same))
    found.sort(key=lambda c: (c.likelihood is duplicates.Likelihood.POSSIBLE, -c.score,
                              c.patient.last_name, c.patient.id))
    return found[:MAX_CANDIDATES]


@access.guarded(access.PATIENTS)
def search_candidates(intake_id: int, query: str, *, staff_id: int | None) -> list[Candidate]:
    """Patients found by a search typed in the match dialog, compared with the intake."""
    intake = Intake.get_or_none(Intake.id == intake_id)
    if intake is None:
        raise ValidationError("not_found", field="intake")
    return [Candidate(row, compare(intake, row))
            for row in patients.search_patients(query, staff_id=staff_id, limit=MAX_CANDIDATES)]


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
        if Patient.get_by_id(patient_id).merged_into_id is not None:
            raise ValidationError("already_merged", field="patient")  # a stale list: reload
        Intake.update(patient=patient_id).where(Intake.id == intake_id).execute()
        _keep_language(patient_id, intake)
        audit.record("intake_matched", staff_id=staff_id, patient_id=patient_id,
                     intake_id=intake_id, detail="same_person")
        changed: list[str] = []
        if take_fields:
            changed = patients.update_patient(
                patient_id, {f: getattr(intake, f) for f in take_fields}, staff_id=staff_id,
                intake_id=intake_id)
    return changed


@access.guarded(access.PATIENTS)
def create_from_intake(intake_id: int, *, staff_id: int | None,
                       seen_duplicates: Collection[int] = ()) -> PatientDetails:
    """New patient: created from the intake's identity fields, the intake attached to them.
    Refused (ConflictError likely_duplicate) while a likely duplicate is not among
    `seen_duplicates`, the candidates the dialog showed."""
    intake = Intake.get_by_id(intake_id)
    if intake.patient_id is not None:
        raise ValidationError("already_matched", field="patient")
    with db.write():
        patient = patients.create_patient(
            staff_id=staff_id, first_name=intake.first_name, last_name=intake.last_name,
            date_of_birth=intake.date_of_birth if intake.date_of_birth is not None else "",
            phone=intake.phone, email=intake.email, intake_id=intake_id,
            seen_duplicates=seen_duplicates)
        _keep_language(patient.id, intake)
    return dataclasses.replace(patient, preferred_language=intake.language)


def _keep_language(patient_id: int, intake: Intake) -> None:
    """The language the patient answered in becomes their preferred one (letters, reminders)."""
    Patient.update(preferred_language=intake.language).where(Patient.id == patient_id).execute()
