"""Emitting a Python-declared signal without the PySide6 6.12 reference-count bug.

In PySide6 6.12 on Python 3.11, `SignalInstance.emit()` returns `True` without taking a
reference to it, so every emission whose result is dropped takes one reference away from
`True`; after a few hundred emissions the interpreter aborts ("bool_dealloc"). Python 3.12+
makes `True` immortal, and a fixed PySide6 does not need this: the check below measures the
bug once and the helper gives the reference back only when it is present."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    fired = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    lost = sys.getrefcount(True) < before
    if lost:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost


_BUGGY = _emit_loses_a_reference()
_installed = False


def install_global_fix() -> None:
    """Mends `SignalInstance.emit` itself, for every caller (call once at start-up, before
    windows are built). Does nothing on a PySide6 without the bug."""
    global _installed
    if _installed or not _BUGGY:
        return
    original = SignalInstance.emit

    def emit_keeping_true(self, *args):
        result = original(self, *args)
        if result is True:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return result

    SignalInstance.emit = emit_keeping_true
    _installed = True


def emit(signal: SignalInstance, *args: object) -> None:
    """`signal.emit(*args)`, safe on every PySide6 version, with or without the global fix."""
    result = signal.emit(*args)
    if _BUGGY and not _installed and result is True:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
