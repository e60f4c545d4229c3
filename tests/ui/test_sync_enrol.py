"""First start on a new computer: the choice, the enrolment form, its progress and Cancel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.controllers.enrol import EnrolController
from sync.replica.cache import CacheState, cache_state
from tests.ui.conftest import WAIT_MS, ShellFactory, wait_idle
from tests.ui.fake_registry import GOOD_CODE, FakeRegistry, running_registry


@pytest.fixture
def registry() -> Iterator[FakeRegistry]:
    with running_registry() as server:
        yield server


def enrol_form(shell: Shell) -> EnrolController:
    first = shell.controller.first_start
    assert first is not None, "an empty folder must lead to the first-start choice"
    assert first.connect_button.hasFocus()
    QTest.keyClick(first.connect_button, Qt.Key.Key_Space)
    enrolment = shell.controller.enrolment
    assert enrolment is not None
    return enrolment


def fill(enrolment: EnrolController, url: str, code: str, office: str = "PB-MUL-OSS1") -> None:
    view = enrolment.view
    for edit, text in ((view.url, url), (view.code, code), (view.office, office)):
        edit.setText(text)
    view.device_name.setText("Counter 1")


def test_connect_is_disabled_until_every_field_is_filled(
    qtbot: QtBot, make_shell: ShellFactory
) -> None:
    shell = make_shell()
    view = enrol_form(shell).view
    assert view.device_name.text()  # the computer's own name is offered
    assert not view.connect_button.isEnabled()
    fill(shell.controller.enrolment, "https://registry.example.org", "", "")  # type: ignore[arg-type]
    assert not view.connect_button.isEnabled()
    QTest.keyClick(view.office, Qt.Key.Key_Return)  # Enter with empty fields names the first
    assert view.message.text() == "Enter the one-time code."
    assert view.code.hasFocus()
    for widget in (view.url, view.code, view.device_name, view.office, view.connect_button):
        assert widget.accessibleName()


def test_a_bad_address_is_named_before_anything_is_sent(
    qtbot: QtBot, make_shell: ShellFactory, cache_dir: Path
) -> None:
    shell = make_shell()
    enrolment = enrol_form(shell)
    for url in ("registry.example.org", "ftp://registry.example.org", "https://"):
        fill(enrolment, url, GOOD_CODE)
        assert enrolment.view.connect_button.isEnabled()
        QTest.mouseClick(enrolment.view.connect_button, Qt.MouseButton.LeftButton)
        assert "registry address must start with https://" in enrolment.view.message.text()
        assert enrolment.view.url.hasFocus() and not enrolment.busy
    assert cache_state(cache_dir) is CacheState.NEW


def test_a_refused_code_names_the_code_and_leaves_nothing_on_disk(
    qtbot: QtBot, make_shell: ShellFactory, cache_dir: Path, registry: FakeRegistry
) -> None:
    shell = make_shell()
    enrolment = enrol_form(shell)
    fill(enrolment, registry.url, "WRONG-CODE")
    enrolment.view.connect_button.click()
    qtbot.waitUntil(lambda: not enrolment.busy, timeout=WAIT_MS)
    text = enrolment.view.message.text()
    assert text.startswith("One-time code:") and "did not accept this enrolment code" in text
    assert enrolment.view.code.hasFocus()
    assert enrolment.view.connect_button.isEnabled()
    assert cache_state(cache_dir) is CacheState.NEW


def test_an_unreachable_registry_names_the_address(
    qtbot: QtBot, make_shell: ShellFactory, cache_dir: Path, registry: FakeRegistry
) -> None:
    registry.stop()
    shell = make_shell()
    enrolment = enrol_form(shell)
    fill(enrolment, registry.url, GOOD_CODE)
    enrolment.view.connect_button.click()
    qtbot.waitUntil(lambda: not enrolment.busy, timeout=WAIT_MS)
    assert enrolment.view.message.text().startswith("Registry address:")
    assert enrolment.view.url.hasFocus()
    assert cache_state(cache_dir) is CacheState.NEW


def test_enrolment_shows_progress_then_central_users_log_in(
    qtbot: QtBot, make_shell: ShellFactory, cache_dir: Path, registry: FakeRegistry
) -> None:
    shell = make_shell()
    enrolment = enrol_form(shell)
    fill(enrolment, registry.url, "abcd-2345")  # typed with a dash and in lower case
    phases: list[str] = []
    enrolment.view.progress.valueChanged.connect(
        lambda _v: phases.append(enrolment.view.phase.text())
    )
    enrolment.view.connect_button.click()
    assert enrolment.view.progress.isVisible() and enrolment.view.cancel_button.isVisible()
    qtbot.waitUntil(lambda: shell.controller.login is not None, timeout=WAIT_MS)
    login = shell.controller.login
    assert login is not None
    assert "connected to the registry" in login.view.message.text()
    assert any(p.startswith("Preparing the records for use") for p in phases)
    assert cache_state(cache_dir) is CacheState.READY
    assert shell.controller.first_start is None and shell.controller.enrolment is None
    login.view.username.setText(registry.user.username)
    login.view.password.setText(registry.password)
    QTest.keyClick(login.view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.controller.workspace is not None, timeout=WAIT_MS)
    wait_idle(qtbot, shell)
    sync = shell.controller.sync
    assert sync is not None
    qtbot.waitUntil(lambda: sync.online is True, timeout=WAIT_MS)
    assert shell.window.connection_status.text() == "Online"


def test_cancel_before_the_cache_exists_leaves_nothing(
    qtbot: QtBot, make_shell: ShellFactory, cache_dir: Path, registry: FakeRegistry
) -> None:
    shell = make_shell()
    enrolment = enrol_form(shell)
    fill(enrolment, registry.url, GOOD_CODE)
    registry.knobs.enrol_delay = 1.0
    enrolment.view.connect_button.click()
    QTest.keyClick(enrolment.view.cancel_button, Qt.Key.Key_Space)
    assert not enrolment.view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not enrolment.busy, timeout=WAIT_MS)
    assert enrolment.view.message.text().startswith("Cancelled. Nothing was saved")
    assert cache_state(cache_dir) is CacheState.NEW
    assert shell.controller.login is None


def test_back_returns_to_the_choice(qtbot: QtBot, make_shell: ShellFactory) -> None:
    shell = make_shell()
    enrolment = enrol_form(shell)
    enrolment.view.back_button.click()
    first = shell.controller.first_start
    assert first is not None and shell.window.screens.currentWidget() is first
    QTest.keyClick(first.local_button, Qt.Key.Key_Space)
    assert shell.controller.setup is not None
