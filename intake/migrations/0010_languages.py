"""Version 10: the kiosk's default language (the clinic's choice) and a patient's preferred one.

`clinic.kiosk_language` is the language the kiosk greets in and returns to after each patient
("en" for every clinic set up before). `patient.preferred_language` is the language the patient
last used at the kiosk ("" when unknown), kept for letters and reminders.
"""

from peewee import CharField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("clinic", "kiosk_language", CharField(max_length=10, default="en")),
        migrator.add_column("patient", "preferred_language", CharField(max_length=10, default="")),
    )
