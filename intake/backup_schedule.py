"""The automatic daily backup: which desk makes it (a lease in the database), when it is due,
the last good backup every desk can see, and the 48-hour warning.

One row of `backup_state` serves every desk on the database. A desk takes the lease with one
conditional UPDATE — only when a backup is due and no other desk holds an unexpired lease — so
two desks starting together never both back up; the winner writes into its own computer's
folder, records the result and lets the lease go.

Who may: "Back up now" in Settings › Backups is an admin's (`back_up_from_desk`, audited as
them). `run_if_due` is the desk's own scheduler and `back_up_now` the command line's `backcare
backup`: they run with the rights of whoever holds the database and this computer's files, and
take no account (docs/access.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import peewee

from intake import access, audit, backup_settings
from intake import db as dbmod
from intake.backup_format import Kind
from intake.models import BackupState, database

if TYPE_CHECKING:  # the backup itself (and its encryption library) loads at the first backup
    from intake import backup

log = logging.getLogger(__name__)

EVERY = dt.timedelta(hours=24)  # an automatic backup when the last good one is older
LEASE = dt.timedelta(hours=2)  # a desk that died mid-backup frees the lease after this
WARN_AFTER = dt.timedelta(hours=48)  # the desk warns when no backup is newer
TEST_RESTORE_EVERY = dt.timedelta(days=7)  # PostgreSQL: a scratch-schema test restore


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def this_desk() -> str:
    """Who holds the lease: this computer and process (no patient data)."""
    return f"{socket.gethostname()}:{os.getpid()}"[:120]


@dataclass(frozen=True)
class BackupStatus:
    last_good_at: dt.datetime | None
    last_good_host: str
    last_good_folder: str
    last_good_name: str
    last_restore_test_at: dt.datetime | None

    def needs_warning(self, now: dt.datetime | None = None) -> bool:
        """True when no good backup is newer than 48 hours."""
        now = now or _now()
        return self.last_good_at is None or now - self.last_good_at > WARN_AFTER


def status() -> BackupStatus | None:
    """The last good backup of this database (any desk); None before the backup schema."""
    if BackupState._meta.table_name not in database.obj.get_tables():
        return None
    row = BackupState.get_or_none(BackupState.id == 1)
    if row is None:
        return BackupStatus(None, "", "", "", None)
    return BackupStatus(row.last_good_at, row.last_good_host, row.last_good_folder,
                        row.last_good_name, row.last_restore_test_at)


def take_lease(holder: str, now: dt.datetime | None = None) -> bool:
    """Take the lease to make the automatic backup: True only when one is due (the last good
    backup older than 24 hours, or none) and no other desk holds an unexpired lease."""
    now = now or _now()
    with dbmod.write():
        BackupState.insert(id=1).on_conflict_ignore().execute()
        taken = (BackupState.update(lease_holder=holder, lease_until=now + LEASE)
                 .where((BackupState.id == 1)
                        & (BackupState.last_good_at.is_null() | (BackupState.last_good_at <= now - EVERY))
                        & (BackupState.lease_until.is_null() | (BackupState.lease_until < now)
                           | (BackupState.lease_holder == holder)))
                 .execute())
    return taken == 1


def release_lease(holder: str) -> None:
    with dbmod.write():
        BackupState.update(lease_holder="", lease_until=None).where(
            (BackupState.id == 1) & (BackupState.lease_holder == holder)).execute()


def record_good(result: backup.BackupResult, holder: str = "") -> None:
    """Note a verified backup as the last good one (and free the lease if `holder` had it)."""
    changes = {
        BackupState.last_good_at: result.manifest.created.replace(microsecond=0),
        BackupState.last_good_host: result.manifest.host[:120],
        BackupState.last_good_folder: str(result.path.parent)[:500],
        BackupState.last_good_name: result.path.name[:200],
    }
    if "test_restore" in result.manifest.verified:
        changes[BackupState.last_restore_test_at] = result.manifest.created.replace(microsecond=0)
    with dbmod.write():
        BackupState.insert(id=1).on_conflict_ignore().execute()
        BackupState.update(changes).where(BackupState.id == 1).execute()
        if holder:
            BackupState.update(lease_holder="", lease_until=None).where(
                (BackupState.id == 1) & (BackupState.lease_holder == holder)).execute()


T = TypeVar("T")


def in_own_connection(job: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run `job` on a database connection of this thread's own (a worker thread: the desk's
    connection stays with the GUI thread), closed afterwards."""
    with database.obj.connection_context():
        return job(*args, **kwargs)


def restore_test_due(now: dt.datetime | None = None) -> bool:
    if not isinstance(database.obj, peewee.PostgresqlDatabase):
        return False
    current = status()
    now = now or _now()
    return current is None or current.last_restore_test_at is None or \
        now - current.last_restore_test_at >= TEST_RESTORE_EVERY


def back_up_now(settings: backup_settings.BackupSettings | None = None, *,
                kind: Kind = Kind.MANUAL, folder: Path | None = None) -> backup.BackupResult:
    """A backup of the open database into this computer's folder (or `folder`), recorded as the
    last good one when the database has the backup schema."""
    from intake import backup

    settings = settings or backup_settings.load()
    result = backup.create_backup(database.obj, folder or settings.folder, kind=kind,
                                  passphrase=settings.passphrase, test_restore=restore_test_due())
    if status() is not None:
        record_good(result)
    return result


@access.guarded(access.ADMIN, "by_staff_id")
def back_up_from_desk(*, by_staff_id: int | None) -> backup.BackupResult:
    """"Back up now" at the desk: an admin's backup into this computer's folder, verified,
    recorded as the last good one and audited as that admin (NotAllowedError admin_only for
    anyone else, before anything is written)."""
    result = back_up_now()
    audit.record("backup_made", staff_id=by_staff_id,
                 detail=f"kind={result.manifest.kind} encrypted={int(bool(result.manifest.encryption))}")
    return result


def run_if_due(settings: backup_settings.BackupSettings | None = None,
               holder: str | None = None) -> backup.BackupResult | None:
    """The desk's automatic backup: made when due and this desk wins the lease; None when
    not due or another desk has it. On failure the lease is let go and BackupError raised."""
    from intake import backup

    holder = holder or this_desk()
    if status() is None or not take_lease(holder):
        return None
    settings = settings or backup_settings.load()
    try:
        result = backup.create_backup(database.obj, settings.folder, kind=Kind.DAILY,
                                      passphrase=settings.passphrase,
                                      test_restore=restore_test_due())
    except BaseException:
        release_lease(holder)
        raise
    record_good(result, holder)
    return result
