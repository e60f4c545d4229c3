"""First downloads: a consistent snapshot of a district in hash-checked, resumable chunks.

A snapshot is read in one read transaction (REPEATABLE READ on PostgreSQL; a WAL read
transaction on SQLite), table by table in primary-key order, and cut into chunks of
`SNAPSHOT_CHUNK_ROWS` rows. A chunk is a gzip-compressed `ChunkBody` in columnar form: the
same column's values sit together, which is what lets deflate find the long runs (districts,
villages, dates, constant provenance) and brings the whole download near 60-70 bytes per
person. A column that is null in every row of a chunk is left out (the device reads a missing
column as null). Person chunks carry an `identifiers` column, a list of [type, value] per
person as in pull rows, so the device needs no separate identifier table in the download.

Built chunks are kept on disk and served to every device of the district until the district's
data moves on; the two newest snapshots of a district are kept so a download in progress can
finish (and resume) while the next one is built.

The manifest's `cursor` is the district's change-log position read *before* the rows: a
change committed in between shows up both in the rows and again in the pull from the cursor,
which is harmless (pulls carry whole current rows), whereas the other order could lose it.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select, update

from sync.protocol import SNAPSHOT_CHUNK_ROWS, ChunkInfo, SnapshotManifest
from sync.server import store
from sync.server import tables as t
from sync.server.chunks import read_chunks
from sync.server.db import reading, writing

log = logging.getLogger(__name__)

# Level 3 is the knee: 65 bytes/person on a seeded district at about 4x the speed of
# level 6 (57 bytes/person); compression is half the build time of a large snapshot.
COMPRESS_LEVEL = 3
KEEP_PER_DISTRICT = 2
SNAPSHOT_TABLES = ("household", "person", "enrolment", "contribution")
DATA_ENTITIES = ("household", "person", "enrolment", "contribution")


class SnapshotGone(Exception):
    """No such snapshot (or chunk) for this district, or it was removed."""


def gzip_bytes(raw: bytes, level: int = COMPRESS_LEVEL) -> bytes:
    packer = zlib.compressobj(level, zlib.DEFLATED, 31, 9)
    return packer.compress(raw) + packer.flush()


class SnapshotStore:
    """Builds, keeps and serves snapshots. Thread-safe: one build per district at a time."""

    def __init__(self, engine: Engine, folder: Path) -> None:
        self.engine = engine
        self.folder = folder
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _lock(self, district: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(district, threading.Lock())

    def manifest(self, district: str) -> SnapshotManifest:
        with self._lock(district):
            reusable = self._reusable(district)
            return reusable if reusable is not None else self._build(district)

    def chunk(self, district: str, snapshot_id: str, index: int) -> bytes:
        with reading(self.engine) as conn:
            found = conn.execute(
                select(t.snapshot.c.id).where(
                    t.snapshot.c.id == snapshot_id, t.snapshot.c.district == district
                )
            ).first()
        path = self.folder / snapshot_id / f"{index}.gz"
        if found is None or index < 0 or not path.is_file():
            raise SnapshotGone(f"no chunk {index} of snapshot {snapshot_id}")
        return path.read_bytes()

    def _reusable(self, district: str) -> SnapshotManifest | None:
        with reading(self.engine) as conn:
            epoch = store.current_epoch(conn)
            _, floor = store.district_seq(conn, district)
            newest = conn.execute(
                select(t.snapshot.c.manifest, t.snapshot.c.cursor, t.snapshot.c.epoch)
                .where(t.snapshot.c.district == district)
                .order_by(t.snapshot.c.cursor.desc(), t.snapshot.c.created_at.desc())
                .limit(1)
            ).first()
            if newest is None or newest.epoch != epoch or int(newest.cursor) < floor:
                return None
            moved = conn.execute(
                select(t.change_log.c.seq)
                .where(
                    t.change_log.c.district == district,
                    t.change_log.c.seq > newest.cursor,
                    t.change_log.c.entity.in_(DATA_ENTITIES),
                )
                .limit(1)
            ).first()
        manifest = SnapshotManifest.model_validate_json(newest.manifest)
        folder = self.folder / manifest.snapshot_id
        if moved is not None or not all(
            (folder / f"{c.index}.gz").is_file() for c in manifest.chunks
        ):
            return None
        return manifest

    def _announce_shared_rows(self, district: str) -> int:
        """Log the catalogs and the district's users again after the cursor, so a device
        starting from this snapshot receives them in its first pull; returns the cursor."""
        with writing(self.engine) as conn:
            cursor = store.lock_district(conn, district)
            for name, version in conn.execute(
                select(t.catalog.c.name, t.catalog.c.version).order_by(t.catalog.c.name)
            ).all():
                announce_catalog(conn, district, name, int(version))
            users = conn.execute(
                select(t.central_user.c.id, t.central_user.c.version, t.central_user.c.seq).where(
                    t.central_user.c.district == district
                )
            ).all()
            for user_id, version, seq in users:
                new_seq = store.record_change(
                    conn, district, "user", user_id, version=int(version), previous_seq=seq
                )
                conn.execute(
                    update(t.central_user).where(t.central_user.c.id == user_id).values(seq=new_seq)
                )
        return cursor

    def _build(self, district: str) -> SnapshotManifest:
        cursor = self._announce_shared_rows(district)
        snapshot_id = store.new_id()
        target = self.folder / snapshot_id
        target.mkdir(parents=True, exist_ok=True)
        chunks: list[ChunkInfo] = []
        counts: dict[str, int] = {}
        with (
            ThreadPoolExecutor(max_workers=2) as pool,
            reading(self.engine, repeatable=True) as conn,
        ):
            epoch = store.current_epoch(conn)
            pending: list[tuple[int, str, int, Future[bytes]]] = []
            for table in SNAPSHOT_TABLES:
                counts[table] = 0
                for chunk in read_chunks(conn, table, district, SNAPSHOT_CHUNK_ROWS):
                    # The database and zlib both release the GIL: compressing one chunk in
                    # the pool overlaps with the database building the next.
                    future = pool.submit(gzip_bytes, chunk.body)
                    pending.append((len(pending), table, chunk.rows, future))
                    counts[table] += chunk.rows
            for index, table, count, future in pending:
                data = future.result()
                (target / f"{index}.gz").write_bytes(data)
                chunks.append(
                    ChunkInfo(
                        index=index,
                        table=table,
                        rows=count,
                        bytes=len(data),
                        sha256=hashlib.sha256(data).hexdigest(),
                    )
                )
        manifest = SnapshotManifest(
            snapshot_id=snapshot_id,
            epoch=epoch,
            district=district,
            cursor=cursor,
            tables=counts,
            chunks=chunks,
        )
        with writing(self.engine) as conn:
            conn.execute(
                insert(t.snapshot).values(
                    id=snapshot_id,
                    district=district,
                    epoch=epoch,
                    cursor=cursor,
                    created_at=store.now_iso(),
                    manifest=manifest.model_dump_json(),
                )
            )
        self._remove_old(district)
        log.info(
            "snapshot built district=%s id=%s rows=%s bytes=%d",
            district,
            snapshot_id,
            counts,
            sum(c.bytes for c in chunks),
        )
        return manifest

    def _remove_old(self, district: str) -> None:
        with writing(self.engine) as conn:
            old = (
                conn.execute(
                    select(t.snapshot.c.id)
                    .where(t.snapshot.c.district == district)
                    .order_by(t.snapshot.c.cursor.desc(), t.snapshot.c.created_at.desc())
                    .offset(KEEP_PER_DISTRICT)
                )
                .scalars()
                .all()
            )
            if old:
                conn.execute(delete(t.snapshot).where(t.snapshot.c.id.in_(old)))
        for snapshot_id in old:
            shutil.rmtree(self.folder / snapshot_id, ignore_errors=True)


def announce_catalog(conn: Connection, district: str, name: str, version: int) -> None:
    """Log catalog `name` (at `version`) in a district, replacing its earlier entry there."""
    previous = conn.execute(
        select(t.catalog_seq.c.seq).where(
            t.catalog_seq.c.district == district, t.catalog_seq.c.name == name
        )
    ).scalar_one_or_none()
    seq = store.record_change(
        conn, district, "catalog", name, version=version, previous_seq=previous
    )
    if previous is None:
        conn.execute(insert(t.catalog_seq).values(district=district, name=name, seq=seq))
    else:
        conn.execute(
            update(t.catalog_seq)
            .where(t.catalog_seq.c.district == district, t.catalog_seq.c.name == name)
            .values(seq=seq)
        )
