"""The in-memory engine: run a filter over domain objects.

A filter is compiled once into a Python predicate (closures, no per-record tree
walk), so a scan of a million work orders is one pass. Paths that cross a relation
(``work_order.vehicle.insurer``) fetch the related record through a
[`Lookup`][autocrm.query.evaluate.Lookup]: a
[`autocrm.domain.Snapshot`][autocrm.domain.snapshot.Snapshot] is one.

Examples:
    >>> from autocrm.domain import Snapshot, Vehicle
    >>> from autocrm.query import F
    >>> snap = Snapshot(vehicles=[
    ...     Vehicle("LFV2A21K3D3109826", "C000001", insurer="PICC"),
    ...     Vehicle("1HGCM82633A004352", "C000002", insurer="平安")])
    >>> [v.vin for v in evaluate(F.vehicle.insurer == "PICC", snap)]
    ['LFV2A21K3D3109826']
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from autocrm.domain.checks import check_collection, expect
from autocrm.domain.customer import Customer
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.vehicle import Vehicle
from autocrm.query.errors import MissingLookup, TypeMismatch
from autocrm.query.fields import COMPUTED_MONEY, SCHEMA, entity_schema
from autocrm.query.filters import (
    And,
    Between,
    Compare,
    Contains,
    Filter,
    In,
    IsNull,
    Not,
    Or,
    fields_of,
    require_filter,
)
from autocrm.query.paths import Field
from autocrm.query.windows import bind

__all__ = ["Lookup", "compile_filter", "evaluate", "field_getter", "matches"]

_T = TypeVar("_T")

Predicate = Callable[[Any], bool]
Getter = Callable[[Any], Any]


class Lookup(Protocol):
    """Finds the record a key points to, for paths that cross a relation.

    [`autocrm.domain.Snapshot`][autocrm.domain.snapshot.Snapshot] satisfies it. An archive is not
    one: its ``find``, ``count`` and ``aggregate`` follow such paths themselves (the in-memory
    archive through a private lookup, the SQL archive with a join).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Snapshot, Vehicle, WorkOrder
        >>> from autocrm.query import F
        >>> lookup: Lookup = Snapshot(vehicles=[
        ...     Vehicle("LFV2A21K3D3109826", "C000001", insurer="PICC")])
        >>> wo = WorkOrder("WO1", customer_number="C000001", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 1, 2, 9, tzinfo=CHINA_TZ),
        ...                service_types=["保养"])
        >>> matches(F.work_order.vehicle.insurer == "PICC", wo, lookup=lookup)
        True
        >>> lookup.vehicle("1HGCM82633A004352") is None
        True
    """

    def customer(self, number: str) -> Customer | None:
        """The customer with that number, or None."""

    def vehicle(self, vin: str) -> Vehicle | None:
        """The vehicle with that VIN, or None."""


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _own_getter(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def field_getter(fld: Field, lookup: Lookup | None = None) -> Getter:
    """Return a function reading ``fld`` from a record of its root entity.

    A path across a relation reads None when the key is None or the related record
    is missing.

    Raises:
        autocrm.query.MissingLookup: the path crosses a relation and ``lookup`` is None.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder, WorkOrderLine
        >>> from autocrm.query import F
        >>> wo = WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 1, 2, 9, tzinfo=CHINA_TZ),
        ...                service_types=["保养"],
        ...                lines=[WorkOrderLine("钣喷", "1200", payer="insurance")])
        >>> field_getter(F.work_order.insurance_paid.field)(wo)
        Decimal('1200.00')
    """
    relation = expect(fld, Field, field="fld").relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, value=None)
    find: Callable[[str], Any] = (
        lookup.customer if relation.target == "customer" else (lookup.vehicle)
    )
    via = operator.attrgetter(relation.via)
    inner = _own_getter(relation.target, fld.path[1])

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def _compile(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: not inner(obj)
    get = field_getter(node.field, lookup)
    if isinstance(node, Compare):
        value = node.value
        if node.op == "==":
            return lambda obj: (v := get(obj)) is not None and v == value
        if node.op == "!=":
            return lambda obj: (v := get(obj)) is None or v != value
        compare = _ORDER[node.op]
        return lambda obj: (v := get(obj)) is not None and compare(v, value)
    if isinstance(node, In):
        members = frozenset(node.values)
        return lambda obj: (v := get(obj)) is not None and v in members
    if isinstance(node, Between):
        low, high = node.low, node.high
        return lambda obj: (v := get(obj)) is not None and low <= v <= high
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def compile_filter(
    node: Filter,
    *,
    as_of: date | datetime | None = None,
    lookup: Lookup | None = None,
) -> Predicate:
    """Return a predicate ``record -> bool`` for the filter.

    Args:
        node: The filter.
        as_of: The reference date for relative windows (required if there is one).
        lookup: Finds related records for paths across a relation.

    Raises:
        autocrm.query.MissingAsOf: the filter has a relative window and no ``as_of``.
        autocrm.query.MissingLookup: a path crosses a relation and no ``lookup``.

    Examples:
        >>> from autocrm.domain import Vehicle
        >>> from autocrm.query import F
        >>> is_picc = compile_filter(F.vehicle.insurer == "PICC")
        >>> is_picc(Vehicle("LFV2A21K3D3109826", "C1", insurer="PICC"))
        True
    """
    bound = bind(node, as_of=as_of)
    if lookup is None:
        for fld in fields_of(bound):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def _records(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, SCHEMA[entity].collection)
        return records, lookup if lookup is not None else source
    return check_collection(source, "source"), lookup


def _checked(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=entity, value=record)
        yield record


def evaluate(
    node: Filter,
    source: Iterable[_T] | Snapshot,
    *,
    as_of: date | datetime | None = None,
    lookup: Lookup | None = None,
) -> list[_T]:
    """Return the records of ``source`` the filter selects, in their order.

    Args:
        node: The filter; its root entity decides which records are read.
        source: Records of the filter's entity, or a Snapshot (its records of that
            entity are read, and it serves as the lookup for related records).
        as_of: The reference date for relative windows (``within_last``); required
            when the filter has one.
        lookup: Finds related records (defaults to ``source`` if it is a Snapshot).

    Returns:
        The matching records, in the order of ``source``.

    Raises:
        autocrm.query.MissingAsOf: the filter has a relative window and no ``as_of``.
        autocrm.query.MissingLookup: a path crosses a relation and there is no lookup.
        autocrm.query.TypeMismatch: a record is not of the filter's entity.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Vehicle
        >>> from autocrm.query import F, within_last
        >>> cars = [Vehicle("LFV2A21K3D3109826", "C1", purchased_on=date(2025, 9, 1)),
        ...         Vehicle("1HGCM82633A004352", "C2", purchased_on=date(2024, 1, 5))]
        >>> [v.customer_number for v in evaluate(
        ...     within_last(F.vehicle.purchased_on, months=8), cars, as_of=date(2026, 3, 1))]
        ['C1']
    """
    node = require_filter(node, field="node")
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def matches(
    node: Filter,
    record: object,
    *,
    as_of: date | datetime | None = None,
    lookup: Lookup | None = None,
) -> bool:
    """Return True if one record satisfies the filter.

    Examples:
        >>> from autocrm.domain import Vehicle
        >>> from autocrm.query import F
        >>> matches(F.vehicle.insurer.is_null(), Vehicle("LFV2A21K3D3109826", "C1"))
        True
    """
    return bool(evaluate(require_filter(node, field="node"), [record], as_of=as_of, lookup=lookup))
