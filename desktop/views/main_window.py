"""The one top-level window: it shows setup, login, the workspace, the lock screen or a
calm message when the data cannot be opened; its status bar and menus serve them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import LANGUAGE_NAMES
from desktop.views.card_actions import CardActions
from desktop.views.common import TextLabel, button, heading
from desktop.views.login import centred

NAV_WIDTH = 200
SYNC_BAR_WIDTH = 260


def _action(window: QMainWindow, name: str, shortcut: str | None = None) -> QAction:
    action = QAction(window)
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
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        self.setCentralWidget(self.screens)
        self.search_action = _action(self, "actionSearch", "Ctrl+F")
        self.register_action = _action(self, "actionRegister", "Ctrl+N")
        self.users_action = _action(self, "actionUsers", "Ctrl+U")
        self.day_action = _action(self, "actionDay", "Ctrl+D")
        self.lock_action = _action(self, "actionLock", "Ctrl+L")
        self.password_action = _action(self, "actionPassword")
        self.log_out_action = _action(self, "actionLogOut")
        self.quit_action = _action(self, "actionQuit", "Ctrl+Q")
        self.help_action = _action(self, "actionHelp", "F1")
        self.sync_now_action = _action(self, "actionSyncNow", "F5")
        self.sync_now_action.setEnabled(False)
        self.larger_action = _action(self, "actionLarger")
        self.larger_action.setShortcuts(
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+="), QKeySequence("Ctrl+Shift+=")]
        )
        self.smaller_action = _action(self, "actionSmaller", "Ctrl+-")
        self.normal_size_action = _action(self, "actionNormalSize", "Ctrl+0")
        self.contrast_action = _action(self, "actionHighContrast")
        self.contrast_action.setCheckable(True)
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        for code, name in LANGUAGE_NAMES.items():
            action = _action(self, f"actionLanguage_{code}")
            action.setText(name)  # each language in its own words, never translated
            action.setCheckable(True)
            action.setData(code)
            self.language_actions.addAction(action)
        self._menus()
        self.user_status = self._status("statusUser")
        self.office_status = self._status("statusOffice")
        self.connection_status = self._status("statusConnection")
        self.pending_status = self._status("statusPending")
        self._sync_widgets()
        self.set_signed_in(False)
        self.retranslate()
        self.resize(1200, 780)

    def _menus(self) -> None:
        self.go_menu = self._menu("menuGo")
        self.go_menu.addActions(
            [self.search_action, self.register_action, self.users_action, self.day_action]
        )
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.sync_now_action)
        self.card_actions = CardActions(self, self.go_menu)
        self.account_menu = self._menu("menuAccount")
        self.account_menu.addActions([self.password_action, self.lock_action, self.log_out_action])
        self.account_menu.addSeparator()
        self.account_menu.addAction(self.quit_action)
        self.view_menu = self._menu("menuView")
        self.view_menu.addActions(
            [self.larger_action, self.smaller_action, self.normal_size_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.contrast_action)
        self.language_menu = self._menu("menuLanguage")
        self.language_menu.addActions(self.language_actions.actions())
        self.help_menu = self._menu("menuHelp")
        self.help_menu.addAction(self.help_action)

    def _menu(self, name: str) -> QMenu:
        menu = self.menuBar().addMenu("")
        menu.setObjectName(name)
        return menu

    def retranslate(self) -> None:
        """Set every text of the window itself in the current language."""
        self.setWindowTitle(self.tr("OneStop"))
        texts = (
            (self.search_action, self.tr("&Search")),
            (self.register_action, self.tr("&Register")),
            (self.users_action, self.tr("&Users")),
            (self.day_action, self.tr("&Day and sign-off")),
            (self.lock_action, self.tr("&Lock the screen")),
            (self.password_action, self.tr("&Change my password…")),
            (self.log_out_action, self.tr("Log &out")),
            (self.quit_action, self.tr("&Quit")),
            (self.help_action, self.tr("&Keyboard shortcuts")),
            (self.sync_now_action, self.tr("S&ync now")),
            (self.larger_action, self.tr("&Larger text")),
            (self.smaller_action, self.tr("&Smaller text")),
            (self.normal_size_action, self.tr("&Normal text size")),
            (self.contrast_action, self.tr("&High contrast")),
            (self.go_menu.menuAction(), self.tr("&Go")),
            (self.account_menu.menuAction(), self.tr("&Account")),
            (self.view_menu.menuAction(), self.tr("&View")),
            (self.language_menu.menuAction(), self.tr("L&anguage")),
            (self.help_menu.menuAction(), self.tr("&Help")),
        )
        for action, text in texts:
            action.setText(text)
        self.card_actions.retranslate()
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Sync now (F5)"))
        self.sync_progress.setAccessibleName(self.tr("Sync progress"))

    def check_language(self, code: str) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)

    def _status(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(label)
        return label

    def _sync_widgets(self) -> None:
        self.sync_status = self._status("statusSync")
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setMaximumWidth(SYNC_BAR_WIDTH)
        self.sync_progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setDefaultAction(self.sync_now_action)
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.statusBar().addPermanentWidget(self.sync_button)

    def show_sync(self, connection: str, tooltip: str, last_sync: str) -> None:
        """The sync part of the status bar: connection (why, in the tooltip), last sync."""
        self.connection_status.setText(connection)
        self.connection_status.setToolTip(tooltip)
        self.connection_status.setAccessibleDescription(tooltip)
        self.sync_status.setText(last_sync)
        self.sync_status.setVisible(bool(last_sync) and self.user_status.isVisibleTo(self))

    def show_sync_progress(self, progress: tuple[str, int, int] | None) -> None:
        """(what, done, total) of long sync work; total 0 is unknown; None hides the bar."""
        bar = self.sync_progress
        if progress is None:
            bar.setVisible(False)
            return
        what, done, total = progress
        bar.setRange(0, max(total, 0))
        if total:
            bar.setValue(min(done, total))
        bar.setFormat(f"{what} %p%" if total else what)
        bar.setToolTip(what)
        bar.setAccessibleDescription(what)
        bar.setVisible(True)

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
        for supervisors_only in (self.users_action, self.day_action):
            supervisors_only.setEnabled(signed_in and supervisor)
            supervisors_only.setVisible(supervisor)
        for label in (
            self.user_status,
            self.office_status,
            self.connection_status,
            self.pending_status,
            self.sync_status,
            self.sync_button,
        ):
            label.setVisible(signed_in)
        self.card_actions.set_signed_in(signed_in)
        if not signed_in:
            self.sync_progress.setVisible(False)

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
                self.tr("Ctrl+D  The day's work and sign-off (supervisors)"),
                self.tr("Ctrl+L  Lock the screen"),
                self.tr("F5  Sync now (computers connected to a registry)"),
                self.tr("Enter  Search, or open the chosen person"),
                self.tr("Down  From the search box into the results"),
                self.tr("Ctrl++  Larger text"),
                self.tr("Ctrl+-  Smaller text"),
                self.tr("Ctrl+0  Normal text size"),
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
