"""Printing a person's card, and a new one when the old card was lost.

Only the registry holds the issuing key. "Print card" prints the card kept in the cache when
there is one that has not expired (no connection needed), and otherwise asks the registry to
issue one; "Reprint lost card" always asks for a new card, which revokes the old ones. The
registry's answer is kept in the cache (database thread) before it is printed, so the same
card can be printed again offline. The request itself runs on the network pool; the GUI
thread never waits.

The print dialog offers the printer (`QPrintDialog`) or a PDF file, one card per page (card
printers) or an A4 sheet, and the card's language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import platformdirs
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.controllers.person import PersonController
from desktop.errors import ErrorPresenter
from desktop.i18n import LANGUAGE_NAMES, ltr
from desktop.locale_format import LocaleFormat, translate
from desktop.models import registry_no
from desktop.printing.card import (
    Card,
    CardsNotWritten,
    print_cards,
    render_card_image,
    save_cards_pdf,
)
from desktop.session import SessionInfo
from desktop.views.cards import CardPrintDialog
from desktop.worker import Worker
from forms.roles import Action, allowed
from sync.client import cards
from sync.client.cards import CardRefused
from sync.client.errors import RegistryBusy, RegistryUnreachable
from sync.client.supervision import Supervision
from sync.credentials import read_claims
from sync.protocol import CardIssued
from sync.replica.cache import Replica

log = logging.getLogger(__name__)

CONTEXT = "Cards"
PREVIEW_DPI = 150


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class CardSource:
    """Where the card to print comes from: a credential kept here, else a link to the
    registry (None on a standalone cache)."""

    credential: str | None
    link: Supervision | None


def card_source(replica: Replica, person_id: str, today: date, *, reprint: bool) -> CardSource:
    """Database thread. A kept card that expired counts as none: a new one is asked for."""
    credential = None if reprint else cards.latest_card(replica.db, person_id, today)
    if credential is not None and read_claims(credential) is None:
        credential = None
    link = None if credential is not None else Supervision.for_replica(replica)
    return CardSource(credential, link)


def issue_card(link: Supervision, role: str, person_id: str, *, reprint: bool) -> CardIssued:
    """Network pool: ask the registry for a card; the link is closed afterwards."""
    try:
        return cards.request_card(link, role, person_id, reprint=reprint)
    finally:
        link.close()


def keep_issued(replica: Replica, card: CardIssued) -> str:
    """Database thread: remember the card (and what it revoked); returns its credential."""
    cards.keep_card(replica.db, card, replica.clock().isoformat(timespec="seconds"))
    return card.credential


def card_pdf_name(card: Card) -> str:
    return f"card-{card.claims.registry_number}.pdf"


REFUSED = {
    "offline": (
        "The registry cannot be reached, so no new card can be issued now. Cards are issued by "
        "the registry; a card already issued can be printed again without a connection. Try "
        "again when the connection is back."
    ),
    "not_found": (
        "The registry does not know this person yet. Sync first, so the registration reaches "
        "the registry, then print the card."
    ),
    "card_exists": (
        "This person already has a valid card, issued at another counter. If that card was "
        "lost, use Reprint lost card."
    ),
    "not_active": (
        "The registry's record of this person is closed (merged or deleted), so no card can "
        "be issued for it."
    ),
    "incomplete": (
        "A card needs the person's birth date. Add it (Edit), let the change sync, then print "
        "the card."
    ),
}


def refusal_words(error: BaseException) -> str | None:
    """The clerk's sentence for why the registry issued no card; None for other failures."""
    if isinstance(error, RegistryUnreachable | RegistryBusy):
        key = "offline"
    elif isinstance(error, CardRefused) and error.code in REFUSED:
        key = error.code
    else:
        return None
    return _tr(REFUSED[key])


@dataclass(frozen=True)
class CardOptions:
    language: str
    today: Callable[[], date]
    notify: Callable[[str], None]
    window: Callable[[], QWidget]


class CardsController(QObject):
    """The person page's card buttons. GUI thread only. `issued(card_id)` after the registry
    issued a card, `offered(Card)` when the print dialog opens, `saved(path)` after a PDF was
    written, `printed()` after the card went to a printer."""

    issued = Signal(str)
    offered = Signal(object)
    saved = Signal(str)
    printed = Signal()

    def __init__(
        self,
        person: PersonController,
        session: SessionInfo,
        worker: Worker,
        errors: ErrorPresenter,
        options: CardOptions,
    ) -> None:
        super().__init__(person.view)
        self.person, self.session, self._worker, self.errors = person, session, worker, errors
        self.options = options
        self.busy = False
        self.card: Card | None = None
        self.dialog: CardPrintDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirm: QMessageBox | None = None
        view = person.view
        may_print = allowed(session.user.role, Action.PRINT_CARD)
        for card_button in (view.print_card_button, view.reprint_card_button):
            card_button.setVisible(may_print)
        view.print_card_requested.connect(self.print_card)
        view.reprint_card_requested.connect(self.ask_reprint)

    # -- getting the card ---------------------------------------------------------------------

    def print_card(self) -> None:
        self._fetch(reprint=False)

    def ask_reprint(self) -> QMessageBox | None:
        """Confirm first: a new card stops the old one from working."""
        if self.person.person_id is None or self.busy:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Reprint a lost card"),
            _tr(
                "The registry will issue a new card. The old card stops working: a counter that "
                "scans it will be told it is no longer valid. Reprint only when the card was "
                "lost or stolen."
            ),
            QMessageBox.StandardButton.NoButton,
            self.options.window(),
        )
        box.setObjectName("cardReprintConfirm")
        yes = box.addButton(_tr("Issue a new card"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        yes.setObjectName("cardReprintYes")
        yes.clicked.connect(self._reprint_confirmed)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.destroyed.connect(self._forget_confirm)
        self.confirm = box
        box.open()
        return box

    def _forget_confirm(self) -> None:
        self.confirm = None

    def _reprint_confirmed(self) -> None:
        self._fetch(reprint=True)

    def _fetch(self, *, reprint: bool) -> None:
        person_id = self.person.person_id
        if person_id is None or self.busy:
            return
        self._set_busy(True)
        today = self.options.today()
        self._worker.run(
            lambda replica: card_source(replica, person_id, today, reprint=reprint),
            lambda source: self._source_ready(person_id, source, reprint),
            self._failed,
        )

    def _source_ready(self, person_id: str, source: CardSource, reprint: bool) -> None:
        if source.credential is not None:
            self._set_busy(False)
            self.offer(Card.from_credential(source.credential))
            return
        link = source.link
        if link is None:
            self._set_busy(False)
            self._tell(
                _tr(
                    "Cards are issued by the registry, and this computer works on its own. "
                    "A card already issued can be printed again on a computer that has it."
                )
            )
            return
        role = self.session.user.role
        self._worker.run_network(
            lambda: issue_card(link, role, person_id, reprint=reprint),
            self._issued,
            self._failed,
        )

    def _issued(self, card: CardIssued) -> None:
        log.info("card %s issued", card.card_id)
        self.issued.emit(card.card_id)
        if card.revoked_cards:
            self.options.notify(_tr("A new card was issued; the old card no longer works."))
        self._worker.run(lambda replica: keep_issued(replica, card), self._kept, self._failed)

    def _kept(self, credential: str) -> None:
        self._set_busy(False)
        self.offer(Card.from_credential(credential))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        text = refusal_words(error)
        if text is None:
            self.errors.show(error)
        else:
            self._tell(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        view = self.person.view
        view.print_card_button.setEnabled(not busy)
        view.reprint_card_button.setEnabled(not busy)

    def _tell(self, text: str) -> None:
        box = self.errors.message(QMessageBox.Icon.Information, _tr("Cards"), text)
        box.setObjectName("cardMessage")

    # -- the print dialog ---------------------------------------------------------------------

    def offer(self, card: Card) -> CardPrintDialog:
        if self.dialog is not None:
            self.dialog.close()
        claims = card.claims
        formats = LocaleFormat.current()
        summary = (
            _tr("Card %1 for registry number %2, valid until %3.")
            .replace("%1", ltr(claims.card_id))
            .replace("%2", ltr(registry_no(claims.registry_number)))
            .replace("%3", ltr(formats.date(claims.expires_on)))
        )
        dialog = CardPrintDialog(
            summary, LANGUAGE_NAMES, self.options.language, self.options.window()
        )
        dialog.print_requested.connect(self.choose_printer)
        dialog.save_requested.connect(self.choose_pdf)
        dialog.language_changed.connect(self._language_changed)
        dialog.finished.connect(self._closed)
        self.dialog, self.card = dialog, card
        self._preview()
        dialog.open()
        dialog.print_button.setFocus()
        self.offered.emit(card)
        return dialog

    def _preview(self) -> None:
        if self.dialog is not None and self.card is not None:
            language = self.dialog.chosen_language()
            self.dialog.set_preview(render_card_image(self.card, PREVIEW_DPI, language))

    def _language_changed(self, _language: str) -> None:
        self._preview()

    def _closed(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        self.print_dialog = self.file_dialog = None
        if dialog is not None:
            dialog.deleteLater()

    def choose_printer(self) -> QPrintDialog | None:
        if self.dialog is None or self.card is None:
            return None
        chooser = QPrintDialog(self.dialog)  # it makes and owns its printer
        chooser.setObjectName("cardPrintChooser")
        chooser.printer().setDocName(_tr("Card %1").replace("%1", self.card.claims.card_id))
        chooser.accepted.connect(self._printer_chosen)
        self.print_dialog = chooser
        chooser.setWindowModality(Qt.WindowModality.WindowModal)
        chooser.show()
        return chooser

    def _printer_chosen(self) -> None:
        if self.print_dialog is not None:
            self.print_on(self.print_dialog.printer())

    def print_on(self, printer: QPrinter) -> bool:
        """Print the card on `printer`: one card per page on a card printer or when chosen,
        otherwise a sheet laid out for the paper."""
        if self.dialog is None or self.card is None:
            return False
        layout: Literal["auto", "card"] = (
            "auto" if self.dialog.chosen_layout() == "sheet" else "card"
        )
        try:
            print_cards([self.card], printer, layout, self.dialog.chosen_language())
        except CardsNotWritten:
            log.warning("card could not be printed")
            self._show(_tr("The card could not be printed. Check the printer, then try again."))
            return False
        self.options.notify(_tr("The card was sent to the printer."))
        self.printed.emit()
        return True

    def choose_pdf(self) -> QFileDialog | None:
        if self.dialog is None or self.card is None:
            return None
        chooser = QFileDialog(self.dialog, _tr("Save the card as PDF"))
        chooser.setObjectName("cardFileDialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(_tr("PDF documents (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.setDirectory(platformdirs.user_documents_dir())
        chooser.selectFile(card_pdf_name(self.card))
        chooser.fileSelected.connect(self._file_chosen)
        self.file_dialog = chooser
        chooser.open()
        return chooser

    def _file_chosen(self, path: str) -> None:
        self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        """Write the card to `path` in the chosen layout and language; says so (or why not)."""
        if self.dialog is None or self.card is None:
            return False
        try:
            save_cards_pdf(
                [self.card], path, self.dialog.chosen_layout(), self.dialog.chosen_language()
            )
        except (CardsNotWritten, OSError):
            log.warning("card could not be saved")
            self._show(
                _tr("The card could not be saved there. Choose another folder, then try again.")
            )
            return False
        self.options.notify(_tr("The card was saved as %1").replace("%1", path.name))
        if self.dialog is not None:
            self.dialog.message.show_message(_tr("Saved as %1").replace("%1", str(path)), "ok")
        self.saved.emit(str(path))
        return True

    def _show(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.message.show_message(text, "error")
