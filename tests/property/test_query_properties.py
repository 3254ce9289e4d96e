"""The in-memory engine agrees with a brute-force Python predicate written from the spec.

Each random filter is drawn together with the plain Python function that states what it
means (two-valued logic: a missing value makes a comparison false; ``!=`` is ``~==``;
windows in local dates), so a bug in the compiler cannot hide in the oracle.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import Customer, ServiceType, Snapshot, Vehicle, WorkOrder, local_date
from autocrm.query import (
    F,
    Filter,
    aggregate,
    bind,
    count,
    count_distinct,
    evaluate,
    month,
    sum_money,
    within_last,
)
from autocrm.testing.strategies import amounts, moments, snapshots, work_orders

INSURERS = ("人保财险", "平安产险", "太平洋产险", "国寿财险", "大地保险", "PICC")
STAFF = ("李娜", "王强", "赵敏", "陈杰", "刘洋", "nobody")
OPS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


@dataclass
class Context:
    vehicles: dict[str, Vehicle]
    customers: dict[str, Customer]
    as_of: date

    def vehicle(self, w: WorkOrder) -> Vehicle | None:
        return self.vehicles.get(w.vin)

    def customer(self, w: WorkOrder) -> Customer | None:
        return self.customers.get(w.customer_number)


Oracle = Callable[[WorkOrder, Context], bool]
Case = tuple[Filter, Oracle]


def compare(op: str, value: Any, threshold: Any) -> bool:
    """The spec of Compare: None never equals, ``!=`` is the negation of ``==``."""
    if op == "!=":
        return value is None or value != threshold
    return value is not None and OPS[op](value, threshold)


def apply(ref: Any, op: str, threshold: Any) -> Filter:
    return {
        "==": ref.__eq__,
        "!=": ref.__ne__,
        "<": ref.__lt__,
        "<=": ref.__le__,
        ">": ref.__gt__,
        ">=": ref.__ge__,
    }[op](threshold)  # type: ignore[no-any-return]


def insurer_of(w: WorkOrder, ctx: Context) -> str | None:
    v = ctx.vehicle(w)
    return None if v is None else v.insurer


@st.composite
def insurer_leaf(draw: st.DrawFn) -> Case:
    ref = F.work_order.vehicle.insurer
    kind = draw(st.sampled_from(["==", "!=", "in", "null"]))
    if kind == "null":
        return ref.is_null(), lambda w, ctx: insurer_of(w, ctx) is None
    if kind == "in":
        chosen = draw(st.lists(st.sampled_from(INSURERS), max_size=3))
        return ref.in_(chosen), lambda w, ctx: insurer_of(w, ctx) in chosen
    value = draw(st.sampled_from(INSURERS))
    return apply(ref, kind, value), lambda w, ctx: compare(kind, insurer_of(w, ctx), value)


@st.composite
def customer_leaf(draw: st.DrawFn) -> Case:
    needle = draw(st.sampled_from(["王", "李", "银行", "公司", "张伟", ""]))

    def oracle(w: WorkOrder, ctx: Context) -> bool:
        c = ctx.customer(w)
        return c is not None and needle in c.name

    return F.work_order.customer.name.contains(needle), oracle


@st.composite
def money_leaf(draw: st.DrawFn) -> Case:
    name = draw(st.sampled_from(["total", "self_paid", "insurance_paid", "warranty_paid"]))
    ref = F.work_order[name]

    def value(w: WorkOrder) -> Decimal:
        return sum(
            (
                line.amount
                for line in w.lines
                if name == "total" or line.payer.value == name.removesuffix("_paid")
            ),
            Decimal("0.00"),
        )

    if draw(st.booleans()):
        low, high = sorted([draw(amounts(max_value=Decimal(20000))) for _ in range(2)])
        return ref.between(low, high), lambda w, ctx: low <= value(w) <= high
    op = draw(st.sampled_from(list(OPS)))
    threshold = draw(st.one_of(st.just(Decimal("0.00")), amounts(max_value=Decimal(20000))))
    return apply(ref, op, threshold), lambda w, ctx: compare(op, value(w), threshold)


@st.composite
def opened_leaf(draw: st.DrawFn) -> Case:
    ref = F.work_order.opened_at
    if draw(st.booleans()):
        months = draw(st.integers(min_value=1, max_value=40))

        def in_window(w: WorkOrder, ctx: Context) -> bool:
            # Spec: the local dates from (as_of + 1 day - months) up to as_of, inclusive.
            first = ctx.as_of + timedelta(days=1) - relativedelta(months=months)
            return first <= local_date(w.opened_at) <= ctx.as_of

        return within_last(ref, months=months), in_window
    op = draw(st.sampled_from(list(OPS)))
    moment = draw(moments())
    return apply(ref, op, moment), lambda w, ctx: compare(op, w.opened_at, moment)


@st.composite
def other_leaf(draw: st.DrawFn) -> Case:
    kind = draw(st.sampled_from(["service", "mileage", "mileage_null", "advisor", "closed"]))
    if kind == "service":
        service = draw(st.sampled_from(ServiceType))
        return (
            F.work_order.service_types.contains(service.label),
            lambda w, ctx: service in w.service_types,
        )
    if kind == "mileage":
        op = draw(st.sampled_from(list(OPS)))
        km = draw(st.integers(min_value=0, max_value=400_000))
        return apply(F.work_order.mileage_km, op, km), lambda w, ctx: compare(op, w.mileage_km, km)
    if kind == "mileage_null":
        return F.work_order.mileage_km.is_null(), lambda w, ctx: w.mileage_km is None
    if kind == "advisor":
        staff = draw(st.sampled_from(STAFF))
        return (
            F.work_order.service_advisor == staff,
            lambda w, ctx: w.service_advisor == staff,
        )
    return F.work_order.closed_at.is_null(), lambda w, ctx: w.closed_at is None


@st.composite
def purchased_leaf(draw: st.DrawFn) -> Case:
    low, high = sorted(draw(st.dates(date(2012, 1, 1), date(2027, 1, 1))) for _ in range(2))

    def oracle(w: WorkOrder, ctx: Context) -> bool:
        v = ctx.vehicle(w)
        return v is not None and v.purchased_on is not None and low <= v.purchased_on <= high

    return F.work_order.vehicle.purchased_on.between(low, high), oracle


LEAVES = st.one_of(
    insurer_leaf(), customer_leaf(), money_leaf(), opened_leaf(), other_leaf(), purchased_leaf()
)


def _and(a: Case, b: Case) -> Case:
    return a[0] & b[0], lambda w, ctx: a[1](w, ctx) and b[1](w, ctx)


def _or(a: Case, b: Case) -> Case:
    return a[0] | b[0], lambda w, ctx: a[1](w, ctx) or b[1](w, ctx)


def _not(a: Case) -> Case:
    return ~a[0], lambda w, ctx: not a[1](w, ctx)


FILTERS: st.SearchStrategy[Case] = st.recursive(
    LEAVES,
    lambda children: st.one_of(
        st.builds(_and, children, children),
        st.builds(_or, children, children),
        st.builds(_not, children),
    ),
    max_leaves=6,
)


@st.composite
def archives(draw: st.DrawFn) -> Snapshot:
    """A consistent archive plus work orders whose vehicle and customer are missing."""
    snap = draw(snapshots(max_customers=4))
    orphans = draw(st.lists(work_orders(), max_size=2))
    return attrs.evolve(snap, work_orders=(*snap.work_orders, *orphans))


AS_OF = st.dates(date(2014, 1, 1), date(2027, 6, 30))


def context(snap: Snapshot, as_of: date) -> Context:
    return Context(
        vehicles={v.vin: v for v in snap.vehicles},
        customers={c.number: c for c in snap.customers},
        as_of=as_of,
    )


@given(archives(), FILTERS, AS_OF)
def test_evaluate_agrees_with_the_brute_force_predicate(
    snap: Snapshot, case: Case, as_of: date
) -> None:
    node, oracle = case
    ctx = context(snap, as_of)
    expected = [w.number for w in snap.work_orders if oracle(w, ctx)]
    assert [w.number for w in evaluate(node, snap, as_of=as_of)] == expected


@given(archives(), FILTERS, AS_OF)
def test_a_filter_and_its_negation_split_the_records(
    snap: Snapshot, case: Case, as_of: date
) -> None:
    node = case[0]
    # By identity: a drawn snapshot may hold two work orders with the same number.
    selected = {id(w) for w in evaluate(node, snap, as_of=as_of)}
    rejected = {id(w) for w in evaluate(~node, snap, as_of=as_of)}
    assert selected.isdisjoint(rejected)
    assert selected | rejected == {id(w) for w in snap.work_orders}


@given(archives(), FILTERS, st.one_of(AS_OF, moments()))
def test_bound_filters_select_the_same_records(
    snap: Snapshot, case: Case, as_of: date | datetime
) -> None:
    node = case[0]
    bound = bind(node, as_of=as_of)
    assert evaluate(bound, snap) == evaluate(node, snap, as_of=as_of)


@given(archives(), FILTERS, AS_OF)
def test_aggregates_agree_with_brute_force_sums(snap: Snapshot, case: Case, as_of: date) -> None:
    node, oracle = case
    ctx = context(snap, as_of)
    result = aggregate(
        "work_order",
        snap,
        where=node,
        group_by=[F.work_order.vehicle.insurer, month(F.work_order.opened_at)],
        measures={
            "visits": count(),
            "cars": count_distinct(F.work_order.vin),
            "self_paid": sum_money(F.work_order.self_paid),
        },
        as_of=as_of,
    )
    expected: dict[tuple[Any, ...], dict[str, Any]] = {}
    for w in snap.work_orders:
        if not oracle(w, ctx):
            continue
        day = local_date(w.opened_at)
        key = (insurer_of(w, ctx), f"{day.year:04d}-{day.month:02d}")
        group = expected.setdefault(key, {"visits": 0, "cars": set(), "self_paid": Decimal(0)})
        group["visits"] += 1
        group["cars"].add(w.vin)
        group["self_paid"] += sum(
            (line.amount for line in w.lines if line.payer.value == "self"), Decimal(0)
        )
    got = {row.key: dict(row.values) for row in result.rows}
    assert got == {
        key: {"visits": g["visits"], "cars": len(g["cars"]), "self_paid": g["self_paid"]}
        for key, g in expected.items()
    }
    keys = [row.key for row in result.rows]
    assert keys == sorted(keys, key=lambda k: (k[0] is None, k[0] or "", k[1]))
