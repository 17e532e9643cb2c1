"""Peewee models only. Queries live in the domain modules (patients/, intakes.py, ...).

Times of day and appointment times are the clinic's local wall-clock time (naive datetimes);
the clinic's time zone is stored on `Clinic` and applied when exporting (.ics).
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

from intake.vocabulary import AppointmentStatus, CourseStatus, IntakeSource, IntakeStatus

database = DatabaseProxy()


def _now() -> dt.datetime:
    """The clinic's wall-clock time (intake.clinic.now), for created/updated stamps."""
    from intake import clinic  # noqa: PLC0415 - clinic imports the models

    return clinic.now()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Clinic(BaseModel):
    """The one clinic this database serves (a single row)."""

    name = CharField(max_length=200)
    address = TextField(default="")
    phone = CharField(max_length=40, default="")
    country = CharField(max_length=2, default="GB")  # ISO 3166; default phone region + holidays
    region = CharField(max_length=10, default="")  # holidays subdivision, e.g. "ENG"
    timezone = CharField(max_length=64, default="Europe/London")
    consultation_minutes = IntegerField(default=30)
    treatment_minutes = IntegerField(default=45)
    course_length = IntegerField(default=12)
    idle_lock_minutes = IntegerField(default=5)
    created_at = DateTimeField(default=_now)
    kiosk_language = CharField(max_length=10, default="en")  # intake.languages code


class OpeningPeriod(BaseModel):
    """The clinic is open on `weekday` (0 = Monday) from `opens` to `closes` (minutes after
    midnight). A break is the gap between two periods of the same day."""

    weekday = IntegerField()
    opens = IntegerField()
    closes = IntegerField()


class Closure(BaseModel):
    """The clinic is closed from `first_day` to `last_day` inclusive."""

    first_day = DateField()
    last_day = DateField()
    reason = CharField(max_length=200, default="")


class HolidayOpening(BaseModel):
    """A public holiday on which the clinic is open all the same."""

    day = DateField(unique=True)


DEFAULT_PRACTITIONER_COLOUR = "#2e7d6b"  # a practitioner's calendar colour until staff choose one


class Practitioner(BaseModel):
    name = CharField(max_length=200)
    colour = CharField(max_length=9, default=DEFAULT_PRACTITIONER_COLOUR)
    active = BooleanField(default=True)
    buffer_minutes = SmallIntegerField(default=0)  # free time kept between appointments


class PractitionerHours(BaseModel):
    practitioner = ForeignKeyField(Practitioner, backref="hours", on_delete="CASCADE")
    weekday = IntegerField()
    starts = IntegerField()  # minutes after midnight
    ends = IntegerField()


class TimeOff(BaseModel):
    practitioner = ForeignKeyField(Practitioner, backref="time_off", on_delete="CASCADE")
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    reason = CharField(max_length=200, default="")


class Room(BaseModel):
    name = CharField(max_length=100)
    active = BooleanField(default=True)


class Staff(BaseModel):
    """A staff account or a kiosk's device identity. `role` is the first of its roles; the roles
    themselves are the StaffRole rows (admin, front_desk, practitioner, kiosk)."""

    username = CharField(max_length=80, unique=True)
    display_name = CharField(max_length=200)
    role = CharField(max_length=20)
    password_hash = CharField(max_length=200)
    pin_hash = CharField(max_length=200, null=True)
    active = BooleanField(default=True)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    practitioner = ForeignKeyField(Practitioner, null=True, backref="accounts", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)

    def save(self, *args, **kwargs):
        """A new account holds its `role` as a StaffRole row too (more may be added)."""
        inserting = self._pk is None or kwargs.get("force_insert")
        result = super().save(*args, **kwargs)
        if inserting and self.role:
            StaffRole.insert(staff=self.id, role=self.role).on_conflict_ignore().execute()
        return result


class StaffRole(BaseModel):
    """One role a staff account holds: admin, front_desk, practitioner, kiosk (intake.access)."""

    staff = ForeignKeyField(Staff, backref="role_rows", on_delete="CASCADE")
    role = CharField(max_length=20)

    class Meta:
        indexes = ((("staff", "role"), True),)


class Patient(BaseModel):
    first_name = CharField(max_length=200)
    last_name = CharField(max_length=200)
    name_key = CharField(max_length=420, index=True)  # accents and case folded, "last first"
    date_of_birth = DateField(index=True)
    phone = CharField(max_length=20, default="", index=True)  # E.164
    email = CharField(max_length=254, default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    phone_reversed = CharField(max_length=20, default="", index=True)  # digits, last first
    # set when this record was merged into another: kept, hidden from search, never deleted
    merged_into = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL", index=True)
    preferred_language = CharField(max_length=10, default="")  # the kiosk language last used


class Intake(BaseModel):
    """One filled intake, from the kiosk or entered at the desk.

    The identity fields are what the patient typed; `patient` is set when the desk matches it.
    status: waiting, with_staff, booked, sent_away.
    """

    patient = ForeignKeyField(Patient, null=True, backref="intakes", on_delete="SET NULL")
    submitted_at = DateTimeField(default=_now, index=True)
    source = CharField(max_length=10, default=IntakeSource.kiosk)  # IntakeSource
    entered_by = ForeignKeyField(Staff, null=True, backref="entered_intakes", on_delete="SET NULL")
    status = CharField(max_length=12, default=IntakeStatus.waiting)
    urgent = BooleanField(default=False)
    urgent_ack_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    urgent_ack_at = DateTimeField(null=True)
    complete = BooleanField(default=True)  # False: saved early by an urgent answer
    first_name = CharField(max_length=200)
    last_name = CharField(max_length=200)
    date_of_birth = DateField(null=True)
    phone = CharField(max_length=20, default="")
    email = CharField(max_length=254, default="")
    pain_since_value = IntegerField(null=True)
    pain_since_unit = CharField(max_length=8, default="")  # days | weeks | months
    pain_now = IntegerField(null=True)  # NPRS 0-10
    peg_pain = IntegerField(null=True)
    peg_enjoyment = IntegerField(null=True)
    peg_activity = IntegerField(null=True)
    treatment_other = TextField(default="")
    consent_given = BooleanField(default=False)
    signature_svg = TextField(default="")  # the finger strokes as an SVG path document
    language = CharField(max_length=10, default="en")
    idempotency_key = CharField(max_length=64, null=True, unique=True)  # a kiosk's key (migration 5)
    received_at = DateTimeField(null=True)  # when it reached the database; later when queued


class IntakeAnswer(BaseModel):
    """One checklist or safety answer of an intake.

    group: region, symptom, cause, treatment, side_effect, red_flag, contraindication.
    value: "yes" / "no" for safety questions; "yes" for a ticked checklist item.
    """

    intake = ForeignKeyField(Intake, backref="answers", on_delete="CASCADE")
    group = CharField(max_length=20)
    item = CharField(max_length=40)
    value = CharField(max_length=10, default="yes")

    class Meta:
        indexes = ((("intake", "group", "item"), True),)


class PractitionerDecision(BaseModel):
    """A practitioner's recorded decision overriding a precaution or red flag for an intake."""

    intake = ForeignKeyField(Intake, backref="decisions", on_delete="CASCADE")
    item = CharField(max_length=40)
    practitioner = ForeignKeyField(Practitioner, backref="+")
    decided_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    reason = TextField()
    decided_at = DateTimeField(default=_now)


class TreatmentCourse(BaseModel):
    """kind: standard | electro. status: planned, active, completed, stopped."""

    patient = ForeignKeyField(Patient, backref="courses", on_delete="CASCADE")
    intake = ForeignKeyField(Intake, null=True, backref="courses", on_delete="SET NULL")
    kind = CharField(max_length=10)
    sessions_planned = IntegerField(default=12)
    pattern = TextField(default="")  # JSON description of the planner's pattern
    status = CharField(max_length=10, default=CourseStatus.active)
    created_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)


class Appointment(BaseModel):
    """kind: consultation | treatment.
    status: booked, attended, cancelled_patient, cancelled_clinic, no_show.
    Only booked and attended appointments hold their practitioner and room (see the guards in
    the migrations: a trigger on SQLite, an exclusion constraint on PostgreSQL)."""

    patient = ForeignKeyField(Patient, backref="appointments", on_delete="CASCADE")
    course = ForeignKeyField(TreatmentCourse, null=True, backref="appointments", on_delete="CASCADE")
    kind = CharField(max_length=12)
    practitioner = ForeignKeyField(Practitioner, backref="appointments")
    room = ForeignKeyField(Room, backref="appointments")
    starts_at = DateTimeField(index=True)
    ends_at = DateTimeField()
    status = CharField(max_length=20, default=AppointmentStatus.booked)
    late_cancel = BooleanField(default=False)
    session_number = IntegerField(null=True)
    pain_score = SmallIntegerField(null=True)  # 0-10, as the patient said at an attended session
    entered_late = BooleanField(default=False)  # attended/no-show recorded after the session's day
    undo_state = TextField(default="")  # JSON of the values before the last status change
    second_reason = TextField(default="")  # why a second free consultation in one episode
    uid = CharField(max_length=80, unique=True)  # stable .ics UID
    sequence = IntegerField(default=0)  # .ics SEQUENCE, bumped on every change
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = (
            (("practitioner", "starts_at"), False),
            (("room", "starts_at"), False),
            (("patient", "starts_at"), False),
        )


class AuditEntry(BaseModel):
    """Who viewed, created or changed which patient record, and when. Append-only."""

    at = DateTimeField(default=_now, index=True)
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    action = CharField(max_length=40)
    patient = ForeignKeyField(Patient, null=True, backref="+", on_delete="SET NULL", index=True)
    intake = ForeignKeyField(Intake, null=True, backref="+", on_delete="SET NULL")
    detail = CharField(max_length=200, default="")  # codes and ids only, never patient data
    prev_hash = CharField(max_length=64, default="")  # the chain (intake/audit_chain.py)
    row_hash = CharField(max_length=64, default="")


class AuditChainHead(BaseModel):
    """The audit chain's last link (one row, id 1), updated with every new audit row."""

    id = IntegerField(primary_key=True)
    last_id = IntegerField(null=True)
    last_hash = CharField(max_length=64)


class BackupState(BaseModel):
    """One row (id 1) shared by every desk: the automatic backup's lease and the last good one."""

    id = IntegerField(primary_key=True)
    lease_holder = CharField(max_length=120, default="")
    lease_until = DateTimeField(null=True)
    last_good_at = DateTimeField(null=True)
    last_good_host = CharField(max_length=120, default="")
    last_good_folder = CharField(max_length=500, default="")
    last_good_name = CharField(max_length=200, default="")
    last_restore_test_at = DateTimeField(null=True)


class KioskHeartbeat(BaseModel):
    """One row per kiosk computer: when it was last heard from and what its queue holds."""

    kiosk_id = CharField(max_length=64, unique=True)
    name = CharField(max_length=100)
    last_seen = DateTimeField(default=_now)
    queued = IntegerField(default=0)
    refused = IntegerField(default=0)


class KioskRefused(BaseModel):
    """A queued intake the database refused for good, as the kiosk queued it (JSON)."""

    kiosk_id = CharField(max_length=64, index=True)
    item_key = CharField(max_length=64, unique=True)
    sent_at = DateTimeField(null=True)
    reason = CharField(max_length=80, default="")
    payload = TextField()
    reported_at = DateTimeField(default=_now)

class AuditChange(BaseModel):
    """The before/after values of one audited change, beside its AuditEntry (admins only).
    `changes` is JSON: {"field code": [old, new], ...}; never logged, never in `detail`."""

    entry = ForeignKeyField(AuditEntry, backref="+", on_delete="CASCADE", unique=True)
    changes = TextField()


class PatientMerge(BaseModel):
    """Patient `merged` was merged into patient `kept` (see intake.merge); reversible."""

    kept = ForeignKeyField(Patient, backref="+", on_delete="CASCADE")
    merged = ForeignKeyField(Patient, backref="+", on_delete="CASCADE")
    merged_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    merged_at = DateTimeField(default=_now)
    reversed_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    reversed_at = DateTimeField(null=True)


class PatientMergeRow(BaseModel):
    """One row a merge moved: `kind` is intake, appointment or course (intake.merge.MovedKind)."""

    merge = ForeignKeyField(PatientMerge, backref="rows", on_delete="CASCADE")
    kind = CharField(max_length=20)
    row_id = IntegerField()

    class Meta:
        indexes = ((("merge", "kind", "row_id"), True),)


ALL_MODELS: list[type[BaseModel]] = [
    Clinic,
    OpeningPeriod,
    Closure,
    HolidayOpening,
    Practitioner,
    PractitionerHours,
    TimeOff,
    Room,
    Staff,
    StaffRole,
    Patient,
    Intake,
    IntakeAnswer,
    PractitionerDecision,
    TreatmentCourse,
    Appointment,
    AuditEntry,
    KioskHeartbeat,
    KioskRefused,
    AuditChange,
    PatientMerge,
    PatientMergeRow,
    AuditChainHead,
    BackupState,
]
