"""Compile the query filters to SQL, and run aggregates in the database.

The compiler pattern-matches on the filter nodes of [`autocrm.query`][autocrm.query]
(``Compare``, ``In``, ``Between``, ``Contains``, ``IsNull``, ``And``, ``Or``, ``Not``;
a ``RelativeWindow`` is first bound to fixed bounds with
[`bind`][autocrm.query.windows.bind]) and keeps the semantics of the in-memory engine
exactly:

* two-valued logic: every test on a missing value is *false*, so each test of a
  nullable column is guarded (``col IS NOT NULL AND col = v``) and ``NOT`` never
  meets a SQL NULL;
* a path across a relation (``work_order.vehicle.insurer``) is a LEFT OUTER JOIN
  on the related key, so a missing related record reads as missing values;
* set fields (tags, service types, departments) are tested with ``EXISTS`` on
  their child table; substring tests are case-sensitive on every dialect
  (``instr`` on SQLite, ``strpos`` on PostgreSQL, ``POSITION`` elsewhere);
* money is compared and summed in whole fen (``ROUND(amount * 100)``), so SQLite,
  which keeps NUMERIC as binary floats, gives the exact sums PostgreSQL does.

Examples:
    >>> from autocrm.query import F
    >>> print(compile_where("vehicle", F.vehicle.insurer == "PICC"))
    vehicles.insurer IS NOT NULL AND vehicles.insurer = :insurer_1
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.encryption import (
    ENCRYPTED_FIELDS,
    HASHED_FIELDS,
    hash_column_name,
)
from autocrm.adapters.sqlalchemy.local_time import LocalPeriod
from autocrm.query.aggregate import (
    AggregateResult,
    Count,
    CountDistinct,
    GroupKey,
    Period,
    SumMoney,
    aggregate,
)
from autocrm.query.errors import EncryptedField
from autocrm.query.expr import (
    And,
    Between,
    Compare,
    Contains,
    Field,
    FieldRef,
    Filter,
    In,
    IsNull,
    Not,
    Or,
    bind,
    needs_as_of,
    require_filter,
)
from autocrm.query.fields import COMPUTED_MONEY, SCHEMA, ValueType

__all__ = ["FilterCompiler", "compile_where", "line_sums", "money_fen", "run_aggregate"]

#: Entity name -> its main table.
ENTITY_TABLES: dict[str, sa.Table] = {
    "customer": t.customers,
    "vehicle": t.vehicles,
    "reading": t.odometer_readings,
    "work_order": t.work_orders,
    "followup": t.followups,
    "complaint": t.complaints,
    "appointment": t.appointments,
    "fleet_account": t.fleet_accounts,
}

#: (entity, set field) -> (child table, column referring to the key, value column).
SET_TABLES: dict[tuple[str, str], tuple[sa.Table, str, str]] = {
    ("customer", "tags"): (t.customer_tags, "customer_number", "tag"),
    ("vehicle", "tags"): (t.vehicle_tags, "vin", "tag"),
    ("work_order", "service_types"): (
        t.work_order_service_types,
        "work_order_number",
        "service_type",
    ),
    ("appointment", "service_types"): (
        t.appointment_service_types,
        "appointment_number",
        "service_type",
    ),
    ("complaint", "departments"): (t.complaint_departments, "complaint_number", "department"),
}


class _Substring(sa.sql.functions.FunctionElement[int]):
    """Position of a substring, case-sensitive on every dialect (1-based, 0 if absent)."""

    type = sa.Integer()
    inherit_cache = True
    name = "autocrm_substring"


@compiles(_Substring)
def _substring_default(element: _Substring, compiler: SQLCompiler, **kw: Any) -> str:
    haystack, needle = list(element.clauses)
    return f"POSITION({compiler.process(needle, **kw)} IN {compiler.process(haystack, **kw)})"


@compiles(_Substring, "sqlite")
def _substring_sqlite(element: _Substring, compiler: SQLCompiler, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(_Substring, "postgresql")
def _substring_postgresql(element: _Substring, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def money_fen(amount: ColumnElement[Any]) -> ColumnElement[Any]:
    """Return an amount column as whole fen: exact on every dialect.

    Examples:
        >>> print(money_fen(t.work_order_lines.c.amount))
        round(work_order_lines.amount * :amount_1)
    """
    return sa.func.round(amount * 100)


def line_sums() -> sa.Subquery:
    """Money of each work order by payer, in fen: one row per work order with lines.

    Examples:
        >>> sorted(line_sums().c.keys())  # doctest: +NORMALIZE_WHITESPACE
        ['insurance_paid', 'internal_paid', 'self_paid', 'total', 'warranty_paid',
         'work_order_number']
    """
    lines = t.work_order_lines
    fen = money_fen(lines.c.amount)
    columns = [
        sa.func.sum(
            fen if payer is None else sa.case((lines.c.payer == payer.value, fen), else_=0)
        ).label(name)
        for name, payer in COMPUTED_MONEY.items()
    ]
    return (
        sa.select(lines.c.work_order_number, *columns)
        .group_by(lines.c.work_order_number)
        .subquery("line_sums")
    )


def _to_fen(value: Decimal) -> int:
    return int(value * 100)


class FilterCompiler:
    """Compile filters rooted at one entity, collecting the joins their paths need.

    Use ``where`` for each filter, then ``from_clause`` to select from the
    root table with the joins the filters (and ``column`` calls) asked for.

    Examples:
        >>> from autocrm.query import F
        >>> c = FilterCompiler("work_order")
        >>> print(c.where(F.work_order.vehicle.insurer == "PICC"))
        vehicle.insurer IS NOT NULL AND vehicle.insurer = :insurer_1
        >>> print(sa.select(sa.func.count()).select_from(c.from_clause()))
        SELECT count(*) AS count_1
        FROM work_orders LEFT OUTER JOIN vehicles AS vehicle ON vehicle.vin = work_orders.vin
    """

    def __init__(
        self, entity: str, *, as_of: date | datetime | None = None, encrypted: bool = False
    ) -> None:
        self.entity = entity
        self.table = ENTITY_TABLES[entity]
        self.as_of = as_of
        self.encrypted = encrypted
        self._joins: dict[str, tuple[sa.FromClause, ColumnElement[bool]]] = {}

    def _is_encrypted(self, fld: Field) -> bool:
        owner = fld.relation.target if fld.relation is not None else self.entity
        return self.encrypted and owner == "customer" and fld.path[-1] in ENCRYPTED_FIELDS

    def _lookup(self, fld: Field, op: str) -> ColumnElement[Any] | None:
        """The hash column an exact test of an encrypted field compares, or None if plain.

        Raises:
            autocrm.query.EncryptedField: the test cannot run on an encrypted field.
        """
        if not self._is_encrypted(fld):
            return None
        name = fld.path[-1]
        if name not in HASHED_FIELDS or op not in ("==", "!=", "in"):
            hashed = ", ".join(HASHED_FIELDS)
            msg = (
                f"{fld.name}: the field is stored encrypted; only ==, != and in_ on "
                f"{hashed}, and is_null on any encrypted field, can be tested"
            )
            raise EncryptedField(msg, field=fld.name, value=op)
        _, table = self._owner(fld)
        return table.c[hash_column_name(name)]

    def from_clause(self) -> sa.FromClause:
        """The root table with a LEFT OUTER JOIN for every relation a path crossed."""
        clause: sa.FromClause = self.table
        for target, on in self._joins.values():
            clause = clause.outerjoin(target, on)
        return clause

    def _owner(self, fld: Field) -> tuple[str, sa.FromClause]:
        """The entity and the (aliased) table holding the field at the end of the path."""
        relation = fld.relation
        if relation is None:
            return self.entity, self.table
        if relation.name not in self._joins:
            target_schema = SCHEMA[relation.target]
            alias = ENTITY_TABLES[relation.target].alias(relation.name)
            key = target_schema.key
            assert key is not None  # relations point at keyed entities
            self._joins[relation.name] = (alias, alias.c[key] == self.table.c[relation.via])
        return relation.target, self._joins[relation.name][0]

    def column(self, fld: Field) -> ColumnElement[Any]:
        """The SQL expression of a scalar field (money as whole fen).

        Raises:
            autocrm.query.TypeMismatch: a set field, which only ``contains`` reads.
        """
        _, table = self._owner(fld)
        name = fld.path[-1]
        spec = fld.spec
        if spec.computed:
            return self._computed_money(table, name)
        if self._is_encrypted(fld):
            msg = f"{fld.name}: the field is stored encrypted; it cannot be grouped or measured"
            raise EncryptedField(msg, field=fld.name, value=None)
        if fld.type.is_collection:
            from autocrm.query.errors import TypeMismatch

            msg = f"{fld.name}: a set field has no single value; use contains"
            raise TypeMismatch(msg, field=fld.name, value=None)
        return table.c[name]

    def _computed_money(self, table: sa.FromClause, name: str) -> ColumnElement[Any]:
        # A work order's money by payer is the sum of its lines (self-paid, paid by
        # insurance...): one GROUP BY over the lines, joined once, in fen.
        if "_line_sums" not in self._joins:
            subquery = line_sums()
            self._joins["_line_sums"] = (subquery, subquery.c.work_order_number == table.c.number)
        sums = self._joins["_line_sums"][0]
        return sa.func.coalesce(sums.c[name], 0)

    def _guard(self, fld: Field, test: ColumnElement[bool]) -> ColumnElement[bool]:
        """Make ``test`` false (never NULL) when the field's value is missing."""
        if fld.spec.nullable or fld.relation is not None:
            column = self._lookup(fld, "==")
            return sa.and_((self.column(fld) if column is None else column).is_not(None), test)
        return test

    def _value(self, fld: Field, value: Any) -> Any:
        if fld.type is ValueType.MONEY:
            return _to_fen(value)
        if fld.type is ValueType.ENUM:
            return value.value
        return value

    def where(self, node: Filter) -> ColumnElement[bool]:
        """Return the SQL condition of a filter (relative windows bound to ``as_of``).

        Raises:
            autocrm.query.MissingAsOf: the filter has a window and no ``as_of`` was given.
        """
        if needs_as_of(node):
            node = bind(node, as_of=self.as_of)
        return self._compile(node)

    def _compile(self, node: Filter) -> ColumnElement[bool]:
        if isinstance(node, And):
            return sa.and_(*(self._compile(item) for item in node.items))
        if isinstance(node, Or):
            return sa.or_(*(self._compile(item) for item in node.items))
        if isinstance(node, Not):
            return sa.not_(self._compile(node.item))
        if isinstance(node, Compare):
            return self._compare(node)
        if isinstance(node, In):
            if not node.values:
                return sa.false()
            values = [self._value(node.field, v) for v in node.values]
            hashed = self._lookup(node.field, "in")
            column = self.column(node.field) if hashed is None else hashed
            return self._guard(node.field, column.in_(values))
        if isinstance(node, Between):
            column = self.column(node.field)
            low, high = self._value(node.field, node.low), self._value(node.field, node.high)
            return self._guard(node.field, sa.and_(column >= low, column <= high))
        if isinstance(node, Contains):
            return self._contains(node)
        if isinstance(node, IsNull):
            if self._is_encrypted(node.field):  # an empty value is stored empty
                _, table = self._owner(node.field)
                return table.c[node.field.path[-1]].is_(None)
            return self.column(node.field).is_(None)
        msg = f"cannot compile a {type(node).__name__} node to SQL"
        raise TypeError(msg)

    def _compare(self, node: Compare) -> ColumnElement[bool]:
        hashed = self._lookup(node.field, node.op)
        column = self.column(node.field) if hashed is None else hashed
        value = self._value(node.field, node.value)
        if node.op == "!=":
            # Exactly ``~(f == v)``: a missing value is "not equal".
            return sa.not_(self._guard(node.field, column == value))
        operators = {
            "==": column.__eq__,
            "<": column.__lt__,
            "<=": column.__le__,
            ">": column.__gt__,
            ">=": column.__ge__,
        }
        return self._guard(node.field, operators[node.op](value))

    def _contains(self, node: Contains) -> ColumnElement[bool]:
        fld = node.field
        if fld.type.is_collection:
            entity, table = self._owner(fld)
            child, ref, value_column = SET_TABLES[(entity, fld.path[-1])]
            relation = fld.relation
            own_key = SCHEMA[entity].key
            assert own_key is not None  # set fields belong to keyed entities
            key = table.c[own_key] if relation is None else self.table.c[relation.via]
            value = node.value.value if fld.type is ValueType.ENUM_SET else node.value
            exists = sa.exists().where(child.c[ref] == key, child.c[value_column] == value)
            if relation is not None:
                # The related record must exist too (its child rows go with it).
                return sa.and_(table.c[own_key].is_not(None), exists)
            return exists
        column = self.column(fld)
        return self._guard(fld, _Substring(column, sa.literal(node.value, sa.String)) > 0)


def compile_where(
    entity: str,
    node: Filter,
    *,
    as_of: date | datetime | None = None,
    encrypted: bool = False,
) -> ColumnElement[bool]:
    """Return the SQL condition of ``node`` on the entity's table.

    When a path crosses a relation, the condition is an ``IN`` on the root key over
    a subquery with the join, so that it can be used in a plain
    ``SELECT ... FROM <root table> WHERE ...``. With ``encrypted`` (the archive
    stores customers' personal fields encrypted) ``==``, ``!=`` and ``in_`` on the
    resident ID and the phones compare their look-up hash columns.

    Raises:
        autocrm.query.TypeMismatch: the filter is rooted at another entity.
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.
        autocrm.query.EncryptedField: with ``encrypted``, any other test of an
            encrypted field (an order, a substring...).

    Examples:
        >>> from autocrm.query import F
        >>> where = compile_where("customer", F.customer.tags.contains("vip"))
        >>> print(sa.select(t.customers.c.number).where(where))
        SELECT customers.number
        FROM customers
        WHERE EXISTS (SELECT *
        FROM customer_tags
        WHERE customer_tags.customer_number = customers.number AND customer_tags.tag = :tag_1)
    """
    _check_entity(entity, node)
    compiler = FilterCompiler(entity, as_of=as_of, encrypted=encrypted)
    condition = compiler.where(node)
    if not compiler._joins:
        return condition
    table = compiler.table
    matching = sa.select(table.c.id).select_from(compiler.from_clause()).where(condition)
    return table.c.id.in_(matching)


def _check_entity(entity: str, node: Filter) -> None:
    from autocrm.query.errors import TypeMismatch

    if require_filter(node).entity != entity:
        msg = f"{node.entity}: a filter on {node.entity} cannot select {entity} records"
        raise TypeMismatch(msg, field=node.entity, value=entity)


def _fen_to_money(value: Any) -> Decimal | None:
    if value is None:
        return None
    return Decimal(round(value)) / 100


def run_aggregate(
    connection: sa.Connection,
    entity: str,
    *,
    where: Filter | None = None,
    group_by: Sequence[Any] = (),
    measures: Mapping[str, Any] | None = None,
    as_of: date | datetime | None = None,
    encrypted: bool = False,
) -> AggregateResult:
    """Run an aggregate of [`autocrm.query`][autocrm.query] as one SQL ``SELECT ... GROUP BY``.

    The arguments and the result are those of ``autocrm.query.aggregate``:
    the
    same checks (made by the in-memory function on an empty archive, so the two
    engines refuse the same things), the same
    [`AggregateResult`][autocrm.query.aggregate.AggregateResult].
    Counts are ``COUNT(*)``, distinct counts ``COUNT(DISTINCT ...)``, sums of money
    ``SUM`` in fen; month and year keys are computed by the database in China
    Standard Time.

    Examples:
        >>> from autocrm.adapters.sqlalchemy import SqlArchive
        >>> from autocrm.query import F, count
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> with archive.engine.connect() as connection:
        ...     run_aggregate(connection, "vehicle", group_by=[F.vehicle.insurer],
        ...                   measures={"cars": count()}).to_rows()
        []
    """
    from autocrm.domain.snapshot import Snapshot

    # The in-memory aggregate over an empty archive checks every argument exactly as
    # MemoryArchive does (entity of filter, keys and measures; as_of for windows).
    aggregate(entity, Snapshot(), where=where, group_by=group_by, measures=measures, as_of=as_of)
    chosen: Mapping[str, Any] = {"count": Count()} if measures is None else dict(measures)
    keys: list[GroupKey] = [
        k if isinstance(k, Period) else (k.field if isinstance(k, FieldRef) else k)
        for k in group_by
    ]
    compiler = FilterCompiler(entity, as_of=as_of, encrypted=encrypted)
    condition = None if where is None else compiler.where(where)
    key_columns: list[ColumnElement[Any]] = []
    column: ColumnElement[Any]
    for position, key in enumerate(keys):
        if isinstance(key, Period):
            column = LocalPeriod(
                compiler.column(key.field),
                unit=key.unit,
                instant=key.field.type is ValueType.DATETIME,
            )
        else:
            column = compiler.column(key)
        key_columns.append(column.label(f"k{position}"))
    measure_columns: list[ColumnElement[Any]] = []
    for position, measure in enumerate(chosen.values()):
        if isinstance(measure, Count):
            column = sa.func.count()
        elif isinstance(measure, CountDistinct):
            column = sa.func.count(sa.distinct(compiler.column(measure.field)))
        else:
            column = sa.func.sum(compiler.column(measure.field))
        measure_columns.append(column.label(f"m{position}"))
    query = sa.select(*key_columns, *measure_columns).select_from(compiler.from_clause())
    if condition is not None:
        query = query.where(condition)
    if key_columns:
        query = query.group_by(*key_columns)
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in connection.execute(query):
        raw_key = tuple(row[: len(keys)])
        key_values = tuple(
            _fen_to_money(value)
            if not isinstance(k, Period) and k.type is ValueType.MONEY
            else value
            for k, value in zip(keys, raw_key, strict=True)
        )
        values: dict[str, Any] = {}
        for (name, measure), value in zip(chosen.items(), row[len(keys) :], strict=True):
            values[name] = _fen_to_money(value) if isinstance(measure, SumMoney) else value
        groups[key_values] = values
    return AggregateResult.from_groups(
        entity, group_by=keys, measures=chosen, groups=groups, as_of=as_of
    )
