"""Search at the counter: the text goes to the worker, the results come back into the model.

What the clerk typed is never logged (it is a name, an ID number or a phone number). Text a
card scanner typed (a signed card credential) is not searched for: it goes out by
`card_scanned(text)` to be checked, and the box is cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.locale_format import LocaleFormat
from desktop.models import PersonTableModel
from desktop.views.search import SearchView
from desktop.worker import Worker
from sync.credentials import looks_like_credential
from sync.replica.search import PersonSummary

RESULT_LIMIT = 50


class SearchController(QObject):
    """Runs searches on the worker; only the answer to the latest search is shown."""

    person_requested = Signal(str)
    register_requested = Signal()
    searched = Signal(int)
    card_scanned = Signal(str)

    def __init__(self, view: SearchView, model: PersonTableModel, worker: Worker) -> None:
        super().__init__(view)
        self.view, self.model, self._worker = view, model, worker
        self._latest = 0
        view.search_requested.connect(self.search)
        view.open_requested.connect(self.open_row)
        view.register_requested.connect(self.register_requested)

    def search(self, text: str) -> None:
        query = text.strip()
        self._latest += 1
        self.view.card_banner.clear_banner()
        if looks_like_credential(query):  # never raises, whatever the scanner typed
            self.view.box.clear()
            self.model.set_rows([])  # earlier results next to a card's verdict would mislead
            self.view.show_summary(self.tr("Checking the card…"), offer_register=False)
            self.card_scanned.emit(query)
            return
        if not query:
            self.model.set_rows([])
            self.view.show_summary("", offer_register=False)
            return
        ticket = self._latest
        self.view.show_summary(self.tr("Searching…"), offer_register=False)
        self._worker.run(
            lambda replica: replica.search(query, RESULT_LIMIT),
            lambda found: self._show(ticket, found),
        )

    def _show(self, ticket: int, found: list[PersonSummary]) -> None:
        if ticket != self._latest:
            return  # the clerk searched again meanwhile
        self.model.set_rows(found)
        if found:
            count = LocaleFormat.current().digits(self.tr("%Ln found", "", len(found)))
            self.view.show_summary(count, offer_register=False)
            self.view.fit_columns()
            self.view.results.selectRow(0)
        else:
            self.view.show_summary(
                self.tr("Nothing found — register a new person?"), offer_register=True
            )
        self.searched.emit(len(found))

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.person_requested.emit(self.model.row_at(row).id)

    def refresh(self) -> None:
        """Search again with the same text (after a registration changed the data)."""
        if self.view.box.text().strip():
            self.search(self.view.box.text())
