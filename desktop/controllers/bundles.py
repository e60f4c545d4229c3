"""USB bundles at the counter: a field laptop exports its pending changes to a file, an online
counter relays such a file to the registry and saves the results next to it, and the laptop
imports the results.

Threads: export and import touch the cache, so they run on the database thread; reading a
bundle file, relaying it and writing the results run on the network pool. The GUI thread only
opens file dialogs and shows what happened. Refusals (a truncated, tampered or foreign file)
are the sync layer's `BundleFileRefused`; its reason is worded here so it is translated.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import CONTEXT as ERRORS_CONTEXT
from desktop.errors import ErrorPresenter, user_text
from desktop.locale_format import translate
from desktop.session import SessionInfo
from desktop.views.card_actions import CardActions
from desktop.worker import Worker
from forms.roles import Action, allowed
from sync import bundle
from sync.bundle import MAX_BUNDLE_BYTES, BundleRefused
from sync.client import state
from sync.client.bundles import (
    BUNDLE_SUFFIX,
    BundleFileRefused,
    ExportSummary,
    ImportSummary,
    export_changes,
    import_results,
    relay,
)
from sync.client.supervision import Supervision
from sync.replica.cache import Replica
from sync.replica.errors import ReplicaError, fill_template

log = logging.getLogger(__name__)

CONTEXT = "Bundles"
RESULTS_SUFFIX = ".results" + BUNDLE_SUFFIX

# The reasons of `BundleFileRefused`, worded here so they are translated with the app.
REFUSALS = {
    "not_a_bundle": "it is not a OneStop bundle.",
    "truncated": "it is incomplete (the copy was cut short).",
    "too_large": "it is larger than any bundle can be.",
    "tampered": "its contents were changed after it was made.",
    "unknown_sender": "it was not made by a computer this one knows.",
    "wrong_recipient": "it was made for another computer.",
    "damaged": "its contents are damaged.",
    "not_for_this_device": "it holds results for another computer.",
    "device_revoked": "the computer that made it is no longer allowed to send changes.",
    "wrong_district": "it comes from another district.",
}


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


class BundleNotRead(OSError):
    """The chosen bundle file could not be read."""


class ResultsNotSaved(OSError):
    """The registry answered, but the results file could not be written next to the bundle."""


def results_path(original: Path) -> Path:
    """`X.onestop-bundle` → `X.results.onestop-bundle`, in the same folder."""
    name = original.name
    stem = name[: -len(BUNDLE_SUFFIX)] if name.endswith(BUNDLE_SUFFIX) else original.stem
    return original.with_name(stem + RESULTS_SUFFIX)


def read_bundle(path: Path) -> bytes:
    """At most one byte more than a bundle may hold (a larger file is refused as such)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as error:
        raise BundleNotRead("the bundle file could not be read") from error


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as error:
        raise ResultsNotSaved("the results file could not be written") from error


@dataclass(frozen=True)
class Relayed:
    results: Path
    count: int  # changes the bundle carried


def relay_file(link: Supervision, path: Path) -> Relayed:
    """Network pool: pass the bundle at `path` to the registry and save its results bundle
    next to it. The link is closed afterwards."""
    try:
        data = read_bundle(path)
        answer = relay(link.transport, data)
    finally:
        link.close()
    target = results_path(path)
    _write_atomically(target, answer)
    try:
        count = int(bundle.read_header(data).manifest.get("count") or 0)
    except (BundleRefused, TypeError, ValueError):
        count = 0
    log.info("bundle relayed; results written")
    return Relayed(target, count)


def export_here(replica: Replica, folder: Path) -> ExportSummary:
    """Database thread."""
    user = replica.session
    return export_changes(
        replica.db, folder, user_id=user.user_id, role=user.role, clock=replica.clock
    )


def import_here(replica: Replica, data: bytes) -> ImportSummary:
    """Database thread."""
    return import_results(replica.db, data, user_id=replica.session.user_id, clock=replica.clock)


def refusal_text(error: BundleFileRefused) -> str:
    why = _tr(REFUSALS.get(error.reason, REFUSALS["damaged"]))
    template = QCoreApplication.translate(ERRORS_CONTEXT, error.user_message)
    return fill_template(template, {"why": why})


def imported_text(summary: ImportSummary) -> str:
    results = summary.results
    accepted = results.get("applied", 0) + results.get("merged", 0)
    parts = [
        (accepted, _tr("%Ln change(s) accepted by the registry.", accepted)),
        (
            results.get("rejected", 0),
            _tr(
                "%Ln change(s) refused by the registry; the supervisor sees them on the day page.",
                results.get("rejected", 0),
            ),
        ),
        (
            results.get("conflict", 0) + results.get("held", 0),
            _tr(
                "%Ln change(s) held for the supervisor to decide.",
                results.get("conflict", 0) + results.get("held", 0),
            ),
        ),
        (
            summary.already_known,
            _tr(
                "%Ln result(s) were already known from an earlier import or a sync.",
                summary.already_known,
            ),
        ),
    ]
    lines = [text for count, text in parts if count]
    return "\n".join(lines) or _tr("The bundle held no results for this computer.")


@dataclass(frozen=True)
class BundleOptions:
    notify: Callable[[str], None]
    changed: Callable[[], None]  # the outbox changed (refresh the pending count)
    active: Callable[[], bool]  # this session's workspace is the one on screen
    window: Callable[[], QWidget]


class BundlesController(QObject):
    """The three bundle actions of the window's Go menu. GUI thread only. `exported`,
    `imported` and `relayed` carry the summary of each finished step; `failed(text)` the
    sentence shown when one did not finish."""

    exported = Signal(object)
    imported = Signal(object)
    relayed = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        actions: CardActions,
        session: SessionInfo,
        worker: Worker,
        errors: ErrorPresenter,
        options: BundleOptions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions, self._worker, self.errors, self.options = actions, worker, errors, options
        self.file_dialog: QFileDialog | None = None
        self._exports = allowed(session.user.role, Action.EXPORT_BUNDLE)
        actions.configure(exports=self._exports, enrolled=False)
        actions.export_bundle.triggered.connect(self._export_triggered)
        actions.import_results.triggered.connect(self._import_triggered)
        actions.relay_bundle.triggered.connect(self._relay_triggered)
        worker.run(lambda replica: state.load(replica.db).enrolled, self._enrolled, self._unknown)

    def _enrolled(self, enrolled: bool) -> None:
        self.actions.configure(exports=self._exports, enrolled=enrolled)

    def _unknown(self, error: BaseException) -> None:
        log.warning("sync state unreadable: %s", type(error).__name__)

    # -- the actions ----------------------------------------------------------------------------

    def _export_triggered(self) -> None:
        if self.options.active():
            self.choose_export_folder()

    def _import_triggered(self) -> None:
        if self.options.active():
            self.choose_results()

    def _relay_triggered(self) -> None:
        if self.options.active():
            self.choose_relay()

    def _dialog(self, name: str, title: str) -> QFileDialog:
        chooser = QFileDialog(self.options.window(), title)
        chooser.setObjectName(name)
        chooser.setDirectory(platformdirs.user_documents_dir())
        self.file_dialog = chooser
        return chooser

    def _bundle_dialog(self, name: str, title: str) -> QFileDialog:
        chooser = self._dialog(name, title)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(_tr("OneStop bundles (*.onestop-bundle)"))
        return chooser

    def choose_export_folder(self) -> QFileDialog:
        chooser = self._dialog("bundleExportDialog", _tr("Choose the USB drive for the bundle"))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.export_to)
        chooser.open()
        return chooser

    def choose_results(self) -> QFileDialog:
        chooser = self._bundle_dialog("bundleImportDialog", _tr("Choose the results bundle"))
        chooser.fileSelected.connect(self.import_from)
        chooser.open()
        return chooser

    def choose_relay(self) -> QFileDialog:
        chooser = self._bundle_dialog("bundleRelayDialog", _tr("Choose the field laptop's bundle"))
        chooser.fileSelected.connect(self.relay_from)
        chooser.open()
        return chooser

    # -- the work -------------------------------------------------------------------------------

    def export_to(self, folder: str) -> None:
        target = Path(folder)
        self._worker.run(lambda replica: export_here(replica, target), self._exported, self._fail)

    def import_from(self, path: str) -> None:
        source = Path(path)
        self._worker.run_network(lambda: read_bundle(source), self._import_read, self._fail)

    def _import_read(self, data: bytes) -> None:
        self._worker.run(lambda replica: import_here(replica, data), self._imported, self._fail)

    def relay_from(self, path: str) -> None:
        source = Path(path)
        self._worker.run(
            Supervision.for_replica, lambda link: self._relay_with(link, source), self._fail
        )

    def _relay_with(self, link: Supervision | None, source: Path) -> None:
        if link is None:
            self._fail_with(
                _tr(
                    "Relaying a bundle needs a computer connected to the registry; this one "
                    "works on its own."
                )
            )
            return
        self._worker.run_network(lambda: relay_file(link, source), self._relayed, self._fail)

    # -- what happened --------------------------------------------------------------------------

    def _exported(self, summary: ExportSummary) -> None:
        text = "\n\n".join(
            (
                _tr("%Ln change(s) were written to the bundle file:", summary.count),
                str(summary.path),
                _tr(
                    "Take the USB drive to a counter connected to the registry, or to the "
                    "registry office. The changes stay on this computer until their results "
                    "come back."
                ),
            )
        )
        self.options.notify(_tr("Bundle written: %1").replace("%1", summary.path.name))
        self._tell(QMessageBox.Icon.Information, text)
        self.exported.emit(summary)

    def _imported(self, summary: ImportSummary) -> None:
        self.options.changed()
        self._tell(QMessageBox.Icon.Information, imported_text(summary))
        self.imported.emit(summary)

    def _relayed(self, done: Relayed) -> None:
        text = "\n\n".join(
            (
                _tr(
                    "The registry took the bundle's %Ln change(s). Its results were saved as:",
                    done.count,
                ),
                str(done.results),
                _tr(
                    "Take this file back to the field laptop and import it there "
                    "(Import results bundle…)."
                ),
            )
        )
        self._tell(QMessageBox.Icon.Information, text)
        self.relayed.emit(done)

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, BundleFileRefused):
            self._fail_with(refusal_text(error))
        elif isinstance(error, BundleNotRead):
            self._fail_with(_tr("The file could not be read. Check the USB drive, then try again."))
        elif isinstance(error, ResultsNotSaved):
            self._fail_with(
                _tr(
                    "The registry took the bundle, but its results could not be saved next to "
                    "it. Check that the USB drive is not full or write-protected, then relay "
                    "the same bundle again: nothing is applied twice."
                )
            )
        elif isinstance(error, ReplicaError):
            self._fail_with(user_text(error))
        elif isinstance(error, OSError):
            log.warning("bundle not written: %s", type(error).__name__)
            self._fail_with(
                _tr(
                    "The bundle could not be written to that folder. Check that the USB drive is "
                    "plugged in, not full and not write-protected, then try again."
                )
            )
        else:
            self.errors.show(error)

    def _fail_with(self, text: str) -> None:
        self._tell(QMessageBox.Icon.Warning, text)
        self.failed.emit(text)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = self.errors.message(icon, _tr("USB bundles"), text)
        box.setObjectName("bundleMessage")
