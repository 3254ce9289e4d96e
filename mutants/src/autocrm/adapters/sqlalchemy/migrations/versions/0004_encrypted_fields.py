"""Room for encrypted customer fields, and their look-up hash columns.

With a FieldCipher the archive stores the resident ID, tax number, phones and bank
account as encrypted text (longer than the plain values: the columns become TEXT)
and the keyed hashes of the resident ID and the phones in ``<field>_hash`` columns,
indexed, for exact look-ups. Addresses and contacts stay JSON columns (an encrypted
value is a JSON string). Without a cipher nothing changes but the column types.
DuckDB does not enforce VARCHAR lengths (VARCHAR(18) and TEXT are one type there)
and cannot retype an indexed column in the transaction that drops its index, so on
DuckDB the columns are left as they are.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: Column -> its length before this revision.
_WIDENED = {
    "resident_id": 18,
    "mobile": 32,
    "phone": 32,
    "office_phone": 32,
    "fax": 32,
    "bank_account": 40,
    "tax_number": 40,
}
_HASHED = ("resident_id", "mobile", "phone", "office_phone", "fax")


def _retypes_columns() -> bool:
    return bool(op.get_bind().dialect.name != "duckdb")


def upgrade() -> None:
    """Widen the encrypted columns to TEXT; add the indexed hash columns."""
    with op.batch_alter_table("customers") as batch:
        for name, length in _WIDENED.items() if _retypes_columns() else ():
            batch.alter_column(
                name, type_=sa.Text(), existing_type=sa.String(length), existing_nullable=True
            )
        for name in _HASHED:
            batch.add_column(sa.Column(f"{name}_hash", sa.String(64), nullable=True))
    for name in _HASHED:
        op.create_index(f"ix_customers_{name}_hash", "customers", [f"{name}_hash"])


def downgrade() -> None:
    """Drop the hash columns and narrow the columns again (decrypt the archive first)."""
    if not _retypes_columns():
        from autocrm.errors import NotSupported

        msg = (
            "downgrade: DuckDB cannot drop the indexed look-up hash columns of revision "
            "0004 inside one transaction; back the archive up with `autocrm export` and "
            "restore it into a database made at the older revision"
        )
        raise NotSupported(msg)
    for name in _HASHED:
        op.drop_index(f"ix_customers_{name}_hash", table_name="customers")
    with op.batch_alter_table("customers") as batch:
        for name in _HASHED:
            batch.drop_column(f"{name}_hash")
        for name, length in _WIDENED.items() if _retypes_columns() else ():
            batch.alter_column(
                name, type_=sa.String(length), existing_type=sa.Text(), existing_nullable=True
            )
