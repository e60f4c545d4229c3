"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

INLINE_STYLE = {
    "error": "color: #8a1c1c; background: #fdecea; border: 1px solid #f5c2c0;",
    "info": "color: #0b3d66; background: #e8f1fb; border: 1px solid #bcd6f2;",
    "ok": "color: #1d5b2a; background: #e9f6ec; border: 1px solid #b9e2c2;",
}


def start_aligned(label: QLabel) -> QLabel:
    """Align `label` to the start of the reading direction of the *interface*.

    Qt aligns a label by the direction of its text, so an English name (or a text not yet
    translated) would hug the left edge of an Urdu screen.
    """
    side = Qt.AlignmentFlag.AlignLeft
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        side = Qt.AlignmentFlag.AlignRight
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
    return label


class TextLabel(QLabel):
    """A label aligned to the start of the interface's reading direction (see above)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        start_aligned(self)


def line_edit(name: str, accessible: str, *, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def button(name: str, text: str, *, default: bool = False) -> QPushButton:
    push = QPushButton(text)
    push.setObjectName(name)
    push.setAccessibleName(text.replace("&", ""))
    push.setAutoDefault(True)
    push.setDefault(default)
    return push


def heading(text: str, name: str = "heading", scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return start_aligned(label)


def busy_bar(name: str = "busy") -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, 0)  # indeterminate: key derivation cannot report progress
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setVisible(False)
    return bar


class MessageLabel(QLabel):
    """A calm inline message under a form: error, information or success."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        start_aligned(self)

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(f"QLabel {{ {INLINE_STYLE[kind]} padding: 8px; border-radius: 4px; }}")
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.setVisible(False)
