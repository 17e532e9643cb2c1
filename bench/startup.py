"""Window start-up, measured in a fresh process: time to the first shown window and peak memory.

    python -m bench.startup bare|desk|kiosk [DBURL]

Prints one JSON line: {"seconds": <since the process started>, "peak_kib": <ru_maxrss>}.
`bare` is the floor: a plain PySide6 QWidget in the same conditions.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _process_started() -> float:
    """Wall-clock time at which this process started (Linux: /proc/self/stat)."""
    with open("/proc/self/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    ticks = os.sysconf("SC_CLK_TCK")
    return time.time() - uptime + start_ticks / ticks


def _report(widget) -> None:
    from PySide6.QtWidgets import QApplication

    while not widget.isVisible() or not widget.windowHandle() or not widget.windowHandle().isExposed():
        QApplication.processEvents()
    widget.grab()  # the first frame is painted
    seconds = time.time() - _process_started()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_kib": peak}), flush=True)


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode != "bare" and not argv[1].startswith("postgres"):
        import intake

        intake.use_sqlite_only()  # as ui.app.main() does
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    if mode == "bare":
        window = QWidget()
        window.resize(1280, 800)
        window.show()
        _report(window)
        return 0
    from intake import db as dbmod
    from ui import windows

    dbmod.open_database(argv[1])
    keep = windows.start(kiosk=(mode == "kiosk"), where=dbmod.describe(argv[1]))
    _report(keep[0])
    del keep, app
    dbmod.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
