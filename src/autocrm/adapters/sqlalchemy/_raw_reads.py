"""The trusted read path by position: records built from the driver's own rows.

``snapshot()`` and ``stream()`` read rows the archive wrote itself (the schema
revision vouches for them, see the performance guide on trusted reads). Instead of
SQLAlchemy's result rows, processed value by value and turned into dictionaries,
they take the tuples the database driver fetched and read each field at its
position: each column has a decoder built once per engine (the column type's own
result processing, or a faster equivalent for timestamps), each class a reader
compiled once per engine
(``trusted_builders._compile_positional``). Child rows come in one query per
child table, grouped by the key of their record.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, NamedTuple, cast
from weakref import WeakKeyDictionary

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy._json_rows import compile_row_writer
from autocrm.adapters.sqlalchemy.convert import EntitySpec
from autocrm.adapters.sqlalchemy.row_readers import _attempts
from autocrm.adapters.sqlalchemy.rows import _by_key, _load
from autocrm.adapters.sqlalchemy.trusted_builders import Part, _compile_positional
from autocrm.domain import (
    Address,
    Appointment,
    AuditEntry,
    Complaint,
    Contact,
    Customer,
    FollowUp,
    HandlingRecord,
    OptOut,
    Remedy,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.time import CHINA_TZ

#: A driver's row: a tuple of column values in the order of the select.
Raw = Sequence[Any]
#: Child table name -> the driver's rows of one record.
Kids = Mapping[str, Sequence[Raw]]
Reader = Callable[[Raw, Kids], Any]

_NO_KIDS: Kids = {}


class _Shape(NamedTuple):
    """The columns of a table's rows as a driver returns them, and how to decode each."""

    positions: Mapping[str, int]
    decoders: tuple[Callable[[Any], Any] | None, ...]


#: Engine -> table -> its shape; engine -> class -> its compiled reader.
_SHAPES: WeakKeyDictionary[Dialect, dict[sa.Table, _Shape]] = WeakKeyDictionary()
_READERS: WeakKeyDictionary[Dialect, dict[type[Any], Reader]] = WeakKeyDictionary()
#: Engine -> class -> its generated JSON row writer.
_WRITERS: WeakKeyDictionary[Dialect, dict[type[Any], Reader]] = WeakKeyDictionary()

_from_iso = datetime.fromisoformat
_from_utc = CHINA_TZ.fromutc


def _utc(value: Any) -> datetime | None:
    """A stored instant as an aware datetime in China Standard Time (any driver)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = _from_iso(value)
    if value.tzinfo is None:
        return _from_utc(value.replace(tzinfo=CHINA_TZ))
    if value.tzinfo is timezone.utc:
        return _from_utc(value.replace(tzinfo=CHINA_TZ))
    return value.astimezone(CHINA_TZ)  # type: ignore[no-any-return]


def _utc_text(value: Any) -> datetime | None:
    """SQLite: the naive UTC wall time as text, the way the archive writes it.

    Read as a UTC instant and moved into China Standard Time: two calls into C, half
    the time of setting the zone afterwards (``replace`` takes keywords).
    """
    if value.__class__ is str:
        if len(value) == 26:  # YYYY-MM-DD HH:MM:SS.ffffff, naive
            return _from_iso(value + "+00:00").astimezone(CHINA_TZ)
        return _from_utc(_from_iso(value).replace(tzinfo=CHINA_TZ))
    return _utc(value)


def _utc_naive(value: Any) -> datetime | None:
    """PostgreSQL: the UTC wall time (the column read ``AT TIME ZONE 'UTC'``)."""
    if value is None:
        return None
    return _from_utc(value.replace(tzinfo=CHINA_TZ))


def _utc_micros(value: Any) -> datetime | None:
    """DuckDB: microseconds since the epoch (the column read through ``epoch_us``)."""
    if value is None:
        return None
    seconds, micros = divmod(value, 1_000_000)
    if micros:
        return _EPOCH + timedelta(microseconds=value)
    return _from_timestamp(seconds, CHINA_TZ)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc).astimezone(CHINA_TZ)
_from_timestamp = datetime.fromtimestamp


class _Fen:
    """DuckDB: an amount read as a whole number of fen, as a Decimal to the fen.

    Amounts repeat (labour rates, parts prices): each is made once per read.
    """

    def __init__(self) -> None:
        self._made: dict[int, Decimal] = {}

    def __call__(self, value: Any) -> Decimal | None:
        found = self._made.get(value)
        if found is None:
            if value is None:
                return None
            if len(self._made) > 65_536:
                self._made.clear()
            found = self._made[value] = Decimal(value).scaleb(-2)
        return found


def _selected(column: sa.ColumnElement[Any], dialect: Dialect) -> sa.ColumnElement[Any]:
    """How a column is selected: as it is, or in a form the driver hands over faster.

    The decoders of `_decoder` read what these give back.
    """
    if isinstance(column.type, t.UTCDateTime):
        if dialect.name == "postgresql":
            # A naive UTC wall time: psycopg makes no zone-aware value to convert again.
            return sa.func.timezone("UTC", column, type_=sa.DateTime).label(column.name)
        if dialect.name == "duckdb":
            return sa.func.epoch_us(column, type_=sa.BigInteger).label(column.name)
    elif column.type is t.Money and dialect.name == "duckdb":
        fen = sa.cast(column * sa.literal_column("100"), sa.BigInteger)
        return fen.label(column.name)
    return column


def select_all(table: sa.FromClause, dialect: Dialect) -> sa.Select[Any]:
    """Every column of ``table`` (or an alias of it), selected as `_selected` says."""
    return sa.select(*(_selected(column, dialect) for column in table.c)).select_from(table)


def _decoder(column: sa.Column[Any], dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
    """How the driver's value of ``column`` (selected by `_selected`) becomes the one
    SQLAlchemy would hand over: the column type's own result processing, or a
    faster equivalent."""
    if isinstance(column.type, t.UTCDateTime):
        by_engine: dict[str, Callable[[Any], datetime | None]] = {
            "sqlite": _utc_text,
            "postgresql": _utc_naive,
            "duckdb": _utc_micros,
        }
        decode: Callable[[Any], datetime | None] = by_engine.get(dialect.name, _utc)
        return decode
    if column.type is t.Money and dialect.name == "duckdb":
        return _Fen()
    process: Callable[[Any], Any] | None = column.type.dialect_impl(dialect).result_processor(
        dialect, coltype
    )
    return process


def _shape(
    dialect: Dialect, table: sa.Table, keys: Sequence[str], description: Sequence[Any]
) -> _Shape:
    by_table = _SHAPES.get(dialect)
    if by_table is None:
        by_table = _SHAPES.setdefault(dialect, {})
    found = by_table.get(table)
    if found is None or tuple(found.positions) != tuple(keys):
        decoders = tuple(
            _decoder(table.c[name], dialect, column[1])
            for name, column in zip(keys, description, strict=True)
        )
        found = _Shape({name: index for index, name in enumerate(keys)}, decoders)
        by_table[table] = found
    return found


def _fetch(connection: sa.Connection, query: Any, table: sa.Table) -> tuple[list[Raw], _Shape]:
    """The driver's rows of ``query`` (all columns of ``table``) and their shape."""
    result = connection.execute(query)
    try:
        cursor = result.cursor
        rows = cast("list[Raw]", cursor.fetchall())
        shape = _shape(connection.dialect, table, tuple(result.keys()), cursor.description)
    finally:
        result.close()
    return rows, shape


def _ordered(rows: Sequence[Raw], by: Callable[[Raw], Any]) -> Sequence[Raw]:
    return rows if len(rows) < 2 else sorted(rows, key=by)


def _column(table: str, name: str, shapes: Mapping[str, _Shape]) -> Callable[[Kids], list[Any]]:
    """A part: one column of the record's rows in a child table, as a list."""
    position = shapes[table].positions[name]

    def values(kids: Kids) -> list[Any]:
        return [row[position] for row in kids.get(table, ())]

    return values


def _in_position(
    table: str, name: str, shapes: Mapping[str, _Shape]
) -> Callable[[Kids], tuple[Any, ...]]:
    """A part: one column of the record's child rows, in the order they were written."""
    positions = shapes[table].positions
    by = operator.itemgetter(positions["position"])
    position = positions[name]

    def values(kids: Kids) -> tuple[Any, ...]:
        return tuple([row[position] for row in _ordered(kids.get(table, ()), by)])

    return values


def _json(kind: Any, *, optional: bool = False) -> Callable[[Any], Any]:
    """A part: a JSON column's decoded value structured as ``kind``."""
    if optional:
        return lambda value: None if value is None else _load(value, kind)
    return lambda value: _load(value, kind)


def _dicts(table: str, shapes: Mapping[str, _Shape]) -> Callable[[Sequence[Raw]], list[Any]]:
    """Child rows as dictionaries of decoded values (for the rare nested records)."""
    shape = shapes[table]
    names = tuple(shape.positions)
    decoders = shape.decoders

    def rows(raw: Sequence[Raw]) -> list[dict[str, Any]]:
        return [
            {
                name: value if decode is None else decode(value)
                for name, value, decode in zip(names, row, decoders, strict=True)
            }
            for row in raw
        ]

    return rows


def _parts(
    kind: type[Any], dialect: Dialect, main: _Shape, shapes: Mapping[str, _Shape]
) -> dict[str, Part]:
    """How the fields of ``kind`` kept outside its main columns are read."""
    where = main.positions
    if kind is Customer:
        address = _json(Address, optional=True)
        return {
            "address": (address, where["address"]),
            "home_address": (address, where["home_address"]),
            "work_address": (address, where["work_address"]),
            "contacts": (_json(tuple[Contact, ...]), where["contacts"]),
            "opt_outs": (_json(tuple[OptOut, ...]), where["opt_outs"]),
            "tags": (_column("customer_tags", "tag", shapes), None),
        }
    if kind is Vehicle:
        return {"tags": (_column("vehicle_tags", "tag", shapes), None)}
    if kind is WorkOrder:
        line = _reader(dialect, WorkOrderLine, shapes["work_order_lines"], {})
        by = operator.itemgetter(shapes["work_order_lines"].positions["position"])

        def lines(kids: Kids) -> tuple[WorkOrderLine, ...]:
            rows = _ordered(kids.get("work_order_lines", ()), by)
            return tuple([line(row, _NO_KIDS) for row in rows])

        service_types = _column("work_order_service_types", "service_type", shapes)
        return {"lines": (lines, None), "service_types": (service_types, None)}
    if kind is FollowUp:
        attempts, issues = _dicts("call_attempts", shapes), _dicts("call_attempt_issues", shapes)

        def read_attempts(kids: Kids) -> Any:
            return _attempts(
                attempts(kids.get("call_attempts", ())),
                issues(kids.get("call_attempt_issues", ())),
                trusted=True,
            )

        return {"attempts": (read_attempts, None)}
    if kind is Complaint:
        return {
            "departments": (_in_position("complaint_departments", "department", shapes), None),
            "handling": (_json(tuple[HandlingRecord, ...]), where["handling"]),
            "remedies": (_json(tuple[Remedy, ...]), where["remedies"]),
        }
    if kind is Appointment:
        return {
            "service_types": (_column("appointment_service_types", "service_type", shapes), None)
        }
    return {}


def _reader(
    dialect: Dialect, kind: type[Any], main: _Shape, shapes: Mapping[str, _Shape]
) -> Reader:
    """The compiled positional reader of ``kind`` on this engine (built once)."""
    by_kind = _READERS.get(dialect)
    if by_kind is None:
        by_kind = _READERS.setdefault(dialect, {})
    found = by_kind.get(kind)
    if found is None:
        # An amount read from a NUMERIC(14, 2) column is a Decimal to the fen already.
        stored = {"amount": None} if kind is WorkOrderLine else {}
        found = _compile_positional(
            kind, main.positions, main.decoders, _parts(kind, dialect, main, shapes), stored
        )
        by_kind[kind] = found
    return found


def _writer(
    dialect: Dialect, kind: type[Any], table: sa.Table, main: _Shape, shapes: Mapping[str, _Shape]
) -> Reader:
    """The generated JSON row writer of ``kind`` on this engine (built once; see _json_rows)."""
    by_kind = _WRITERS.get(dialect)
    if by_kind is None:
        by_kind = _WRITERS.setdefault(dialect, {})
    found = by_kind.get(kind)
    if found is None:
        stored = {"amount": None} if kind is WorkOrderLine else {}
        parts = _parts(kind, dialect, main, shapes)
        written: dict[str, Callable[[Kids], str]] = {}
        if kind is WorkOrder:
            lines = shapes["work_order_lines"]
            line = _writer(dialect, WorkOrderLine, t.work_order_lines, lines, {})
            by = operator.itemgetter(lines.positions["position"])

            def lines_text(kids: Kids) -> str:
                rows = _ordered(kids.get("work_order_lines", ()), by)
                return "[" + ", ".join([line(row, _NO_KIDS) for row in rows]) + "]"

            written["lines"] = lines_text
        read = _reader(dialect, kind, main, shapes)
        found = compile_row_writer(
            kind, dialect, table, main.positions, main.decoders, parts, written, stored, read
        )
        by_kind[kind] = found
    return found


def read_trusted(
    connection: sa.Connection,
    spec: EntitySpec[Any] | None,
    query: Any,
    keys: Callable[[Any], Any] | None = None,
    *,
    as_json: bool = False,
) -> tuple[list[Any], Any]:
    """Build the records ``query`` selects (all columns of ``spec``'s table) by position.

    ``spec`` None reads audit entries. The records' child rows are read in one query
    per child table: those of the records whose keys ``keys(last)`` selects (``last``:
    the ``id`` of the last row read), or all of them when ``keys`` is None. Returns
    the records (``as_json``: each as the JSON text the codec would write for it) and
    the ``id`` of the last row read (None when there was none).
    """
    table = t.audit_entries if spec is None else spec.table
    kind = AuditEntry if spec is None else spec.kind
    rows, main = _fetch(connection, query, table)
    if not rows:
        return [], None
    last = rows[-1][main.positions["id"]]
    shapes: dict[str, _Shape] = {table.name: main}
    groups: dict[str, dict[Any, list[Raw]]] = {}
    selected = None if keys is None else keys(last)
    for child_table, ref in () if spec is None else spec.child_tables:
        # An alias, so that a filter's own subqueries on this table stay theirs.
        child = child_table.alias(f"{child_table.name}_read")
        child_query = select_all(child, connection.dialect)
        if selected is not None:
            child_query = child_query.where(child.c[ref].in_(selected))
        child_rows, shape = _fetch(connection, child_query, child_table)
        shapes[child_table.name] = shape
        groups[child_table.name] = _by_key(child_rows, shape.positions[ref])
    if as_json:
        read = _writer(connection.dialect, kind, table, main, shapes)
    else:
        read = _reader(connection.dialect, kind, main, shapes)
    if not groups:
        return [read(row, _NO_KIDS) for row in rows], last
    key = main.positions[spec.key] if spec is not None and spec.key is not None else None
    if key is None:  # pragma: no cover - every record with child rows has a key
        raise AssertionError(kind)
    if len(groups) == 1:
        ((name, by_key),) = groups.items()
        empty: list[Raw] = []
        return [read(row, {name: by_key.get(row[key], empty)}) for row in rows], last
    tables = tuple(groups.items())
    return [
        read(row, {name: by_key.get(row[key], ()) for name, by_key in tables}) for row in rows
    ], last
