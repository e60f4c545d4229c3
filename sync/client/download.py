"""First download of a district (and the resync after a long absence).

The registry cuts a consistent snapshot into primary-key-sorted chunks and lists each
chunk's SHA-256. Each chunk is checked before a byte of it is used, then inserted together
with the record that it is done, in one transaction: a download cut by a power failure, a
full disk or a dropped line resumes at the first chunk not recorded. Secondary and search
indexes are dropped before an empty cache is filled and built once at the end (their SQL
is kept in the cache meanwhile, so even a crash cannot lose them).

A resync (cursor older than the registry keeps) goes through the same path on a cache that
already has rows: rows are upserted instead of inserted, fields with a pending local edit
keep the local value, and rows the registry no longer has are removed unless a local edit
still waits for them.

Chunks are pipelined: while one chunk is inserted, the next is fetched, checked and
decompressed on a background thread (network, hashing and zlib release the GIL, as SQLite does
inside its steps). JSON decoding stays on the inserting thread: pure-Python work on a second
thread would only make the two fight for the GIL.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from sync.client import state
from sync.client.apply import Applier, protected_fields
from sync.client.errors import ChunkDamaged
from sync.client.transport import Transport
from sync.protocol import ChunkBody, ChunkInfo, SnapshotManifest
from sync.replica.bulk import SearchIndexBuilder
from sync.replica.connection import translate_errors

log = logging.getLogger(__name__)

TABLES = ("household", "person", "identifier", "enrolment", "contribution")
KEYS = {
    "household": ("id",),
    "person": ("id",),
    "identifier": ("person_id", "type"),
    "enrolment": ("id",),
    "contribution": ("person_id", "scheme_id"),
}
Progress = Callable[[str, int, int], None]
CHUNK_TRIES = 3


@dataclass(frozen=True)
class DownloadResult:
    snapshot_id: str
    persons: int
    chunks: int
    chunks_resumed: int
    bytes: int
    cursor: int


def download(
    db: sqlite_utils.Database,
    transport: Transport,
    progress: Progress | None = None,
    *,
    build_search_index: bool = True,
) -> DownloadResult:
    """Fetch and load the district's snapshot; resumable; returns what was loaded."""
    manifest = transport.post("/snapshots", None, SnapshotManifest)
    with translate_errors():
        resuming = (
            state.get(db, "download_snapshot") == manifest.snapshot_id
            and state.get(db, "download_complete") != "1"
            and state.get(db, "deferred_indexes") is not None
        )
        # Plain inserts into an empty cache (or the rest of the same interrupted snapshot);
        # anything else merges into rows that are already there.
        fresh = _is_empty(db) or resuming
        if state.get(db, "download_snapshot") != manifest.snapshot_id:
            with db.atomic():
                db.execute("DELETE FROM snapshot_chunk")
                state.put(db, "download_snapshot", manifest.snapshot_id)
                state.put(db, "download_complete", None)
        if fresh:
            _defer_indexes(db)
        done = {
            row[0]
            for row in db.execute(
                "SELECT chunk FROM snapshot_chunk WHERE snapshot_id = ?", [manifest.snapshot_id]
            )
        }
    total_rows = sum(c.rows for c in manifest.chunks)
    loaded = sum(c.rows for c in manifest.chunks if c.index in done)
    wire = 0
    seen: dict[str, set[str]] = {}
    pending = [chunk for chunk in manifest.chunks if chunk.index not in done]
    # Started now, the search index's worker processes are ready when the rows are in.
    indexer = SearchIndexBuilder(db, expected=manifest.tables.get("person", 0))
    with indexer if build_search_index else nullcontext(indexer):
        for chunk, body, size in _fetched(transport, manifest, pending):
            wire += size
            with translate_errors(), db.atomic():
                _load_chunk(db, body, upsert=not fresh, seen=seen)
                db.execute(
                    "INSERT INTO snapshot_chunk (snapshot_id, chunk, rows) VALUES (?, ?, ?)",
                    [manifest.snapshot_id, chunk.index, chunk.rows],
                )
            loaded += chunk.rows
            if progress:
                progress("download", loaded, total_rows)
        with translate_errors():
            if not fresh and not done:
                _remove_vanished(db, seen)
            if build_search_index:
                indexer.prime()  # names computed in the workers while the indexes are built
            _restore_indexes(db, progress)
            if build_search_index:
                if not fresh:
                    db.execute("INSERT INTO person_fts (person_fts) VALUES ('delete-all')")
                indexer.run((lambda what, n: progress(what, n, 0)) if progress else None)
    with translate_errors(), db.atomic():
        state.put(db, "epoch", manifest.epoch)
        state.put(db, "cursor", manifest.cursor)
        state.put(db, "download_complete", "1")
    log.info(
        "snapshot loaded: %d chunks (%d resumed), %d bytes",
        len(manifest.chunks),
        len(done),
        wire,
    )
    return DownloadResult(
        manifest.snapshot_id,
        manifest.tables.get("person", 0),
        len(manifest.chunks),
        len(done),
        wire,
        manifest.cursor,
    )


def _is_empty(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM person LIMIT 1").fetchone() is None


class _Undecodable(ValueError):
    pass


def _fetched(
    transport: Transport, manifest: SnapshotManifest, chunks: Sequence[ChunkInfo]
) -> Iterator[tuple[ChunkInfo, ChunkBody, int]]:
    """The chunks in order, decoded; each next one is fetched while the caller loads this one."""
    if not chunks:
        return
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chunk-fetch")
    try:
        ahead: Future[tuple[bytes, int]] = pool.submit(_fetch_raw, transport, manifest, chunks[0])
        for number, chunk in enumerate(chunks):
            raw, size = ahead.result()
            if number + 1 < len(chunks):
                ahead = pool.submit(_fetch_raw, transport, manifest, chunks[number + 1])
            try:
                body = decode_chunk(raw)
            except _Undecodable:
                log.warning("chunk %d does not decode; fetching again", chunk.index)
                body, size = _fetch(transport, manifest, chunk, CHUNK_TRIES - 1)
            yield chunk, body, size
    finally:
        # A failure here must not wait for a prefetch in flight; its result is dropped.
        pool.shutdown(wait=False, cancel_futures=True)


def _fetch_raw(
    transport: Transport, manifest: SnapshotManifest, chunk: ChunkInfo, tries: int = CHUNK_TRIES
) -> tuple[bytes, int]:
    """One chunk's JSON bytes, checked against the manifest; a damaged one is fetched again."""
    for _ in range(tries):
        data = transport.get_bytes(f"/snapshots/{manifest.snapshot_id}/chunks/{chunk.index}")
        if hashlib.sha256(data).hexdigest() != chunk.sha256:
            log.warning("chunk %d failed its hash check; fetching again", chunk.index)
            continue
        try:
            return gzip.decompress(data), len(data)
        except (OSError, EOFError, zlib.error):
            log.warning("chunk %d does not decompress; fetching again", chunk.index)
    raise ChunkDamaged(f"chunk {chunk.index} damaged {CHUNK_TRIES} times")


def _fetch(
    transport: Transport, manifest: SnapshotManifest, chunk: ChunkInfo, tries: int = CHUNK_TRIES
) -> tuple[ChunkBody, int]:
    """One chunk fetched, checked and decoded on this thread, within `tries` fetches."""
    for _ in range(tries):
        raw, size = _fetch_raw(transport, manifest, chunk, tries=1)
        try:
            return decode_chunk(raw), size
        except _Undecodable:
            log.warning("chunk %d does not decode; fetching again", chunk.index)
    raise ChunkDamaged(f"chunk {chunk.index} damaged {CHUNK_TRIES} times")


def decode_chunk(raw: bytes) -> ChunkBody:
    """`ChunkBody` JSON, checked as strictly as the model (`_Undecodable` if not).

    Plain `json`: validating a `list[list[Any]]` of a hundred thousand cells through pydantic
    costs more than parsing it.
    """
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Undecodable(str(exc)) from exc
    if not isinstance(data, dict) or set(data) != {"table", "columns", "values"}:
        raise _Undecodable("not a chunk body")
    table, columns, values = data["table"], data["columns"], data["values"]
    if (
        not isinstance(table, str)
        or not isinstance(columns, list)
        or not all(isinstance(c, str) for c in columns)
        or not isinstance(values, list)
        or not all(isinstance(v, list) for v in values)
        or (values and len(values) != len(columns))
        or len({len(v) for v in values}) > 1
    ):
        raise _Undecodable("malformed chunk body")
    # Checked above as strictly as the model would: build it without a second pass.
    return ChunkBody.model_construct(table=table, columns=columns, values=values)


def _load_chunk(
    db: sqlite_utils.Database, body: ChunkBody, *, upsert: bool, seen: dict[str, set[str]]
) -> None:
    if body.table not in KEYS:
        raise ChunkDamaged(f"unknown table {body.table!r} in snapshot")
    columns = list(body.columns)
    values = list(body.values)
    identifiers: list[tuple[Any, ...]] = []
    if body.table == "person" and "identifiers" in columns:
        # Column by column: the identifiers column leaves before the rows are formed.
        position = columns.index("identifiers")
        columns.pop(position)
        if values:
            held = values.pop(position)
            identifiers = [
                (person_id, kind, value)
                for person_id, pairs in zip(values[0], held, strict=True)
                if pairs
                for kind, value in pairs
            ]
    if upsert and body.table in ("person", "household", "enrolment"):
        # Only a resync removes vanished rows, so only a resync needs the ids seen.
        first = columns.index("id")
        seen.setdefault(body.table, set()).update(map(str, values[first] if values else ()))
    if upsert:
        rows = list(zip(*values, strict=True))
        _upsert_rows(db, body.table, columns, rows)
        if identifiers:
            _upsert_rows(db, "identifier", ["person_id", "type", "value"], identifiers)
        return
    if values:
        _insert_rows(db, body.table, columns, zip(*values, strict=True))
    if identifiers:
        _insert_rows(db, "identifier", ["person_id", "type", "value"], identifiers)


def _insert_rows(
    db: sqlite_utils.Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _upsert_rows(
    db: sqlite_utils.Database, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    if table == "person":
        applier = Applier(db)
        protected = protected_fields(db)
        for row in rows:
            values = dict(zip(columns, row, strict=True))
            applier.upsert_person(values, protected.get(str(values["id"]), set()))
        return
    key = KEYS[table]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key) or None
    conflict = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        f" ON CONFLICT({', '.join(key)}) {conflict}",
        rows,
    )


def _remove_vanished(db: sqlite_utils.Database, seen: dict[str, set[str]]) -> None:
    """After a resync: rows the registry no longer has go, unless a local edit waits."""
    waiting = set(protected_fields(db))
    with db.atomic():
        for table in ("enrolment", "person", "household"):
            if table not in seen:
                continue
            local = {row[0] for row in db.execute(f"SELECT id FROM {table}")}
            gone = local - seen[table] - waiting
            applier = Applier(db)
            for entity_id in gone:
                applier.delete(table, entity_id)


# -- indexes built after the rows -------------------------------------------------------------

_DEFERRABLE = ("person", "identifier", "household", "enrolment")


def _defer_indexes(db: sqlite_utils.Database) -> None:
    """Drop the secondary indexes of an empty cache before filling it, keeping their SQL."""
    if state.get(db, "deferred_indexes"):
        return
    marks = ", ".join("?" * len(_DEFERRABLE))
    indexes = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks})",
        _DEFERRABLE,
    ).fetchall()
    with db.atomic():
        state.put(db, "deferred_indexes", json.dumps([sql for _, sql in indexes]))
        for name, _ in indexes:
            db.execute(f"DROP INDEX {name}")


def _restore_indexes(db: sqlite_utils.Database, progress: Progress | None) -> None:
    saved = state.get(db, "deferred_indexes")
    if not saved:
        return
    statements = json.loads(saved)
    for number, sql in enumerate(statements, 1):
        if progress:
            progress("indexes", number, len(statements))
        with db.atomic():
            db.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
    with db.atomic():
        state.put(db, "deferred_indexes", None)


def restore_deferred_indexes(db: sqlite_utils.Database) -> None:
    """Rebuild indexes a crashed first download left dropped (run before using the cache)."""
    with translate_errors():
        _restore_indexes(db, None)
