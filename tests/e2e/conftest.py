"""End-to-end sync: the registry as a real process, devices as real SQLCipher caches.

One registry per test module (SQLite file, seeded with a small synthetic district and two
central users); every test enrols its own devices with one-time codes, exactly as a
district office would, and talks to the registry over loopback HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from sync.client.engine import SyncReport
from sync.client.enrol import enrol
from sync.client.session import DeviceSync
from sync.client.transport import Transport
from sync.protocol import DIGEST_TABLES, DigestResponse, EnrolRequest
from sync.registry_process import RegistryProcess, run_registry
from sync.replica.cache import Replica, local_now
from sync.replica.day import local_digest
from tests.conftest import FAST_KDF

DISTRICT = "PB-MUL"
OFFICE = "PB-MUL-OSS1"
CLERK_PASSWORD = "amina-pass-1"
SUPERVISOR_PASSWORD = "bilal-pass-1"
SEED_PERSONS = 400


@dataclass
class Registry:
    process: RegistryProcess
    db_url: str
    folder: Path

    @property
    def url(self) -> str:
        return self.process.url

    def command(self, *args: str, stdin: str | None = None) -> str:
        return run_registry(args[0], "--db", self.db_url, *args[1:], stdin=stdin)

    def enrolment_code(self, district: str = DISTRICT) -> str:
        out = self.command("enrol-device", "--district", district, "--office", OFFICE)
        codes = re.findall(r"[A-Z0-9]{3,}(?:[- ][A-Z0-9]{3,})+|[A-Z0-9]{8,}", out)
        assert codes, out
        return str(codes[-1])


def make_registry(folder: Path, persons: int = SEED_PERSONS) -> Registry:
    db_url = f"sqlite:///{folder / 'registry.db'}"
    run_registry("init", "--db", db_url)
    for username, name, role, password in (
        ("amina", "Amina Clerk", "clerk", CLERK_PASSWORD),
        ("bilal", "Bilal Supervisor", "supervisor", SUPERVISOR_PASSWORD),
    ):
        run_registry(
            "add-user",
            "--db",
            db_url,
            "--username",
            username,
            "--display-name",
            name,
            "--role",
            role,
            "--district",
            DISTRICT,
            "--password-stdin",
            stdin=f"{password}\n",
        )
    run_registry("seed", "--db", db_url, "--district", DISTRICT, "--persons", str(persons))
    process = RegistryProcess(db_url, log_path=folder / "registry.log")
    return Registry(process, db_url, folder)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    made = make_registry(tmp_path_factory.mktemp("registry"))
    made.process.start()
    try:
        yield made
    finally:
        made.process.stop()


class Device:
    """One enrolled counter computer: its cache folder and a logged-in clerk."""

    def __init__(self, registry: Registry, folder: Path, name: str, url: str | None = None):
        self.registry = registry
        self.folder = folder
        self.name = name
        self.url = url or registry.url
        self.replica: Replica | None = None

    def enrol(self) -> Device:
        enrol(
            self.folder,
            self.url,
            EnrolRequest(code=self.registry.enrolment_code(), device_name=self.name, office=OFFICE),
            clock=local_now,
            kdf=FAST_KDF,
        )
        return self

    def login(self, username: str = "amina", password: str = CLERK_PASSWORD) -> Replica:
        if self.replica is None:
            self.replica = Replica.open(self.folder, username, password, kdf=FAST_KDF)
        return self.replica

    def link(self, transport: Transport | None = None) -> DeviceSync:
        link = DeviceSync.for_replica(self.login(), transport=transport)
        assert link is not None
        return link

    def sync(self, transport: Transport | None = None) -> SyncReport:
        link = self.link(transport)
        try:
            return link.run()
        finally:
            link.close()

    def digests(self) -> dict[str, tuple[int, str]]:
        db = self.login().db
        return {table: local_digest(db, table) for table in DIGEST_TABLES}

    def close(self) -> None:
        if self.replica is not None:
            self.replica.close()
            self.replica = None


def server_digests(registry: Registry, device: Device) -> dict[str, tuple[int, str]]:
    link = device.link()
    try:
        assert link.transport is not None
        answer = link.transport.get("/digest", DigestResponse)
    finally:
        link.close()
    return {t: (answer.tables[t].count, answer.tables[t].xor) for t in DIGEST_TABLES}


NewDevice = Callable[..., Device]


@pytest.fixture
def new_device(registry: Registry, tmp_path: Path) -> Iterator[NewDevice]:
    """Enrol a new device (optionally behind a proxy URL); all are closed after the test."""
    made: list[Device] = []

    def factory(name: str, url: str | None = None, *, enrolled: bool = True) -> Device:
        device = Device(registry, tmp_path / name, name, url)
        made.append(device)
        return device.enrol() if enrolled else device

    yield factory
    for device in made:
        device.close()


def fixed(year: int) -> datetime:
    return datetime(year, 6, 1, 10, 0).astimezone()
