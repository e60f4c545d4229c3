"""Local users: the supervisor's list, adding, resetting and removing; everyone's own password.

Passwords are checked here only for what the clerk can fix at once (length, the two copies
equal); the key-slot file checks again. Dialogs stay open on errors so nothing is retyped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import ErrorPresenter, user_text
from desktop.locale_format import LocaleFormat
from desktop.models import UsersModel
from desktop.session import SessionInfo
from desktop.views.users import (
    AddUserDialog,
    PasswordAnswers,
    PasswordDialog,
    UserAnswers,
    UsersView,
)
from desktop.vocabulary import ROLES, Vocabulary
from desktop.worker import Worker
from sync.replica.cache import NewUser
from sync.replica.errors import ReplicaError
from sync.replica.keyslots import MIN_PASSWORD_LENGTH, SlotUser

log = logging.getLogger(__name__)

CONTEXT = "UsersPage"
Notify = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def password_problem(password: str, confirm: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return _tr("The password must have at least %1 characters.").replace(
            "%1", LocaleFormat.current().integer(MIN_PASSWORD_LENGTH)
        )
    if password != confirm:
        return _tr("The two passwords are not the same.")
    return None


class _DialogJobs:
    """Runs a dialog's job on the worker: busy while running, closes on success, shows a
    known error inside the dialog (and anything else through the crash dialog)."""

    def __init__(self, worker: Worker, errors: ErrorPresenter) -> None:
        self.worker, self.errors = worker, errors

    def run(
        self,
        dialog: AddUserDialog | PasswordDialog,
        op: Callable[..., object],
        done: Callable[[], None],
    ) -> None:
        dialog.set_busy(True)

        def succeeded(_result: object) -> None:
            dialog.accept()
            done()

        def failed(error: BaseException) -> None:
            if isinstance(error, ReplicaError):
                dialog.show_error(user_text(error))
            else:
                dialog.reject()
                self.errors.show(error)

        self.worker.run(op, succeeded, failed)


class PasswordController(QObject):
    """Any logged-in user changes their own password."""

    def __init__(
        self, session: SessionInfo, worker: Worker, errors: ErrorPresenter, notify: Notify
    ) -> None:
        super().__init__()
        self._session, self._jobs, self._notify = session, _DialogJobs(worker, errors), notify
        self.dialog: PasswordDialog | None = None

    def change_own_password(self, parent: QWidget) -> PasswordDialog:
        dialog = PasswordDialog(
            _tr("Change my password"), self._session.user.display_name, ask_old=True, parent=parent
        )
        dialog.submitted.connect(lambda answers: self._change(dialog, answers))
        self.dialog = dialog
        dialog.open()
        dialog.old.setFocus()
        return dialog

    def _change(self, dialog: PasswordDialog, answers: PasswordAnswers) -> None:
        problem = password_problem(answers.new, answers.confirm)
        if problem:
            dialog.show_error(problem, dialog.new)
            return
        old, new = answers.old, answers.new
        self._jobs.run(
            dialog,
            lambda replica: replica.change_password(old, new),
            lambda: self._notify(_tr("Your password was changed.")),
        )


class UsersController(QObject):
    """The supervisor's users page."""

    def __init__(
        self,
        view: UsersView,
        model: UsersModel,
        session: SessionInfo,
        worker: Worker,
        errors: ErrorPresenter,
        vocabulary: Callable[[], Vocabulary],
        notify: Notify,
    ) -> None:
        super().__init__(view)
        self.view, self.model, self._session = view, model, session
        self._worker, self._errors, self._vocabulary = worker, errors, vocabulary
        self._jobs, self._notify = _DialogJobs(worker, errors), notify
        self.dialog: AddUserDialog | PasswordDialog | None = None
        self.confirm_box: QMessageBox | None = None
        view.add_requested.connect(self.add_user)
        view.reset_requested.connect(self.reset_password)
        view.remove_requested.connect(self.remove_user)

    def refresh(self) -> None:
        self._worker.run(lambda replica: tuple(replica.users()), self._show)

    def _show(self, users: tuple[SlotUser, ...]) -> None:
        self.model.set_rows(users)
        self.view.table.resizeColumnsToContents()

    def add_user(self) -> AddUserDialog:
        words = self._vocabulary()
        dialog = AddUserDialog([(code, words.role(code)) for code in ROLES], self.view.window())
        dialog.submitted.connect(lambda answers: self._add(dialog, answers))
        self.dialog = dialog
        dialog.open()
        dialog.username.setFocus()
        return dialog

    def _add(self, dialog: AddUserDialog, answers: UserAnswers) -> None:
        if not answers.username:
            dialog.show_error(_tr("Enter a user name."), dialog.username)
            return
        if not answers.display_name:
            dialog.show_error(_tr("Enter the user's full name."), dialog.display_name)
            return
        problem = password_problem(answers.password, answers.confirm)
        if problem:
            dialog.show_error(problem, dialog.password)
            return
        new = NewUser(answers.username, answers.display_name, answers.password, answers.role)
        self._jobs.run(dialog, lambda replica: replica.add_user(new), self._added)

    def _added(self) -> None:
        self._notify(_tr("The user was added."))
        self.refresh()

    def _selected(self, row: int) -> SlotUser | None:
        if 0 <= row < self.model.rowCount():
            return self.model.row_at(row)
        self._notify(_tr("Choose a user in the list first."))
        return None

    def reset_password(self, row: int) -> PasswordDialog | None:
        user = self._selected(row)
        if user is None:
            return None
        dialog = PasswordDialog(_tr("Reset password"), user.display_name, False, self.view.window())
        dialog.submitted.connect(lambda answers: self._reset(dialog, user, answers))
        self.dialog = dialog
        dialog.open()
        dialog.new.setFocus()
        return dialog

    def _reset(self, dialog: PasswordDialog, user: SlotUser, answers: PasswordAnswers) -> None:
        problem = password_problem(answers.new, answers.confirm)
        if problem:
            dialog.show_error(problem, dialog.new)
            return
        user_id, new = user.user_id, answers.new
        self._jobs.run(
            dialog,
            lambda replica: replica.reset_password(user_id, new),
            lambda: self._notify(_tr("The password was reset.")),
        )

    def remove_user(self, row: int) -> QMessageBox | None:
        user = self._selected(row)
        if user is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Remove user"),
            _tr("Remove %1? They will no longer be able to log in on this computer.").replace(
                "%1", user.display_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.view.window(),
        )
        box.setObjectName("removeUserConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda code: self._remove_answered(box, user, code))
        self.confirm_box = box
        box.open()
        return box

    def _remove_answered(self, box: QMessageBox, user: SlotUser, _code: int) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        user_id = user.user_id
        log.info("removing user %s", user_id)
        self._worker.run(lambda replica: replica.remove_user(user_id), lambda _r: self._removed())

    def _removed(self) -> None:
        self._notify(_tr("The user was removed."))
        self.refresh()
