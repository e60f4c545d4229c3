"""The central registry as a real process, and a small typed client, for server and e2e tests.

`RegistryProcess.start(db_url, data_dir)` runs `python -m sync.server serve` on a free loopback
port and waits for `/api/v1/health`; `stop()` sends SIGTERM and waits. `RegistryClient` speaks
the wire protocol with `requests` and keeps a device's sequence numbers and registry serials,
so a test can push well-formed mutations with one call. `postgres_database()` makes a fresh
PostgreSQL database from `ONESTOP_TEST_POSTGRES` and drops it afterwards.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from uuid6 import uuid7

from forms.regno import make_registry_no
from sync.protocol import (
    API_PREFIX,
    ChangesPage,
    DigestResponse,
    EnrolResponse,
    Mutation,
    PushResponse,
    RegnoBlock,
    RowsResponse,
    SnapshotManifest,
    UsersResponse,
    VersionsResponse,
    payload_hash,
)
from sync.registry_process import terminate

POSTGRES_ENV = "ONESTOP_TEST_POSTGRES"
START_TIMEOUT = 30.0
ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (URL), dropped afterwards.

    Skips when `ONESTOP_TEST_POSTGRES` is unset, except under CI=true where that is an error:
    CI must never pass with the PostgreSQL half of the suite silently skipped.
    """
    admin_url = os.environ.get(POSTGRES_ENV)
    if not admin_url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{POSTGRES_ENV} is not set under CI: PostgreSQL tests cannot run")
        pytest.skip(f"{POSTGRES_ENV} is not set")
    name = f"onestop_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: Engine, name: str) -> None:
    # Not WITH (FORCE): that would also have to signal autovacuum workers, which a
    # non-superuser may not. Our own sessions go first; a plain DROP stops autovacuum itself.
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()"
            ),
            {"name": name},
        )
        for attempt in range(20):
            try:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                return
            except OperationalError:
                if attempt == 19:
                    raise
                time.sleep(0.25)


class RegistryProcess:
    """`python -m sync.server serve` in a child process on a free loopback port."""

    def __init__(self, db_url: str, data_dir: Path) -> None:
        self.db_url = db_url
        self.data_dir = data_dir
        self.process: subprocess.Popen[str] | None = None
        self.base_url = ""
        self.output: list[str] = []

    def start(self) -> RegistryProcess:
        command = [sys.executable, "-m", "sync.server", "serve", "--db", self.db_url]
        command += ["--host", "127.0.0.1", "--port", "0", "--data-dir", str(self.data_dir)]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert self.process.stdout is not None
        deadline = time.monotonic() + START_TIMEOUT
        for line in self.process.stdout:
            self.output.append(line)
            if line.startswith("registry listening on "):
                self.base_url = line.split()[-1].strip()
                break
            if time.monotonic() > deadline:
                break
        if not self.base_url:
            self.stop()
            raise RuntimeError("the registry did not start:\n" + "".join(self.output))
        # Keep draining the log so the child never blocks on a full pipe.
        threading.Thread(target=self._drain, daemon=True).start()
        self._wait_healthy(deadline)
        return self

    def _drain(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            self.output.append(line)

    def _wait_healthy(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(f"{self.base_url}{API_PREFIX}/health", timeout=2).ok:
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("the registry never answered /health:\n" + "".join(self.output))

    def stop(self) -> int | None:
        """SIGTERM, then wait; returns the exit code."""
        if self.process is None:
            return None
        return terminate(self.process)


# -- a device's view of the API ----------------------------------------------------------------


def mutation(
    seq: int,
    entity: str,
    entity_id: str,
    op: str,
    base_version: int,
    changes: Mapping[str, list[Any]],
    *,
    user_id: str = "user-1",
    mutation_id: str | None = None,
    client_time: str = "2026-11-22T10:00:00+05:00",
) -> Mutation:
    """A well-formed mutation with its payload hash."""
    mid = mutation_id or str(uuid7())
    frozen = {name: list(pair) for name, pair in changes.items()}
    return Mutation(
        mutation_id=mid,
        device_seq=seq,
        entity=entity,  # type: ignore[arg-type]
        entity_id=entity_id,
        op=op,  # type: ignore[arg-type]
        base_version=base_version,
        changes=frozen,
        payload_hash=payload_hash(mid, entity, entity_id, op, base_version, frozen),
        user_id=user_id,
        client_time=client_time,
    )


PLACES = {
    "PB-MUL": ("PB", "PB-MUL", "MUL-3", "MUL-3-UC05", "MUL-3-UC05-V1"),
    "PB-LHR": ("PB", "PB-LHR", "LHR-1", "LHR-1-UC01", "LHR-1-UC01-V1"),
}


def address(district: str) -> dict[str, str]:
    keys = ("province", "district", "tehsil", "union_council", "village")
    return dict(zip(keys, PLACES[district], strict=True))


@dataclass
class RegistryClient:
    """One enrolled device talking to the registry; keeps its sequence and serials."""

    base_url: str
    enrolment: EnrolResponse
    next_seq: int = 1
    next_serial: int = 0
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.session.headers["Authorization"] = f"Bearer {self.enrolment.token}"
        self.next_serial = self.enrolment.regno_block.start

    @classmethod
    def enrol(cls, base_url: str, code: str, name: str = "counter-1") -> RegistryClient:
        answer = requests.post(
            f"{base_url}{API_PREFIX}/enrol",
            json={"code": code, "device_name": name, "office": "OFFICE-1"},
            timeout=30,
        )
        answer.raise_for_status()
        return cls(base_url, EnrolResponse.model_validate_json(answer.content))

    @property
    def district(self) -> str:
        return self.enrolment.district

    def url(self, path: str) -> str:
        return f"{self.base_url}{API_PREFIX}{path}"

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.session.get(self.url(path), params=params, timeout=60)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.post(self.url(path), timeout=60, **kwargs)

    # -- typed calls --------------------------------------------------------------------------

    def push(self, *mutations: Mutation, gzip_body: bool = False) -> PushResponse:
        body = ('{"mutations":[' + ",".join(m.model_dump_json() for m in mutations) + "]}").encode()
        headers = {"Content-Type": "application/json"}
        if gzip_body:
            body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
        answer = self.post("/push", data=body, headers=headers)
        answer.raise_for_status()
        return PushResponse.model_validate_json(answer.content)

    def changes(self, epoch: str | None = None, after: int = 0, limit: int = 2000) -> ChangesPage:
        answer = self.get("/changes", epoch=epoch or self.enrolment.epoch, after=after, limit=limit)
        answer.raise_for_status()
        return ChangesPage.model_validate_json(answer.content)

    def snapshot(self) -> SnapshotManifest:
        answer = self.post("/snapshots")
        answer.raise_for_status()
        return SnapshotManifest.model_validate_json(answer.content)

    def chunk(self, snapshot_id: str, index: int) -> bytes:
        answer = self.get(f"/snapshots/{snapshot_id}/chunks/{index}")
        answer.raise_for_status()
        return answer.content

    def digest(self) -> DigestResponse:
        answer = self.get("/digest")
        answer.raise_for_status()
        return DigestResponse.model_validate_json(answer.content)

    def versions(self, table: str) -> VersionsResponse:
        answer = self.get(f"/versions/{table}")
        answer.raise_for_status()
        return VersionsResponse.model_validate_json(answer.content)

    def rows(self, table: str, ids: list[str]) -> RowsResponse:
        answer = self.post("/rows", json={"table": table, "ids": ids})
        answer.raise_for_status()
        return RowsResponse.model_validate_json(answer.content)

    def users(self) -> UsersResponse:
        answer = self.get("/users")
        answer.raise_for_status()
        return UsersResponse.model_validate_json(answer.content)

    def regno_block(self) -> RegnoBlock:
        answer = self.post("/regno-blocks")
        answer.raise_for_status()
        return RegnoBlock.model_validate_json(answer.content)

    # -- building mutations -------------------------------------------------------------------

    def seq(self) -> int:
        self.next_seq += 1
        return self.next_seq - 1

    def registry_no(self) -> str:
        self.next_serial += 1
        return make_registry_no(self.next_serial - 1)

    def new_household(self, district: str | None = None, **fields: Any) -> Mutation:
        values: dict[str, Any] = {
            **address(district or self.district),
            "address_line": "House 1, Street 2",
            "poverty_score": 30.5,
            "registry_no": self.registry_no(),
            **fields,
        }
        changes = {name: [None, value] for name, value in values.items()}
        return mutation(self.seq(), "household", str(uuid7()), "create", 0, changes)

    def new_person(
        self, household_id: str | None, district: str | None = None, **fields: Any
    ) -> Mutation:
        values: dict[str, Any] = {
            "given_name": "Rashid",
            "family_name": "Khan",
            "father_name": "Akbar Khan",
            "sex": "male",
            "birth_date": "1970-05-01",
            "birth_date_estimated": 0,
            "phone": "03001234567",
            "relationship": "head",
            "consent_given": 1,
            "consent_method": "verbal",
            "consent_at": "2026-11-22T10:00:00+05:00",
            "consent_recorded_by": "user-1",
            **address(district or self.district),
            "registry_no": self.registry_no(),
            "household_id": household_id,
            **fields,
        }
        changes = {name: [None, value] for name, value in values.items() if value is not None}
        return mutation(self.seq(), "person", str(uuid7()), "create", 0, changes)

    def update(
        self, entity: str, entity_id: str, base_version: int, **changes: tuple[Any, Any]
    ) -> Mutation:
        pairs = {name: list(pair) for name, pair in changes.items()}
        return mutation(self.seq(), entity, entity_id, "update", base_version, pairs)

    def register(self, **person_fields: Any) -> tuple[str, str]:
        """Push a household with one person (its head); returns (household id, person id)."""
        household = self.new_household()
        person = self.new_person(household.entity_id, **person_fields)
        results = self.push(household, person).results
        assert [r.status for r in results] == ["applied", "applied"], results
        return household.entity_id, person.entity_id
