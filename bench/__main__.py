"""BackCare's speed and memory figures, each printed with its floor or target and the ratio.

    python -m bench.generate /tmp/clinic.db --patients 50000 --appointments 1000000
    python -m bench /tmp/clinic.db

Floors are measured in the same run: a bare PySide6 window for start-up, the same query in raw
sqlite3 for the desk's search. A figure over its target is marked OVER; the run still ends 0 (the
figures are for people to read, not a gate).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import time

from bench.generate import to_url
from bench.report import print_table

RUNS = 5


def _startup(mode: str, url: str | None) -> tuple[float, float, float | None]:
    """Median seconds to first shown window, median peak KiB and, for the kiosk, median ms until
    its other pages are built, over RUNS fresh processes."""
    seconds, peaks, rests = [], [], []
    # as an installed app runs: byte-code cached (a first, unmeasured run writes the cache)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmd = [sys.executable, "-m", "bench.startup", mode] + ([url] if url else [])
    subprocess.run(cmd, capture_output=True, check=True, timeout=120, env=env)
    for _ in range(RUNS):
        env["BENCH_SPAWNED_AT"] = repr(time.time())
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=120,
                             env=env).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        seconds.append(figures["seconds"])
        peaks.append(figures["peak_kib"])
        if "rest_built_ms" in figures:
            rests.append(figures["rest_built_ms"])
    return statistics.median(seconds), statistics.median(peaks), (
        statistics.median(rests) if rests else None)


FIRST_SHOW_TARGET_MS = 100.0  # a click answered within 0.1 s feels instant


def _first_shows(url: str) -> dict[str, float]:
    """Median ms from a first click on each desk page (built then) to its painted frame."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BENCH_FIRST_SHOW"] = "1"
    cmd = [sys.executable, "-m", "bench.startup", "desk", url]
    runs = []
    for _ in range(3):
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=120,
                             env=env).stdout
        runs.append(json.loads(out.strip().splitlines()[-1])["first_show_ms"])
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _open_ms(url: str) -> float:
    from intake import db as dbmod

    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        dbmod.open_database(url)
        times.append((time.perf_counter() - t0) * 1000)
        dbmod.close_database()
    return statistics.median(times)


def foundation_figures(url: str) -> list[tuple[str, float, float, str]]:
    """(figure, measured, limit, unit) rows; limit is absolute (ms) or a ratio (x floor)."""
    bare_s, bare_kib, _ = _startup("bare", None)
    rows = [("bare PySide6 window start (floor)", bare_s * 1000, float("nan"), "ms"),
            ("bare PySide6 window peak memory (floor)", bare_kib / 1024, float("nan"), "MiB")]
    for mode in ("desk", "kiosk"):
        s, kib, rest = _startup(mode, url)
        rows.append((f"{mode} window start / bare", s / bare_s, 2.0, "x"))
        rows.append((f"{mode} window peak memory / bare", kib / bare_kib, 2.5, "x"))
        rows.append((f"{mode} window start", s * 1000, float("nan"), "ms"))
        if rest is not None:
            rows.append((f"{mode}: first frame to all other pages built (idle)", rest,
                         float("nan"), "ms"))
    rows.append(("open database", _open_ms(url), 50.0, "ms"))
    for key, ms in _first_shows(url).items():
        rows.append((f"desk page {key}: first click to painted (built then)", ms,
                     FIRST_SHOW_TARGET_MS, "ms"))
    return rows


def _feature_figures(url: str) -> list[tuple[str, float, float, str]]:
    rows = []
    for name in ("bench.kiosk", "bench.desk", "bench.scheduling", "bench.duplicates", "bench.backup",
                 "bench.stalls"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            print(f"({name} not present)")
            continue
        for row in module.run(url):
            label, measured, limit = row[:3]
            unit = row[3] if len(row) > 3 else "ms"
            rows.append((label, measured, limit, unit))
    return rows


def install_note() -> str:
    """Start-up figures are for a plain install (`pip install -e .`, no extras), as a clinic's
    single computer has it; with the postgres extra, peewee imports its driver at start."""
    from importlib.util import find_spec

    from ui.toolkit import installed_version

    extras = "with the postgres extra (psycopg present): start-up figures are NOT a plain " \
             "install's" if find_spec("psycopg") else "plain install (no extras)"
    return f"install: {extras}; PySide6-Essentials {installed_version()}; Python {sys.version.split()[0]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="a database made by bench.generate (file path or URL)")
    parser.add_argument("--only", choices=["foundation", "features"], help="run one part")
    args = parser.parse_args(argv)
    url = to_url(args.db)
    print(install_note())
    rows = []
    if args.only in (None, "foundation"):
        rows += foundation_figures(url)
    if args.only in (None, "features"):
        rows += _feature_figures(url)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
