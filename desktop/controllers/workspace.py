"""The logged-in workspace: builds the pages for one session and moves between them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject

from desktop.controllers.bundles import BundleOptions, BundlesController
from desktop.controllers.card_scan import ScanController, ScanHooks
from desktop.controllers.cards import CardOptions, CardsController
from desktop.controllers.day import DayController, DayOptions
from desktop.controllers.edit_person import EditPersonController
from desktop.controllers.entitlement_words import EntitlementWords
from desktop.controllers.entitlements import (
    EntitlementOptions,
    EntitlementsController,
    choose_catalog,
)
from desktop.controllers.person import PersonController
from desktop.controllers.register import RegisterController, address_defaults
from desktop.controllers.search import SearchController
from desktop.controllers.slip import SlipController
from desktop.controllers.users import PasswordController, UsersController
from desktop.errors import ErrorPresenter
from desktop.forms import FormWidget
from desktop.locale_format import translate
from desktop.models import (
    MEMBER_COLUMNS,
    HistoryModel,
    HouseholdEntitlementsModel,
    PersonTableModel,
    UsersModel,
)
from desktop.session import SessionInfo
from desktop.views.edit_person import EditPersonView
from desktop.views.entitlements import EntitlementsPanel
from desktop.views.main_window import MainWindow, WorkspaceView
from desktop.views.person import PersonView
from desktop.views.register import RegisterView
from desktop.views.search import SearchView
from desktop.views.users import UsersView
from desktop.vocabulary import Vocabulary
from desktop.worker import Worker
from forms.catalog import Catalog
from sync.replica.entitlements import Application
from sync.replica.outbox import PendingSummary

log = logging.getLogger(__name__)

CONTEXT = "Workspace"
SEARCH, PERSON, REGISTER, USERS, EDIT = "search", "person", "register", "users", "edit"
DAY_PAGE = "day"
MINUTE, HOUR, DAY = 60, 3600, 86400


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


def age_words(age: timedelta) -> str:
    seconds = max(0, int(age.total_seconds()))
    if seconds < MINUTE:
        return _tr("less than a minute")
    if seconds < HOUR:
        return _tr("%Ln minute(s)", seconds // MINUTE)
    if seconds < 2 * DAY:
        return _tr("%Ln hour(s)", seconds // HOUR)
    return _tr("%Ln day(s)", seconds // DAY)


def pending_text(summary: PendingSummary, now: datetime) -> str:
    """ "3 changes not yet sent · oldest 2 hours" for the status bar."""
    if summary.pending == 0:
        return _tr("No changes waiting to be sent")
    text = _tr("%Ln change(s) not yet sent", summary.pending)
    if summary.oldest_client_time:
        try:
            oldest = datetime.fromisoformat(summary.oldest_client_time)
            text += " · " + _tr("oldest %1").replace("%1", age_words(now - oldest))
        except (TypeError, ValueError):
            log.warning("unreadable outbox time")
    return text


@dataclass(frozen=True)
class WorkspaceState:
    """Where the clerk was, so the workspace can be rebuilt (new language, text size)."""

    page: str | None = None
    person_id: str | None = None
    query: str = ""
    register_values: dict[str, Any] = field(default_factory=dict)
    day: date | None = None  # the day on the supervisor's day page


class WorkspaceController(QObject):
    """Owns the pages of one logged-in session; dropped (with its widgets) at log-out."""

    def __init__(
        self,
        window: MainWindow,
        session: SessionInfo,
        worker: Worker,
        errors: ErrorPresenter,
        language: str,
        today: Callable[[], date] = date.today,
        options: EntitlementOptions | None = None,
    ) -> None:
        super().__init__()
        self.window, self.session, self._worker = window, session, worker
        self.language = language
        self.options = options = options or EntitlementOptions()
        self.vocabulary = Vocabulary(session.household_form, language)
        self._entitlement_words: EntitlementWords | None = None
        words = self._words
        self.view = WorkspaceView()
        self.search_model = PersonTableModel(words, parent=self.view)
        self.search_view = SearchView(self.search_model)
        self.search = SearchController(self.search_view, self.search_model, worker)
        self.members_model = PersonTableModel(words, MEMBER_COLUMNS, parent=self.view)
        self.history_model = HistoryModel(words, parent=self.view)
        self.entitled_model = HouseholdEntitlementsModel(parent=self.view)
        self.entitlements_panel = EntitlementsPanel()
        self.person_view = PersonView(
            self.members_model, self.history_model, self.entitlements_panel, self.entitled_model
        )
        self.person = PersonController(
            self.person_view, self.members_model, self.history_model, worker, words, today
        )
        self._card_work(session, worker, errors, today)
        self.entitlements = EntitlementsController(
            self.entitlements_panel,
            self.entitled_model,
            worker,
            errors,
            self._words_for,
            options,
        )
        self.edit_form = FormWidget(session.person_form, language=language, today=today)
        self.edit_form.setObjectName("personForm")
        self.edit_view = EditPersonView(self.edit_form)
        self.edit = EditPersonController(
            self.edit_view, self.edit_form, worker, errors, lambda: self.language
        )
        self.slip = SlipController(lambda: self.window, language, options.slip_paper, self.notify)
        self.form = FormWidget(session.household_form, language=language, today=today)
        self.form.setObjectName("householdForm")
        self.register_view = RegisterView(self.form)
        self.register = RegisterController(
            self.register_view,
            self.form,
            worker,
            errors,
            words,
            address_defaults(session.household_form, session.device.district),
        )
        self.register.reset_form()
        self.password = PasswordController(session, worker, errors, self.notify)
        self.users: UsersController | None = None
        self.day: DayController | None = None
        self._sync_wanted = False
        self.view.add_page(SEARCH, self.search_view, _tr("Search  (Ctrl+F)"))
        self.view.add_page(REGISTER, self.register_view, _tr("Register  (Ctrl+N)"))
        self.view.add_page(PERSON, self.person_view)
        self.view.add_page(EDIT, self.edit_view)
        if session.user.is_supervisor:
            self.users_model = UsersModel(words, parent=self.view)
            self.users_view = UsersView(self.users_model)
            self.users = UsersController(
                self.users_view, self.users_model, session, worker, errors, words, self.notify
            )
            self.view.add_page(USERS, self.users_view, _tr("Users  (Ctrl+U)"))
            day_options = DayOptions(language, today, self.notify, self._sync_soon, lambda: window)
            self.day = DayController(session, worker, errors, day_options)
            self.view.add_page(DAY_PAGE, self.day.view, _tr("Day and sign-off  (Ctrl+D)"))
            window.day_action.triggered.connect(self._day_action)
        self._wire()

    def _words(self) -> Vocabulary:
        return self.vocabulary

    def _words_for(self, catalog: Catalog) -> EntitlementWords:
        words = self._entitlement_words
        if words is None or words.catalog is not catalog:
            words = EntitlementWords(
                self.language, self.session.person_form, self.session.household_form, catalog
            )
            self._entitlement_words = words
        return words

    def _wire(self) -> None:
        self.view.nav.currentRowChanged.connect(self._nav_changed)
        self.search.person_requested.connect(self.open_person)
        self.search.register_requested.connect(self.go_register)
        self.person_view.back_requested.connect(self.back_to_search)
        self.register.person_requested.connect(self.open_person)
        self.register.registered.connect(lambda _result: self._after_write())
        self.person.shown.connect(self.entitlements.load)
        self.person.not_found.connect(self._person_not_found)
        self.person_view.edit_requested.connect(self.edit_person)
        self.person_view.entitled_member_requested.connect(self._open_entitled_member)
        self.entitlements.complete_requested.connect(self.edit_person)
        self.entitlements.applied.connect(self._applied)
        self.edit.opened.connect(self._edit_opened)
        self.edit.saved.connect(self._edit_saved)
        self.edit.cancelled.connect(self._edit_cancelled)

    def _show_session(self) -> None:
        user = self.session.user
        self.window.show_session(
            f"{user.display_name} ({self.vocabulary.role(user.role)})",
            _tr("Office %1").replace("%1", self.session.device.office),
            _tr("Standalone (no registry configured)"),
        )

    def snapshot(self) -> WorkspaceState:
        return WorkspaceState(
            self.view.current_key(),
            self.person.person_id,
            self.search_view.box.text(),
            self.form.values(),
            self.day.day if self.day is not None else None,
        )

    def resume(self, state: WorkspaceState) -> None:
        """Start on the page of `state` (a rebuilt workspace: same session, new texts)."""
        self._show_session()
        self.refresh_pending()
        if state.register_values:
            self.form.set_values(state.register_values)
        if state.query:
            self.search_view.box.setText(state.query)
            self.search.search(state.query)
        if state.page in (PERSON, EDIT) and state.person_id:
            self.open_person(state.person_id)
        elif state.page == REGISTER:
            self.go_register()
        elif state.page == USERS:
            self.go_users()
        elif state.page == DAY_PAGE:
            self.go_day(state.day)
        else:
            self.go_search()

    def start(self) -> None:
        self._show_session()
        self.go_search()
        self.refresh_pending()
        wanted = self.options.catalog
        self._worker.run(
            lambda replica: choose_catalog(replica, wanted),
            lambda name: log.info("scheme catalog %s in force", name),
            self._catalog_failed,
        )

    def take_published_catalog(self) -> None:
        """Sync brought a catalog from the registry: put it in force if it is newer."""
        self._worker.run(
            lambda replica: replica.entitlements.refresh_published(),
            self._published_catalog_taken,
            self._catalog_failed,
        )

    def _published_catalog_taken(self, changed: bool) -> None:
        if not changed:
            return
        self.notify(_tr("The registry published new scheme rules; they apply from now on."))
        if self.view.current_key() == PERSON and self.person.person_id:
            self.open_person(self.person.person_id)

    def _catalog_failed(self, _error: BaseException) -> None:
        log.warning("the chosen scheme catalog could not be loaded; the previous one stays")
        self.notify(_tr("The chosen scheme catalog could not be loaded; the device's own is used."))

    # -- navigation ---------------------------------------------------------------------------

    def _nav_changed(self, row: int) -> None:
        key = self.view.nav_key(row)
        if key == SEARCH:
            self.go_search()
        elif key == REGISTER:
            self.go_register()
        elif key == USERS:
            self.go_users()
        elif key == DAY_PAGE:
            self.go_day()

    def go_search(self) -> None:
        self.view.show_page(SEARCH)
        self.search_view.focus_box()

    def back_to_search(self) -> None:
        self.view.show_page(SEARCH)
        if self.search_model.rowCount():
            self.search_view.focus_results()
        else:
            self.search_view.focus_box()

    def go_register(self) -> None:
        self.view.show_page(REGISTER)
        if not self.form.focus_field("members[0].given_name"):
            self.form.setFocus()

    def go_users(self) -> None:
        if self.users is None:
            return
        self.view.show_page(USERS)
        self.users.refresh()
        self.users_view.table.setFocus()

    def go_day(self, day: date | None = None) -> None:
        """The supervisor's day page (today unless `day`), read afresh."""
        if self.day is None:
            return
        self.view.show_page(DAY_PAGE)
        if day is not None:
            self.day.set_day(day)
        else:
            self.day.refresh()
        self.day.view.date_edit.setFocus()

    def _card_work(
        self,
        session: SessionInfo,
        worker: Worker,
        errors: ErrorPresenter,
        today: Callable[[], date],
    ) -> None:
        """Printing cards, reading scanned ones, and USB bundles (the window's menu actions
        act only while this workspace is on screen)."""
        window = self.window
        self.cards = CardsController(
            self.person,
            session,
            worker,
            errors,
            CardOptions(self.language, today, self.notify, lambda: window),
        )
        hooks = ScanHooks(
            self.open_person, self.go_search, lambda: window, today, errors.message, errors.report
        )
        self.scan = ScanController(self.search, self.person, worker, hooks)
        options = BundleOptions(self.notify, self.refresh_pending, self._on_screen, lambda: window)
        self.bundles = BundlesController(
            window.card_actions, session, worker, errors, options, parent=self.view
        )
        window.card_actions.read_card.triggered.connect(self._read_card_picture)

    def _on_screen(self) -> bool:
        return self.window.screens.currentWidget() is self.view

    def _read_card_picture(self) -> None:
        if self._on_screen():  # the window's action outlives this workspace
            self.scan.choose_picture()

    def _day_action(self) -> None:
        # The window's action outlives this workspace: act only while this one is shown.
        if self.window.screens.currentWidget() is self.view:
            self.go_day()

    def _sync_soon(self) -> None:
        """The day page wrote something the registry must hear of: sync now (when enrolled).
        While a cycle runs the action is off; the next `refresh_pending` (after the cycle)
        asks again, so the write is not left for the periodic sync."""
        action = self.window.sync_now_action
        self._sync_wanted = not action.isEnabled()
        if action.isEnabled():
            action.trigger()

    def open_person(self, person_id: str) -> None:
        self.view.show_page(PERSON, nav_key=SEARCH)
        self.person.show_person(person_id)
        self.person_view.back_button.setFocus()

    def _person_not_found(self, _person_id: str) -> None:
        self.entitlements.clear()

    def _open_entitled_member(self, row: int) -> None:
        if 0 <= row < self.entitled_model.rowCount():
            self.person.show_person(self.entitled_model.row_at(row).person_id)

    # -- editing and applying -----------------------------------------------------------------

    def edit_person(self, person_id: str | None = None, focus: str = "", why: str = "") -> None:
        """Open the edit page for `person_id` (default: the person shown), at `focus`."""
        target = person_id or self.person.person_id
        if target:
            self.edit.open(target, focus, why)

    def _edit_opened(self, _person_id: str) -> None:
        self.view.show_page(EDIT, nav_key=SEARCH)
        self.edit.focus_start()

    def _edit_saved(self, person_id: str) -> None:
        self.notify(_tr("The record was saved."))
        self.open_person(person_id)
        self._after_write()

    def _edit_cancelled(self, _person_id: str) -> None:
        self.view.show_page(PERSON, nav_key=SEARCH)
        self.person_view.edit_button.setFocus()

    def _applied(self, application: Application) -> None:
        self.person.show_person(application.person_id)
        self._after_write()
        self.slip.offer(application)

    # -- status ---------------------------------------------------------------------------------

    def notify(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def refresh_pending(self) -> None:
        self._worker.run(lambda replica: replica.pending_changes(), self._show_pending)
        # Also called after every sync cycle: the day page shows what the registry now has.
        if self.day is not None and self.view.current_key() == DAY_PAGE:
            self.day.refresh()
        if self._sync_wanted and self.window.sync_now_action.isEnabled():
            self._sync_soon()

    def _show_pending(self, summary: PendingSummary) -> None:
        self.window.show_pending(pending_text(summary, datetime.now().astimezone()))

    def _after_write(self) -> None:
        self.refresh_pending()
        self.search.refresh()
