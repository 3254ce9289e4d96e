"""The column-wise bulk insert of the SQL archive: SQLite ``executemany``, PostgreSQL
``COPY``, DuckDB an Arrow table; each column checked whole before any SQL.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy._archive_core import _MAIN_TABLES
from autocrm.adapters.sqlalchemy.schemas import qualified_name, schema_of
from autocrm.adapters.sqlalchemy.store_errors import field_of_bad_value
from autocrm.adapters.sqlalchemy.tables import UTCDateTime
from autocrm.errors import ValidationError


def _insert_rows(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows, column by column: SQLite executemany, PostgreSQL COPY, DuckDB Arrow.

    The rows become tuples in the table's column order (computed once per table and
    set of columns), then columns: each column's values are checked against what it
    can hold and go through the column type's bind processor in one pass.
    """
    if not rows:
        return
    dialect = connection.dialect
    names, columns = _columns_of(table, rows)
    _check_columns_fit(table, names, columns)
    if dialect.name == "duckdb" and _insert_from_arrow(connection, table, names, columns):
        return
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy_rows(connection, table, names, columns)
        return
    if dialect.name != "sqlite":
        connection.execute(table.insert(), rows)
        return
    # The column types' own bind processors, then one DB-API executemany: what
    # table.insert() does, without building a parameter dict per row.
    processed = [
        column if process is None else _mapped(process, column)
        for process, column in zip(_bind_processors(table, names, dialect), columns, strict=True)
    ]
    statement = _insert_statement(table, names, dialect)
    connection.exec_driver_sql(statement, list(zip(*processed, strict=True)))


def _mapped(process: Any, column: Sequence[Any]) -> list[Any]:
    """``process`` applied to each value of a column, once per distinct object.

    A column often holds one object many times (every audit entry of a load shares
    its time and actor): that object is processed once. Objects are told apart by
    identity, never by equality (two equal instants in different zones, or 1 and
    True, may be processed differently); all are alive while the column is.
    """
    identities = list(map(id, column))
    distinct = dict(zip(identities, column, strict=True))
    if len(distinct) * 2 > len(column):
        return list(map(process, column))
    done = {key: process(value) for key, value in distinct.items()}
    return list(map(done.__getitem__, identities))


def _columns_of(
    table: sa.Table, rows: list[dict[str, Any]]
) -> tuple[tuple[str, ...], list[Sequence[Any]]]:
    """The columns the rows fill, in table order, and the rows' values column by column."""
    first = rows[0]
    names = tuple(c.name for c in table.columns if c.name in first)
    getter = operator.itemgetter(*names)
    try:
        values = list(map(getter, rows))
    except KeyError:  # rows that do not all fill the same columns
        values = [tuple(row.get(name) for name in names) for row in rows]
    if len(names) == 1 and values and not isinstance(values[0], tuple):
        return names, [values]
    return names, list(zip(*values, strict=True))


def _check_columns_fit(
    table: sa.Table, names: Sequence[str], columns: Sequence[Sequence[Any]]
) -> None:
    """Refuse, before any SQL, a value a column cannot hold (see ``_check_columns_hold``).

    Each column is checked whole: its text values for their longest length and a NUL
    character, its whole numbers for the 64-bit range. Only when a column may hold a
    bad value are its rows looked at one by one, to name the first.
    """
    lengths = _LENGTHS.get(table)
    if lengths is None:
        lengths = _LENGTHS.setdefault(
            table, {c.name: getattr(c.type, "length", None) for c in table.columns}
        )
    for name, column in zip(names, columns, strict=True):
        kinds = set(map(type, column))
        kinds.discard(type(None))
        if not kinds:
            continue
        if kinds == {str}:
            texts = list(filter(None, column))
            limit = lengths.get(name)
            if not texts or (
                "\x00" not in "".join(texts) and (limit is None or max(map(len, texts)) <= limit)
            ):
                continue
        elif kinds <= {int, bool}:
            present = [v for v in column if v is not None]
            if min(present) >= -(2**63) and max(present) < 2**63:
                continue
        elif str not in kinds and int not in kinds:
            continue  # dates, amounts, JSON: no length to exceed
        found = field_of_bad_value([(table, [{name: value} for value in column])])
        if found is not None:
            _, value, why = found
            # Named as the per-record check names it: a main table's column is the
            # domain field of that name, a child table's is ``table.column``.
            field = name if table in _MAIN_TABLES else f"{table.name}.{name}"
            msg = f"{field}: the archive cannot store this value: it {why}"
            raise ValidationError(msg, field=field, value=value)


#: Table -> column name -> the length its type declares (None: unlimited or not text).
_LENGTHS: dict[sa.Table, dict[str, int | None]] = {}

#: (table, columns, dialect name) -> the INSERT statement / the bind processors, computed once.
_STATEMENTS: dict[tuple[sa.Table, tuple[str, ...], str], str] = {}
_PROCESSORS: dict[tuple[sa.Table, tuple[str, ...], Any], list[Any]] = {}


def _insert_statement(table: sa.Table, names: tuple[str, ...], dialect: Any) -> str:
    key = (table, names, dialect.name)
    found = _STATEMENTS.get(key)
    if found is None:
        found = str(table.insert().compile(dialect=dialect, column_keys=list(names)))
        _STATEMENTS[key] = found
    return found


def _bind_processors(table: sa.Table, names: tuple[str, ...], dialect: Any) -> list[Any]:
    key = (table, names, dialect)
    found = _PROCESSORS.get(key)
    if found is None:
        found = []
        for name in names:
            column_type = table.c[name].type
            process: Any = column_type.dialect_impl(dialect).bind_processor(dialect)
            if isinstance(column_type, UTCDateTime) and process and dialect.name == "sqlite":
                process = _sqlite_instant_text(process)
            found.append(process)
        _PROCESSORS[key] = found
    return found


def _sqlite_instant_text(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The text SQLite keeps for an aware instant, the same as ``process`` gives, faster.

    ``process`` (the column type's own bind processor) converts to UTC, drops the zone
    and formats ``YYYY-MM-DD HH:MM:SS.ffffff`` through a dict per value. An instant in
    a fixed-offset ``timezone`` (China Standard Time, UTC) gets the same text from
    ``isoformat``, without the offset it would append; anything else goes to ``process``.
    """
    utc = timezone.utc

    def instant_text(value: Any) -> Any:
        if type(value) is datetime and type(value.tzinfo) is timezone:
            return value.astimezone(utc).isoformat(" ", "microseconds")[:26]
        return process(value)

    return instant_text


def _copy_rows(
    connection: sa.Connection,
    table: sa.Table,
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
) -> None:
    """PostgreSQL ``COPY ... FROM STDIN`` through psycopg, on the transaction's own connection."""
    dialect = connection.dialect
    converted = [
        column if convert is None else _mapped(convert, column)
        for convert, column in zip(
            (_copy_converter(table.c[name].type, dialect) for name in names), columns, strict=True
        )
    ]
    quote = dialect.identifier_preparer
    target = qualified_name(table.name, schema_of(connection), dialect)
    statement = f"COPY {target} ({', '.join(quote.quote(n) for n in names)}) FROM STDIN"
    driver = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        write = copy.write_row
        for row in zip(*converted, strict=True):
            write(row)


def _insert_from_arrow(
    connection: sa.Connection,
    table: sa.Table,
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
) -> bool:
    """Insert rows into DuckDB from an Arrow table, its fastest way in; False without pyarrow.

    A JSON or decorated column's values go through the column type's bind processor
    first (JSON text, UTC instants, encryption), as ``table.insert()`` would send
    them; the others go as they are in an Arrow column of the column's own type
    (amounts as exact decimals, where the driver's parameters would pass floats).
    """
    try:
        import pyarrow as pa
    except ImportError:  # the extra "tables" is not installed: executemany
        return False
    dialect = connection.dialect
    arrays = {}
    for name, values in zip(names, columns, strict=True):
        column_type = table.c[name].type
        if isinstance(column_type, (sa.JSON, sa.types.TypeDecorator)):
            process = column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                values = _mapped(process, values)
        arrays[name] = pa.array(values, type=_arrow_type(column_type, pa))
    view = f"autocrm_load_{table.name}"
    driver = connection.connection.driver_connection
    quote = dialect.identifier_preparer
    listed = ", ".join(quote.quote(name) for name in names)
    driver.register(view, pa.table(arrays))  # type: ignore[union-attr]
    try:
        target = qualified_name(table.name, schema_of(connection), dialect)
        driver.execute(  # type: ignore[union-attr]
            f"INSERT INTO {target} ({listed}) SELECT {listed} FROM {view}"
        )
    finally:
        driver.unregister(view)  # type: ignore[union-attr]
    return True


def _arrow_type(column_type: Any, pa: Any) -> Any:
    """The Arrow type a column's bound values take (None: let Arrow infer it)."""
    if isinstance(column_type, sa.types.TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, sa.JSON):
        return pa.string()  # bound as JSON text; DuckDB reads it into its JSON column
    if isinstance(column_type, sa.Boolean):
        return pa.bool_()
    if isinstance(column_type, sa.Integer):
        return pa.int64()
    if isinstance(column_type, sa.Numeric) and column_type.scale is not None:
        return pa.decimal128(column_type.precision or 38, column_type.scale)
    if isinstance(column_type, sa.DateTime):
        return pa.timestamp("us", tz="UTC") if column_type.timezone else pa.timestamp("us")
    if isinstance(column_type, sa.Date):
        return pa.date32()
    if isinstance(column_type, sa.String):
        return pa.string()
    return None


def _copy_converter(column_type: Any, dialect: Any) -> Any:
    """What a value of the column becomes for COPY (None: psycopg adapts it as it is)."""
    if isinstance(column_type, sa.JSON):
        # As SQLAlchemy binds it: None is the JSON null unless the column says otherwise.
        null = None if column_type.none_as_null else "null"
        return lambda value: null if value is None else json.dumps(value)
    if isinstance(column_type, sa.types.TypeDecorator):
        # The decorator's own step, then its underlying type's (an encrypted JSON column
        # holds its ciphertext as a JSON string, as SQLAlchemy's bind processor writes it).
        inner = _copy_converter(column_type.impl_instance, dialect)
        if inner is None:
            return lambda value: column_type.process_bind_param(value, dialect)
        return lambda value: inner(column_type.process_bind_param(value, dialect))
    return None
