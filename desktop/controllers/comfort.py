"""Language, text size and contrast: chosen from the menus, remembered in the settings.

The language is one setting for the device; text size and contrast belong to each user (the
clerk with poor eyesight keeps large text, the next clerk does not). Before anyone logs in
the device's own choice applies. A change rebuilds the screens so every text and font is
read anew; the session, the page and what was typed stay.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication

from desktop.controllers.app import AppController
from desktop.i18n import STYLES_DIR, Language
from desktop.settings import (
    LANGUAGE,
    MAX_FONT_STEP,
    MIN_FONT_STEP,
    Settings,
    font_step_setting,
    high_contrast_setting,
)
from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

STEP = 0.1  # each Ctrl++ makes text 10 % larger


def style_sheet(high_contrast: bool, folder: Path = STYLES_DIR) -> str:
    names = ["base.qss"] + (["high_contrast.qss"] if high_contrast else [])
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in names)


class ComfortController(QObject):
    """Menus of the window → language, text size, theme of the application. GUI thread."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        language: Language,
        settings: Settings,
        controller: AppController,
    ) -> None:
        super().__init__()
        self._app, self._window, self._language = app, window, language
        self._settings, self._controller = settings, controller
        self._base_size = app.font().pointSizeF()
        self.user = ""
        self.font_step = 0
        self.high_contrast = False
        window.language_actions.triggered.connect(self._language_chosen)
        window.larger_action.triggered.connect(lambda: self.set_font_step(self.font_step + 1))
        window.smaller_action.triggered.connect(lambda: self.set_font_step(self.font_step - 1))
        window.normal_size_action.triggered.connect(lambda: self.set_font_step(0))
        window.contrast_action.toggled.connect(self.set_high_contrast)
        controller.session_starting.connect(self.for_user)
        controller.session_ended.connect(lambda: self.for_user("", rebuild=True))
        window.check_language(language.code)
        self.for_user("")

    def reset(self) -> None:
        """Give the application back its normal font and no style sheet (tests, shutdown)."""
        self.font_step, self.high_contrast = 0, False
        self._apply_font()
        self._app.setStyleSheet("")

    # -- language -------------------------------------------------------------------------------

    def _language_chosen(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def set_language(self, code: str) -> None:
        if code == self._language.code:
            return
        log.info("interface language: %s", code)
        self._language.apply(code)
        self._apply_font()
        self._settings.set(LANGUAGE, self._language.code)
        self._window.check_language(self._language.code)
        self._window.retranslate()
        self._controller.rebuild(self._language.code)

    # -- text size and contrast, per user ---------------------------------------------------------

    def for_user(self, user: str, *, rebuild: bool = False) -> None:
        """Take `user`'s text size and contrast (before their workspace is built)."""
        self.user = user
        self.font_step = self._settings.get(font_step_setting(user))
        self.high_contrast = self._settings.get(high_contrast_setting(user))
        self._window.contrast_action.blockSignals(True)
        self._window.contrast_action.setChecked(self.high_contrast)
        self._window.contrast_action.blockSignals(False)
        self._apply_font()
        self._apply_theme()
        if rebuild:
            self._controller.rebuild(self._language.code)

    def set_font_step(self, step: int) -> None:
        step = max(MIN_FONT_STEP, min(MAX_FONT_STEP, step))
        if step == self.font_step:
            return
        self.font_step = step
        self._settings.set(font_step_setting(self.user), step)
        self._apply_font()
        self._controller.rebuild(self._language.code)

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._settings.set(high_contrast_setting(self.user), on)
        self._apply_theme()

    def _apply_font(self) -> None:
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_size * (1 + STEP * self.font_step))
        self._app.setFont(font)

    def _apply_theme(self) -> None:
        self._app.setStyleSheet(style_sheet(self.high_contrast))
