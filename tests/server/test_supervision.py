"""The supervisor's day at the registry: day reports, sign-offs, conflicts, mirrored audit
chains, devices' sync logs, operator tokens, and the `day` and `audit-verify` commands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, text

from sync.protocol import (
    API_PREFIX,
    USER_HEADER,
    AuditPushResponse,
    AuditRecord,
    ConflictItem,
    ConflictsResponse,
    DayReport,
    DaySignoff,
    ErrorBody,
    Mutation,
    SignoffsResponse,
    audit_row_hash,
    row_digest,
)
from sync.server import admin, audit_mirror, operators
from sync.server.cli import main
from sync.server.db import make_engine
from tests.registry_process import ROOT, RegistryClient, mutation
from tests.server.conftest import BACKENDS, Registry, _database

GENESIS = "0" * 64
DAY = "2026-11-20"


# -- helpers ------------------------------------------------------------------------------------


def _error(answer: requests.Response) -> ErrorBody:
    return ErrorBody.model_validate_json(answer.content)


def _device(registry: Registry, office: str, district: str = "PB-MUL", name: str = "c") -> Any:
    return RegistryClient.enrol(registry.base_url, registry.code(district, office=office), name)


def _user(registry: Registry, username: str, role: str, district: str = "PB-MUL") -> str:
    return admin.add_user(
        registry.engine,
        username=username,
        display_name=username.capitalize(),
        role=role,
        district=district,
        password="a fine password",
    )


def _as(m: Mutation, user_id: str, when: str = f"{DAY}T10:00:00+05:00") -> Mutation:
    """The same mutation made by another user at another time (neither is in its hash)."""
    return m.model_copy(update={"user_id": user_id, "client_time": when})


@dataclass
class Supervisor:
    device: RegistryClient
    user_id: str

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {USER_HEADER: self.user_id}
        return self.device.session.request(
            method, self.device.url(path), headers=headers, timeout=60, **kwargs
        )

    def day(self, day: str = DAY) -> DayReport:
        answer = self.call("GET", "/day", params={"date": day})
        assert answer.status_code == 200, answer.text
        return DayReport.model_validate_json(answer.content)

    def conflicts(self, status: str = "open") -> list[ConflictItem]:
        answer = self.call("GET", "/conflicts", params={"status": status})
        assert answer.status_code == 200, answer.text
        return ConflictsResponse.model_validate_json(answer.content).conflicts

    def resolve(self, conflict_id: int, **body: Any) -> requests.Response:
        return self.call("POST", f"/conflicts/{conflict_id}/resolve", json=body)

    def sign(self, day: str, **body: Any) -> requests.Response:
        return self.call("PUT", f"/days/{day}/signoff", json=body)


def _chain(count: int, start: int = 1, prev: str = GENESIS) -> list[AuditRecord]:
    out = []
    for seq in range(start, start + count):
        at, detail = f"2026-11-20T09:{seq % 60:02d}:00+05:00", json.dumps({"n": seq})
        digest = audit_row_hash(prev, seq, at, "user-1", "register", "person", f"p{seq}", detail)
        out.append(
            AuditRecord(
                seq=seq,
                at=at,
                user_id="user-1",
                action="register",
                entity="person",
                entity_id=f"p{seq}",
                detail=detail,
                hash=digest,
            )
        )
        prev = digest
    return out


def _push_audit(device: RegistryClient, entries: list[AuditRecord]) -> requests.Response:
    body = {"entries": [entry.model_dump() for entry in entries]}
    return device.post("/audit", json=body)


def _digest(registry: Registry, table: str, district: str) -> tuple[int, str]:
    rows = registry.all(
        f"SELECT id, version FROM {table} WHERE district = :d",
        d=district,
    )
    xor = 0
    for entity_id, version in rows:
        xor ^= row_digest(entity_id, int(version))
    return len(rows), f"{xor:016x}"


# -- the day report ---------------------------------------------------------------------------


def test_day_report_counts_what_each_user_sent(registry: Registry) -> None:
    counter, laptop = _device(registry, "OSS-DAY", name="counter"), _device(registry, "OSS-DAY")
    elsewhere = _device(registry, "OSS-OTHER")
    sana = _user(registry, "sana.day", "clerk")
    boss = Supervisor(counter, _user(registry, "saima.day", "supervisor"))
    household = _as(counter.new_household(), sana)
    person = _as(counter.new_person(household.entity_id), sana)
    enrolment = _as(
        mutation(
            counter.seq(),
            "enrolment",
            "0" * 8 + person.entity_id[8:],
            "create",
            0,
            {
                "reference": [None, "APP-DAY-0001"],
                "scheme_id": [None, "bisp_kafaalat"],
                "person_id": [None, person.entity_id],
                "status": [None, "applied"],
                "applied_at": [None, f"{DAY}T10:05:00+05:00"],
                "applied_office": [None, "OSS-DAY"],
                "applied_by": [None, sana],
            },
        ),
        sana,
    )
    phone = _as(
        counter.update("person", person.entity_id, 1, phone=("03001234567", "03211111111")), sana
    )
    rename = _as(
        counter.update("person", person.entity_id, 2, given_name=("Rashid", "Rasheed")), sana
    )
    poison = _as(counter.new_person(household.entity_id, relationship="son", sex="alien"), sana)
    next_day = _as(counter.new_household(), sana, "2026-11-21T09:00:00+05:00")
    results = counter.push(household, person, enrolment, phone, rename, poison, next_day).results
    assert [r.status for r in results] == ["applied"] * 5 + ["rejected", "applied"]
    local = "local-user-7"
    conflicting = _as(
        laptop.update("person", person.entity_id, 1, given_name=("Rashid", "Rashida")), local
    )
    contact = _as(
        laptop.update("person", person.entity_id, 1, address_line=(None, "Near the well")), local
    )
    assert [r.status for r in laptop.push(conflicting, contact).results] == ["conflict", "merged"]
    assert elsewhere.push(_as(elsewhere.new_household(), sana)).results[0].status == "applied"

    report = boss.day()
    assert (report.district, report.office, report.day) == ("PB-MUL", "OSS-DAY", DAY)
    by_user = {clerk.user_id: clerk for clerk in report.clerks}
    assert set(by_user) == {sana, local}
    mine = by_user[sana]
    assert mine.display_name == "Sana.day"
    assert (mine.created, mine.updated, mine.applications) == (3, 2, 1)
    assert (mine.applied, mine.merged, mine.conflicted, mine.rejected) == (5, 0, 0, 1)
    theirs = by_user[local]
    assert theirs.display_name == local
    assert (theirs.updated, theirs.conflicted, theirs.merged, theirs.created) == (2, 1, 1, 0)
    assert (report.totals.created, report.totals.updated, report.totals.rejected) == (3, 4, 1)
    assert report.signoff is None and report.late_entries == []
    assert report.open_conflicts >= 1
    digest = registry.all("SELECT tbl, count FROM district_digest WHERE district = 'PB-MUL'")
    assert [d.count for d in report.digests] == [
        dict(digest)[name] for name in ("household", "person", "enrolment")
    ]
    assert boss.day("2026-11-21").totals.created == 1
    bad = boss.call("GET", "/day", params={"date": "2026-13-01"})
    assert bad.status_code == 422 and _error(bad).message.startswith("date:")


def test_sign_off_once_and_late_entries_after_it(registry: Registry) -> None:
    device = _device(registry, "OSS-SIGN")
    clerk = _user(registry, "clerk.sign", "clerk")
    boss = Supervisor(device, _user(registry, "boss.sign", "supervisor"))
    on_time = _as(device.new_household(), clerk)
    assert device.push(on_time).results[0].status == "applied"
    answer = boss.sign(DAY, note="all reconciled", summary={"registered": 1})
    assert answer.status_code == 200, answer.text
    signed = DaySignoff.model_validate_json(answer.content)
    assert (signed.office, signed.day, signed.user_id, signed.summary) == (
        "OSS-SIGN",
        DAY,
        boss.user_id,
        {"registered": 1},
    )
    assert signed.display_name == "Boss.sign"
    again = boss.sign(DAY, note="twice")
    assert again.status_code == 409 and _error(again).code == "already_signed"
    late = _as(device.new_household(), clerk, f"{DAY}T17:55:00+05:00")
    assert device.push(late).results[0].status == "applied"
    report = boss.day()
    assert report.signoff == signed
    assert [entry.mutation_id for entry in report.late_entries] == [late.mutation_id]
    assert report.late_entries[0].client_time == late.client_time
    assert report.totals.created == 2
    assert (
        registry.scalar(
            "SELECT count(*) FROM registry_audit WHERE action = 'sign_day' AND entity_id = :e",
            e="PB-MUL/OSS-SIGN",
        )
        == 1
    )
    for day, where in (("2026-02-30", "day:"), ("2999-01-01", "day:")):
        refused = boss.sign(day)
        assert refused.status_code == 422 and _error(refused).message.startswith(where)


# -- conflicts --------------------------------------------------------------------------------


@dataclass
class Conflict:
    person_id: str
    conflict_id: int
    live_user: str
    proposer: str


def _conflict(registry: Registry, district: str, tag: str) -> Conflict:
    """Office A renames Rashid to Rasheed; office B, from the same base, to Rashida."""
    first, second = (
        _device(registry, f"OSS-A-{tag}", district),
        _device(registry, f"OSS-B-{tag}", district),
    )
    live_user = _user(registry, f"amna.{tag}", "clerk", district)
    proposer = _user(registry, f"bilal.{tag}", "clerk", district)
    household = _as(first.new_household(), live_user)
    person = _as(first.new_person(household.entity_id), live_user)
    rename = _as(
        first.update("person", person.entity_id, 1, given_name=("Rashid", "Rasheed")), live_user
    )
    assert [r.status for r in first.push(household, person, rename).results] == ["applied"] * 3
    other = _as(
        second.update("person", person.entity_id, 1, given_name=("Rashid", "Rashida")), proposer
    )
    assert second.push(other).results[0].status == "conflict"
    conflict_id = registry.scalar(
        "SELECT id FROM conflict WHERE entity_id = :p AND field = 'given_name'", p=person.entity_id
    )
    return Conflict(person.entity_id, int(conflict_id), live_user, proposer)


@pytest.fixture(scope="module")
def supervisor(registry: Registry) -> Supervisor:
    return Supervisor(_device(registry, "OSS-SUP"), _user(registry, "sadia.sup", "supervisor"))


def test_the_conflict_queue_says_who_did_what(registry: Registry, supervisor: Supervisor) -> None:
    case = _conflict(registry, "PB-MUL", "list")
    listed = {item.conflict_id: item for item in supervisor.conflicts()}
    item = listed[case.conflict_id]
    assert (item.entity, item.entity_id, item.field, item.status) == (
        "person",
        case.person_id,
        "given_name",
        "open",
    )
    assert (item.base_value, item.live_value, item.proposed_value) == (
        "Rashid",
        "Rasheed",
        "Rashida",
    )
    assert (item.live_by, item.proposed_by) == ("Amna.list", "Bilal.list")
    assert item.live_at == f"{DAY}T10:00:00+05:00" and item.resolution is None
    assert item.device_name == "c"
    assert case.conflict_id not in {i.conflict_id for i in supervisor.conflicts("resolved")}
    bad = supervisor.call("GET", "/conflicts", params={"status": "closed"})
    assert bad.status_code == 422 and "status" in _error(bad).message


def _person(registry: Registry, person_id: str) -> tuple[str, int]:
    row = registry.all("SELECT given_name, version FROM person WHERE id = :p", p=person_id)[0]
    return str(row[0]), int(row[1])


def test_resolving_with_the_proposal_reaches_devices(
    registry: Registry, supervisor: Supervisor
) -> None:
    case = _conflict(registry, "PB-MUL", "proposal")
    device = supervisor.device
    cursor = device.changes(limit=5000)
    while cursor.has_more:
        cursor = device.changes(after=cursor.next_after, limit=5000)
    before = device.digest().tables["person"]
    answer = supervisor.resolve(case.conflict_id, choice="proposal", note="checked the CNIC card")
    assert answer.status_code == 200, answer.text
    item = ConflictItem.model_validate_json(answer.content)
    assert item.status == "resolved" and item.resolution is not None
    assert (item.resolution.choice, item.resolution.value, item.resolution.version) == (
        "proposal",
        "Rashida",
        3,
    )
    assert item.resolution.resolved_by == "Sadia.sup"
    assert item.resolution.note == "checked the CNIC card"
    assert _person(registry, case.person_id) == ("Rashida", 3)
    page = device.changes(after=cursor.next_after)
    changed = [c for c in page.changes if c.entity_id == case.person_id]
    assert [(c.version, c.row["given_name"] if c.row else None) for c in changed] == [
        (3, "Rashida")
    ]
    after = device.digest().tables["person"]
    assert after != before
    assert (after.count, after.xor) == _digest(registry, "person", "PB-MUL")
    history = registry.all(
        "SELECT previous_value, new_value, user_id FROM field_history"
        " WHERE entity_id = :p AND field = 'given_name'",
        p=case.person_id,
    )
    assert [tuple(h) for h in history] == [('"Rasheed"', '"Rashida"', supervisor.user_id)]
    assert (
        registry.scalar(
            "SELECT count(*) FROM registry_audit WHERE action = 'resolve_conflict'"
            " AND entity_id = :p",
            p=case.person_id,
        )
        == 1
    )
    assert case.conflict_id in {i.conflict_id for i in supervisor.conflicts("resolved")}
    assert case.conflict_id in {i.conflict_id for i in supervisor.conflicts("all")}
    twice = supervisor.resolve(case.conflict_id, choice="live")
    assert twice.status_code == 409 and _error(twice).code == "already_resolved"


def test_resolving_with_an_edited_value_checks_it(
    registry: Registry, supervisor: Supervisor
) -> None:
    case = _conflict(registry, "PB-MUL", "edited")
    logged = registry.scalar("SELECT seq FROM district_state WHERE district = 'PB-MUL'")
    refused = supervisor.resolve(case.conflict_id, choice="edited", value="")
    assert refused.status_code == 422
    error = _error(refused)
    assert error.code == "invalid_value"
    assert "given_name" in error.message and "required" in error.message
    wrong_type = supervisor.resolve(case.conflict_id, choice="edited", value=["Rashid"])
    assert wrong_type.status_code == 422 and "given_name" in _error(wrong_type).message
    assert _person(registry, case.person_id) == ("Rasheed", 2)
    assert registry.scalar("SELECT seq FROM district_state WHERE district = 'PB-MUL'") == logged
    assert (
        registry.scalar("SELECT status FROM conflict WHERE id = :c", c=case.conflict_id) == "open"
    )
    answer = supervisor.resolve(case.conflict_id, choice="edited", value="Rashid Ali")
    assert answer.status_code == 200, answer.text
    item = ConflictItem.model_validate_json(answer.content)
    assert item.resolution is not None
    assert (item.resolution.value, item.resolution.version) == ("Rashid Ali", 3)
    assert item.live_value == "Rashid Ali" and item.live_by == "Sadia.sup"
    assert _person(registry, case.person_id) == ("Rashid Ali", 3)


def test_keeping_the_live_value_writes_nothing(registry: Registry, supervisor: Supervisor) -> None:
    case = _conflict(registry, "PB-MUL", "live")
    logged = registry.scalar("SELECT seq FROM district_state WHERE district = 'PB-MUL'")
    answer = supervisor.resolve(case.conflict_id, choice="live")
    assert answer.status_code == 200, answer.text
    item = ConflictItem.model_validate_json(answer.content)
    assert item.resolution is not None
    assert (item.resolution.choice, item.resolution.value, item.resolution.version) == (
        "live",
        "Rasheed",
        2,
    )
    assert _person(registry, case.person_id) == ("Rasheed", 2)
    assert registry.scalar("SELECT seq FROM district_state WHERE district = 'PB-MUL'") == logged


def test_conflicts_of_another_district_are_not_found(
    registry: Registry, supervisor: Supervisor
) -> None:
    case = _conflict(registry, "PB-LHR", "lahore")
    assert case.conflict_id not in {i.conflict_id for i in supervisor.conflicts("all")}
    answer = supervisor.resolve(case.conflict_id, choice="proposal")
    assert answer.status_code == 404 and _error(answer).code == "not_found"
    assert supervisor.resolve(10**9, choice="live").status_code == 404
    assert _person(registry, case.person_id) == ("Rasheed", 2)


# -- mirrored audit chains and sync logs ------------------------------------------------------


def test_audit_push_continues_the_chain(registry: Registry) -> None:
    device = _device(registry, "OSS-AUDIT")
    chain = _chain(6)
    first = _push_audit(device, chain[:3])
    assert first.status_code == 200 and AuditPushResponse.model_validate_json(first.content) == (
        AuditPushResponse(stored_through=3)
    )
    again = _push_audit(device, chain[:5])
    assert again.status_code == 200 and again.json() == {"stored_through": 5}
    assert _push_audit(device, chain[:5]).json() == {"stored_through": 5}
    assert device.get("/audit/head").json() == {"stored_through": 5}
    gap = _push_audit(device, _chain(2, start=7, prev=chain[-1].hash))
    assert gap.status_code == 409 and _error(gap).code == "audit_gap"
    assert "6" in _error(gap).message
    forged = chain[1].model_copy(update={"hash": "f" * 64})
    mismatch = _push_audit(device, [forged, chain[5]])
    assert mismatch.status_code == 409 and _error(mismatch).code == "audit_mismatch"
    assert (
        registry.scalar(
            "SELECT count(*) FROM incident WHERE kind = 'audit_mismatch' AND device_id = :d",
            d=device.enrolment.device_id,
        )
        == 1
    )
    assert device.get("/audit/head").json() == {"stored_through": 5}
    rows = registry.all(
        "SELECT seq, hash FROM audit_mirror WHERE device_id = :d ORDER BY seq",
        d=device.enrolment.device_id,
    )
    assert [tuple(r) for r in rows] == [(e.seq, e.hash) for e in chain[:5]]
    fresh = _device(registry, "OSS-AUDIT")
    assert fresh.get("/audit/head").json() == {"stored_through": 0}
    late_start = _push_audit(fresh, chain[2:4])
    assert late_start.status_code == 409 and _error(late_start).code == "audit_gap"


def test_a_broken_chain_is_stored_as_received_and_reported(
    registry: Registry, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    device = _device(registry, "OSS-BROKEN")
    chain = _chain(4)
    chain[2] = chain[2].model_copy(update={"detail": json.dumps({"n": "edited on the device"})})
    assert _push_audit(device, chain).json() == {"stored_through": 4}
    assert main(["audit-verify", "--db", db_url]) == 1
    out = capsys.readouterr().out
    assert f"device {device.enrolment.device_id} (c): broken at seq 3 (edited)" in out


def test_sync_log_sessions_are_upserted(registry: Registry) -> None:
    device = _device(registry, "OSS-SYNC", name="front desk")
    boss = Supervisor(device, _user(registry, "boss.sync", "supervisor"))
    started = {"kind": "sync", "started_at": f"{DAY}T08:00:00+05:00", "pushed": 3}
    sessions = [
        {"session_id": 1, **started},
        {"session_id": 2, "started_at": f"{DAY}T12:00:00+05:00", "error": "timed out"},
        {"session_id": 3, "started_at": "2026-11-19T12:00:00+05:00"},
    ]
    answer = device.post("/sync-log", json={"sessions": sessions})
    assert answer.status_code == 200 and answer.json() == {"stored": 3}
    finished = {**sessions[0], "ended_at": f"{DAY}T08:00:09+05:00", "applied": 3, "pulled": 40}
    assert device.post("/sync-log", json={"sessions": [finished]}).json() == {"stored": 1}
    assert (
        registry.scalar(
            "SELECT count(*) FROM device_sync_log WHERE device_id = :d",
            d=device.enrolment.device_id,
        )
        == 3
    )
    report = boss.day()
    assert [(s.device_name, s.session.session_id) for s in report.sync_sessions] == [
        ("front desk", 1),
        ("front desk", 2),
    ]
    first = report.sync_sessions[0].session
    assert (first.ended_at, first.applied, first.pulled) == (finished["ended_at"], 3, 40)
    refused = device.post("/sync-log", json={"sessions": [{"session_id": 4}]})
    assert refused.status_code == 422 and "started_at" in _error(refused).message


# -- operators ---------------------------------------------------------------------------------


def test_operator_tokens(registry: Registry, supervisor: Supervisor) -> None:
    token = operators.add_operator(registry.engine, "Operator One")
    assert supervisor.sign("2026-11-18").status_code == 200
    url = f"{registry.base_url}{API_PREFIX}/operator"
    params = {"district": "PB-MUL", "office": "OSS-SUP", "date": "2026-11-18"}
    bearer = {"Authorization": f"Bearer {token}"}
    answer = requests.get(f"{url}/day", params=params, headers=bearer, timeout=30)
    assert answer.status_code == 200, answer.text
    report = DayReport.model_validate_json(answer.content)
    assert report.signoff is not None and report.signoff.user_id == supervisor.user_id
    since = {"district": "PB-MUL", "since": "2026-11-18"}
    listed = requests.get(f"{url}/signoffs", params=since, headers=bearer, timeout=30)
    signoffs = SignoffsResponse.model_validate_json(listed.content).signoffs
    assert ("OSS-SUP", "2026-11-18") in {(s.office, s.day) for s in signoffs}
    assert all(s.day >= "2026-11-18" and s.district == "PB-MUL" for s in signoffs)
    none = requests.get(f"{url}/signoffs", params={"district": "XX"}, headers=bearer, timeout=30)
    assert none.json() == {"signoffs": []}
    for headers in ({}, {"Authorization": "Bearer nope"}, supervisor.device.session.headers):
        refused = requests.get(f"{url}/day", params=params, headers=headers, timeout=30)
        assert refused.status_code == 401 and _error(refused).code == "unauthorized"
    as_device = supervisor.call("GET", "/operator/day", params=params)
    assert as_device.status_code == 401
    bad = requests.get(
        f"{url}/day", params={**params, "date": "18/11/2026"}, headers=bearer, timeout=30
    )
    assert bad.status_code == 422 and _error(bad).message.startswith("date:")
    operators.revoke_operator(registry.engine, "Operator One")
    revoked = requests.get(f"{url}/day", params=params, headers=bearer, timeout=30)
    assert revoked.status_code == 403 and _error(revoked).code == "operator_revoked"


# -- the commands --------------------------------------------------------------------------------


def test_day_command(registry: Registry, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    device = _device(registry, "OSS-CLI")
    clerk = _user(registry, "nadia.cli", "clerk")
    boss = Supervisor(device, _user(registry, "boss.cli", "supervisor"))
    assert device.push(_as(device.new_household(), clerk)).results[0].status == "applied"
    assert boss.sign(DAY, note="quiet day").status_code == 200
    argv = ["day", "--db", db_url, "--district", "PB-MUL", "--office", "OSS-CLI", "--date", DAY]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Day 2026-11-20 - district PB-MUL, office OSS-CLI" in out
    assert "Nadia.cli" in out and "Total" in out
    assert "Sign-off: by Boss.cli" in out and "quiet day" in out
    assert "Late entries (received after the sign-off): 0" in out
    assert main([*argv, "--json"]) == 0
    report = DayReport.model_validate_json(capsys.readouterr().out)
    assert report.totals.created == 1 and report.signoff is not None
    assert main([*argv[:-1], "20.11.2026"]) == 2
    assert "--date" in capsys.readouterr().err


# -- audit-verify on a database of its own, tampered with directly -------------------------------


@pytest.fixture(params=BACKENDS)
def fresh_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    for url in _database(request.param, tmp_path):
        engine = make_engine(url)
        admin.init_registry(engine)
        yield url, engine
        engine.dispose()


def _verify(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["audit-verify", "--db", url])
    return code, capsys.readouterr().out


@contextmanager
def _tampered(engine: Engine, table: str, where: str, statements: list[str]) -> Iterator[None]:
    """Run `statements` against the rows `where` selects; put the rows back afterwards."""
    with engine.begin() as conn:
        saved = [
            dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {table} WHERE {where}"))
        ]
        for statement in statements:
            conn.execute(text(statement))
    try:
        yield
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DELETE FROM {table} WHERE {where}"))
            columns = ", ".join(saved[0])
            values = ", ".join(f":{name}" for name in saved[0])
            conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), saved)


def test_audit_verify_finds_every_kind_of_tampering(
    fresh_engine: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, engine = fresh_engine
    code = admin.create_enrol_code(engine, "PB-MUL", "OSS-1", 1)
    device_id = admin.enrol(engine, code, "desk", "OSS-1").device_id
    assert audit_mirror.store_entries(engine, device_id, _chain(6)) == 6
    admin.add_user(
        engine,
        username="sana",
        display_name="Sana",
        role="clerk",
        district="PB-MUL",
        password="a fine password",
    )
    admin.set_user_active(engine, "sana", False)
    admin.set_user_active(engine, "sana", True)
    catalog = (ROOT / "forms" / "catalogs" / "pk.yaml").read_text("utf-8")
    admin.publish_catalog(engine, catalog, "pk.yaml")
    assert main(["add-operator", "--db", url, "Ops Desk"]) == 0
    token = capsys.readouterr().out.split()[-1]
    with engine.connect() as conn:
        found = operators.operator_for_token(conn, token)
        assert found is not None and found.name == "Ops Desk"
        acts = conn.execute(text("SELECT action FROM registry_audit ORDER BY seq")).scalars()
        assert list(acts) == [
            "issue_enrol_code",
            "enrol_device",
            "add_user",
            "deactivate_user",
            "activate_user",
            "publish_catalog",
            "add_operator",
        ]
    admin.revoke_device(engine, device_id)
    assert _verify(url, capsys) == (
        0,
        f"device {device_id} (desk): whole (6 entries)\nregistry: whole (8 entries)\n",
    )
    device_rows = f"device_id = '{device_id}'"
    with engine.connect() as conn:
        last = conn.execute(text("SELECT * FROM registry_audit WHERE seq = 8")).one()
    # The newest entry rewritten with a hash that fits it: only the kept head gives it away.
    fields = (last.action, last.entity, last.entity_id, last.detail)
    covered = audit_row_hash(last.prev_hash, 8, last.at, "someone else", *fields)
    checks: list[tuple[str, str, list[str], str]] = [
        (
            "audit_mirror",
            device_rows,
            [f"UPDATE audit_mirror SET detail = '{{}}' WHERE {device_rows} AND seq = 3"],
            f"device {device_id} (desk): broken at seq 3 (edited)",
        ),
        (
            "audit_mirror",
            device_rows,
            [f"DELETE FROM audit_mirror WHERE {device_rows} AND seq = 4"],
            f"device {device_id} (desk): broken at seq 4 (missing)",
        ),
        (
            "audit_mirror",
            device_rows,
            [
                f"UPDATE audit_mirror SET seq = -2 WHERE {device_rows} AND seq = 2",
                f"UPDATE audit_mirror SET seq = 2 WHERE {device_rows} AND seq = 3",
                f"UPDATE audit_mirror SET seq = 3 WHERE {device_rows} AND seq = -2",
            ],
            f"device {device_id} (desk): broken at seq 2 (reordered)",
        ),
        (
            "audit_mirror",
            device_rows,
            [f"DELETE FROM audit_mirror WHERE {device_rows} AND seq >= 5"],
            f"device {device_id} (desk): broken at seq 5 (cut off)",
        ),
        (
            "registry_audit",
            "seq > 0",
            ["UPDATE registry_audit SET actor = 'someone else' WHERE seq = 2"],
            "registry: broken at seq 2 (edited)",
        ),
        (
            "registry_audit",
            "seq > 0",
            ["DELETE FROM registry_audit WHERE seq = 3"],
            "registry: broken at seq 3 (missing)",
        ),
        (
            "registry_audit",
            "seq > 0",
            [
                "UPDATE registry_audit SET seq = -3 WHERE seq = 3",
                "UPDATE registry_audit SET seq = 3 WHERE seq = 4",
                "UPDATE registry_audit SET seq = 4 WHERE seq = -3",
            ],
            "registry: broken at seq 3 (reordered)",
        ),
        (
            "registry_audit",
            "seq > 0",
            ["DELETE FROM registry_audit WHERE seq >= 7"],
            "registry: broken at seq 7 (cut off)",
        ),
        (
            "registry_audit",
            "seq > 0",
            [f"UPDATE registry_audit SET actor = 'someone else', hash = '{covered}' WHERE seq = 8"],
            "registry: broken at seq 8 (edited)",
        ),
    ]
    for table, where, statements, expected in checks:
        with _tampered(engine, table, where, statements):
            exit_code, out = _verify(url, capsys)
            assert exit_code == 1 and expected in out, (statements, out)
        assert _verify(url, capsys)[0] == 0, statements
