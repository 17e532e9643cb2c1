"""The daily backup: the rotation, the lease one desk wins, the last good backup, the warning."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import stat

import pytest

from intake import backup, backup_rotation, backup_schedule, backup_settings
from intake.backup_format import Kind
from intake.errors import NotAllowedError
from intake.models import AuditEntry, BackupState
from tests.desk_data import make_staff
from tests.intake import chain_worker

NOW = dt.datetime(2026, 11, 30, 14, 0)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    # one backup a day for 400 days, two on the newest day
    times = [NOW - dt.timedelta(days=d) for d in range(400)] + [NOW - dt.timedelta(hours=3)]
    keep = backup_rotation.to_keep(times)
    days = sorted({t.date() for t in keep}, reverse=True)
    assert NOW in keep and NOW - dt.timedelta(hours=3) not in keep  # the newest of its day
    assert days[:7] == [(NOW - dt.timedelta(days=d)).date() for d in range(7)]
    weeks = {t.isocalendar()[:2] for t in keep}
    assert len(weeks) >= 4
    months = sorted({(t.year, t.month) for t in keep}, reverse=True)
    assert len(months) == 12 and months[0] == (2026, 11) and months[-1] == (2025, 12)
    assert len(keep) <= 7 + 4 + 12
    # a month's kept backup is its newest: 31 Dec 2025 for December
    assert dt.datetime(2025, 12, 31, 14, 0) in keep and dt.datetime(2025, 12, 30, 14, 0) not in keep


def test_rotation_keeps_everything_while_there_are_few():
    times = [NOW - dt.timedelta(days=d) for d in range(5)]
    assert backup_rotation.to_keep(times) == set(times)


def _fake_backup(folder, when: dt.datetime, kind=Kind.DAILY):
    from intake.backup_format import MANIFEST, Manifest

    path = folder / f"backcare-{when:%Y%m%d-%H%M%S}{'-pre-restore' if kind == Kind.PRE_RESTORE else ''}"
    path.mkdir(parents=True)
    manifest = Manifest(app_version="0.1.0", schema_version=1, migrations=["0001_initial"],
                        backend="sqlite", created_at=when.astimezone().isoformat(), host="desk",
                        kind=str(kind), row_counts={}, parts=[])
    (path / MANIFEST).write_text(manifest.to_json())
    return path


def test_the_folder_is_rotated_and_other_files_are_left_alone(tmp_path):
    for day in range(60):
        _fake_backup(tmp_path, NOW - dt.timedelta(days=day))
    for n in range(5):
        _fake_backup(tmp_path, NOW - dt.timedelta(days=n, hours=1), Kind.PRE_RESTORE)
    (tmp_path / "notes.txt").write_text("the admin's own file")
    (tmp_path / "backcare-unfinished").mkdir()  # no manifest: not ours to judge
    deleted = backup.rotate_folder(tmp_path)
    left = backup.list_backups(tmp_path)
    daily = [b for b in left if b.manifest.kind == Kind.DAILY]
    assert len(daily) == len(backup_rotation.to_keep([NOW - dt.timedelta(days=d) for d in range(60)]))
    assert len([b for b in left if b.manifest.kind == Kind.PRE_RESTORE]) == 3
    assert len(deleted) == 60 + 5 - len(left)
    assert (tmp_path / "notes.txt").exists() and (tmp_path / "backcare-unfinished").exists()


def test_one_desk_of_two_takes_the_lease(db, db_url):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [ctx.Process(target=chain_worker.take_lease, args=(db_url, holder, barrier, results))
             for holder in ("desk-a:1", "desk-b:2")]
    for proc in procs:
        proc.start()
    outcome = dict(results.get(timeout=60) for _ in procs)
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    assert sorted(outcome.values()) == [False, True]
    winner = next(h for h, won in outcome.items() if won)
    assert BackupState.get_by_id(1).lease_holder == winner


def test_lease_is_not_taken_when_a_backup_is_recent_or_held(db):
    assert backup_schedule.take_lease("desk-a:1", NOW)
    assert not backup_schedule.take_lease("desk-b:2", NOW + dt.timedelta(minutes=5))
    assert backup_schedule.take_lease("desk-b:2", NOW + backup_schedule.LEASE + dt.timedelta(minutes=1))
    BackupState.update(last_good_at=NOW, lease_until=None).execute()
    assert not backup_schedule.take_lease("desk-a:1", NOW + dt.timedelta(hours=23))
    assert backup_schedule.take_lease("desk-a:1", NOW + dt.timedelta(hours=24))


def test_the_warning_after_48_hours(db):
    assert backup_schedule.status().needs_warning(NOW)  # never backed up
    BackupState.update(last_good_at=NOW - dt.timedelta(hours=47)).execute()
    assert not backup_schedule.status().needs_warning(NOW)
    BackupState.update(last_good_at=NOW - dt.timedelta(hours=49)).execute()
    assert backup_schedule.status().needs_warning(NOW)


def test_the_daily_backup_runs_once_and_is_recorded(db, tmp_path):
    settings = backup_settings.BackupSettings(tmp_path / "nightly", chosen=True)
    made = backup_schedule.run_if_due(settings, holder="desk-a:1")
    assert made is not None and made.manifest.kind == "daily"
    assert backup_schedule.run_if_due(settings, holder="desk-b:2") is None  # not due again today
    state = backup_schedule.status()
    assert state.last_good_name == made.path.name and state.last_good_folder == str(tmp_path / "nightly")
    assert not state.needs_warning()
    assert BackupState.get_by_id(1).lease_holder == ""
    if db.__class__.__name__.startswith("Postgres"):
        assert state.last_restore_test_at is not None  # the first backup is test-restored


def test_settings_are_per_computer_and_private(db, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_CONFIG_DIR", str(tmp_path / "config"))
    admin = make_staff("Ada Admin", "ada", "admin")
    assert not backup_settings.load().chosen
    saved = backup_settings.save(backup_settings.BackupSettings(tmp_path / "usb", "a long passphrase"),
                                 by_staff_id=admin)
    loaded = backup_settings.load()
    assert loaded == saved and loaded.folder == tmp_path / "usb" and loaded.encrypted
    if os.name == "posix":
        path = tmp_path / "config" / backup_settings.FILE_NAME
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    entry = AuditEntry.get(AuditEntry.action == "backup_settings_changed")
    assert (entry.staff_id, entry.detail) == (admin, "encrypted=1")  # never the passphrase
    from intake.errors import ValidationError

    with pytest.raises(ValidationError) as short:
        backup_settings.save(backup_settings.BackupSettings(tmp_path / "usb", "short"),
                             by_staff_id=admin)
    assert short.value.field == "passphrase"
    with pytest.raises(ValidationError) as relative:
        backup_settings.save(backup_settings.BackupSettings(backup_settings.Path("backups")),
                             by_staff_id=admin)
    assert relative.value.field == "folder"


def test_only_an_admin_changes_the_backup_settings_or_backs_up_from_the_desk(db, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv("BACKCARE_CONFIG_DIR", str(tmp_path / "config"))
    admin = make_staff("Ada Admin", "ada", "admin")
    desk = make_staff()
    healer = make_staff("Cy Practitioner", "cy", "practitioner")
    wanted = backup_settings.BackupSettings(tmp_path / "elsewhere", "another long passphrase")
    for who, code in ((desk, "admin_only"), (healer, "admin_only"), (None, "no_actor")):
        with pytest.raises(NotAllowedError) as refused:
            backup_settings.save(wanted, by_staff_id=who)
        assert refused.value.code == code
        with pytest.raises(NotAllowedError) as refused:
            backup_schedule.back_up_from_desk(by_staff_id=who)
        assert refused.value.code == code
    assert not (tmp_path / "config").exists() and not (tmp_path / "elsewhere").exists()
    assert backup_schedule.status().last_good_at is None and AuditEntry.select().count() == 0

    backup_settings.save(backup_settings.BackupSettings(tmp_path / "usb"), by_staff_id=admin)
    made = backup_schedule.back_up_from_desk(by_staff_id=admin)
    assert made.path.parent == tmp_path / "usb" and made.manifest.kind == "manual"
    assert backup_schedule.status().last_good_name == made.path.name
    entry = AuditEntry.get(AuditEntry.action == "backup_made")
    assert (entry.staff_id, entry.detail) == (admin, "kind=manual encrypted=0")
