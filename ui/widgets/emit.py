"""Emitting a Python-declared signal, and calling Qt, without the PySide6 6.12 reference-count bugs.

In PySide6 6.12 on Python 3.11, `SignalInstance.emit()` returns `True` without taking a
reference to it, so every emission whose result is dropped takes one reference away from
`True`; after a few hundred emissions the interpreter aborts ("bool_dealloc"). Every Qt method
returning nothing (`setText`, `processEvents`, ...) does the same to `None`, which starts with a
few thousand references: a busy kiosk would abort ("none_dealloc") within hours. Python 3.12+
makes these objects immortal, and a fixed PySide6 does not need any of this: the checks below
measure each bug once, and the mends apply only where it is present. `install_global_fix()`
gives `None`, `True` and `False` a reference cushion no process can use up, which is what
Python 3.12 does for them."""

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


def _void_call_loses_none() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 5


_BUGGY = _emit_loses_a_reference()
_installed = False
_CUSHION = 1 << 40  # references: more than a process can lose in years of void calls


def _cushion_singletons() -> None:
    """Python 3.11 only (3.12 made them immortal): adds _CUSHION to the reference counts of
    None, True and False, the first field of every CPython object."""
    if sys.version_info >= (3, 12) or not _void_call_loses_none():
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _CUSHION


def install_global_fix() -> None:
    """Call once at start-up, before windows are built: cushions None/True/False where a Qt call
    loses references to them, and mends `SignalInstance.emit` itself, for every caller. Does
    nothing on a Python or PySide6 without the bugs."""
    global _installed
    if _installed:
        return
    _cushion_singletons()
    if not _BUGGY:
        _installed = True
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
