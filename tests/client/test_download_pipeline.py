"""The pipelined snapshot download loads exactly what the one-chunk-at-a-time path loads."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from sync.client import download as download_module
from sync.client.download import _Undecodable, decode_chunk, download
from sync.client.errors import ChunkDamaged
from sync.protocol import ChunkBody, ChunkInfo, SnapshotManifest
from sync.replica.cache import Replica
from sync.replica.seed import seed_district
from tests.conftest import DEVICE, FAST_KDF, SUPERVISOR, fixed_clock

ROWS_PER_CHUNK = 700
TABLE_ORDER = ("household", "person", "enrolment", "contribution")


class FakeTransport:
    """Serves a snapshot cut from a seeded cache, as the registry would."""

    def __init__(self, manifest: SnapshotManifest, chunks: dict[int, bytes]) -> None:
        self.manifest = manifest
        self.chunks = chunks
        self.damaged: set[int] = set()  # chunk indexes answered wrongly once
        self.fetched: list[int] = []

    def post(self, path: str, payload: object, model: type[Any]) -> Any:  # noqa: ARG002
        assert path == "/snapshots"
        return self.manifest

    def get_bytes(self, path: str) -> bytes:
        index = int(path.rsplit("/", 1)[1])
        self.fetched.append(index)
        if index in self.damaged:
            self.damaged.discard(index)
            return b"not the chunk"
        return self.chunks[index]


def _columnar(db: sqlite_utils.Database, table: str) -> Iterator[tuple[list[str], list[Any]]]:
    key = "person_id, scheme_id" if table == "contribution" else "id"
    cursor = db.conn.execute(f"SELECT * FROM {table} ORDER BY {key}")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    if table == "person":
        ids: dict[str, list[list[str]]] = {}
        for person_id, kind, value in db.conn.execute(
            "SELECT person_id, type, value FROM identifier ORDER BY person_id, type"
        ):
            ids.setdefault(person_id, []).append([kind, value])
        columns.append("identifiers")
        rows = [(*row, ids.get(row[0])) for row in rows]
    for start in range(0, len(rows), ROWS_PER_CHUNK):
        part = rows[start : start + ROWS_PER_CHUNK]
        yield columns, [list(column) for column in zip(*part, strict=True)]


def _snapshot(db: sqlite_utils.Database) -> tuple[SnapshotManifest, dict[int, bytes]]:
    infos: list[ChunkInfo] = []
    chunks: dict[int, bytes] = {}
    counts: dict[str, int] = {}
    for table in TABLE_ORDER:
        for columns, values in _columnar(db, table):
            body = json.dumps({"table": table, "columns": columns, "values": values})
            data = gzip.compress(body.encode())
            index = len(infos)
            rows = len(values[0])
            counts[table] = counts.get(table, 0) + rows
            chunks[index] = data
            infos.append(
                ChunkInfo(
                    index=index,
                    table=table,
                    rows=rows,
                    bytes=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                )
            )
    manifest = SnapshotManifest(
        snapshot_id="snap-1", epoch="e1", district="PB-MUL", cursor=42, tables=counts, chunks=infos
    )
    return manifest, chunks


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[SnapshotManifest, dict[int, bytes]]:
    folder: Path = tmp_path_factory.mktemp("source")
    source = Replica.create(folder, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=fixed_clock)
    try:
        seed_district(source.db, source.household_form, 1500, seed=5, today=date(2026, 11, 22))
        return _snapshot(source.db)
    finally:
        source.close()


def _contents(db: sqlite_utils.Database) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in ("household", "person", "identifier", "enrolment", "contribution"):
        out[table] = sorted(db.conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    out["indexes"] = sorted(
        db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall(),
        key=repr,
    )
    return out


def _sequential(
    transport: Any, manifest: SnapshotManifest, chunks: Sequence[ChunkInfo]
) -> Iterator[tuple[ChunkInfo, ChunkBody, int]]:
    for chunk in chunks:
        body, size = download_module._fetch(transport, manifest, chunk)
        yield chunk, body, size


def _load(
    tmp_path: Path, name: str, snapshot: tuple[SnapshotManifest, dict[int, bytes]]
) -> tuple[Replica, FakeTransport]:
    replica = Replica.create(tmp_path / name, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=fixed_clock)
    transport = FakeTransport(*snapshot)
    return replica, transport


def test_pipelined_download_equals_sequential(
    tmp_path: Path,
    snapshot: tuple[SnapshotManifest, dict[int, bytes]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    piped, piped_link = _load(tmp_path, "piped", snapshot)
    plain, plain_link = _load(tmp_path, "plain", snapshot)
    try:
        result = download(piped.db, piped_link)  # type: ignore[arg-type]
        with monkeypatch.context() as patch:
            patch.setattr(download_module, "_fetched", _sequential)
            expected = download(plain.db, plain_link)  # type: ignore[arg-type]
        assert result == expected
        assert result.chunks == len(snapshot[0].chunks) > 4
        assert _contents(piped.db) == _contents(plain.db)
        assert piped_link.fetched == sorted(piped_link.fetched)
        for query in ("Muhammad", "Aslam", "Fatima Khan"):
            assert [p.id for p in piped.search(query)] == [p.id for p in plain.search(query)]
        assert piped.search("Muhammad")
    finally:
        piped.close()
        plain.close()


def test_damaged_chunk_is_fetched_again_in_the_pipeline(
    tmp_path: Path, snapshot: tuple[SnapshotManifest, dict[int, bytes]]
) -> None:
    replica, transport = _load(tmp_path, "damaged", snapshot)
    try:
        transport.damaged = {0, 3}
        download(replica.db, transport)  # type: ignore[arg-type]
        assert transport.fetched.count(3) == 2
        persons = replica.db.execute("SELECT count(*) FROM person").fetchone()[0]
        assert persons == snapshot[0].tables["person"]
    finally:
        replica.close()


def test_chunk_damaged_every_time_is_refused(
    tmp_path: Path, snapshot: tuple[SnapshotManifest, dict[int, bytes]]
) -> None:
    manifest, chunks = snapshot
    bad = {**chunks, 2: gzip.compress(b'{"table": "person"}')}
    infos = [
        c.model_copy(update={"sha256": hashlib.sha256(bad[c.index]).hexdigest()})
        for c in manifest.chunks
    ]
    replica, transport = _load(
        tmp_path, "refused", (manifest.model_copy(update={"chunks": infos}), bad)
    )
    try:
        with pytest.raises(ChunkDamaged):
            download(replica.db, transport)  # type: ignore[arg-type]
        assert transport.fetched.count(2) == download_module.CHUNK_TRIES
        done = replica.db.execute("SELECT chunk FROM snapshot_chunk").fetchall()
        assert sorted(row[0] for row in done) == [0, 1]
    finally:
        replica.close()


@pytest.mark.parametrize(
    "raw",
    [
        b"[1, 2]",
        b'{"table": "person", "columns": ["id"]}',
        b'{"table": "person", "columns": ["id"], "values": [[1]], "extra": 1}',
        b'{"table": 3, "columns": ["id"], "values": [[1]]}',
        b'{"table": "person", "columns": [1], "values": [[1]]}',
        b'{"table": "person", "columns": ["id", "x"], "values": [[1]]}',
        b'{"table": "person", "columns": ["id", "x"], "values": [[1], [2, 3]]}',
        b'{"table": "person", "columns": ["id"], "values": [1]}',
        b"\xff\xfe",
        b"{",
    ],
)
def test_malformed_chunk_bodies_do_not_decode(raw: bytes) -> None:
    with pytest.raises(_Undecodable):
        decode_chunk(raw)


def test_chunk_body_decodes() -> None:
    body = decode_chunk(b'{"table": "person", "columns": ["id", "x"], "values": [[1, 2], [3, 4]]}')
    assert body == ChunkBody(table="person", columns=["id", "x"], values=[[1, 2], [3, 4]])
    assert decode_chunk(b'{"table": "t", "columns": [], "values": []}').values == []
