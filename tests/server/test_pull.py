"""Pull pages, snapshots, digests, repairs, registry-number blocks, users and catalogs."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from forms.regno import make_registry_no
from sync.protocol import ChunkBody, row_digest
from sync.server import admin
from sync.server.seed import seed_district
from tests.registry_process import RegistryClient
from tests.server.conftest import Registry, start_registry

SEEDED = 25_000


@pytest.fixture(scope="module")
def registry(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    """This module's registry, with a seeded Lahore district for the snapshot tests."""
    for running in start_registry(db_url, tmp_path_factory.mktemp("snapshots")):
        seed_district(running.engine, "PB-LHR", SEEDED, seed=11)
        yield running


def test_pages_come_in_commit_order(registry: Registry) -> None:
    device = registry.device()
    start = device.changes(after=0, limit=5000)
    registered = [device.register(identifiers=[["cnic", f"36302{i:07d}1"]]) for i in range(3)]
    edit = device.update("person", registered[0][1], 1, phone=("03001234567", "03007654321"))
    assert device.push(edit).results[0].status == "applied"
    seen, after, pages = [], start.next_after, 0
    while True:
        page = device.changes(after=after, limit=2)
        assert page.epoch == device.enrolment.epoch and not page.epoch_changed
        seqs = [c.seq for c in page.changes]
        assert seqs == sorted(seqs) and all(s > after for s in seqs)
        seen += page.changes
        after, pages = page.next_after, pages + 1
        if not page.has_more:
            break
    assert pages == 3
    ids = [c.entity_id for c in seen]
    # the edited person moved to the end of the log: one entry per row, newest last
    expected = [registered[0][0], registered[1][0], registered[1][1], registered[2][0]]
    assert ids == [*expected, registered[2][1], registered[0][1]]
    edited = seen[-1]
    assert edited.version == 2 and edited.row is not None
    assert edited.row["phone"] == "03007654321"
    assert edited.row["identifiers"] == [["cnic", "3630200000001"]]
    assert device.changes(after=after).changes == []


def test_snapshot_chunks_check_and_resume(registry: Registry) -> None:
    device = registry.device("PB-LHR")
    manifest = device.snapshot()
    assert manifest.tables["person"] == registry.scalar(
        "SELECT count(*) FROM person WHERE district = 'PB-LHR'"
    )
    assert len(manifest.chunks) >= 4 and manifest.cursor <= device.digest().cursor
    persons: list[str] = []
    for info in manifest.chunks:
        data = device.chunk(manifest.snapshot_id, info.index)
        assert hashlib.sha256(data).hexdigest() == info.sha256 and len(data) == info.bytes
        body = ChunkBody.model_validate_json(gzip.decompress(data))
        assert body.table == info.table and len(body.values[0]) == info.rows
        if body.table == "person":
            persons += body.values[body.columns.index("id")]
            identifiers = body.values[body.columns.index("identifiers")]
            assert sum(1 for i in identifiers if i) > 0.8 * info.rows
    assert persons == sorted(persons) and len(persons) == manifest.tables["person"]
    resumed = device.chunk(manifest.snapshot_id, 3)
    assert hashlib.sha256(resumed).hexdigest() == manifest.chunks[3].sha256
    raw = device.get(
        f"/snapshots/{manifest.snapshot_id}/chunks/3", headers={"Accept-Encoding": "gzip"}
    )
    assert raw.headers.get("Content-Encoding") is None
    wire = sum(c.bytes for c in manifest.chunks) / manifest.tables["person"]
    assert wire < 80, f"{wire:.1f} bytes per person"
    assert registry.device("PB-LHR").snapshot().snapshot_id == manifest.snapshot_id
    device.register()
    fresh = device.snapshot()
    assert fresh.snapshot_id != manifest.snapshot_id and fresh.cursor > manifest.cursor
    assert fresh.tables["person"] == manifest.tables["person"] + 1
    assert all(c.seq > fresh.cursor for c in device.changes(after=fresh.cursor).changes)


def test_digest_matches_a_recomputation(registry: Registry) -> None:
    device = registry.device("PB-LHR")
    _, pid = device.register()
    device.push(device.update("person", pid, 1, phone=("03001234567", "03001111111")))
    digest = device.digest()
    for table in ("household", "person", "enrolment"):
        rows = registry.all(f"SELECT id, version FROM {table} WHERE district = 'PB-LHR'")
        xor = 0
        for entity_id, version in rows:
            xor ^= row_digest(entity_id, int(version))
        assert (digest.tables[table].count, digest.tables[table].xor) == (len(rows), f"{xor:016x}")
    versions = device.versions("person")
    assert (
        versions.ids == sorted(versions.ids) and len(versions.ids) == digest.tables["person"].count
    )
    assert versions.versions[versions.ids.index(pid)] == 2


def test_regno_blocks_never_overlap(registry: Registry) -> None:
    devices = [registry.device(name=f"d{i}") for i in range(4)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        blocks = list(pool.map(lambda i: devices[i % 4].regno_block(), range(16)))
    blocks += [d.enrolment.regno_block for d in devices]
    spans = sorted((b.start, b.end) for b in blocks)
    assert all(end - start + 1 == 10_000 for start, end in spans)
    assert all(prev[1] < nxt[0] for prev, nxt in zip(spans, spans[1:], strict=False))
    seeded = registry.all("SELECT registry_no FROM person WHERE district = 'PB-LHR' LIMIT 50")
    numbers = {r[0] for r in seeded}
    assert not numbers & {make_registry_no(s) for start, _ in spans for s in (start, start + 1)}


def test_users_and_catalogs_reach_devices(registry: Registry, tmp_path: Path) -> None:
    device = registry.device("PB-MUL")
    cursor = device.changes(after=0, limit=5000).next_after
    user_id = admin.add_user(
        registry.engine,
        username="kamran",
        display_name="Kamran",
        role="clerk",
        district="PB-MUL",
        password="battery staple",
    )
    users = device.users().users
    assert [u.username for u in users] == ["kamran"] and users[0].active
    assert registry.device("PB-LHR").users().users == []
    admin.set_user_active(registry.engine, "kamran", False)
    text = (Path(__file__).parents[2] / "forms" / "catalogs" / "pk.yaml").read_text("utf-8")
    published = admin.publish_catalog(
        registry.engine, text.replace("version: 1", "version: 7", 1), "pk"
    )
    assert published.version == 7
    changes = device.changes(after=cursor).changes
    user_change = next(c for c in changes if c.entity == "user")
    assert user_change.entity_id == user_id and user_change.row is not None
    assert user_change.row["active"] is False and user_change.version == 2
    assert "password" not in str(user_change.row)
    catalog = next(c for c in changes if c.entity == "catalog")
    assert catalog.row == {
        "name": "pk",
        "version": 7,
        "yaml": catalog.row["yaml"] if catalog.row else "",
    }
    assert "version: 7" in catalog.row["yaml"]
    late = RegistryClient.enrol(registry.base_url, registry.code("PB-MUL"))
    assert any(c.entity == "catalog" for c in late.changes(after=late.snapshot().cursor).changes)
