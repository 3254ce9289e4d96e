"""Secondary indexes set aside while a bulk write fills an empty SQLite archive, then rebuilt.

Inserting a million rows into a table keeps each of its indexes up to date row by
row, a B-tree insert at a random place for every row and index; building an index
over rows already in the table sorts them once, several times faster. So a load or
restore into an empty SQLite archive drops the tables' plain (non-unique) indexes
inside its transaction and creates them again, from the statements SQLite itself
keeps (``sqlite_master``), before it commits. Unique indexes and primary keys stay:
they refuse a repeated key as the rows arrive. SQLite undoes DDL with the
transaction, so a write that fails leaves the indexes as they were.

Other engines keep their indexes. On PostgreSQL the gain was some 10 %, for a price:
``DROP INDEX`` needs the role that owns the table (an application often writes as
another) and the table's strongest lock until the commit, which an idle transaction
elsewhere would hold up and a reader of two tables could deadlock with. DuckDB gained
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy.schemas import schema_of


@contextmanager
def _indexes_set_aside(connection: sa.Connection, tables: Iterable[sa.Table]) -> Iterator[None]:
    """On SQLite, drop the plain indexes of ``tables`` for the block; create them after it.

    When the block raises, nothing is created again: the caller's transaction (or
    savepoint) rolls the drops back. Elsewhere the block runs with the indexes as
    they are.
    """
    definitions = []
    if connection.dialect.name == "sqlite":
        definitions = _sqlite_plain_indexes(connection, sorted({t.name for t in tables}))
    for drop, _ in definitions:
        connection.exec_driver_sql(drop)
    yield
    for _, create in definitions:
        connection.exec_driver_sql(create)


def _sqlite_plain_indexes(connection: sa.Connection, tables: list[str]) -> list[tuple[str, str]]:
    """(DROP, CREATE) of each index made by ``CREATE INDEX`` (not UNIQUE) on ``tables``."""
    if schema_of(connection) is not None:
        # A guard: the archive refuses a schema on SQLite, and the CREATE statements
        # SQLite keeps name none, so they could not be run again in an attached one.
        return []
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
