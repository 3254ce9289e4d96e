"""One query model, two engines: random archives and random filters give the same answer
in MemoryArchive and SqlArchive, on SQLite and on PostgreSQL (DESIGN.md principle 7)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

import attrs  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.domain import CHINA_TZ, Snapshot  # noqa: E402
from autocrm.query import (  # noqa: E402
    SCHEMA,
    And,
    Field,
    Filter,
    Not,
    Or,
    ValueType,
    count,
    count_distinct,
    month,
    sum_money,
    within_last,
    within_next,
    year,
)
from autocrm.query.evaluate import field_getter  # noqa: E402
from autocrm.query.filters import Between, Compare, Contains, In, IsNull  # noqa: E402
from autocrm.testing import strategies as s  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)


# -- random archives ------------------------------------------------------------------


def _unique(records: list[Any], key: str) -> list[Any]:
    seen: dict[Any, Any] = {}
    for record in records:
        seen.setdefault(getattr(record, key), record)
    return list(seen.values())


@st.composite
def archives(draw: st.DrawFn) -> Snapshot:
    """A small archive, with records whose related customer or vehicle is missing."""
    snap = draw(s.snapshots(max_customers=4))
    numbers = [c.number for c in snap.customers] + ["C999999"]
    vins = [v.vin for v in snap.vehicles]
    people = st.sampled_from(numbers)
    orphans = draw(st.lists(s.work_orders(), max_size=2))
    orders = _unique([*snap.work_orders, *orphans], "number")
    followups = [
        attrs.evolve(f, vin=draw(st.sampled_from([None, *vins])) if vins else f.vin)
        for f in draw(st.lists(s.followups(customer_number=draw(people)), max_size=3))
    ]
    appointments = draw(st.lists(s.appointments(customer_number=draw(people)), max_size=3))
    accounts = draw(st.lists(s.fleet_accounts(), max_size=2))
    readings = draw(
        st.lists(s.readings(vin=draw(st.sampled_from(vins))) if vins else s.readings(), max_size=3)
    )
    return attrs.evolve(
        snap,
        customers=_unique(list(snap.customers), "number"),
        vehicles=_unique(list(snap.vehicles), "vin"),
        complaints=_unique(list(snap.complaints), "number"),
        work_orders=orders,
        followups=_unique(followups, "number"),
        appointments=_unique(appointments, "number"),
        fleet_accounts=_unique(accounts, "number"),
        readings=readings,
        customer_sequence=0,
    )


# -- random filters -------------------------------------------------------------------


def _paths(entity: str) -> list[Field]:
    schema = SCHEMA[entity]
    paths = [Field(entity, (name,)) for name in schema.fields]
    for relation in schema.relations.values():
        paths += [Field(entity, (relation.name, name)) for name in SCHEMA[relation.target].fields]
    return paths


def _present_values(snap: Snapshot, fld: Field) -> list[Any]:
    get = field_getter(fld, snap)
    found: list[Any] = []
    for record in getattr(snap, SCHEMA[fld.entity].collection):
        value = get(record)
        if value is None:
            continue
        if fld.type.is_collection:
            found.extend(sorted(value, key=str))
        else:
            found.append(value)
    return found


_TEXT = st.text("王李张银行公司京A1C0-速腾", max_size=3)


def _any_value(fld: Field) -> st.SearchStrategy[Any]:
    kind = fld.type
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        return _TEXT
    if kind is ValueType.INTEGER:
        return st.integers(min_value=0, max_value=400_000)
    if kind is ValueType.BOOLEAN:
        return st.booleans()
    if kind is ValueType.DATE:
        return st.dates(date(2012, 1, 1), date(2027, 12, 31))
    if kind is ValueType.DATETIME:
        return s.moments()
    if kind is ValueType.MONEY:
        return s.amounts(max_value=Decimal("20000.00"))
    assert fld.enum is not None
    return st.sampled_from(list(fld.enum))


@st.composite
def _value(draw: st.DrawFn, snap: Snapshot, fld: Field) -> Any:
    present = _present_values(snap, fld)
    if present and draw(st.booleans()):
        value = draw(st.sampled_from(present))
        if fld.type is ValueType.TEXT and isinstance(value, str) and draw(st.booleans()):
            start = draw(st.integers(0, len(value)))
            value = value[start : start + draw(st.integers(0, 3))]
    else:
        value = draw(_any_value(fld))
    if isinstance(value, datetime) and draw(st.booleans()):
        value = value.astimezone(timezone.utc)  # the same instant written in another zone
    if isinstance(value, datetime) and draw(st.booleans()):
        value += timedelta(minutes=draw(st.sampled_from([-1, 1])))
    return value


@st.composite
def atoms(draw: st.DrawFn, snap: Snapshot, entity: str) -> Filter:
    fld = draw(st.sampled_from(_paths(entity)))
    kind = fld.type
    value = draw(_value(snap, fld))
    if kind.is_collection:
        return Contains(fld, value)
    choices = ["==", "!=", "in"]
    if kind.is_ordered:
        choices += ["<", "<=", ">", ">=", "between"]
    if kind is ValueType.TEXT:
        choices.append("contains")
    if kind in (ValueType.DATE, ValueType.DATETIME):
        choices += ["last", "next"]
    if fld.spec.nullable or fld.relation is not None:
        choices.append("null")
    op = draw(st.sampled_from(choices))
    if op == "in":
        others = draw(st.lists(_value(snap, fld), max_size=2))
        return In(fld, (value, *others))
    if op == "between":
        other = draw(_value(snap, fld))
        low, high = sorted([value, other]) if draw(st.booleans()) else (value, other)
        return Between(fld, low, high)
    if op == "contains":
        return Contains(fld, value)
    if op == "null":
        return IsNull(fld)
    if op in ("last", "next"):
        window = within_last if op == "last" else within_next
        lengths = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "years": st.integers(1, 3),
                    "months": st.integers(1, 12),
                    "days": st.integers(0, 40),
                },
            ).filter(lambda d: any(d.values()))
        )
        return window(fld, **lengths)
    return Compare(op, fld, value)


def _negate(item: Filter) -> Filter:
    return item.item if isinstance(item, Not) else Not(item)


def filters(snap: Snapshot, entity: str) -> st.SearchStrategy[Filter]:
    return st.recursive(
        atoms(snap, entity),
        lambda children: st.one_of(
            st.tuples(children, children).map(And),
            st.tuples(children, children).map(Or),
            children.map(_negate),
        ),
        max_leaves=4,
    )


_AS_OF = st.one_of(
    st.dates(date(2013, 1, 1), date(2027, 6, 30)),
    s.moments(start=date(2013, 1, 1), end=date(2027, 6, 30)),
)
_ENTITIES = st.sampled_from(sorted(SCHEMA))


def _load(snap: Snapshot, fresh: Callable[[], SqlArchive]) -> tuple[MemoryArchive, SqlArchive]:
    memory = MemoryArchive()
    memory.restore(snap)
    sql = fresh()
    sql.restore(snap)
    return memory, sql


_PARITY = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_PARITY
@given(data=st.data(), snap=archives())
def test_find_and_count_agree(
    fresh_sql_archive: Callable[[], SqlArchive], data: st.DataObject, snap: Snapshot
) -> None:
    memory, sql = _load(snap, fresh_sql_archive)
    for _ in range(4):
        entity = data.draw(_ENTITIES, label="entity")
        where = data.draw(filters(snap, entity), label="where")
        as_of = data.draw(_AS_OF, label="as_of")
        kind = SCHEMA[entity].cls
        expected = memory.find(kind, where, as_of=as_of)
        assert sql.find(kind, where, as_of=as_of) == expected
        assert sql.count(kind, where, as_of=as_of) == len(expected)


def _group_keys(entity: str) -> list[Any]:
    keys: list[Any] = []
    for fld in _paths(entity):
        if fld.type.is_collection:
            continue
        keys.append(fld)
        if fld.type in (ValueType.DATE, ValueType.DATETIME):
            keys += [month(fld), year(fld)]
    return keys


@st.composite
def measures(draw: st.DrawFn, entity: str) -> dict[str, Any]:
    chosen: dict[str, Any] = {"n": count()}
    distinct = [f for f in _paths(entity) if not f.type.is_collection]
    for position, fld in enumerate(draw(st.lists(st.sampled_from(distinct), max_size=2))):
        chosen[f"distinct_{position}"] = count_distinct(fld)
    money = [f for f in _paths(entity) if f.type is ValueType.MONEY]
    for position, fld in enumerate(
        draw(st.lists(st.sampled_from(money), max_size=2)) if money else []
    ):
        chosen[f"sum_{position}"] = sum_money(fld)
    return chosen


@_PARITY
@given(data=st.data(), snap=archives())
def test_aggregates_agree(
    fresh_sql_archive: Callable[[], SqlArchive], data: st.DataObject, snap: Snapshot
) -> None:
    memory, sql = _load(snap, fresh_sql_archive)
    for _ in range(3):
        entity = data.draw(_ENTITIES, label="entity")
        where = data.draw(st.none() | filters(snap, entity), label="where")
        group_by = data.draw(
            st.lists(st.sampled_from(_group_keys(entity)), max_size=2, unique_by=repr),
            label="group_by",
        )
        chosen = data.draw(measures(entity), label="measures")
        as_of = data.draw(_AS_OF, label="as_of")
        kind = SCHEMA[entity].cls
        expected = memory.aggregate(
            kind, where=where, group_by=group_by, measures=chosen, as_of=as_of
        )
        got = sql.aggregate(kind, where=where, group_by=group_by, measures=chosen, as_of=as_of)
        assert got.to_rows() == expected.to_rows()
        assert got == expected


@_PARITY
@given(snap=archives())
def test_snapshot_round_trips_through_both_engines(
    fresh_sql_archive: Callable[[], SqlArchive], snap: Snapshot
) -> None:
    memory, sql = _load(snap, fresh_sql_archive)
    assert sql.snapshot() == memory.snapshot()


class Op(enum.Enum):
    ADD_CUSTOMER = "add_customer"
    UPDATE_CUSTOMER = "update_customer"
    DELETE_CUSTOMER = "delete_customer"
    ADD_ORDER = "add_order"
    UPDATE_ORDER = "update_order"


@_PARITY
@given(data=st.data())
def test_the_same_writes_give_the_same_archive_and_audit_trail(
    fresh_sql_archive: Callable[[], SqlArchive], data: st.DataObject
) -> None:
    memory, sql = MemoryArchive(), fresh_sql_archive()
    for step in range(data.draw(st.integers(1, 8), label="steps")):
        at = AT + timedelta(minutes=step)
        op = data.draw(st.sampled_from(Op), label="op")
        customers = memory.find(SCHEMA["customer"].cls)
        orders = memory.find(SCHEMA["work_order"].cls)
        if op is Op.ADD_CUSTOMER or (
            op in (Op.UPDATE_CUSTOMER, Op.DELETE_CUSTOMER) and not customers
        ):
            new = attrs.evolve(data.draw(s.customers(), label="customer"), number="")
            assert sql.add(new, actor="a", at=at) == memory.add(new, actor="a", at=at)
        elif op is Op.UPDATE_CUSTOMER:
            old = data.draw(st.sampled_from(customers), label="old")
            other = data.draw(s.customers(number=old.number), label="new")
            changed = attrs.evolve(other, version=old.version)
            assert sql.update(changed, actor="b", at=at) == memory.update(changed, actor="b", at=at)
        elif op is Op.DELETE_CUSTOMER:
            gone = data.draw(st.sampled_from(customers), label="gone").number
            memory.delete(SCHEMA["customer"].cls, gone, actor="c", at=at)
            sql.delete(SCHEMA["customer"].cls, gone, actor="c", at=at)
        elif op is Op.ADD_ORDER or not orders:
            order = data.draw(s.work_orders(number=f"WO{step:08d}"), label="order")
            assert sql.add(order, actor="a", at=at) == memory.add(order, actor="a", at=at)
        else:
            old = data.draw(st.sampled_from(orders), label="old order")
            lines = data.draw(st.lists(s.work_order_lines(), max_size=3), label="lines")
            changed = attrs.evolve(old, lines=lines)
            assert sql.update(changed, actor="b", at=at) == memory.update(changed, actor="b", at=at)
    assert sql.snapshot() == memory.snapshot()
    assert sql.audit_trail() == memory.audit_trail()
