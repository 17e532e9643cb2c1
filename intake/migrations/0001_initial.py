"""Version 1: the clinic, staff, patients, intakes, courses, appointments and the audit trail.

Frozen copies of the tables as they were in version 1 (deliberately not `intake.models`).
"""

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def _now():
    return dt.datetime.now().replace(microsecond=0)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Clinic(Base):
        name = CharField(max_length=200)
        address = TextField(default="")
        phone = CharField(max_length=40, default="")
        country = CharField(max_length=2, default="GB")
        region = CharField(max_length=10, default="")
        timezone = CharField(max_length=64, default="Europe/London")
        consultation_minutes = IntegerField(default=30)
        treatment_minutes = IntegerField(default=45)
        course_length = IntegerField(default=12)
        idle_lock_minutes = IntegerField(default=5)
        created_at = DateTimeField(default=_now)

    class OpeningPeriod(Base):
        weekday = IntegerField()
        opens = IntegerField()
        closes = IntegerField()

    class Closure(Base):
        first_day = DateField()
        last_day = DateField()
        reason = CharField(max_length=200, default="")

    class HolidayOpening(Base):
        day = DateField(unique=True)

    class Practitioner(Base):
        name = CharField(max_length=200)
        colour = CharField(max_length=9, default="#2e7d6b")
        active = BooleanField(default=True)

    class PractitionerHours(Base):
        practitioner = ForeignKeyField(Practitioner, on_delete="CASCADE")
        weekday = IntegerField()
        starts = IntegerField()
        ends = IntegerField()

    class TimeOff(Base):
        practitioner = ForeignKeyField(Practitioner, on_delete="CASCADE")
        starts_at = DateTimeField()
        ends_at = DateTimeField()
        reason = CharField(max_length=200, default="")

    class Room(Base):
        name = CharField(max_length=100)
        active = BooleanField(default=True)

    class Staff(Base):
        username = CharField(max_length=80, unique=True)
        display_name = CharField(max_length=200)
        role = CharField(max_length=20)
        password_hash = CharField(max_length=200)
        pin_hash = CharField(max_length=200, null=True)
        active = BooleanField(default=True)
        failed_attempts = IntegerField(default=0)
        locked_until = DateTimeField(null=True)
        practitioner = ForeignKeyField(Practitioner, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=_now)

    class Patient(Base):
        first_name = CharField(max_length=200)
        last_name = CharField(max_length=200)
        name_key = CharField(max_length=420, index=True)
        date_of_birth = DateField(index=True)
        phone = CharField(max_length=20, default="", index=True)
        email = CharField(max_length=254, default="")
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)

    class Intake(Base):
        patient = ForeignKeyField(Patient, null=True, on_delete="SET NULL")
        submitted_at = DateTimeField(default=_now, index=True)
        source = CharField(max_length=10, default="kiosk")
        entered_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
        status = CharField(max_length=12, default="waiting")
        urgent = BooleanField(default=False)
        urgent_ack_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
        urgent_ack_at = DateTimeField(null=True)
        complete = BooleanField(default=True)
        first_name = CharField(max_length=200)
        last_name = CharField(max_length=200)
        date_of_birth = DateField(null=True)
        phone = CharField(max_length=20, default="")
        email = CharField(max_length=254, default="")
        pain_since_value = IntegerField(null=True)
        pain_since_unit = CharField(max_length=8, default="")
        pain_now = IntegerField(null=True)
        peg_pain = IntegerField(null=True)
        peg_enjoyment = IntegerField(null=True)
        peg_activity = IntegerField(null=True)
        treatment_other = TextField(default="")
        consent_given = BooleanField(default=False)
        signature_svg = TextField(default="")

    class IntakeAnswer(Base):
        intake = ForeignKeyField(Intake, on_delete="CASCADE")
        group = CharField(max_length=20)
        item = CharField(max_length=40)
        value = CharField(max_length=10, default="yes")

        class Meta:
            indexes = ((("intake", "group", "item"), True),)

    class PractitionerDecision(Base):
        intake = ForeignKeyField(Intake, on_delete="CASCADE")
        item = CharField(max_length=40)
        practitioner = ForeignKeyField(Practitioner, backref="+")
        decided_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
        reason = TextField()
        decided_at = DateTimeField(default=_now)

    class TreatmentCourse(Base):
        patient = ForeignKeyField(Patient, on_delete="CASCADE")
        intake = ForeignKeyField(Intake, null=True, on_delete="SET NULL")
        kind = CharField(max_length=10)
        sessions_planned = IntegerField(default=12)
        pattern = TextField(default="")
        status = CharField(max_length=10, default="active")
        created_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
        created_at = DateTimeField(default=_now)

    class Appointment(Base):
        patient = ForeignKeyField(Patient, on_delete="CASCADE")
        course = ForeignKeyField(TreatmentCourse, null=True, on_delete="CASCADE")
        kind = CharField(max_length=12)
        practitioner = ForeignKeyField(Practitioner)
        room = ForeignKeyField(Room)
        starts_at = DateTimeField(index=True)
        ends_at = DateTimeField()
        status = CharField(max_length=20, default="booked")
        late_cancel = BooleanField(default=False)
        session_number = IntegerField(null=True)
        uid = CharField(max_length=80, unique=True)
        sequence = IntegerField(default=0)
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)

        class Meta:
            indexes = (
                (("practitioner", "starts_at"), False),
                (("room", "starts_at"), False),
                (("patient", "starts_at"), False),
            )

    class AuditEntry(Base):
        at = DateTimeField(default=_now, index=True)
        staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
        action = CharField(max_length=40)
        patient = ForeignKeyField(Patient, null=True, backref="+", on_delete="SET NULL", index=True)
        intake = ForeignKeyField(Intake, null=True, backref="+", on_delete="SET NULL")
        detail = CharField(max_length=200, default="")

    db.create_tables(
        [Clinic, OpeningPeriod, Closure, HolidayOpening, Practitioner, PractitionerHours,
         TimeOff, Room, Staff, Patient, Intake, IntakeAnswer, PractitionerDecision,
         TreatmentCourse, Appointment, AuditEntry]
    )
