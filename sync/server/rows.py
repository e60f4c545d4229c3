"""Current rows as devices receive them (pull pages, repairs), always scoped to a district."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select, tuple_

from sync.protocol import CentralUser, SealedKey
from sync.server import tables as t

IN_BATCH = 500
Row = dict[str, Any]


def batched(items: Iterable[str], size: int = IN_BATCH) -> Iterator[list[str]]:
    iterator = iter(items)
    while part := list(islice(iterator, size)):
        yield part


def identifiers_of(conn: Connection, person_ids: Sequence[str]) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for part in batched(person_ids):
        query = (
            select(t.identifier.c.person_id, t.identifier.c.type, t.identifier.c.value)
            .where(t.identifier.c.person_id.in_(part))
            .order_by(t.identifier.c.person_id, t.identifier.c.type)
        )
        for person_id, kind, value in conn.execute(query):
            out.setdefault(person_id, []).append([kind, value])
    return out


def _by_id(
    conn: Connection, table_name: str, ids: Sequence[str], district: str | None
) -> dict[str, Row]:
    table = t.DATA_TABLES[table_name]
    columns = {
        "person": t.PERSON_COLUMNS,
        "household": t.HOUSEHOLD_COLUMNS,
        "enrolment": t.ENROLMENT_COLUMNS,
    }[table_name]
    out: dict[str, Row] = {}
    for part in batched(ids):
        query = select(*(table.c[name] for name in columns)).where(table.c.id.in_(part))
        if district is not None:
            query = query.where(table.c.district == district)
        for found in conn.execute(query):
            row = dict(found._mapping)
            out[row["id"]] = row
    if table_name == "person" and out:
        identifiers = identifiers_of(conn, list(out))
        for person_id, row in out.items():
            row["identifiers"] = identifiers.get(person_id, [])
    return out


def data_rows(
    conn: Connection, table_name: str, ids: Sequence[str], district: str | None
) -> dict[str, Row]:
    """Household, person (with `identifiers`) or enrolment rows by id, of `district` only."""
    return _by_id(conn, table_name, ids, district)


def contribution_rows(conn: Connection, ids: Sequence[str], district: str) -> dict[str, Row]:
    keys = [tuple(entity_id.split(":", 1)) for entity_id in ids if ":" in entity_id]
    out: dict[str, Row] = {}
    columns = [t.contribution.c[name] for name in t.CONTRIBUTION_COLUMNS]
    pair = tuple_(t.contribution.c.person_id, t.contribution.c.scheme_id)
    for start in range(0, len(keys), IN_BATCH):
        part = keys[start : start + IN_BATCH]
        query = select(*columns, t.contribution.c.version).where(
            pair.in_(part), t.contribution.c.district == district
        )
        for found in conn.execute(query):
            row = dict(found._mapping)
            version = row.pop("version")
            row["_version"] = version
            out[f"{row['person_id']}:{row['scheme_id']}"] = row
    return out


def catalog_rows(conn: Connection, names: Sequence[str]) -> dict[str, Row]:
    """The newest published version of each named catalog."""
    out: dict[str, Row] = {}
    query = select(t.catalog.c.name, t.catalog.c.version, t.catalog.c.yaml).where(
        t.catalog.c.name.in_(list(names))
    )
    for name, version, text in conn.execute(query):
        if name not in out or out[name]["version"] < version:
            out[name] = {"name": name, "version": int(version), "yaml": text}
    return out


def central_user(row: Any) -> CentralUser:
    return CentralUser(
        user_id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=row.role,
        active=bool(row.active),
        version=int(row.version),
        sealed=SealedKey.model_validate(json.loads(row.sealed)),
    )


def user_rows(conn: Connection, ids: Sequence[str], district: str) -> dict[str, CentralUser]:
    out: dict[str, CentralUser] = {}
    for part in batched(ids):
        query = select(t.central_user).where(
            t.central_user.c.id.in_(part), t.central_user.c.district == district
        )
        for row in conn.execute(query):
            out[row.id] = central_user(row)
    return out


def district_users(conn: Connection, district: str) -> list[CentralUser]:
    query = (
        select(t.central_user)
        .where(t.central_user.c.district == district)
        .order_by(t.central_user.c.username)
    )
    return [central_user(row) for row in conn.execute(query)]
