"""What every benchmark module shares: the figures table, its command line, one QApplication.

A figure row is (label, measured, limit, unit); a limit of NaN marks a floor, printed without
a ratio.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

Row = tuple[str, float, float, str]
_app = None


def qt_app():
    """One QApplication for the whole run, kept alive until the process ends."""
    global _app
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    return _app


def print_table(rows: Iterable[Row]) -> None:
    print(f"{'figure':62} {'measured':>10} {'limit':>9} {'ratio':>7}")
    for label, measured, limit, unit in rows:
        if limit != limit:  # a floor: no limit
            print(f"{label:62} {measured:>8.2f}{unit:>2}")
            continue
        ratio = measured / limit
        print(f"{label:62} {measured:>8.2f}{unit:>2} {limit:>7.1f}{unit:>2} {ratio:>6.2f} "
              f"{'ok' if ratio <= 1 else 'OVER'}")


def run_alone(prog: str, run: Callable[[str], list[Row]], argv: list[str] | None = None) -> int:
    """`python -m bench.<part> DB`: that module's figures alone."""
    from bench.generate import to_url

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(f"usage: python -m {prog} DB (file path or database URL)", file=sys.stderr)
        return 2
    print_table(run(to_url(args[0])))
    return 0
