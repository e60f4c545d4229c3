"""The lock screen: the current user's password unlocks; "Log out" returns to login."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop.views.common import MessageLabel, TextLabel, busy_bar, button, heading, line_edit
from desktop.views.login import CARD_WIDTH, centred


class LockView(QWidget):
    """Layout of the lock screen. Emits `unlock_requested(password)` and `log_out_requested`."""

    unlock_requested = Signal(str)
    log_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockView")
        self.who = TextLabel()
        self.who.setObjectName("lockUser")
        self.who.setWordWrap(True)
        self.password = line_edit("lockPassword", self.tr("Password"), password=True)
        self.unlock_button = button("lockUnlock", self.tr("&Unlock"), default=True)
        self.log_out_button = button("lockLogOut", self.tr("Log &out"))
        self.message = MessageLabel("lockMessage")
        self.busy = busy_bar("lockBusy")
        card = QWidget()
        card.setFixedWidth(CARD_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box = QVBoxLayout(card)
        box.addWidget(heading(self.tr("OneStop is locked"), "lockHeading", 1.8))
        box.addWidget(self.who)
        box.addSpacing(8)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.busy)
        box.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card))
        outer.addStretch(2)
        self.password.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.log_out_button.clicked.connect(self.log_out_requested)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.log_out_button)

    def _unlock(self) -> None:
        if self.unlock_button.isEnabled():
            self.unlock_requested.emit(self.password.text())

    def prepare(self, display_name: str) -> None:
        self.who.setText(
            self.tr(
                "The screen was locked because nobody used it for a while. %1, enter your "
                "password to continue where you were."
            ).replace("%1", display_name)
        )
        self.password.clear()
        self.message.clear_message()
        self.set_busy(False)
        self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.message.show_message(text, "error")
        self.password.setFocus()
        self.password.selectAll()
