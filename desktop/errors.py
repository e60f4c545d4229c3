"""What the clerk sees when something fails: known errors calmly, bugs through one dialog.

A `ReplicaError` is an environmental failure the clerk can act on (wrong password, disk full,
locked cache): it is shown with its own `user_message`, translated, its values filled in the
clerk's language (`user_text`). Anything else is a bug: the traceback goes to the log file
and the clerk sees a short apology naming that file, never a traceback.

Exception *messages* of bugs can carry data (a `KeyError` holds the missing key, a
`ValueError` the bad value), so the log keeps the stack and the exception type, and the
message only for exception types whose text comes from code, not from data.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.i18n import isolate, ltr
from desktop.locale_format import LocaleFormat
from sync.replica.errors import ReplicaError, Term, Value, fill_template

log = logging.getLogger(__name__)

CONTEXT = "Errors"
_MESSAGE_IS_CODE: tuple[type[BaseException], ...] = (
    ReplicaError,  # its messages are written to hold no personal data
    AttributeError,
    NameError,
    ImportError,
    NotImplementedError,
    RecursionError,
)


def describe_for_log(error: BaseException) -> str:
    """The stack of `error`, with its message only where the message cannot hold data."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    name = type(error).__qualname__
    if isinstance(error, _MESSAGE_IS_CODE):
        head = f"{name}: {error}"
    else:
        head = f"{name} (message not logged: it may hold personal data)"
    cause = error.__cause__ or error.__context__
    tail = f"\nCaused by {type(cause).__qualname__}" if cause is not None else ""
    return f"{head}\n{frames}{tail}"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


TermWords = Callable[[tuple[Term, ...]], Sequence[str]]


def user_text(error: ReplicaError, words: TermWords | None = None) -> str:
    """The clerk's sentence for a known error in the interface language.

    Its template is translated (context "Errors"; English when no translation exists), then
    each `{placeholder}` gets its value: numbers the language's way, `Term`s in the
    language's words (by `words` when the caller knows the catalog and forms, else by the
    term's own labels), lists joined the language's way, codes as they are, left to right.
    """
    formats = LocaleFormat.current()
    values = {name: _value(v, formats, words) for name, v in error.user_args.items()}
    return fill_template(_tr(error.user_message), values)


def _value(value: Value, formats: LocaleFormat, words: TermWords | None) -> str:
    if isinstance(value, Term):
        value = (value,)
    if isinstance(value, tuple):
        named = words(value) if words else [_term(term, formats.language) for term in value]
        return formats.join([isolate(name) for name in named])
    if isinstance(value, int):
        return formats.integer(value)
    if isinstance(value, float | Decimal):
        return formats.number(value)
    return ltr(value)


def _term(term: Term, language: str) -> str:
    return term.labels.get(language) or term.labels.get("en") or term.key


SHOWN_NUMBER = "onestopShownNumber"


class ErrorPresenter(QObject):
    """Shows failures to the clerk. GUI thread only; dialogs are window-modal, never `exec`.

    `parent` gives the window to attach dialogs to. The last dialog shown is kept in
    `last_dialog` (tests read and close it).
    """

    shown = Signal(QMessageBox)

    def __init__(self, log_file: Path | None, parent: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self.log_file = log_file
        self._parent = parent
        self.last_dialog: QMessageBox | None = None
        self._shown_count = 0

    def report(self, error: BaseException) -> None:
        """The default failure path of every background job."""
        self.show(error)

    def show(self, error: BaseException) -> QMessageBox:
        if isinstance(error, ReplicaError):
            return self.show_known(error)
        return self.show_crash(error)

    def show_known(self, error: ReplicaError, title: str | None = None) -> QMessageBox:
        log.info("known error shown: %s", type(error).__name__)
        return self.message(
            QMessageBox.Icon.Warning, title or _tr("Could not finish"), user_text(error)
        )

    def show_crash(self, error: BaseException) -> QMessageBox:
        log.error("unexpected error\n%s", describe_for_log(error))
        where = str(self.log_file) if self.log_file else _tr("the OneStop log file")
        text = _tr(
            "Sorry, OneStop met an unexpected problem and could not finish this step. "
            "Anything saved before is safe. Please tell your supervisor; the details were "
            "written to:"
        )
        box = self.message(QMessageBox.Icon.Critical, _tr("Unexpected problem"), text)
        box.setInformativeText(where)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    def message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent())
        box.setObjectName("errorMessage")
        box.setAccessibleName(title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_dialog = box
        self._shown_count += 1
        # Numbered, so an earlier box deleted late does not make us forget a newer one.
        box.setProperty(SHOWN_NUMBER, self._shown_count)
        box.destroyed.connect(self._forget)
        self.shown.emit(box)
        return box

    def _forget(self, gone: QObject | None = None) -> None:
        number = gone.property(SHOWN_NUMBER) if gone is not None else None
        if number is None or number == self._shown_count:
            self.last_dialog = None


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(presenter: ErrorPresenter) -> Callable[[], None]:
    """Route uncaught exceptions (GUI thread and others) to the crash dialog.

    Returns a function that puts the previous hooks back.
    """
    previous_sys, previous_threading = sys.excepthook, threading.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_sys(kind, error, tb)
            return
        error.__traceback__ = tb
        if (
            QApplication.instance() is None
            or threading.current_thread() is not threading.main_thread()
        ):
            log.error("unexpected error\n%s", describe_for_log(error))
            return
        presenter.show(error)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            args.exc_value.__traceback__ = args.exc_traceback
            log.error("unexpected error in a thread\n%s", describe_for_log(args.exc_value))

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_threading

    return restore
