"""Cards the registry issued (and revoked), and devices' public keys for sync bundles.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("device", sa.Column("signing_key", sa.Text(), nullable=True))
    op.add_column("device", sa.Column("box_key", sa.Text(), nullable=True))
    op.create_table(
        "card",
        sa.Column("card_id", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Text(), nullable=False),
        sa.Column("district", sa.Text(), nullable=False),
        sa.Column("office", sa.Text(), nullable=False),
        sa.Column("key_id", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Text(), nullable=False),
        sa.Column("expires_on", sa.Text(), nullable=False),
        sa.Column("issued_by", sa.Text(), nullable=False),
        sa.Column("revoked_at", sa.Text(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.Column("revocation_serial", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("card_id"),
    )
    op.create_index("card_person", "card", ["person_id"])
    op.create_index("card_revocations", "card", ["district", "revocation_serial"])


def downgrade() -> None:
    op.drop_index("card_revocations", table_name="card")
    op.drop_index("card_person", table_name="card")
    op.drop_table("card")
    op.drop_column("device", "box_key")
    op.drop_column("device", "signing_key")
