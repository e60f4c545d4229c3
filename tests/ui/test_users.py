"""Users: the supervisor adds a clerk; the clerk logs in and has no users page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models import UserColumn
from sync.replica.cache import NewUser
from tests.conftest import CLERK, SUPERVISOR
from tests.ui.conftest import WAIT_MS, ShellFactory, log_in, wait_idle


def test_supervisor_adds_a_clerk_who_then_logs_in_without_the_users_page(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    assert workspace.users is not None
    shell.window.users_action.trigger()
    wait_idle(qtbot, shell)
    assert workspace.view.current_key() == "users"
    dialog = workspace.users.add_user()
    QTest.keyClicks(dialog.username, CLERK.username)
    QTest.keyClicks(dialog.display_name, CLERK.display_name)
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
    QTest.keyClicks(dialog.password, CLERK.password)
    QTest.keyClicks(dialog.confirm, "typo")
    dialog.ok_button.click()
    assert "not the same" in dialog.message.text()
    dialog.confirm.clear()
    QTest.keyClicks(dialog.confirm, CLERK.password)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, shell)
    model = workspace.users_model
    names = [model.row_at(r).display_name for r in range(model.rowCount())]
    assert CLERK.display_name in names
    row = names.index(CLERK.display_name)
    assert model.data(model.index(row, UserColumn.ROLE)) == "Clerk"

    with qtbot.waitSignal(shell.worker.finished, timeout=WAIT_MS):
        shell.window.log_out_action.trigger()
    wait_idle(qtbot, shell)
    clerk_space = log_in(qtbot, shell, CLERK)
    assert clerk_space.users is None
    assert not shell.window.users_action.isVisible()
    keys = [clerk_space.view.nav_key(r) for r in range(clerk_space.view.nav.count())]
    assert keys == ["search", "register"]
    assert "Kamran Clerk (Clerk)" in shell.window.user_status.text()


def test_removing_a_user_asks_first(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    users = workspace.users
    assert users is not None
    workspace.go_users()
    wait_idle(qtbot, shell)
    box = users.remove_user(0)
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, shell)
    # The only supervisor cannot remove themselves: a calm message, nobody removed.
    shown = shell.errors.last_dialog
    assert shown is not None
    assert "cannot remove yourself" in shown.text()
    assert workspace.users_model.rowCount() == 1


def test_a_user_changes_their_own_password(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    shell.window.password_action.trigger()
    dialog = workspace.password.dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.old, "not my password")
    QTest.keyClicks(dialog.new, "a new secret 3")
    QTest.keyClicks(dialog.confirm, "a new secret 3")
    dialog.ok_button.click()
    wait_idle(qtbot, shell)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("The user name or password is not right")
    dialog.old.clear()
    QTest.keyClicks(dialog.old, SUPERVISOR.password)
    dialog.ok_button.click()
    wait_idle(qtbot, shell)
    assert not dialog.isVisible()
    shell.window.log_out_action.trigger()
    wait_idle(qtbot, shell)
    renewed = NewUser(SUPERVISOR.username, SUPERVISOR.display_name, "a new secret 3")
    assert log_in(qtbot, shell, renewed).session.user.username == SUPERVISOR.username
