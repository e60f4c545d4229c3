"""The Alembic migrations build exactly the schema `sync.server.tables` describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sync.server import admin
from sync.server.db import make_engine
from sync.server.tables import metadata


def test_migrations_match_the_table_descriptions(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        admin.init_registry(engine)
        admin.init_registry(engine)
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
        assert differences == []
    finally:
        engine.dispose()
