"""The audit trail: who viewed, created or changed which patient record, and when.

Append-only from the app: there is no function to edit or delete an entry. `detail` holds codes
and ids only, never patient data. The before/after values of a changed patient field are kept
apart, in `AuditChange` beside the entry (structured JSON of field codes and values); they are
never logged and never part of `detail`. Reading the trail (`entries`) is for active admins only.

Action codes written by the desk shell: sign_in, sign_in_failed, desk_locked, staff_exit,
staff_exit_failed, staff_created, staff_enabled, staff_disabled, staff_role_changed,
staff_secret_reset. Other modules add their own (patient_viewed, intake_matched, ...).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from peewee import JOIN

from intake import access, audit_chain, db
from intake.models import AuditChange, AuditEntry, Patient, Staff

Changes = Mapping[str, tuple[object, object]]  # field code → (before, after), JSON-able values


def record(action: str, *, staff_id: int | None, patient_id: int | None = None,
           intake_id: int | None = None, detail: str = "",
           changes: Changes | None = None) -> int:
    """Write one audit row; its id. Call it inside the caller's own `db.write()` where there is one
    (it nests), so the change and its audit row commit together. `changes` (field code →
    (before, after)) is stored beside the row in AuditChange, for admins' eyes only."""
    with db.write():
        entry = AuditEntry(
            action=action, staff=staff_id, patient=patient_id, intake=intake_id, detail=detail[:200]
        )
        audit_chain.link(db.database.obj, entry)  # hashed with the row before it (tamper-evident)
        entry.save(force_insert=True)
        audit_chain.advance(db.database.obj, entry)
        if changes:
            _record_changes(entry.id, changes)
        return entry.id


def _record_changes(entry_id: int, changes: Changes) -> None:
    data = {name: [before, after] for name, (before, after) in changes.items()}
    AuditChange.create(entry=entry_id, changes=json.dumps(data, ensure_ascii=False, sort_keys=True))


# --------------------------------------------------------------------------- reading (admins only)

DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as the viewer shows it: plain values, names looked up."""

    id: int
    at: dt.datetime
    action: str
    staff_id: int | None
    staff_name: str
    patient_id: int | None
    patient_name: str
    intake_id: int | None
    detail: str
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)  # before/after


@access.guarded(access.ADMIN, "by_staff_id")
def entries(*, by_staff_id: int | None, patient_id: int | None = None,
            staff_id: int | None = None, since: dt.date | None = None,
            until: dt.date | None = None, action: str | None = None,
            limit: int = DEFAULT_LIMIT) -> list[AuditRow]:
    """The newest entries first, filtered by patient, by staff member, by action and by day
    (`since` and `until` inclusive). Only an active admin may read the trail."""
    query = (
        AuditEntry.select(AuditEntry, Staff.display_name, Patient.first_name, Patient.last_name)
        .join(Staff, JOIN.LEFT_OUTER, on=(AuditEntry.staff == Staff.id))
        .switch(AuditEntry)
        .join(Patient, JOIN.LEFT_OUTER, on=(AuditEntry.patient == Patient.id))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(max(1, limit))
    )
    if patient_id is not None:
        query = query.where(AuditEntry.patient == patient_id)
    if staff_id is not None:
        query = query.where(AuditEntry.staff == staff_id)
    if action:
        query = query.where(AuditEntry.action == action)
    if since is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time.min))
    if until is not None:
        query = query.where(AuditEntry.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min))
    rows = []
    for row in query.dicts():
        first, last = row.get("first_name"), row.get("last_name")
        rows.append(AuditRow(
            id=row["id"], at=row["at"], action=row["action"], staff_id=row["staff"],
            staff_name=row.get("display_name") or "", patient_id=row["patient"],
            patient_name=f"{last}, {first}" if last is not None else "",
            intake_id=row["intake"], detail=row["detail"],
        ))
    return _with_changes(rows)


def _with_changes(rows: list[AuditRow]) -> list[AuditRow]:
    """The rows with their before/after values (one query for the whole page)."""
    if not rows:
        return rows
    found = dict(AuditChange.select(AuditChange.entry, AuditChange.changes)
                 .where(AuditChange.entry.in_([r.id for r in rows])).tuples())
    if not found:
        return rows
    out = []
    for row in rows:
        data = json.loads(found[row.id]) if row.id in found else {}
        out.append(replace(row, changes={k: (v[0], v[1]) for k, v in data.items()}))
    return out


@access.guarded(access.ADMIN, "by_staff_id")
def actions_in_use(*, by_staff_id: int | None) -> list[str]:
    """The distinct action codes in the trail, for the viewer's filter (admins only)."""
    query = AuditEntry.select(AuditEntry.action).distinct().order_by(AuditEntry.action)
    return [row.action for row in query]


