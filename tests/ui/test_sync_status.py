"""The status bar and timing of sync at the counter, against a fake registry on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.controllers.sync import SyncController
from sync.replica.cache import NewUser, Replica
from tests.conftest import FAST_KDF, SUPERVISOR, household
from tests.ui.conftest import WAIT_MS, ShellFactory, log_in
from tests.ui.fake_registry import CENTRAL_USER, FakeRegistry, enrolled_cache, running_registry

CENTRAL = NewUser(CENTRAL_USER[0], CENTRAL_USER[1], CENTRAL_USER[2], "supervisor")


@pytest.fixture
def registry() -> Iterator[FakeRegistry]:
    with running_registry() as server:
        yield server


@pytest.fixture
def enrolled(cache_dir: Path, registry: FakeRegistry) -> Path:
    """An enrolled cache with one household (three changes) waiting to be sent."""
    enrolled_cache(cache_dir, registry)
    replica = Replica.open(cache_dir, CENTRAL.username, CENTRAL.password, kdf=FAST_KDF)
    try:
        replica.persons.register_household(household(), replica.actor)
    finally:
        replica.close()
    return cache_dir


def sync_of(shell: Shell) -> SyncController:
    sync = shell.controller.sync
    assert sync is not None
    return sync


def first_cycle(qtbot: QtBot, shell: Shell, user: NewUser = CENTRAL) -> SyncController:
    """Log in and wait until the first sync cycle has ended, well or not."""
    log_in(qtbot, shell, user)
    sync = sync_of(shell)
    qtbot.waitUntil(lambda: sync.online is not None and not sync.running, timeout=WAIT_MS)
    return sync


def test_a_cycle_sends_the_changes_and_says_online(
    qtbot: QtBot, make_shell: ShellFactory, enrolled: Path, registry: FakeRegistry
) -> None:
    shell = make_shell()
    sync = first_cycle(qtbot, shell)
    window = shell.window
    assert registry.knobs.pushed == 3
    assert window.connection_status.text() == "Online"
    assert registry.url in window.connection_status.toolTip()
    assert window.sync_status.text() == "Last sync: less than a minute ago"
    qtbot.waitUntil(
        lambda: window.pending_status.text() == "No changes waiting to be sent", timeout=WAIT_MS
    )
    assert sync.period.isActive() and not sync.retry.isActive()
    assert window.sync_now_action.isEnabled() and window.sync_button.isVisible()


def test_registry_down_shows_offline_with_the_reason(
    qtbot: QtBot, make_shell: ShellFactory, enrolled: Path, registry: FakeRegistry
) -> None:
    registry.stop()
    shell = make_shell()
    sync = first_cycle(qtbot, shell)
    window = shell.window
    assert window.connection_status.text() == "Offline"
    assert "cannot be reached" in window.connection_status.toolTip()
    assert window.sync_status.text() == "Not synced yet"
    assert window.pending_status.text().startswith("3 change")
    assert sync.retry.isActive() and sync.probe.isActive()  # timer-driven retries
    assert shell.errors.last_dialog is None  # offline is no reason for a dialog


def test_busy_registry_is_not_asked_again_before_retry_after(
    qtbot: QtBot, make_shell: ShellFactory, enrolled: Path, registry: FakeRegistry
) -> None:
    registry.knobs.busy_retry_after = 120
    shell = make_shell()
    sync = first_cycle(qtbot, shell)
    assert shell.window.connection_status.text() == "Registry busy"
    delay = sync.next_attempt_ms
    assert delay is not None and delay >= 120_000
    sync.after_write()
    sync.debounce.timeout.emit()  # a save meanwhile does not jump the queue
    assert not sync.running and sync.next_attempt_ms == delay
    assert shell.errors.last_dialog is None


def test_sync_now_runs_a_cycle(
    qtbot: QtBot, make_shell: ShellFactory, enrolled: Path, registry: FakeRegistry
) -> None:
    shell = make_shell()
    sync = first_cycle(qtbot, shell)
    before = registry.knobs.requests.count("GET /changes")
    with qtbot.waitSignal(sync.cycle_finished, timeout=WAIT_MS) as finished:
        shell.window.sync_now_action.trigger()
    assert finished.args == [True]
    assert registry.knobs.requests.count("GET /changes") == before + 1
    assert shell.window.sync_button.defaultAction() is shell.window.sync_now_action
    assert shell.window.sync_button.accessibleName() == "Sync now"


def test_a_slow_registry_never_blocks_the_counter(
    qtbot: QtBot, make_shell: ShellFactory, enrolled: Path, registry: FakeRegistry
) -> None:
    registry.knobs.delay = 2.0
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(1))
    shell = make_shell()
    log_in(qtbot, shell, CENTRAL)
    sync = sync_of(shell)
    timer.start()
    qtbot.waitUntil(lambda: sync.online is not None and not sync.running, timeout=WAIT_MS)
    timer.stop()
    assert sync.online
    assert len(ticks) >= 15  # the GUI thread kept turning while the push took 2 s


def test_a_revoked_device_is_told_once_without_stopping_work(
    qtbot: QtBot, make_shell: ShellFactory, enrolled: Path, registry: FakeRegistry
) -> None:
    registry.knobs.revoked = True
    shell = make_shell()
    sync = first_cycle(qtbot, shell)
    boxes = [b for b in shell.window.findChildren(QMessageBox) if b.objectName() == "syncAttention"]
    assert len(boxes) == 1 and not boxes[0].isModal()
    assert "withdrawn" in boxes[0].text()
    assert shell.window.connection_status.text() == "Sync problem"
    with qtbot.waitSignal(sync.cycle_finished, timeout=WAIT_MS):
        sync.sync_now()
    again = [b for b in shell.window.findChildren(QMessageBox) if b.objectName() == "syncAttention"]
    assert len(again) == 1
    boxes[0].close()


def test_a_standalone_cache_says_not_connected(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    log_in(qtbot, shell, SUPERVISOR)
    sync = sync_of(shell)
    qtbot.waitUntil(lambda: sync.enrolled is not None, timeout=WAIT_MS)
    assert shell.window.connection_status.text() == "Standalone: not connected to a registry"
    assert not shell.window.sync_now_action.isEnabled()
    assert not shell.window.sync_button.isVisible()
    assert shell.window.sync_status.text() == ""
    sync.sync_now()
    assert not sync.running and not sync.period.isActive()


def test_log_out_stops_sync(
    qtbot: QtBot, make_shell: ShellFactory, enrolled: Path, registry: FakeRegistry
) -> None:
    shell = make_shell()
    sync = first_cycle(qtbot, shell)
    shell.window.log_out_action.trigger()
    assert shell.controller.sync is None
    assert not sync.period.isActive() and not sync.retry.isActive()
    qtbot.waitUntil(lambda: shell.controller.login is not None, timeout=WAIT_MS)
