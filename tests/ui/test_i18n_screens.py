"""The main screens in English, Urdu and Khmer: pictures for people to look at, and checks
that no text is cut off, nothing overlaps and every control has an accessible name.

PNGs go to artifacts/screens/i18n-<screen>-<lang>.png (git-ignored).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Family, ShellFactory, log_in, open_person, wait_idle
from tests.ui.layout_checks import clipped, overlapping, settle, unnamed

SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
LANGUAGES = ("en", "ur", "km")


def check_and_save(widget: QWidget, screen: str, language: str) -> None:
    settle()
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"i18n-{screen}-{language}.png"
    assert widget.grab().save(str(path))
    assert not clipped(widget), f"{screen}/{language}: text cut off: {clipped(widget)}"
    assert not overlapping(widget), f"{screen}/{language}: overlap: {overlapping(widget)}"
    assert not unnamed(widget), f"{screen}/{language}: no accessible name: {unnamed(widget)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_screens_fit_in_each_language(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, language: str
) -> None:
    shell = make_shell(language=language)
    shell.window.resize(1280, 800)
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ur" else Qt.LayoutDirection.LeftToRight
    )
    assert QApplication.layoutDirection() == expected
    login = shell.controller.login
    assert login is not None
    check_and_save(shell.window, "login", language)
    workspace = log_in(qtbot, shell)
    workspace.search_view.box.setText("Aslam")
    workspace.search.search("Aslam")
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: workspace.search_model.rowCount() > 0)
    check_and_save(shell.window, "search", language)
    open_person(qtbot, shell, workspace, family.head)
    check_and_save(shell.window, "person", language)
    workspace.go_register()
    check_and_save(shell.window, "register", language)
