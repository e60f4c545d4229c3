"""Connecting a new computer to a registry: check the form, enrol on a background thread with
progress, and cancel honestly.

`sync.client.enrol.enrol` talks to the registry and builds the cache; it runs on its own
daemon thread (network and its own database connection: never the GUI thread, never the
database worker's thread). Progress and the outcome come back through a `Mailbox`.

Cancel is honest: it stops before the next request or the next loaded chunk. If the cache
did not exist yet, nothing is left on disk. If it did (the computer is enrolled and the
download had begun), the download continues at the next login, and the clerk is told so.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from PySide6.QtCore import QObject, Signal

from desktop.controllers.sync import Mailbox, phase_words
from desktop.errors import ErrorPresenter, user_text
from desktop.locale_format import LocaleFormat, translate
from desktop.views.enrol import EnrolAnswers, EnrolView
from sync.client.enrol import EnrolResult, enrol
from sync.client.errors import EnrolmentRefused, RegistryUnreachable
from sync.client.transport import Transport
from sync.protocol import EnrolRequest
from sync.replica.cache import CacheState, cache_state, local_now
from sync.replica.errors import ReplicaError
from sync.replica.keyslots import KdfParams

log = logging.getLogger(__name__)

CONTEXT = "Enrol"
MIN_CODE_LENGTH = 4


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def default_device_name() -> str:
    return socket.gethostname()[:100]


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a registry address, or None when it can."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return _tr(
            "The registry address must start with https:// (or http://) and name the "
            "registry's server, for example https://registry.example.org"
        )
    return None


class EnrolCancelled(Exception):
    """The clerk pressed Cancel; raised on the enrolment thread at the next safe point."""


class _CancellableSession(requests.Session):
    """Refuses every request after Cancel, so enrolment stops at its next call."""

    def __init__(self, cancelled: threading.Event) -> None:
        super().__init__()
        self._cancelled = cancelled

    # Takes whatever requests passes; it only looks at the flag, then hands it all on.
    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        if self._cancelled.is_set():
            raise requests.ConnectionError("cancelled")
        return super().request(*args, **kwargs)


@dataclass(frozen=True)
class _Outcome:
    result: EnrolResult | None
    error: BaseException | None


@dataclass(frozen=True)
class _Step:
    phase: str
    done: int
    total: int


class EnrolController(QObject):
    """Runs the enrolment form. Emits `enrolled(str)` with a sentence for the login screen."""

    enrolled = Signal(str)
    back = Signal()

    def __init__(
        self,
        view: EnrolView,
        errors: ErrorPresenter,
        data_dir: Path,
        kdf: KdfParams | None = None,
        run_enrol: Callable[..., EnrolResult] = enrol,
    ) -> None:
        super().__init__(view)
        self.view, self._errors, self._data_dir, self._kdf = view, errors, data_dir, kdf
        self._enrol = run_enrol
        self._cancelled = threading.Event()
        self._mailbox = Mailbox(self._receive, self)
        self.busy = False
        view.submitted.connect(self.connect_device)
        view.cancelled.connect(self.cancel)
        view.back.connect(self.back)

    # -- checking ---------------------------------------------------------------------------

    def _check(self, answers: EnrolAnswers) -> bool:
        view = self.view
        required = (
            (answers.url, view.url, _tr("Enter the registry address.")),
            (answers.code, view.code, _tr("Enter the one-time code.")),
            (answers.device_name, view.device_name, _tr("Enter a name for this computer.")),
            (answers.office, view.office, _tr("Enter the office code.")),
        )
        for value, widget, message in required:
            if not value:
                view.show_error(message, widget)
                return False
        problem = url_problem(answers.url)
        if problem:
            view.show_error(problem, view.url)
            return False
        if sum(ch.isalnum() for ch in answers.code) < MIN_CODE_LENGTH:
            view.show_error(
                _tr("The one-time code is too short. Type it as the registry operator gave it."),
                view.code,
            )
            return False
        return True

    # -- enrolling --------------------------------------------------------------------------

    def connect_device(self, answers: EnrolAnswers) -> None:
        if self.busy or not self._check(answers):
            return
        request = EnrolRequest(
            code=answers.code, device_name=answers.device_name[:100], office=answers.office[:100]
        )
        self.busy = True
        self._cancelled = cancelled = threading.Event()
        self.view.set_busy(True, _tr("Contacting the registry…"))
        post, run, data_dir, kdf = self._mailbox.put, self._enrol, self._data_dir, self._kdf

        def progress(phase: str, done: int, total: int) -> None:
            if cancelled.is_set():
                raise EnrolCancelled(phase)
            post(_Step(phase, done, total))

        def job() -> None:
            try:
                result = run(
                    data_dir,
                    answers.url,
                    request,
                    clock=local_now,
                    progress=progress,
                    kdf=kdf,
                    transport=Transport(answers.url, session=_CancellableSession(cancelled)),
                )
            except Exception as error:  # noqa: BLE001 - every outcome goes to the GUI thread
                post(_Outcome(None, error))
            else:
                post(_Outcome(result, None))

        threading.Thread(target=job, name="onestop-enrol", daemon=True).start()
        log.info("enrolment started")

    def cancel(self) -> None:
        if not self.busy:
            return
        self._cancelled.set()
        self.view.cancel_button.setEnabled(False)
        self.view.phase.setText(_tr("Stopping…"))
        log.info("enrolment cancel requested")

    def _receive(self, message: object) -> None:
        if isinstance(message, _Step):
            self._step(message)
        elif isinstance(message, _Outcome):
            self.busy = False
            self.view.set_busy(False)
            if message.error is None:
                self._done(message.result)
            else:
                self._failed(message.error)

    def _step(self, step: _Step) -> None:
        if self._cancelled.is_set():
            return
        what = phase_words(step.phase)
        if step.total:
            formats = LocaleFormat.current()
            what += " " + _tr("(%1 of %2)").replace("%1", formats.integer(step.done)).replace(
                "%2", formats.integer(step.total)
            )
        self.view.show_progress(what, step.done, step.total)

    def _done(self, result: EnrolResult | None) -> None:
        log.info("enrolment done")
        count = len(result.users) if result is not None else 0
        self.enrolled.emit(
            _tr(
                "This computer is now connected to the registry. Log in with your registry "
                "user name and password."
            )
            if count
            else ""
        )

    def _cache_exists(self) -> bool:
        try:
            return cache_state(self._data_dir) is not CacheState.NEW
        except ReplicaError:
            return True

    def _failed(self, error: BaseException) -> None:
        view = self.view
        if self._cache_exists():
            # Enrolled, and the cache is there: the rest of the download resumes at login.
            log.info("enrolment stopped during the download: %s", type(error).__name__)
            self.enrolled.emit(
                _tr(
                    "This computer is connected, but the download of the records did not "
                    "finish. Log in: it continues where it stopped."
                )
            )
            return
        if self._cancelled.is_set():
            view.show_info(
                _tr(
                    "Cancelled. Nothing was saved on this computer. If the registry had "
                    "already accepted the code, ask the registry operator for a new one."
                )
            )
            view.connect_button.setFocus()
            return
        log.info("enrolment failed: %s", type(error).__name__)
        if isinstance(error, EnrolmentRefused):
            view.show_error(_tr("One-time code: %1").replace("%1", user_text(error)), view.code)
        elif isinstance(error, RegistryUnreachable):
            view.show_error(
                _tr(
                    "Registry address: the registry cannot be reached there. Check the "
                    "address and this computer's network connection, then try again."
                ),
                view.url,
            )
        elif isinstance(error, ReplicaError):
            view.show_error(user_text(error))
        else:
            self._errors.show(error)
