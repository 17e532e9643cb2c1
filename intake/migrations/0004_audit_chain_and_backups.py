"""Version 4: a tamper-evident audit trail, and the state of the automatic backups.

- audit_entry.prev_hash / row_hash: each row hashed with the row before it (intake.audit_chain);
  the rows already there are chained here, in id order.
- audit_chain_head: one row, the chain's last id and hash, updated with every new audit row.
- backup_state: one row shared by every desk on this database: which desk holds the lease to
  make today's automatic backup (and until when), and the last good backup (when, which
  computer, where), which Settings shows and the 48-hour warning reads.
"""

from peewee import CharField, DateTimeField, IntegerField, Model

from intake import audit_chain


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class AuditChainHead(Base):
        id = IntegerField(primary_key=True)  # always 1
        last_id = IntegerField(null=True)
        last_hash = CharField(max_length=64)

    class BackupState(Base):
        id = IntegerField(primary_key=True)  # always 1
        lease_holder = CharField(max_length=120, default="")
        lease_until = DateTimeField(null=True)
        last_good_at = DateTimeField(null=True)
        last_good_host = CharField(max_length=120, default="")
        last_good_folder = CharField(max_length=500, default="")
        last_good_name = CharField(max_length=200, default="")
        last_restore_test_at = DateTimeField(null=True)  # PostgreSQL: scratch-schema test restore

    migrator.migrate(
        migrator.add_column("audit_entry", "prev_hash", CharField(max_length=64, default="")),
        migrator.add_column("audit_entry", "row_hash", CharField(max_length=64, default="")),
    )
    db.create_tables([AuditChainHead, BackupState])
    BackupState.create(id=1)
    audit_chain.hash_existing(db)
