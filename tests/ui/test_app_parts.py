"""The pieces under the screens: settings, logging, the error paths, the worker, access."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.errors import ErrorPresenter
from desktop.forms import FormWidget
from desktop.logs import setup_logging, stop_logging
from desktop.settings import DATA_DIR, IDLE_LOCK_MINUTES, LANGUAGE, Settings
from desktop.worker import NoOpenCache, Progress, Report, Worker
from sync.replica.cache import Replica
from sync.replica.errors import DiskFull
from tests.conftest import SUPERVISOR
from tests.ui.conftest import WAIT_MS, ShellFactory, log_in
from tests.ui.test_search import search


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs", capture_qt=False)
    yield path
    stop_logging()


def test_settings_are_typed_with_defaults_and_stay_in_their_file(tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "s.ini")
    assert (settings.language, settings.idle_lock_minutes) == ("en", 5)
    settings.set(LANGUAGE, "ur")
    settings.set(IDLE_LOCK_MINUTES, 10)
    settings.set(DATA_DIR, tmp_path / "cache")
    again = Settings.in_file(tmp_path / "s.ini")
    assert again.language == "ur"
    assert again.idle_lock_minutes == 10
    assert again.data_dir == tmp_path / "cache"
    raw = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    raw.setValue(IDLE_LOCK_MINUTES.key, "nonsense")
    raw.sync()
    assert Settings.in_file(tmp_path / "s.ini").idle_lock_minutes == 5
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "fr")


def test_a_bug_shows_an_apology_with_the_log_path_and_logs_no_data(
    qtbot: QtBot, log_file: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors = ErrorPresenter(log_file, lambda: parent)
    data = " ".join(("Muhammad", "Aslam", "36302-1234567-1"))  # not in the source line
    try:
        raise ValueError(data)
    except ValueError as bug:
        box = errors.show(bug)
    assert "unexpected problem" in box.text()
    assert box.informativeText() == str(log_file)
    assert "Traceback" not in box.text() and "Muhammad" not in box.text()
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError" in text and "test_app_parts.py" in text
    assert "Muhammad" not in text and "36302" not in text
    box.close()


def test_a_known_error_is_shown_calmly(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ErrorPresenter(None, lambda: parent).show(DiskFull("disk is full"))
    assert box.text() == DiskFull.user_message
    box.close()


def test_a_job_without_a_failure_path_reaches_the_default_one(qtbot: QtBot) -> None:
    seen: list[BaseException] = []
    worker = Worker(seen.append)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.run(lambda replica: replica.search("x"), lambda _found: None)
    assert isinstance(seen[0], NoOpenCache)
    assert worker.is_idle()
    worker.shutdown()


def test_the_log_holds_no_names_id_numbers_or_search_text(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path, log_file: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    for text in ("Muhamad Aslem", "36302-1234567-1", "0300 1234567"):
        search(qtbot, workspace, text)
    with qtbot.waitSignal(workspace.person.shown, timeout=WAIT_MS):
        workspace.search.open_row(0)
    logged = log_file.read_text(encoding="utf-8")
    assert "logged in" in logged
    for secret in ("Aslam", "Aslem", "36302", "1234567", "Rashid", "اسلم"):
        assert secret not in logged


def test_shortcuts_move_between_pages(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    window = shell.window
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert workspace.view.current_key() == "register"
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert workspace.view.current_key() == "users"
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.view.current_key() == "search"
    assert window.focusWidget() is workspace.search_view.box
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screens.currentWidget() is shell.controller.lock_view


def test_every_control_outside_the_form_has_an_accessible_name(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    nameless = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in shell.window.findChildren(QWidget)
        if isinstance(widget, controls)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not _inside(widget, FormWidget)
        and not widget.accessibleName()
        and widget.isVisibleTo(workspace.view)
        and workspace.view.isAncestorOf(widget)
    ]
    assert nameless == []


def _inside(widget: QWidget, kind: type[QWidget]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def test_progress_and_result_arrive_on_the_gui_thread(qtbot: QtBot, ready_cache: Path) -> None:
    failures: list[BaseException] = []
    worker = Worker(failures.append)
    gui = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def count_people(replica: Replica, report: Report) -> int:
        report(Progress(1, 2, "searching"))
        found = len(replica.search("Aslam"))
        report(Progress(2, 2))
        return found

    worker.open(
        lambda: Replica.open(ready_cache, SUPERVISOR.username, SUPERVISOR.password),
        lambda info: seen.append(("opened", info.user.username, threading.get_ident())),
    )
    worker.run(
        count_people,
        lambda found: seen.append(("found", found, threading.get_ident())),
        on_progress=lambda p: seen.append(("progress", p.done, threading.get_ident())),
    )
    qtbot.waitUntil(worker.is_idle, timeout=WAIT_MS)
    worker.shutdown()
    assert [(kind, value) for kind, value, _ in seen] == [
        ("opened", "supervisor"),
        ("progress", 1),
        ("progress", 2),
        ("found", 2),
    ]
    assert {thread for _, _, thread in seen} == {gui}
    assert failures == []
