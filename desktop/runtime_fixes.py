"""A process-wide guard the desktop app needs with worker threads.

Garbage collection only on the GUI thread (`GuiThreadCollector`). Python's cyclic collector
runs in whichever thread happens to allocate when a threshold is crossed, and that can be the
database thread. Collecting a cycle that holds Qt objects then runs their C++ destructors
there, which crashes the process at a random later point. The collector turns automatic
collection off and collects from a timer on the GUI thread instead (the usual recipe for
PyQt/PySide apps with worker threads).
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

COLLECT_EVERY_MS = 1000


class GuiThreadCollector(QObject):
    """Disables automatic garbage collection and collects on the GUI thread from a timer.

    Create it on the GUI thread; `stop()` (or deleting it) turns automatic collection back on.
    """

    def __init__(self, interval_ms: int = COLLECT_EVERY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()
