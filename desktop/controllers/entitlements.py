"""The person page's entitlements: the panel and the household table.

Loaded on the worker when a person page opens (and again after an edit or an application),
put into words by `EntitlementWords`. Applying asks the clerk to confirm, then records the
application on the worker; a refusal is shown calmly with its reason, a success goes out
through `applied` (the workspace prints the slip and reloads the page).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.controllers.entitlement_words import EntitlementWords, fill
from desktop.errors import ErrorPresenter, user_text
from desktop.models import HouseholdEntitlementsModel
from desktop.views.entitlements import EntitlementsPanel
from desktop.worker import Worker
from forms.catalog import Catalog
from forms.eligibility import SchemeResult, Status
from sync.replica.cache import Replica
from sync.replica.entitlements import Application, ApplicationRefused, EntitlementReport
from sync.replica.errors import ReplicaError
from sync.replica.search import PersonSummary

log = logging.getLogger(__name__)

CONTEXT = "Entitlements"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class EntitlementOptions:
    """Settings the entitlement screens follow (see `desktop.settings`)."""

    catalog: str | None = None  # None: the catalog of the device's country
    stale_days: int = 7
    slip_paper: str = "A5"


@dataclass(frozen=True)
class EntitlementsPage:
    """One person's report, the catalog it was judged by, and the household's reports."""

    person_id: str
    person_name: str
    values: Mapping[str, Any]  # the person-form answers (read-only)
    report: EntitlementReport
    catalog: Catalog
    household: tuple[tuple[PersonSummary, EntitlementReport], ...]


def load_entitlements(replica: Replica, person_id: str) -> EntitlementsPage | None:
    """Runs on the database thread."""
    report = replica.entitlements.for_person(person_id)
    values = replica.persons.form_values(person_id)
    if report is None or values is None:
        return None
    name = " ".join(str(values[k]) for k in ("given_name", "family_name") if values.get(k))
    household: tuple[tuple[PersonSummary, EntitlementReport], ...] = ()
    if report.household_id:
        members = {m.id: m for m in replica.persons.household_members(report.household_id)}
        household = tuple(
            (members[other.person_id], other)
            for other in replica.entitlements.for_household(report.household_id)
            if other.person_id in members
        )
    return EntitlementsPage(
        person_id,
        name,
        MappingProxyType(values),
        report,
        replica.entitlements.catalog,
        household,
    )


def choose_catalog(replica: Replica, wanted: str | None) -> str:
    """Put the chosen catalog (or the device country's) in force; runs on the DB thread."""
    name = (wanted or replica.device.country).lower()
    if replica.entitlements.catalog.id != name:
        replica.entitlements.use_catalog(name)
    return replica.entitlements.catalog.id


class EntitlementsController(QObject):
    """Shows one person's entitlements and runs the apply flow. GUI thread only.

    `complete_requested(person_id, field, why)` asks for the edit page at `field`, with a
    sentence saying what the answers are for.
    """

    loaded = Signal(str)
    applied = Signal(object)
    complete_requested = Signal(str, str, str)

    def __init__(
        self,
        panel: EntitlementsPanel,
        household: HouseholdEntitlementsModel,
        worker: Worker,
        errors: ErrorPresenter,
        words: Callable[[Catalog], EntitlementWords],
        options: EntitlementOptions,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        super().__init__(panel)
        self.panel, self.household, self._worker, self._errors = panel, household, worker, errors
        self._words, self._options, self._now = words, options, now
        self.person_id: str | None = None
        self.page: EntitlementsPage | None = None
        self.confirmation: QMessageBox | None = None
        self._asked = ("", "")  # (person id, scheme id) the confirmation is about
        self._applying = False
        panel.apply_requested.connect(self.request_apply)
        panel.complete_requested.connect(self.request_complete)

    # -- loading ----------------------------------------------------------------------------

    def load(self, person_id: str) -> None:
        if person_id != self.person_id:
            self.clear(_tr("Checking entitlements…"))
        self.person_id = person_id
        self._worker.run(
            lambda replica: load_entitlements(replica, person_id),
            lambda page: self._show(person_id, page),
        )

    def clear(self, text: str = "") -> None:
        self.page = None
        self.panel.show_message(text)
        self.household.set_rows([])

    def _show(self, person_id: str, page: EntitlementsPage | None) -> None:
        if person_id != self.person_id:
            return  # another person was opened meanwhile
        if page is None:
            self.clear(_tr("Entitlements cannot be shown: the record was not found."))
            return
        self.page = page
        words = self._words(page.catalog)
        state = words.panel(page.report, page.values, self._now(), self._options.stale_days)
        self.panel.show_state(state)
        if not state.cards:
            self.panel.show_message(_tr("No scheme is open for applications today."))
        self.household.set_rows([words.member_row(m, r) for m, r in page.household])
        self.loaded.emit(person_id)

    def result(self, scheme_id: str) -> SchemeResult | None:
        if self.page is None:
            return None
        return next((r for r in self.page.report.results if r.scheme.id == scheme_id), None)

    # -- completing the record --------------------------------------------------------------

    def request_complete(self, scheme_id: str) -> None:
        result = self.result(scheme_id)
        if self.page is None or result is None:
            return
        words = self._words(self.page.catalog)
        fields = words.fields_to_fill(result)
        if not fields:
            return
        why = fill(
            _tr("To decide on %1, answer: %2. Then save (Ctrl+S)."),
            words.card(result).name,
            "; ".join(words.missing_list(fields)),
        )
        self.complete_requested.emit(self.page.person_id, fields[0], why)

    # -- applying ---------------------------------------------------------------------------

    def request_apply(self, scheme_id: str) -> None:
        """Ask the clerk to confirm; on Yes, `apply`."""
        result, page = self.result(scheme_id), self.page
        if page is None or result is None or result.status is not Status.ELIGIBLE:
            return
        if self._applying:
            return
        words = self._words(page.catalog)
        card = words.card(result)
        text = _tr("Apply for %1 for %2?").replace("%1", card.name).replace("%2", page.person_name)
        details = [_tr("Benefit: %1").replace("%1", card.benefit)]
        if card.documents:
            details.append(_tr("Documents to bring: %1").replace("%1", "; ".join(card.documents)))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Apply for a scheme"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.panel.window(),
        )
        box.setObjectName("applyConfirmation")
        box.setAccessibleName(_tr("Apply for a scheme"))
        box.setInformativeText("\n".join(details))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._answered)  # a bound method: the box never holds itself
        self.confirmation, self._asked = box, (page.person_id, scheme_id)
        box.open()

    def _answered(self, _code: int) -> None:
        box, self.confirmation = self.confirmation, None
        if box is None:
            return
        box.deleteLater()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.apply(*self._asked)

    def apply(self, person_id: str, scheme_id: str) -> None:
        """Record the application on the worker (the replica checks eligibility again)."""
        self._applying = True
        self._worker.run(
            lambda replica: replica.entitlements.apply(
                person_id, scheme_id, replica.actor, replica.session.display_name
            ),
            self._applied,
            self._refused,
        )

    def _applied(self, application: Application) -> None:
        self._applying = False
        log.info("application %s recorded for person %s", application.id, application.person_id)
        self.applied.emit(application)

    def _refused(self, error: BaseException) -> None:
        self._applying = False
        if isinstance(error, ApplicationRefused):
            log.info("application refused")
            words = self._words(self.page.catalog).terms if self.page is not None else None
            self._errors.message(
                QMessageBox.Icon.Information,
                _tr("Not applied"),
                _tr("The application was not recorded. %1").replace("%1", user_text(error, words)),
            ).setObjectName("applicationRefused")
            if self.person_id:
                self.load(self.person_id)
        elif isinstance(error, ReplicaError):
            self._errors.show_known(error, _tr("Not applied"))
        else:
            self._errors.show(error)
