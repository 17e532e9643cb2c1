"""Version 6: one patient, one record — merges, before/after of changes, phone endings, folding.

- `patient.merged_into_id`: set on a record merged into another (kept, hidden from search);
  `patient_merge` / `patient_merge_row`: every merge and every row it moved, so it can be reversed.
- `audit_change`: the before/after values of an audited change, beside its audit entry (admins
  only), so `audit_entry.detail` keeps holding codes and ids only.
- `patient.phone_reversed`: the phone's digits last first, indexed, for "the number ends in 3456".
- `patient.name_key` recomputed: letters such as Ł, Đ, Ø are now folded to Latin (l, d, o) as
  well as accents, so "Łukasz" and "Lukasz" share a key.

Frozen code: the folding below is this version's, deliberately not `intake.patients`.
"""

import datetime as dt
import re
import unicodedata

from anyascii import anyascii
from peewee import (
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)

_DROP = {"'", "\u2019", "\u02bc", "`"}
_SPACES = re.compile(r"\s+")
_BATCH = 1000


def _now():
    return dt.datetime.now().replace(microsecond=0)


def _fold(text):
    latin = anyascii(unicodedata.normalize("NFC", text or "")).casefold()
    return _SPACES.sub(" ", "".join(ch if ch.isalnum() else " " for ch in latin
                                    if ch not in _DROP)).strip()


def _key(first, last):
    return f"{_fold(last)} {_fold(first)}".strip()


def _reversed_digits(phone):
    return re.sub(r"\D", "", phone or "")[::-1]


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Patient(Base):
        first_name = CharField(max_length=200)
        last_name = CharField(max_length=200)
        name_key = CharField(max_length=420)
        phone = CharField(max_length=20, default="")

        class Meta:
            table_name = "patient"

    class AuditEntry(Base):
        class Meta:
            table_name = "audit_entry"

    class AuditChange(Base):
        entry = ForeignKeyField(AuditEntry, backref="+", on_delete="CASCADE", unique=True)
        changes = TextField()

    class PatientMerge(Base):
        kept = ForeignKeyField(Patient, backref="+", on_delete="CASCADE")
        merged = ForeignKeyField(Patient, backref="+", on_delete="CASCADE")
        merged_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
        merged_at = DateTimeField(default=_now)
        reversed_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
        reversed_at = DateTimeField(null=True)

    class PatientMergeRow(Base):
        merge = ForeignKeyField(PatientMerge, backref="+", on_delete="CASCADE")
        kind = CharField(max_length=20)
        row_id = IntegerField()

        class Meta:
            indexes = ((("merge", "kind", "row_id"), True),)

    merged_into = ForeignKeyField(Patient, field=Patient.id, null=True, backref="+",
                                  on_delete="SET NULL")
    migrator.migrate(
        migrator.add_column("patient", "phone_reversed", CharField(max_length=20, default="")),
        migrator.add_column("patient", "merged_into_id", merged_into),
        migrator.add_index("patient", ("phone_reversed",), False),
    )
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(
            "ALTER TABLE patient ADD CONSTRAINT patient_merged_into_other "
            "CHECK (merged_into_id IS NULL OR merged_into_id <> id)")
    db.create_tables([AuditChange, PatientMerge, PatientMergeRow])

    last_id = 0
    while True:
        rows = list(Patient.select(Patient.id, Patient.first_name, Patient.last_name, Patient.phone)
                    .where(Patient.id > last_id).order_by(Patient.id).limit(_BATCH).tuples())
        if not rows:
            break
        p = db.param
        db.cursor().executemany(  # one prepared statement per batch (pipelined on PostgreSQL)
            f"UPDATE patient SET name_key = {p}, phone_reversed = {p} WHERE id = {p}",
            [(_key(first, last), _reversed_digits(phone), pid) for pid, first, last, phone in rows])
        last_id = rows[-1][0]
