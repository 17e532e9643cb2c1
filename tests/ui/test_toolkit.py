"""The Qt for Python release BackCare runs on: no reference drift, a bad release refused."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ui import app, toolkit

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Probe(QObject):
    flag = Signal(bool)

app = QCoreApplication([])
probe = Probe()
received = [0]


def count(value):
    received[0] += 1


probe.flag.connect(count)
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(100_000):
    probe.flag.emit(True)          # a bool emit: 6.12.0 drops a reference to True
    probe.setObjectName("probe")   # a void Qt call: 6.12.0 drops a reference to None
print(received[0], sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="None and True are immortal from Python 3.12: the drift cannot abort")
def test_installed_release_keeps_true_and_none_in_a_fresh_process():
    """100,000 bool emits and void Qt calls: on PySide6-Essentials 6.12.0 the process aborts
    (bool_dealloc); on a good release nothing drifts."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    received, true_drift, none_drift = map(int, result.stdout.split())
    assert received == 100_000
    assert abs(true_drift) < 20 and abs(none_drift) < 20


def test_known_bad_release_is_named_on_python_3_11_only():
    line = toolkit.problem("6.12.0", (3, 11))
    assert line is not None and "6.12.0" in line and "reinstall" in line
    assert toolkit.problem("6.12.0", (3, 12)) is None
    assert toolkit.problem("6.11.3", (3, 11)) is None


def test_installed_release_is_not_refused():
    assert toolkit.problem() is None, toolkit.installed_version()


def test_start_refuses_a_known_bad_release_with_one_line(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(toolkit, "installed_version", lambda: "6.12.0")
    monkeypatch.setattr(toolkit.sys, "version_info", (3, 11, 7))
    code = app.main(["--db", f"sqlite:///{tmp_path / 'never.db'}"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "PySide6-Essentials 6.12.0" in err[0]
    assert not (tmp_path / "never.db").exists()


def test_no_process_wide_patch_of_the_toolkit_or_the_interpreter():
    from pathlib import Path

    from PySide6.QtCore import SignalInstance

    assert type(SignalInstance.__dict__["emit"]).__name__ != "function"  # still Qt's own
    root = Path(__file__).resolve().parents[2]
    patched = [str(path.relative_to(root)) for folder in ("intake", "ui", "bench")
               for path in (root / folder).rglob("*.py")
               if "from_address" in path.read_text(encoding="utf-8")]
    assert patched == []
