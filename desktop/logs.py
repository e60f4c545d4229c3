"""Logging for the desktop app: one rotating file in the platform's log folder.

Rule for every module: `log = logging.getLogger(__name__)`, and log ids only. Never names,
identity document numbers, phone numbers or what a clerk typed into the search box.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

APP_NAME = "OneStop"
LOG_FILE = "onestop.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger(__name__)
_qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class _OurHandler(RotatingFileHandler):
    """Marks the handler this module installed, so a second setup replaces it."""


def setup_logging(
    log_dir: Path | None = None, level: int = logging.INFO, *, capture_qt: bool = True
) -> Path:
    """Send every logger (and, with `capture_qt`, Qt's own messages) to a rotating file in
    `log_dir`; returns the file's path."""
    directory = log_dir or default_log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _OurHandler)]:
        root.removeHandler(old)
        old.close()
    handler = _OurHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    if capture_qt:
        qInstallMessageHandler(_qt_message)
    log.info("logging to %s", path)
    return path


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def stop_logging() -> None:
    """Remove the file handler `setup_logging` installed (tests, and a clean exit)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _OurHandler)]:
        root.removeHandler(old)
        old.close()
