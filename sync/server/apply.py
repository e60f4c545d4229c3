"""Applying one pushed mutation to the registry: creates, three-way updates, deletes.

Runs inside the push transaction against the push's `Batch` (rows read up front, writes kept
in memory until the batch is flushed; see `batch.py` and `push.py`). Raising `Rejected`
undoes the mutation's writes in the batch, so a refused mutation leaves nothing behind.

Updates are merged field by field against the mutation's old values (the device's base):
a field the registry has not changed since (current == old) takes the new value; a field
already at the new value needs nothing; a field changed on both sides keeps the live value
and queues a proposal when it is an identity field, and otherwise takes the new value (last
arrival wins) with both values written to the field history.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Float, Integer, Table

from forms.names import name_similarity
from sync.protocol import IDENTITY_FIELDS, Mutation, MutationStatus
from sync.server import store
from sync.server import tables as t
from sync.server.batch import Batch
from sync.server.validation import (
    Forms,
    enrolment_problems,
    household_problems,
    person_problems,
    registry_no_problem,
)

NAME_MATCH = 0.85
FATHER_MATCH = 0.85
MAX_NAME_CANDIDATES = 500
IDENTITY_DOCUMENT = ("id_type", "id_number")

_MANAGED = frozenset({"id", "version", "status", "merged_into", "seq"})
_PROVENANCE = frozenset({"registered_by", "registered_office", "registered_at", "updated_at"})
PERSON_CREATE = (frozenset(t.PERSON_COLUMNS) - _MANAGED) | {"identifiers", *IDENTITY_DOCUMENT}
PERSON_EDIT = PERSON_CREATE - _PROVENANCE - {"registry_no"}
HOUSEHOLD_CREATE = frozenset(t.HOUSEHOLD_COLUMNS) - _MANAGED
HOUSEHOLD_EDIT = HOUSEHOLD_CREATE - _PROVENANCE - {"registry_no"}
ENROLMENT_CREATE = frozenset(t.ENROLMENT_COLUMNS) - {"id", "version"}
ENROLMENT_EDIT = frozenset({"status", "decided_at", "decided_by", "catalog_version"})


class Rejected(Exception):
    """The mutation is refused: `reason` is the protocol's code, `message` says why."""

    def __init__(self, reason: str, message: str, redirect: str | None = None) -> None:
        super().__init__(message)
        self.reason, self.message, self.redirect = reason, message, redirect


@dataclass(frozen=True)
class DeviceScope:
    device_id: str
    district: str
    office: str


@dataclass(frozen=True)
class Outcome:
    status: MutationStatus
    version: int
    conflict_fields: tuple[str, ...] = ()


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool):
        a = int(a)
    if isinstance(b, bool):
        b = int(b)
    return bool(a == b)


def _typed(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values checked against the column types (JSON may carry anything); bools become 0/1."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in table.c:
            continue
        kind = table.c[name].type
        if value is None:
            out[name] = None
        elif isinstance(kind, Integer | BigInteger):
            if not isinstance(value, int):
                raise Rejected("invalid", f"{name}: must be a whole number")
            out[name] = int(value)
        elif isinstance(kind, Float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise Rejected("invalid", f"{name}: must be a number")
            out[name] = float(value)
        else:
            if not isinstance(value, str):
                raise Rejected("invalid", f"{name}: must be text")
            out[name] = value
    return out


def _identifier_list(value: Any) -> list[list[str]]:
    if value is None:
        return []
    ok = isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
        for pair in value
    )
    if not ok:
        raise Rejected("invalid", "identifiers: must be a list of [type, value] pairs")
    return sorted([list(pair) for pair in value])


def _first_problem(problems: Mapping[str, str], fields: set[str] | None = None) -> None:
    for name, message in problems.items():
        if fields is None or name in fields:
            raise Rejected("invalid", message)


class Applier:
    """Applies mutations of one device to a `Batch` (district lock held)."""

    def __init__(self, batch: Batch, scope: DeviceScope, forms: Forms, today: date) -> None:
        self.batch, self.scope, self.forms, self.today = batch, scope, forms, today

    def prefetch(self, mutations: list[Mutation]) -> None:
        """Read at once every row, registry number, identifier holder and birth-date block
        these mutations may look at (a mutation the prefetch missed is read when needed)."""
        ids: dict[str, set[str]] = {"person": set(), "household": set(), "enrolment": set()}
        unique: set[tuple[str, str]] = set()
        identifiers: set[str] = set()
        births: set[str] = set()
        for m in mutations:
            ids[m.entity].add(m.entity_id)
            new = {
                name: pair[1]
                for name, pair in m.changes.items()
                if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], str)
            }
            if "household_id" in new:
                ids["household"].add(new["household_id"])
            if m.entity == "enrolment" and "person_id" in new:
                ids["person"].add(new["person_id"])
            if m.op != "create":
                continue
            key = "reference" if m.entity == "enrolment" else "registry_no"
            if key in new:
                unique.add((f"{m.entity}.{key}", new[key]))
            if m.entity == "person":
                if "birth_date" in new:
                    births.add(new["birth_date"])
                if "id_number" in new:
                    identifiers.add(new["id_number"])
                pairs = m.changes.get("identifiers", [None, None])
                listed = pairs[1] if isinstance(pairs, list) and len(pairs) == 2 else None
                for pair in listed if isinstance(listed, list) else ():
                    if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], str):
                        identifiers.add(pair[1])
        self.batch.prefetch(ids, unique, identifiers, births, MAX_NAME_CANDIDATES)

    def apply(self, m: Mutation) -> Outcome:
        if m.op == "create":
            return {
                "person": self._create_person,
                "household": self._create_household,
                "enrolment": self._create_enrolment,
            }[m.entity](m)
        if m.op == "delete":
            return self._delete(m)
        return self._update(m)

    # -- creates ----------------------------------------------------------------------------

    def _create_values(self, m: Mutation, allowed: frozenset[str]) -> dict[str, Any]:
        unknown = sorted(set(m.changes) - allowed)
        if unknown:
            raise Rejected("invalid", f"{unknown[0]}: not a field of a new {m.entity}")
        for name, pair in m.changes.items():
            if len(pair) != 2:
                raise Rejected("invalid", f"{name}: a change must be [old, new]")
        return {name: pair[1] for name, pair in m.changes.items()}

    def _exists(self, table: Table, entity_id: str) -> bool:
        return self.batch.row(table.name, entity_id) is not None

    def _provenance(self, m: Mutation, values: dict[str, Any]) -> dict[str, Any]:
        return {
            "registered_by": values.get("registered_by") or m.user_id,
            "registered_office": values.get("registered_office") or self.scope.office,
            "registered_at": values.get("registered_at") or m.client_time,
            "updated_at": values.get("updated_at") or m.client_time,
        }

    def _check_district(self, district: Any) -> None:
        if district != self.scope.district:
            raise Rejected("out_of_scope", "district: outside this device's district")

    def _check_registry_no(self, table: Table, value: Any) -> None:
        problem = registry_no_problem(value)
        if problem:
            raise Rejected("invalid", problem)
        if self.batch.is_taken(f"{table.name}.registry_no", value):
            raise Rejected("registry_no_taken", "registry_no: already given to another record")

    def _create_household(self, m: Mutation) -> Outcome:
        values = self._create_values(m, HOUSEHOLD_CREATE)
        if self._exists(t.household, m.entity_id):
            raise Rejected("exists", "household: this id exists already")
        self._check_district(values.get("district"))
        self._check_registry_no(t.household, values.get("registry_no"))
        row = _typed(t.household, values | self._provenance(m, values))
        _first_problem(household_problems(self.forms.household, row))
        seq = self.batch.record_change("household", m.entity_id, version=1, previous_seq=None)
        row |= {"id": m.entity_id, "version": 1, "status": "active", "seq": seq}
        self.batch.insert("household", row, unique=("registry_no",))
        self.batch.adjust_digest("household", m.entity_id, None, 1)
        return Outcome("applied", 1)

    def _household_in_scope(self, household_id: Any) -> dict[str, Any] | None:
        if household_id is None:
            return None
        found = self.batch.row("household", household_id)
        if found is None:
            raise Rejected("invalid", "household_id: no such household")
        if found["district"] != self.scope.district:
            raise Rejected("out_of_scope", "household_id: outside this device's district")
        return found

    def _create_person(self, m: Mutation) -> Outcome:
        values = self._create_values(m, PERSON_CREATE)
        if self._exists(t.person, m.entity_id):
            raise Rejected("exists", "person: this id exists already")
        identifiers = _identifier_list(values.pop("identifiers", None))
        id_type, id_number = values.pop("id_type", None), values.pop("id_number", None)
        if id_type and id_number and [id_type, id_number] not in identifiers:
            identifiers = sorted([*identifiers, [id_type, id_number]])
        self._check_district(values.get("district"))
        self._check_registry_no(t.person, values.get("registry_no"))
        household = self._household_in_scope(values.get("household_id"))
        row = _typed(t.person, values | self._provenance(m, values))
        row.setdefault("birth_date_estimated", 0)
        row.setdefault("consent_given", 0)
        for name in ("birth_date_estimated", "consent_given"):
            row[name] = row[name] if row[name] is not None else 0
        _first_problem(person_problems(self.forms.person, row, identifiers, self.today))
        if len({kind for kind, _ in identifiers}) != len(identifiers):
            raise Rejected("invalid", "identifiers: one value per identifier type")
        seq = self.batch.record_change("person", m.entity_id, version=1, previous_seq=None)
        row |= {"id": m.entity_id, "version": 1, "status": "active", "seq": seq}
        self.batch.insert("person", row, unique=("registry_no",))
        self.batch.set_identifiers(m.entity_id, identifiers)
        self.batch.adjust_digest("person", m.entity_id, None, 1)
        if household is not None and household["head_person_id"] is None:
            self._maybe_head(row)
        self._flag_duplicates(row, identifiers, m.mutation_id)
        return Outcome("applied", 1)

    def _maybe_head(self, row: Mapping[str, Any]) -> None:
        # The device sets the head in the same local transaction as the registration, without
        # a mutation of its own; doing the same here keeps both rows equal at version 1.
        if row.get("relationship") == "head":
            self.batch.update("household", row["household_id"], {"head_person_id": row["id"]})

    def _create_enrolment(self, m: Mutation) -> Outcome:
        values = self._create_values(m, ENROLMENT_CREATE)
        if self._exists(t.enrolment, m.entity_id):
            raise Rejected("exists", "enrolment: this id exists already")
        row = _typed(t.enrolment, values)
        _first_problem(enrolment_problems(row))
        if row.get("person_id") is not None:
            self._person_in_scope(row["person_id"])
        self._household_in_scope(row.get("household_id"))
        if self.batch.is_taken("enrolment.reference", row["reference"]):
            raise Rejected("invalid", "reference: already used by another enrolment")
        seq = self.batch.record_change("enrolment", m.entity_id, version=1, previous_seq=None)
        row |= {"id": m.entity_id, "version": 1, "district": self.scope.district, "seq": seq}
        self.batch.insert("enrolment", row, unique=("reference",))
        self.batch.adjust_digest("enrolment", m.entity_id, None, 1)
        return Outcome("applied", 1)

    def _person_in_scope(self, person_id: Any) -> None:
        found = self.batch.row("person", person_id)
        if found is None:
            raise Rejected("invalid", "person_id: no such person")
        if found["district"] != self.scope.district:
            raise Rejected("out_of_scope", "person_id: outside this device's district")

    # -- updates and deletes ----------------------------------------------------------------

    def _live(self, m: Mutation) -> dict[str, Any]:
        found = self.batch.row(m.entity, m.entity_id)
        if found is None:
            raise Rejected("not_found", f"{m.entity}: no such record")
        row = dict(found)
        if row["district"] != self.scope.district:
            raise Rejected("out_of_scope", f"{m.entity}: outside this device's district")
        status = row.get("status")
        if status == "merged":
            merged_into = row.get("merged_into")
            raise Rejected("merged_into", "person: merged into another record", merged_into)
        if status == "deleted":
            raise Rejected("deleted", f"{m.entity}: deleted")
        if m.entity == "person":
            row["identifiers"] = self.batch.person_identifiers(m.entity_id)
            first = row["identifiers"][0] if row["identifiers"] else [None, None]
            row["id_type"], row["id_number"] = first
        return row

    def _update(self, m: Mutation) -> Outcome:
        editable = {"person": PERSON_EDIT, "household": HOUSEHOLD_EDIT}.get(
            m.entity, ENROLMENT_EDIT
        )
        live = self._live(m)
        table = t.DATA_TABLES[m.entity]
        write: dict[str, Any] = {}
        history: list[tuple[str, Any, Any]] = []
        conflicts: list[tuple[str, Any, Any, Any]] = []
        for name, pair in sorted(m.changes.items()):
            if name not in editable or len(pair) != 2:
                raise Rejected("invalid", f"{name}: not a field that can be changed this way")
            old, new = pair
            if name == "identifiers":
                old, new = _identifier_list(old), _identifier_list(new)
            current = live.get(name)
            if _same(current, new):
                continue
            if _same(current, old):
                write[name] = new
            elif name in IDENTITY_FIELDS:
                conflicts.append((name, old, current, new))
            else:
                write[name] = new
                history.append((name, current, new))
        typed = _typed(table, {k: v for k, v in write.items() if k in table.c})
        if "district" in typed:
            self._check_district(typed["district"])
        if "household_id" in typed:
            self._household_in_scope(typed["household_id"])
        self._validate_update(m.entity, live, write, typed)
        version = int(live["version"])
        if write:
            version = self._write_update(m, live, typed, write)
        self._record_history(m, history)
        self._record_conflicts(m, conflicts)
        if conflicts:
            return Outcome("conflict", version, tuple(name for name, *_ in conflicts))
        return Outcome("applied" if m.base_version == live["version"] else "merged", version)

    def _validate_update(
        self, entity: str, live: dict[str, Any], write: dict[str, Any], typed: dict[str, Any]
    ) -> None:
        after = live | typed
        changed = set(write)
        if entity == "person":
            identifiers = self._identifiers_after(live, write)
            after["identifiers"] = identifiers
            problems = person_problems(self.forms.person, after, identifiers, self.today)
            if changed & {"id_type", "id_number", "identifiers"}:
                changed |= {"id_type", "id_number", "identifiers"}
            _first_problem(problems, changed)
        elif entity == "household":
            _first_problem(household_problems(self.forms.household, after), changed)
        else:
            _first_problem(enrolment_problems(after), changed)

    def _identifiers_after(self, live: dict[str, Any], write: dict[str, Any]) -> list[list[str]]:
        if "identifiers" in write:
            return list(write["identifiers"])
        if not set(IDENTITY_DOCUMENT) & write.keys():
            return list(live["identifiers"])
        # As on the device: the edited identity document replaces the identifiers.
        kind = write.get("id_type", live["id_type"])
        value = write.get("id_number", live["id_number"])
        if kind is not None and not isinstance(kind, str):
            raise Rejected("invalid", "id_type: must be text")
        if value is not None and not isinstance(value, str):
            raise Rejected("invalid", "id_number: must be text")
        return [[kind, value]] if kind and value else []

    def _write_update(
        self, m: Mutation, live: dict[str, Any], typed: dict[str, Any], write: dict[str, Any]
    ) -> int:
        table = t.DATA_TABLES[m.entity]
        version = int(live["version"]) + 1
        seq = self.batch.record_change(
            m.entity, m.entity_id, version=version, previous_seq=live["seq"]
        )
        values = dict(typed) | {"version": version, "seq": seq}
        if "updated_at" in table.c:
            values["updated_at"] = m.client_time
        self.batch.update(m.entity, m.entity_id, values)
        if m.entity == "person" and write.keys() & {"identifiers", *IDENTITY_DOCUMENT}:
            self.batch.set_identifiers(m.entity_id, self._identifiers_after(live, write))
        self.batch.adjust_digest(m.entity, m.entity_id, int(live["version"]), version)
        return version

    def _review_row(self, m: Mutation) -> dict[str, Any]:
        return {
            "entity": m.entity,
            "entity_id": m.entity_id,
            "mutation_id": m.mutation_id,
            "device_id": self.scope.device_id,
            "user_id": m.user_id,
            "client_time": m.client_time,
        }

    def _record_history(self, m: Mutation, history: list[tuple[str, Any, Any]]) -> None:
        if history:
            at = store.now_iso()
            self.batch.add(
                "field_history",
                [
                    self._review_row(m)
                    | {
                        "field": name,
                        "previous_value": store.dumps(before),
                        "new_value": store.dumps(after),
                        "at": at,
                    }
                    for name, before, after in history
                ],
            )

    def _record_conflicts(self, m: Mutation, conflicts: list[tuple[str, Any, Any, Any]]) -> None:
        if conflicts:
            at = store.now_iso()
            self.batch.add(
                "conflict",
                [
                    self._review_row(m)
                    | {
                        "field": name,
                        "base_value": store.dumps(base),
                        "live_value": store.dumps(live),
                        "proposed_value": store.dumps(proposed),
                        "created_at": at,
                        "status": "open",
                    }
                    for name, base, live, proposed in conflicts
                ],
            )

    def _delete(self, m: Mutation) -> Outcome:
        live = self._live(m)
        old = int(live["version"])
        version = old + 1
        if m.entity == "enrolment":
            self.batch.record_change(
                "enrolment", m.entity_id, version=version, previous_seq=live["seq"], op="delete"
            )
            self.batch.remove("enrolment", m.entity_id)
            self.batch.adjust_digest("enrolment", m.entity_id, old, None)
            return Outcome("applied", version)
        seq = self.batch.record_change(
            m.entity, m.entity_id, version=version, previous_seq=live["seq"]
        )
        self.batch.update(
            m.entity,
            m.entity_id,
            {"status": "deleted", "version": version, "seq": seq, "updated_at": m.client_time},
        )
        self.batch.adjust_digest(m.entity, m.entity_id, old, version)
        return Outcome("applied" if m.base_version == old else "merged", version)

    # -- duplicates ----------------------------------------------------------------------------

    def _flag_duplicates(
        self, row: Mapping[str, Any], identifiers: list[list[str]], mutation_id: str
    ) -> None:
        """Flag likely duplicates anywhere in the registry for review; never merge."""
        found: dict[str, tuple[list[str], float]] = {}
        for kind, value in identifiers:
            for other in self.batch.holders(kind, value) - {row["id"]}:
                found[other] = (["same_id"], 1.0)
        if row.get("birth_date"):
            for other, score in self._name_matches(row):
                if other not in found:
                    found[other] = (["similar_name", "same_birth_date", "similar_father"], score)
        if found:
            at = store.now_iso()
            self.batch.add(
                "duplicate_flag",
                [
                    {
                        "person_id": row["id"],
                        "other_person_id": other,
                        "reasons": json.dumps(reasons),
                        "score": score,
                        "mutation_id": mutation_id,
                        "created_at": at,
                        "status": "open",
                    }
                    for other, (reasons, score) in sorted(found.items())
                ],
            )

    def _name_matches(self, row: Mapping[str, Any]) -> list[tuple[str, float]]:
        full = " ".join(str(row.get(k) or "") for k in ("given_name", "family_name")).strip()
        father = str(row.get("father_name") or "")
        out = []
        candidates = self.batch.active_born(row["birth_date"], row["id"], MAX_NAME_CANDIDATES)
        for other_id, given, family, other_father in candidates:
            other_full = " ".join(p for p in (given, family) if p)
            score = name_similarity(full, other_full)
            if score < NAME_MATCH or not father or not other_father:
                continue
            if name_similarity(father, other_father) >= FATHER_MATCH:
                out.append((other_id, round(score, 3)))
        return out
