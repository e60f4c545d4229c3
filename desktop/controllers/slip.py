"""After an application is recorded: show its reference, print the slip or save it as PDF.

Printing goes through Qt's print dialog (`QPrintDialog` on a `QPrinter`); "Save as PDF"
asks for a file name and writes only that file. Both paint the same slip
(`desktop.printing.slip`). Dialogs are window-modal and opened, never `exec`uted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.locale_format import LocaleFormat
from desktop.printing.qr import application_payload, qr_image
from desktop.printing.slip import SlipNotWritten, render_slip, render_slip_pdf, set_page
from desktop.views.acknowledgement import AcknowledgementDialog
from desktop.vocabulary import benefit_headline, in_language
from sync.replica.entitlements import Application

log = logging.getLogger(__name__)

CONTEXT = "Slip"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SlipController(QObject):
    """Offers the slip of one application at a time. GUI thread only. `saved(path)` after a
    PDF was written; `printed()` after the slip went to a printer."""

    saved = Signal(str)
    printed = Signal()

    def __init__(
        self,
        window: Callable[[], QWidget],
        language: str,
        paper: str,
        notify: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._window, self.language, self.paper, self._notify = window, language, paper, notify
        self.dialog: AcknowledgementDialog | None = None
        self.application: Application | None = None
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None

    def offer(self, application: Application) -> AcknowledgementDialog:
        if self.dialog is not None:
            self.dialog.close()
        scheme = in_language(application.scheme.names, self.language)
        summary = "\n".join(
            (
                application.person_name,
                scheme,
                benefit_headline(application.scheme.benefit, LocaleFormat(self.language)),
                _tr("Print the slip, or save it as PDF, for the applicant to keep."),
            )
        )
        code = qr_image(application_payload(application.reference, application.id))
        dialog = AcknowledgementDialog(application.reference, summary, code, self._window())
        # Bound methods, never lambdas holding a dialog: a dialog must not keep itself (or
        # this controller) alive from its own connections while Qt deletes it.
        dialog.print_requested.connect(self.print_slip)
        dialog.save_requested.connect(self.choose_pdf)
        dialog.finished.connect(self._closed)
        self.dialog, self.application = dialog, application
        dialog.open()
        dialog.print_button.setFocus()
        return dialog

    def _closed(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        self.print_dialog = self.file_dialog = None
        if dialog is not None:
            dialog.deleteLater()

    # -- printing ---------------------------------------------------------------------------

    def print_slip(self) -> None:
        if self.application is None or self.dialog is None:
            return
        application = self.application
        # The dialog makes and owns its printer, so the printer lives exactly as long as it.
        chooser = QPrintDialog(self.dialog)
        chooser.setObjectName("slipPrintDialog")
        printer = chooser.printer()
        set_page(printer, self.paper)
        printer.setDocName(_tr("Acknowledgement %1").replace("%1", application.reference))
        chooser.accepted.connect(self._print_chosen)
        self.print_dialog = chooser
        chooser.setWindowModality(Qt.WindowModality.WindowModal)
        chooser.show()

    def _print_chosen(self) -> None:
        if self.print_dialog is not None and self.application is not None:
            self._print(self.print_dialog.printer(), self.application)

    def _print(self, printer: QPrinter, application: Application) -> None:
        try:
            render_slip(printer, application, self.language)
        except SlipNotWritten:
            log.warning("slip could not be printed")
            self._show(_tr("The slip could not be printed. Check the printer, then try again."))
            return
        self._notify(_tr("The slip was sent to the printer."))
        self.printed.emit()

    # -- saving -----------------------------------------------------------------------------

    def choose_pdf(self) -> None:
        if self.application is None or self.dialog is None:
            return
        reference = self.application.reference
        chooser = QFileDialog(self.dialog, _tr("Save the slip as PDF"))
        chooser.setObjectName("slipFileDialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(_tr("PDF documents (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.setDirectory(platformdirs.user_documents_dir())
        chooser.selectFile(f"{reference}.pdf")
        chooser.fileSelected.connect(self._file_chosen)
        self.file_dialog = chooser
        chooser.open()

    def _file_chosen(self, path: str) -> None:
        if self.application is not None:
            self.save_pdf(self.application, Path(path))

    def save_pdf(self, application: Application, path: Path) -> bool:
        """Write the slip to `path`; says so in the dialog (or why not)."""
        try:
            render_slip_pdf(application, self.language, path, self.paper)
        except (SlipNotWritten, OSError):
            log.warning("slip could not be saved")
            self._show(
                _tr("The slip could not be saved there. Choose another folder, then try again.")
            )
            return False
        self._notify(_tr("The slip was saved as %1").replace("%1", path.name))
        if self.dialog is not None:
            self.dialog.message.show_message(_tr("Saved as %1").replace("%1", str(path)), "ok")
        self.saved.emit(str(path))
        return True

    def _show(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.message.show_message(text, "error")
