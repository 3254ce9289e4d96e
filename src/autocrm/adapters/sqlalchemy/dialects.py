"""What each database engine needs from the archive: SQLite, PostgreSQL and DuckDB.

What differs between the engines the archive supports, beyond the SQL text of
single expressions, lives here in small named functions:

* [`is_in_memory`][autocrm.adapters.sqlalchemy.dialects.is_in_memory] tells an in-memory SQLite or
  DuckDB database: it lives in one connection, so its engine needs a ``StaticPool`` to be seen by
  every connection.
* [`prepare_engine`][autocrm.adapters.sqlalchemy.dialects.prepare_engine] adapts an engine once,
  whoever created it: on DuckDB (through duckdb-engine) column names such as ``at`` and ``by``,
  which DuckDB's grammar refuses unquoted, are quoted, Alembic learns the dialect's name, and
  SQLAlchemy's compiled-statement cache is switched on (see below).

DuckDB and the statement cache: duckdb-engine declares ``supports_statement_cache = False``
(it did so to silence SQLAlchemy's warning, not because its SQL cannot be cached), so
SQLAlchemy compiles every statement again on every call, a few milliseconds per statement
of a twin. Its SQL is PostgreSQL's compiler with DuckDB's parameter style and one extra
construct (``TRY_CAST``), all of which SQLAlchemy caches on PostgreSQL; the archive
therefore gives the dialect a subclass that says it supports the cache. A test runs one
statement with different parameters on one engine and checks every answer and the
cache hit (tests/integration/test_sql_duckdb_cache.py).

Opening an engine (timeouts, SQLite's transactions) is
[`autocrm.adapters.sqlalchemy.engine`][autocrm.adapters.sqlalchemy.engine]'s; recognising each
engine's errors is
[`autocrm.adapters.sqlalchemy.store_errors`][autocrm.adapters.sqlalchemy.store_errors]'.

Examples:
    >>> engine = sa.create_engine("duckdb:///:memory:")
    >>> prepare_engine(engine)
    >>> engine.dialect.name, is_in_memory(engine.url)
    ('duckdb', True)
"""

from __future__ import annotations

import functools

import sqlalchemy as sa

from autocrm.domain.checks import expect

__all__ = ["DUCKDB", "is_in_memory", "prepare_engine"]

#: The dialect name of DuckDB through duckdb-engine (``duckdb:///file.duckdb``).
DUCKDB = "duckdb"

#: Keyword categories of DuckDB that cannot name a column unless quoted.
_DUCKDB_NOT_COLUMN_NAMES = ("reserved", "type_function")


def is_in_memory(url: str | sa.URL) -> bool:
    """Return whether the URL names an in-memory SQLite or DuckDB database.

    Examples:
        >>> is_in_memory("sqlite://"), is_in_memory("duckdb:///:memory:")
        (True, True)
        >>> is_in_memory("duckdb:///shop.duckdb"), is_in_memory("postgresql://db/shop")
        (False, False)
    """
    try:
        parsed = sa.make_url(url)
    except (sa.exc.ArgumentError, TypeError, ValueError):
        return False  # not a URL at all, so not one of an in-memory database
    backend = parsed.get_backend_name()
    return backend in ("sqlite", DUCKDB) and parsed.database in (None, "", ":memory:")


def prepare_engine(engine: sa.Engine | sa.Connection) -> None:
    """Adapt an engine (or the engine of a connection) to the archive; idempotent.

    On DuckDB it quotes the column names DuckDB reserves (``at``, ``by``...),
    registers the dialect with Alembic, so that the migrations run, and switches on
    SQLAlchemy's compiled-statement cache (an engine that already compiled a
    statement keeps what it decided). Other engines are left as they are.

    Examples:
        >>> engine = sa.create_engine("duckdb:///:memory:")
        >>> prepare_engine(engine)
        >>> engine.dialect.identifier_preparer.quote("at")
        '"at"'
        >>> type(engine.dialect).supports_statement_cache
        True
    """
    expect(engine, (sa.Engine, sa.Connection), field="engine")
    if engine.dialect.name == DUCKDB:
        _quote_duckdb_keywords(engine.dialect)
        _cache_duckdb_statements(engine.dialect)
        _register_duckdb_with_alembic()


def _quote_duckdb_keywords(dialect: sa.Dialect) -> None:
    """Quote every DuckDB keyword that cannot name a column (``at``, ``by``, ``left``...).

    duckdb-engine borrows PostgreSQL's quoting, where ``at`` and ``by`` are plain
    names; DuckDB's grammar takes them as keywords and refuses ``CREATE TABLE ...
    (at TIMESTAMP ...)``. The dialect gets a preparer of its own (the keyword set
    of the PostgreSQL dialect, shared by every engine, is left alone).
    """
    preparer = dialect.identifier_preparer
    if getattr(preparer, "autocrm_duckdb_keywords", False):
        return
    quoting = type(preparer)(dialect)
    quoting.reserved_words = set(quoting.reserved_words) | _duckdb_keywords()
    quoting.autocrm_duckdb_keywords = True  # type: ignore[attr-defined]
    dialect.identifier_preparer = quoting


def _cache_duckdb_statements(dialect: sa.Dialect) -> None:
    """Let SQLAlchemy cache the statements it compiles for duckdb-engine (see the module).

    SQLAlchemy reads ``supports_statement_cache`` from the dialect's own class, so the
    dialect becomes an instance of a subclass that sets it; nothing else changes.
    """
    dialect_class = type(dialect)
    if dialect_class.__dict__.get("supports_statement_cache") is True:
        return
    caching = _CACHING_SUBCLASSES.get(dialect_class)
    if caching is None:
        caching = type(dialect_class.__name__, (dialect_class,), {"supports_statement_cache": True})
        caching = _CACHING_SUBCLASSES.setdefault(dialect_class, caching)
    dialect.__class__ = caching


#: Each dialect class and its subclass that declares the statement cache (one per class,
#: so that every engine's dialect has the same class).
_CACHING_SUBCLASSES: dict[type[sa.Dialect], type[sa.Dialect]] = {}


@functools.cache
def _duckdb_keywords() -> frozenset[str]:
    import duckdb

    with duckdb.connect() as connection:
        rows = connection.execute(
            "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category IN (?, ?)",
            list(_DUCKDB_NOT_COLUMN_NAMES),
        ).fetchall()
    return frozenset(name for (name,) in rows)


@functools.cache
def _register_duckdb_with_alembic() -> None:
    """Give Alembic an implementation for the ``duckdb`` dialect name.

    Alembic looks its DDL implementation up by dialect name and has none for
    DuckDB; DuckDB's DDL is the standard one and transactional.
    """
    from alembic.ddl.impl import DefaultImpl

    class DuckDBImpl(DefaultImpl):  # defining it registers it with Alembic
        __dialect__ = DUCKDB
        transactional_ddl = True
