"""Database failures as autocrm errors: what a driver raises, what the caller gets.

Every SQLAlchemy or driver error that reaches a public method of
[`SqlArchive`][autocrm.adapters.sqlalchemy.repository.SqlArchive] is turned into an
[`autocrm.errors`][autocrm.errors] error and chained to it (``raise ... from exc``).
What the database says, and what the caller gets:

* connection lost, server down or shutting down:
  [`StoreUnavailable`][autocrm.errors.StoreUnavailable];
* lock wait or statement ran past its timeout (SQLite: the busy timeout ran out):
  [`StoreTimeout`][autocrm.errors.StoreTimeout];
* a key written meanwhile by another writer: [`AlreadyExists`][autocrm.errors.AlreadyExists];
* deadlock or serialization failure: [`ConcurrentUpdate`][autocrm.errors.ConcurrentUpdate];
* a value the column cannot hold: [`ValidationError`][autocrm.errors.ValidationError], naming
  the field when it can be found;
* database or archive tables missing (opening to read):
  [`StoreNotFound`][autocrm.errors.StoreNotFound];
* anything else: [`StoreError`][autocrm.errors.StoreError].

Recognising a failure is engine specific (PostgreSQL's SQLSTATE codes, SQLite's
result codes, DuckDB's exception classes); each engine has its own small function
below.

Examples:
    >>> import sqlite3
    >>> busy = sa.exc.OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError(
    ...     "database is locked"))
    >>> type(store_error(busy, Failure())).__name__
    'StoreTimeout'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
import sqlalchemy as sa

from autocrm.errors import (
    AlreadyExists,
    AutocrmError,
    ConcurrentUpdate,
    StoreError,
    StoreNotFound,
    StoreTimeout,
    StoreUnavailable,
    ValidationError,
)

__all__ = ["Failure", "field_of_bad_value", "store_error"]

_UNAVAILABLE = "unavailable"
_TIMEOUT = "timeout"
_MISSING = "missing"
_DUPLICATE = "duplicate"
_CONFLICT = "conflict"
_BAD_VALUE = "bad value"


@attrs.frozen
class Failure:
    """What the archive was doing when the database failed, to word the error.

    Attributes:
        entity: The kind of record being written (``"customer"``...), if any.
        key: Its key, if known.
        expected: The version the writer had read (updates), if any.
        rows: Gives the rows being written, by table (main table first), to find
            the value a column refused; called only then.
        opening: The archive was being opened to be read (``create=False``).
        url: The database URL, without password, for messages while opening.

    Examples:
        >>> Failure(entity="customer", key="C000001").key
        'C000001'
    """

    entity: str | None = None
    key: str | None = None
    expected: int | None = None
    rows: Callable[[], Sequence[tuple[sa.Table, Sequence[Mapping[str, Any]]]]] | None = None
    opening: bool = False
    url: str = ""


def store_error(exc: sa.exc.SQLAlchemyError, failure: Failure) -> AutocrmError:
    """Return the autocrm error for a database error (the caller chains it).

    Args:
        exc: What SQLAlchemy raised.
        failure: What the archive was doing.

    Examples:
        >>> import sqlite3
        >>> io = sqlite3.OperationalError("disk I/O error")
        >>> lost = sa.exc.OperationalError("SELECT 1", {}, io)
        >>> error = store_error(lost, Failure())
        >>> type(error).__name__, str(error)
        ('StoreUnavailable', 'the database failed: disk I/O error')
    """
    kind = _kind(exc)
    reason = _reason(exc)
    if kind == _MISSING or (kind == _UNAVAILABLE and failure.opening and _no_database(exc)):
        msg = f"no database at {failure.url}: {reason}"
        return StoreNotFound(msg)
    if kind == _UNAVAILABLE:
        return StoreUnavailable(f"the database failed: {reason}")
    if kind == _TIMEOUT:
        msg = (
            f"the database timed out (another writer holds a lock, or a timeout ran out): {reason}"
        )
        return StoreTimeout(msg)
    if kind == _DUPLICATE and failure.entity is not None and failure.key is not None:
        msg = f"a {failure.entity} {failure.key!r} was added meanwhile by another writer"
        return AlreadyExists(msg, entity=failure.entity, entity_id=failure.key)
    if kind == _CONFLICT and failure.entity is not None and failure.key is not None:
        msg = (
            f"{failure.entity} {failure.key!r} was being changed by another writer at the same "
            f"time ({reason}); read it again and redo the change"
        )
        return ConcurrentUpdate(
            msg,
            entity=failure.entity,
            entity_id=failure.key,
            expected=failure.expected or 0,
            actual=None,
        )
    if kind == _BAD_VALUE:
        found = None if failure.rows is None else field_of_bad_value(failure.rows())
        if found is None:
            return ValidationError(f"the database refused a value: {reason}")
        field, value, why = found
        msg = f"{field}: the value {why} ({reason})"
        return ValidationError(msg, field=field, value=value)
    return StoreError(f"the database refused the operation: {reason}")


def field_of_bad_value(
    rows: Sequence[tuple[sa.Table, Sequence[Mapping[str, Any]]]],
) -> tuple[str, Any, str] | None:
    """Find the first value a column cannot hold: too long, a NUL, an int beyond 64 bits.

    A value of the main table is named by its column (the domain field of that
    name); one of a child table by ``table.column``.

    Returns:
        ``(field, value, why)``, or None when every value fits.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import tables
        >>> field_of_bad_value([(tables.customers, [{"number": "C1", "name": "张" * 201}])])[::2]
        ('name', 'has 201 characters, the column holds 200')
        >>> field_of_bad_value([(tables.customers, [{"number": "C1", "name": "张三"}])]) is None
        True
    """
    for position, (table, table_rows) in enumerate(rows):
        lengths = _LENGTHS.get(table)
        if lengths is None:
            lengths = _lengths(table)
        for row in table_rows:
            for name, value in row.items():
                if value is None or name not in lengths:
                    continue
                if type(value) is str:
                    limit = lengths[name]
                    if "\x00" not in value and (limit is None or len(value) <= limit):
                        continue  # the common case, without a call
                elif not isinstance(value, (str, int)):
                    continue  # dates, amounts, JSON: no length to exceed
                why = _unfit(table.c[name], value)
                if why is not None:
                    return (name if position == 0 else f"{table.name}.{name}"), value, why
    return None


#: Table -> column name -> the length its type declares (None: unlimited or not text).
_LENGTHS: dict[sa.Table, dict[str, int | None]] = {}


def _lengths(table: sa.Table) -> dict[str, int | None]:
    """Compute (once per table) the declared length of each column."""
    lengths = {c.name: getattr(c.type, "length", None) for c in table.columns}
    return _LENGTHS.setdefault(table, lengths)


def _unfit(column: sa.Column[Any], value: object) -> str | None:
    """Why the column cannot hold the value, or None."""
    if isinstance(value, str):
        length = getattr(column.type, "length", None)
        if "\x00" in value:
            return "contains a NUL character"
        if length is not None and len(value) > length:
            return f"has {len(value)} characters, the column holds {length}"
    elif isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**63:
        return "is beyond a 64-bit integer"
    return None


def _reason(exc: sa.exc.SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _kind(exc: sa.exc.SQLAlchemyError) -> str | None:
    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return _UNAVAILABLE
    original = getattr(exc, "orig", None)
    sqlstate = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if sqlstate:
        return _postgresql_kind(sqlstate)
    if type(original).__module__ == "sqlite3":
        return _sqlite_kind(getattr(original, "sqlite_errorcode", 0), str(original), exc)
    if type(original).__module__ in ("duckdb", "_duckdb"):
        return _duckdb_kind(type(original).__name__, str(original))
    if isinstance(exc, sa.exc.DataError):
        return _BAD_VALUE
    if isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return _UNAVAILABLE
    if isinstance(exc, sa.exc.DisconnectionError):
        return _UNAVAILABLE
    return None


def _postgresql_kind(sqlstate: str) -> str | None:
    """Classify a PostgreSQL SQLSTATE (appendix A of the PostgreSQL manual)."""
    if sqlstate == "3D000":  # invalid_catalog_name: no such database
        return _MISSING
    if sqlstate in ("55P03", "57014"):  # lock_not_available, query_canceled
        return _TIMEOUT
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        return _UNAVAILABLE  # connection exception, admin/crash shutdown, starting up
    if sqlstate == "23505":  # unique_violation
        return _DUPLICATE
    if sqlstate in ("40001", "40P01"):  # serialization_failure, deadlock_detected
        return _CONFLICT
    if sqlstate.startswith("22"):  # data exception
        return _BAD_VALUE
    return None


def _sqlite_kind(code: int, message: str, exc: sa.exc.SQLAlchemyError) -> str | None:
    """Classify a SQLite extended result code (sqlite.org/rescode.html)."""
    primary = code & 0xFF
    if primary in (5, 6) or message in ("database is locked", "database table is locked"):
        return _TIMEOUT  # SQLITE_BUSY, SQLITE_LOCKED: the busy timeout ran out
    if primary in (10, 13, 14, 26):  # IOERR, FULL, CANTOPEN, NOTADB
        return _UNAVAILABLE
    if code in (1555, 2067):  # SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
        return _DUPLICATE
    if primary in (18, 20) or "too large" in message:  # TOOBIG, MISMATCH
        return _BAD_VALUE
    if isinstance(exc, sa.exc.OperationalError):
        return _UNAVAILABLE
    return None


def _duckdb_kind(name: str, message: str) -> str | None:
    """Classify a DuckDB exception by its class (DuckDB has no error codes).

    DuckDB checks concurrent writes optimistically: the second transaction to
    change a row fails at once ("Conflict on tuple deletion/update") where
    PostgreSQL would make it wait, so that is the other writer winning.
    """
    if name == "TransactionException" and "Conflict" in message:
        return _CONFLICT
    if name == "ConstraintException" and "Duplicate key" in message:
        return _DUPLICATE
    if name in ("ConversionException", "OutOfRangeException"):
        return _BAD_VALUE
    if name == "IOException":
        return _UNAVAILABLE
    return None


def _no_database(exc: sa.exc.SQLAlchemyError) -> bool:
    """Whether opening failed because the database itself is not there."""
    original = getattr(exc, "orig", None)
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == 14)  # SQLITE_CANTOPEN
    # psycopg refuses the connection before any SQLSTATE exists; the server's words:
    message = str(original)
    return 'FATAL:  database "' in message and "does not exist" in message
