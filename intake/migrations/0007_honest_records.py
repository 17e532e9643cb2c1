"""Version 7: records that say what happened.

- appointment.entered_late: Attended / No-show was recorded on a day after the session's day.
- appointment.undo_state: the values before the last status change (JSON: status, pain score,
  late cancel, entered late), so that one change can be undone; empty when there is nothing to undo.
- appointment.second_reason: why staff booked a second free consultation in one episode.
Rows recorded before have nothing to undo and were not entered late.

Plain ALTER TABLE ... ADD COLUMN with a default: playhouse's add_column would rebuild the SQLite
table for a NOT NULL column, and the rebuild drops the double-booking triggers of version 2.
"""

from peewee import PostgresqlDatabase


def up(migrator, db):
    false = "FALSE" if isinstance(db, PostgresqlDatabase) else "0"
    boolean = "BOOLEAN" if isinstance(db, PostgresqlDatabase) else "INTEGER"
    db.execute_sql(f"ALTER TABLE appointment ADD COLUMN entered_late {boolean} NOT NULL DEFAULT {false}")
    db.execute_sql("ALTER TABLE appointment ADD COLUMN undo_state TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE appointment ADD COLUMN second_reason TEXT NOT NULL DEFAULT ''")
