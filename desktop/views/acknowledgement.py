"""After an application: its reference and QR code, with Print and Save as PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import isolate
from desktop.views.common import MessageLabel, TextLabel, button, heading


class AcknowledgementDialog(QDialog):
    """Layout of the dialog. Emits `print_requested` (button or Ctrl+P) and
    `save_requested`; Close (or Esc) closes it."""

    print_requested = Signal()
    save_requested = Signal()

    def __init__(
        self, reference: str, summary: str, code: QImage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgementDialog")
        self.setWindowTitle(self.tr("Application recorded"))
        self.setAccessibleName(self.tr("Application recorded"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.reference = QLabel(reference)
        self.reference.setObjectName("acknowledgementReference")
        self.reference.setAccessibleName(self.tr("Application reference"))
        self.reference.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.reference.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.reference.setFont(font)
        self.summary = TextLabel(summary)
        self.summary.setObjectName("acknowledgementSummary")
        self.summary.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("acknowledgementCode")
        self.code.setPixmap(QPixmap.fromImage(code))
        self.code.setAccessibleName(self.tr("QR code of the application"))
        self.message = MessageLabel("acknowledgementMessage")
        self.print_button = button("acknowledgementPrint", self.tr("&Print the slip… (Ctrl+P)"))
        self.save_button = button("acknowledgementSave", isolate(self.tr("Save as P&DF…")))
        self.close_button = button("acknowledgementClose", self.tr("&Close"), default=True)
        self._layout()
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.accept)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.activated.connect(self.print_requested)

    def _layout(self) -> None:
        text = QVBoxLayout()
        text.addWidget(heading(self.tr("The application was recorded"), "acknowledgementHeading"))
        text.addWidget(TextLabel(self.tr("Reference:")))
        text.addWidget(self.reference)
        text.addWidget(self.summary)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(text, 1)
        top.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addLayout(buttons)
        self.setMinimumWidth(560)
