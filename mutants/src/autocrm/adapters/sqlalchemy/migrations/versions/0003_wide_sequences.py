"""The customer-number counter becomes a 64-bit integer.

Imported customer numbers may carry long sequences (a DMS numbering
``C2024000123456``); a 32-bit counter overflowed on PostgreSQL as soon as such a
number was stored. (SQLite's INTEGER was already 64-bit; its table is rebuilt in
batch mode so that the declared type matches too.)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Widen ``sequences.value`` to BIGINT."""
    with op.batch_alter_table("sequences") as batch:
        batch.alter_column(
            "value", type_=sa.BigInteger(), existing_type=sa.Integer(), nullable=False
        )


def downgrade() -> None:
    """Narrow ``sequences.value`` back to INTEGER (fails if a value no longer fits)."""
    with op.batch_alter_table("sequences") as batch:
        batch.alter_column(
            "value", type_=sa.Integer(), existing_type=sa.BigInteger(), nullable=False
        )
