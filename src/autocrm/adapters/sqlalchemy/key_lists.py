"""Lists of keys in a statement, written the way each engine reads them fastest.

SQLite takes a list of keys as ``IN (?, ?, ...)``, one parameter per key, at most
``SQLITE_PARAMETERS`` in a statement; PostgreSQL and DuckDB take the whole list as
one array parameter. The SQL twins and the bulk writes send their keys through
these helpers.

Examples:
    >>> engine = sa.create_engine("sqlite://")
    >>> with engine.connect() as connection:
    ...     [len(chunk) for chunk in in_chunks(connection, range(1200))]
    [499, 499, 202]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

__all__ = [
    "CHUNK",
    "LIST_PARAMETER_ENGINES",
    "SQLITE_PARAMETERS",
    "in_chunks",
    "key_list",
    "one_of",
]

_T = TypeVar("_T")

#: The most parameters one statement may carry on SQLite: before 3.32 it refuses more
#: (its ``SQLITE_MAX_VARIABLE_NUMBER`` was 999), and a build may still set it that low.
SQLITE_PARAMETERS = 999

#: Keys sent per ``IN (...)`` when records of the answer rows are loaded, on SQLite
#: (and any engine not in ``LIST_PARAMETER_ENGINES``): SQLite looks each key up in an index.
#: A statement carries one such list, written once, so half of ``SQLITE_PARAMETERS``
#: leaves the other half to its own parameters (dates, policy numbers).
CHUNK = SQLITE_PARAMETERS // 2

#: The engines that take a whole key list as one array parameter (``one_of``). A long
#: ``IN ($1, ..., $n)`` costs DuckDB about 0.1 ms per key to bind and plan (100 ms for
#: 1 000 keys, more than the query itself) and PostgreSQL a third of that; one array
#: parameter costs them a few milliseconds whatever its length, and every key is sent in
#: one statement, so the table is read once.
LIST_PARAMETER_ENGINES = frozenset({"duckdb", "postgresql"})


def in_chunks(connection: sa.Connection, keys: Sequence[_T]) -> Iterator[list[_T]]:
    """``keys`` in the lists one statement of ``connection``'s engine takes (see ``one_of``).

    All of them at once on the engines of ``LIST_PARAMETER_ENGINES``, else ``CHUNK`` at a
    time; nothing for no keys.

    Examples:
        >>> engine = sa.create_engine("sqlite://")
        >>> with engine.connect() as connection:
        ...     [len(chunk) for chunk in in_chunks(connection, range(1200))]
        [499, 499, 202]
    """
    size = len(keys) if connection.dialect.name in LIST_PARAMETER_ENGINES else CHUNK
    for start in range(0, len(keys), max(size, 1)):
        yield list(keys[start : start + size])


def key_list(connection: sa.Connection, name: str) -> sa.BindParameter[Any]:
    """A parameter ``name`` for ``one_of``, its keys given when the statement is run.

    So that a statement asked for several lists of keys (``in_chunks``) is built once:
    one array parameter on the engines of ``LIST_PARAMETER_ENGINES``, else a list
    expanded to one parameter per key.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import tables as t
        >>> engine = sa.create_engine("sqlite://")
        >>> t.metadata.create_all(engine)
        >>> with engine.connect() as connection:
        ...     numbers = key_list(connection, "numbers")
        ...     query = sa.select(t.customers.c.id).where(
        ...         one_of(connection, t.customers.c.number, numbers))
        ...     [connection.execute(query, {"numbers": keys}).all() for keys in (["C1"], ["C2"])]
        [[], []]
    """
    if connection.dialect.name in LIST_PARAMETER_ENGINES:
        return sa.bindparam(name, type_=sa.ARRAY(sa.String()))
    return sa.bindparam(name, type_=sa.String(), expanding=True)


def one_of(
    connection: sa.Connection,
    column: ColumnElement[Any],
    keys: Sequence[str] | sa.BindParameter[Any],
) -> ColumnElement[bool]:
    """``column`` is one of ``keys`` (text), written the way ``connection``'s engine reads fastest.

    ``IN (...)`` with one parameter per key on SQLite; one array parameter on PostgreSQL
    (``= ANY``) and DuckDB (``IN (SELECT unnest(...))``), see ``LIST_PARAMETER_ENGINES``.
    ``keys`` is the list itself, or a ``key_list`` parameter given when the statement runs.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import tables as t
        >>> engine = sa.create_engine("sqlite://")
        >>> with engine.connect() as connection:
        ...     print(one_of(connection, t.customers.c.number, ["C1", "C2"]))
        customers.number IN (__[POSTCOMPILE_number_1])
    """
    dialect = connection.dialect.name
    if isinstance(keys, sa.BindParameter):
        if dialect not in LIST_PARAMETER_ENGINES:
            return column.in_(keys)
        listed = keys
    elif dialect not in LIST_PARAMETER_ENGINES:
        return column.in_(list(keys))
    else:
        listed = sa.bindparam(None, list(keys), type_=sa.ARRAY(sa.String()))
    if dialect == "postgresql":
        return column == sa.any_(listed)
    return column.in_(sa.select(sa.func.unnest(listed)).scalar_subquery())
