"""Backup of the clinic-scale database beside a plain copy of the same file.

    python -m bench.backup /tmp/clinic.db

Floor: `shutil.copyfile` of the database file and an fsync of the copy (what copying it by hand
costs, on disk as the backup's copy is; not a safe backup of a database in use). The copy
without the fsync is shown too. Measured against the floor, target 1.5x: the backup's copy of
the database (on POSIX the file and its WAL copied by `cp` under a read transaction held on a
connection of its own, the WAL folded into the copy, fsync'd). Shown beside it
without a target: that copy plus a separate sha256 pass and the manifest, and the whole
`create_backup`, whose `PRAGMA integrity_check` of the copy (the sha256 runs alongside it)
is most of its time. Writes into a temporary folder beside the database, which is only read.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TARGET_RATIO = 1.5


def _sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _timed(job) -> float:
    t0 = time.perf_counter()
    job()
    return time.perf_counter() - t0


def run(url: str) -> list[tuple[str, float, float, str]]:
    import peewee

    from intake import backup
    from intake.backup_format import Manifest, Part, sha256_of

    path = _sqlite_path(url)
    if path is None:
        print("(bench.backup: SQLite only; skipped for this database)")
        return []
    size_mib = path.stat().st_size / 2**20
    with tempfile.TemporaryDirectory(dir=path.parent, prefix="bench-backup-") as tmp:
        out = Path(tmp)

        def plain_copy(sync: bool = True) -> None:
            target = out / "copy.db"
            shutil.copyfile(path, target)
            if sync:
                with open(target, "rb") as fh:
                    os.fsync(fh.fileno())
            target.unlink()

        def online_copy() -> None:
            part = out / "database.sqlite"
            backup.write_sqlite_copy(path, part)
            part.unlink()

        def written() -> None:
            target = out / "written"
            target.mkdir()
            part = target / "database.sqlite"
            backup.write_sqlite_copy(path, part)
            manifest = Manifest(app_version="bench", schema_version=0, migrations=[],
                                backend="sqlite", created_at="2026-01-01T00:00:00+00:00",
                                host="bench", kind="manual", row_counts={},
                                parts=[Part(part.name, sha256_of(part), part.stat().st_size)])
            (target / "manifest.json").write_text(manifest.to_json())
            shutil.rmtree(target)

        plain_copy(), online_copy(), written()  # warm the page cache for all alike
        copies, unsynced, onlines, writes = [], [], [], []
        for _ in range(RUNS):
            unsynced.append(_timed(lambda: plain_copy(sync=False)))
            copies.append(_timed(plain_copy))
            onlines.append(_timed(online_copy))
            writes.append(_timed(written))
        copy_s = statistics.median(copies)
        online_s, write_s = statistics.median(onlines), statistics.median(writes)
        db = peewee.SqliteDatabase(str(path))
        full_s = _timed(lambda: backup.create_backup(db, out / "full", rotate=False))
        db.close()
    return [
        (f"plain copy of the database file, {size_mib:.0f} MiB, fsync'd (floor)", copy_s * 1000,
         float("nan"), "ms"),
        ("plain copy of the database file, left in the page cache", statistics.median(unsynced) * 1000,
         float("nan"), "ms"),
        ("backup's copy of the database (snapshot) / plain copy", online_s / copy_s, TARGET_RATIO, "x"),
        ("backup's copy of the database (snapshot)", online_s * 1000, float("nan"), "ms"),
        ("backup's copy + separate sha256 pass + manifest / plain copy", write_s / copy_s,
         float("nan"), "x"),
        ("whole backup: copy, integrity_check (sha256 alongside), manifest", full_s * 1000,
         float("nan"), "ms"),
    ]


if __name__ == "__main__":
    from bench.report import run_alone

    sys.exit(run_alone("bench.backup", run))
