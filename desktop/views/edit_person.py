"""The edit page of one person: the person form, Save (Ctrl+S) and Cancel (Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.views.common import MessageLabel, TextLabel, busy_bar, button, heading


class EditPersonView(QWidget):
    """Layout around a form widget. Emits `save_requested` (button or Ctrl+S) and
    `cancel_requested` (button or Esc)."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editPersonView")
        self.form = form
        self.heading = heading(self.tr("Edit a record"), "editHeading")
        self.heading.setAccessibleName(self.tr("Edit a record"))
        self.hint = TextLabel(
            self.tr(
                "Correct or complete the answers, then save. Entitlements are checked again "
                "as soon as the record is saved."
            )
        )
        self.hint.setWordWrap(True)
        self.message = MessageLabel("editMessage")
        self.busy = busy_bar("editBusy")
        self.save_button = button("editSave", self.tr("&Save (Ctrl+S)"))
        self.cancel_button = button("editCancel", self.tr("Cancel (Esc)"))
        self._layout()
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_shortcut = self._shortcut(QKeySequence.StandardKey.Save, self.save_requested)
        self.cancel_shortcut = self._shortcut(
            QKeySequence(Qt.Key.Key_Escape), self.cancel_requested
        )

    def _shortcut(
        self, keys: QKeySequence | QKeySequence.StandardKey, signal: SignalInstance
    ) -> QShortcut:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(signal)
        return shortcut

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.form, 1)  # the form scrolls itself
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setTabOrder(self.form, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.save_button)

    def set_title(self, name: str) -> None:
        self.heading.setText(self.tr("Edit: %1").replace("%1", name))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.save_shortcut.setEnabled(not busy)
