"""`onestop bench`: the counter's speed on a synthetic encrypted district.

Every figure is reported beside a *floor* measured in the same run on the same data: the bare
engine query that any implementation must pay (an indexed identifier lookup, the bare FTS5
match). Shared, noisy machines move both together, so the ratio is the figure to compare
across runs. Measured and floor queries are interleaved for the same reason.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from forms.identifiers import get_identifier_type
from forms.names import search_keys
from sync.replica.bulk import load_households, rebuild_search_index
from sync.replica.cache import DeviceInfo, NewUser, Replica, local_now
from sync.replica.connection import check_integrity
from sync.replica.search import CANDIDATES
from sync.synthetic import Generator, iter_sorted

BENCH_DEVICE = DeviceInfo(office="PB-MUL-BENCH", district="PB-MUL", country="PK")
BENCH_USER = NewUser("bench", "Benchmark", "benchmark-password", "supervisor")
FLOOR_ID_SQL = "SELECT person_id FROM identifier WHERE value = ? AND type = ?"
FLOOR_NAME_SQL = "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?"


def _fetch_all(conn: Any, sql: str, params: list[object]) -> list[Any]:
    return list(conn.execute(sql, params).fetchall())


@dataclass(frozen=True)
class Timing:
    p50_ms: float
    p95_ms: float

    @classmethod
    def of(cls, samples_ns: list[int]) -> Timing:
        ordered = sorted(samples_ns)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        return cls(round(statistics.median(ordered) / 1e6, 3), round(p95 / 1e6, 3))


def _timed(call: Callable[..., object], *args: Any) -> tuple[int, Any]:
    """Nanoseconds one call took, and what it returned."""
    start = time.perf_counter_ns()
    result = call(*args)
    return time.perf_counter_ns() - start, result


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def run_bench(
    *,
    persons: int,
    queries: int,
    json_path: Path | None,
    workdir: Path | None,
    seed: int,
    postgres: str | None = None,
    sync: bool = True,
) -> int:
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)  # a folder named for the bench may be new
    with tempfile.TemporaryDirectory(dir=workdir, prefix="onestop-bench-") as tmp:
        results = _bench(Path(tmp) / "cache", persons, queries, seed)
        if sync:
            from sync.bench_sync import run_sync_bench  # noqa: PLC0415 - starts a registry

            results.update(run_sync_bench(Path(tmp), persons, seed, postgres))
    _print_table(results)
    if sync:
        _print_sync(results)
    if json_path is not None:
        json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def _bench(cache_dir: Path, persons: int, queries: int, seed: int) -> dict[str, Any]:
    replica = Replica.create(cache_dir, BENCH_USER, BENCH_DEVICE)
    try:
        started = time.perf_counter()
        generator = Generator(replica.household_form, seed, local_now().date(), first_serial=0)
        district = generator.district(persons)
        generated = time.perf_counter() - started
        _say(f"generated {len(district.persons):,} persons in {generated:.1f}s; loading…")
        started = time.perf_counter()
        load_households(
            replica.db,
            iter_sorted(district.households),
            iter_sorted(district.persons),
            sorted(district.identifiers),
            contributions=sorted(district.contributions),
        )
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        rebuild_search_index(replica.db)
        indexed = time.perf_counter() - started
        _say(f"loaded in {loaded:.1f}s, indexed in {indexed:.1f}s; measuring…")
        rng = random.Random(seed + 1)
        results: dict[str, Any] = {
            "persons": len(district.persons),
            "build": {
                "load_seconds": round(loaded, 1),
                "index_seconds": round(indexed, 1),
                "load_persons_per_s": round(len(district.persons) / max(loaded, 1e-9)),
            },
        }
        results["id_lookup"] = _id_lookup(replica, district.identifiers, rng, queries)
        results["name_search"] = _name_search(replica, district.persons, rng, queries)
        results["registration_commit"] = _registration(replica, rng, queries)
        results["entitlement_check"] = _entitlement_check(replica, district.persons, rng, queries)
        results["entitlement_batch"] = _entitlement_batch(replica)
        results["open_cache"] = _open_check(replica)
        return results
    finally:
        replica.close()


def _id_lookup(
    replica: Replica, identifiers: list[tuple[str, str, str]], rng: random.Random, n: int
) -> dict[str, float]:
    sample = rng.sample(identifiers, min(n, len(identifiers)))
    conn = replica.db.conn
    measured, floor = [], []
    for person_id, code, value in sample:
        typed = get_identifier_type(code).format(value)
        floor.append(_timed(_fetch_all, conn, FLOOR_ID_SQL, [value, code])[0])
        elapsed, found = _timed(replica.search, typed)
        measured.append(elapsed)
        if person_id not in {p.id for p in found}:
            raise AssertionError("benchmark lookup did not find the person it looked for")
    return _with_floor(measured, floor)


def _name_search(
    replica: Replica, persons: list[dict[str, Any]], rng: random.Random, n: int
) -> dict[str, float]:
    sample = rng.sample(persons, min(n, len(persons)))
    conn = replica.db.conn
    measured, floor = [], []
    for person in sample:
        query = f"{person['given_name']} {person['family_name']}"
        tokens = [t for t in search_keys(query).tokens if len(t) >= 3]
        bare = " AND ".join(f'{{names father}} : "{t}"' for t in tokens)
        floor.append(_timed(_fetch_all, conn, FLOOR_NAME_SQL, [bare, CANDIDATES])[0])
        measured.append(_timed(replica.search, query)[0])
    return _with_floor(measured, floor)


def _registration(replica: Replica, rng: random.Random, n: int) -> dict[str, float]:
    samples = []
    for index in range(n):
        raw = {
            "province": "PB",
            "district": "PB-MUL",
            "tehsil": "MUL-1",
            "union_council": "MUL-1-UC01",
            "village": "MUL-1-UC01-V1",
            "members": [
                {
                    "given_name": "Bench",
                    "family_name": f"Person {index}",
                    "sex": rng.choice(("male", "female")),
                    "birth_date": date(
                        1950 + index % 60, 1 + index % 12, 1 + index % 28
                    ).isoformat(),
                    "relationship": "head",
                    "consent_given": True,
                    "consent_method": "verbal",
                }
            ],
        }
        samples.append(_timed(replica.persons.register_household, raw, replica.actor)[0])
    timing = Timing.of(samples)
    return {"p50_ms": timing.p50_ms, "p95_ms": timing.p95_ms}


def _entitlement_check(
    replica: Replica, persons: list[dict[str, Any]], rng: random.Random, n: int
) -> dict[str, float]:
    """One person across the whole catalog, gathered from the cache and explained."""
    sample = rng.sample(persons, min(n, len(persons)))
    timing = Timing.of([_timed(replica.entitlements.for_person, p["id"])[0] for p in sample])
    return {"p50_ms": timing.p50_ms, "p95_ms": timing.p95_ms}


def _entitlement_batch(replica: Replica) -> dict[str, float]:
    """The whole cache checked against the catalog, reading included, on every core."""
    summary = replica.coverage(workers=os.cpu_count() or 1)
    return {
        "persons": summary.persons,
        "seconds": round(summary.seconds, 1),
        "persons_per_s": round(summary.persons / summary.seconds),
        "workers": os.cpu_count() or 1,
    }


def _open_check(replica: Replica) -> dict[str, float]:
    seconds = _timed(check_integrity, replica.db.conn)[0] / 1e9
    return {"integrity_check_seconds": round(seconds, 2)}


def _with_floor(measured: list[int], floor: list[int]) -> dict[str, float]:
    ours, bare = Timing.of(measured), Timing.of(floor)
    return {
        "p50_ms": ours.p50_ms,
        "p95_ms": ours.p95_ms,
        "floor_p50_ms": bare.p50_ms,
        "floor_p95_ms": bare.p95_ms,
        "ratio_p95": round(ours.p95_ms / max(bare.p95_ms, 1e-6), 2),
    }


def _print_sync(results: dict[str, Any]) -> None:
    first, incremental = results["first_download"], results["incremental_sync"]
    ingest = results["server_ingest"]
    lines = [
        f"first_download: {first['persons']:,} persons in {first['seconds']}s = "
        f"{first['persons_per_s']:,} persons/s end to end "
        f"({first['persons_per_s_before_search_index']:,}/s before the "
        f"{first['search_index_seconds']}s search index; floor "
        f"{first['floor_persons_per_s']:,}/s), {first['bytes_per_person']} bytes/person",
        f"incremental_sync: push {incremental['pushed']:,} + pull {incremental['pulled']:,} "
        f"in {incremental['seconds']}s (divergence check "
        f"{incremental['divergence_check_seconds']}s: {incremental['divergence']})",
    ]
    for backend, figures in ingest.items():
        lines.append(f"server_ingest ({backend}): {figures['mutations_per_s']:,} mutations/s")
    sys.stdout.write("\n".join(lines) + "\n")


def _print_table(results: dict[str, Any]) -> None:
    lines = [
        f"OneStop bench — {results['persons']:,} persons in an encrypted cache",
        f"{'operation':<22}{'p50 ms':>10}{'p95 ms':>10}{'floor p95':>12}{'ratio':>8}",
    ]
    for name in ("id_lookup", "name_search", "registration_commit", "entitlement_check"):
        row = results[name]
        floor = f"{row['floor_p95_ms']:.3f}" if "floor_p95_ms" in row else "-"
        ratio = f"{row['ratio_p95']:.2f}" if "ratio_p95" in row else "-"
        lines.append(f"{name:<22}{row['p50_ms']:>10.3f}{row['p95_ms']:>10.3f}{floor:>12}{ratio:>8}")
    batch = results["entitlement_batch"]
    lines.append(
        f"entitlement_batch: {batch['persons']:,} persons in {batch['seconds']}s "
        f"= {batch['persons_per_s']:,} persons/s across the whole catalog"
    )
    build = results["build"]
    lines.append(
        f"build: load {build['load_seconds']}s ({build['load_persons_per_s']:,} persons/s), "
        f"index {build['index_seconds']}s; integrity check "
        f"{results['open_cache']['integrity_check_seconds']}s"
    )
    sys.stdout.write("\n".join(lines) + "\n")
