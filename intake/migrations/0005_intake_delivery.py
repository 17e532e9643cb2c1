"""Version 5: intakes queued by a kiosk are delivered exactly once; the desk knows each kiosk.

- `intake.idempotency_key`: the key a kiosk gives each intake (UNIQUE, empty for intakes saved
  before). A retry, even after a cut between COMMIT and its reply, finds the row the first try
  made instead of making a second one; an urgent early save and its completion share the key.
- `intake.received_at`: when the row reached the database (`submitted_at` stays the moment the
  patient sent it at the kiosk); for rows saved before, the same as `submitted_at`.
- `kiosk_heartbeat`: one row per kiosk, written every few seconds: last seen, queue sizes.
- `kiosk_refused`: an intake the database refused for good, kept as the kiosk queued it so
  staff can export it; nothing is lost.
"""

import datetime as dt

from peewee import CharField, DateTimeField, IntegerField, Model, TextField


def _now():
    return dt.datetime.now().replace(microsecond=0)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class KioskHeartbeat(Base):
        kiosk_id = CharField(max_length=64, unique=True)
        name = CharField(max_length=100)
        last_seen = DateTimeField(default=_now)
        queued = IntegerField(default=0)
        refused = IntegerField(default=0)

    class KioskRefused(Base):
        kiosk_id = CharField(max_length=64, index=True)
        item_key = CharField(max_length=64, unique=True)
        sent_at = DateTimeField(null=True)
        reason = CharField(max_length=80, default="")
        payload = TextField()
        reported_at = DateTimeField(default=_now)

    migrator.migrate(
        migrator.add_column("intake", "idempotency_key", CharField(max_length=64, null=True)),
        migrator.add_column("intake", "received_at", DateTimeField(null=True)),
    )
    db.execute_sql("UPDATE intake SET received_at = submitted_at")
    db.execute_sql("CREATE UNIQUE INDEX intake_idempotency_key ON intake (idempotency_key)")
    db.execute_sql("CREATE INDEX intake_received_at ON intake (received_at)")
    db.create_tables([KioskHeartbeat, KioskRefused])
