"""Emitting signals many times must not take references away from True (PySide6 6.12 bug)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, Signal

from ui.widgets.emit import emit


class _Source(QObject):
    happened = Signal(int)


def test_thousands_of_emits_leave_true_alone():
    source = _Source()
    received = []
    source.happened.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(5000):
        emit(source.happened, n)
    assert len(received) == 5000
    assert abs(sys.getrefcount(True) - before) < 50


def test_global_fix_mends_plain_emit_in_a_fresh_process():
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from ui.widgets.emit import install_global_fix\n"
        "install_global_fix()\n"
        "class S(QObject):\n"
        "    s = Signal()\n"
        "o = S()\n"
        "before = sys.getrefcount(True)\n"
        "for _ in range(5000):\n"
        "    o.s.emit()\n"
        "print(abs(sys.getrefcount(True) - before) < 50)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "True"


def test_global_fix_survives_a_long_day_of_qt_calls_in_a_fresh_process():
    """200,000 calls of Qt methods that return nothing: far more than None's few thousand
    references, which PySide6 6.12 on Python 3.11 takes one of per call."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "from ui.widgets.emit import install_global_fix\n"
        "app = QCoreApplication([])\n"
        "install_global_fix()\n"
        "o = QObject()\n"
        "for n in range(100_000):\n"
        "    o.setObjectName('x')\n"
        "    QCoreApplication.processEvents()\n"
        "print('still here')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "still here"
