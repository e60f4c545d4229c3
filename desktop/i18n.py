"""Languages of the interface: translations, layout direction, fonts, left-to-right islands.

Urdu is right-to-left. Numbers the clerk reads out or compares (identity documents, phones,
dates, registry numbers) stay left-to-right inside it: editors get an explicit direction and
displayed values are wrapped in a Unicode left-to-right isolate.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "ur": "اردو", "km": "ខ្មែរ"}
RIGHT_TO_LEFT = frozenset({"ur"})
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
FONT_FAMILIES: Mapping[str, tuple[str, ...]] = {
    "en": ("Noto Sans", "Noto Naskh Arabic UI", "Noto Sans Khmer UI"),
    "ur": ("Noto Sans", "Noto Naskh Arabic UI", "Noto Sans Khmer UI"),
    "km": ("Noto Sans", "Noto Sans Khmer UI", "Noto Naskh Arabic UI"),
}
LOCALES: Mapping[str, QLocale.Language] = {
    "en": QLocale.Language.English,
    "ur": QLocale.Language.Urdu,
    "km": QLocale.Language.Khmer,
}
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def direction(language: str) -> Qt.LayoutDirection:
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def ltr(text: str | None) -> str:
    """`text` as a left-to-right island (for IDs, phones, dates inside right-to-left text)."""
    return f"{LRI}{text}{PDI}" if text else ""


def isolate(text: str | None) -> str:
    """`text` in its own direction, without turning the surrounding line around."""
    return f"{FSI}{text}{PDI}" if text else ""


def plain(text: str) -> str:
    """`text` without the direction marks `ltr` and `isolate` add."""
    return text.replace(LRI, "").replace(FSI, "").replace(PDI, "")


def keep_left_to_right(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


class Language:
    """Applies one interface language to the application: direction, font, translator."""

    def __init__(self, app: QGuiApplication, translations_dir: Path = TRANSLATIONS_DIR) -> None:
        self._app = app
        self._dir = translations_dir
        self._translator: QTranslator | None = None
        self.code = "en"

    def apply(self, code: str) -> None:
        self.code = code if code in LANGUAGE_NAMES else "en"
        self._app.setLayoutDirection(direction(self.code))
        QLocale.setDefault(QLocale(LOCALES[self.code]))
        font = QFont(self._app.font())
        font.setFamilies(list(FONT_FAMILIES[self.code]))
        self._app.setFont(font)
        self._install_translator()

    def _install_translator(self) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if self.code == "en":
            return
        translator = QTranslator()
        if translator.load(f"onestop_{self.code}", str(self._dir)):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        else:
            log.info("no translation file for %s; showing English", self.code)
