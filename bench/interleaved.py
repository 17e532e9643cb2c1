"""Start-up of two trees against the bare window, interleaved in one run (the floor moves from
run to run, so only ratios measured together are compared).

    python -m bench.interleaved kiosk|desk RUNS OTHER_TREE OTHER_DBURL THIS_DBURL

OTHER_TREE is a checkout of another commit (e.g. `git worktree add /tmp/base 93ab114`); each
tree's database must have that tree's schema (`python -m bench.generate` run in it). Prints the
median seconds and the ratio to the bare window of each, as `python -m bench` measures them; the
median CPU time to the first frame (less disturbed by other work on the machine) and, for a desk
that opens its database after its first frame, the median time until sign-in is possible.
Both trees are measured by this tree's bench/startup.py (the other tree's app, the same clock).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = str(Path(__file__).resolve().parents[1])
STARTUP = str(Path(__file__).resolve().with_name("startup.py"))
# this tree's measuring code, run with the other tree first on sys.path (its cwd)
RUN_STARTUP = (f"import runpy, sys; sys.argv[0] = {STARTUP!r}; "
               f"runpy.run_path({STARTUP!r}, run_name='__main__')")


def _once(tree: str, args: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=tree, BENCH_SPAWNED_AT=repr(time.time()))
    out = subprocess.run([sys.executable, "-c", RUN_STARTUP, *args], capture_output=True,
                         text=True, check=True, timeout=120, env=env, cwd=tree).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 5 or argv[0] not in ("kiosk", "desk"):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    mode, runs, other, other_url, this_url = argv[0], int(argv[1]), *argv[2:]
    trees = {"bare": (HERE, ["bare"]), "other": (other, [mode, other_url]),
             "this": (HERE, [mode, this_url])}
    for tree, args in trees.values():  # a first, unmeasured run writes the byte-code cache
        _once(tree, args)
    runs_of: dict[str, list[dict]] = {key: [] for key in trees}
    for _ in range(runs):
        for key, (tree, args) in trees.items():
            runs_of[key].append(_once(tree, args))

    def median(key: str, field: str) -> float | None:
        values = [run[field] for run in runs_of[key] if field in run]
        return statistics.median(values) if values else None

    bare, bare_cpu = median("bare", "seconds"), median("bare", "cpu_s")
    for key in trees:
        line = f"{mode} {key}: median {median(key, 'seconds') * 1000:.0f} ms = {median(key, 'seconds') / bare:.2f} x bare"
        cpu = median(key, "cpu_s")
        if cpu is not None and bare_cpu:
            line += f"; CPU to first frame {cpu * 1000:.0f} ms = {cpu / bare_cpu:.2f} x bare"
        ready = median(key, "ready_s")
        if ready is not None:
            line += f"; sign-in possible at {ready * 1000:.0f} ms = {ready / bare:.2f} x bare"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
