"""First-run setup, login, wrong passwords, throttling, and caches that cannot be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.views.main_window import FatalView
from sync.replica.cache import KEYS_NAME, LoginThrottle, Replica
from tests.conftest import SUPERVISOR
from tests.ui.conftest import WAIT_MS, ShellFactory, log_in, wait_idle


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}


def try_login(qtbot: QtBot, shell: Shell, username: str, password: str) -> str:
    login = shell.controller.login
    assert login is not None
    view = login.view
    view.username.setText(username)
    view.password.setText(password)
    QTest.keyClick(view.password, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    return view.message.text()


def choose_local_setup(shell: Shell) -> None:
    """The first start offers a registry or this computer only: take the second."""
    first = shell.controller.first_start
    assert first is not None, "an empty folder must lead to the first-start choice"
    QTest.keyClick(first.local_button, Qt.Key.Key_Space)


def test_first_run_setup_creates_the_cache_and_opens_the_main_window(
    qtbot: QtBot, make_shell: ShellFactory, cache_dir: Path
) -> None:
    shell = make_shell()
    choose_local_setup(shell)
    setup = shell.controller.setup
    assert setup is not None, "an empty folder must lead to setup"
    view = setup.view
    assert "onestop.keys" in view.key_warning.text()
    QTest.keyClicks(view.office, "PB-MUL-OSS1")
    QTest.keyClicks(view.district, "PB-MUL")
    QTest.keyClicks(view.display_name, "Sana Supervisor")
    QTest.keyClicks(view.username, "sana")
    QTest.keyClicks(view.password, "correct horse 1")
    QTest.keyClicks(view.confirm, "correct horse 1")
    QTest.keyClick(view.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.controller.workspace is not None, timeout=WAIT_MS)
    wait_idle(qtbot, shell)
    assert (cache_dir / "onestop.db").exists() and (cache_dir / KEYS_NAME).exists()
    window = shell.window
    assert "Sana Supervisor (Supervisor)" in window.user_status.text()
    assert "PB-MUL-OSS1" in window.office_status.text()
    qtbot.waitUntil(
        lambda: window.connection_status.text() == "Standalone: not connected to a registry",
        timeout=WAIT_MS,
    )
    assert window.pending_status.text() == "No changes waiting to be sent"
    assert shell.errors.last_dialog is not None
    assert shell.errors.last_dialog.objectName() == "keyBackupMessage"


def test_setup_refuses_a_short_or_mistyped_password(
    qtbot: QtBot, make_shell: ShellFactory, cache_dir: Path
) -> None:
    shell = make_shell()
    choose_local_setup(shell)
    setup = shell.controller.setup
    assert setup is not None
    view = setup.view
    for edit, text in (
        (view.office, "O1"),
        (view.district, "D1"),
        (view.display_name, "Sana"),
        (view.username, "sana"),
        (view.password, "short"),
        (view.confirm, "short"),
    ):
        edit.setText(text)
    view.create_button.click()
    assert "at least 8 characters" in view.message.text()
    view.password.setText("long enough 1")
    view.confirm.setText("long enough 2")
    view.create_button.click()
    assert "not the same" in view.message.text()
    assert not cache_dir.exists() or not any(cache_dir.iterdir())


def test_login_with_the_right_password(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    login = shell.controller.login
    assert login is not None
    assert shell.window.focusWidget() is login.view.username
    workspace = log_in(qtbot, shell)
    assert workspace.session.user.username == "supervisor"
    assert shell.window.screens.currentWidget() is workspace.view
    assert "3 change(s) not yet sent" in shell.window.pending_status.text()


def test_wrong_password_shows_the_message_and_writes_nothing(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    before = snapshot(ready_cache)
    shell = make_shell()
    message = try_login(qtbot, shell, "supervisor", "not the password")
    assert message == "The user name or password is not right. Check them and try again."
    login = shell.controller.login
    assert login is not None
    assert shell.window.focusWidget() is login.view.password
    assert login.view.password.selectedText() == "not the password"
    assert shell.controller.workspace is None
    assert snapshot(ready_cache) == before


def test_repeated_failures_are_throttled(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell(throttle=LoginThrottle(free_attempts=2))
    for _ in range(2):
        try_login(qtbot, shell, "supervisor", "wrong password")
    message = try_login(qtbot, shell, "supervisor", SUPERVISOR.password)
    assert message.startswith("Too many failed attempts. Wait")
    assert shell.controller.workspace is None


def test_missing_key_file_shows_what_to_restore_and_never_offers_setup(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    (ready_cache / KEYS_NAME).unlink()
    before = snapshot(ready_cache)
    shell = make_shell()
    assert shell.controller.setup is None
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, FatalView)
    assert "restore the key file (onestop.keys)" in screen.text.text()
    assert snapshot(ready_cache) == before


def test_locked_cache_gets_a_calm_message(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    holder = Replica.open(ready_cache, SUPERVISOR.username, SUPERVISOR.password)
    try:
        shell = make_shell()
        message = try_login(qtbot, shell, SUPERVISOR.username, SUPERVISOR.password)
        assert "in use by another OneStop window" in message
    finally:
        holder.close()
