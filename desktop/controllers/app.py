"""Which screen the window shows: setup, login, the workspace, the lock screen, or a calm
message when the cache cannot be opened. Also the idle lock and log-out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import astuple, dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.controllers.enrol import EnrolController, default_device_name
from desktop.controllers.entitlements import EntitlementOptions
from desktop.controllers.lock import IdleWatcher, LockController
from desktop.controllers.login import LoginController, SetupController
from desktop.controllers.sync import STOP_WAIT_SECONDS, SyncController
from desktop.controllers.workspace import WorkspaceController
from desktop.errors import ErrorPresenter, user_text
from desktop.session import SessionInfo
from desktop.views.enrol import EnrolAnswers, EnrolView, FirstStartView
from desktop.views.lock import LockView
from desktop.views.login import LoginView
from desktop.views.main_window import FatalView, MainWindow
from desktop.views.setup import SetupView
from desktop.worker import Worker
from sync.client.engine import SyncReport
from sync.replica.cache import CacheState, LoginThrottle, cache_state
from sync.replica.errors import ReplicaError
from sync.replica.keyslots import KdfParams

log = logging.getLogger(__name__)

CONTEXT = "App"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class AppConfig:
    """Where the cache is and how this session behaves (resolved from settings and options)."""

    data_dir: Path
    language: str
    throttle: LoginThrottle
    idle_ms: int
    kdf: KdfParams | None = None
    today: Callable[[], date] = date.today
    entitlements: EntitlementOptions = EntitlementOptions()


class AppController(QObject):
    """The app's screens and session life cycle. GUI thread only.

    The `LoginThrottle` is passed in and lives as long as this controller, so repeated
    failures keep growing the delay across login and unlock attempts.
    """

    session_starting = Signal(str)  # user name, before the workspace is built
    session_ended = Signal()

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        worker: Worker,
        errors: ErrorPresenter,
        config: AppConfig,
    ) -> None:
        super().__init__()
        self.app, self.window, self.worker, self.errors = app, window, worker, errors
        self.config = config
        self.data_dir, self.language, self.throttle = (
            config.data_dir,
            config.language,
            config.throttle,
        )
        self._kdf, self._today = config.kdf, config.today
        self.idle = IdleWatcher(app, config.idle_ms)
        self.idle.idle.connect(self.lock)
        self.setup: SetupController | None = None
        self.login: LoginController | None = None
        self.workspace: WorkspaceController | None = None
        self.sync: SyncController | None = None
        self.first_start: FirstStartView | None = None
        self.enrolment: EnrolController | None = None
        self.lock_view, self.locker = self._make_locker()
        self.fatal: FatalView | None = None
        self._wire_actions()

    def _make_locker(self) -> tuple[LockView, LockController]:
        view = LockView()
        locker = LockController(view, self.worker, self.errors, self.throttle)
        locker.unlocked.connect(self._unlocked)
        locker.log_out.connect(self.log_out)
        return view, locker

    def _wire_actions(self) -> None:
        w = self.window
        w.search_action.triggered.connect(lambda: self._in_workspace(WorkspaceController.go_search))
        w.register_action.triggered.connect(
            lambda: self._in_workspace(WorkspaceController.go_register)
        )
        w.users_action.triggered.connect(lambda: self._in_workspace(WorkspaceController.go_users))
        w.lock_action.triggered.connect(self.lock)
        w.log_out_action.triggered.connect(self.log_out)
        w.password_action.triggered.connect(self._change_password)
        w.help_action.triggered.connect(w.show_shortcuts)
        w.quit_action.triggered.connect(w.close)

    def _in_workspace(self, step: Callable[[WorkspaceController], None]) -> None:
        if (
            self.workspace is not None
            and self.window.screens.currentWidget() is self.workspace.view
        ):
            step(self.workspace)

    # -- start --------------------------------------------------------------------------------

    def start(self) -> None:
        """Setup on an empty folder, login on a complete cache, and otherwise a message."""
        try:
            state = cache_state(self.data_dir)
        except ReplicaError as error:
            log.warning("cache cannot be used: %s", type(error).__name__)
            self.show_fatal(user_text(error))
            return
        except OSError as error:
            log.warning("data folder unreadable: %s", type(error).__name__)
            self.show_fatal(_tr("The data folder cannot be read. Call your supervisor."))
            return
        if state is CacheState.NEW:
            self.show_first_start()
        else:
            self.show_login()

    def show_first_start(self) -> None:
        """An empty computer: connect it to a registry, or set it up to work on its own."""
        view = FirstStartView()
        view.connect_chosen.connect(self.show_enrol)
        view.local_chosen.connect(self.show_setup)
        self._replace_first_start(view)
        self.window.show_screen(view)
        view.connect_button.setFocus()

    def _replace_first_start(self, view: FirstStartView | None) -> None:
        old, self.first_start = self.first_start, view
        if old is not None:
            self.window.drop_screen(old)

    def show_enrol(self, answers: EnrolAnswers | None = None) -> None:
        view = EnrolView(default_device_name())
        if answers is not None:
            for edit, text in zip(view.fields, astuple(answers), strict=True):
                edit.setText(text)
        self._drop_enrolment()
        self.enrolment = EnrolController(view, self.errors, self.data_dir, self._kdf)
        self.enrolment.enrolled.connect(self._enrolled)
        self.enrolment.back.connect(self._enrol_back)
        self.window.show_screen(view)
        view.url.setFocus()

    def _drop_enrolment(self) -> None:
        enrolment, self.enrolment = self.enrolment, None
        if enrolment is not None:
            self.window.drop_screen(enrolment.view)

    def _enrol_back(self) -> None:
        self._drop_enrolment()
        self.show_first_start()

    def _enrolled(self, text: str) -> None:
        self._drop_enrolment()
        self._replace_first_start(None)
        self.show_login()
        if text and self.login is not None:
            self.login.view.message.show_message(text, "info")

    def show_setup(self) -> None:
        view = SetupView(str(self.data_dir))
        self.setup = SetupController(view, self.worker, self.errors, self.data_dir, self._kdf)
        self.setup.created.connect(self._created)
        self.window.show_screen(view)
        view.country.setFocus()

    def show_login(self) -> None:
        if self.login is None:
            view = LoginView()
            self.login = LoginController(
                view, self.worker, self.errors, self.data_dir, self.throttle
            )
            self.login.logged_in.connect(self._signed_in)
        self.window.show_screen(self.login.view)
        self.login.view.reset()

    def show_fatal(self, text: str) -> None:
        self.fatal = FatalView(text, str(self.data_dir))
        self.fatal.quit_button.clicked.connect(self.window.close)
        self.window.show_screen(self.fatal)
        self.fatal.quit_button.setFocus()

    # -- session ------------------------------------------------------------------------------

    def _created(self, info: SessionInfo) -> None:
        if self.setup is not None:
            self.window.drop_screen(self.setup.view)
            self.setup = None
        self._replace_first_start(None)
        self._signed_in(info)
        self.errors.message(
            QMessageBox.Icon.Information,
            _tr("Back up the key file"),
            _tr(
                "Setup is done. Now copy the key file onestop.keys from the folder below to a "
                "USB stick and keep it locked away. Without it the data cannot be opened."
            )
            + "\n\n"
            + str(self.data_dir),
        ).setObjectName("keyBackupMessage")

    def _signed_in(self, info: SessionInfo) -> None:
        log.info("session started for user %s", info.user.user_id)
        self.session_starting.emit(info.user.username)
        workspace = WorkspaceController(
            self.window,
            info,
            self.worker,
            self.errors,
            self.language,
            self._today,
            self.config.entitlements,
        )
        self.workspace = workspace
        self.window.show_screen(workspace.view)
        self.window.set_signed_in(True, info.user.is_supervisor)
        workspace.start()
        self._watch_writes(workspace)
        self._start_sync()
        self.idle.start()

    def lock(self) -> None:
        if self.workspace is None or self.window.screens.currentWidget() is not self.workspace.view:
            return
        log.info("screen locked")
        self.idle.stop()
        if self.sync is not None:
            self.sync.pause()
        self.window.close_dialogs()
        self.window.set_signed_in(False)
        self.lock_view.prepare(self.workspace.session.user.display_name)
        self.window.show_screen(self.lock_view)
        self.lock_view.password.setFocus()

    def _unlocked(self) -> None:
        if self.workspace is None:
            return
        self.window.show_screen(self.workspace.view)
        self.window.set_signed_in(True, self.workspace.session.user.is_supervisor)
        self.workspace.refresh_pending()
        if self.sync is not None:
            self.sync.show()
            self.sync.resume()
        self.idle.start()

    def log_out(self) -> None:
        log.info("logging out")
        self.idle.stop()
        self._stop_sync()
        self.window.close_dialogs()
        self.window.set_signed_in(False)
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            self.window.drop_screen(workspace.view)
        self.session_ended.emit()
        self.worker.close(lambda _none: self.show_login())

    # -- rebuilding in a new language or text size ------------------------------------------

    def rebuild(self, language: str) -> None:
        """Build the screens again so every text is read anew in `language` (and at the
        current text size); the session, the page and what was typed stay."""
        self.language = language
        self.config = replace(self.config, language=language)
        current = self.window.screens.currentWidget()
        self._rebuild_lock(current is self.lock_view)
        if self.workspace is not None:
            self._rebuild_workspace(current is self.workspace.view)
        if self.login is not None:
            self._rebuild_login(current is self.login.view)
        if self.setup is not None and current is self.setup.view:
            self.window.drop_screen(self.setup.view)
            self.show_setup()
        if self.first_start is not None and current is self.first_start:
            self.show_first_start()
        enrolment = self.enrolment
        # A running enrolment keeps its screen as it is.
        if enrolment is not None and current is enrolment.view and not enrolment.busy:
            self.show_enrol(enrolment.view.answers())

    def _rebuild_workspace(self, shown: bool) -> None:
        old = self.workspace
        assert old is not None
        state = old.snapshot()
        workspace = WorkspaceController(
            self.window,
            old.session,
            self.worker,
            self.errors,
            self.language,
            self._today,
            self.config.entitlements,
        )
        self.workspace = workspace
        if shown:
            self.window.show_screen(workspace.view)
        workspace.resume(state)
        self._watch_writes(workspace)
        if self.sync is not None:
            self.sync.show()
        self.window.drop_screen(old.view)

    def _rebuild_login(self, shown: bool) -> None:
        old = self.login
        assert old is not None
        username = old.view.username.text()
        self.login = None
        self.window.drop_screen(old.view)
        if shown:
            self.show_login()
            assert self.login is not None
            self.login.view.username.setText(username)

    def _rebuild_lock(self, shown: bool) -> None:
        old = self.lock_view
        self.lock_view, self.locker = self._make_locker()
        if shown and self.workspace is not None:
            self.lock_view.prepare(self.workspace.session.user.display_name)
            self.window.show_screen(self.lock_view)
            self.lock_view.password.setFocus()
        self.window.drop_screen(old)

    # -- sync -----------------------------------------------------------------------------------

    def _start_sync(self) -> None:
        self._stop_sync()
        self.sync = SyncController(self.window, self.worker, parent=self)
        self.sync.cycle_finished.connect(self._synced)
        self.sync.pulled.connect(self._pulled)
        self.sync.start()

    def _stop_sync(self, wait: float = 0.0) -> None:
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.stop(wait)
            sync.deleteLater()

    def _watch_writes(self, workspace: WorkspaceController) -> None:
        """Every save of the clerk's asks for a sync soon (debounced by the controller)."""
        workspace.register.registered.connect(lambda _result: self._written())
        workspace.edit.saved.connect(lambda _person: self._written())
        workspace.entitlements.applied.connect(lambda _application: self._written())

    def _written(self) -> None:
        if self.sync is not None:
            self.sync.after_write()

    def _synced(self, _ok: bool) -> None:
        if self.workspace is not None:
            self.workspace.refresh_pending()

    def _pulled(self, report: SyncReport) -> None:
        """Rows came down: show the person on screen again (search results stay as they are)."""
        workspace = self.workspace
        if report.catalogs_changed and workspace is not None:
            workspace.take_published_catalog()
        if workspace is not None and workspace.view.current_key() == "person":
            person_id = workspace.person.person_id
            if person_id:
                workspace.person.show_person(person_id)

    def _change_password(self) -> None:
        if self.workspace is not None:
            self.workspace.password.change_own_password(self.window)

    def shutdown(self) -> None:
        """Close the cache as the app quits (waits for the database thread; the sync thread
        only for a moment: it ends by itself)."""
        self.idle.stop()
        self._stop_sync(wait=STOP_WAIT_SECONDS)
        self.worker.shutdown()
