"""Languages of the interface: translations, layout direction, fonts, left-to-right islands.

Urdu is right-to-left. Numbers the clerk reads out or compares (identity documents, phones,
registry numbers, references, amounts) stay left-to-right inside it: editors get an explicit
direction and displayed values are wrapped in a Unicode left-to-right isolate. Dates carry
the language's month names (`desktop.locale_format`) and sit in an isolate of their own
direction, so an Urdu date reads day, month, year from the right.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.locale_format import locale_for

log = logging.getLogger(__name__)

LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "ur": "اردو", "km": "ខ្មែរ"}
RIGHT_TO_LEFT = frozenset({"ur"})
SHIPPED = ("ur", "km")  # languages with a translation file (English is the source)


def _root() -> Path:
    """The repository (or the frozen app's unpacked folder) that holds `resources/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[1]


PACKAGE_ROOT = _root()
RESOURCES = PACKAGE_ROOT / "resources"
I18N_DIR = RESOURCES / "i18n"
FONTS_DIR = RESOURCES / "fonts"
STYLES_DIR = RESOURCES / "styles"
# Urdu first in Urdu so its digits and punctuation come from the Naskh font too.
FONT_FAMILIES: Mapping[str, tuple[str, ...]] = {
    "en": ("Noto Sans", "Noto Naskh Arabic", "Noto Sans Khmer"),
    "ur": ("Noto Naskh Arabic", "Noto Sans", "Noto Sans Khmer"),
    "km": ("Noto Sans Khmer", "Noto Sans", "Noto Naskh Arabic"),
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


def qt_tool(name: str) -> Path:
    """A Qt tool shipped in the PySide6 wheel (lrelease, lupdate)."""
    from PySide6 import QtCore  # noqa: PLC0415 - the wheel's folder, not a new import

    return Path(QtCore.__file__).resolve().parent / name


def _stale(ts: Path, qm: Path) -> bool:
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def compile_translations(source_dir: Path, out_dir: Path, *, force: bool = False) -> list[Path]:
    """Compile each `onestop_*.ts` in `source_dir` to a .qm in `out_dir` when it is missing or
    older than its source (always with `force`); returns the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ts in sorted(source_dir.glob("onestop_*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        if force or _stale(ts, qm):
            subprocess.run(
                [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
            )
            written.append(qm)
    return written


def compiled_translations(source_dir: Path = I18N_DIR) -> Path:
    """The folder with up-to-date .qm files: next to the sources, or (read-only install) in
    the user's cache folder. Compiles lazily, so a fresh clone needs no build step."""
    for folder in (source_dir, Path(platformdirs.user_cache_dir("OneStop")) / "i18n"):
        try:
            compile_translations(source_dir, folder)
        except (OSError, subprocess.CalledProcessError) as error:
            log.warning("translations not compiled in %s: %s", folder, type(error).__name__)
            continue
        return folder
    return source_dir


_fonts_loaded: list[str] = []


def load_fonts(folder: Path = FONTS_DIR) -> list[str]:
    """Register the bundled fonts once per process; returns the families they provide."""
    if not _fonts_loaded:
        for path in sorted(folder.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("font %s could not be loaded", path.name)
                continue
            _fonts_loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_fonts_loaded))


class Language:
    """Applies one interface language to the application: direction, font, translator."""

    def __init__(self, app: QGuiApplication, translations_dir: Path | None = None) -> None:
        self._app = app
        self._source_dir = translations_dir
        self._dir: Path | None = None
        self._translator: QTranslator | None = None
        self.code = "en"
        load_fonts()

    def apply(self, code: str) -> None:
        self.code = code if code in LANGUAGE_NAMES else "en"
        self._app.setLayoutDirection(direction(self.code))
        QLocale.setDefault(locale_for(self.code))  # dates and numbers: desktop.locale_format
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
        if self._dir is None:
            self._dir = compiled_translations(self._source_dir or I18N_DIR)
        translator = QTranslator()
        if translator.load(f"onestop_{self.code}", str(self._dir)):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        else:
            log.info("no translation file for %s; showing English", self.code)
