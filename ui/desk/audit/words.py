"""The audit viewer's Detail column in words: before/after values of changed patient fields
(admins only see the trail at all) and the ids of a merge. The database holds codes and values,
never sentences."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from intake.audit import AuditRow
from ui.desk.messages import field_name
from ui.desk.patients.record_text import date_text, phone_text


def _value(name: str, value: object) -> str:
    if value in (None, ""):
        return "—"
    if name == "date_of_birth":
        try:
            return date_text(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if name == "phone":
        return phone_text(str(value))
    return str(value)


def _codes(detail: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in detail.split() if "=" in part)


def detail_text(row: AuditRow) -> str:
    if row.changes:
        return "; ".join(_change_text(name, before, after)
                         for name, (before, after) in row.changes.items())
    codes = _codes(row.detail)
    if row.action == "patient_merged" and "merged" in codes:
        return QCoreApplication.translate(
            "AuditWords", "Record no. {other} merged into this one").format(other=codes["merged"])
    if row.action == "patient_merged_into" and "kept" in codes:
        return QCoreApplication.translate(
            "AuditWords", "Merged into record no. {kept}").format(kept=codes["kept"])
    if row.action == "patient_merge_reversed":
        other = codes.get("merged") or codes.get("kept", "?")
        return QCoreApplication.translate(
            "AuditWords", "Merge with record no. {other} reversed").format(other=other)
    return row.detail


def _change_text(name: str, before: object, after: object) -> str:
    if before is None:  # a new record: its first value
        return QCoreApplication.translate("AuditWords", "{field}: {after}").format(
            field=field_name(name), after=_value(name, after))
    return QCoreApplication.translate("AuditWords", "{field}: {before} → {after}").format(
        field=field_name(name), before=_value(name, before), after=_value(name, after))
