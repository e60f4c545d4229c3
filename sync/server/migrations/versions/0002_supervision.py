"""The supervisor's day: mirrored device audit chains, the registry's own audit chain, devices'
sync logs, day sign-offs, registry operators, and how conflicts were resolved.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_CONFLICT_COLUMNS = (
    ("resolved_by", sa.Text()),
    ("resolved_at", sa.Text()),
    ("resolution", sa.Text()),
    ("resolution_value", sa.Text()),
    ("resolution_note", sa.Text()),
    ("resolution_version", sa.BigInteger()),
)


def upgrade() -> None:
    op.create_table(
        "audit_mirror",
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Text(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.Column("received_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq"),
    )
    op.create_table(
        "registry_audit",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "device_sync_log",
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("session_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("started_at", sa.Text(), nullable=False),
        sa.Column("ended_at", sa.Text(), nullable=True),
        sa.Column("bytes_sent", sa.BigInteger(), nullable=False),
        sa.Column("bytes_received", sa.BigInteger(), nullable=False),
        sa.Column("pushed", sa.BigInteger(), nullable=False),
        sa.Column("applied", sa.BigInteger(), nullable=False),
        sa.Column("merged", sa.BigInteger(), nullable=False),
        sa.Column("conflicted", sa.BigInteger(), nullable=False),
        sa.Column("rejected", sa.BigInteger(), nullable=False),
        sa.Column("held", sa.BigInteger(), nullable=False),
        sa.Column("pulled", sa.BigInteger(), nullable=False),
        sa.Column("cursor_before", sa.BigInteger(), nullable=True),
        sa.Column("cursor_after", sa.BigInteger(), nullable=True),
        sa.Column("clock_skew_seconds", sa.Float(), nullable=True),
        sa.Column("divergence", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("received_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "session_id"),
    )
    op.create_index(
        "device_sync_log_started", "device_sync_log", ["device_id", "started_at"], unique=False
    )
    op.create_table(
        "day_signoff",
        sa.Column("district", sa.Text(), nullable=False),
        sa.Column("office", sa.Text(), nullable=False),
        sa.Column("day", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("district", "office", "day"),
    )
    op.create_table(
        "operator",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("token_hash", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("revoked_at", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("token_hash"),
    )
    for name, kind in _CONFLICT_COLUMNS:
        op.add_column("conflict", sa.Column(name, kind, nullable=True))
    op.create_index("conflict_status", "conflict", ["status"], unique=False)
    op.create_index("mutation_device_time", "mutation", ["device_id", "client_time"], unique=False)


def downgrade() -> None:
    op.drop_index("mutation_device_time", table_name="mutation")
    op.drop_index("conflict_status", table_name="conflict")
    with op.batch_alter_table("conflict") as batch:
        for name, _ in reversed(_CONFLICT_COLUMNS):
            batch.drop_column(name)
    op.drop_table("operator")
    op.drop_table("day_signoff")
    op.drop_index("device_sync_log_started", table_name="device_sync_log")
    op.drop_table("device_sync_log")
    op.drop_table("registry_audit")
    op.drop_table("audit_mirror")
