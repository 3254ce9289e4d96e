"""Merged duplicates: a customer may name the customer it was merged into.

``customers.merged_into`` holds the survivor's number for a MERGED duplicate and is
empty for every other customer, so every archive written before reads as it was.
Nothing else changes: the MERGE and UNMERGE audit entries fit the audit table as it
is.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the nullable ``customers.merged_into`` column."""
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("merged_into", sa.String(64), nullable=True))


def downgrade() -> None:
    """Drop ``customers.merged_into``; refused while a customer is merged."""
    from autocrm.errors import NotSupported

    context = op.get_context()
    if context.dialect.name == "duckdb":
        msg = (
            "downgrade: DuckDB cannot drop the merged_into column of revision 0005 from the "
            "indexed customers table; back the archive up with `autocrm export` and restore "
            "it into a database made at the older revision"
        )
        raise NotSupported(msg)
    if context.as_sql:
        msg = (
            "downgrade: going below revision 0005 first checks that no customer is merged, "
            "which Alembic's offline --sql mode cannot read; run the downgrade online"
        )
        raise NotSupported(msg)
    # A table clause without a schema: the archive's schema (if it has one of its own)
    # is applied to it as to every other statement of the migration.
    customers = sa.table("customers", sa.column("merged_into"))
    merged = (
        op.get_bind()
        .execute(
            sa.select(sa.func.count())
            .select_from(customers)
            .where(customers.c.merged_into.is_not(None))
        )
        .scalar_one()
    )
    if merged:
        msg = (
            f"downgrade: {merged} customers are merged into others and revision 0004 cannot "
            "say so; undo those merges (unmerge) before going below revision 0005"
        )
        raise NotSupported(msg)
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("merged_into")
