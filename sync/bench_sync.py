"""The sync half of `onestop bench`: first download, incremental sync, registry ingest.

Everything runs for real on loopback: a registry process on SQLite (and on PostgreSQL when a
URL is given), seeded with the synthetic district; a device enrolled with a one-time code
that downloads it into an encrypted cache. Figures come with their floor from the same run:
the raw, sorted insert of the same rows into a fresh SQLCipher file (no indexes, one
transaction per 20,000 rows), which no download can beat.
"""

from __future__ import annotations

import secrets
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from uuid6 import uuid7

from sync.client.enrol import enrol
from sync.client.session import DeviceSync
from sync.client.transport import Transport
from sync.protocol import (
    MAX_PUSH_MUTATIONS,
    EnrolRequest,
    EnrolResponse,
    Mutation,
    PushRequest,
    PushResponse,
    payload_hash,
)
from sync.registry_process import RegistryProcess, run_registry
from sync.replica.bulk import BATCH
from sync.replica.cache import Replica, local_now
from sync.replica.connection import open_encrypted
from sync.replica.keyslots import KdfParams

BENCH_PASSWORD = "benchmark-password"
INCREMENTAL_PUSH = 2_000
INCREMENTAL_PULL = 10_000
INGEST_MUTATIONS = 10_000
FAST_KDF = KdfParams(log2_n=14)


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _init(db_url: str, persons: int, seed: int) -> float:
    run_registry("init", "--db", db_url)
    run_registry(
        "add-user",
        "--db",
        db_url,
        "--username",
        "bench",
        "--display-name",
        "Benchmark",
        "--role",
        "supervisor",
        "--district",
        "PB-MUL",
        "--password-stdin",
        stdin=f"{BENCH_PASSWORD}\n",
    )
    started = time.perf_counter()
    run_registry(
        "seed", "--db", db_url, "--district", "PB-MUL", "--persons", str(persons),
        "--seed", str(seed),
    )  # fmt: skip
    return time.perf_counter() - started


def _code(db_url: str) -> str:
    out = run_registry("enrol-device", "--db", db_url, "--district", "PB-MUL")
    return out.strip().split()[-1]


@contextmanager
def _registry(db_url: str, folder: Path) -> Iterator[RegistryProcess]:
    with RegistryProcess(db_url, log_path=folder / "registry.log") as process:
        yield process


def run_sync_bench(
    workdir: Path, persons: int, seed: int, postgres: str | None = None
) -> dict[str, Any]:
    folder = workdir / "sync"
    folder.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{folder / 'registry.db'}"
    _say(f"seeding the registry with {persons:,} persons…")
    seeded = _init(db_url, persons, seed)
    results: dict[str, Any] = {"registry_seed_persons_per_s": round(persons / seeded)}
    with _registry(db_url, folder) as registry:
        _say("first download…")
        results["first_download"] = _first_download(registry.url, db_url, folder / "device")
        _say("incremental sync…")
        incremental, ingest = _incremental(registry.url, db_url, folder / "device")
        results["incremental_sync"] = incremental
        results["server_ingest"] = {"sqlite": ingest}
    if postgres:
        results["server_ingest"]["postgresql"] = _postgres_ingest(postgres, folder, seed)
    return results


def _first_download(url: str, db_url: str, device: Path) -> dict[str, Any]:
    transport = Transport(url)
    phases: dict[str, float] = {}

    def progress(phase: str, *_: int) -> None:
        phases.setdefault(f"{phase}_start", time.perf_counter())
        phases[f"{phase}_end"] = time.perf_counter()

    request = EnrolRequest(code=_code(db_url), device_name="bench", office="PB-MUL-BENCH")
    started = time.perf_counter()
    result = enrol(
        device, url, request, clock=local_now, progress=progress, kdf=FAST_KDF, transport=transport
    )
    total = time.perf_counter() - started
    persons = result.download.persons
    search = phases.get("search index_end", started) - phases.get("search index_start", started)
    floor = _floor(device)
    return {
        "persons": persons,
        "seconds": round(total, 2),
        "persons_per_s": round(persons / total),
        "search_index_seconds": round(search, 2),
        "persons_per_s_before_search_index": round(persons / max(total - search, 1e-9)),
        "bytes_on_wire": transport.counters.received + transport.counters.sent,
        "bytes_per_person": round(
            (transport.counters.received + transport.counters.sent) / max(persons, 1), 1
        ),
        "floor_persons_per_s": floor,
        "ratio_to_floor": round(floor / max(persons / max(total - search, 1e-9), 1e-9), 2),
        "chunks": result.download.chunks,
    }


def _floor(device: Path) -> int:
    """Raw sorted insert of the same rows into a fresh SQLCipher file, no indexes."""
    replica = Replica.open(device, "bench", BENCH_PASSWORD, kdf=FAST_KDF)
    try:
        tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        for table, key in (
            ("household", "id"),
            ("person", "id"),
            ("identifier", "person_id, type"),
            ("contribution", "person_id, scheme_id"),
        ):
            cursor = replica.db.execute(f"SELECT * FROM {table} ORDER BY {key}")
            columns = [d[0] for d in cursor.description]
            tables[table] = (columns, cursor.fetchall())
        persons = len(tables["person"][1])
        schema = [
            row[0]
            for row in replica.db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN"
                " ('household', 'person', 'identifier', 'contribution')"
            )
        ]
    finally:
        replica.close()
    floor_file = device.parent / "floor.db"
    db = open_encrypted(floor_file, secrets.token_bytes(32), create=True)
    try:
        db.execute("PRAGMA foreign_keys = OFF")
        for sql in schema:
            db.execute(sql)
        started = time.perf_counter()
        for table, (columns, rows) in tables.items():
            insert = (
                f"INSERT INTO {table} ({', '.join(columns)})"
                f" VALUES ({', '.join('?' * len(columns))})"
            )
            for start in range(0, len(rows), BATCH):
                with db.atomic():
                    db.conn.executemany(insert, rows[start : start + BATCH])
        spent = time.perf_counter() - started
    finally:
        db.close()
        floor_file.unlink(missing_ok=True)
    return round(persons / spent)


def _enrol_only(url: str, db_url: str) -> Transport:
    """A second device of the district that only pushes (no cache): the other office."""
    transport = Transport(url)
    answer = transport.post(
        "/enrol",
        EnrolRequest(code=_code(db_url), device_name="bench-other", office="PB-MUL-OSS2"),
        EnrolResponse,
    )
    transport.token = answer.token
    return transport


def _phone_updates(person_ids: list[str], prefix: str) -> list[Mutation]:
    out = []
    for seq, person_id in enumerate(person_ids, 1):
        mutation_id = _uuid7()
        changes = {"phone": [None, f"03{prefix}{seq:08d}"[:11]]}
        out.append(
            Mutation(
                mutation_id=mutation_id,
                device_seq=seq,
                entity="person",
                entity_id=person_id,
                op="update",
                base_version=1,
                changes=changes,
                payload_hash=payload_hash(mutation_id, "person", person_id, "update", 1, changes),
                user_id="bench",
                client_time=local_now().isoformat(timespec="seconds"),
            )
        )
    return out


def _uuid7() -> str:
    return str(uuid7())


def _push_all(transport: Transport, mutations: list[Mutation]) -> float:
    started = time.perf_counter()
    for start in range(0, len(mutations), MAX_PUSH_MUTATIONS):
        batch = mutations[start : start + MAX_PUSH_MUTATIONS]
        answer = transport.post("/push", PushRequest(mutations=batch), PushResponse)
        bad = [r for r in answer.results if r.status not in ("applied", "merged")]
        if bad:
            raise RuntimeError(f"bench push refused: {bad[0].reason}")
    return time.perf_counter() - started


def _incremental(url: str, db_url: str, device: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    replica = Replica.open(device, "bench", BENCH_PASSWORD, kdf=FAST_KDF)
    try:
        ids = [
            row[0]
            for row in replica.db.execute(
                "SELECT id FROM person ORDER BY id LIMIT ?", [INCREMENTAL_PUSH + INGEST_MUTATIONS]
            )
        ]
        other = _enrol_only(url, db_url)
        ingest_seconds = _push_all(other, _phone_updates(ids[INCREMENTAL_PUSH:], "11"))
        ingest = {
            "mutations": INGEST_MUTATIONS,
            "seconds": round(ingest_seconds, 2),
            "mutations_per_s": round(INGEST_MUTATIONS / ingest_seconds),
        }
        for number, person_id in enumerate(ids[:INCREMENTAL_PUSH]):
            values = replica.persons.form_values(person_id) or {}
            version = replica.db.execute(
                "SELECT version FROM person WHERE id = ?", [person_id]
            ).fetchone()[0]
            values["phone"] = f"0345{number:07d}"
            replica.persons.update_person(person_id, values, replica.actor, version)
        link = DeviceSync.for_replica(replica)
        assert link is not None
        try:
            report = link.run()
        finally:
            link.close()
    finally:
        replica.close()
    push_pull = report.seconds.get("push", 0.0) + report.seconds.get("pull", 0.0)
    return (
        {
            "pushed": report.pushed,
            "pulled": report.pulled,
            "seconds": round(push_pull, 2),
            "divergence_check_seconds": report.seconds.get("check"),
            "divergence": report.divergence,
            "bytes_sent": report.bytes_sent,
            "bytes_received": report.bytes_received,
        },
        ingest,
    )


def _postgres_ingest(admin_url: str, folder: Path, seed: int) -> dict[str, Any]:
    """Registry ingest on PostgreSQL: a fresh database, a small district, 10,000 mutations."""
    import sqlalchemy  # noqa: PLC0415 - only for this optional figure

    name = f"onestop_bench_{secrets.token_hex(4)}"
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text(f"CREATE DATABASE {name}"))
    db_url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        _init(db_url, INGEST_MUTATIONS, seed)
        with _registry(db_url, folder) as registry:
            transport = _enrol_only(registry.url, db_url)
            ids = _person_ids(db_url)
            seconds = _push_all(transport, _phone_updates(ids[:INGEST_MUTATIONS], "22"))
    finally:
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        engine.dispose()
    return {
        "mutations": INGEST_MUTATIONS,
        "seconds": round(seconds, 2),
        "mutations_per_s": round(INGEST_MUTATIONS / seconds),
    }


def _person_ids(db_url: str) -> list[str]:
    import sqlalchemy  # noqa: PLC0415

    engine = sqlalchemy.create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sqlalchemy.text("SELECT id FROM person ORDER BY id"))
            return [str(row[0]) for row in rows]
    finally:
        engine.dispose()
