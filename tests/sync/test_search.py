"""The one search box over the encrypted cache, on a small synthetic district."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from forms.regno import format_registry_no
from sync.replica.cache import Replica
from sync.replica.seed import seed_district
from sync.synthetic import District
from tests.conftest import DEVICE, FAST_KDF, SUPERVISOR, fixed_clock, household


@pytest.fixture(scope="module")
def district_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Replica, District]]:
    folder: Path = tmp_path_factory.mktemp("district")
    replica = Replica.create(folder, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=fixed_clock)
    try:
        district = seed_district(
            replica.db, replica.household_form, 3000, seed=11, today=date(2026, 11, 22)
        )
        replica.persons.register_household(household(), replica.actor)
        yield replica, district
    finally:
        replica.close()


def _ids(replica: Replica, text: str) -> list[str]:
    return [p.id for p in replica.search(text)]


def test_every_id_number_is_found_in_any_formatting(
    district_cache: tuple[Replica, District],
) -> None:
    replica, district = district_cache
    for person_id, _, value in district.identifiers[:200]:
        dashed = f"{value[:5]}-{value[5:12]}-{value[12:]}"
        urdu = value.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        for text in (value, dashed, f" {dashed} ", urdu):
            assert _ids(replica, text) == [person_id], text


def test_registry_numbers_are_found_typed_or_formatted(
    district_cache: tuple[Replica, District],
) -> None:
    replica, district = district_cache
    for person in district.persons[:50]:
        number = person["registry_no"]
        assert _ids(replica, number) == [person["id"]]
        assert _ids(replica, format_registry_no(number)) == [person["id"]]


def test_phone_numbers_in_national_and_international_form(
    district_cache: tuple[Replica, District],
) -> None:
    replica, district = district_cache
    person = next(p for p in district.persons if p["phone"])
    international = "+92 " + person["phone"][1:]
    assert person["id"] in _ids(replica, person["phone"])
    assert person["id"] in _ids(replica, international)


@pytest.mark.parametrize(
    "query",
    [
        "Muhammad Aslam",
        "mohammad aslam",
        "Muhamad Aslem",
        "Mohd Aslam",
        "aslam muhammad",
        "محمد اسلم",
    ],
)
def test_names_are_found_despite_spelling_and_script(
    district_cache: tuple[Replica, District], query: str
) -> None:
    replica, _ = district_cache
    results = replica.search(query)
    assert results, query
    top = results[0]
    assert (top.given_name, top.family_name) == ("Muhammad", "Aslam"), [
        (r.given_name, r.family_name, r.score) for r in results[:5]
    ]


def test_results_rank_by_similarity_and_carry_what_the_clerk_needs(
    district_cache: tuple[Replica, District],
) -> None:
    replica, district = district_cache
    person = district.persons[123]
    results = replica.search(f"{person['given_name']} {person['family_name']}")
    assert person["id"] in [r.id for r in results]
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    hit = next(r for r in results if r.id == person["id"])
    assert hit.father_name == person["father_name"]
    assert hit.birth_date == person["birth_date"]
    assert hit.village == person["village"]


def test_nothing_and_nonsense_find_nothing(district_cache: tuple[Replica, District]) -> None:
    replica, _ = district_cache
    for text in ("", "   ", "zzqx", "1", '"', "a" * 5000, "' OR 1=1 --", "NEAR(", "\x00"):
        assert isinstance(replica.search(text), list)
    assert replica.search("zzqxw") == []
