"""Invariants of the statistics: rates stay in their intervals, splits recombine."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import Appointment, Complaint, FleetAccount, FollowUp, WorkOrder
from autocrm.stats.appointments import appointment_rates
from autocrm.stats.arrivals import arrivals_by_type
from autocrm.stats.complaints import complaint_counts, on_time_closure
from autocrm.stats.fleet import fleet_table, service_table
from autocrm.stats.rates import Period, Rate, per_thousand, wilson_interval
from autocrm.stats.satisfaction import csat, mean_rating
from autocrm.testing.strategies import (
    appointments,
    complaints,
    fleet_accounts,
    followups,
    work_orders,
)

AS_OF = date(2027, 6, 30)  # after every generated complaint's deadline


@st.composite
def rates(draw: st.DrawFn) -> Rate:
    denominator = draw(st.integers(min_value=0, max_value=100_000))
    numerator = draw(st.integers(min_value=0, max_value=denominator))
    confidence = draw(st.sampled_from([0.8, 0.9, 0.95, 0.99]))
    return Rate(numerator, denominator, confidence=confidence)


@given(rates())
def test_a_rate_lies_within_its_interval(rate: Rate) -> None:
    if rate.denominator == 0:
        assert (rate.value, rate.low, rate.high) == (None, None, None)
        return
    assert rate.low is not None
    assert rate.high is not None
    assert rate.value is not None
    assert 0.0 <= rate.low <= rate.value <= rate.high <= 1.0


@given(st.integers(min_value=1, max_value=10_000), st.data())
def test_higher_confidence_never_narrows_the_interval(trials: int, data: st.DataObject) -> None:
    successes = data.draw(st.integers(min_value=0, max_value=trials))
    low_80, high_80 = wilson_interval(successes, trials, confidence=0.8)
    low_99, high_99 = wilson_interval(successes, trials, confidence=0.99)
    assert low_99 <= low_80
    assert high_80 <= high_99


@given(st.lists(rates(), max_size=6))
def test_combining_sums_counts_whatever_the_order(parts: list[Rate]) -> None:
    parts = [Rate(r.numerator, r.denominator) for r in parts]
    combined = Rate.combine(*parts)
    assert combined.numerator == sum(r.numerator for r in parts)
    assert combined.denominator == sum(r.denominator for r in parts)
    assert Rate.combine(*reversed(parts)) == combined
    assert sum(parts, Rate(0, 0)) == combined


@given(rates())
def test_percent_is_between_0_and_100_and_close_to_value(rate: Rate) -> None:
    percent = rate.percent(1)
    if rate.value is None:
        assert percent is None
        return
    assert percent is not None
    assert 0 <= percent <= 100
    assert abs(float(percent) - 100 * rate.value) <= 0.05 + 1e-9


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**7))
def test_per_thousand_is_the_rounded_ratio(count: int, base: int) -> None:
    value = per_thousand(count, base, digits=1)
    assert value is not None
    assert abs(float(value) - 1000 * count / base) <= 0.05 + 1e-6


@given(st.lists(complaints(), max_size=25))
def test_overall_on_time_rate_lies_between_the_level_rates(items: list[Complaint]) -> None:
    result = on_time_closure(items, as_of=AS_OF)
    measured = [row.rate.exact for row in result.levels if row.rate.exact is not None]
    overall = result.overall.rate.exact
    if not measured:
        assert overall is None
        return
    assert overall is not None
    assert min(measured) <= overall <= max(measured)


@given(st.lists(complaints(), max_size=25))
def test_on_time_rate_split_by_month_recombines(items: list[Complaint]) -> None:
    by_month: dict[str, list[Complaint]] = defaultdict(list)
    for complaint in items:
        by_month[Period.MONTH.label_of(complaint.received_at)].append(complaint)
    parts = [on_time_closure(group, as_of=AS_OF).rate() for group in by_month.values()]
    assert Rate.combine(*parts) == on_time_closure(items, as_of=AS_OF).rate()


@given(st.lists(complaints(), max_size=25))
def test_monthly_counts_add_up_to_yearly_counts(items: list[Complaint]) -> None:
    monthly = complaint_counts(items, period=Period.MONTH)
    yearly = complaint_counts(items, period=Period.YEAR)
    assert monthly.total == yearly.total
    assert yearly.total.total == len(items)
    for row in yearly.rows:
        months = [r for r in monthly.rows if r.period.startswith(row.period + "-")]
        assert sum(r.total for r in months) == row.total


@given(st.lists(followups(), max_size=20))
def test_satisfaction_split_by_period_recombines(items: list[FollowUp]) -> None:
    by_quarter: dict[str, list[FollowUp]] = defaultdict(list)
    for followup in items:
        attempt = followup.completed_attempt
        if attempt is not None:
            by_quarter[Period.QUARTER.label_of(attempt.at)].append(followup)
    parts = [csat(group) for group in by_quarter.values()]
    assert Rate.combine(*parts) == csat(items)
    assert sum(mean_rating(g).total for g in by_quarter.values()) == mean_rating(items).total


@given(st.lists(appointments(), max_size=20))
def test_appointment_rates_by_kind_recombine(items: list[Appointment]) -> None:
    rates_ = appointment_rates(items)
    if not items:
        assert rates_.rows == ()
        return
    overall = rates_.row()
    assert overall is not None
    kinds = [row for row in rates_.rows if row.kind is not None]
    assert Rate.combine(*(row.success for row in kinds)) == overall.success
    assert Rate.combine(*(row.on_time for row in kinds)) == overall.on_time


@given(st.lists(work_orders(), max_size=20))
def test_every_visit_is_in_exactly_one_arrival_group(items: list[WorkOrder]) -> None:
    total = arrivals_by_type(items, period=Period.MONTH).total
    assert total.visits == len(items)
    assert sum(count for _, count in total.by_group) == len(items)


@given(st.lists(fleet_accounts(), max_size=30))
def test_fleet_tables_total_the_classified_accounts(items: list[FleetAccount]) -> None:
    classified = [a for a in items if a.fleet_class is not None]
    table = fleet_table(items)
    assert table.total.customers == len(classified)
    assert table.total.vehicles == sum(a.vehicles for a in classified)
    assert table.total.served == sum(a.vehicles_served for a in classified)
    assert table.unclassified == len(items) - len(classified)
    services = service_table(items)
    assert services.total.classified.accounts == len(classified)
    for row in services.rows:
        for column in ("agreement_signed", "site_visited", "site_serviced"):
            part = getattr(row, column)
            assert part.accounts <= row.classified.accounts
            assert part.vehicles <= row.classified.vehicles
