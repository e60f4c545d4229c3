"""The supervisor's conflict queue: identity fields changed on both sides to different values.

Resolving one keeps the live value (nothing is written), or writes the proposal or an edited
value through the push path itself: the same `Applier` checks the value with the same form
rules, gives the record a new version, a change-log entry (devices pull it) and its digest
share, all in one transaction holding the district lock. The field history keeps the old and
the new value, the conflict row who settled it, how and when, and the registry's audit chain
the act (ids and field names only).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, Engine, select, update

from sync.protocol import ConflictItem, ConflictResolution, Mutation, ResolveRequest, payload_hash
from sync.server import permits, registry_audit, store
from sync.server import tables as t
from sync.server.apply import Applier, DeviceScope, Rejected
from sync.server.batch import Batch, chunks
from sync.server.db import writing
from sync.server.validation import Forms, registry_today

Status = Literal["open", "resolved", "all"]
_C, _D = t.conflict.c, t.device.c
_CHANGED = ("applied", "merged", "conflict")


class ConflictNotFound(Exception):
    """No such conflict in the caller's district."""


class AlreadyResolved(Exception):
    """The conflict was settled before."""


class ValueRefused(Exception):
    """The value chosen for `field` breaks a rule (`reason` invalid, `message` says which),
    or the record can no longer change (`reason` merged_into / deleted / not_found)."""

    def __init__(self, field: str, reason: str, message: str) -> None:
        super().__init__(message)
        self.field, self.reason, self.message = field, reason, message


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# -- reading the queue ------------------------------------------------------------------------


@dataclass(frozen=True)
class _LastChange:
    user_id: str
    client_time: str
    server_time: str


def conflicts(conn: Connection, district: str, status: Status) -> list[ConflictItem]:
    where = [] if status == "all" else [_C.status == status]
    return _items(conn, district, where)


def _items(
    conn: Connection, district: str, where: Sequence[ColumnElement[bool]]
) -> list[ConflictItem]:
    query = (
        select(t.conflict, _D.name.label("device_name"))
        .select_from(t.conflict.join(t.device, _C.device_id == _D.id))
        .where(_D.district == district, *where)
        .order_by(_C.id)
    )
    rows = conn.execute(query).all()
    if not rows:
        return []
    live_rows = _live_rows(conn, rows)
    changes = _last_changes(conn, rows)
    users = [row.user_id for row in rows] + [row.resolved_by for row in rows if row.resolved_by]
    users += [change.user_id for change in changes.values()]
    names = permits.display_names(conn, users)
    items = []
    for row in rows:
        live = live_rows.get((row.entity, row.entity_id))
        last = changes.get((row.entity_id, row.field))
        items.append(
            ConflictItem(
                conflict_id=int(row.id),
                entity=row.entity,
                entity_id=row.entity_id,
                field=row.field,
                base_value=_loads(row.base_value),
                live_value=live.get(row.field) if live else _loads(row.live_value),
                live_by=names.get(last.user_id, last.user_id) if last else None,
                live_at=last.client_time if last else None,
                proposed_value=_loads(row.proposed_value),
                proposed_by=names.get(row.user_id, row.user_id),
                proposed_at=row.client_time,
                device_name=row.device_name,
                mutation_id=row.mutation_id,
                status="resolved" if row.status == "resolved" else "open",
                resolution=_resolution(row, names),
            )
        )
    return items


def _resolution(row: Any, names: dict[str, str]) -> ConflictResolution | None:
    if row.status != "resolved":
        return None
    return ConflictResolution(
        choice=row.resolution,
        value=_loads(row.resolution_value),
        note=row.resolution_note or "",
        resolved_by=names.get(row.resolved_by, row.resolved_by),
        resolved_at=row.resolved_at,
        version=row.resolution_version,
    )


def _live_rows(conn: Connection, rows: Sequence[Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """The records as they are now, with a person's identity document as the device sees it."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for entity in sorted({row.entity for row in rows}):
        table = t.DATA_TABLES.get(entity)
        if table is None:
            continue
        ids = sorted({row.entity_id for row in rows if row.entity == entity})
        for part in chunks(ids):
            for found in conn.execute(select(table).where(table.c.id.in_(part))):
                out[(entity, found.id)] = dict(found._mapping)
    persons = [key for entity, key in out if entity == "person"]
    identifiers: dict[str, list[list[str]]] = {key: [] for key in persons}
    for part in chunks(persons):
        query = (
            select(t.identifier.c.person_id, t.identifier.c.type, t.identifier.c.value)
            .where(t.identifier.c.person_id.in_(part))
            .order_by(t.identifier.c.person_id, t.identifier.c.type)
        )
        for person_id, kind, value in conn.execute(query):
            identifiers[person_id].append([kind, value])
    for key, pairs in identifiers.items():
        row = out[("person", key)]
        row["identifiers"] = pairs
        row["id_type"], row["id_number"] = pairs[0] if pairs else (None, None)
    return out


def _last_changes(conn: Connection, rows: Sequence[Any]) -> dict[tuple[str, str], _LastChange]:
    """Per (record, field): who last wrote the live value and when. The newest of the field's
    history and of the mutations that set the field; failing both, the record's last change."""
    ids = sorted({row.entity_id for row in rows})
    fields = {(row.entity_id, row.field) for row in rows}
    out: dict[tuple[str, str], _LastChange] = {}

    def offer(key: tuple[str, str], change: _LastChange) -> None:
        if key not in out or out[key].server_time <= change.server_time:
            out[key] = change

    history = t.field_history.c
    mutation = t.mutation.c
    record: dict[str, _LastChange] = {}
    for part in chunks(ids):
        query = select(
            history.entity_id, history.field, history.user_id, history.client_time, history.at
        ).where(history.entity_id.in_(part))
        for entity_id, field, user_id, client_time, at in conn.execute(query):
            if (entity_id, field) in fields:
                offer((entity_id, field), _LastChange(user_id, client_time, at))
        query = select(
            mutation.entity_id,
            mutation.changes,
            mutation.result,
            mutation.user_id,
            mutation.client_time,
            mutation.received_at,
        ).where(mutation.entity_id.in_(part), mutation.status.in_(_CHANGED))
        for found in conn.execute(query):
            entity_id, received = str(found.entity_id), str(found.received_at)
            change = _LastChange(str(found.user_id), str(found.client_time), received)
            if entity_id not in record or record[entity_id].server_time <= received:
                record[entity_id] = change
            held = set(json.loads(found.result).get("conflict_fields") or ())
            for field in json.loads(found.changes):
                if (entity_id, field) in fields and field not in held:
                    offer((entity_id, field), change)
    for entity_id, field in fields:
        if (entity_id, field) not in out and entity_id in record:
            out[(entity_id, field)] = record[entity_id]
    return out


# -- resolving -------------------------------------------------------------------------------------


def resolve(
    engine: Engine, forms: Forms, actor: permits.Actor, conflict_id: int, request: ResolveRequest
) -> ConflictItem:
    """Settle one open conflict of the actor's district (see the module docstring)."""
    with writing(engine) as conn:
        seq = store.lock_district(conn, actor.district)
        found = conn.execute(
            select(t.conflict, _D.district)
            .select_from(t.conflict.join(t.device, _C.device_id == _D.id))
            .where(_C.id == conflict_id)
        ).first()
        if found is None or found.district != actor.district:
            raise ConflictNotFound(f"no conflict {conflict_id} in this district")
        if found.status != "open":
            raise AlreadyResolved(f"conflict {conflict_id} was resolved already")
        batch = Batch(conn, actor.district, seq)
        scope = DeviceScope(actor.device_id, actor.district, actor.office)
        applier = Applier(batch, scope, forms, registry_today())
        live = batch.row(found.entity, found.entity_id)
        if live is None:
            raise ValueRefused(found.field, "not_found", f"{found.entity}: no such record")
        current = _current(batch, found.entity, found.entity_id, found.field)
        if request.choice == "live":
            value, version = current, int(live["version"])
        else:
            value = _loads(found.proposed_value) if request.choice == "proposal" else request.value
            version = _write(applier, actor, found, current, value, int(live["version"]))
        conn.execute(
            update(t.conflict)
            .where(_C.id == conflict_id)
            .values(
                status="resolved",
                resolved_by=actor.user_id,
                resolved_at=store.now_iso(),
                resolution=request.choice,
                resolution_value=store.dumps(value),
                resolution_note=request.note,
                resolution_version=version,
            )
        )
        registry_audit.append(
            conn,
            actor=f"user:{actor.user_id}",
            action="resolve_conflict",
            entity=found.entity,
            entity_id=found.entity_id,
            detail={
                "conflict": conflict_id,
                "field": found.field,
                "choice": request.choice,
                "version": version,
                "device": actor.device_id,
            },
        )
        return _items(conn, actor.district, [_C.id == conflict_id])[0]


def _current(batch: Batch, entity: str, entity_id: str, field: str) -> Any:
    if entity == "person" and field in {"identifiers", "id_type", "id_number"}:
        identifiers = batch.person_identifiers(entity_id)
        if field == "identifiers":
            return identifiers
        first = identifiers[0] if identifiers else [None, None]
        return first[0] if field == "id_type" else first[1]
    row = batch.row(entity, entity_id)
    assert row is not None
    return row.get(field)


def _write(
    applier: Applier, actor: permits.Actor, found: Any, current: Any, value: Any, version: int
) -> int:
    """Write `value` as a one-field update from the live version; returns the new version."""
    mutation_id = store.new_id()
    now = store.now_iso()
    changes = {found.field: [current, value]}
    m = Mutation(
        mutation_id=mutation_id,
        device_seq=1,
        entity=found.entity,
        entity_id=found.entity_id,
        op="update",
        base_version=version,
        changes=changes,
        payload_hash=payload_hash(
            mutation_id, found.entity, found.entity_id, "update", version, changes
        ),
        user_id=actor.user_id,
        client_time=now,
    )
    try:
        outcome = applier.apply(m)
    except Rejected as refused:
        raise ValueRefused(found.field, refused.reason, refused.message) from None
    except (ValueError, TypeError, KeyError, AttributeError):
        # A value of a shape the form engine cannot even compare (a list for a date ...).
        raise ValueRefused(found.field, "invalid", "not a value this field can take") from None
    if outcome.version != version:
        applier.batch.add(
            "field_history",
            [
                {
                    "entity": found.entity,
                    "entity_id": found.entity_id,
                    "field": found.field,
                    "previous_value": store.dumps(current),
                    "new_value": store.dumps(value),
                    "mutation_id": mutation_id,
                    "device_id": actor.device_id,
                    "user_id": actor.user_id,
                    "client_time": now,
                    "at": now,
                }
            ],
        )
    applier.batch.flush()
    return outcome.version
