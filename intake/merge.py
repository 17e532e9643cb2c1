"""Merging two records of one patient, and undoing it (admins only).

`merge_patients(kept, other)` moves the other record's intakes (with their consents, signatures
and scores), appointments (with session pain scores) and treatment courses to the record that
stays, and marks the other "merged into no. N": kept, hidden from search, never deleted, so every
reference and audit row to it stays valid. Refused while both have an active course (stop one
first). Every moved row is listed in `PatientMergeRow`, so `reverse_merge` puts exactly those rows
back. Each runs in one transaction; the two patient rows are locked first (PostgreSQL: in id
order; SQLite: one writer at a time), and the "not yet merged" conditions are part of the UPDATEs,
so two admins merging the same records at once cannot both succeed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from peewee import fn

from intake import access, audit, db
from intake.errors import ValidationError
from intake.models import (
    Appointment,
    Intake,
    Patient,
    PatientMerge,
    PatientMergeRow,
    TreatmentCourse,
    _now,
)
from intake.vocabulary import OPEN_COURSE

ACTIVE_COURSE_STATUSES = OPEN_COURSE


class MovedKind(StrEnum):
    INTAKE = "intake"
    APPOINTMENT = "appointment"
    COURSE = "course"


_MODELS = {MovedKind.INTAKE: Intake, MovedKind.APPOINTMENT: Appointment,
           MovedKind.COURSE: TreatmentCourse}


@dataclass(frozen=True)
class MergePreview:
    """What a merge of `other_id` into `kept_id` would move, and whether it may happen."""

    kept_id: int
    other_id: int
    moving: dict[MovedKind, int]  # kind → number of rows
    refusal: str | None  # an error code when the merge would be refused, else None


@dataclass(frozen=True)
class MergeRecord:
    id: int
    kept_id: int
    merged_id: int
    merged_at: dt.datetime
    moved: dict[MovedKind, int]
    reversed_at: dt.datetime | None


def _has_active_course(patient_id: int) -> bool:
    return TreatmentCourse.select().where(
        (TreatmentCourse.patient == patient_id)
        & TreatmentCourse.status.in_(ACTIVE_COURSE_STATUSES)).exists()


def _refusal(kept: Patient | None, other: Patient | None) -> str | None:
    if kept is None or other is None:
        return "not_found"
    if kept.id == other.id:
        return "same_record"
    if kept.merged_into_id is not None or other.merged_into_id is not None:
        return "already_merged"
    if _has_active_course(kept.id) and _has_active_course(other.id):
        return "both_active_courses"
    return None


_REFUSAL_FIELD = {"both_active_courses": "course"}


def refusal_error(code: str) -> ValidationError:
    return ValidationError(code, field=_REFUSAL_FIELD.get(code, "patient"))


@access.guarded(access.ADMIN, "by_staff_id")
def preview_merge(kept_id: int, other_id: int, *, by_staff_id: int | None) -> MergePreview:
    kept = Patient.get_or_none(Patient.id == kept_id)
    other = Patient.get_or_none(Patient.id == other_id)
    moving = {kind: model.select().where(model.patient == other_id).count()
              for kind, model in _MODELS.items()}
    return MergePreview(kept_id, other_id, moving, _refusal(kept, other))


def _lock(ids: list[int]) -> dict[int, Patient]:
    query = Patient.select().where(Patient.id.in_(ids)).order_by(Patient.id)
    if not db.is_sqlite():
        query = query.for_update()
    return {p.id: p for p in query}


@access.guarded(access.ADMIN, "staff_id")
def merge_patients(kept_id: int, other_id: int, *, staff_id: int | None) -> MergeRecord:
    """Merge `other_id` into `kept_id` (one transaction). Raises NotAllowedError("admin_only") or
    ValidationError: not_found, same_record, already_merged, both_active_courses (field course)."""
    with db.write():
        locked = _lock([kept_id, other_id])
        refusal = _refusal(locked.get(kept_id), locked.get(other_id))
        if refusal:
            raise refusal_error(refusal)
        now = _now()
        merged = Patient.update(merged_into=kept_id, updated_at=now).where(
            (Patient.id == other_id) & Patient.merged_into.is_null()).execute()
        stays = Patient.update(updated_at=now).where(
            (Patient.id == kept_id) & Patient.merged_into.is_null()).execute()
        if merged != 1 or stays != 1:
            raise refusal_error("already_merged")
        merge = PatientMerge.create(kept=kept_id, merged=other_id, merged_by=staff_id, merged_at=now)
        moved: dict[MovedKind, int] = {}
        for kind, model in _MODELS.items():
            ids = [row_id for (row_id,) in
                   model.select(model.id).where(model.patient == other_id).tuples()]
            moved[kind] = len(ids)
            if not ids:
                continue
            PatientMergeRow.insert_many(
                [{"merge": merge.id, "kind": kind.value, "row_id": i} for i in ids]).execute()
            model.update(patient=kept_id).where(model.id.in_(ids)).execute()
        audit.record("patient_merged", staff_id=staff_id, patient_id=kept_id,
                     detail=f"merge={merge.id} merged={other_id}")
        audit.record("patient_merged_into", staff_id=staff_id, patient_id=other_id,
                     detail=f"merge={merge.id} kept={kept_id}")
    return MergeRecord(merge.id, kept_id, other_id, now, moved, None)


@access.guarded(access.ADMIN, "staff_id")
def reverse_merge(merge_id: int, *, staff_id: int | None) -> MergeRecord:
    """Put back every row the merge moved and make the merged record a patient of its own
    again. Rows added to the kept record since the merge stay with it. Raises
    NotAllowedError("admin_only") or ValidationError (field merge): not_found, already_reversed,
    kept_merged_since (the kept record was itself merged since: reverse that merge first)."""
    with db.write():
        merge = PatientMerge.get_or_none(PatientMerge.id == merge_id)
        if merge is None:
            raise ValidationError("not_found", field="merge")
        locked = _lock([merge.kept_id, merge.merged_id])
        if locked[merge.kept_id].merged_into_id is not None:
            raise ValidationError("kept_merged_since", field="merge")  # reverse that one first
        now = _now()
        claimed = PatientMerge.update(reversed_at=now, reversed_by=staff_id).where(
            (PatientMerge.id == merge_id) & PatientMerge.reversed_at.is_null()).execute()
        if claimed != 1:
            raise ValidationError("already_reversed", field="merge")
        moved: dict[MovedKind, int] = {}
        for kind, model in _MODELS.items():
            ids = [row_id for (row_id,) in PatientMergeRow.select(PatientMergeRow.row_id).where(
                (PatientMergeRow.merge == merge_id) & (PatientMergeRow.kind == kind.value)).tuples()]
            moved[kind] = len(ids)
            if ids:
                model.update(patient=merge.merged_id).where(
                    model.id.in_(ids) & (model.patient == merge.kept_id)).execute()
        Patient.update(merged_into=None, updated_at=now).where(
            (Patient.id == merge.merged_id) & (Patient.merged_into == merge.kept_id)).execute()
        audit.record("patient_merge_reversed", staff_id=staff_id, patient_id=merge.kept_id,
                     detail=f"merge={merge_id} merged={merge.merged_id}")
        audit.record("patient_merge_reversed", staff_id=staff_id, patient_id=merge.merged_id,
                     detail=f"merge={merge_id} kept={merge.kept_id}")
    return MergeRecord(merge_id, merge.kept_id, merge.merged_id, merge.merged_at, moved, now)


MERGE_ACTIONS = ("patient_merged", "patient_merged_into")


def merge_id_of(action: str, detail: str) -> int | None:
    """The merge an audit entry of `merge_patients` records ("merge=N ..."), else None."""
    if action not in MERGE_ACTIONS:
        return None
    for part in detail.split():
        key, _, value = part.partition("=")
        if key == "merge" and value.isdigit():
            return int(value)
    return None


@access.guarded(access.ADMIN, "by_staff_id")
def merges_into(patient_id: int, *, by_staff_id: int | None) -> list[MergeRecord]:
    """The merges that brought other records into this one, newest first (admins only)."""
    merges = list(PatientMerge.select().where(PatientMerge.kept == patient_id)
                  .order_by(PatientMerge.merged_at.desc(), PatientMerge.id.desc()))
    counts: dict[tuple[int, str], int] = {}
    if merges:
        for merge_id, kind, n in (PatientMergeRow
                                  .select(PatientMergeRow.merge, PatientMergeRow.kind,
                                          fn.COUNT(PatientMergeRow.id))
                                  .where(PatientMergeRow.merge.in_([m.id for m in merges]))
                                  .group_by(PatientMergeRow.merge, PatientMergeRow.kind).tuples()):
            counts[(merge_id, kind)] = n
    return [MergeRecord(m.id, m.kept_id, m.merged_id, m.merged_at,
                        {k: counts.get((m.id, k.value), 0) for k in MovedKind}, m.reversed_at)
            for m in merges]
