"""Alembic environment: migrations run programmatically on the connection `db.migrate` passes."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# render_as_batch lets later revisions alter SQLite tables (copy-and-move) with the same code.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
