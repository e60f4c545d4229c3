"""The register page: the household form, Save (Ctrl+S) and Clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.views.common import MessageLabel, TextLabel, busy_bar, button, heading


class RegisterView(QWidget):
    """Layout around a form widget. Emits `save_requested` (button or Ctrl+S) and
    `clear_requested`."""

    save_requested = Signal()
    clear_requested = Signal()

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self.form = form
        self.save_button = button("registerSave", self.tr("&Save (Ctrl+S)"))
        self.clear_button = button("registerClear", self.tr("C&lear the form"))
        self.message = MessageLabel("registerMessage")
        self.busy = busy_bar("registerBusy")
        self.hint = TextLabel(
            self.tr(
                "Fill in where the household lives and each member, the head first. "
                "Possible duplicates are shown before anything is saved."
            )
        )
        self.hint.setWordWrap(True)
        self._layout()
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save_requested)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Register a household"), "registerHeading"))
        layout.addWidget(self.hint)
        layout.addWidget(self.form, 1)  # the form scrolls itself
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setTabOrder(self.form, self.clear_button)
        self.setTabOrder(self.clear_button, self.save_button)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.clear_button.setEnabled(not busy)
        self.save_shortcut.setEnabled(not busy)
