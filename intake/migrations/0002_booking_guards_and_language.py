"""Version 2: the database itself refuses double bookings; intakes remember their language.

A practitioner or a room holds at most one booked/attended appointment at any instant.
SQLite: BEFORE INSERT/UPDATE triggers (SQLite serialises writers, so no race can pass them).
PostgreSQL: exclusion constraints over tsrange (btree_gist), checked by the server at commit.
"""

from peewee import CharField, PostgresqlDatabase

HOLDING = "('booked', 'attended')"
# An appointment lasts at most this long; the overlap check then only looks this far back, so it
# stays an index range scan on (resource, starts_at) however many years of bookings there are.
MAX_HOURS = 12


def _sqlite_trigger(resource: str, event: str) -> str:
    column = f"{resource}_id"
    same_row = "AND a.id != NEW.id" if event == "UPDATE" else ""
    return f"""
CREATE TRIGGER IF NOT EXISTS appointment_{resource}_no_overlap_{event.lower()}
BEFORE {event} ON appointment
WHEN NEW.status IN {HOLDING}
BEGIN
    SELECT RAISE(ABORT, 'appointment_times_invalid')
    WHERE NEW.ends_at <= NEW.starts_at OR NEW.ends_at > datetime(NEW.starts_at, '+{MAX_HOURS} hours');
    SELECT RAISE(ABORT, 'appointment_{resource}_no_overlap')
    WHERE EXISTS (
        SELECT 1 FROM appointment a
        WHERE a.{column} = NEW.{column} {same_row}
          AND a.starts_at > datetime(NEW.starts_at, '-{MAX_HOURS} hours')
          AND a.starts_at < NEW.ends_at AND NEW.starts_at < a.ends_at
          AND a.status IN {HOLDING}
    );
END"""


def _postgres_constraint(resource: str) -> str:
    return (
        f"ALTER TABLE appointment ADD CONSTRAINT appointment_{resource}_no_overlap "
        f"EXCLUDE USING gist ({resource}_id WITH =, tsrange(starts_at, ends_at) WITH &&) "
        f"WHERE (status IN {HOLDING})"
    )


def _postgres_times_check() -> str:
    return (
        "ALTER TABLE appointment ADD CONSTRAINT appointment_times_valid "
        f"CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '{MAX_HOURS} hours')"
    )


def up(migrator, db):
    migrator.migrate(migrator.add_column("intake", "language", CharField(max_length=10, default="en")))
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
        db.execute_sql(_postgres_times_check())
        for resource in ("practitioner", "room"):
            db.execute_sql(_postgres_constraint(resource))
    else:
        for resource in ("practitioner", "room"):
            for event in ("INSERT", "UPDATE"):
                db.execute_sql(_sqlite_trigger(resource, event))
