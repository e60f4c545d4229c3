"""Engines, transactions and schema migrations for the registry database.

SQLite (the embedded default) and PostgreSQL (production) behind one SQLAlchemy Core engine.
Write transactions are serialised per district by the change-log counter row (see
`changelog.next_seq`); on SQLite a write transaction also starts with `BEGIN IMMEDIATE`, so
two writers never both read and then both try to upgrade to the write lock (which SQLite
answers with an immediate "database is locked" instead of waiting).
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 30_000
_WRITE = "onestop_write"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    """An engine for `url` (sqlite:///path or postgresql+psycopg://...) with our settings."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed,
            pool_size=8,
            max_overflow=24,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            hide_parameters=True,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # hide_parameters: error messages (and so logs) never carry the values of a row.
    return create_engine(
        parsed, pool_size=8, max_overflow=24, pool_pre_ping=True, hide_parameters=True
    )


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module: SQLAlchemy's begin event below
    # issues BEGIN itself, which makes savepoints and BEGIN IMMEDIATE work as written.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL with NORMAL survives a process crash intact; a power cut may lose the last commits,
    # which devices re-push (the registry is idempotent), so the fsync per commit is not paid.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back on an exception."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine, *, repeatable: bool = False) -> Iterator[Connection]:
    """One read transaction. `repeatable` gives every statement the same view of the data
    (PostgreSQL REPEATABLE READ; an SQLite read transaction in WAL mode already is one)."""
    with engine.connect() as conn:
        if repeatable and not is_sqlite(engine):
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (`upgrade head`), idempotently."""
    config = Config()
    location = importlib.resources.files("sync.server") / "migrations"
    config.set_main_option("script_location", str(location))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
