"""What a supervisor does with a change the registry refused: correct and resend it, or drop it.

Both leave the refused outbox row as it was sent (its payload is frozen) and record on it
what became of it: `resolution` ('resubmitted' or 'discarded'), a note, who and when, and for
a resubmission the id of the new mutation that replaces it (`superseded_by`, and `supersedes`
on the new row). The data change, the new mutation, the resolution and the audit row are
written in one transaction: all of it lands, or none of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from forms.validation import validate
from sync.replica import audit, outbox, search
from sync.replica.errors import ReplicaError, Term
from sync.replica.persons import (
    EDITABLE_FIELDS,
    Actor,
    PersonStore,
    ValidationFailed,
    edit_values,
)

MAX_NOTE_CHARS = 2000
IDENTITY_DOCUMENT = ("id_type", "id_number")
# Rows that still describe work in flight: a record they are about is not removed.
_IN_FLIGHT = "('pending', 'sending', 'held')"


class NotRejected(ReplicaError):
    user_message = (
        "This change was not refused by the registry (or is no longer on this device), so "
        "there is nothing to resolve. Refresh the list."
    )


class AlreadyResolved(ReplicaError):
    user_message = (
        "This refused change has already been resubmitted or discarded. Refresh the list."
    )


class CannotResubmit(ReplicaError):
    user_message = (
        "Only a refused registration or edit of a person can be corrected and sent again. "
        "Discard this change instead, with the reason."
    )


class RecordGone(ReplicaError):
    user_message = (
        "The record this change was about is no longer on this device. Discard the change "
        "instead, with the reason."
    )


class NothingToResend(ReplicaError):
    user_message = (
        "The corrected values are the same as the registry's, so there is nothing to send. "
        "Discard the change instead, with the reason."
    )


class NotCorrectable(ReplicaError):
    """A correction touched answers outside the person form (`fields`, by name)."""

    user_message = (
        "These answers cannot be corrected here: {fields}. Discard the change, with the "
        "reason, and make the change again on the record. Nothing was saved."
    )

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(
            f"not correctable: {', '.join(names)}",
            user_args={"fields": tuple(Term("field", name) for name in names)},
        )
        self.fields = tuple(names)


class ReasonRequired(ReplicaError):
    user_message = "Write the reason for discarding this change. Nothing was changed."


class NoteTooLong(ReplicaError):
    user_message = "The note can have at most {count} characters. Nothing was changed."

    def __init__(self) -> None:
        super().__init__("note too long", user_args={"count": MAX_NOTE_CHARS})


@dataclass(frozen=True)
class Refused:
    """A refused outbox row, not yet resolved."""

    mutation_id: str
    entity: str
    entity_id: str
    op: str
    changes: dict[str, list[Any]]


def check_note(note: str, *, required: bool) -> str:
    text = note.strip()
    if required and not text:
        raise ReasonRequired("reason missing")
    if len(text) > MAX_NOTE_CHARS:
        raise NoteTooLong()
    return text


def unresolved(db: sqlite_utils.Database, mutation_id: str) -> Refused:
    row = db.execute(
        "SELECT mutation_id, entity, entity_id, op, changes, state, resolution FROM outbox"
        " WHERE mutation_id = ?",
        [mutation_id],
    ).fetchone()
    if row is None or row[5] != "rejected":
        raise NotRejected("mutation not in the rejected state")
    if row[6] is not None:
        raise AlreadyResolved(f"mutation already {row[6]}")
    return Refused(row[0], row[1], row[2], row[3], json.loads(row[4]))


def _mark(
    db: sqlite_utils.Database,
    refused: Refused,
    resolution: str,
    *,
    note: str,
    by: str,
    at: str,
    superseded_by: str | None = None,
) -> None:
    cursor = db.execute(
        "UPDATE outbox SET resolution = ?, resolution_note = ?, resolved_by = ?, resolved_at = ?,"
        " superseded_by = ? WHERE mutation_id = ? AND state = 'rejected' AND resolution IS NULL",
        [resolution, note or None, by, at, superseded_by, refused.mutation_id],
    )
    if cursor.rowcount != 1:  # resolved or re-queued since it was read
        raise AlreadyResolved("resolution raced")


# -- resubmitting -------------------------------------------------------------------------------


def resubmit(
    store: PersonStore,
    mutation_id: str,
    corrected: Mapping[str, Any],
    actor: Actor,
    *,
    now: str,
    today: date,
) -> str:
    """Correct a refused person create or update and queue it again; returns the new id.

    `corrected` holds person-form answers (raw, as the edit form sends them) laid over the
    record as it is on the device; the whole record is validated as the edit path does.
    Other fields of the refused change may come back only as they were sent.
    """
    db = store.db
    refused = unresolved(db, mutation_id)
    if refused.entity != "person" or refused.op not in ("create", "update"):
        raise CannotResubmit(f"cannot resubmit {refused.entity} {refused.op}")
    answers = _form_answers(corrected, refused.changes)
    current = store.form_values(refused.entity_id)
    if current is None:
        raise RecordGone("person not on the device")
    checked = validate(store.person_form, {**current, **answers}, today=today)
    if not checked.ok:
        raise ValidationFailed(checked.problems)
    new, old = edit_values(checked.values), edit_values(current)
    local = {k: (old[k], v) for k, v in new.items() if v != old[k]}
    with db.atomic():
        if refused.op == "create":
            if local:
                store.write_fields(refused.entity_id, local, None, now)
            changes = _create_payload(refused.changes, new)
            base = 0
        else:
            base = store.version(refused.entity_id)
            changes = _update_payload(refused.changes, old, new)
            if not changes:
                raise NothingToResend("correction equals the registry's values")
            if local:
                store.write_fields(refused.entity_id, local, base, now)
        new_id = outbox.record(
            db,
            entity="person",
            entity_id=refused.entity_id,
            op=refused.op,
            base_version=base,
            changes=changes,
            user_id=actor.user_id,
            client_time=now,
        )
        db.execute(
            "UPDATE outbox SET supersedes = ? WHERE mutation_id = ?", [refused.mutation_id, new_id]
        )
        _mark(db, refused, "resubmitted", note="", by=actor.user_id, at=now, superseded_by=new_id)
        audit.append(
            db,
            at=now,
            user_id=actor.user_id,
            action="resubmit",
            entity="person",
            entity_id=refused.entity_id,
            detail={
                "mutation": refused.mutation_id,
                "new_mutation": new_id,
                "corrected": sorted(local),
                "office": actor.office,
            },
        )
    return new_id


def _form_answers(corrected: Mapping[str, Any], sent: Mapping[str, list[Any]]) -> dict[str, Any]:
    """The person-form answers in a correction. The identifier list may stand for the
    identity document; any other field must be unchanged from what was sent."""
    answers = {k: v for k, v in corrected.items() if k in EDITABLE_FIELDS}
    refused: list[str] = []
    for name, value in corrected.items():
        if name in EDITABLE_FIELDS or _unchanged(sent.get(name), value):
            continue
        first = value[0] if name == "identifiers" and isinstance(value, list | tuple) else None
        if isinstance(first, list | tuple) and len(first) == 2:
            answers.setdefault("id_type", first[0])
            answers.setdefault("id_number", first[1])
        else:
            refused.append(name)
    if refused:
        raise NotCorrectable(sorted(refused))
    return answers


def _unchanged(pair: list[Any] | None, value: Any) -> bool:
    if pair is None:
        return value is None or value == ""
    return bool(pair[1] == json.loads(json.dumps(value, default=str)))


def _create_payload(
    sent: Mapping[str, list[Any]], new: Mapping[str, Any]
) -> dict[str, tuple[Any, Any]]:
    """The refused create's record with the corrected answers: the full record again."""
    record = {name: pair[1] for name, pair in sent.items()}
    record.update({k: v for k, v in new.items() if k not in IDENTITY_DOCUMENT})
    record.pop("identifiers", None)
    if new.get("id_type") and new.get("id_number"):
        record["identifiers"] = [[new["id_type"], new["id_number"]]]
    return {name: (None, value) for name, value in sorted(record.items()) if value is not None}


def _update_payload(
    sent: Mapping[str, list[Any]], local: Mapping[str, Any], new: Mapping[str, Any]
) -> dict[str, tuple[Any, Any]]:
    """Old -> new as the registry will see it. The registry never took the refused edit, so
    for its fields 'old' is what the edit started from (what the registry still holds)
    while the device still shows the refused value; elsewhere it is the device's value."""
    changes: dict[str, tuple[Any, Any]] = {}
    for name in EDITABLE_FIELDS:
        before = local[name]
        pair = sent.get(name)
        if pair is not None and local[name] == pair[1]:
            before = pair[0]
        if before != new[name]:
            changes[name] = (before, new[name])
    return changes


# -- discarding ---------------------------------------------------------------------------------


def discard(
    store: PersonStore, mutation_id: str, reason: str, actor: Actor, *, now: str
) -> dict[str, Any]:
    """Drop a refused change and undo its effect on the device; returns what was undone.

    A refused create removes the rows it made, unless something still refers to them (an
    application, another change still waiting): those stay, and the answer says so. A refused
    edit puts back the old value of each field that still holds the refused one. Versions are
    left alone: the sync engine's divergence check brings them in line with the registry.
    """
    note = check_note(reason, required=True)
    db = store.db
    refused = unresolved(db, mutation_id)
    with db.atomic():
        if refused.op == "create":
            undone = _remove_created(db, refused.entity, refused.entity_id)
        elif refused.op == "update":
            undone = {"reverted": _revert_update(store, refused, now)}
        else:
            undone = {}
        _mark(db, refused, "discarded", note=note, by=actor.user_id, at=now)
        audit.append(
            db,
            at=now,
            user_id=actor.user_id,
            action="discard",
            entity=refused.entity,
            entity_id=refused.entity_id,
            detail={"mutation": refused.mutation_id, "op": refused.op, "note": note, **undone},
        )
    return undone


def _revert_update(store: PersonStore, refused: Refused, now: str) -> list[str]:
    if refused.entity == "person":
        current = store.form_values(refused.entity_id)
        if current is None:
            return []
        values = edit_values(current)
        back = {
            name: (values[name], pair[0])
            for name, pair in refused.changes.items()
            if name in values and values[name] == pair[1]
        }
        if back:
            store.write_fields(refused.entity_id, back, None, now)
        return sorted(back)
    return _revert_columns(store.db, refused)


def _revert_columns(db: sqlite_utils.Database, refused: Refused) -> list[str]:
    """Household or enrolment fields back to their old values (no version change)."""
    table = {"household": "household", "enrolment": "enrolment"}.get(refused.entity)
    if table is None:
        return []
    found = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [refused.entity_id]))
    if not found:
        return []
    back = {
        name: pair[0]
        for name, pair in refused.changes.items()
        if name in found[0] and name not in ("id", "version") and found[0][name] == pair[1]
    }
    if back:
        sets = ", ".join(f"{name} = ?" for name in back)
        db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*back.values(), refused.entity_id])
    return sorted(back)


def _remove_created(db: sqlite_utils.Database, entity: str, entity_id: str) -> dict[str, Any]:
    if _referenced(db, entity, entity_id):
        return {"removed": [], "kept": True}
    removed = [entity]
    if entity == "person":
        household_id = _remove_person(db, entity_id)
        if (
            household_id
            and _discarded_create(db, "household", household_id)
            and not _referenced(db, "household", household_id)
        ):
            db.execute("DELETE FROM household WHERE id = ?", [household_id])
            removed.append("household")
    elif entity in ("household", "enrolment"):
        db.execute(f"DELETE FROM {entity} WHERE id = ?", [entity_id])
    return {"removed": removed, "kept": False}


def _remove_person(db: sqlite_utils.Database, person_id: str) -> str | None:
    """Remove a person the registry never took; returns its household id."""
    row = db.execute("SELECT rowid, household_id FROM person WHERE id = ?", [person_id]).fetchone()
    if row is None:
        return None
    search.unindex_person(db, row[0])
    db.execute("DELETE FROM identifier WHERE person_id = ?", [person_id])
    # The registry makes a person head only when it takes the person: it has no head here.
    db.execute("UPDATE household SET head_person_id = NULL WHERE head_person_id = ?", [person_id])
    db.execute("DELETE FROM person WHERE id = ?", [person_id])
    return str(row[1]) if row[1] else None


def _referenced(db: sqlite_utils.Database, entity: str, entity_id: str) -> bool:
    """True when another row, or a change still on its way, needs this record."""
    checks = {
        "person": (
            "SELECT 1 FROM enrolment WHERE person_id = ?1",
            "SELECT 1 FROM contribution WHERE person_id = ?1",
        ),
        "household": (
            "SELECT 1 FROM person WHERE household_id = ?1",
            "SELECT 1 FROM enrolment WHERE household_id = ?1",
        ),
    }.get(entity, ())
    waiting = f"SELECT 1 FROM outbox WHERE entity_id = ?1 AND state IN {_IN_FLIGHT}"
    return any(
        db.execute(f"{sql} LIMIT 1", [entity_id]).fetchone() is not None
        for sql in (*checks, waiting)
    )


def _discarded_create(db: sqlite_utils.Database, entity: str, entity_id: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND op = 'create'"
        " AND state = 'rejected' AND resolution = 'discarded' LIMIT 1",
        [entity, entity_id],
    ).fetchone()
    return row is not None
