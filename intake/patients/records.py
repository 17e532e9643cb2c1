"""A patient's record: its fields checked as the kiosk checks them, creating and changing it
(audited by field, never by value), and rows read by id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from intake import access, audit, db
from intake.errors import ConflictError, ValidationError
from intake.models import Intake, Patient, _now
from intake.patients.keys import _stored_key, phone_reversed
from intake.records import PatientDetails, row_of

EDITABLE_FIELDS = ("first_name", "last_name", "date_of_birth", "phone", "email")


def _audit_value(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def _validation():
    # The kiosk's rules, so the desk accepts exactly what the kiosk accepts.
    from intake import validation

    return validation


def clean_fields(values: dict[str, object], *, region: str | None = None) -> dict[str, object]:
    """Validate and normalise the given identity fields as the kiosk does.
    Raises ValidationError naming the first bad field."""
    v = _validation()
    region = region or _default_region()
    cleaned: dict[str, object] = {}
    for name, value in values.items():
        if name in ("first_name", "last_name"):
            cleaned[name] = v.clean_name(value, field=name)
        elif name == "date_of_birth":
            cleaned[name] = v.clean_date_of_birth(value)
        elif name == "phone":
            cleaned[name] = v.clean_phone(value, region=region, required=False)
        elif name == "email":
            cleaned[name] = v.clean_email(value)
        else:
            raise ValidationError("unknown_field", field=name)
    return cleaned


def _default_region() -> str:
    from intake.clinic import default_region

    return default_region()


@access.guarded(access.PATIENTS)
def create_patient(*, staff_id: int | None, first_name: str, last_name: str,
                   date_of_birth: dt.date | str, phone: str = "", email: str = "",
                   intake_id: int | None = None,
                   seen_duplicates: Collection[int] | None = None) -> PatientDetails:
    """A new patient from validated fields; with `intake_id`, that intake is attached to them.

    With `seen_duplicates` (the desk always passes it), a likely duplicate on file that is not
    among those ids refuses the creation: ConflictError("likely_duplicate", patient_ids=[...]),
    so no one creates a second record without having been shown the first."""
    values = clean_fields({"first_name": first_name, "last_name": last_name,
                           "date_of_birth": date_of_birth, "phone": phone, "email": email})
    with db.write():
        if seen_duplicates is not None:
            from intake import duplicates

            unseen = duplicates.unseen_likely(
                duplicates._find_duplicates(values["first_name"], values["last_name"],
                                            values["date_of_birth"], values["phone"]),
                frozenset(seen_duplicates))
            if unseen:
                raise ConflictError("likely_duplicate", field="patient", patient_ids=unseen)
        patient = Patient.create(
            name_key=_stored_key(values["first_name"], values["last_name"]),
            phone_reversed=phone_reversed(values["phone"]), **values
        )
        if intake_id is not None:
            Intake.update(patient=patient.id).where(Intake.id == intake_id).execute()
        audit.record("patient_created", staff_id=staff_id, patient_id=patient.id,
                     intake_id=intake_id, detail="from_intake" if intake_id else "",
                     changes={name: (None, _audit_value(values[name]))
                              for name in EDITABLE_FIELDS if values[name]})
    return row_of(PatientDetails, patient)


@access.guarded(access.PATIENTS)
def update_patient(patient_id: int, changes: dict[str, object], *, staff_id: int | None,
                   intake_id: int | None = None, action: str = "patient_changed") -> list[str]:
    """Apply the fields whose value really changes; return their names (audited, never values)."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError("unknown_field", field=sorted(unknown)[0])
    values = clean_fields(changes)
    with db.write():
        patient = Patient.get_or_none(Patient.id == patient_id)
        if patient is None:
            raise ValidationError("not_found", field="patient")
        changed = [name for name in EDITABLE_FIELDS
                   if name in values and getattr(patient, name) != values[name]]
        if not changed:
            return []
        update = {getattr(Patient, name): values[name] for name in changed}
        if "first_name" in changed or "last_name" in changed:
            update[Patient.name_key] = _stored_key(values.get("first_name", patient.first_name),
                                                   values.get("last_name", patient.last_name))
        if "phone" in changed:
            update[Patient.phone_reversed] = phone_reversed(values["phone"])
        update[Patient.updated_at] = _now()
        Patient.update(update).where(Patient.id == patient_id).execute()
        audit.record(action, staff_id=staff_id, patient_id=patient_id, intake_id=intake_id,
                     detail="fields=" + ",".join(changed),
                     changes={name: (_audit_value(getattr(patient, name)), _audit_value(values[name]))
                              for name in changed})
    return changed


@dataclass(frozen=True)
class PatientRow:
    id: int
    first_name: str
    last_name: str
    date_of_birth: dt.date
    phone: str
    email: str = ""


ROW_FIELDS = (Patient.id, Patient.first_name, Patient.last_name, Patient.date_of_birth,
               Patient.phone, Patient.email)


@access.guarded(access.PATIENTS)
def patients_by_ids(ids: Iterable[int], *, staff_id: int | None) -> dict[int, PatientRow]:
    ids = list(ids)
    if not ids:
        return {}
    rows = Patient.select(*ROW_FIELDS).where(Patient.id.in_(ids)).tuples()
    return {row[0]: PatientRow(*row) for row in rows}


def changed_fields(patient: Patient | PatientRow, values: dict[str, object]) -> Sequence[str]:
    return [name for name in EDITABLE_FIELDS if name in values and getattr(patient, name) != values[name]]
