"""Version 9: a person may hold several roles (the owner is often admin and practitioner).

- staff_role: one row per (staff, role); the existing single `staff.role` of every account is
  copied into it. `staff.role` stays as the account's first role for older readers; who may do
  what is decided from staff_role only (intake.access).
- A kiosk is a named device identity: a staff row whose only role is `kiosk` and whose password
  hash is unusable ("!"), so it can never sign in at the desk.
"""

from peewee import CharField, ForeignKeyField, Model


def up(migrator, db):
    class Staff(Model):
        class Meta:
            database = db
            table_name = "staff"

    class StaffRole(Model):
        staff = ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
        role = CharField(max_length=20)

        class Meta:
            database = db
            table_name = "staff_role"
            indexes = ((("staff", "role"), True),)

    db.create_tables([StaffRole])
    db.execute_sql("INSERT INTO staff_role (staff_id, role) SELECT id, role FROM staff")
