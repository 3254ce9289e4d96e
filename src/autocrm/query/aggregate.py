"""Grouping and aggregates: count, count distinct and sums of money, by field or by month.

Measures and group keys are frozen nodes like the filter nodes, so the SQL adapter
can push the same aggregate down into the database:

| node | meaning |
|---|---|
| ``Count()`` | number of records |
| ``CountDistinct(field)`` | number of distinct non-missing values |
| ``SumMoney(field)`` | sum of a money field, to the fen (0.00 if none) |
| ``Period(field, unit)`` | group key: the China-time month (``"2025-10"``) or year (``"2025"``) |
| a [`Field`][autocrm.query.paths.Field] | group key: the field's value (None is a group) |

An [`AggregateResult`][autocrm.query.aggregate.AggregateResult] has one
[`AggregateRow`][autocrm.query.aggregate.AggregateRow] per group, sorted by key (None last); without
grouping it has exactly one row, even when nothing matched.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ, WorkOrder, WorkOrderLine
    >>> from autocrm.query import F
    >>> def visit(number, day, amount, payer="self"):
    ...     return WorkOrder(number, customer_number="C1", vin="LFV2A21K3D3109826",
    ...                      opened_at=datetime(2025, 10, day, 9, tzinfo=CHINA_TZ),
    ...                      service_types=["保养"],
    ...                      lines=[WorkOrderLine("保养", amount, payer=payer)])
    >>> result = aggregate("work_order", [visit("WO1", 9, "420"), visit("WO2", 20, "1200",
    ...                    "insurance")], measures={"visits": count(),
    ...                    "self_paid": sum_money(F.work_order.self_paid),
    ...                    "insurance_paid": sum_money(F.work_order.insurance_paid)})
    >>> result.to_rows()
    [{'visits': 2, 'self_paid': Decimal('420.00'), 'insurance_paid': Decimal('1200.00')}]
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Literal, TypeAlias, TypeVar, cast

import attrs

from autocrm.domain.checks import check_collection, expect
from autocrm.domain.money import ZERO, to_money
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date
from autocrm.errors import shown
from autocrm.query.builder import FieldRef
from autocrm.query.errors import QueryError, TypeMismatch
from autocrm.query.evaluate import Lookup, _checked, _records, compile_filter, field_getter
from autocrm.query.fields import ValueType, entity_schema
from autocrm.query.filters import Filter, fields_of
from autocrm.query.paths import Field, _field_of
from autocrm.query.values import _as_tuple

__all__ = [
    "AggregateResult",
    "AggregateRow",
    "Count",
    "CountDistinct",
    "GroupKey",
    "Measure",
    "Period",
    "SumMoney",
    "aggregate",
    "count",
    "count_distinct",
    "group_name",
    "month",
    "sum_money",
    "year",
]

_T = TypeVar("_T")


@attrs.frozen
class Count:
    """The number of records (in the group).

    Examples:
        >>> count()
        Count()
    """

    @property
    def entity(self) -> str | None:
        """None: a count fits any entity."""
        return None


@attrs.frozen
class CountDistinct:
    """The number of distinct non-missing values of a field (SQL ``COUNT(DISTINCT f)``).

    Examples:
        >>> from autocrm.query import F
        >>> count_distinct(F.work_order.vin).field.name
        'work_order.vin'
    """

    field: Field = attrs.field(converter=_field_of)

    def __attrs_post_init__(self) -> None:
        if self.field.type.is_collection:
            msg = f"{self.field.name}: count_distinct does not apply to a set field"
            raise TypeMismatch(msg, field=self.field.name, value=None)

    @property
    def entity(self) -> str:
        """The field's root entity."""
        return self.field.entity


@attrs.frozen
class SumMoney:
    """The sum of a money field, to the fen; 0.00 for an empty group.

    Examples:
        >>> from autocrm.query import F
        >>> sum_money(F.work_order.mileage_km)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: work_order.mileage_km: sum_money needs a money field, ...
    """

    field: Field = attrs.field(converter=_field_of)

    def __attrs_post_init__(self) -> None:
        if self.field.type is not ValueType.MONEY:
            msg = (
                f"{self.field.name}: sum_money needs a money field, not {self.field.type.described}"
            )
            raise TypeMismatch(msg, field=self.field.name, value=None)

    @property
    def entity(self) -> str:
        """The field's root entity."""
        return self.field.entity


#: Any measure node.
Measure: TypeAlias = Count | CountDistinct | SumMoney


@attrs.frozen
class Period:
    """Group key: the local month (``"2025-10"``) or year (``"2025"``) of a date field.

    Datetimes are taken in China Standard Time, like every local date in autocrm.

    Examples:
        >>> from autocrm.query import F
        >>> month(F.work_order.opened_at).unit
        'month'
    """

    field: Field = attrs.field(converter=_field_of)
    unit: Literal["month", "year"] = "month"

    def __attrs_post_init__(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"{self.field.name}: a period needs a date or datetime field"
            raise TypeMismatch(msg, field=self.field.name, value=self.unit)
        if self.unit not in ("month", "year"):
            msg = f"{self.field.name}: unit must be 'month' or 'year', got {shown(self.unit)}"
            raise TypeMismatch(msg, field=self.field.name, value=self.unit)

    @property
    def entity(self) -> str:
        """The field's root entity."""
        return self.field.entity

    def key_of(self, value: date | None) -> str | None:
        """Return the period key of a date or aware datetime (None stays None).

        Examples:
            >>> from autocrm.query import F
            >>> month(F.vehicle.purchased_on).key_of(date(2025, 3, 9))
            '2025-03'
        """
        if value is None:
            return None
        day = as_date(value)
        return f"{day.year:04d}" if self.unit == "year" else f"{day.year:04d}-{day.month:02d}"


#: A group key: a field or a period of a date field.
GroupKey: TypeAlias = Field | Period


def count() -> Count:
    """Count records.

    Examples:
        >>> isinstance(count(), Count)
        True
    """
    return Count()


def count_distinct(target: FieldRef | Field) -> CountDistinct:
    """Count distinct non-missing values of a field (distinct vehicles: ``work_order.vin``).

    Examples:
        >>> from autocrm.query import F
        >>> count_distinct(F.work_order.customer_number).field.path
        ('customer_number',)
    """
    return CountDistinct(_field_of(target))


def sum_money(target: FieldRef | Field) -> SumMoney:
    """Sum a money field (``work_order.total``, ``self_paid``, ``insurance_paid``...).

    Examples:
        >>> from autocrm.query import F
        >>> sum_money(F.work_order.self_paid).field.name
        'work_order.self_paid'
    """
    return SumMoney(_field_of(target))


def month(target: FieldRef | Field) -> Period:
    """Group by the local month of a date or datetime field.

    Examples:
        >>> from autocrm.query import F
        >>> group_name(month(F.work_order.opened_at))
        'opened_at.month'
    """
    return Period(_field_of(target), "month")


def year(target: FieldRef | Field) -> Period:
    """Group by the local year of a date or datetime field.

    Examples:
        >>> from autocrm.query import F
        >>> year(F.vehicle.purchased_on).key_of(date(2024, 12, 31))
        '2024'
    """
    return Period(_field_of(target), "year")


def group_name(key: GroupKey) -> str:
    """The column name of a group key: the path without its entity, plus the period unit.

    Examples:
        >>> from autocrm.query import F
        >>> group_name(F.work_order.vehicle.insurer.field)
        'vehicle.insurer'
    """
    if isinstance(key, Period):
        return ".".join((*key.field.path, key.unit))
    return ".".join(expect(key, Field, field="key").path)


def _read_only(values: Mapping[str, int | Decimal]) -> Mapping[str, int | Decimal]:
    return MappingProxyType(dict(values))


@attrs.frozen
class AggregateRow:
    """One group: its key (one value per group key) and its measures by name.

    Examples:
        >>> AggregateRow(("PICC",), {"visits": 3}).values["visits"]
        3
    """

    key: tuple[Any, ...] = attrs.field(converter=_as_tuple)
    values: Mapping[str, int | Decimal] = attrs.field(converter=_read_only, hash=False)


def _sort_key(key: tuple[Any, ...]) -> tuple[tuple[bool, Any], ...]:
    return tuple(
        (part is None, "" if part is None else part.value if isinstance(part, enum.Enum) else part)
        for part in key
    )


def _normalise_key(key: GroupKey, value: Any) -> Any:
    """Bring a key value read from a store (SQL text, 0/1) to the in-memory type."""
    if value is None or isinstance(key, Period):
        return value
    kind = key.type
    if kind is ValueType.ENUM and key.enum is not None and not isinstance(value, key.enum):
        return key.enum(value)
    if kind is ValueType.BOOLEAN:
        return bool(value)
    if kind is ValueType.DATE and isinstance(value, str):
        return date.fromisoformat(value)
    if kind is ValueType.MONEY:
        return to_money(value)
    return value


def _normalise_measure(measure: Measure, value: Any) -> int | Decimal:
    if isinstance(measure, SumMoney):
        return ZERO if value is None else to_money(value)
    return 0 if value is None else int(value)


@attrs.frozen
class AggregateResult:
    """The answer of `aggregate` (or of an archive's ``aggregate``).

    Attributes:
        entity: The entity aggregated.
        group_by: Column names of the group keys (see `group_name`).
        measures: Names of the measures, in the order given.
        rows: One row per group, sorted by key (None last).
        as_of: The reference date used for relative windows, if any.
        zeros: Each measure's value for a group with no records (0 or 0.00).

    Examples:
        >>> r = AggregateResult.from_groups("vehicle", group_by=(), measures={"n": count()},
        ...                                 groups={})
        >>> r.to_rows(), r.values_for()["n"]
        ([{'n': 0}], 0)
    """

    entity: str
    group_by: tuple[str, ...]
    measures: tuple[str, ...]
    rows: tuple[AggregateRow, ...]
    as_of: date | datetime | None = None
    zeros: Mapping[str, int | Decimal] = attrs.field(
        factory=dict, converter=_read_only, hash=False, repr=False
    )

    @classmethod
    def from_groups(
        cls,
        entity: str,
        *,
        group_by: Sequence[GroupKey],
        measures: Mapping[str, Measure],
        groups: Mapping[tuple[Any, ...], Mapping[str, Any]],
        as_of: date | datetime | None = None,
    ) -> AggregateResult:
        """Build a result from raw groups, the same way for every engine.

        Key values are normalised (enum codes to members, 0/1 to bools, ISO text to
        dates), measures too (a missing sum is 0.00, a count an int), rows are sorted
        by key (None last), and an ungrouped aggregate always has its one row.

        Examples:
            >>> from autocrm.query import F
            >>> r = AggregateResult.from_groups(
            ...     "complaint", group_by=[F.complaint.level.field], measures={"n": count()},
            ...     groups={("III",): {"n": 1}, ("I",): {"n": 4}})
            >>> [(row.key[0].label, row.values["n"]) for row in r.rows]
            [('一级', 4), ('三级', 1)]
        """
        rows = []
        items = dict(groups)
        if not group_by and not items:
            items = {(): {}}
        for raw_key, raw_values in items.items():
            key = tuple(_normalise_key(k, v) for k, v in zip(group_by, raw_key, strict=True))
            values = {
                name: _normalise_measure(measure, raw_values.get(name))
                for name, measure in measures.items()
            }
            rows.append(AggregateRow(key, values))
        rows.sort(key=lambda row: _sort_key(row.key))
        return cls(
            entity=entity,
            group_by=tuple(group_name(k) for k in group_by),
            measures=tuple(measures),
            rows=tuple(rows),
            as_of=as_of,
            zeros={name: _normalise_measure(m, None) for name, m in measures.items()},
        )

    def to_rows(self) -> list[dict[str, Any]]:
        """Return plain dicts, group columns first, then measures (for tables, pandas).

        Examples:
            >>> AggregateResult("vehicle", ("insurer",), ("n",),
            ...                 (AggregateRow(("PICC",), {"n": 2}),)).to_rows()
            [{'insurer': 'PICC', 'n': 2}]
        """
        return [
            {**dict(zip(self.group_by, row.key, strict=True)), **dict(row.values)}
            for row in self.rows
        ]

    def values_for(self, *key: Any) -> Mapping[str, int | Decimal]:
        """Return the measures of the group with that key (no key: the ungrouped row).

        A group that does not appear (nothing matched) gives zeros.

        Examples:
            >>> r = AggregateResult("vehicle", ("insurer",), ("n",),
            ...                     (AggregateRow(("PICC",), {"n": 2}),))
            >>> r.values_for("PICC")["n"], r.values_for("平安")["n"]
            (2, 0)
        """
        if len(key) != len(self.group_by):
            msg = f"key: expected {len(self.group_by)} values ({self.group_by}), got {shown(key)}"
            raise QueryError(msg, field="key", value=key)
        for row in self.rows:
            if row.key == key:
                return row.values
        return MappingProxyType({name: self.zeros.get(name, 0) for name in self.measures})


def _check_entity(entity: str, name: str, other: str | None) -> None:
    if other is not None and other != entity:
        msg = f"{name}: belongs to {other}, but the aggregate is over {entity}"
        raise TypeMismatch(msg, field=name, value=other)


def _group_getter(key: GroupKey, lookup: Lookup | None) -> Any:
    if isinstance(key, Period):
        get = field_getter(key.field, lookup)
        return lambda obj: key.key_of(get(obj))
    return field_getter(key, lookup)


def _as_group_key(value: GroupKey | FieldRef) -> GroupKey:
    if isinstance(value, Period):
        return value
    fld = _field_of(value)
    if fld.type.is_collection:
        msg = f"{fld.name}: cannot group by a set field"
        raise TypeMismatch(msg, field=fld.name, value=None)
    return fld


def aggregate(
    entity: str | type,
    source: Iterable[_T] | Snapshot,
    *,
    where: Filter | None = None,
    group_by: Sequence[GroupKey | FieldRef] = (),
    measures: Mapping[str, Measure] | None = None,
    as_of: date | datetime | None = None,
    lookup: Lookup | None = None,
) -> AggregateResult:
    """Aggregate the records of one entity, optionally filtered and grouped.

    Args:
        entity: The entity name (``"work_order"``) or domain class.
        source: Its records, or a Snapshot (which also serves as the lookup).
        where: A filter on the same entity, or None for all records.
        group_by: Fields (``F.work_order.vehicle.insurer``) or periods
            (``month(F.work_order.opened_at)``).
        measures: Name -> measure; defaults to ``{"count": count()}``.
        as_of: The reference date for relative windows in ``where``.
        lookup: Finds related records for paths across a relation.

    Returns:
        An [`AggregateResult`][autocrm.query.aggregate.AggregateResult]; rows sorted by key.

    Raises:
        autocrm.query.TypeMismatch: a filter, key or measure of another entity.
        autocrm.query.MissingAsOf: ``where`` has a relative window and no ``as_of``.

    Examples:
        >>> from autocrm.domain import Vehicle
        >>> from autocrm.query import F
        >>> cars = [Vehicle("LFV2A21K3D3109826", "C1", insurer="PICC"),
        ...         Vehicle("1HGCM82633A004352", "C2", insurer="PICC"),
        ...         Vehicle("WVWZZZ1JZ3W386752", "C2", vin_check_digit=False)]
        >>> aggregate("vehicle", cars, group_by=[F.vehicle.insurer],
        ...           measures={"cars": count(),
        ...                     "owners": count_distinct(F.vehicle.customer_number)}).to_rows()
        [{'insurer': 'PICC', 'cars': 2, 'owners': 2}, {'insurer': None, 'cars': 1, 'owners': 1}]
    """
    name = entity_schema(entity).name
    keys = [_as_group_key(k) for k in check_collection(group_by, "group_by")]
    if measures is not None and not isinstance(measures, Mapping):
        msg = f"measures: expected a mapping of names to measures, got {shown(measures)}"  # type: ignore[unreachable]
        raise QueryError(msg, field="measures", value=measures)
    chosen: Mapping[str, Measure] = {"count": Count()} if measures is None else dict(measures)
    if not chosen:
        msg = "measures: give at least one measure, e.g. {'count': count()}"
        raise QueryError(msg, field="measures", value=measures)
    if where is not None:
        _check_entity(name, fields_of(where)[0].name, where.entity)
    for key in keys:
        _check_entity(name, key.field.name if isinstance(key, Period) else key.name, key.entity)
    columns = [group_name(k) for k in keys]
    for measure_name, measure in chosen.items():
        if not isinstance(cast(object, measure), (Count, CountDistinct, SumMoney)):
            msg = f"{measure_name}: not a measure ({type(measure).__name__}); use count() ..."
            raise TypeMismatch(msg, field=measure_name, value=measure)
        if measure_name in columns:
            msg = f"{measure_name}: a measure cannot share a group column's name"
            raise QueryError(msg, field=measure_name, value=measure)
        _check_entity(name, measure_name, measure.entity)

    records, found = _records(name, source, lookup)
    predicate = None if where is None else compile_filter(where, as_of=as_of, lookup=found)
    key_getters = [_group_getter(k, found) for k in keys]
    value_getters = {
        n: field_getter(m.field, found) for n, m in chosen.items() if not isinstance(m, Count)
    }

    counts: dict[tuple[Any, ...], int] = {}
    sums: dict[tuple[Any, ...], dict[str, Decimal]] = {}
    distinct: dict[tuple[Any, ...], dict[str, set[Any]]] = {}
    for record in _checked(name, records):
        if predicate is not None and not predicate(record):
            continue
        group = tuple(get(record) for get in key_getters)
        counts[group] = counts.get(group, 0) + 1
        for measure_name, get in value_getters.items():
            value = get(record)
            if value is None:
                continue
            if isinstance(chosen[measure_name], SumMoney):
                bucket = sums.setdefault(group, {})
                bucket[measure_name] = bucket.get(measure_name, ZERO) + value
            else:
                distinct.setdefault(group, {}).setdefault(measure_name, set()).add(value)

    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for group, n in counts.items():
        values: dict[str, Any] = {}
        for measure_name, measure in chosen.items():
            if isinstance(measure, Count):
                values[measure_name] = n
            elif isinstance(measure, SumMoney):
                values[measure_name] = sums.get(group, {}).get(measure_name, ZERO)
            else:
                values[measure_name] = len(distinct.get(group, {}).get(measure_name, ()))
        groups[group] = values
    return AggregateResult.from_groups(
        name, group_by=keys, measures=chosen, groups=groups, as_of=as_of
    )
