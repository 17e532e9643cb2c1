"""The audit trail: who viewed, created or changed which patient record, and when.

Append-only from the app: there is no function to edit or delete an entry. `detail` holds codes
and ids only, never patient data.
"""

from __future__ import annotations

from intake import db
from intake.models import AuditEntry


def record(action: str, *, staff_id: int | None, patient_id: int | None = None,
           intake_id: int | None = None, detail: str = "") -> AuditEntry:
    """Write one audit row. Call it inside the caller's own `db.write()` where there is one
    (it nests), so the change and its audit row commit together."""
    with db.write():
        return AuditEntry.create(
            action=action, staff=staff_id, patient=patient_id, intake=intake_id, detail=detail[:200]
        )
