"""Idle lock: after some minutes without input the screen locks; the password unlocks."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.errors import ErrorPresenter, user_text
from desktop.views.lock import LockView
from desktop.worker import Worker
from sync.replica.cache import LoginThrottle, Replica
from sync.replica.errors import ReplicaError, WrongPassword

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `timeout_ms` without keyboard, mouse or touch input.

    Installed as an event filter on the application, so every window counts. GUI thread.
    """

    idle = Signal()

    def __init__(self, app: QApplication, timeout_ms: int) -> None:
        super().__init__()
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._active = False

    def start(self) -> None:
        if not self._active:
            self._app.installEventFilter(self)
            self._active = True
        self._timer.start()

    def stop(self) -> None:
        if self._active:
            self._app.removeEventFilter(self)
            self._active = False
        self._timer.stop()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 - Qt API
        if self._active and event.type() in INPUT_EVENTS:
            self._timer.start()
        # Observe only, never consume. Not delegating to the base class on purpose: as an
        # application-wide filter this sees objects mid-destruction, whose wrappers PySide
        # may hand over with the wrong type (seen: a QSpacerItem), and the base call raises.
        return False


def verify_password(replica: Replica, password: str, throttle: LoginThrottle) -> None:
    """Runs on the database thread. The unwrapped key is dropped at once."""
    username = replica.session.username
    throttle.check(username)
    try:
        replica.slots.unlock(username, password)
    except WrongPassword:
        throttle.failed(username)
        raise
    throttle.succeeded(username)


class LockController(QObject):
    """Checks the current user's password on the worker; emits `unlocked` or `log_out`."""

    unlocked = Signal()
    log_out = Signal()

    def __init__(
        self, view: LockView, worker: Worker, errors: ErrorPresenter, throttle: LoginThrottle
    ) -> None:
        super().__init__(view)
        self.view, self._worker, self._errors, self._throttle = view, worker, errors, throttle
        view.unlock_requested.connect(self.unlock)
        view.log_out_requested.connect(self.log_out)

    def unlock(self, password: str) -> None:
        if not password:
            self.view.show_error(self.tr("Enter your password."))
            return
        self.view.set_busy(True)
        throttle = self._throttle
        self._worker.run(
            lambda replica: verify_password(replica, password, throttle),
            self._unlocked,
            self._failed,
        )

    def _unlocked(self, _result: None) -> None:
        log.info("screen unlocked")
        self.view.set_busy(False)
        self.view.password.clear()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self.view.set_busy(False)
        if isinstance(error, ReplicaError):
            self.view.show_error(user_text(error))
        else:
            self._errors.show(error)
