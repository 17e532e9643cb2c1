"""Version 8: buffer time a practitioner needs between appointments (minutes, 0 = none).

Every planner and slot search keeps that much free time between the practitioner's appointments
(before and after). 0 for every practitioner recorded before, so nothing changes until it is set.
"""

from peewee import SmallIntegerField


def up(migrator, db):
    migrator.migrate(migrator.add_column("practitioner", "buffer_minutes",
                                         SmallIntegerField(default=0)))
