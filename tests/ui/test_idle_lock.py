"""Idle lock: the screen locks after the idle time; the user's password unlocks it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.conftest import SUPERVISOR
from tests.ui.conftest import WAIT_MS, ShellFactory, log_in, wait_idle


def test_idle_screen_locks_and_unlocks_with_the_password(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell(idle_ms=300)
    controller = shell.controller
    workspace = log_in(qtbot, shell)
    with qtbot.waitSignal(controller.idle.idle, timeout=WAIT_MS):
        pass
    lock = controller.lock_view
    assert shell.window.screens.currentWidget() is lock
    assert not shell.window.search_action.isEnabled()
    assert SUPERVISOR.display_name in lock.who.text()

    QTest.keyClicks(lock.password, "wrong password")
    QTest.keyClick(lock.password, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert lock.message.text().startswith("The user name or password is not right")
    assert shell.window.screens.currentWidget() is lock

    lock.password.clear()
    QTest.keyClicks(lock.password, SUPERVISOR.password)
    with qtbot.waitSignal(controller.locker.unlocked, timeout=WAIT_MS):
        QTest.keyClick(lock.password, Qt.Key.Key_Return)
    assert shell.window.screens.currentWidget() is workspace.view
    controller.idle.stop()


def test_lock_screen_log_out_returns_to_login(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    log_in(qtbot, shell)
    shell.window.lock_action.trigger()
    assert shell.window.screens.currentWidget() is shell.controller.lock_view
    shell.controller.lock_view.log_out_button.click()
    wait_idle(qtbot, shell)
    login = shell.controller.login
    assert login is not None
    assert shell.window.screens.currentWidget() is login.view
    assert shell.controller.workspace is None
    assert login.view.password.text() == ""
