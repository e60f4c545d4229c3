"""Application wiring: one QApplication, one window, one worker, all passed by constructor.

`run` is what `onestop` calls. `build_shell` builds the same window and controllers without
entering the event loop, for tests and screenshots.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.controllers.app import AppConfig, AppController
from desktop.controllers.comfort import ComfortController
from desktop.controllers.entitlements import EntitlementOptions
from desktop.errors import ErrorPresenter, install_excepthook
from desktop.i18n import Language
from desktop.logs import setup_logging
from desktop.runtime_fixes import GuiThreadCollector
from desktop.settings import APPLICATION, LANGUAGES, ORGANISATION, Settings
from desktop.views.main_window import MainWindow
from desktop.worker import Worker
from sync.replica.cache import LoginThrottle
from sync.replica.keyslots import KdfParams

log = logging.getLogger(__name__)

MS_PER_MINUTE = 60_000


@dataclass
class Shell:
    """Everything one running app is made of (handed to tests and the screenshot script)."""

    app: QApplication
    window: MainWindow
    worker: Worker
    errors: ErrorPresenter
    controller: AppController
    language: Language
    comfort: ComfortController


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app


@dataclass(frozen=True)
class ShellOptions:
    """Overrides of the settings: from the command line, or from tests."""

    data_dir: Path | None = None
    language: str | None = None
    log_file: Path | None = None
    kdf: KdfParams | None = None  # None: calibrated on this machine at setup
    throttle: LoginThrottle | None = None
    idle_ms: int | None = None
    today: Callable[[], date] = date.today


def build_shell(
    app: QApplication, settings: Settings, options: ShellOptions = ShellOptions()
) -> Shell:
    """Build the window and its controllers; call `shell.controller.start()` to begin."""
    chosen = Language(app)
    chosen.apply(options.language if options.language in LANGUAGES else settings.language)
    window = MainWindow()
    errors = ErrorPresenter(options.log_file, lambda: window)
    worker = Worker(errors.report, parent=window)
    idle_ms = options.idle_ms
    config = AppConfig(
        data_dir=options.data_dir or settings.data_dir,
        language=chosen.code,
        throttle=options.throttle or LoginThrottle(),
        idle_ms=idle_ms if idle_ms is not None else settings.idle_lock_minutes * MS_PER_MINUTE,
        kdf=options.kdf,
        today=options.today,
        entitlements=EntitlementOptions(
            catalog=settings.catalog,
            stale_days=settings.entitlements_stale_days,
            slip_paper=settings.slip_paper,
        ),
    )
    controller = AppController(app, window, worker, errors, config)
    comfort = ComfortController(app, window, chosen, settings, controller)
    return Shell(app, window, worker, errors, controller, chosen, comfort)


def run(data_dir: Path | None, language: str | None) -> int:
    """Open the desktop app; returns the process exit code."""
    app = application()
    collector = GuiThreadCollector(parent=app)
    settings = Settings.for_user()
    log_file = setup_logging(settings.log_dir)
    options = ShellOptions(data_dir=data_dir, language=language, log_file=log_file)
    shell = build_shell(app, settings, options)
    restore_hooks = install_excepthook(shell.errors)
    app.aboutToQuit.connect(shell.controller.shutdown)
    log.info("OneStop starting")
    shell.window.show()
    shell.controller.start()
    try:
        return app.exec()
    finally:
        restore_hooks()
        collector.stop()
        log.info("OneStop stopped")
