"""Version 2: the database itself refuses double bookings; intakes remember their language.

A practitioner or a room holds at most one booked/attended appointment at any instant.
SQLite: BEFORE INSERT/UPDATE triggers (SQLite serialises writers, so no race can pass them).
PostgreSQL: exclusion constraints over tsrange (btree_gist), checked by the server at commit.
"""

from peewee import CharField, PostgresqlDatabase

HOLDING = "('booked', 'attended')"


def _sqlite_trigger(resource: str, event: str) -> str:
    column = f"{resource}_id"
    same_row = "AND a.id != NEW.id" if event == "UPDATE" else ""
    return f"""
CREATE TRIGGER IF NOT EXISTS appointment_{resource}_no_overlap_{event.lower()}
BEFORE {event} ON appointment
WHEN NEW.status IN {HOLDING}
BEGIN
    SELECT RAISE(ABORT, 'appointment_{resource}_no_overlap')
    WHERE EXISTS (
        SELECT 1 FROM appointment a
        WHERE a.{column} = NEW.{column} {same_row}
          AND a.status IN {HOLDING}
          AND a.starts_at < NEW.ends_at AND NEW.starts_at < a.ends_at
    );
END"""


def _postgres_constraint(resource: str) -> str:
    return (
        f"ALTER TABLE appointment ADD CONSTRAINT appointment_{resource}_no_overlap "
        f"EXCLUDE USING gist ({resource}_id WITH =, tsrange(starts_at, ends_at) WITH &&) "
        f"WHERE (status IN {HOLDING})"
    )


def up(migrator, db):
    migrator.migrate(migrator.add_column("intake", "language", CharField(max_length=10, default="en")))
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
        for resource in ("practitioner", "room"):
            db.execute_sql(_postgres_constraint(resource))
    else:
        for resource in ("practitioner", "room"):
            for event in ("INSERT", "UPDATE"):
                db.execute_sql(_sqlite_trigger(resource, event))
