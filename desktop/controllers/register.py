"""Registering a household: check the form, look for duplicates, then save in one go.

The steps run on the worker one after another; the store writes the whole household in one
transaction, so a failure leaves nothing half-saved, and this controller never retries a
part of it. What the clerk typed stays in the form until the household is saved.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import ErrorPresenter, user_text
from desktop.i18n import isolate, ltr
from desktop.locale_format import LocaleFormat, translate
from desktop.models import PersonColumn, id_display, person_header, registry_no
from desktop.views.duplicates import CandidateRow, DuplicateChoice, DuplicatesDialog, MemberMatches
from desktop.views.register import RegisterView
from desktop.vocabulary import Vocabulary
from desktop.worker import Worker
from forms.definition import FormDefinition
from forms.validation import Problem, Validated
from sync.replica.errors import ReplicaError
from sync.replica.persons import DuplicateCandidate, RegistrationResult, ValidationFailed

log = logging.getLogger(__name__)

CONTEXT = "RegisterPage"
MEMBERS = "members"
_MEMBER_PATH = re.compile(r"^members\[(\d+)\]\.")


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


def problem_text(problem: Problem, language: str) -> str:
    """The problem's sentence, saying which member when it is about one."""
    match = _MEMBER_PATH.match(problem.path)
    text = problem.text(language)
    if match is None:
        return text
    number = LocaleFormat(language).integer(int(match.group(1)) + 1)
    return _tr("Member %1 — %2").replace("%1", number).replace("%2", text)


class HouseholdForm(Protocol):
    """What this controller needs from the form widget (`desktop.forms.FormWidget`)."""

    def values(self) -> dict[str, Any]: ...
    def set_values(self, values: Mapping[str, Any]) -> None: ...
    def validate(self) -> Validated: ...
    def show_problems(self, problems: Sequence[Problem]) -> None: ...
    def clear(self) -> None: ...


def address_defaults(form: FormDefinition, district: str) -> dict[str, str]:
    """The office's district (and its province) as the starting answers of a new household."""
    try:
        field = form.field("district")
    except KeyError:
        return {}
    choice = next((c for c in field.choices if c.value == district), None)
    if choice is None:
        return {}
    return (
        {"province": choice.parent, "district": district}
        if choice.parent
        else {"district": district}
    )


def member_name(member: Mapping[str, Any]) -> str:
    return " ".join(str(member[k]) for k in ("given_name", "family_name") if member.get(k))


def candidate_cells(candidate: DuplicateCandidate, words: Vocabulary) -> tuple[str, ...]:
    person = candidate.person
    return (
        person.full_name,
        person.father_name or "",
        isolate(words.formats.date(person.birth_date)),
        ltr(id_display(person.id_type, person.id_number)),
        words.choice("village", person.village),
        words.reasons(candidate.reasons),
    )


def candidate_headers() -> tuple[str, ...]:
    columns = (
        PersonColumn.NAME,
        PersonColumn.FATHER,
        PersonColumn.DATE_OF_BIRTH,
        PersonColumn.ID_NUMBER,
        PersonColumn.VILLAGE,
    )
    return (*(person_header(c) for c in columns), _tr("Why it may be the same person"))


class RegisterController(QObject):
    """Save flow of the register page. `registered` carries the `RegistrationResult`;
    `person_requested` asks the workspace to open a person (the new head, or an existing
    record chosen in the duplicates dialog)."""

    registered = Signal(object)
    person_requested = Signal(str)

    def __init__(
        self,
        view: RegisterView,
        form: HouseholdForm,
        worker: Worker,
        errors: ErrorPresenter,
        vocabulary: Callable[[], Vocabulary],
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.form, self._worker, self._errors = view, form, worker, errors
        self._vocabulary = vocabulary
        self._defaults = dict(defaults or {})
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.confirmation: QMessageBox | None = None
        self._busy = False
        view.save_requested.connect(self.save)
        view.clear_requested.connect(self.clear)

    def clear(self) -> None:
        if not self._busy:
            self.reset_form()
            self.view.message.clear_message()

    def reset_form(self) -> None:
        """An empty household, with the office's district already chosen."""
        if self._defaults:
            self.form.set_values(self._defaults)
        else:
            self.form.clear()

    def save(self) -> None:
        if self._busy:
            return
        checked = self.form.validate()
        if not checked.ok:
            self._show_problems(checked.problems)
            return
        raw = self.form.values()
        members = tuple(dict(m) for m in checked.values.get(MEMBERS, ()))
        self._set_busy(True)
        self.view.message.show_message(_tr("Looking for people already registered…"), "info")
        self._worker.run(
            lambda replica: [replica.persons.find_duplicates(member) for member in members],
            lambda found: self._check_duplicates(raw, members, found),
            self._failed,
        )

    def _check_duplicates(
        self,
        raw: dict[str, Any],
        members: tuple[dict[str, Any], ...],
        found: list[list[DuplicateCandidate]],
    ) -> None:
        if not any(found):
            self._register(raw, members)
            return
        words = self._vocabulary()
        matches = [
            MemberMatches(
                _tr("Member %1: %2")
                .replace("%1", words.formats.integer(index + 1))
                .replace("%2", member_name(member)),
                tuple(CandidateRow(c.person.id, candidate_cells(c, words)) for c in candidates),
            )
            for index, (member, candidates) in enumerate(zip(members, found, strict=True))
            if candidates
        ]
        log.info("possible duplicates shown for %d member(s)", len(matches))
        dialog = DuplicatesDialog(candidate_headers(), matches, self._window())
        dialog.finished.connect(lambda _code: self._duplicates_answered(dialog, raw, members))
        self.duplicates_dialog = dialog
        dialog.open()

    def _duplicates_answered(
        self, dialog: DuplicatesDialog, raw: dict[str, Any], members: tuple[dict[str, Any], ...]
    ) -> None:
        self.duplicates_dialog = None
        dialog.deleteLater()
        if dialog.choice is DuplicateChoice.REGISTER:
            log.info("registering despite possible duplicates")
            self._register(raw, members)
            return
        self._set_busy(False)
        self.view.message.show_message(_tr("Nothing was saved."), "info")
        if dialog.choice is DuplicateChoice.OPEN and dialog.person_id:
            self.person_requested.emit(dialog.person_id)

    def _register(self, raw: dict[str, Any], members: tuple[dict[str, Any], ...]) -> None:
        self.view.message.show_message(_tr("Saving…"), "info")
        self._worker.run(
            lambda replica: replica.persons.register_household(raw, replica.actor),
            lambda result: self._registered(result, members),
            self._failed,
        )

    def _registered(self, result: RegistrationResult, members: tuple[dict[str, Any], ...]) -> None:
        log.info("household %s registered", result.household_id)
        self._set_busy(False)
        self.reset_form()
        lines = [
            _tr("Household registry number: %1").replace(
                "%1", ltr(registry_no(result.household_registry_no))
            ),
            "",
        ]
        for member, (_person_id, number) in zip(members, result.members, strict=True):
            lines.append(f"{member_name(member)}: {ltr(registry_no(number))}")
        self.view.message.show_message(_tr("The household was registered."), "ok")
        self.confirmation = self._errors.message(
            QMessageBox.Icon.Information, _tr("Registered"), "\n".join(lines)
        )
        self.confirmation.setObjectName("registeredMessage")
        self.registered.emit(result)
        heads = [
            person_id
            for member, (person_id, _n) in zip(members, result.members, strict=True)
            if member.get("relationship") == "head"
        ]
        if heads:
            self.person_requested.emit(heads[0])

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            self._show_problems(error.problems)
        elif isinstance(error, ReplicaError):
            self.view.message.show_message(user_text(error), "error")
            self._errors.show_known(error, _tr("Not saved"))
        else:
            self.view.message.clear_message()
            self._errors.show(error)

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        self.form.show_problems(problems)
        language = self._vocabulary().language
        first = problem_text(problems[0], language) if problems else ""
        text = _tr("Nothing was saved. Please correct: %1").replace("%1", first)
        if len(problems) > 1:
            text += " " + _tr("(and %Ln more)", len(problems) - 1)
        self.view.message.show_message(text, "error")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.view.set_busy(busy)

    def _window(self) -> QWidget:
        return self.view.window()
