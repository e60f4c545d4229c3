"""Save PNGs of the main screens, in English, Urdu and Khmer, to artifacts/screens/ (git-ignored).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_screenshots`
Uses a throw-away cache in a temporary folder with a few synthetic households.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402 - after the platform
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.app import Shell, ShellOptions, application, build_shell  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from sync.replica.cache import Replica  # noqa: E402
from tests.conftest import DEVICE, FAST_KDF, SUPERVISOR, household  # noqa: E402

log = logging.getLogger("screenshots")
OUT = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
WIDTH, HEIGHT = 1280, 800

MORE_HOUSEHOLDS = [
    {
        "village": "MUL-3-UC05-V2",
        "members": [
            {
                "given_name": "Mohammad",
                "family_name": "Aslam",
                "father_name": "Ghulam Rasool",
                "native_name": "محمد اسلم",
                "sex": "male",
                "birth_date": "1975-06-01",
                "birth_date_estimated": True,
                "id_type": "cnic",
                "id_number": "36302-2222222-3",
                "relationship": "head",
                "consent_given": True,
                "consent_method": "thumbprint",
                "wg_walking": "3",
            }
        ],
    },
]


def settle(app: QApplication, until: Callable[[], bool] = lambda: True) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if until():
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def save(widget: QWidget, name: str) -> None:
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    log.info("saved %s", path)


def make_cache(folder: Path) -> Path:
    replica = Replica.create(folder, SUPERVISOR, DEVICE, kdf=FAST_KDF)
    try:
        replica.persons.register_household(household(), replica.actor)
        for extra in MORE_HOUSEHOLDS:
            replica.persons.register_household(household(**extra), replica.actor)
    finally:
        replica.close()
    return folder


def shell_for(app: QApplication, tmp: Path, data_dir: Path, language: str) -> Shell:
    settings = Settings.in_file(tmp / f"settings-{language}.ini")
    options = ShellOptions(data_dir=data_dir, language=language, kdf=FAST_KDF, idle_ms=3_600_000)
    shell = build_shell(app, settings, options)
    shell.window.resize(WIDTH, HEIGHT)
    shell.window.show()
    shell.controller.start()
    settle(app)
    return shell


def shoot_language(app: QApplication, tmp: Path, cache: Path, language: str) -> None:
    setup = shell_for(app, tmp, tmp / f"empty-{language}", language)
    save(setup.window, f"setup-{language}")
    setup.controller.shutdown()
    setup.window.close()

    shell = shell_for(app, tmp, cache, language)
    login = shell.controller.login
    assert login is not None
    login.view.username.setText(SUPERVISOR.username)
    save(shell.window, f"login-{language}")
    login.log_in(SUPERVISOR.username, SUPERVISOR.password)
    settle(app, lambda: shell.controller.workspace is not None and shell.worker.is_idle())
    workspace = shell.controller.workspace
    assert workspace is not None
    workspace.search_view.box.setText("Muhamad Aslem")
    workspace.search.search("Muhamad Aslem")
    settle(app, shell.worker.is_idle)
    save(shell.window, f"search-{language}")
    workspace.search.open_row(0)
    settle(app, shell.worker.is_idle)
    save(shell.window, f"person-{language}")
    workspace.go_register()
    settle(app)
    save(shell.window, f"register-{language}")
    workspace.register.save()
    settle(app, shell.worker.is_idle)
    save(shell.window, f"register-problems-{language}")
    workspace.form.set_values(household())
    workspace.register.save()
    settle(app, lambda: workspace.register.duplicates_dialog is not None)
    dialog = workspace.register.duplicates_dialog
    if dialog is not None:
        save(dialog, f"duplicates-{language}")
        dialog.reject()
        settle(app, shell.worker.is_idle)
    workspace.go_users()
    settle(app, shell.worker.is_idle)
    save(shell.window, f"users-{language}")
    shell.controller.lock()
    settle(app)
    save(shell.window, f"lock-{language}")
    shell.controller.shutdown()
    shell.window.close()
    shell.language.apply("en")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        cache = make_cache(tmp / "cache")
        for language in ("en", "ur", "km"):
            shoot_language(app, tmp, cache, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
