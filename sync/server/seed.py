"""`registry seed`: a synthetic district loaded straight into the registry tables.

Rows are generated in parts of `BATCH` persons (whole households) and bulk-inserted, each part
in one transaction with its change-log entries: executemany on SQLite, COPY on PostgreSQL.
A large seed generates in a child process while this one inserts, so the two halves of the
work run on two cores. Parts carry sequence numbers relative to the part; the insert adds the
base reserved from the district's counter. Registry numbers come from the global counter like
a device's block, so seeded numbers and device blocks never overlap.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from queue import Empty
from typing import Any

from sqlalchemy import Connection, Engine

from forms.definition import load_form
from sync.protocol import row_digest
from sync.server import store
from sync.server import tables as t
from sync.server.admin import allocate_serials
from sync.server.db import writing
from sync.synthetic import District, Generator

log = logging.getLogger(__name__)

BATCH = 50_000
IN_CHILD_FROM = 100_000
_PERSON_INSERT = (*t.PERSON_COLUMNS, "seq")
_HOUSEHOLD_INSERT = (*t.HOUSEHOLD_COLUMNS, "seq")
_CONTRIBUTION_INSERT = (*t.CONTRIBUTION_COLUMNS, "district", "version", "seq")
_LOG_INSERT = ("district", "seq", "entity", "entity_id", "op", "version")
_PERSON_OWN = tuple(c for c in t.PERSON_COLUMNS if c not in {"status", "merged_into", "pregnant"})
_HOUSEHOLD_OWN = tuple(c for c in t.HOUSEHOLD_COLUMNS if c != "status")
Rows = list[tuple[Any, ...]]


@dataclass(frozen=True)
class SeedReport:
    persons: int
    households: int
    seconds: float


@dataclass(frozen=True)
class Part:
    """One part of a district as insertable rows; the last column of every row with a `seq`
    (and the second of a log row) is relative to the part, starting at 1."""

    households: Rows
    persons: Rows
    identifiers: Rows
    contributions: Rows
    log: Rows
    xor: tuple[int, int]

    @property
    def entries(self) -> int:
        return len(self.log)


def rows_of(district: str, generated: District) -> Part:
    entries: Rows = []
    xor = {"household": 0, "person": 0}

    def logged(entity: str, entity_id: str) -> int:
        entries.append((district, len(entries) + 1, entity, entity_id, "upsert", 1))
        if entity in xor:
            xor[entity] ^= row_digest(entity_id, 1)
        return len(entries)

    households = [
        (*(h.get(c) for c in _HOUSEHOLD_OWN), "active", logged("household", h["id"]))
        for h in generated.households
    ]
    persons = [
        (
            *(p.get(c) for c in _PERSON_OWN),
            "active",
            None,
            p.get("pregnant"),
            logged("person", p["id"]),
        )
        for p in generated.persons
    ]
    contributions = [
        (*row, district, 1, logged("contribution", f"{row[0]}:{row[1]}"))
        for row in generated.contributions
    ]
    return Part(
        households,
        persons,
        list(generated.identifiers),
        contributions,
        entries,
        (xor["household"], xor["person"]),
    )


def _parts(
    district: str, persons: int, seed: int, today: date, first_serial: int
) -> Iterator[Part]:
    form = load_form("household")
    generator = Generator(form, seed, today, first_serial=first_serial, district=district)
    for generated in generator.batches(persons, BATCH):
        yield rows_of(district, generated)


def _produce(queue: Any, args: tuple[str, int, int, date, int]) -> None:
    for part in _parts(*args):
        queue.put(part)
    queue.put(None)


def _parts_in_child(args: tuple[str, int, int, date, int]) -> Iterator[Part]:
    # fork where there is one: the child only generates rows and never touches the parent's
    # database connections, and it starts without re-importing anything.
    if "fork" in multiprocessing.get_all_start_methods():
        context: Any = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    queue = context.Queue(maxsize=2)
    child = context.Process(target=_produce, args=(queue, args), daemon=True)
    child.start()
    try:
        while True:
            try:
                part = queue.get(timeout=1)
            except Empty:
                if not child.is_alive():
                    raise RuntimeError("the seed generator process died") from None
                continue
            if part is None:
                return
            yield part
    finally:
        child.join(timeout=30)
        if child.is_alive():
            child.kill()


def seed_district(
    engine: Engine, district: str, persons: int, *, seed: int, today: date | None = None
) -> SeedReport:
    started = time.perf_counter()
    with writing(engine) as conn:
        store.lock_district(conn, district)
        # At most one household per person: an upper bound on the serials this will use.
        block = allocate_serials(conn, 2 * persons, None, f"seed {district}")
    args = (district, persons, seed, today or date.today(), block.start - 1)
    parts = _parts_in_child(args) if persons >= IN_CHILD_FROM else _parts(*args)
    households = 0
    for part in parts:
        with writing(engine) as conn:
            _load(conn, district, part)
        households += len(part.households)
    seconds = time.perf_counter() - started
    log.info("seeded district=%s persons=%d in %.1f s", district, persons, seconds)
    return SeedReport(persons, households, seconds)


def bulk_insert(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    seq_column: int | None = None,
    seq_base: int = 0,
) -> None:
    """Insert many rows in the open transaction (COPY on PostgreSQL), adding `seq_base` to
    column `seq_column` on the way in."""
    if not rows:
        return
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                if seq_column is None:
                    copy.write_row(row)
                else:
                    at = seq_column
                    copy.write_row((*row[:at], row[at] + seq_base, *row[at + 1 :]))
        return
    marks = ["?"] * len(columns)
    if seq_column is not None:
        marks[seq_column] = f"? + {int(seq_base)}"
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({', '.join(marks)})", list(rows))


def _load(conn: Connection, district: str, part: Part) -> None:
    store.lock_district(conn, district)
    base = store.next_seq(conn, district, part.entries) - part.entries
    bulk_insert(
        conn, "household", _HOUSEHOLD_INSERT, part.households, len(_HOUSEHOLD_INSERT) - 1, base
    )
    bulk_insert(conn, "person", _PERSON_INSERT, part.persons, len(_PERSON_INSERT) - 1, base)
    bulk_insert(conn, "identifier", ("person_id", "type", "value"), part.identifiers)
    bulk_insert(
        conn,
        "contribution",
        _CONTRIBUTION_INSERT,
        part.contributions,
        len(_CONTRIBUTION_INSERT) - 1,
        base,
    )
    bulk_insert(conn, "change_log", _LOG_INSERT, part.log, 1, base)
    store.add_digest(conn, district, "household", len(part.households), part.xor[0])
    store.add_digest(conn, district, "person", len(part.persons), part.xor[1])
