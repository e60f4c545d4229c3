"""The one background-work API: an operation, a success callback, a failure path, progress.

Modelled on Anki's `QueryOp`. Database work runs on a dedicated `QThreadPool` with exactly one
thread that never expires: that thread owns the open `Replica` (one SQLCipher connection) and so
serialises every read and write. The GUI thread never touches the replica; it hands the worker a
function of the replica and gets the result back on the GUI thread. Network-only work (later)
may use the second pool and run in parallel.

How results travel: a pool thread puts the outcome on a thread-safe queue and posts an event to
a mailbox object living on the GUI thread, which drains the queue and calls the callbacks.
Pool threads never emit signals carrying Python objects and never own Qt objects: with
PySide 6.12, a queued signal with a Python argument emitted from a pool thread crashed the
process now and then (the GUI thread ran the slot while the emitting thread was still copying
the argument).

Every job has a failure path. Without an explicit `on_failure`, the error goes to the reporter
given to the constructor (known errors as a calm message, anything else as the crash dialog).
"""

from __future__ import annotations

import itertools
import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal

from desktop.session import SessionInfo
from sync.replica.cache import Replica

log = logging.getLogger(__name__)

T = TypeVar("T")
DELIVERY = QEvent.Type(QEvent.registerEventType())


@dataclass(frozen=True)
class Progress:
    """How far a long operation has got; `total` 0 means unknown."""

    done: int
    total: int = 0
    text: str = ""


Report = Callable[[Progress], None]
Failure = Callable[[BaseException], None]


class NoOpenCache(RuntimeError):
    """A job needed the replica but nobody is logged in: a bug in the caller."""


@dataclass(frozen=True)
class _Callbacks:
    on_success: Callable[[Any], None]
    on_failure: Failure
    on_progress: Report | None


# What a pool thread sends back: (job id, kind, value) with kind "ok", "failed" or "progress".
_Message = tuple[int, str, object]


class _Mailbox(QObject):
    """Lives on the GUI thread; pool threads `post` to it (thread-safe), it `drain`s there."""

    def __init__(self, drain: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._drain = drain

    def post(self) -> None:
        QCoreApplication.postEvent(self, QEvent(DELIVERY))

    def customEvent(self, event: QEvent) -> None:
        if event.type() == DELIVERY:
            self._drain()


class Worker(QObject):
    """Runs operations off the GUI thread and delivers their outcome on it.

    Threading: `run`, `open`, `close`, `run_network` and `shutdown` must be called on the GUI
    thread, and callbacks are invoked there. Database operations run one at a time, in
    submission order, on the single database thread; an operation must not keep or return the
    replica itself. `finished` is emitted after each job's callback has run, so tests can wait
    on it (or on `is_idle()`).
    """

    finished = Signal()
    busy_changed = Signal(bool)

    def __init__(self, on_error: Failure, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._db_pool.setExpiryTimeout(-1)  # one thread for the life of the app owns the cache
        self._net_pool = QThreadPool(self)
        self._net_pool.setMaxThreadCount(2)
        self._messages: queue.SimpleQueue[_Message] = queue.SimpleQueue()
        self._mailbox = _Mailbox(self._drain, self)
        self._pending: dict[int, _Callbacks] = {}
        self._ids = itertools.count(1)
        self._replica: Replica | None = None  # read and written on the database thread only

    # -- submitting work --------------------------------------------------------------------

    @overload
    def run(
        self,
        op: Callable[[Replica], T],
        on_success: Callable[[T], None],
        on_failure: Failure | None = None,
        on_progress: None = None,
    ) -> None: ...

    @overload
    def run(
        self,
        op: Callable[[Replica, Report], T],
        on_success: Callable[[T], None],
        on_failure: Failure | None = None,
        *,
        on_progress: Report,
    ) -> None: ...

    def run(
        self,
        op: Callable[..., T],
        on_success: Callable[[T], None],
        on_failure: Failure | None = None,
        on_progress: Report | None = None,
    ) -> None:
        """Run `op(replica)` (or `op(replica, report)` with `on_progress`) on the DB thread."""

        def call(report: Report) -> T:
            replica = self._replica
            if replica is None:
                raise NoOpenCache("no cache is open")
            return op(replica, report) if on_progress is not None else op(replica)

        self._submit(
            self._db_pool, call, _Callbacks(on_success, on_failure or self._on_error, on_progress)
        )

    def open(
        self,
        opener: Callable[[], Replica],
        on_success: Callable[[SessionInfo], None],
        on_failure: Failure | None = None,
    ) -> None:
        """Create or unlock the cache on the DB thread; the worker keeps it, the GUI gets facts.

        The replica never reaches the GUI thread: `on_success` receives a `SessionInfo`.
        """

        def call(_report: Report) -> SessionInfo:
            replica = opener()
            if self._replica is not None:
                self._replica.close()
            self._replica = replica
            return SessionInfo.of(replica)

        self._submit(
            self._db_pool, call, _Callbacks(on_success, on_failure or self._on_error, None)
        )

    def close(self, on_done: Callable[[None], None] | None = None) -> None:
        """Close the open cache (if any) on the DB thread, after the jobs already queued."""
        callbacks = _Callbacks(on_done or _ignore, self._on_error, None)
        self._submit(self._db_pool, self._close_now, callbacks)

    def run_network(
        self,
        op: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Failure | None = None,
    ) -> None:
        """Network-only work (no replica): may run in parallel with database work."""
        callbacks = _Callbacks(on_success, on_failure or self._on_error, None)
        self._submit(self._net_pool, lambda _report: op(), callbacks)

    # -- state --------------------------------------------------------------------------------

    def is_idle(self) -> bool:
        return not self._pending

    def shutdown(self) -> None:
        """Close the cache and wait for every thread: call once, as the app quits."""
        self._net_pool.waitForDone()
        self._db_pool.start(lambda: self._close_now(_no_report))
        self._db_pool.waitForDone()
        self._pending.clear()

    # -- internals ----------------------------------------------------------------------------

    def _close_now(self, _report: Report) -> None:
        replica, self._replica = self._replica, None
        if replica is not None:
            replica.close()
            log.info("cache closed")

    def _submit(
        self, pool: QThreadPool, call: Callable[[Report], Any], callbacks: _Callbacks
    ) -> None:
        job_id = next(self._ids)
        was_idle = self.is_idle()
        self._pending[job_id] = callbacks
        if was_idle:
            self.busy_changed.emit(True)
        messages, mailbox = self._messages, self._mailbox

        def report(progress: Progress) -> None:
            messages.put((job_id, "progress", progress))
            mailbox.post()

        def job() -> None:  # runs on a pool thread
            try:
                result = call(report)
            except Exception as exc:  # noqa: BLE001 - every failure goes to the failure path
                messages.put((job_id, "failed", exc))
            else:
                messages.put((job_id, "ok", result))
            mailbox.post()

        pool.start(job)

    def _drain(self) -> None:
        while True:
            try:
                job_id, kind, value = self._messages.get_nowait()
            except queue.Empty:
                return
            self._deliver(job_id, kind, value)

    def _deliver(self, job_id: int, kind: str, value: object) -> None:
        callbacks = self._pending.get(job_id)
        if callbacks is None:
            return  # the worker was shut down meanwhile
        if kind == "progress":
            if callbacks.on_progress is not None and isinstance(value, Progress):
                callbacks.on_progress(value)
            return
        try:
            if kind == "ok":
                callbacks.on_success(value)
            elif isinstance(value, BaseException):
                callbacks.on_failure(value)
        finally:
            self._pending.pop(job_id, None)
            if self.is_idle():
                self.busy_changed.emit(False)
            self.finished.emit()


def _ignore(_result: object) -> None:
    return None


def _no_report(_progress: Progress) -> None:
    return None
