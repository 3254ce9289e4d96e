"""Invariants of autocrm.rules.loyalty: the class only improves when a chance is taken."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import CHINA_TZ, Customer, LoyaltyClass, Vehicle, WorkOrder
from autocrm.rules.loyalty import LoyaltyAssessment, classify_loyalty

VIN = "LFV2A21K3D3109826"
OWNER = Customer(number="C000001", name="王建国")
START = date(2020, 1, 1)


def maintenance(day: date, index: int) -> WorkOrder:
    return WorkOrder(
        f"WO{index:05d}",
        customer_number="C000001",
        vin=VIN,
        opened_at=datetime(day.year, day.month, day.day, 9, 0, tzinfo=CHINA_TZ),
        service_types=["保养"],
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[Vehicle, list[date], date]:
    first = START + timedelta(days=draw(st.integers(0, 1500)))
    # Visits spread over up to six years after the first maintenance, some near
    # due dates (about every 182 days) and some anywhere.
    near_due = draw(
        st.lists(
            st.tuples(st.integers(1, 12), st.integers(-45, 45)).map(
                lambda t: first + timedelta(days=182 * t[0] + t[1])
            ),
            max_size=8,
        )
    )
    anywhere = draw(
        st.lists(st.integers(1, 2200).map(lambda d: first + timedelta(days=d)), max_size=4)
    )
    as_of = first + timedelta(days=draw(st.integers(0, 2400)))
    car = Vehicle(vin=VIN, customer_number="C000001", first_maintenance_on=first)
    return car, sorted(set(near_due + anywhere)), as_of


def classify(car: Vehicle, days: list[date], as_of: date) -> LoyaltyAssessment:
    orders = [maintenance(day, i) for i, day in enumerate(sorted(days))]
    return classify_loyalty(OWNER, [car], orders, as_of=as_of)


@given(histories(), st.data())
def test_taking_a_missed_chance_never_lowers_the_class(
    history: tuple[Vehicle, list[date], date], data: st.DataObject
) -> None:
    car, days, as_of = history
    before = classify(car, days, as_of)
    open_chances = [c for c in before.evidence if not c.taken]
    if not open_chances:
        return
    chance = data.draw(st.sampled_from(open_chances))
    after = classify(car, [*days, chance.due_on], as_of)
    assert after.taken == before.taken + 1
    assert after.chances == before.chances + (1 if chance.pending else 0)
    assert after.loyalty_class.rank >= before.loyalty_class.rank


@given(histories())
def test_counts_are_consistent_with_the_class(history: tuple[Vehicle, list[date], date]) -> None:
    result = classify(*history)
    assert 0 <= result.taken <= result.chances
    assert result.chances == sum(1 for c in result.evidence if not c.pending)
    assert result.taken == sum(1 for c in result.evidence if c.taken)
    expected = {
        True: LoyaltyClass.NEW,
    }.get(result.chances == 0)
    if result.loyalty_class is not LoyaltyClass.LOST:
        if expected is not None:
            assert result.loyalty_class is expected
        elif result.taken == result.chances:
            assert result.loyalty_class is LoyaltyClass.LOYAL
        elif result.taken == 0:
            assert result.loyalty_class is LoyaltyClass.DEFECTED
        elif 2 * result.taken >= result.chances:
            assert result.loyalty_class is LoyaltyClass.REGULAR
        else:
            assert result.loyalty_class is LoyaltyClass.OCCASIONAL


@given(histories())
def test_each_taken_chance_has_its_visit_in_the_window(
    history: tuple[Vehicle, list[date], date],
) -> None:
    car, days, as_of = history
    result = classify(car, days, as_of)
    for chance in result.evidence:
        assert chance.opens_on == chance.due_on - timedelta(days=30)
        assert chance.closes_on == chance.due_on + timedelta(days=30)
        if chance.taken_on is not None:
            assert chance.opens_on <= chance.taken_on <= chance.closes_on
            assert chance.taken_on in days
            assert chance.taken_on <= as_of
        else:
            assert chance.due_on < as_of


@given(histories(), st.integers(1, 400))
def test_visits_after_as_of_change_nothing(
    history: tuple[Vehicle, list[date], date], later: int
) -> None:
    car, days, as_of = history
    before = classify(car, days, as_of)
    after = classify(car, [*days, as_of + timedelta(days=later)], as_of)
    assert after == before
