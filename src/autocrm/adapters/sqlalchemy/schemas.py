"""Where the archive's tables live: the database's default schema, or one of their own.

A dealer-management system that embeds autocrm often has tables of its own called
``customers`` or ``vehicles``. Given a ``schema``, every table, index, sequence and
the Alembic version table of the archive live in that schema instead (PostgreSQL
and DuckDB; SQLite has one namespace per file — give the archive a file of its own).

The archive's statements name their tables without a schema; SQLAlchemy's
``schema_translate_map`` execution option places them in the schema given, on the
archive's engine or, for the duration of one operation, on an application's
connection (see
[`SqlArchive.from_connection`][autocrm.adapters.sqlalchemy.SqlArchive.from_connection]).

Examples:
    >>> engine = sa.create_engine("postgresql+psycopg://dms@db.example/dms")
    >>> schema_of(in_schema(engine, "autocrm"))
    'autocrm'
    >>> schema_of(engine) is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import sqlalchemy as sa

from autocrm.errors import NotSupported, ValidationError, shown

__all__ = [
    "SCHEMA_NAME_LENGTH",
    "VERSION_TABLE",
    "check_schema_name",
    "in_schema",
    "qualified_name",
    "schema_applied",
    "schema_of",
]

#: The longest schema name accepted (PostgreSQL's identifier limit, in bytes of ASCII).
SCHEMA_NAME_LENGTH = 63

#: The Alembic version table; named so it never collides with an application's own.
VERSION_TABLE = "autocrm_alembic_version"

_SCHEMA_NAME = re.compile(rf"[A-Za-z_][A-Za-z0-9_]{{0,{SCHEMA_NAME_LENGTH - 1}}}\Z")
_TRANSLATE = "schema_translate_map"

_Bind = TypeVar("_Bind", sa.Engine, sa.Connection)


def check_schema_name(schema: object, *, dialect: str | None = None) -> str:
    """Return ``schema`` if the archive can live in a schema of that name on ``dialect``.

    Names are plain identifiers (letters, digits and underscores, not starting with a
    digit, at most 63 characters), so they never need quoting rules of their own.

    Args:
        schema: The schema name.
        dialect: The SQLAlchemy dialect name, when known (``"sqlite"`` is refused).

    Raises:
        autocrm.errors.ValidationError: the name is not a plain identifier.
        autocrm.errors.NotSupported: the dialect is SQLite.

    Examples:
        >>> check_schema_name("autocrm")
        'autocrm'
        >>> check_schema_name("dms crm")
        Traceback (most recent call last):
        ...
        autocrm.errors.ValidationError: schema: expected letters, digits and underscores ...
    """
    if not isinstance(schema, str) or not _SCHEMA_NAME.match(schema):
        msg = (
            "schema: expected letters, digits and underscores (not starting with a digit, "
            f"at most {SCHEMA_NAME_LENGTH}), got {shown(schema)}"
        )
        raise ValidationError(msg, field="schema", value=schema)
    if dialect == "sqlite":
        msg = (
            "schema: SQLite has one namespace per database file; give the archive a file "
            "of its own instead of a schema"
        )
        raise NotSupported(msg)
    return schema


def in_schema(bind: _Bind, schema: str | None) -> _Bind:
    """Return an engine whose archive tables live in ``schema`` (None: ``bind`` itself).

    An engine is wrapped (it shares the pool of ``bind``); a connection has the
    option set on it for good — for an application's connection use
    [`schema_applied`][autocrm.adapters.sqlalchemy.schemas.schema_applied] instead.

    Raises:
        autocrm.errors.ValidationError: ``schema`` is not a plain identifier.
        autocrm.errors.NotSupported: ``bind`` is a SQLite engine.

    Examples:
        >>> engine = in_schema(sa.create_engine("duckdb:///:memory:"), "crm")
        >>> schema_of(engine)
        'crm'
    """
    if schema is None:
        return bind
    check_schema_name(schema, dialect=bind.dialect.name)
    return bind.execution_options(**{_TRANSLATE: {None: schema}})


def schema_of(bind: sa.Engine | sa.Connection) -> str | None:
    """Return the schema the archive's tables live in through ``bind`` (None: the default).

    Examples:
        >>> schema_of(sa.create_engine("sqlite://")) is None
        True
    """
    translate = bind.get_execution_options().get(_TRANSLATE) or {}
    schema = translate.get(None)
    return schema if isinstance(schema, str) else None


@contextmanager
def schema_applied(connection: sa.Connection, schema: str | None) -> Iterator[sa.Connection]:
    """Place the archive's tables in ``schema`` on ``connection`` for the block only.

    The connection's own ``schema_translate_map`` (if any) is put back afterwards, so
    an application's statements on the same connection are not redirected.

    Examples:
        >>> engine = sa.create_engine("duckdb:///:memory:")
        >>> with engine.connect() as connection:
        ...     with schema_applied(connection, "crm") as inside:
        ...         print(schema_of(inside))
        ...     print(schema_of(connection))
        crm
        None
    """
    if schema is None:
        yield connection
        return
    before = connection.get_execution_options().get(_TRANSLATE)
    connection.execution_options(**{_TRANSLATE: {**(before or {}), None: schema}})
    try:
        yield connection
    finally:
        connection.execution_options(**{_TRANSLATE: before})


def qualified_name(name: str, schema: str | None, dialect: sa.Dialect) -> str:
    """Return ``name`` quoted for ``dialect``, prefixed with ``schema`` when there is one.

    For the few statements written as text (PostgreSQL ``COPY``, data moves in
    migrations), which the schema translation does not reach.

    Examples:
        >>> dialect = sa.create_engine("sqlite://").dialect
        >>> qualified_name("customers", None, dialect)
        'customers'
        >>> qualified_name("call_attempts", "crm", dialect)
        'crm.call_attempts'
    """
    quote = dialect.identifier_preparer
    if schema is None:
        return quote.quote(name)
    return f"{quote.quote_schema(schema)}.{quote.quote(name)}"
