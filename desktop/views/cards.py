"""Cards at the counter: the banner a scanned card leaves, and the dialog that prints a card.

Layout only: the words come from `desktop.controllers.card_scan` and `desktop.controllers.cards`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import isolate
from desktop.views.common import MessageLabel, TextLabel, button, heading

BannerKind = Literal["ok", "warning", "info"]
CardLayout = Literal["card", "sheet"]

BANNER_STYLE: Mapping[str, tuple[str, str, str]] = {  # text, background, border
    "ok": ("#1d5b2a", "#e9f6ec", "#4f9a5f"),
    "warning": ("#8a1c1c", "#fdecea", "#c94a43"),
    "info": ("#0b3d66", "#e8f1fb", "#7aa7d6"),
}
BANNER_MARK = {"ok": "✔", "warning": "⚠", "info": "ⓘ"}


class CardBanner(QFrame):
    """A coloured band saying what a scanned card is: verified (green) or why it must not be
    taken at face value (red). Hidden until `show_banner`."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.kind: BannerKind | None = None
        self.mark = QLabel()
        self.mark.setObjectName(f"{name}Mark")
        font = self.mark.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.mark.setFont(font)
        self.title = heading("", f"{name}Title", 1.2)
        self.text = TextLabel()
        self.text.setObjectName(f"{name}Text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self.setVisible(False)

    def show_banner(self, kind: BannerKind, title: str, text: str) -> None:
        ink, background, border = BANNER_STYLE[kind]
        name = self.objectName()
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 6px; }}"
            f" QFrame#{name} QLabel {{ color: {ink}; background: transparent; border: none; }}"
        )
        self.kind = kind
        self.mark.setText(BANNER_MARK[kind])
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.setVisible(True)

    def clear_banner(self) -> None:
        self.kind = None
        self.title.clear()
        self.text.clear()
        self.setVisible(False)


class CardPrintDialog(QDialog):
    """Layout of the print dialog of one card: a preview, the layout (a card on its own page
    or on an A4 sheet), the card's language, then Print… (Ctrl+P), Save as PDF… or Close.
    Emits `print_requested`, `save_requested` and `language_changed(code)`."""

    print_requested = Signal()
    save_requested = Signal()
    language_changed = Signal(str)

    def __init__(
        self,
        summary: str,
        languages: Mapping[str, str],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardPrintDialog")
        self.setWindowTitle(self.tr("Print the card"))
        self.setAccessibleName(self.tr("Print the card"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.summary = TextLabel(summary)
        self.summary.setObjectName("cardPrintSummary")
        self.summary.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("cardPreview")
        self.preview.setAccessibleName(self.tr("Preview of the card"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.one_card = QRadioButton(self.tr("One card on its own page (card printer)"))
        self.one_card.setObjectName("cardLayoutCard")
        self.one_card.setAccessibleName(self.one_card.text())
        self.sheet = QRadioButton(self.tr("On an A4 sheet with cut marks (office printer)"))
        self.sheet.setObjectName("cardLayoutSheet")
        self.sheet.setAccessibleName(self.sheet.text())
        self.one_card.setChecked(True)
        self._layouts = QButtonGroup(self)
        self._layouts.addButton(self.one_card)
        self._layouts.addButton(self.sheet)
        self.language = QComboBox()
        self.language.setObjectName("cardLanguage")
        self.language.setAccessibleName(self.tr("Language of the card"))
        for code, name in languages.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.message = MessageLabel("cardPrintMessage")
        self.print_button = button("cardPrint", self.tr("&Print… (Ctrl+P)"), default=True)
        self.save_button = button("cardSave", isolate(self.tr("Save as P&DF…")))
        self.close_button = button("cardClose", self.tr("&Close"))
        self._layout()
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.close_button.clicked.connect(self.accept)
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_changed.emit(self.chosen_language())
        )
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.activated.connect(self.print_requested)

    def _layout(self) -> None:
        choices = QFormLayout()
        layouts = QVBoxLayout()
        layouts.addWidget(self.one_card)
        layouts.addWidget(self.sheet)
        choices.addRow(self.tr("Layout"), layouts)
        choices.addRow(self.tr("Language of the card"), self.language)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("The card is ready to print"), "cardPrintHeading"))
        column.addWidget(self.summary)
        column.addWidget(self.preview)
        column.addLayout(choices)
        column.addWidget(self.message)
        column.addLayout(buttons)
        self.setTabOrder(self.one_card, self.sheet)
        self.setTabOrder(self.sheet, self.language)
        self.setTabOrder(self.language, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self.setMinimumWidth(600)

    def set_preview(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image))

    def chosen_layout(self) -> CardLayout:
        return "sheet" if self.sheet.isChecked() else "card"

    def chosen_language(self) -> str:
        return str(self.language.currentData())
