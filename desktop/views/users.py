"""The users page (supervisors) and the user and password dialogs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import keep_left_to_right
from desktop.models import UsersModel
from desktop.views.common import MessageLabel, TextLabel, busy_bar, button, heading, line_edit


class UsersView(QWidget):
    """Layout of the users page: the list and what a supervisor can do with it."""

    add_requested = Signal()
    reset_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, model: UsersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersView")
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = button("usersAdd", self.tr("&Add a user…"))
        self.reset_button = button("usersReset", self.tr("Reset &password…"))
        self.remove_button = button("usersRemove", self.tr("Re&move user…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Users of this computer"), "usersHeading"))
        note = TextLabel(
            self.tr(
                "Each person at the counter logs in with their own user name, so the history "
                "shows who did what."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.current_row()))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.current_row()))
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.remove_button)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1


@dataclass(frozen=True)
class UserAnswers:
    username: str
    display_name: str
    role: str
    password: str
    confirm: str


@dataclass(frozen=True)
class PasswordAnswers:
    old: str
    new: str
    confirm: str


class _FormDialog(QDialog):
    """A small dialog with a form, a message line and OK/Cancel; stays open on errors."""

    def __init__(self, name: str, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.message = MessageLabel(f"{name}Message")
        self.busy = busy_bar(f"{name}Busy")
        self.ok_button = button(f"{name}Ok", ok_text, default=True)
        self.cancel_button = button(f"{name}Cancel", self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(460)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)

    def show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.set_busy(False)
        self.message.show_message(text, "error")
        if focus is not None:
            focus.setFocus()


class AddUserDialog(_FormDialog):
    """Asks for a new user. Emits `submitted(UserAnswers)`; the controller closes it."""

    submitted = Signal(object)

    def __init__(self, roles: list[tuple[str, str]], parent: QWidget | None) -> None:
        super().__init__("addUser", self.tr("Add a user"), self.tr("Add user"), parent)
        self.username = line_edit("addUserUsername", self.tr("User name"))
        self.display_name = line_edit("addUserDisplayName", self.tr("Full name"))
        self.role = QComboBox()
        self.role.setObjectName("addUserRole")
        self.role.setAccessibleName(self.tr("Role"))
        for code, label in roles:
            self.role.addItem(label, code)
        self.password = line_edit("addUserPassword", self.tr("Password"), password=True)
        self.confirm = line_edit("addUserConfirm", self.tr("Password again"), password=True)
        self.password.setPlaceholderText(self.tr("At least 8 characters"))
        keep_left_to_right(self.username)
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("&Full name"), self.display_name)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("Password &again"), self.confirm)
        self.ok_button.clicked.connect(self._submit)
        order = (self.username, self.display_name, self.role, self.password, self.confirm)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.setTabOrder(self.confirm, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)

    def _submit(self) -> None:
        self.submitted.emit(
            UserAnswers(
                self.username.text().strip(),
                self.display_name.text().strip(),
                str(self.role.currentData()),
                self.password.text(),
                self.confirm.text(),
            )
        )


class PasswordDialog(_FormDialog):
    """Asks for a new password (and, for one's own, the current one)."""

    submitted = Signal(object)

    def __init__(self, title: str, for_user: str, ask_old: bool, parent: QWidget | None) -> None:
        super().__init__("passwordDialog", title, self.tr("Change password"), parent)
        self.old = line_edit("passwordOld", self.tr("Current password"), password=True)
        self.new = line_edit("passwordNew", self.tr("New password"), password=True)
        self.confirm = line_edit("passwordConfirm", self.tr("New password again"), password=True)
        self.new.setPlaceholderText(self.tr("At least 8 characters"))
        who = TextLabel(for_user)
        who.setObjectName("passwordFor")
        self.form.addRow(self.tr("User"), who)
        if ask_old:
            self.form.addRow(self.tr("&Current password"), self.old)
        else:
            self.old.setVisible(False)
        self.form.addRow(self.tr("&New password"), self.new)
        self.form.addRow(self.tr("New password &again"), self.confirm)
        self.ok_button.clicked.connect(self._submit)
        self.setTabOrder(self.old, self.new)
        self.setTabOrder(self.new, self.confirm)
        self.setTabOrder(self.confirm, self.ok_button)

    def _submit(self) -> None:
        self.submitted.emit(PasswordAnswers(self.old.text(), self.new.text(), self.confirm.text()))
