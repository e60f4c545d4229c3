"""Persons and households in the replica: registration, reading a record, duplicate check.

Every write validates again with the same form engine the UI used (the UI is not trusted),
then writes the rows, their search index entries, an audit row and an outbox mutation in one
transaction: all of it lands, or none of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlite_utils
from uuid6 import uuid7

from forms.definition import FormDefinition, load_form
from forms.names import name_similarity
from forms.regno import make_registry_no
from forms.roles import Action
from forms.validation import Problem, clean_values, validate
from sync.protocol import PERSON_FORM_FIELDS
from sync.replica import audit, outbox, search
from sync.replica.access import require
from sync.replica.connection import translate_errors
from sync.replica.errors import ReplicaError
from sync.replica.search import PersonSummary

PERSON_FIELDS = (
    "given_name",
    "family_name",
    "father_name",
    "native_name",
    "sex",
    "birth_date",
    "birth_date_estimated",
    "pregnant",
    "marital_status",
    "wg_seeing",
    "wg_hearing",
    "wg_walking",
    "wg_cognition",
    "wg_selfcare",
    "wg_communication",
    "phone",
    "relationship",
    "consent_given",
    "consent_method",
)
ADMIN_AREA_FIELDS = ("province", "district", "tehsil", "union_council", "village")
ADDRESS_FIELDS = (*ADMIN_AREA_FIELDS, "address_line")
HOUSEHOLD_FIELDS = (*ADDRESS_FIELDS, "poverty_score", "poverty_level")
WG_FIELDS = tuple(name for name in PERSON_FIELDS if name.startswith("wg_"))
# What the person form edits: everything but the household relationship (a membership
# change, which is its own operation), plus the identity document.
EDITABLE_FIELDS = PERSON_FORM_FIELDS
NAME_MATCH = 0.85
FATHER_MATCH = 0.8


class ValidationFailed(ReplicaError):
    """The store refused a record; `problems` say which fields and why. Nothing was saved."""

    user_message = "Some answers need correcting. Nothing was saved."

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} validation problem(s)")
        self.problems = tuple(problems)


class RecordChanged(ReplicaError):
    user_message = (
        "This record was changed elsewhere while you were editing it. Open it again, check the "
        "new values, then make your change. Nothing was saved."
    )


class RegistryNumbersExhausted(ReplicaError):
    user_message = (
        "This device has used all of its registry numbers. Connect to the registry and sync "
        "to receive a new block, then register again. Nothing was saved."
    )


@dataclass(frozen=True)
class Actor:
    """Who is writing, from where, in what role: the user and office are recorded on every
    row, audit entry and mutation; the role is checked (`forms.roles`) before any write."""

    user_id: str
    office: str
    role: str


@dataclass(frozen=True)
class RegistrationResult:
    household_id: str
    household_registry_no: str
    members: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    user: str
    action: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class PersonRecord:
    """Everything the person view shows, as plain immutable values."""

    person: Mapping[str, Any]
    identifiers: tuple[tuple[str, str], ...]
    household: Mapping[str, Any] | None
    members: tuple[PersonSummary, ...]
    history: tuple[HistoryEntry, ...]


@dataclass(frozen=True)
class DuplicateCandidate:
    person: PersonSummary
    reasons: tuple[str, ...]
    score: float


def _insert(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> int:
    """A plain INSERT: the hot path skips sqlite-utils' per-call table introspection."""
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


def typed_value(name: str, value: Any) -> Any:
    """A stored value in the form engine's types, so old and new compare alike."""
    if name in WG_FIELDS and value is not None:
        return int(value)
    return value


def db_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def edit_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Person-form answers (validated, or as `form_values` reads them) as stored values."""
    return {name: db_value(typed_value(name, values.get(name))) for name in EDITABLE_FIELDS}


class PersonStore:
    """Reads and writes persons and households. Not thread-safe: the worker thread owns it."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        household_form: FormDefinition,
        clock: Callable[[], datetime],
    ) -> None:
        self.db = db
        self.household_form = household_form
        self.person_form = load_form("person")
        self.clock = clock

    def today(self) -> date:
        return self.clock().date()

    # -- registration -------------------------------------------------------------------------

    def check_household(self, raw: Mapping[str, Any]) -> tuple[Problem, ...]:
        return validate(self.household_form, raw, today=self.today()).problems

    def register_household(self, raw: Mapping[str, Any], actor: Actor) -> RegistrationResult:
        require(actor.role, Action.REGISTER)
        checked = validate(self.household_form, raw, today=self.today())
        if not checked.ok:
            raise ValidationFailed(checked.problems)
        values = dict(checked.values)
        members = values.pop("members")
        now = self.clock().isoformat(timespec="seconds")
        with translate_errors(), self.db.atomic():
            household_id, household_no = self._insert_household(values, actor, now)
            created = tuple(
                self._insert_person(member, values, household_id, actor, now) for member in members
            )
            head = next(
                pid
                for (pid, _), m in zip(created, members, strict=True)
                if m["relationship"] == "head"
            )
            self.db.execute(
                "UPDATE household SET head_person_id = ? WHERE id = ?", [head, household_id]
            )
        return RegistrationResult(household_id, household_no, created)

    def _insert_household(
        self, values: Mapping[str, Any], actor: Actor, now: str
    ) -> tuple[str, str]:
        household_id, registry_no = str(uuid7()), self._next_registry_no()
        row = {name: db_value(values.get(name)) for name in HOUSEHOLD_FIELDS}
        _insert(
            self.db,
            "household",
            {
                "id": household_id,
                "registry_no": registry_no,
                **row,
                "registered_by": actor.user_id,
                "registered_office": actor.office,
                "registered_at": now,
                "updated_at": now,
            },
        )
        self._record("household", household_id, row | {"registry_no": registry_no}, actor, now)
        return household_id, registry_no

    def _insert_person(
        self,
        member: Mapping[str, Any],
        household: Mapping[str, Any],
        household_id: str,
        actor: Actor,
        now: str,
    ) -> tuple[str, str]:
        person_id, registry_no = str(uuid7()), self._next_registry_no()
        row = {name: db_value(member.get(name)) for name in PERSON_FIELDS}
        for name in WG_FIELDS:
            row[name] = int(row[name]) if row[name] is not None else None
        row.update({name: household.get(name) for name in ADDRESS_FIELDS})
        consent = {"consent_at": now, "consent_recorded_by": actor.user_id}
        rowid = _insert(
            self.db,
            "person",
            {
                "id": person_id,
                "registry_no": registry_no,
                **row,
                **consent,
                "household_id": household_id,
                "registered_by": actor.user_id,
                "registered_office": actor.office,
                "registered_at": now,
                "updated_at": now,
            },
        )
        identifier = (member.get("id_type"), member.get("id_number"))
        if identifier[0] and identifier[1]:
            _insert(
                self.db,
                "identifier",
                {"person_id": person_id, "type": identifier[0], "value": identifier[1]},
            )
        search.index_person(
            self.db,
            rowid,
            search.index_text(
                row["given_name"], row["family_name"], row["father_name"], row["native_name"]
            ),
        )
        payload = row | consent | {"registry_no": registry_no, "household_id": household_id}
        if identifier[0] and identifier[1]:
            payload["identifiers"] = [list(identifier)]
        self._record("person", person_id, payload, actor, now)
        return person_id, registry_no

    def _record(
        self, entity: str, entity_id: str, row: Mapping[str, Any], actor: Actor, now: str
    ) -> None:
        fields = sorted(name for name, value in row.items() if value is not None)
        audit.append(
            self.db,
            at=now,
            user_id=actor.user_id,
            action="create",
            entity=entity,
            entity_id=entity_id,
            detail={"fields": fields, "office": actor.office},
        )
        outbox.record(
            self.db,
            entity=entity,
            entity_id=entity_id,
            op="create",
            base_version=0,
            changes={name: (None, row[name]) for name in fields},
            user_id=actor.user_id,
            client_time=now,
        )

    def _next_registry_no(self) -> str:
        block = self.db.execute(
            "SELECT rowid, next FROM regno_block WHERE next <= end ORDER BY start LIMIT 1"
        ).fetchone()
        if block is None:
            raise RegistryNumbersExhausted("no registry numbers left")
        self.db.execute("UPDATE regno_block SET next = next + 1 WHERE rowid = ?", [block[0]])
        return make_registry_no(int(block[1]))

    # -- updating -----------------------------------------------------------------------------

    def form_values(self, person_id: str) -> dict[str, Any] | None:
        """A person's record as raw person-form values, to prefill the edit form."""
        rows = list(self.db.query("SELECT * FROM person WHERE id = ?", [person_id]))
        if not rows:
            return None
        row = rows[0]
        values: dict[str, Any] = {name: row[name] for name in PERSON_FIELDS}
        for name in ("birth_date_estimated", "consent_given", "pregnant"):
            values[name] = None if row[name] is None else bool(row[name])
        for name in WG_FIELDS:
            values[name] = None if row[name] is None else str(row[name])
        ident = self.db.execute(
            "SELECT type, value FROM identifier WHERE person_id = ? ORDER BY type LIMIT 1",
            [person_id],
        ).fetchone()
        values["id_type"], values["id_number"] = ident if ident else (None, None)
        return values

    def update_person(
        self, person_id: str, raw: Mapping[str, Any], actor: Actor, expected_version: int
    ) -> int:
        """Validate and save an edit; returns the new version (unchanged when nothing changed).

        `expected_version` is the version the clerk started from: a record changed meanwhile
        (another window, a sync) is refused rather than silently overwritten.
        """
        require(actor.role, Action.EDIT_PERSON)
        checked = validate(self.person_form, raw, today=self.today())
        if not checked.ok:
            raise ValidationFailed(checked.problems)
        current = self.form_values(person_id)
        if current is None:
            raise RecordChanged("person not found")
        new, old = edit_values(checked.values), edit_values(current)
        changes = {k: (old[k], v) for k, v in new.items() if v != old[k]}
        if not changes:
            stored = self.db.execute("SELECT version FROM person WHERE id = ?", [person_id])
            if stored.fetchone()[0] != expected_version:
                raise RecordChanged("version moved")
            return expected_version
        now = self.clock().isoformat(timespec="seconds")
        with translate_errors(), self.db.atomic():
            version = self.write_fields(person_id, changes, expected_version, now)
            self._record_update(person_id, changes, expected_version, actor, now)
        return version

    def write_fields(
        self, person_id: str, changes: Mapping[str, tuple[Any, Any]], base: int | None, now: str
    ) -> int:
        """Write person-form fields (old -> new) with their identifier and search index rows;
        call inside the caller's transaction. With a `base` version the row must still be
        at it and moves to the next (returned); with None the version is left alone (a
        correction of a change the registry refused, which has no version there)."""
        columns = {k: v for k, (_, v) in changes.items() if k not in {"id_type", "id_number"}}
        sets = "".join(f"{name} = ?, " for name in columns)
        if base is None:
            cursor = self.db.execute(
                f"UPDATE person SET {sets}updated_at = ? WHERE id = ?",
                [*columns.values(), now, person_id],
            )
        else:
            cursor = self.db.execute(
                f"UPDATE person SET {sets}version = version + 1, updated_at = ?"
                " WHERE id = ? AND version = ?",
                [*columns.values(), now, person_id, base],
            )
        if cursor.rowcount != 1:
            raise RecordChanged("version moved")
        if {"id_type", "id_number"} & changes.keys():
            ident = self.form_values(person_id) or {}  # read before the rows go
            self.db.execute("DELETE FROM identifier WHERE person_id = ?", [person_id])
            id_type = changes.get("id_type", (None, ident.get("id_type")))[1]
            id_number = changes.get("id_number", (None, ident.get("id_number")))[1]
            if id_type and id_number:
                _insert(
                    self.db,
                    "identifier",
                    {"person_id": person_id, "type": id_type, "value": id_number},
                )
        if {"given_name", "family_name", "father_name", "native_name"} & changes.keys():
            row = self.db.execute(
                "SELECT rowid, given_name, family_name, father_name, native_name FROM person"
                " WHERE id = ?",
                [person_id],
            ).fetchone()
            search.unindex_person(self.db, row[0])
            search.index_person(self.db, row[0], search.index_text(*row[1:]))
        return base + 1 if base is not None else self.version(person_id)

    def version(self, person_id: str) -> int:
        row = self.db.execute("SELECT version FROM person WHERE id = ?", [person_id]).fetchone()
        if row is None:
            raise RecordChanged("person not found")
        return int(row[0])

    def _record_update(
        self,
        person_id: str,
        changes: Mapping[str, tuple[Any, Any]],
        base: int,
        actor: Actor,
        now: str,
    ) -> None:
        audit.append(
            self.db,
            at=now,
            user_id=actor.user_id,
            action="update",
            entity="person",
            entity_id=person_id,
            detail={"fields": sorted(changes), "office": actor.office},
        )
        outbox.record(
            self.db,
            entity="person",
            entity_id=person_id,
            op="update",
            base_version=base,
            changes=changes,
            user_id=actor.user_id,
            client_time=now,
        )

    # -- reading ------------------------------------------------------------------------------

    def get(self, person_id: str) -> PersonRecord | None:
        rows = list(self.db.query("SELECT * FROM person WHERE id = ?", [person_id]))
        if not rows:
            return None
        person = rows[0]
        identifiers = tuple(
            (row["type"], row["value"])
            for row in self.db.query(
                "SELECT type, value FROM identifier WHERE person_id = ? ORDER BY type", [person_id]
            )
        )
        household: Mapping[str, Any] | None = None
        members: tuple[PersonSummary, ...] = ()
        if person["household_id"]:
            found = list(
                self.db.query("SELECT * FROM household WHERE id = ?", [person["household_id"]])
            )
            household = found[0] if found else None
            members = tuple(self.household_members(person["household_id"]))
        return PersonRecord(person, identifiers, household, members, self._history(person_id))

    def household_members(self, household_id: str) -> list[PersonSummary]:
        where = "WHERE p.household_id = ? ORDER BY p.rowid"
        return search.fetch_summaries(self.db, where, [household_id], "household")

    def _history(self, person_id: str) -> tuple[HistoryEntry, ...]:
        names = {
            row["id"]: row["display_name"]
            for row in self.db.query("SELECT id, display_name FROM users")
        }
        return tuple(
            HistoryEntry(
                at=entry.at,
                user=names.get(entry.user_id or "", entry.user_id or "?"),
                action=entry.action,
                fields=tuple(entry.detail.get("fields", ())),
            )
            for entry in audit.entries_for(self.db, "person", person_id)
            if entry.action != "view"  # who looked is audited, but is not a change
        )

    # -- duplicates ---------------------------------------------------------------------------

    def find_duplicates(self, member: Mapping[str, Any]) -> list[DuplicateCandidate]:
        """Likely existing records for a person about to be registered, best first."""
        member = clean_values(
            self.household_form.field("members").fields, member, today=self.today()
        )
        found: dict[str, DuplicateCandidate] = {}
        id_type, id_number = member.get("id_type"), member.get("id_number")
        if id_type and id_number:
            for person in search.by_identifier(self.db, [(id_type, id_number)]):
                found[person.id] = DuplicateCandidate(person, ("same_id",), 1.0)
        full_name = " ".join(
            str(member.get(k) or "") for k in ("given_name", "family_name")
        ).strip()
        if full_name:
            for person in search.search_names(self.db, full_name, 50):
                candidate = _name_candidate(member, full_name, person)
                if candidate and person.id not in found:
                    found[person.id] = candidate
        return sorted(found.values(), key=lambda c: -c.score)


def _name_candidate(
    member: Mapping[str, Any], full_name: str, person: PersonSummary
) -> DuplicateCandidate | None:
    if name_similarity(full_name, person.full_name) < NAME_MATCH:
        return None
    reasons = ["similar_name"]
    birth = member.get("birth_date")
    birth_text = birth.isoformat() if isinstance(birth, date) else (str(birth) if birth else None)
    if not birth_text or not person.birth_date:
        return None
    if birth_text == person.birth_date:
        reasons.append("same_birth_date")
    elif member.get("birth_date_estimated") and birth_text[:4] == person.birth_date[:4]:
        reasons.append("same_birth_year")
    else:
        return None
    father = str(member.get("father_name") or "")
    if (
        father
        and person.father_name
        and name_similarity(father, person.father_name) >= FATHER_MATCH
    ):
        reasons.append("similar_father_name")
    score = 0.6 + 0.2 * ("same_birth_date" in reasons) + 0.2 * ("similar_father_name" in reasons)
    return DuplicateCandidate(person, tuple(reasons), round(score, 2))
