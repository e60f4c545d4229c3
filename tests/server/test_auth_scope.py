"""Enrolment, tokens, revocation, district scope and hostile request bodies."""

from __future__ import annotations

import gzip
import json

import pytest
import requests

from sync.protocol import API_PREFIX, MAX_BODY_BYTES, ErrorBody
from sync.server import admin
from tests.registry_process import RegistryClient, mutation
from tests.server.conftest import Registry


def _error(answer: requests.Response) -> ErrorBody:
    return ErrorBody.model_validate_json(answer.content)


def test_enrolment_code_is_single_use(registry: Registry) -> None:
    code = registry.code("PB-MUL", office="PB-MUL-OSS7")
    device = RegistryClient.enrol(registry.base_url, code.lower().replace("-", " "))
    answer = device.enrolment
    assert (answer.district, answer.country, answer.office) == ("PB-MUL", "PK", "PB-MUL-OSS7")
    assert answer.regno_block.end - answer.regno_block.start + 1 == 10_000
    stored = registry.all(
        "SELECT district, token_hash FROM device WHERE id = :id", id=answer.device_id
    )
    assert stored[0][0] == "PB-MUL" and stored[0][1] != answer.token and len(stored[0][1]) == 64
    again = requests.post(
        f"{registry.base_url}{API_PREFIX}/enrol",
        json={"code": code, "device_name": "second", "office": "X"},
        timeout=30,
    )
    assert again.status_code == 403 and _error(again).code == "enrol_refused"
    assert registry.scalar("SELECT count(*) FROM device WHERE name = 'second'") == 0


def test_the_openapi_document_is_served(registry: Registry) -> None:
    answer = requests.get(f"{registry.base_url}{API_PREFIX}/openapi.json", timeout=30)
    paths = answer.json()["paths"]
    assert {f"{API_PREFIX}/push", f"{API_PREFIX}/changes", f"{API_PREFIX}/snapshots"} <= set(paths)
    push_body = paths[f"{API_PREFIX}/push"]["post"]["requestBody"]["content"]["application/json"]
    assert "mutations" in push_body["schema"]["properties"]


def test_expired_code_is_refused(registry: Registry) -> None:
    code = registry.code()
    with registry.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE enrol_code SET expires_at = '2000-01-01T00:00:00+00:00'")
    answer = requests.post(
        f"{registry.base_url}{API_PREFIX}/enrol",
        json={"code": code, "device_name": "late", "office": "X"},
        timeout=30,
    )
    assert answer.status_code == 403 and "expired" in _error(answer).message
    assert registry.scalar("SELECT count(*) FROM device WHERE name = 'late'") == 0


@pytest.mark.parametrize("header", [None, "Bearer not-a-token", "Basic abc", "Bearer "])
def test_missing_or_unknown_token_is_401(registry: Registry, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    for method, path in (("GET", "/changes"), ("GET", "/digest"), ("POST", "/push")):
        answer = requests.request(
            method, f"{registry.base_url}{API_PREFIX}{path}", headers=headers, timeout=30
        )
        assert answer.status_code == 401 and _error(answer).code == "unauthorized"


def test_revoked_device_is_refused(registry: Registry) -> None:
    device = registry.device()
    assert device.get("/digest").status_code == 200
    admin.revoke_device(registry.engine, device.enrolment.device_id)
    for answer in (device.get("/digest"), device.post("/push", json={"mutations": []})):
        assert answer.status_code == 403 and _error(answer).code == "device_revoked"


def test_a_device_cannot_read_another_district(registry: Registry) -> None:
    multan, lahore = registry.device("PB-MUL"), registry.device("PB-LHR")
    m_household, m_person = multan.register()
    l_household, l_person = lahore.register()
    seen = {c.entity_id for c in lahore.changes(after=0, limit=5000).changes}
    assert l_person in seen and l_household in seen
    assert m_person not in seen and m_household not in seen
    rows = lahore.rows("person", [m_person, l_person])
    assert [r["id"] for r in rows.rows] == [l_person] and rows.missing == [m_person]
    assert m_person not in lahore.versions("person").ids
    manifest = lahore.snapshot()
    assert manifest.district == "PB-LHR"
    ids = set()
    for chunk in manifest.chunks:
        body = json.loads(gzip.decompress(lahore.chunk(manifest.snapshot_id, chunk.index)))
        ids |= (
            set(body["values"][body["columns"].index("id")]) if "id" in body["columns"] else set()
        )
    assert l_person in ids and m_person not in ids
    count = registry.scalar("SELECT count(*) FROM person WHERE district = 'PB-LHR'")
    assert lahore.digest().tables["person"].count == count == manifest.tables["person"]
    foreign = lahore.get(f"/snapshots/{multan.snapshot().snapshot_id}/chunks/0")
    assert foreign.status_code == 404


def test_a_device_cannot_write_another_district(registry: Registry) -> None:
    multan, lahore = registry.device("PB-MUL"), registry.device("PB-LHR")
    m_household, m_person = multan.register()
    attempts = [
        lahore.update("person", m_person, 1, phone=("03001234567", "03119999999")),
        lahore.new_person(None, district="PB-MUL"),
        lahore.new_person(m_household, district="PB-LHR"),
        lahore.update("household", m_household, 1, address_line=("House 1, Street 2", "Gone")),
    ]
    results = lahore.push(*attempts).results
    assert [r.reason for r in results] == ["out_of_scope"] * 4
    assert registry.scalar("SELECT phone FROM person WHERE id = :id", id=m_person) == "03001234567"
    assert registry.scalar("SELECT version FROM household WHERE id = :id", id=m_household) == 1
    assert (
        registry.scalar(
            "SELECT count(*) FROM person WHERE id IN (:a, :b)",
            a=attempts[1].entity_id,
            b=attempts[2].entity_id,
        )
        == 0
    )


def _state(registry: Registry, device: RegistryClient) -> tuple[int, int, int]:
    return (
        registry.scalar("SELECT count(*) FROM mutation"),
        registry.scalar("SELECT count(*) FROM person"),
        registry.scalar(
            "SELECT next_seq FROM device WHERE id = :id", id=device.enrolment.device_id
        ),
    )


def test_hostile_bodies_are_refused_without_change(registry: Registry) -> None:
    device = registry.device()
    valid = device.new_household()
    good = {"mutations": [json.loads(valid.model_dump_json())]}
    wrong_type = json.loads(json.dumps(good))
    wrong_type["mutations"][0]["device_seq"] = "first"
    bomb = gzip.compress(b'{"mutations": [' + b" " * (MAX_BODY_BYTES + 10) + b"]}")
    too_many = {"mutations": [good["mutations"][0]] * 501}
    before = _state(registry, device)
    cases = [
        (b'{"mutations": [', {}, 400, "malformed_json"),
        (json.dumps(wrong_type).encode(), {}, 422, "invalid_body"),
        (json.dumps({"mutations": {"a": 1}}).encode(), {}, 422, "invalid_body"),
        (b"x" * (MAX_BODY_BYTES + 1), {}, 413, "too_large"),
        (bomb, {"Content-Encoding": "gzip"}, 413, "too_large"),
        (
            gzip.compress(json.dumps(good).encode())[:-20],
            {"Content-Encoding": "gzip"},
            400,
            "bad_gzip",
        ),
        (json.dumps(good).encode(), {"Content-Encoding": "br"}, 415, "unsupported_encoding"),
        (json.dumps(too_many).encode(), {}, 413, "too_many_mutations"),
    ]
    assert len(bomb) < 100_000
    for body, headers, status, code in cases:
        answer = device.post(
            "/push", data=body, headers={"Content-Type": "application/json", **headers}
        )
        assert (answer.status_code, _error(answer).code) == (status, code), body[:40]
    assert _state(registry, device) == before
    bad_query = device.get("/changes", after="-1")
    assert bad_query.status_code == 422 and _error(bad_query).code == "invalid_request"
    assert device.get("/versions/users").status_code == 422
    assert device.push(valid, gzip_body=True).results[0].status == "applied"


def test_wrong_mutation_shapes_are_refused_per_mutation(registry: Registry) -> None:
    device = registry.device()
    household = device.new_household()
    broken = [
        mutation(device.seq(), "person", household.entity_id, "create", 0, {"given_name": [None]}),
        device.new_person(household.entity_id, given_name=["not", "text"]),
        device.new_person(household.entity_id, shoe_size=42),
        device.new_person(household.entity_id, birth_date="2999-01-01"),
    ]
    results = device.push(household, *broken).results
    assert results[0].status == "applied"
    assert [r.reason for r in results[1:]] == ["invalid"] * 4
    assert "shoe_size" in (results[3].message or "")
    assert "birth" in (results[4].message or "").lower()
    assert (
        registry.scalar(
            "SELECT count(*) FROM person WHERE household_id = :h", h=household.entity_id
        )
        == 0
    )
