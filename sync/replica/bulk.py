"""Bulk loading of already-registered records into the cache.

This is how a district arrives on a device (the registry's initial download, a synthetic
district for the demo or the benchmark): rows that exist elsewhere already, so they are not
audited as local writes and not queued in the outbox. Rows go in primary-key order in large
transactions, and the search index is filled after the rows, in batches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice
from typing import Any

import sqlite_utils

from sync.replica.connection import translate_errors
from sync.replica.search import index_text

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


def rebuild_search_index(db: sqlite_utils.Database, progress: Progress | None = None) -> int:
    """Fill the name index for every person not yet in it (after a bulk load)."""
    conn = db.conn
    done = 0
    with translate_errors():
        last = 0
        while True:
            rows = conn.execute(
                "SELECT rowid, given_name, family_name, father_name, native_name FROM person"
                " WHERE rowid > ? ORDER BY rowid LIMIT ?",
                [last, BATCH],
            ).fetchall()
            if not rows:
                break
            with db.atomic():
                conn.executemany(
                    "INSERT INTO person_fts (rowid, names, father, native, phonetic)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(row[0], *index_text(row[1], row[2], row[3], row[4])) for row in rows],
                )
            last = rows[-1][0]
            done += len(rows)
            if progress:
                progress("search index", done)
        conn.execute("INSERT INTO person_fts (person_fts) VALUES ('optimize')")
        conn.execute("ANALYZE")
    return done
