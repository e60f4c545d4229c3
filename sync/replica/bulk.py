"""Bulk loading of already-registered records into the cache.

This is how a district arrives on a device (the registry's initial download, a synthetic
district for the demo or the benchmark): rows that exist elsewhere already, so they are not
audited as local writes and not queued in the outbox. Rows go in primary-key order in large
transactions, and the search index is filled after the rows, in batches.

The search index's text (name normalisation and phonetic keys, pure Python) is computed in a
worker process while this process inserts the previous batch into FTS5, so the two overlap
on a multi-core machine; small districts and single-core machines do it in-process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

import sqlite_utils

from sync.replica.connection import translate_errors
from sync.replica.search import index_text

log = logging.getLogger(__name__)

PERSON_COLUMNS = (
    "id",
    "registry_no",
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
    "province",
    "district",
    "tehsil",
    "union_council",
    "village",
    "address_line",
    "household_id",
    "relationship",
    "consent_given",
    "consent_method",
    "consent_at",
    "consent_recorded_by",
    "registered_by",
    "registered_office",
    "registered_at",
    "updated_at",
    "version",
)
HOUSEHOLD_COLUMNS = (
    "id",
    "registry_no",
    "head_person_id",
    "province",
    "district",
    "tehsil",
    "union_council",
    "village",
    "address_line",
    "poverty_score",
    "poverty_level",
    "registered_by",
    "registered_office",
    "registered_at",
    "updated_at",
    "version",
)
BATCH = 20_000
# Rows per task handed to an index worker (a transaction takes BATCH rows, several tasks).
INDEX_TASK = 5_000
# Below this many persons, starting a worker process costs more than it saves.
INDEX_POOL_MIN_ROWS = 2 * BATCH
# Batches whose text is being computed while the current one is inserted.
LOOKAHEAD = 2

Progress = Callable[[str, int], None]


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _batches(rows: Iterable[Any], size: int) -> Iterable[list[Any]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def load_households(
    db: sqlite_utils.Database,
    households: Iterable[Mapping[str, Any]],
    persons: Iterable[Mapping[str, Any]],
    identifiers: Iterable[tuple[str, str, str]],
    progress: Progress | None = None,
    contributions: Iterable[tuple[str, str, int, str | None, str | None]] = (),
) -> int:
    """Insert households, persons and identifiers (each sorted by id); returns persons loaded."""
    conn = db.conn
    with translate_errors():
        for batch in _batches(households, BATCH):
            with db.atomic():
                conn.executemany(
                    _insert_sql("household", HOUSEHOLD_COLUMNS),
                    [tuple(h.get(c) for c in HOUSEHOLD_COLUMNS) for h in batch],
                )
        count = 0
        for batch in _batches(persons, BATCH):
            with db.atomic():
                conn.executemany(
                    _insert_sql("person", PERSON_COLUMNS),
                    [tuple(p.get(c) for c in PERSON_COLUMNS) for p in batch],
                )
            count += len(batch)
            if progress:
                progress("persons", count)
        for batch in _batches(identifiers, BATCH):
            with db.atomic():
                conn.executemany(
                    "INSERT INTO identifier (person_id, type, value) VALUES (?, ?, ?)", batch
                )
        for batch in _batches(contributions, BATCH):
            with db.atomic():
                conn.executemany(
                    "INSERT INTO contribution (person_id, scheme_id, months, last_contribution,"
                    " employer) VALUES (?, ?, ?, ?, ?)",
                    batch,
                )
    return count


NameRow = tuple[int, str, str | None, str | None, str | None]
IndexRow = tuple[int, str, str, str, str]


def index_rows(rows: Sequence[NameRow]) -> list[IndexRow]:
    """FTS rows (rowid and `index_text`) for person rows; module-level for worker processes."""
    return [(row[0], *index_text(row[1], row[2], row[3], row[4])) for row in rows]


def index_workers() -> int:
    """Worker processes for the search index: the CPUs beside this process's own, at most 2.

    None in a frozen build: its entry point does not call `multiprocessing.freeze_support()`,
    so a spawned worker would start the application again instead of indexing.
    """
    if getattr(sys, "frozen", False):
        return 0
    return max(0, min(2, (os.cpu_count() or 1) - 1))


def rebuild_search_index(
    db: sqlite_utils.Database, progress: Progress | None = None, *, workers: int | None = None
) -> int:
    """Fill the name index for every person (after a bulk load).

    `workers` processes compute the index text (default `index_workers()`); 0, or a small
    district, computes it in this process.
    """
    with SearchIndexBuilder(db, workers=workers) as builder:
        return builder.run(progress)


class SearchIndexBuilder:
    """Fills `person_fts` from `person`; the text of the next batches is computed meanwhile.

    Made before the rows are there (with the number expected), it starts its worker
    processes early, so their start-up overlaps the download; `prime` hands them the first
    batches, e.g. before the secondary indexes are built; `run` inserts everything. Workers that
    die or cannot start only cost speed: the text is then computed here.
    """

    def __init__(
        self, db: sqlite_utils.Database, *, workers: int | None = None, expected: int | None = None
    ) -> None:
        self.db = db
        self.workers = index_workers() if workers is None else workers
        self._expected = expected
        self._pool: ProcessPoolExecutor | None = None
        self._batches: Iterator[list[NameRow]] | None = None
        self._ahead: deque[tuple[list[NameRow], list[Future[list[IndexRow]]]]] = deque()

    def __enter__(self) -> SearchIndexBuilder:
        if self.workers > 0 and self._expected is not None:
            self._start_pool()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._ahead.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _start_pool(self) -> None:
        if self._expected is not None and self._expected < INDEX_POOL_MIN_ROWS:
            self.workers = 0
            return
        context = multiprocessing.get_context("spawn")
        try:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
            for _ in range(self.workers):  # start (and import in) every worker now
                self._pool.submit(index_rows, [])
        except (BrokenProcessPool, OSError):
            self._broken()

    def prime(self) -> None:
        """Read the first batches and hand them to the workers (the rows must be loaded)."""
        with translate_errors():
            if self._batches is None:
                if self.workers > 0 and self._pool is None:
                    self._expected = _person_rows(self.db)
                    self._start_pool()
                self._batches = _name_batches(self.db)
            while len(self._ahead) < LOOKAHEAD and self._submit_next():
                pass

    def run(self, progress: Progress | None = None) -> int:
        """Insert the index text of every person; returns how many were indexed."""
        conn = self.db.conn
        done = 0
        self.prime()
        with translate_errors():
            while self._ahead:
                rows, parts = self._ahead.popleft()
                self._submit_next()
                batch = self._collect(rows, parts)
                with self.db.atomic():
                    conn.executemany(
                        "INSERT INTO person_fts (rowid, names, father, native, phonetic)"
                        " VALUES (?, ?, ?, ?, ?)",
                        batch,
                    )
                done += len(batch)
                if progress:
                    progress("search index", done)
            conn.execute("INSERT INTO person_fts (person_fts) VALUES ('optimize')")
            conn.execute("ANALYZE")
        self.close()
        return done

    def _submit_next(self) -> bool:
        assert self._batches is not None
        rows = next(self._batches, None)
        if rows is None:
            return False
        parts: list[Future[list[IndexRow]]] = []
        if self._pool is not None:
            try:
                parts = [
                    self._pool.submit(index_rows, rows[start : start + INDEX_TASK])
                    for start in range(0, len(rows), INDEX_TASK)
                ]
            except (BrokenProcessPool, RuntimeError):
                self._broken()
        self._ahead.append((rows, parts))
        return True

    def _collect(self, rows: list[NameRow], parts: list[Future[list[IndexRow]]]) -> list[IndexRow]:
        if parts:
            try:
                return [row for part in parts for row in part.result()]
            except BrokenProcessPool:
                self._broken()
        return index_rows(rows)

    def _broken(self) -> None:
        log.warning("search index workers stopped; indexing in this process")
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _person_rows(db: sqlite_utils.Database) -> int:
    row = db.conn.execute("SELECT max(rowid) FROM person").fetchone()
    return int(row[0] or 0)


def _name_batches(db: sqlite_utils.Database) -> Iterator[list[NameRow]]:
    last = 0
    while True:
        rows = db.conn.execute(
            "SELECT rowid, given_name, family_name, father_name, native_name FROM person"
            " WHERE rowid > ? ORDER BY rowid LIMIT ?",
            [last, BATCH],
        ).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]
