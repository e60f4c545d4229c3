"""Switching the language at run time, text size and high contrast per user, keyboard reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.workspace import PERSON, REGISTER
from desktop.settings import LANGUAGE, Settings, font_step_setting, high_contrast_setting
from tests.conftest import SUPERVISOR
from tests.ui.conftest import Family, ShellFactory, log_in, open_person, wait_idle
from tests.ui.layout_checks import settle


def test_switching_language_keeps_the_clerk_on_the_same_page(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, settings: Settings
) -> None:
    shell = make_shell(language="en")
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    shell.comfort.set_language("ur")
    wait_idle(qtbot, shell)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert settings.get(LANGUAGE) == "ur"
    rebuilt = shell.controller.workspace
    assert rebuilt is not None and rebuilt is not workspace
    assert shell.window.screens.currentWidget() is rebuilt.view
    assert rebuilt.view.current_key() == PERSON
    assert rebuilt.person.person_id == family.head
    assert shell.window.search_action.text() == "تلاش (&S)"
    assert rebuilt.search_view.search_button.text() == "تلاش کریں"
    assert rebuilt.form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Half-typed registration survives a switch.
    rebuilt.go_register()
    assert rebuilt.form.focus_field("members[0].given_name")
    given_name = QApplication.focusWidget()
    assert given_name is not None
    QTest.keyClicks(given_name, "Nasreen")
    shell.comfort.set_language("km")
    wait_idle(qtbot, shell)
    khmer = shell.controller.workspace
    assert khmer is not None
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert khmer.view.current_key() == REGISTER
    members = khmer.form.values()["members"]
    assert members[0]["given_name"] == "Nasreen"
    assert shell.window.findChild(QWidget, "menuLanguage") is not None


def test_the_language_is_taken_from_the_settings_at_start(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: object, settings: Settings
) -> None:
    settings.set(LANGUAGE, "km")
    shell = make_shell(language=None)
    assert shell.language.code == "km"
    login = shell.controller.login
    assert login is not None
    assert login.view.login_button.text() == "ចូល"
    checked = shell.window.language_actions.checkedAction()
    assert checked is not None and checked.data() == "km"


def test_text_size_and_contrast_are_remembered_per_user(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: object, settings: Settings
) -> None:
    shell = make_shell()
    normal = QApplication.font().pointSizeF()
    log_in(qtbot, shell)
    window = shell.window
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > normal
    assert settings.get(font_step_setting(SUPERVISOR.username)) == 2
    window.contrast_action.trigger()
    assert "#ffff00" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert settings.get(high_contrast_setting(SUPERVISOR.username)) is True
    shell.controller.log_out()
    qtbot.waitUntil(
        lambda: (
            shell.controller.login is not None
            and shell.window.screens.currentWidget() is shell.controller.login.view
        )
    )
    assert QApplication.font().pointSizeF() == normal  # the device's own choice at login
    assert not window.contrast_action.isChecked()
    log_in(qtbot, shell)
    assert QApplication.font().pointSizeF() > normal
    assert window.contrast_action.isChecked()
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == normal


def test_tab_reaches_every_input_of_the_register_page(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: object
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    workspace.go_register()
    settle()
    page = workspace.register_view
    inputs = {
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not isinstance(w, QScrollArea)
    }
    assert inputs
    start = QApplication.focusWidget()
    assert start is not None
    reached: set[QWidget] = set()
    for _ in range(len(inputs) * 3):
        widget = QApplication.focusWidget()
        if widget is not None:
            reached.add(widget)
        QTest.keyClick(widget or shell.window, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    missing = [w.objectName() or type(w).__name__ for w in inputs - reached]
    assert not missing, f"Tab never reaches: {missing}"
