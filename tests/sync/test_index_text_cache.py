"""The caches behind the search index's text change no result; the worker pool neither."""

from __future__ import annotations

import random
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from forms import names
from forms.names import load_name_pools, normalise_name, search_keys
from sync.replica import bulk
from sync.replica.bulk import index_rows, rebuild_search_index
from sync.replica.cache import Replica
from sync.replica.search import index_text
from sync.replica.seed import seed_district
from tests.conftest import DEVICE, FAST_KDF, SUPERVISOR, fixed_clock

TRICKY = [
    "محمد  اسلم",
    " صابر سومرو ",
    "ضیاء الحق",
    "أحمد \u064b\u064bعلی",  # marks after a space are debris in both paths
    "ﻣﺤﻤﺪ ﷺ",  # presentation forms and a ligature that NFKC turns into several words
    "a\u00a0ب",  # no-break space inside a "word"
    "ឈ្មោះ សុខា",
    "ឣឤ ក\u17b4",
    "Zoë  Ø'Brien ب",
    "۱۲۳ ٤٥ علی",
    "\u200f\u200e ساره",
    " ",
    "",
    "\u0301 ́x ب",
]
ALPHABET = (
    " \u00a0\t" + "abcZé'’-." + "ابپتثجحخدذرزسشصضطظعغفقکگلمنوہھیےئؤأإآءًٌٍَُِّْٰ"
    "ـ۰۱۲٠١٢" + "កខគឃងចឆជឈញ្ាិីឹឺុូួើឿៀេែៃោៅំះ៉៊់៌៍៎៏ឣឤ\u17b4\u17b5" + "\u200b\u200c\u200d\u0301\u0308ﻻﷲ"
)


def _samples() -> Iterator[str]:
    pools = load_name_pools()
    for group in (*vars(pools.pakistan).values(), *vars(pools.cambodia).values()):
        for entry in group:
            yield entry.native
            yield entry.latin
            yield from entry.variants
    yield from TRICKY
    rng = random.Random(7)
    for _ in range(3000):
        yield "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 14)))


def test_word_cache_gives_the_uncached_normalisation() -> None:
    for text in _samples():
        if text.isascii():
            expected = " ".join(text.translate(names._ASCII_MAP).split())
        else:
            expected = names._normalise_unicode(text)
        assert normalise_name(text) == expected, repr(text)


def test_cached_search_keys_equal_uncached() -> None:
    uncached = search_keys.__wrapped__
    for text in _samples():
        assert search_keys(text) == uncached(text), repr(text)
        assert search_keys(text) == uncached(text), repr(text)  # a cache hit too


def test_index_text_is_the_same_cold_and_warm() -> None:
    pools = load_name_pools()
    rng = random.Random(3)
    people = [
        (
            rng.choice(pools.pakistan.male).latin,
            rng.choice([None, rng.choice(pools.pakistan.family).latin]),
            rng.choice([None, "", rng.choice(pools.pakistan.male).latin + " Khan"]),
            rng.choice([None, rng.choice(pools.pakistan.male).native + " خان"]),
        )
        for _ in range(500)
    ]
    names._normalise_word.cache_clear()
    search_keys.cache_clear()
    cold = [index_text(*p) for p in people]
    warm = [index_text(*p) for p in people]
    assert cold == warm
    uncached = search_keys.__wrapped__
    for person, fields in zip(people, cold, strict=True):
        given, family, father, native = person
        own = uncached(" ".join(p for p in (given, family) if p))
        dad = uncached(father or "")
        assert fields == (
            own.normalised,
            dad.normalised,
            names._normalise_unicode(native) if native else "",
            f"{own.phonetic} | {dad.phonetic}".strip(" |"),
        )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replica]:
    folder: Path = tmp_path_factory.mktemp("seeded")
    replica = Replica.create(folder, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=fixed_clock)
    try:
        seed_district(replica.db, replica.household_form, 1200, seed=9, today=date(2026, 11, 22))
        yield replica
    finally:
        replica.close()


def _fts_rows(db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> list[Any]:
    """What rebuild_search_index inserts into person_fts, captured on the way."""
    captured: list[Any] = []
    real = bulk.SearchIndexBuilder._collect

    def collect(self: bulk.SearchIndexBuilder, rows: Any, parts: Any) -> Any:
        batch = real(self, rows, parts)
        captured.extend(batch)
        return batch

    with monkeypatch.context() as patch:
        patch.setattr(bulk.SearchIndexBuilder, "_collect", collect)
        patch.setattr(bulk, "INDEX_POOL_MIN_ROWS", 0)
        patch.setattr(bulk, "BATCH", 250)
        patch.setattr(bulk, "INDEX_TASK", 100)
        db.execute("INSERT INTO person_fts (person_fts) VALUES ('delete-all')")
        assert rebuild_search_index(db, **kw) == len(captured)
    return captured


def test_worker_processes_index_what_this_process_would(
    seeded: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = seeded.db
    rows = db.conn.execute(
        "SELECT rowid, given_name, family_name, father_name, native_name FROM person ORDER BY rowid"
    ).fetchall()
    expected = index_rows(rows)
    assert _fts_rows(db, monkeypatch, workers=2) == expected
    assert _fts_rows(db, monkeypatch, workers=0) == expected
    assert [p.id for p in seeded.search("Muhammad")]


def test_broken_workers_fall_back_to_this_process(
    seeded: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pass

        def submit(self, *args: Any) -> Any:  # noqa: ARG002
            raise BrokenProcessPool("gone")

        def shutdown(self, *args: Any, **kwargs: Any) -> None:
            pass

    monkeypatch.setattr(bulk, "ProcessPoolExecutor", Broken)
    rows = seeded.db.conn.execute(
        "SELECT rowid, given_name, family_name, father_name, native_name FROM person ORDER BY rowid"
    ).fetchall()
    assert _fts_rows(seeded.db, monkeypatch, workers=2) == index_rows(rows)
