"""Start-up of two trees against the bare window, interleaved in one run (the floor moves from
run to run, so only ratios measured together are compared).

    python -m bench.interleaved kiosk|desk RUNS OTHER_TREE OTHER_DBURL THIS_DBURL

OTHER_TREE is a checkout of another commit (e.g. `git worktree add /tmp/base 93ab114`); each
tree's database must have that tree's schema (`python -m bench.generate` run in it). Prints the
median seconds and the ratio to the bare window of each, as `python -m bench` measures them.
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


def _once(tree: str, args: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=tree, BENCH_SPAWNED_AT=repr(time.time()))
    out = subprocess.run([sys.executable, "-m", "bench.startup", *args], capture_output=True,
                         text=True, check=True, timeout=120, env=env, cwd=tree).stdout
    return json.loads(out.strip().splitlines()[-1])["seconds"]


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
    times: dict[str, list[float]] = {key: [] for key in trees}
    for _ in range(runs):
        for key, (tree, args) in trees.items():
            times[key].append(_once(tree, args))
    bare = statistics.median(times["bare"])
    for key, values in times.items():
        median = statistics.median(values)
        print(f"{mode} {key}: median {median * 1000:.0f} ms = {median / bare:.2f} x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
