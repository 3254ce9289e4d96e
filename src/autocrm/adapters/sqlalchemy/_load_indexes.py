"""Secondary indexes set aside while a bulk write fills an empty archive, then rebuilt.

Inserting a million rows into a table keeps each of its indexes up to date row by
row, a B-tree insert at a random place for every row and index; building an index
over rows already in the table sorts them once, several times faster. So a load or
restore into an empty archive drops the tables' plain (non-unique) indexes inside
its transaction and creates them again, from the definitions the database itself
reported, before it commits. Unique indexes and primary keys stay: they refuse a
repeated key as the rows arrive.

SQLite and PostgreSQL undo DDL with the transaction, so a write that fails leaves
the indexes as they were. DuckDB builds its indexes differently and gains nothing:
its indexes are left alone, as are those of an SQLite archive in an attached schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy.schemas import schema_of


@contextmanager
def _indexes_set_aside(connection: sa.Connection, tables: Iterable[sa.Table]) -> Iterator[None]:
    """Drop the plain indexes of ``tables`` for the block; create them again after it.

    When the block raises, nothing is created again: the caller's transaction rolls
    the drops back.
    """
    names = sorted({table.name for table in tables})
    dialect = connection.dialect.name
    if dialect == "sqlite":
        definitions = _sqlite_plain_indexes(connection, names)
    elif dialect == "postgresql":
        definitions = _postgresql_plain_indexes(connection, names)
    else:
        definitions = []
    for drop, _ in definitions:
        connection.exec_driver_sql(drop)
    yield
    for _, create in definitions:
        connection.exec_driver_sql(create)


def _sqlite_plain_indexes(connection: sa.Connection, tables: list[str]) -> list[tuple[str, str]]:
    """(DROP, CREATE) of each index made by ``CREATE INDEX`` (not UNIQUE) on ``tables``."""
    if schema_of(connection) is not None:
        return []  # an attached schema: the stored CREATE statements name no schema
    quote = connection.dialect.identifier_preparer.quote
    found = []
    for table in tables:
        listed = connection.exec_driver_sql(f"PRAGMA index_list({quote(table)})").all()
        for row in listed:
            # (seq, name, unique, origin, partial): origin "c" is CREATE INDEX; "u"
            # and "pk" are the table's own UNIQUE and PRIMARY KEY constraints.
            name, unique, origin = row[1], row[2], row[3]
            if unique or origin != "c":
                continue
            create = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).scalar()
            if create:
                found.append((f"DROP INDEX {quote(name)}", str(create)))
    return found


def _postgresql_plain_indexes(
    connection: sa.Connection, tables: list[str]
) -> list[tuple[str, str]]:
    """(DROP, CREATE) of each non-unique index on ``tables`` in the archive's schema."""
    rows = connection.execute(
        sa.text(
            "SELECT n.nspname, c.relname, pg_get_indexdef(i.indexrelid) "
            "FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_class tb ON tb.oid = i.indrelid "
            "JOIN pg_namespace n ON n.oid = tb.relnamespace "
            "WHERE n.nspname = COALESCE(:schema, current_schema()) "
            "AND tb.relname = ANY(:tables) "
            "AND NOT i.indisunique AND NOT i.indisprimary AND NOT i.indisexclusion "
            "ORDER BY c.relname"
        ),
        {"schema": schema_of(connection), "tables": tables},
    ).all()
    quote = connection.dialect.identifier_preparer.quote
    return [
        (f"DROP INDEX {quote(schema)}.{quote(name)}", str(create)) for schema, name, create in rows
    ]
