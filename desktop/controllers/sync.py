"""Sync at the counter: when a logged-in, enrolled cache talks to its registry, and what the
status bar says about it.

Threads. The GUI thread owns `SyncController` (timers, status bar, decisions). One sync
thread per session (`SyncRunner`, a daemon thread) owns the session's `DeviceSync`: its own
SQLCipher connection and its own HTTP session. Neither the GUI thread nor the database
worker's thread ever runs a sync step. The key comes from the database thread (the replica
lives there) once, at session start; the sync thread opens its own connection with it.

Commands go to the sync thread through a queue (`open`, `run`, `probe`, `close`); outcomes
come back as plain immutable messages on a queue, with an event posted to a `Mailbox` on the
GUI thread, which drains it there. No signal carrying a Python object is ever emitted from
the sync thread (see `desktop.worker` for why).

At most one cycle runs at a time. Retries are timer-driven (single-shot `QTimer`) with
full-jitter backoff that honours the registry's `Retry-After`; nothing sleeps. Stopping
(log-out, quit) never waits on the GUI thread for more than a moment: the sync thread is
told to close after the cycle in flight and is otherwise left to finish on its own (the sync
engine is crash-safe, and the thread is a daemon, so quitting never hangs on the network).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.controllers.workspace import age_words
from desktop.errors import describe_for_log, user_text
from desktop.locale_format import translate
from desktop.views.main_window import MainWindow
from desktop.worker import Worker
from sync.client.backoff import Backoff
from sync.client.engine import SyncReport
from sync.client.errors import (
    DeviceNotRecognised,
    DeviceRevoked,
    ProtocolError,
    RegistryBusy,
    RegistryUnreachable,
    SyncError,
)
from sync.client.session import DeviceSync, SyncStatus
from sync.protocol import HealthResponse
from sync.replica.cache import Replica
from sync.replica.errors import ReplicaError

log = logging.getLogger(__name__)

CONTEXT = "Sync"
PERIOD_MS = 5 * 60_000
DEBOUNCE_MS = 3_000
PROBE_MS = 30_000
AGE_REFRESH_MS = 60_000
STOP_WAIT_SECONDS = 1.0
LARGE_PUSH = 50
LARGE_PULL = 500
# Failures the clerk must hear about once (someone has to act); the others stay in the bar.
NEEDS_SOMEONE = (DeviceRevoked, DeviceNotRecognised, ProtocolError)


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


PHASES = {
    "download": "Downloading the district's records",
    "indexes": "Preparing the records for use",
    "search": "Building the search index",
    "push": "Sending changes",
    "pull": "Receiving changes",
}


def phase_words(phase: str) -> str:
    """The clerk's words for a phase of the engine's `progress(phase, done, total)`."""
    return _tr(PHASES.get(phase, "Syncing…"))


# -- what crosses between threads ---------------------------------------------------------------


@dataclass(frozen=True)
class SyncAccess:
    """What the sync thread needs to open its own connection. The key never reaches a log."""

    data_dir: Path
    key: bytes
    user_id: str
    clock: Callable[[], datetime]

    def __repr__(self) -> str:
        return f"SyncAccess({self.data_dir.name!r})"


def sync_access(replica: Replica) -> SyncAccess:
    """Call on the database thread (the replica lives there)."""
    data_dir, key = replica.sync_access()
    return SyncAccess(data_dir, key, replica.session.user_id, replica.clock)


def open_link(access: SyncAccess) -> DeviceSync | None:
    """The session's link to its registry, or None for a standalone cache. Sync thread only."""
    return DeviceSync.open(access.data_dir, access.key, user_id=access.user_id, clock=access.clock)


@dataclass(frozen=True)
class Opened:
    status: SyncStatus | None  # None: a standalone cache


@dataclass(frozen=True)
class Progressed:
    phase: str
    done: int
    total: int


@dataclass(frozen=True)
class CycleDone:
    report: SyncReport
    status: SyncStatus | None


@dataclass(frozen=True)
class CycleFailed:
    error: BaseException
    status: SyncStatus | None


@dataclass(frozen=True)
class Probed:
    reachable: bool


Message = Opened | Progressed | CycleDone | CycleFailed | Probed

MAILBOX_EVENT = QEvent.Type(QEvent.registerEventType())


class Mailbox(QObject):
    """Lives on the GUI thread. Any thread may `put`; `handler` runs on the GUI thread."""

    def __init__(self, handler: Callable[[Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._messages: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def put(self, message: object) -> None:
        self._messages.put(message)
        QCoreApplication.postEvent(self, QEvent(MAILBOX_EVENT))

    def customEvent(self, event: QEvent) -> None:
        if event.type() != MAILBOX_EVENT:
            return
        while True:
            try:
                message = self._messages.get_nowait()
            except queue.Empty:
                return
            self._handler(message)


# -- the sync thread ----------------------------------------------------------------------------


class SyncRunner:
    """One `DeviceSync` on one daemon thread; commands in by a queue, messages out by `post`.

    `detach()` (GUI thread) stops every further message: after it the GUI side may go away
    while a cycle in flight finishes here and the link is closed on this thread.
    """

    def __init__(
        self, factory: Callable[[SyncAccess], DeviceSync | None], post: Callable[[Any], None]
    ) -> None:
        self._factory, self._post = factory, post
        self._commands: queue.SimpleQueue[tuple[str, object]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._detached = False
        self._link: DeviceSync | None = None
        self._thread = threading.Thread(target=self._loop, name="onestop-sync", daemon=True)

    def start(self, access: SyncAccess) -> None:
        self._commands.put(("open", access))
        self._thread.start()

    def send(self, command: str) -> None:
        self._commands.put((command, None))

    def detach(self) -> None:
        with self._lock:
            self._detached = True
        self._commands.put(("close", None))

    def join(self, seconds: float) -> bool:
        if self._thread.is_alive():
            self._thread.join(seconds)
        return not self._thread.is_alive()

    def _emit(self, message: object) -> None:
        with self._lock:
            if not self._detached:
                self._post(message)

    def _loop(self) -> None:
        try:
            while True:
                command, argument = self._commands.get()
                if command == "close":
                    return
                if command == "open" and isinstance(argument, SyncAccess):
                    self._open(argument)
                elif command == "run":
                    self._run()
                elif command == "probe":
                    self._probe()
        finally:
            if self._link is not None:
                self._link.close()
                self._link = None
            log.info("sync thread stopped")

    def _open(self, access: SyncAccess) -> None:
        try:
            self._link = self._factory(access)
            status = self._link.status() if self._link is not None else None
        except Exception as error:  # noqa: BLE001 - reported to the GUI, never raised here
            self._failed(error)
            return
        self._emit(Opened(status))

    def _run(self) -> None:
        link = self._link
        if link is None:
            return
        try:
            report = link.run(lambda phase, done, total: self._emit(Progressed(phase, done, total)))
        except Exception as error:  # noqa: BLE001 - every failure goes to the GUI side
            self._failed(error)
            return
        self._emit(CycleDone(report, self._status()))

    def _probe(self) -> None:
        link = self._link
        if link is None or link.transport is None:
            return
        try:
            link.transport.get("/health", HealthResponse)
        except Exception:  # noqa: BLE001 - a failed probe only means "still offline"
            self._emit(Probed(reachable=False))
            return
        self._emit(Probed(reachable=True))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ReplicaError):
            log.info("sync failed: %s", type(error).__name__)
        else:
            log.error("sync failed unexpectedly\n%s", describe_for_log(error))
        self._emit(CycleFailed(error, self._status()))

    def _status(self) -> SyncStatus | None:
        if self._link is None:
            return None
        try:
            return self._link.status()
        except Exception:  # noqa: BLE001 - the status is only for the status bar
            log.warning("sync status unreadable")
            return None


# -- the GUI side -------------------------------------------------------------------------------


class SyncController(QObject):
    """Decides when the session syncs and shows how it went. GUI thread only.

    Cycles run at start, every `period_ms` while things go well, `DEBOUNCE_MS` after the
    clerk saves something, when a lost connection comes back (a cheap health probe every
    `PROBE_MS` while offline) and on "Sync now". A failed cycle waits as `Backoff` says
    (never less than the registry's `Retry-After`) before the next automatic attempt.
    """

    opened = Signal(bool)  # True: enrolled; False: a standalone cache
    cycle_finished = Signal(bool)  # True when the cycle succeeded
    pulled = Signal(object)  # a SyncReport that brought rows or catalogs
    progress_changed = Signal(str, int, int)

    def __init__(
        self,
        window: MainWindow,
        worker: Worker,
        *,
        factory: Callable[[SyncAccess], DeviceSync | None] = open_link,
        backoff: Backoff | None = None,
        period_ms: int = PERIOD_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window, self._worker, self._factory = window, worker, factory
        self.backoff = backoff or Backoff()
        self.enrolled: bool | None = None  # None until the link is open
        self.online: bool | None = None
        self.running = False
        self.status: SyncStatus | None = None
        self.problem = ""  # why the last cycle failed, for the tooltip
        self.trouble = ""  # "", "offline", "busy" or "attention"
        self.download_pending = False
        self._again = False
        self._paused = False
        self._stopped = False
        self._waiting_on_registry = False  # busy: no automatic attempt before the retry timer
        self._told: set[type[BaseException]] = set()
        self._mailbox = Mailbox(self._receive, self)
        self._runner: SyncRunner | None = None
        self.period = self._timer(period_ms, single=False, slot=self._periodic)
        self.retry = self._timer(0, single=True, slot=self._retry_due)
        self.debounce = self._timer(DEBOUNCE_MS, single=True, slot=self._periodic)
        self.probe = self._timer(PROBE_MS, single=False, slot=self._send_probe)
        self.ages = self._timer(AGE_REFRESH_MS, single=False, slot=self.show)
        window.sync_now_action.triggered.connect(self.sync_now)

    def _timer(self, ms: int, *, single: bool, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Fetch the key on the database thread, then open the link on the sync thread."""
        self._worker.run(sync_access, self._got_access, self._access_failed)

    def _got_access(self, access: SyncAccess) -> None:
        if self._stopped:
            return
        self._runner = SyncRunner(self._factory, self._mailbox.put)
        self._runner.start(access)

    def _access_failed(self, error: BaseException) -> None:
        log.warning("sync cannot start: %s", type(error).__name__)

    def pause(self) -> None:
        """The screen is locked: no new cycle starts (one in flight finishes)."""
        self._paused = True
        for timer in (self.period, self.retry, self.debounce, self.probe):
            timer.stop()

    def resume(self) -> None:
        self._paused = False
        if self.enrolled:
            self.request()

    def stop(self, wait: float = 0.0) -> None:
        """Log-out or quit: no more cycles; the sync thread closes its link and ends."""
        self._stopped = True
        self.pause()
        self.ages.stop()
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.detach()
            if wait and not runner.join(wait):
                log.info("sync thread still busy; it ends by itself")
        self.window.show_sync_progress(None)

    # -- when to sync -------------------------------------------------------------------------

    def sync_now(self) -> None:
        """The clerk asked: run now, even while waiting on a busy registry."""
        if not self.enrolled or self._stopped:
            return
        self._waiting_on_registry = False
        self.retry.stop()
        self.request()

    def after_write(self) -> None:
        """The clerk saved something: sync soon (several saves in a row make one cycle)."""
        if self.enrolled and not self._stopped and not self._paused:
            self.debounce.start()

    def request(self) -> None:
        if self._runner is None or self._paused or self._stopped or not self.enrolled:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self._again = False
        self.debounce.stop()
        self.show()
        self._runner.send("run")

    def _periodic(self) -> None:
        if not self._waiting_on_registry:
            self.request()

    def _retry_due(self) -> None:
        self._waiting_on_registry = False
        self.request()

    def _send_probe(self) -> None:
        if self._runner is not None and not self.running and not self._paused:
            self._runner.send("probe")

    @property
    def next_attempt_ms(self) -> int | None:
        """Milliseconds until the scheduled retry (None when none is scheduled)."""
        return self.retry.interval() if self.retry.isActive() else None

    # -- what comes back ----------------------------------------------------------------------

    def _receive(self, message: Message) -> None:
        if self._stopped:
            return
        if isinstance(message, Progressed):
            self._progress(message)
        elif isinstance(message, Opened):
            self._opened(message.status)
        elif isinstance(message, CycleDone):
            self._done(message)
        elif isinstance(message, CycleFailed):
            self._failed(message)
        elif isinstance(message, Probed) and message.reachable and not self.running:
            log.info("registry reachable again")
            self.request()

    def _opened(self, status: SyncStatus | None) -> None:
        self.enrolled = status is not None
        self.status = status
        self.download_pending = status is not None and not status.download_complete
        self.window.sync_now_action.setEnabled(self.enrolled)
        self.show()
        self.opened.emit(self.enrolled)
        if self.enrolled:
            self.ages.start()
            self.request()

    def _progress(self, message: Progressed) -> None:
        self.progress_changed.emit(message.phase, message.done, message.total)
        large = (
            message.phase not in ("push", "pull")
            or message.total >= LARGE_PUSH
            or message.done >= LARGE_PULL
        )
        if large:
            self.window.show_sync_progress(
                (phase_words(message.phase), message.done, message.total)
            )

    def _done(self, message: CycleDone) -> None:
        self.running = False
        self.online, self.problem, self.trouble = True, "", ""
        self.download_pending = False
        self.status = message.status or self.status
        self.backoff.succeeded()
        self._waiting_on_registry = False
        self.retry.stop()
        self.probe.stop()
        if not self._paused:
            self.period.start()
        self.show()
        report = message.report
        if report.pulled or report.catalogs_changed:
            self.pulled.emit(report)
        self.cycle_finished.emit(True)
        if self._again:
            self.request()

    def _failed(self, message: CycleFailed) -> None:
        error = message.error
        self.running = False
        self._again = False
        self.status = message.status or self.status
        retry_after = error.retry_after if isinstance(error, RegistryBusy) else None
        delay = self.backoff.failed(retry_after)
        self.online = not isinstance(error, RegistryUnreachable)
        self.trouble = (
            "offline"
            if isinstance(error, RegistryUnreachable)
            else "busy"
            if isinstance(error, RegistryBusy)
            else "attention"
        )
        self.problem = user_text(error) if isinstance(error, ReplicaError) else self._generic()
        self.period.stop()
        if not self._paused:
            self._waiting_on_registry = True
            self.retry.start(max(1, int(delay * 1000)))
            if isinstance(error, RegistryUnreachable):
                self.probe.start()
        log.info("next sync attempt in %d s", int(delay))
        self.show()
        if isinstance(error, NEEDS_SOMEONE) and type(error) not in self._told:
            self._told.add(type(error))
            self._tell(error)
        self.cycle_finished.emit(False)

    @staticmethod
    def _generic() -> str:
        return user_text(SyncError())

    def _tell(self, error: SyncError) -> None:
        """Once per session and kind: a message that does not stop the clerk's work."""
        parent: QWidget = self.window
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Sync needs attention"),
            user_text(error),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("syncAttention")
        box.setAccessibleName(_tr("Sync needs attention"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    # -- the status bar -----------------------------------------------------------------------

    def show(self) -> None:
        """Write the sync part of the status bar from the current state (any language)."""
        if self._stopped or self.enrolled is None:
            return  # until the link is open, the workspace's own words stay
        self.window.show_sync(
            self._connection_text(), self._connection_tip(), self._last_sync_text()
        )
        self.window.sync_now_action.setEnabled(bool(self.enrolled) and not self.running)
        self.window.sync_button.setVisible(
            bool(self.enrolled) and self.window.user_status.isVisibleTo(self.window)
        )
        if not self.running:
            self.window.show_sync_progress(None)

    def _connection_text(self) -> str:
        if self.enrolled is None:
            return _tr("Connecting to the registry…")
        if not self.enrolled:
            return _tr("Standalone: not connected to a registry")
        if self.online is None:
            return _tr("Connecting to the registry…")
        words = {
            "offline": _tr("Offline"),
            "busy": _tr("Registry busy"),
            "attention": _tr("Sync problem"),
        }
        return words.get(self.trouble, _tr("Online"))

    def _connection_tip(self) -> str:
        if self.enrolled is False:
            return _tr("This computer works on its own; nothing is sent anywhere.")
        if self.problem:
            return self.problem
        if self.status is not None and self.status.registry_url:
            return _tr("Registry: %1").replace("%1", self.status.registry_url)
        return ""

    def _last_sync_text(self) -> str:
        if not self.enrolled:
            return ""
        if self.running:
            return _tr("Syncing…")
        last = self.status.last_sync_at if self.status is not None else None
        if not last:
            return _tr("Not synced yet")
        try:
            when = datetime.fromisoformat(last)
        except ValueError:
            return _tr("Not synced yet")
        age = datetime.now(when.tzinfo) - when
        return _tr("Last sync: %1 ago").replace("%1", age_words(age))
