"""The registry under test: a real `serve` process per test module, on SQLite and PostgreSQL.

`db_url` is parametrized over both backends (PostgreSQL from `ONESTOP_TEST_POSTGRES`, a fresh
database per module; see `tests.registry_process.postgres_database`). `registry` starts the
server on it and hands tests a `Registry`: its URL, an engine on the same database for
assertions and operator actions, and `device()` to enrol a new device.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from sync.server import admin
from sync.server.db import make_engine
from tests.registry_process import RegistryClient, RegistryProcess, postgres_database

BACKENDS = ("sqlite", "postgresql")


def _database(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'registry.db'}"
    else:
        with postgres_database() as url:
            yield url


@pytest.fixture(scope="module", params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """An empty registry database on each backend, shared by the tests of one module."""
    yield from _database(request.param, tmp_path_factory.mktemp("registry"))


@dataclass
class Registry:
    """A running registry and a direct line to its database."""

    process: RegistryProcess
    engine: Engine

    @property
    def base_url(self) -> str:
        return self.process.base_url

    def code(self, district: str = "PB-MUL", office: str | None = None) -> str:
        return admin.create_enrol_code(self.engine, district, office, 24)

    def device(self, district: str = "PB-MUL", name: str = "counter") -> RegistryClient:
        return RegistryClient.enrol(self.base_url, self.code(district), name)

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def all(self, sql: str, **params: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(text(sql), params).all())


def start_registry(db_url: str, data_dir: Path) -> Iterator[Registry]:
    engine = make_engine(db_url)
    admin.init_registry(engine)
    process = RegistryProcess(db_url, data_dir).start()
    try:
        yield Registry(process, engine)
    finally:
        code = process.stop()
        engine.dispose()
    assert code == 0, "".join(process.output[-30:])


@pytest.fixture(scope="module")
def registry(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    yield from start_registry(db_url, tmp_path_factory.mktemp("snapshots"))
