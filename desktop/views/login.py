"""The login screen: user name, password, Enter logs in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop.i18n import keep_left_to_right
from desktop.views.common import MessageLabel, TextLabel, busy_bar, button, heading, line_edit

CARD_WIDTH = 460


def centred(card: QWidget) -> QHBoxLayout:
    """A layout that keeps `card` in the middle of a large window."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    return row


class LoginView(QWidget):
    """Layout of the login screen. Emits `submitted(username, password)`."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginView")
        self.username = line_edit("loginUsername", self.tr("User name"))
        self.password = line_edit("loginPassword", self.tr("Password"), password=True)
        keep_left_to_right(self.username, self.password)  # Latin user names, typed passwords
        self.login_button = button("loginButton", self.tr("Log in"), default=True)
        self.message = MessageLabel("loginMessage")
        self.busy = busy_bar("loginBusy")
        self.subtitle = TextLabel(self.tr("Log in with your own user name and password."))
        self.subtitle.setWordWrap(True)
        self._layout()
        self.username.returnPressed.connect(self._username_entered)
        self.password.returnPressed.connect(self._submit)
        self.login_button.clicked.connect(self._submit)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)

    def _layout(self) -> None:
        card = QWidget()
        card.setObjectName("loginCard")
        card.setFixedWidth(CARD_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        box = QVBoxLayout(card)
        box.addWidget(heading(self.tr("OneStop"), "loginHeading", 2.0))
        box.addWidget(self.subtitle)
        box.addSpacing(12)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.busy)
        box.addWidget(self.login_button, alignment=Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card))
        outer.addStretch(2)

    def _username_entered(self) -> None:
        if self.password.text():
            self._submit()
        else:
            self.password.setFocus()

    def _submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        self.submitted.emit(self.username.text().strip(), self.password.text())

    # -- what the controller drives ------------------------------------------------------------

    def reset(self) -> None:
        self.password.clear()
        self.message.clear_message()
        self.set_busy(False)
        self.username.setFocus()
        self.username.selectAll()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.username, self.password, self.login_button):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.message.show_message(text, "error")
        self.password.setFocus()
        self.password.selectAll()
