"""Snapshot chunks read straight into columnar JSON by the database.

A chunk is one query: the next `size` rows of a table in key order (keyset pagination from
the previous chunk's last key), aggregated per column into a JSON array by the database
(`json_group_array` on SQLite, `json_agg` on PostgreSQL). Python only joins the arrays into a
`ChunkBody` and compresses it, so no per-value Python object is ever made; this is what lets
a million-person district be cut in a few seconds. Both databases aggregate the rows of the
sorted, limited subquery in its order (the snapshot tests check the order).

Person chunks carry `identifiers`: per person a list of [type, value] sorted by type, or null.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from sync.server import tables as t

_SQLITE_IDENTIFIERS = (
    "(SELECT CASE WHEN count(*) > 0 THEN json_group_array(json_array(i.type, i.value)) END"
    " FROM (SELECT type, value FROM identifier WHERE person_id = p.id ORDER BY type) AS i)"
)
_POSTGRES_IDENTIFIERS = (
    "(SELECT json_agg(json_build_array(i.type, i.value) ORDER BY i.type)"
    " FROM identifier AS i WHERE i.person_id = p.id)"
)


@dataclass(frozen=True)
class Chunk:
    rows: int
    body: bytes


@dataclass(frozen=True)
class _Spec:
    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]


SPECS = {
    "household": _Spec("household", t.HOUSEHOLD_COLUMNS, ("id",)),
    "person": _Spec("person", (*t.PERSON_COLUMNS, "identifiers"), ("id",)),
    "enrolment": _Spec("enrolment", t.ENROLMENT_COLUMNS, ("id",)),
    "contribution": _Spec("contribution", t.CONTRIBUTION_COLUMNS, ("person_id", "scheme_id")),
}


def _query(spec: _Spec, postgres: bool, first: bool) -> str:
    expressions = []
    for name in spec.columns:
        if name == "identifiers":
            expressions.append(_POSTGRES_IDENTIFIERS if postgres else _SQLITE_IDENTIFIERS)
        else:
            expressions.append(f"p.{name}")
    inner = ", ".join(f"{expr} AS c{i}" for i, expr in enumerate(expressions))
    # Keys are fixed-length ids (a composite key's concatenation sorts like the pair).
    last_key = " || ':' || ".join(f"p.{k}" for k in spec.key)
    where = "p.district = :district"
    if not first:
        names = ", ".join(f"p.{k}" for k in spec.key)
        marks = ", ".join(f":k{i}" for i in range(len(spec.key)))
        where += (
            f" AND ({names}) > ({marks})" if len(spec.key) > 1 else f" AND p.{spec.key[0]} > :k0"
        )
    order = ", ".join(f"p.{k}" for k in spec.key)
    sub = (
        f"SELECT {inner}, {last_key} AS k FROM {spec.table} AS p WHERE {where}"
        f" ORDER BY {order} LIMIT :size"
    )
    aggregates = []
    for i, name in enumerate(spec.columns):
        if postgres:
            aggregates.append(f"json_agg(s.c{i})::text")
        elif name == "identifiers":
            aggregates.append(f"json_group_array(json(s.c{i}))")
        else:
            aggregates.append(f"json_group_array(s.c{i})")
    return f"SELECT count(*), max(s.k), {', '.join(aggregates)} FROM ({sub}) AS s"


def read_chunks(conn: Connection, table: str, district: str, size: int) -> Iterator[Chunk]:
    """Every row of `table` in `district`, `size` rows per chunk, as `ChunkBody` JSON bytes."""
    spec = SPECS[table]
    postgres = conn.dialect.name == "postgresql"
    first_sql, next_sql = text(_query(spec, postgres, True)), text(_query(spec, postgres, False))
    params: dict[str, object] = {"district": district, "size": size}
    statement = first_sql
    while True:
        found = conn.execute(statement, params).one()
        rows = int(found[0])
        if rows == 0:
            return
        yield Chunk(rows, _body(spec.table, spec.columns, found[2:], rows))
        if rows < size:
            return
        last = str(found[1])
        keys = [last] if len(spec.key) == 1 else [last[:36], last[37:]]
        params.update({f"k{i}": value for i, value in enumerate(keys)})
        statement = next_sql


def _body(table: str, columns: Sequence[str], aggregated: Sequence[object], rows: int) -> bytes:
    """Join the per-column arrays into a `ChunkBody`, leaving out columns null throughout."""
    # The two spellings of an all-null array (PostgreSQL puts a space after each comma).
    nulls = {"[" + ",".join(["null"] * rows) + "]", "[" + ", ".join(["null"] * rows) + "]"}
    kept, arrays = [], []
    for name, array in zip(columns, aggregated, strict=True):
        if array not in nulls:
            kept.append(name)
            arrays.append(str(array))
    head = json.dumps({"table": table, "columns": kept}, separators=(",", ":"))[:-1]
    return f'{head},"values":[{",".join(arrays)}]}}'.encode()
