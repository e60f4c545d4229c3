"""One person's record: loaded on the worker as an immutable `PersonRecord`, put into words
here, shown by `PersonView`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.i18n import isolate, ltr
from desktop.models import HistoryModel, PersonTableModel, id_display, registry_no
from desktop.views.person import Detail, PersonView, Section
from desktop.vocabulary import Vocabulary
from desktop.worker import Worker
from sync.replica.cache import Replica
from sync.replica.persons import ADMIN_AREA_FIELDS, WG_FIELDS, PersonRecord

log = logging.getLogger(__name__)

CONTEXT = "PersonPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class PersonPage:
    """A record and the display names of the users it mentions."""

    record: PersonRecord
    user_names: Mapping[str, str]


def load_person(replica: Replica, person_id: str) -> PersonPage | None:
    """Runs on the database thread."""
    record = replica.open_person(person_id)  # audited: who looked at whom
    if record is None:
        return None
    return PersonPage(record, {user.user_id: user.display_name for user in replica.users()})


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def full_name(person: Mapping[str, Any]) -> str:
    return " ".join(str(person[k]) for k in ("given_name", "family_name") if person.get(k))


class PersonPresenter:
    """Turns a record into labelled sections in the interface language."""

    def __init__(self, words: Vocabulary, today: date) -> None:
        self.words, self.today = words, today

    def sections(self, page: PersonPage) -> tuple[Section, ...]:
        person = page.record.person
        return (
            self._identity(page),
            self._address(person),
            self._functioning(person),
            self._consent(person, page.user_names),
        )

    def _identity(self, page: PersonPage) -> Section:
        person, words = page.record.person, self.words
        details = [
            Detail(words.field_label("father_name"), person.get("father_name") or "—"),
            Detail(words.field_label("native_name"), isolate(person.get("native_name")) or "—"),
            Detail(words.field_label("sex"), words.choice("sex", person.get("sex"))),
            Detail(words.field_label("birth_date"), self._birth(person)),
            Detail(words.field_label("age"), self._age(person)),
            Detail(
                words.field_label("marital_status"),
                words.choice("marital_status", person.get("marital_status")) or "—",
            ),
        ]
        for kind, number in page.record.identifiers:
            details.append(Detail(words.choice("id_type", kind), ltr(id_display(kind, number))))
        details.append(Detail(words.field_label("phone"), ltr(person.get("phone")) or "—"))
        details.append(
            Detail(
                words.field_label("relationship"),
                words.choice("relationship", person.get("relationship")),
            )
        )
        return Section(_tr("Person"), tuple(details))

    def _birth(self, person: Mapping[str, Any]) -> str:
        birth = isolate(self.words.formats.date(person.get("birth_date")))
        if birth and person.get("birth_date_estimated"):
            return f"{birth} ({_tr('estimated')})"
        return birth or "—"

    def _age(self, person: Mapping[str, Any]) -> str:
        try:
            birth = date.fromisoformat(str(person.get("birth_date")))
        except ValueError:
            return "—"
        return self.words.formats.integer(age_on(birth, self.today))

    def _address(self, person: Mapping[str, Any]) -> Section:
        details = [
            Detail(self.words.field_label(name), self.words.choice(name, person.get(name)) or "—")
            for name in ADMIN_AREA_FIELDS
        ]
        details.append(
            Detail(self.words.field_label("address_line"), person.get("address_line") or "—")
        )
        return Section(_tr("Address"), tuple(details))

    def _functioning(self, person: Mapping[str, Any]) -> Section:
        details = []
        for name in WG_FIELDS:
            value = person.get(name)
            answer = self.words.choice(name, str(value)) if value is not None else _tr("Not asked")
            details.append(Detail(self.words.field_label(name), answer))
        return Section(_tr("Functioning (disability)"), tuple(details))

    def _consent(self, person: Mapping[str, Any], users: Mapping[str, str]) -> Section:
        recorded_by = person.get("consent_recorded_by") or ""
        registered_by = person.get("registered_by") or ""
        details = (
            Detail(
                self.words.field_label("consent_given"),
                self.words.yes_no(person.get("consent_given")),
            ),
            Detail(
                self.words.field_label("consent_method"),
                self.words.choice("consent_method", person.get("consent_method")) or "—",
            ),
            Detail(_tr("Consent recorded"), self._when(person.get("consent_at"))),
            Detail(_tr("Consent recorded by"), users.get(recorded_by, recorded_by) or "—"),
            Detail(_tr("Registered at office"), ltr(person.get("registered_office"))),
            Detail(_tr("Registered by"), users.get(registered_by, registered_by) or "—"),
        )
        return Section(_tr("Consent and registration"), details)

    def household_line(self, page: PersonPage) -> str:
        household = page.record.household
        if household is None:
            return _tr("Not in a household.")
        text = (
            _tr("Household %1, %2 member(s)")
            .replace("%1", ltr(registry_no(household.get("registry_no"))))
            .replace("%2", self.words.formats.integer(len(page.record.members)))
        )
        score, level = household.get("poverty_score"), household.get("poverty_level")
        if score is not None:
            text += " · " + _tr("poverty score %1").replace("%1", self.words.formats.number(score))
        if level:
            text += " · " + self.words.choice("poverty_level", level)
        return text

    def _when(self, value: object) -> str:
        return isolate(self.words.formats.date_time(str(value))) if value else "—"


class PersonController(QObject):
    """Loads a person on the worker and shows them; opens household members."""

    shown = Signal(str)
    not_found = Signal(str)

    def __init__(
        self,
        view: PersonView,
        members: PersonTableModel,
        history: HistoryModel,
        worker: Worker,
        vocabulary: Callable[[], Vocabulary],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(view)
        self.view, self.members, self.history = view, members, history
        self._worker, self._vocabulary, self._today = worker, vocabulary, today
        self.person_id: str | None = None
        view.member_requested.connect(self._open_member)

    def show_person(self, person_id: str) -> None:
        self._worker.run(
            lambda replica: load_person(replica, person_id),
            lambda page: self._fill(person_id, page),
        )

    def _fill(self, person_id: str, page: PersonPage | None) -> None:
        if page is None:
            log.warning("person %s not found", person_id)
            self.view.show_record(_tr("This record was not found."), "", (), "")
            self.members.set_rows([])
            self.history.set_rows([])
            self.person_id = None
            self.not_found.emit(person_id)
            return
        self.person_id = person_id
        presenter = PersonPresenter(self._vocabulary(), self._today())
        person = page.record.person
        subtitle = _tr("Registry no. %1").replace("%1", ltr(registry_no(person.get("registry_no"))))
        if person.get("native_name"):
            subtitle = f"{subtitle} · {isolate(person['native_name'])}"
        self.members.set_rows(page.record.members)
        self.history.set_rows(page.record.history)
        self.view.show_record(
            full_name(person), subtitle, presenter.sections(page), presenter.household_line(page)
        )
        self.shown.emit(person_id)

    def _open_member(self, row: int) -> None:
        if 0 <= row < self.members.rowCount():
            self.show_person(self.members.row_at(row).id)
