"""The app's settings, declared as data and stored with QSettings (never pickled).

Each `Setting` names its key, its default and how a stored value is read back; `Settings`
offers typed getters over one `QSettings` object. Tests pass a `QSettings` on a temporary
file, so they never touch the user's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import platformdirs
from PySide6.QtCore import QSettings

ORGANISATION = "OneStop"
APPLICATION = "OneStop"
LANGUAGES = ("en", "ur", "km")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored setting: where it lives, what it is when unset, how to read it back."""

    key: str
    default: T
    read: Callable[[object], T]


def _language(value: object) -> str:
    text = str(value)
    if text not in LANGUAGES:
        raise ValueError(text)
    return text


def _idle_minutes(value: object) -> int:
    minutes = int(str(value))
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise ValueError(minutes)
    return minutes


def _optional_path(value: object) -> Path | None:
    text = str(value or "").strip()
    return Path(text) if text else None


LANGUAGE = Setting("ui/language", "en", _language)
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 5, _idle_minutes)
DATA_DIR = Setting[Path | None]("storage/data_dir", None, _optional_path)
LOG_DIR = Setting[Path | None]("storage/log_dir", None, _optional_path)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APPLICATION, appauthor=False))


class Settings:
    """Typed access to the stored settings; an unreadable value falls back to the default."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> Settings:
        return cls(
            QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        )

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            return setting.read(raw)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        setting.read("" if value is None else value)  # refuse values we could not read back
        self._store.setValue(setting.key, "" if value is None else str(value))
        self._store.sync()

    @property
    def language(self) -> str:
        return self.get(LANGUAGE)

    @property
    def idle_lock_minutes(self) -> int:
        return self.get(IDLE_LOCK_MINUTES)

    @property
    def data_dir(self) -> Path:
        return self.get(DATA_DIR) or default_data_dir()

    @property
    def log_dir(self) -> Path | None:
        return self.get(LOG_DIR)
