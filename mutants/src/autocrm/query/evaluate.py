"""The in-memory engine: run a filter over domain objects.

A filter is compiled once into a Python predicate (closures, no per-record tree
walk), so a scan of a million work orders is one pass. Paths that cross a relation
(``work_order.vehicle.insurer``) fetch the related record through a :class:`Lookup`:
a :class:`autocrm.domain.Snapshot` is one.

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

from autocrm.domain.customer import Customer
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.vehicle import Vehicle
from autocrm.query.errors import MissingLookup, TypeMismatch
from autocrm.query.expr import (
    And,
    Between,
    Compare,
    Contains,
    Field,
    Filter,
    In,
    IsNull,
    Not,
    Or,
    bind,
    fields_of,
)
from autocrm.query.fields import COMPUTED_MONEY, SCHEMA, entity_schema

__all__ = ["Lookup", "compile_filter", "evaluate", "field_getter", "matches"]

_T = TypeVar("_T")

Predicate = Callable[[Any], bool]
Getter = Callable[[Any], Any]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Lookup(Protocol):
    """Finds the record a key points to, for paths that cross a relation.

    :class:`autocrm.domain.Snapshot` satisfies it. An archive is not one: its ``find``,
    ``count`` and ``aggregate`` follow such paths themselves (the in-memory archive
    through a private lookup, the SQL archive with a join).

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
mutants_x__own_getter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__own_getter__mutmut)
def _own_getter(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_orig(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_1(entity: str, name: str) -> Getter:
    if entity == "work_order" or name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_2(entity: str, name: str) -> Getter:
    if entity != "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_3(entity: str, name: str) -> Getter:
    if entity == "XXwork_orderXX" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_4(entity: str, name: str) -> Getter:
    if entity == "WORK_ORDER" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_5(entity: str, name: str) -> Getter:
    if entity == "work_order" and name not in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_6(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = None
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_7(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is not None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_8(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter(None)
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_9(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("XXtotalXX")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_10(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("TOTAL")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(name)


def x__own_getter__mutmut_11(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: None
    return operator.attrgetter(name)


def x__own_getter__mutmut_12(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(None)
    return operator.attrgetter(name)


def x__own_getter__mutmut_13(entity: str, name: str) -> Getter:
    if entity == "work_order" and name in COMPUTED_MONEY:
        payer = COMPUTED_MONEY[name]
        if payer is None:
            return operator.attrgetter("total")
        return lambda obj: obj.paid_by(payer)
    return operator.attrgetter(None)

mutants_x__own_getter__mutmut['_mutmut_orig'] = x__own_getter__mutmut_orig # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_1'] = x__own_getter__mutmut_1 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_2'] = x__own_getter__mutmut_2 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_3'] = x__own_getter__mutmut_3 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_4'] = x__own_getter__mutmut_4 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_5'] = x__own_getter__mutmut_5 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_6'] = x__own_getter__mutmut_6 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_7'] = x__own_getter__mutmut_7 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_8'] = x__own_getter__mutmut_8 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_9'] = x__own_getter__mutmut_9 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_10'] = x__own_getter__mutmut_10 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_11'] = x__own_getter__mutmut_11 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_12'] = x__own_getter__mutmut_12 # type: ignore # mutmut generated
mutants_x__own_getter__mutmut['x__own_getter__mutmut_13'] = x__own_getter__mutmut_13 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_field_getter__mutmut)
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
    relation = fld.relation
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


def x_field_getter__mutmut_orig(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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


def x_field_getter__mutmut_1(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = None
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


def x_field_getter__mutmut_2(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is not None:
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


def x_field_getter__mutmut_3(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(None, fld.path[0])
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


def x_field_getter__mutmut_4(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, None)
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


def x_field_getter__mutmut_5(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.path[0])
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


def x_field_getter__mutmut_6(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, )
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


def x_field_getter__mutmut_7(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[1])
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


def x_field_getter__mutmut_8(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is not None:
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


def x_field_getter__mutmut_9(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = None
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


def x_field_getter__mutmut_10(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "XXevaluate over a Snapshot, or query the archive (find / count / aggregate)XX"
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


def x_field_getter__mutmut_11(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a snapshot, or query the archive (find / count / aggregate)"
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


def x_field_getter__mutmut_12(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "EVALUATE OVER A SNAPSHOT, OR QUERY THE ARCHIVE (FIND / COUNT / AGGREGATE)"
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


def x_field_getter__mutmut_13(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(None, field=fld.name, value=None)
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


def x_field_getter__mutmut_14(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=None, value=None)
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


def x_field_getter__mutmut_15(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(field=fld.name, value=None)
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


def x_field_getter__mutmut_16(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, value=None)
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


def x_field_getter__mutmut_17(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, )
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


def x_field_getter__mutmut_18(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, value=None)
    find: Callable[[str], Any] = None
    via = operator.attrgetter(relation.via)
    inner = _own_getter(relation.target, fld.path[1])

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_19(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, value=None)
    find: Callable[[str], Any] = (
        lookup.customer if (relation.target == "customer") and False else (lookup.vehicle)
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


def x_field_getter__mutmut_20(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, value=None)
    find: Callable[[str], Any] = (
        lookup.customer if (relation.target == "customer") or True else (lookup.vehicle)
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


def x_field_getter__mutmut_21(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, value=None)
    find: Callable[[str], Any] = (
        lookup.customer if relation.target != "customer" else (lookup.vehicle)
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


def x_field_getter__mutmut_22(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, value=None)
    find: Callable[[str], Any] = (
        lookup.customer if relation.target == "XXcustomerXX" else (lookup.vehicle)
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


def x_field_getter__mutmut_23(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
    if relation is None:
        return _own_getter(fld.entity, fld.path[0])
    if lookup is None:
        msg = (
            f"{fld.name}: crosses to the {relation.target}; pass lookup= (a Snapshot), "
            "evaluate over a Snapshot, or query the archive (find / count / aggregate)"
        )
        raise MissingLookup(msg, field=fld.name, value=None)
    find: Callable[[str], Any] = (
        lookup.customer if relation.target == "CUSTOMER" else (lookup.vehicle)
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


def x_field_getter__mutmut_24(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    via = None
    inner = _own_getter(relation.target, fld.path[1])

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_25(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    via = operator.attrgetter(None)
    inner = _own_getter(relation.target, fld.path[1])

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_26(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    inner = None

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_27(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    inner = _own_getter(None, fld.path[1])

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_28(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    inner = _own_getter(relation.target, None)

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_29(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    inner = _own_getter(fld.path[1])

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_30(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    inner = _own_getter(relation.target, )

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_31(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
    inner = _own_getter(relation.target, fld.path[2])

    def get(obj: Any) -> Any:
        key = via(obj)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_32(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        key = None
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_33(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        key = via(None)
        if key is None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_34(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        if key is not None:
            return None
        target = find(key)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_35(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        target = None
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_36(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        target = find(None)
        return None if target is None else inner(target)

    return get


def x_field_getter__mutmut_37(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        return None if (target is None) and False else inner(target)

    return get


def x_field_getter__mutmut_38(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        return None if (target is None) or True else inner(target)

    return get


def x_field_getter__mutmut_39(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        return None if target is not None else inner(target)

    return get


def x_field_getter__mutmut_40(fld: Field, lookup: Lookup | None = None) -> Getter:
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
    relation = fld.relation
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
        return None if target is None else inner(None)

    return get

mutants_x_field_getter__mutmut['_mutmut_orig'] = x_field_getter__mutmut_orig # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_1'] = x_field_getter__mutmut_1 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_2'] = x_field_getter__mutmut_2 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_3'] = x_field_getter__mutmut_3 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_4'] = x_field_getter__mutmut_4 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_5'] = x_field_getter__mutmut_5 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_6'] = x_field_getter__mutmut_6 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_7'] = x_field_getter__mutmut_7 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_8'] = x_field_getter__mutmut_8 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_9'] = x_field_getter__mutmut_9 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_10'] = x_field_getter__mutmut_10 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_11'] = x_field_getter__mutmut_11 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_12'] = x_field_getter__mutmut_12 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_13'] = x_field_getter__mutmut_13 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_14'] = x_field_getter__mutmut_14 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_15'] = x_field_getter__mutmut_15 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_16'] = x_field_getter__mutmut_16 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_17'] = x_field_getter__mutmut_17 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_18'] = x_field_getter__mutmut_18 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_19'] = x_field_getter__mutmut_19 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_20'] = x_field_getter__mutmut_20 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_21'] = x_field_getter__mutmut_21 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_22'] = x_field_getter__mutmut_22 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_23'] = x_field_getter__mutmut_23 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_24'] = x_field_getter__mutmut_24 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_25'] = x_field_getter__mutmut_25 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_26'] = x_field_getter__mutmut_26 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_27'] = x_field_getter__mutmut_27 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_28'] = x_field_getter__mutmut_28 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_29'] = x_field_getter__mutmut_29 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_30'] = x_field_getter__mutmut_30 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_31'] = x_field_getter__mutmut_31 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_32'] = x_field_getter__mutmut_32 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_33'] = x_field_getter__mutmut_33 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_34'] = x_field_getter__mutmut_34 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_35'] = x_field_getter__mutmut_35 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_36'] = x_field_getter__mutmut_36 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_37'] = x_field_getter__mutmut_37 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_38'] = x_field_getter__mutmut_38 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_39'] = x_field_getter__mutmut_39 # type: ignore # mutmut generated
mutants_x_field_getter__mutmut['x_field_getter__mutmut_40'] = x_field_getter__mutmut_40 # type: ignore # mutmut generated
mutants_x__compile__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__compile__mutmut)
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


def x__compile__mutmut_orig(node: Filter, lookup: Lookup | None) -> Predicate:
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


def x__compile__mutmut_1(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = None
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


def x__compile__mutmut_2(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(None, lookup) for item in node.items]
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


def x__compile__mutmut_3(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, None) for item in node.items]
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


def x__compile__mutmut_4(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(lookup) for item in node.items]
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


def x__compile__mutmut_5(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, ) for item in node.items]
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


def x__compile__mutmut_6(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: None
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


def x__compile__mutmut_7(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(None)
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


def x__compile__mutmut_8(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(None) for part in parts)
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


def x__compile__mutmut_9(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = None
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


def x__compile__mutmut_10(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(None, lookup) for item in node.items]
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


def x__compile__mutmut_11(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, None) for item in node.items]
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


def x__compile__mutmut_12(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(lookup) for item in node.items]
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


def x__compile__mutmut_13(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, ) for item in node.items]
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


def x__compile__mutmut_14(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: None
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


def x__compile__mutmut_15(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(None)
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


def x__compile__mutmut_16(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(None) for part in parts)
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


def x__compile__mutmut_17(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = None
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


def x__compile__mutmut_18(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(None, lookup)
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


def x__compile__mutmut_19(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, None)
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


def x__compile__mutmut_20(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(lookup)
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


def x__compile__mutmut_21(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, )
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


def x__compile__mutmut_22(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: None
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


def x__compile__mutmut_23(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: inner(obj)
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


def x__compile__mutmut_24(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: not inner(None)
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


def x__compile__mutmut_25(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: not inner(obj)
    get = None
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


def x__compile__mutmut_26(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: not inner(obj)
    get = field_getter(None, lookup)
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


def x__compile__mutmut_27(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: not inner(obj)
    get = field_getter(node.field, None)
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


def x__compile__mutmut_28(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: not inner(obj)
    get = field_getter(lookup)
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


def x__compile__mutmut_29(node: Filter, lookup: Lookup | None) -> Predicate:
    if isinstance(node, And):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: all(part(obj) for part in parts)
    if isinstance(node, Or):
        parts = [_compile(item, lookup) for item in node.items]
        return lambda obj: any(part(obj) for part in parts)
    if isinstance(node, Not):
        inner = _compile(node.item, lookup)
        return lambda obj: not inner(obj)
    get = field_getter(node.field, )
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


def x__compile__mutmut_30(node: Filter, lookup: Lookup | None) -> Predicate:
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
        value = None
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


def x__compile__mutmut_31(node: Filter, lookup: Lookup | None) -> Predicate:
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
        if node.op != "==":
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


def x__compile__mutmut_32(node: Filter, lookup: Lookup | None) -> Predicate:
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
        if node.op == "XX==XX":
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


def x__compile__mutmut_33(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: None
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


def x__compile__mutmut_34(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(obj)) is not None or v == value
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


def x__compile__mutmut_35(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(None)) is not None and v == value
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


def x__compile__mutmut_36(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(obj)) is None and v == value
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


def x__compile__mutmut_37(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(obj)) is not None and v != value
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


def x__compile__mutmut_38(node: Filter, lookup: Lookup | None) -> Predicate:
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
        if node.op != "!=":
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


def x__compile__mutmut_39(node: Filter, lookup: Lookup | None) -> Predicate:
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
        if node.op == "XX!=XX":
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


def x__compile__mutmut_40(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: None
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


def x__compile__mutmut_41(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(obj)) is None and v != value
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


def x__compile__mutmut_42(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(None)) is None or v != value
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


def x__compile__mutmut_43(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(obj)) is not None or v != value
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


def x__compile__mutmut_44(node: Filter, lookup: Lookup | None) -> Predicate:
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
            return lambda obj: (v := get(obj)) is None or v == value
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


def x__compile__mutmut_45(node: Filter, lookup: Lookup | None) -> Predicate:
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
        compare = None
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


def x__compile__mutmut_46(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: None
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


def x__compile__mutmut_47(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None or compare(v, value)
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


def x__compile__mutmut_48(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(None)) is not None and compare(v, value)
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


def x__compile__mutmut_49(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is None and compare(v, value)
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


def x__compile__mutmut_50(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and compare(None, value)
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


def x__compile__mutmut_51(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and compare(v, None)
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


def x__compile__mutmut_52(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and compare(value)
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


def x__compile__mutmut_53(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and compare(v, )
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


def x__compile__mutmut_54(node: Filter, lookup: Lookup | None) -> Predicate:
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
        members = None
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


def x__compile__mutmut_55(node: Filter, lookup: Lookup | None) -> Predicate:
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
        members = frozenset(None)
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


def x__compile__mutmut_56(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: None
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


def x__compile__mutmut_57(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None or v in members
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


def x__compile__mutmut_58(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(None)) is not None and v in members
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


def x__compile__mutmut_59(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is None and v in members
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


def x__compile__mutmut_60(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and v not in members
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


def x__compile__mutmut_61(node: Filter, lookup: Lookup | None) -> Predicate:
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
        low, high = None
        return lambda obj: (v := get(obj)) is not None and low <= v <= high
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_62(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: None
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_63(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None or low <= v <= high
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_64(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(None)) is not None and low <= v <= high
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_65(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is None and low <= v <= high
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_66(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and low < v <= high
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_67(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and low <= v < high
    if isinstance(node, Contains):
        needle = node.value
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_68(node: Filter, lookup: Lookup | None) -> Predicate:
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
        needle = None
        return lambda obj: (v := get(obj)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_69(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: None
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_70(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None or needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_71(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(None)) is not None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_72(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is None and needle in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_73(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: (v := get(obj)) is not None and needle not in v
    if isinstance(node, IsNull):
        return lambda obj: get(obj) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_74(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_75(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: get(None) is None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_76(node: Filter, lookup: Lookup | None) -> Predicate:
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
        return lambda obj: get(obj) is not None
    # bind() has replaced every RelativeWindow by two Compare nodes.
    msg = f"{node.field.name}: unbound date window"
    raise AssertionError(msg)


def x__compile__mutmut_77(node: Filter, lookup: Lookup | None) -> Predicate:
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
    msg = None
    raise AssertionError(msg)


def x__compile__mutmut_78(node: Filter, lookup: Lookup | None) -> Predicate:
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
    raise AssertionError(None)

mutants_x__compile__mutmut['_mutmut_orig'] = x__compile__mutmut_orig # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_1'] = x__compile__mutmut_1 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_2'] = x__compile__mutmut_2 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_3'] = x__compile__mutmut_3 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_4'] = x__compile__mutmut_4 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_5'] = x__compile__mutmut_5 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_6'] = x__compile__mutmut_6 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_7'] = x__compile__mutmut_7 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_8'] = x__compile__mutmut_8 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_9'] = x__compile__mutmut_9 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_10'] = x__compile__mutmut_10 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_11'] = x__compile__mutmut_11 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_12'] = x__compile__mutmut_12 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_13'] = x__compile__mutmut_13 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_14'] = x__compile__mutmut_14 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_15'] = x__compile__mutmut_15 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_16'] = x__compile__mutmut_16 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_17'] = x__compile__mutmut_17 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_18'] = x__compile__mutmut_18 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_19'] = x__compile__mutmut_19 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_20'] = x__compile__mutmut_20 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_21'] = x__compile__mutmut_21 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_22'] = x__compile__mutmut_22 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_23'] = x__compile__mutmut_23 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_24'] = x__compile__mutmut_24 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_25'] = x__compile__mutmut_25 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_26'] = x__compile__mutmut_26 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_27'] = x__compile__mutmut_27 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_28'] = x__compile__mutmut_28 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_29'] = x__compile__mutmut_29 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_30'] = x__compile__mutmut_30 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_31'] = x__compile__mutmut_31 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_32'] = x__compile__mutmut_32 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_33'] = x__compile__mutmut_33 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_34'] = x__compile__mutmut_34 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_35'] = x__compile__mutmut_35 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_36'] = x__compile__mutmut_36 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_37'] = x__compile__mutmut_37 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_38'] = x__compile__mutmut_38 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_39'] = x__compile__mutmut_39 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_40'] = x__compile__mutmut_40 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_41'] = x__compile__mutmut_41 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_42'] = x__compile__mutmut_42 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_43'] = x__compile__mutmut_43 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_44'] = x__compile__mutmut_44 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_45'] = x__compile__mutmut_45 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_46'] = x__compile__mutmut_46 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_47'] = x__compile__mutmut_47 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_48'] = x__compile__mutmut_48 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_49'] = x__compile__mutmut_49 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_50'] = x__compile__mutmut_50 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_51'] = x__compile__mutmut_51 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_52'] = x__compile__mutmut_52 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_53'] = x__compile__mutmut_53 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_54'] = x__compile__mutmut_54 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_55'] = x__compile__mutmut_55 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_56'] = x__compile__mutmut_56 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_57'] = x__compile__mutmut_57 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_58'] = x__compile__mutmut_58 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_59'] = x__compile__mutmut_59 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_60'] = x__compile__mutmut_60 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_61'] = x__compile__mutmut_61 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_62'] = x__compile__mutmut_62 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_63'] = x__compile__mutmut_63 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_64'] = x__compile__mutmut_64 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_65'] = x__compile__mutmut_65 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_66'] = x__compile__mutmut_66 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_67'] = x__compile__mutmut_67 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_68'] = x__compile__mutmut_68 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_69'] = x__compile__mutmut_69 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_70'] = x__compile__mutmut_70 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_71'] = x__compile__mutmut_71 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_72'] = x__compile__mutmut_72 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_73'] = x__compile__mutmut_73 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_74'] = x__compile__mutmut_74 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_75'] = x__compile__mutmut_75 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_76'] = x__compile__mutmut_76 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_77'] = x__compile__mutmut_77 # type: ignore # mutmut generated
mutants_x__compile__mutmut['x__compile__mutmut_78'] = x__compile__mutmut_78 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compile_filter__mutmut)
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


def x_compile_filter__mutmut_orig(
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


def x_compile_filter__mutmut_1(
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
    bound = None
    if lookup is None:
        for fld in fields_of(bound):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_2(
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
    bound = bind(None, as_of=as_of)
    if lookup is None:
        for fld in fields_of(bound):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_3(
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
    bound = bind(node, as_of=None)
    if lookup is None:
        for fld in fields_of(bound):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_4(
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
    bound = bind(as_of=as_of)
    if lookup is None:
        for fld in fields_of(bound):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_5(
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
    bound = bind(node, )
    if lookup is None:
        for fld in fields_of(bound):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_6(
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
    if lookup is not None:
        for fld in fields_of(bound):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_7(
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
        for fld in fields_of(None):
            field_getter(fld, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_8(
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
            field_getter(None, None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_9(
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
            field_getter(None)  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_10(
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
            field_getter(fld, )  # raises MissingLookup naming the first relation path
    return _compile(bound, lookup)


def x_compile_filter__mutmut_11(
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
    return _compile(None, lookup)


def x_compile_filter__mutmut_12(
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
    return _compile(bound, None)


def x_compile_filter__mutmut_13(
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
    return _compile(lookup)


def x_compile_filter__mutmut_14(
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
    return _compile(bound, )

mutants_x_compile_filter__mutmut['_mutmut_orig'] = x_compile_filter__mutmut_orig # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_1'] = x_compile_filter__mutmut_1 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_2'] = x_compile_filter__mutmut_2 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_3'] = x_compile_filter__mutmut_3 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_4'] = x_compile_filter__mutmut_4 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_5'] = x_compile_filter__mutmut_5 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_6'] = x_compile_filter__mutmut_6 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_7'] = x_compile_filter__mutmut_7 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_8'] = x_compile_filter__mutmut_8 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_9'] = x_compile_filter__mutmut_9 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_10'] = x_compile_filter__mutmut_10 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_11'] = x_compile_filter__mutmut_11 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_12'] = x_compile_filter__mutmut_12 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_13'] = x_compile_filter__mutmut_13 # type: ignore # mutmut generated
mutants_x_compile_filter__mutmut['x_compile_filter__mutmut_14'] = x_compile_filter__mutmut_14 # type: ignore # mutmut generated
mutants_x__records__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__records__mutmut)
def _records(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, SCHEMA[entity].collection)
        return records, lookup if lookup is not None else source
    return source, lookup


def x__records__mutmut_orig(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, SCHEMA[entity].collection)
        return records, lookup if lookup is not None else source
    return source, lookup


def x__records__mutmut_1(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = None
        return records, lookup if lookup is not None else source
    return source, lookup


def x__records__mutmut_2(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(None, SCHEMA[entity].collection)
        return records, lookup if lookup is not None else source
    return source, lookup


def x__records__mutmut_3(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, None)
        return records, lookup if lookup is not None else source
    return source, lookup


def x__records__mutmut_4(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(SCHEMA[entity].collection)
        return records, lookup if lookup is not None else source
    return source, lookup


def x__records__mutmut_5(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, )
        return records, lookup if lookup is not None else source
    return source, lookup


def x__records__mutmut_6(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, SCHEMA[entity].collection)
        return records, lookup if (lookup is not None) and False else source
    return source, lookup


def x__records__mutmut_7(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, SCHEMA[entity].collection)
        return records, lookup if (lookup is not None) or True else source
    return source, lookup


def x__records__mutmut_8(
    entity: str, source: Iterable[_T] | Snapshot, lookup: Lookup | None
) -> tuple[Iterable[_T], Lookup | None]:
    if isinstance(source, Snapshot):
        records: Iterable[_T] = getattr(source, SCHEMA[entity].collection)
        return records, lookup if lookup is None else source
    return source, lookup

mutants_x__records__mutmut['_mutmut_orig'] = x__records__mutmut_orig # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_1'] = x__records__mutmut_1 # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_2'] = x__records__mutmut_2 # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_3'] = x__records__mutmut_3 # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_4'] = x__records__mutmut_4 # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_5'] = x__records__mutmut_5 # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_6'] = x__records__mutmut_6 # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_7'] = x__records__mutmut_7 # type: ignore # mutmut generated
mutants_x__records__mutmut['x__records__mutmut_8'] = x__records__mutmut_8 # type: ignore # mutmut generated
mutants_x__checked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__checked__mutmut)
def _checked(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=entity, value=record)
        yield record


def x__checked__mutmut_orig(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=entity, value=record)
        yield record


def x__checked__mutmut_1(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = None
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=entity, value=record)
        yield record


def x__checked__mutmut_2(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=entity, value=record)
        yield record


def x__checked__mutmut_3(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = None
            raise TypeMismatch(msg, field=entity, value=record)
        yield record


def x__checked__mutmut_4(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(None).__name__}"
            )
            raise TypeMismatch(msg, field=entity, value=record)
        yield record


def x__checked__mutmut_5(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(None, field=entity, value=record)
        yield record


def x__checked__mutmut_6(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=None, value=record)
        yield record


def x__checked__mutmut_7(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=entity, value=None)
        yield record


def x__checked__mutmut_8(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(field=entity, value=record)
        yield record


def x__checked__mutmut_9(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, value=record)
        yield record


def x__checked__mutmut_10(entity: str, records: Iterable[_T]) -> Iterable[_T]:
    cls = SCHEMA[entity].cls
    for record in records:
        if not isinstance(record, cls):
            msg = (
                f"{entity}: the filter selects {cls.__name__} records, got {type(record).__name__}"
            )
            raise TypeMismatch(msg, field=entity, )
        yield record

mutants_x__checked__mutmut['_mutmut_orig'] = x__checked__mutmut_orig # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_1'] = x__checked__mutmut_1 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_2'] = x__checked__mutmut_2 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_3'] = x__checked__mutmut_3 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_4'] = x__checked__mutmut_4 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_5'] = x__checked__mutmut_5 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_6'] = x__checked__mutmut_6 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_7'] = x__checked__mutmut_7 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_8'] = x__checked__mutmut_8 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_9'] = x__checked__mutmut_9 # type: ignore # mutmut generated
mutants_x__checked__mutmut['x__checked__mutmut_10'] = x__checked__mutmut_10 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_evaluate__mutmut)
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_orig(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_1(
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
    entity = None
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_2(
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
    entity = entity_schema(None).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_3(
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
    entity = entity_schema(node.entity).name
    records, found = None
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_4(
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
    entity = entity_schema(node.entity).name
    records, found = _records(None, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_5(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, None, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_6(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, None)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_7(
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
    entity = entity_schema(node.entity).name
    records, found = _records(source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_8(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_9(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, )
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_10(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = None
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_11(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(None, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_12(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=None, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_13(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=None)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_14(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_15(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, lookup=found)
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_16(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, )
    return [record for record in _checked(entity, records) if predicate(record)]


def x_evaluate__mutmut_17(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(None, records) if predicate(record)]


def x_evaluate__mutmut_18(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, None) if predicate(record)]


def x_evaluate__mutmut_19(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(records) if predicate(record)]


def x_evaluate__mutmut_20(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, ) if predicate(record)]


def x_evaluate__mutmut_21(
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
    entity = entity_schema(node.entity).name
    records, found = _records(entity, source, lookup)
    predicate = compile_filter(node, as_of=as_of, lookup=found)
    return [record for record in _checked(entity, records) if predicate(None)]

mutants_x_evaluate__mutmut['_mutmut_orig'] = x_evaluate__mutmut_orig # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_1'] = x_evaluate__mutmut_1 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_2'] = x_evaluate__mutmut_2 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_3'] = x_evaluate__mutmut_3 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_4'] = x_evaluate__mutmut_4 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_5'] = x_evaluate__mutmut_5 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_6'] = x_evaluate__mutmut_6 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_7'] = x_evaluate__mutmut_7 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_8'] = x_evaluate__mutmut_8 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_9'] = x_evaluate__mutmut_9 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_10'] = x_evaluate__mutmut_10 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_11'] = x_evaluate__mutmut_11 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_12'] = x_evaluate__mutmut_12 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_13'] = x_evaluate__mutmut_13 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_14'] = x_evaluate__mutmut_14 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_15'] = x_evaluate__mutmut_15 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_16'] = x_evaluate__mutmut_16 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_17'] = x_evaluate__mutmut_17 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_18'] = x_evaluate__mutmut_18 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_19'] = x_evaluate__mutmut_19 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_20'] = x_evaluate__mutmut_20 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_21'] = x_evaluate__mutmut_21 # type: ignore # mutmut generated
mutants_x_matches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_matches__mutmut)
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
    return bool(evaluate(node, [record], as_of=as_of, lookup=lookup))


def x_matches__mutmut_orig(
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
    return bool(evaluate(node, [record], as_of=as_of, lookup=lookup))


def x_matches__mutmut_1(
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
    return bool(None)


def x_matches__mutmut_2(
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
    return bool(evaluate(None, [record], as_of=as_of, lookup=lookup))


def x_matches__mutmut_3(
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
    return bool(evaluate(node, None, as_of=as_of, lookup=lookup))


def x_matches__mutmut_4(
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
    return bool(evaluate(node, [record], as_of=None, lookup=lookup))


def x_matches__mutmut_5(
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
    return bool(evaluate(node, [record], as_of=as_of, lookup=None))


def x_matches__mutmut_6(
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
    return bool(evaluate([record], as_of=as_of, lookup=lookup))


def x_matches__mutmut_7(
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
    return bool(evaluate(node, as_of=as_of, lookup=lookup))


def x_matches__mutmut_8(
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
    return bool(evaluate(node, [record], lookup=lookup))


def x_matches__mutmut_9(
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
    return bool(evaluate(node, [record], as_of=as_of, ))

mutants_x_matches__mutmut['_mutmut_orig'] = x_matches__mutmut_orig # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_1'] = x_matches__mutmut_1 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_2'] = x_matches__mutmut_2 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_3'] = x_matches__mutmut_3 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_4'] = x_matches__mutmut_4 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_5'] = x_matches__mutmut_5 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_6'] = x_matches__mutmut_6 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_7'] = x_matches__mutmut_7 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_8'] = x_matches__mutmut_8 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_9'] = x_matches__mutmut_9 # type: ignore # mutmut generated
