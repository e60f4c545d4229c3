"""UI fixtures: the real app shell over a real encrypted cache in a temporary folder.

Settings live in a temporary INI file, the key derivation is the cheap FAST_KDF, and every
shell is shut down (cache closed, database thread joined) after its test.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import Shell, ShellOptions, build_shell
from desktop.controllers.workspace import WorkspaceController
from desktop.settings import Settings
from sync.replica.cache import LoginThrottle, NewUser, Replica
from tests.conftest import DEVICE, FAST_KDF, SUPERVISOR, household

if TYPE_CHECKING:  # importing it early breaks pytest-qt's lazy Qt binding
    from pytestqt.modeltest import ModelTester


WAIT_MS = 10_000
ShellFactory = Callable[..., Shell]


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc() -> Iterator[None]:
    """Automatic collection off for the UI tests (see `desktop.runtime_fixes`)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_test() -> Iterator[None]:
    """Collect each test's garbage on the GUI thread, never on the database thread."""
    yield
    gc.collect()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def ready_cache(cache_dir: Path) -> Path:
    """A closed cache with the supervisor and one registered household of two."""
    replica = Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF)
    try:
        replica.persons.register_household(household(), replica.actor)
    finally:
        replica.close()
    return cache_dir


@dataclass(frozen=True)
class Family:
    """A cache holding a poor household (PMT 21.5): a man of 65 and his daughter of 7."""

    folder: Path
    head: str
    daughter: str


@pytest.fixture
def family(cache_dir: Path) -> Family:
    today = date.today()
    members = household()["members"]
    assert isinstance(members, list)
    head = {**members[0], "birth_date": f"{today.year - 65}-01-01"}
    daughter = {**members[1], "birth_date": f"{today.year - 7}-01-01"}
    replica = Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF)
    try:
        result = replica.persons.register_household(
            household(members=[head, daughter]), replica.actor
        )
    finally:
        replica.close()
    (head_id, _), (daughter_id, _) = result.members
    return Family(cache_dir, head_id, daughter_id)


@pytest.fixture
def make_shell(qtbot: QtBot, settings: Settings, cache_dir: Path) -> Iterator[ShellFactory]:
    """Builds, shows and starts the app; shuts every shell down at the end of the test."""
    shells: list[Shell] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def make(**overrides: object) -> Shell:
        options: dict[str, object] = {
            "data_dir": cache_dir,
            "language": "en",
            "kdf": FAST_KDF,
            "throttle": LoginThrottle(),
            "idle_ms": 3_600_000,
        }
        options.update(overrides)
        shell = build_shell(app, settings, ShellOptions(**options))  # type: ignore[arg-type]
        shells.append(shell)
        qtbot.addWidget(shell.window)
        shell.window.show()
        shell.window.activateWindow()
        qtbot.waitUntil(shell.window.isActiveWindow, timeout=WAIT_MS)
        shell.controller.start()
        return shell

    yield make
    for shell in shells:
        shell.controller.shutdown()
        shell.comfort.reset()
        shell.language.apply("en")


def wait_idle(qtbot: QtBot, shell: Shell) -> None:
    qtbot.waitUntil(shell.worker.is_idle, timeout=WAIT_MS)


def log_in(qtbot: QtBot, shell: Shell, user: NewUser = SUPERVISOR) -> WorkspaceController:
    """Type the user name and password and press Enter; returns the workspace."""
    login = shell.controller.login
    assert login is not None
    login.view.username.clear()
    QTest.keyClicks(login.view.username, user.username)
    QTest.keyClicks(login.view.password, user.password)
    with qtbot.waitSignal(login.logged_in, timeout=WAIT_MS):
        QTest.keyClick(login.view.password, Qt.Key.Key_Return)
    workspace = shell.controller.workspace
    assert workspace is not None
    wait_idle(qtbot, shell)
    return workspace


def check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    """pytest-qt's model tester, in Python mode (it ships without type annotations)."""
    tester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def find(parent: QWidget, name: str) -> QWidget:
    found = parent.findChild(QWidget, name)
    assert found is not None, f"no widget named {name!r}"
    return found


def open_person(qtbot: QtBot, shell: Shell, workspace: WorkspaceController, person: str) -> None:
    """Open a person's page and wait until their entitlements are shown."""
    with qtbot.waitSignal(workspace.entitlements.loaded, timeout=WAIT_MS):
        workspace.open_person(person)
    wait_idle(qtbot, shell)
