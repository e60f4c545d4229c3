"""Logging in and first-run setup: both open the cache on the worker, never on the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.errors import ErrorPresenter, user_text
from desktop.locale_format import LocaleFormat
from desktop.session import SessionInfo
from desktop.views.login import LoginView
from desktop.views.setup import SetupAnswers, SetupView
from desktop.worker import Worker
from sync.replica.cache import DeviceInfo, LoginThrottle, NewUser, Replica
from sync.replica.errors import ReplicaError
from sync.replica.keyslots import MIN_PASSWORD_LENGTH, KdfParams

log = logging.getLogger(__name__)


class LoginController(QObject):
    """Unlocks the cache with a user's password. One `LoginThrottle` lives as long as the app,
    so the delay after repeated failures keeps growing across attempts."""

    logged_in = Signal(object)

    def __init__(
        self,
        view: LoginView,
        worker: Worker,
        errors: ErrorPresenter,
        data_dir: Path,
        throttle: LoginThrottle,
    ) -> None:
        super().__init__(view)
        self.view, self._worker, self._errors = view, worker, errors
        self._data_dir, self._throttle = data_dir, throttle
        view.submitted.connect(self.log_in)

    def log_in(self, username: str, password: str) -> None:
        if not username or not password:
            self.view.show_error(self.tr("Enter your user name and your password."))
            if not username:
                self.view.username.setFocus()
            return
        self.view.message.clear_message()
        self.view.set_busy(True)
        data_dir, throttle = self._data_dir, self._throttle
        self._worker.open(
            lambda: Replica.open(data_dir, username, password, throttle=throttle),
            self._opened,
            self._failed,
        )

    def _opened(self, info: SessionInfo) -> None:
        self.view.set_busy(False)
        self.view.password.clear()
        self.view.message.clear_message()
        self.logged_in.emit(info)

    def _failed(self, error: BaseException) -> None:
        self.view.set_busy(False)
        if isinstance(error, ReplicaError):
            self.view.show_error(user_text(error))
        else:
            self._errors.show(error)


class SetupController(QObject):
    """Creates the cache and the first supervisor. Key derivation is slow, so it runs on the
    worker while the view shows a busy bar."""

    created = Signal(object)

    def __init__(
        self,
        view: SetupView,
        worker: Worker,
        errors: ErrorPresenter,
        data_dir: Path,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self._worker, self._errors = view, worker, errors
        self._data_dir, self._kdf = data_dir, kdf
        view.submitted.connect(self.create)

    def create(self, answers: SetupAnswers) -> None:
        if not self._check(answers):
            return
        supervisor = NewUser(answers.username, answers.display_name, answers.password, "supervisor")
        device = DeviceInfo(answers.office, answers.district, answers.country)
        data_dir, kdf = self._data_dir, self._kdf
        self.view.set_busy(True, self.tr("Creating the encrypted cache. This takes a moment…"))
        self._worker.open(
            lambda: Replica.create(data_dir, supervisor, device, kdf=kdf),
            self._created,
            self._failed,
        )

    def _check(self, answers: SetupAnswers) -> bool:
        view = self.view
        required = (
            (answers.office, view.office, self.tr("Enter the office code.")),
            (answers.district, view.district, self.tr("Enter the district code.")),
            (answers.display_name, view.display_name, self.tr("Enter the supervisor's name.")),
            (answers.username, view.username, self.tr("Enter a user name.")),
        )
        for value, widget, message in required:
            if not value:
                view.show_error(message, widget)
                return False
        if len(answers.password) < MIN_PASSWORD_LENGTH:
            view.show_error(
                self.tr("The password must have at least %1 characters.").replace(
                    "%1", LocaleFormat.current().integer(MIN_PASSWORD_LENGTH)
                ),
                view.password,
            )
            return False
        if answers.password != answers.confirm:
            view.show_error(self.tr("The two passwords are not the same."), view.confirm)
            return False
        return True

    def _created(self, info: SessionInfo) -> None:
        log.info("first-run setup done")
        self.view.set_busy(False)
        self.created.emit(info)

    def _failed(self, error: BaseException) -> None:
        self.view.set_busy(False)
        if isinstance(error, ReplicaError):
            self.view.show_error(user_text(error))
        else:
            self._errors.show(error)
