"""Guards against known breakage in the Qt binding we ship with."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_emitting_signals_keeps_reference_counts_balanced() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit; on Python 3.11 the process
    # aborted after a few hundred emits. pyproject excludes that release; this catches a
    # future one with the same fault before it reaches a counter.
    emitter = _Emitter()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.bare.emit()
        emitter.carrying.emit(1)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
