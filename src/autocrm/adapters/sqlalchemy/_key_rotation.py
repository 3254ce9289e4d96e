"""Re-encrypting the SQL archive under its cipher's current key (``SqlArchive.rotate_key``)."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._archive_core import _CHUNK, ArchiveCore
from autocrm.adapters.sqlalchemy.encryption import ENCRYPTED_FIELDS, HASHED_FIELDS, hash_column_name
from autocrm.errors import EncryptionError


def rotate_key(archive: ArchiveCore) -> int:
    """Re-encrypt every encrypted value under the cipher's current key; recompute hashes."""
    if not archive._has_cipher():
        msg = "cipher: the archive has no FieldCipher; open it with cipher=... to rotate"
        raise EncryptionError(msg, field="cipher")
    with archive._begin(write=True) as connection:
        rows = _reencrypt(connection, t.customers, ENCRYPTED_FIELDS, HASHED_FIELDS)
        return rows + _reencrypt(connection, t.audit_entries, ("old", "new"), ())


def _reencrypt(
    connection: sa.Connection,
    table: sa.Table,
    names: Sequence[str],
    hashed: Sequence[str],
) -> int:
    """Write every row's encrypted columns back (read decrypted, written under the
    current key) and its hash columns from the plain values; return the row count."""
    update = (
        table.update()
        .where(table.c.id == sa.bindparam("row_id"))
        .values(
            {
                **{n: sa.bindparam(f"v_{n}", type_=table.c[n].type) for n in names},
                **{
                    hash_column_name(n): sa.bindparam(
                        f"h_{n}", type_=table.c[hash_column_name(n)].type
                    )
                    for n in hashed
                },
            }
        )
    )
    last, total = 0, 0
    while True:
        rows = (
            connection.execute(
                sa.select(table.c.id, *(table.c[n] for n in names))
                .where(table.c.id > last)
                .order_by(table.c.id)
                .limit(_CHUNK)
            )
            .mappings()
            .all()
        )
        if not rows:
            return total
        connection.execute(
            update,
            [
                {
                    "row_id": row["id"],
                    **{f"v_{n}": row[n] for n in names},
                    **{f"h_{n}": row[n] for n in hashed},
                }
                for row in rows
            ],
        )
        last = rows[-1]["id"]
        total += len(rows)
