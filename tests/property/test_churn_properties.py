"""Invariants of autocrm.rules.churn: is_lost never raises; early warning vs an oracle."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import CHINA_TZ, Customer, OptOut, Snapshot, Vehicle, WorkOrder
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import is_lost
from autocrm.rules.churn_warning import early_warning

VIN = "LFV2A21K3D3109826"
DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))


def visit(number: str, customer_number: str, day: date) -> WorkOrder:
    return WorkOrder(
        number,
        customer_number=customer_number,
        vin=VIN,
        opened_at=datetime(day.year, day.month, day.day, 10, 0, tzinfo=CHINA_TZ),
        service_types=["小修"],
    )


junk = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.integers(),
    st.floats(),
    st.lists(st.one_of(st.none(), st.text(max_size=3), st.integers()), max_size=3),
    st.datetimes(),  # naive
    st.dates(),
)
customers = st.builds(lambda n: Customer(number=f"C{n}", name="张三"), st.integers(0, 9))
vehicle_lists = st.lists(
    st.builds(
        lambda d, sold: Vehicle(
            vin=VIN, customer_number="C1", purchased_on=d, is_new_car_sale=sold
        ),
        DAYS,
        st.booleans(),
    ),
    max_size=2,
)
order_lists = st.lists(
    st.builds(lambda i, d: visit(f"WO{i}", "C1", d), st.integers(0, 99), DAYS), max_size=4
)


@given(
    st.one_of(customers, junk),
    st.one_of(vehicle_lists, junk),
    st.one_of(order_lists, junk),
    st.one_of(DAYS, junk),
)
def test_is_lost_never_raises(
    customer: object, vehicles: object, work_orders: object, as_of: object
) -> None:
    result = is_lost(customer, vehicles, work_orders, as_of=as_of)  # type: ignore[arg-type]
    assert result in (True, False)


@given(st.lists(DAYS, max_size=5), DAYS, st.integers(1, 800))
def test_is_lost_is_a_year_without_a_visit(visits: list[date], as_of: date, lost: int) -> None:
    owner = Customer(number="C1", name="张三")
    orders = [visit(f"WO{i}", "C1", d) for i, d in enumerate(visits)]
    policy = ChurnPolicy(lost_after_days=lost, defected_after_days=max(lost, 730))
    seen = [d for d in visits if d <= as_of]
    expected = bool(seen) and (as_of - max(seen)).days > lost
    assert is_lost(owner, (), orders, as_of=as_of, policy=policy) is expected


def months_back(day: date, as_of: date) -> int:
    """0 for the month of as_of, 1 for the month before, ..."""
    return (as_of.year * 12 + as_of.month) - (day.year * 12 + day.month)


@st.composite
def archives(draw: st.DrawFn) -> tuple[list[tuple[list[date], bool]], date]:
    as_of = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 6, 30)))
    # Most visits within ten months before as_of, where the window is; a few after.
    offsets = st.integers(-30, 300).map(lambda d: as_of - timedelta(days=d))
    people = draw(st.lists(st.tuples(st.lists(offsets, max_size=4), st.booleans()), max_size=6))
    return people, as_of


@given(archives())
def test_early_warning_matches_a_brute_force_oracle(
    archive: tuple[list[tuple[list[date], bool]], date],
) -> None:
    people, as_of = archive
    customers = []
    orders = []
    for index, (days, opted_out) in enumerate(people):
        number = f"C{index}"
        opt_outs = [OptOut("marketing", reason="不要营销电话")] if opted_out else []
        customers.append(Customer(number=number, name="张三", opt_outs=opt_outs))
        orders.extend(visit(f"WO{index}-{i}", number, d) for i, d in enumerate(days))
    result = early_warning(Snapshot(customers=customers, work_orders=orders), as_of=as_of)

    # Seed 000 by brute force: of the 7 whole months before as_of's month, a visit
    # in months 7..3 back, none in months 2..1 back, none this month up to as_of.
    qualify = set()
    for index, (days, _) in enumerate(people):
        back = [months_back(d, as_of) for d in days if d <= as_of]
        if any(3 <= b <= 7 for b in back) and not any(0 <= b <= 2 for b in back):
            qualify.add(f"C{index}")
    opted = {f"C{i}" for i, (_, out) in enumerate(people) if out}
    assert {e.customer_number for e in result.entries} == qualify - opted
    assert set(result.opted_out) == qualify & opted
    keys = [e.sort_key for e in result.entries]
    assert keys == sorted(keys)
    assert result.quiet_until == as_of.replace(day=1) - timedelta(days=1)
    for entry in result.entries:
        assert result.active_from <= entry.last_visit_on <= result.active_until
