"""Version 3: a treatment session can hold the pain score (0-10) the patient gave that day.

The course review at session 12 then has a recent score even when the patient never filled a
second intake. Empty for every session recorded before.
"""

from peewee import SmallIntegerField


def up(migrator, db):
    migrator.migrate(migrator.add_column("appointment", "pain_score", SmallIntegerField(null=True)))
