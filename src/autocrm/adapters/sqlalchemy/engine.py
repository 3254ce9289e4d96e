"""Opening the archive's engine: URL, timeouts, pre-ping and SQLite transactions.

[`autocrm.adapters.sqlalchemy.SqlArchive.from_url`][autocrm.adapters.sqlalchemy.repository.SqlArchive.from_url]
builds its engine here. What each engine gets (see the "Reliability" section of the SQL guide):

* ``pool_pre_ping=True`` unless the caller says otherwise: a pooled connection is
  tested before use, so an archive that sat idle through a server restart does not
  lose a call.
* A **lock timeout** (``lock_timeout``, seconds, 30 by default): how long a write
  waits for a lock another writer holds before
  [`autocrm.errors.StoreTimeout`][autocrm.errors.StoreTimeout]. On SQLite it is the busy timeout
  (writers queue for the file lock); on PostgreSQL the session's ``lock_timeout``.
* A **statement timeout** (``statement_timeout``, seconds, none by default;
  PostgreSQL only): a statement running longer is cancelled (``StoreTimeout``).
* On SQLite, real transactions: the driver's implicit ``BEGIN`` is switched off and
  every transaction starts with an explicit ``BEGIN`` (``BEGIN IMMEDIATE`` for
  writes), so SAVEPOINTs work and the schema is created in one transaction.
* Opened to be read (``create=False``), a SQLite file is opened read-write but never
  created: a missing file is an error, not a new empty archive (a missing DuckDB
  file too).
* On DuckDB, the keyword quoting, Alembic registration and compiled-statement cache of
  [`autocrm.adapters.sqlalchemy.dialects.prepare_engine`][autocrm.adapters.sqlalchemy.dialects.prepare_engine];
  an in-memory DuckDB gets a ``StaticPool`` as an in-memory SQLite does. DuckDB has no lock or
  statement timeout: a write conflict fails at once.

Examples:
    >>> engine = archive_engine("sqlite://", create=True)
    >>> engine.dialect.name, engine.pool.__class__.__name__
    ('sqlite', 'StaticPool')
    >>> existing_only = read_write_sqlite_url(sa.make_url("sqlite:///shop.db"))
    >>> existing_only.database.startswith("file:/"), dict(existing_only.query)
    (True, {'mode': 'rw', 'uri': 'true'})
"""

from __future__ import annotations

import os
import urllib.parse
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.pool import StaticPool

from autocrm.adapters.sqlalchemy.dialects import is_in_memory, prepare_engine
from autocrm.errors import StoreNotFound, ValidationError, shown

__all__ = [
    "DEFAULT_LOCK_TIMEOUT",
    "MAX_TIMEOUT",
    "SQLITE_BEGIN",
    "archive_engine",
    "has_savepoints",
    "is_in_memory_sqlite",
    "read_write_sqlite_url",
    "use_real_sqlite_transactions",
]

#: Seconds a write waits for another writer's lock before ``StoreTimeout``.
DEFAULT_LOCK_TIMEOUT = 30.0

#: The longest timeout accepted, in seconds: SQLite's busy timeout is a 32-bit count of
#: milliseconds (about 24.8 days); PostgreSQL's timeouts are the same kind of number.
MAX_TIMEOUT = (2**31 - 1) / 1000

#: Execution option naming the SQLite ``BEGIN`` mode (``"IMMEDIATE"`` for writes).
SQLITE_BEGIN = "autocrm_sqlite_begin"


def is_in_memory_sqlite(url: sa.URL) -> bool:
    """Whether the URL names a private in-memory SQLite database.

    Examples:
        >>> is_in_memory_sqlite(sa.make_url("sqlite://")), is_in_memory_sqlite(sa.make_url("sqlite:///a.db"))
        (True, False)
    """
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def read_write_sqlite_url(url: sa.URL) -> sa.URL:
    """Return the URL that opens a SQLite file read-write and never creates it.

    The file becomes an absolute ``file:`` URI with ``mode=rw``; a URL that already
    is a URI, or an in-memory database, is returned unchanged.

    Examples:
        >>> read_write_sqlite_url(sa.make_url("sqlite://")).database is None
        True
    """
    database = url.database
    if url.get_backend_name() != "sqlite" or is_in_memory_sqlite(url) or database is None:
        return url
    if url.query.get("uri") or database.startswith("file:"):
        return url
    path = urllib.parse.quote(os.path.abspath(database), safe="/")
    return url.set(database=f"file:{path}", query={**url.query, "mode": "rw", "uri": "true"})


def archive_engine(
    url: str | sa.URL,
    *,
    create: bool,
    lock_timeout: float | None = DEFAULT_LOCK_TIMEOUT,
    statement_timeout: float | None = None,
    **engine_options: Any,
) -> sa.Engine:
    """Create the engine an archive uses; see the module docstring for what it sets.

    Args:
        url: The database URL.
        create: False opens an existing SQLite file only (never creates one).
        lock_timeout: Seconds to wait for a lock. None: on SQLite wait without limit,
            on PostgreSQL keep the server's (or the connect options') setting.
        statement_timeout: Seconds a statement may run; PostgreSQL only. None keeps
            the server's setting (by default no limit).
        **engine_options: Passed to `sqlalchemy.create_engine`
            (``pool_pre_ping`` defaults to True).

    Raises:
        autocrm.errors.ValidationError: a timeout is not a positive number, or
            ``statement_timeout`` is given for a database that has none.

    Examples:
        >>> try:
        ...     archive_engine("sqlite://", create=True, statement_timeout=5)
        ... except ValidationError as exc:
        ...     exc.field
        'statement_timeout'
    """
    _check_seconds("lock_timeout", lock_timeout)
    _check_seconds("statement_timeout", statement_timeout)
    parsed = sa.make_url(url)
    parts = (parsed.database, parsed.host, parsed.username, *map(str, parsed.query.values()))
    if any("\x00" in part for part in parts if part):
        msg = "url: the NUL character (\\x00) is not allowed in a database URL"
        raise ValidationError(msg, field="url", value=parsed.render_as_string())
    dialect = parsed.get_backend_name()
    if statement_timeout is not None and dialect != "postgresql":
        msg = f"statement_timeout: {dialect} has no statement timeout; leave it None"
        raise ValidationError(msg, field="statement_timeout", value=statement_timeout)
    options = {"pool_pre_ping": True, **engine_options}
    if is_in_memory(parsed):  # SQLite or DuckDB: one connection holds the database
        options.setdefault("poolclass", StaticPool)
    elif not create:
        parsed = read_write_sqlite_url(parsed)
        _require_duckdb_file(parsed)
    engine = sa.create_engine(parsed, **options)
    if dialect == "sqlite":
        _set_sqlite_busy_timeout(engine, lock_timeout)
        use_real_sqlite_transactions(engine)
    elif dialect == "postgresql":
        _set_postgresql_timeouts(engine, lock_timeout, statement_timeout)
    prepare_engine(engine)
    return engine


def _require_duckdb_file(url: sa.URL) -> None:
    """Refuse to open a DuckDB file that is not there (DuckDB would create it)."""
    if url.get_backend_name() == "duckdb" and url.database and not os.path.exists(url.database):
        shown = url.render_as_string(hide_password=True)
        msg = f"no database at {shown}: the file {url.database} does not exist"
        raise StoreNotFound(msg)


def _check_seconds(name: str, seconds: object) -> None:
    if seconds is None:
        return
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, (int, float))
        or not 0 < seconds <= MAX_TIMEOUT
    ):
        msg = (
            f"{name}: expected a positive number of seconds up to {MAX_TIMEOUT:.0f} "
            f"(24 days) or None, got {shown(seconds)}"
        )
        raise ValidationError(msg, field=name, value=seconds)


def _milliseconds(seconds: float | None) -> int:
    """Timeout in whole milliseconds; 0 means "no limit" to both SQLite and PostgreSQL."""
    return 0 if seconds is None else max(1, round(seconds * 1000))


def _set_sqlite_busy_timeout(engine: sa.Engine, seconds: float | None) -> None:
    # None means "wait as long as it takes": the largest busy timeout SQLite takes.
    milliseconds = 2**31 - 1 if seconds is None else _milliseconds(seconds)

    def set_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {milliseconds}")
        cursor.close()

    event.listen(engine, "connect", set_busy_timeout)


def _set_postgresql_timeouts(
    engine: sa.Engine, lock_timeout: float | None, statement_timeout: float | None
) -> None:
    # None leaves the setting as the server or the connect options have it.
    wanted = {"lock_timeout": lock_timeout, "statement_timeout": statement_timeout}
    settings = [
        f"SET {name} = {_milliseconds(seconds)}"
        for name, seconds in wanted.items()
        if seconds is not None
    ]
    if not settings:
        return

    def set_timeouts(dbapi_connection: Any, _record: Any) -> None:
        # Session settings, outside any transaction, so a rollback keeps them.
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        cursor = dbapi_connection.cursor()
        for setting in settings:
            cursor.execute(setting)
        cursor.close()
        dbapi_connection.autocommit = autocommit

    event.listen(engine, "connect", set_timeouts)


def _sqlite_begin(connection: sa.Connection) -> None:
    """Begin SQLite transactions explicitly (pysqlite's implicit BEGIN breaks SAVEPOINT).

    This is the recipe of the SQLAlchemy documentation ("Serializable isolation /
    Savepoints / Transactional DDL"): the driver's own transaction handling is
    switched off and the "begin" event emits ``BEGIN`` (``BEGIN IMMEDIATE`` for the
    archive's writes). DDL then runs inside the transaction too.
    """
    driver = connection.connection.driver_connection
    if getattr(driver, "isolation_level", None) is not None:
        driver.isolation_level = None  # type: ignore[union-attr]
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "")
    connection.exec_driver_sql(f"BEGIN {mode}".rstrip())


def use_real_sqlite_transactions(engine: sa.Engine) -> None:
    """Make a pysqlite engine begin its transactions explicitly (other engines: no-op).

    Idempotent. A connection given the execution option
    [`SQLITE_BEGIN`][autocrm.adapters.sqlalchemy.engine] ``"IMMEDIATE"`` takes the write lock when
    its transaction begins.

    Examples:
        >>> engine = sa.create_engine("sqlite://")
        >>> use_real_sqlite_transactions(engine)
        >>> event.contains(engine, "begin", _sqlite_begin)
        True
    """
    if engine.dialect.name != "sqlite" or engine.dialect.driver != "pysqlite":
        return
    if not event.contains(engine, "begin", _sqlite_begin):
        event.listen(engine, "begin", _sqlite_begin)


def has_savepoints(dialect: sa.Dialect) -> bool:
    """Whether the archive may run each operation of a unit of work in a SAVEPOINT.

    DuckDB has no SAVEPOINT; SQLite (with explicit transactions) and PostgreSQL do.

    Examples:
        >>> has_savepoints(sa.create_engine("sqlite://").dialect)
        True
    """
    return dialect.name != "duckdb"
