"""Window start-up, measured in a fresh process: time to the first shown window and peak memory.

    python -m bench.startup bare|desk|kiosk [DBURL]

Prints one JSON line: {"seconds": <since the process started>, "peak_kib": <ru_maxrss>,
"cpu_s": <CPU time of the process at the first frame>}, and for the desk "ready_s": seconds
since the process started until its sign-in page lets a person sign in (the database opened and
checked after the first frame: ui/windows.py DeskStart). CPU time (getrusage: user + system, all
threads) is less disturbed than wall time by other work on a shared machine.
`desk` and `kiosk` run the app's own `ui.app.main()` with `--db DBURL` (and `--kiosk`); its
event loop is replaced by: wait for the first window's first painted frame, then run the loop
for SETTLE_MS more (the pages built after the first frame count in the peak memory).
`bare` is the floor: a plain PySide6 QWidget in the same conditions. The start is the time the
parent wrote into BENCH_SPAWNED_AT just before starting this process (`python -m bench` does),
else the kernel's start time of this process (10 ms resolution).
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
    if os.environ.get("BENCH_SPAWNED_AT"):
        return float(os.environ["BENCH_SPAWNED_AT"])
    with open("/proc/self/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    ticks = os.sysconf("SC_CLK_TCK")
    return time.time() - uptime + start_ticks / ticks


READY_LOOK_MS = 5
SETTLE_MS = 1500  # peak memory is read after this much event loop, once deferred pages are built


def _first_frame(widget) -> float:
    """Seconds from process start until `widget` is exposed and its first frame painted."""
    from PySide6.QtWidgets import QApplication

    while not widget.isVisible() or not widget.windowHandle() or not widget.windowHandle().isExposed():
        QApplication.processEvents()
    widget.grab()  # the first frame is painted
    return time.time() - _process_started()


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _ready_s(window) -> float:
    """Seconds from process start until the desk lets a person sign in. Looked at every
    READY_LOOK_MS from a timer, not in a busy loop, which would hold the interpreter's lock
    against the thread opening the database."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    look = QTimer()
    look.setInterval(READY_LOOK_MS)
    look.timeout.connect(lambda: None if window.is_opening() else loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    look.start()
    if window.is_opening():
        loop.exec()
    look.stop()
    if window.is_opening():
        raise RuntimeError("the desk did not finish opening its database within 60 s")
    return time.time() - _process_started()


def _settle(ms: int = SETTLE_MS) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _print(seconds: float, peak_kib: int, **more) -> None:
    print(json.dumps({"seconds": seconds, "peak_kib": peak_kib, **more}), flush=True)


PAGES = ("arrivals", "patients", "calendar", "settings", "staff", "audit")
THINK_MS = 1000  # from the sign-in to the first click on another page


def _measuring_exec(app) -> int:
    """Stands in for QApplication.exec(): time the first window, let it settle, and return."""
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    window = shown[0]
    seconds = _first_frame(window)
    more = {"cpu_s": _cpu_s()}
    if hasattr(window, "is_opening"):  # the desk: when can a person sign in?
        more["ready_s"] = _ready_s(window)
    if hasattr(window, "flow"):  # the kiosk: when are the other pages ready?
        more["rest_built_ms"] = _rest_built_ms(window.flow())
    _settle()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # before any page is visited
    if os.environ.get("BENCH_FIRST_SHOW") and hasattr(window, "show_page"):
        more["first_show_ms"] = _first_shows(window)
    _print(seconds, peak, **more)
    return 0


def _rest_built_ms(flow) -> float:
    """Milliseconds from the first frame until the flow's other pages are built (idle time)."""
    from PySide6.QtWidgets import QApplication

    t0 = time.perf_counter()
    while not flow.is_fully_built() and time.perf_counter() - t0 < 10:
        QApplication.processEvents()
    return (time.perf_counter() - t0) * 1000


def _first_shows(window) -> dict[str, float]:
    """Milliseconds from asking for each page (the first time: the page is built then) to its
    first painted frame, after signing in as the bench's admin on the sign-in page and a
    second's look at the first page (Arrivals)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from bench.generate import BENCH_ADMIN, ensure_bench_admin

    ensure_bench_admin()
    fields = {edit.accessibleName(): edit for edit in window.findChildren(QLineEdit)}
    fields["Username"].setText(BENCH_ADMIN[0])
    fields["Password or PIN"].setText(BENCH_ADMIN[2])
    QTest.keyClick(fields["Password or PIN"], Qt.Key.Key_Return)
    while window.current_page() is None:
        QApplication.processEvents()
    _settle(THINK_MS)  # nobody clicks the next page sooner than this after signing in
    times = {}
    for key in PAGES:
        t0 = time.perf_counter()
        window.show_page(key)
        QApplication.processEvents()
        page = window.page(key)
        while getattr(page, "is_building", lambda: False)():  # what it shows is built in turns
            QApplication.processEvents()
        window.grab()
        times[key] = (time.perf_counter() - t0) * 1000
    return times

def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication([])
        window = QWidget()
        window.resize(1280, 800)
        window.show()
        seconds = _first_frame(window)
        cpu = _cpu_s()
        _settle()
        _print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, cpu_s=cpu)
        del window, app
        return 0
    # the app's own start, from its command line, with exec() timed instead of run
    from PySide6.QtWidgets import QApplication

    from ui import app as backcare

    QApplication.exec = _measuring_exec
    return backcare.main(["--db", argv[1]] + (["--kiosk"] if mode == "kiosk" else []))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
