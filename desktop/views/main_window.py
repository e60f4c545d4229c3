"""The one top-level window: it shows setup, login, the workspace, the lock screen or a
calm message when the data cannot be opened; its status bar and menus serve them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common import TextLabel, button, heading
from desktop.views.login import centred

NAV_WIDTH = 200


def _action(window: QMainWindow, name: str, text: str, shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


class MainWindow(QMainWindow):
    """Layout of the application window. Controllers connect to its actions."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OneStop"))
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        self.setCentralWidget(self.screens)
        self.search_action = _action(self, "actionSearch", self.tr("&Search"), "Ctrl+F")
        self.register_action = _action(self, "actionRegister", self.tr("&Register"), "Ctrl+N")
        self.users_action = _action(self, "actionUsers", self.tr("&Users"), "Ctrl+U")
        self.lock_action = _action(self, "actionLock", self.tr("&Lock the screen"), "Ctrl+L")
        self.password_action = _action(self, "actionPassword", self.tr("&Change my password…"))
        self.log_out_action = _action(self, "actionLogOut", self.tr("Log &out"))
        self.quit_action = _action(self, "actionQuit", self.tr("&Quit"), "Ctrl+Q")
        self.help_action = _action(self, "actionHelp", self.tr("&Keyboard shortcuts"), "F1")
        go = self.menuBar().addMenu(self.tr("&Go"))
        go.addActions([self.search_action, self.register_action, self.users_action])
        account = self.menuBar().addMenu(self.tr("&Account"))
        account.addActions([self.password_action, self.lock_action, self.log_out_action])
        account.addSeparator()
        account.addAction(self.quit_action)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.help_action)
        self.user_status = self._status("statusUser")
        self.office_status = self._status("statusOffice")
        self.connection_status = self._status("statusConnection")
        self.pending_status = self._status("statusPending")
        self.set_signed_in(False)
        self.resize(1200, 780)

    def _status(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(label)
        return label

    def show_screen(self, widget: QWidget) -> None:
        if self.screens.indexOf(widget) < 0:
            self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)

    def drop_screen(self, widget: QWidget) -> None:
        if self.screens.indexOf(widget) >= 0:
            self.screens.removeWidget(widget)
        widget.deleteLater()

    def set_signed_in(self, signed_in: bool, supervisor: bool = False) -> None:
        for action in (
            self.search_action,
            self.register_action,
            self.lock_action,
            self.password_action,
            self.log_out_action,
        ):
            action.setEnabled(signed_in)
        self.users_action.setEnabled(signed_in and supervisor)
        self.users_action.setVisible(supervisor)
        for label in (
            self.user_status,
            self.office_status,
            self.connection_status,
            self.pending_status,
        ):
            label.setVisible(signed_in)

    def show_session(self, user: str, office: str, connection: str) -> None:
        self.user_status.setText(user)
        self.office_status.setText(office)
        self.connection_status.setText(connection)

    def show_pending(self, text: str) -> None:
        self.pending_status.setText(text)

    def close_dialogs(self) -> None:
        """Close every open dialog of this window (before locking the screen)."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    def show_shortcuts(self) -> QMessageBox:
        text = "\n".join(
            (
                self.tr("Ctrl+F  Search"),
                self.tr("Ctrl+N  Register a household"),
                self.tr("Ctrl+S  Save the registration, or the record being edited"),
                self.tr("Ctrl+E  Edit the person shown"),
                self.tr("Esc  Leave the edit page without saving"),
                self.tr("Space  Open or close a scheme's conditions"),
                self.tr("Ctrl+P  Print the slip after an application"),
                self.tr("Ctrl+U  Users (supervisors)"),
                self.tr("Ctrl+L  Lock the screen"),
                self.tr("Enter  Search, or open the chosen person"),
                self.tr("Down  From the search box into the results"),
            )
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), text)
        box.setParent(self, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


class WorkspaceView(QWidget):
    """The logged-in area: navigation on the leading side, the pages beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceView")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet("QListWidget::item { padding: 10px 8px; }")
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._keys: dict[str, QWidget] = {}
        self._nav_keys: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setTabOrder(self.nav, self.pages)

    def add_page(self, key: str, widget: QWidget, title: str | None = None) -> None:
        """Add a page; with a `title` it also gets an entry in the navigation list."""
        self._keys[key] = widget
        self.pages.addWidget(widget)
        if title is not None:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self._nav_keys.append(key)

    def show_page(self, key: str, nav_key: str | None = None) -> None:
        self.pages.setCurrentWidget(self._keys[key])
        highlight = nav_key or key
        if highlight in self._nav_keys:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._nav_keys.index(highlight))
            self.nav.blockSignals(False)

    def current_key(self) -> str | None:
        current = self.pages.currentWidget()
        return next((key for key, widget in self._keys.items() if widget is current), None)

    def nav_key(self, row: int) -> str | None:
        return self._nav_keys[row] if 0 <= row < len(self._nav_keys) else None


class FatalView(QWidget):
    """A calm full-window message when the cache cannot be used: says what to restore and
    never offers to make a new cache."""

    def __init__(self, text: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fatalView")
        self.text = TextLabel(text)
        self.text.setObjectName("fatalText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = TextLabel(self.tr("Data folder: %1").replace("%1", folder))
        where.setObjectName("fatalFolder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quit_button = button("fatalQuit", self.tr("&Quit"), default=True)
        card = QWidget()
        card.setFixedWidth(600)
        box = QVBoxLayout(card)
        box.addWidget(
            heading(self.tr("OneStop cannot open the data on this computer"), "fatalHeading")
        )
        box.addWidget(self.text)
        box.addWidget(where)
        box.addWidget(self.quit_button, alignment=Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card))
        outer.addStretch(2)
