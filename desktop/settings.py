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
CATALOGS = ("pk", "kh")
SLIP_PAPERS = ("A5", "A4")
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120
MIN_STALE_DAYS, MAX_STALE_DAYS = 1, 365

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


def _stale_days(value: object) -> int:
    days = int(str(value))
    if not MIN_STALE_DAYS <= days <= MAX_STALE_DAYS:
        raise ValueError(days)
    return days


def _optional_catalog(value: object) -> str | None:
    text = str(value or "").strip().lower()
    if text and text not in CATALOGS:
        raise ValueError(text)
    return text or None


def _slip_paper(value: object) -> str:
    text = str(value).strip().upper()
    if text not in SLIP_PAPERS:
        raise ValueError(text)
    return text


def _optional_path(value: object) -> Path | None:
    text = str(value or "").strip()
    return Path(text) if text else None


LANGUAGE = Setting("ui/language", "en", _language)
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 5, _idle_minutes)
DATA_DIR = Setting[Path | None]("storage/data_dir", None, _optional_path)
LOG_DIR = Setting[Path | None]("storage/log_dir", None, _optional_path)
# None: the catalog of the device's country (known once the cache is open).
CATALOG = Setting[str | None]("entitlements/catalog", None, _optional_catalog)
ENTITLEMENTS_STALE_DAYS = Setting("entitlements/stale_days", 7, _stale_days)
SLIP_PAPER = Setting("printing/slip_paper", "A5", _slip_paper)


MIN_FONT_STEP, MAX_FONT_STEP = -3, 8


def _font_step(value: object) -> int:
    step = int(str(value))
    if not MIN_FONT_STEP <= step <= MAX_FONT_STEP:
        raise ValueError(step)
    return step


def _flag(value: object) -> bool:
    text = str(value).strip().lower()
    if text not in {"true", "false", "1", "0"}:
        raise ValueError(text)
    return text in {"true", "1"}


def _user_key(user: str) -> str:
    """A settings group for one user ("" before anyone logs in): letters and digits only."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in user.casefold())
    return f"users/{safe or '_device'}"


def font_step_setting(user: str) -> Setting[int]:
    """Text size for `user`: steps of 10 % above or below the normal size (Ctrl +/-)."""
    return Setting(f"{_user_key(user)}/font_step", 0, _font_step)


def high_contrast_setting(user: str) -> Setting[bool]:
    return Setting(f"{_user_key(user)}/high_contrast", False, _flag)


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

    @property
    def catalog(self) -> str | None:
        """The scheme catalog chosen here, or None for the device country's own."""
        return self.get(CATALOG)

    @property
    def entitlements_stale_days(self) -> int:
        """After this many days without a sync, the entitlements panel warns."""
        return self.get(ENTITLEMENTS_STALE_DAYS)

    @property
    def slip_paper(self) -> str:
        return self.get(SLIP_PAPER)
