"""Invariants of the archive-process measures: shares stay shares, filling never hurts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from autocrm.domain import (
    AuditEntry,
    Complaint,
    ComplaintCause,
    ComplaintTopic,
    Customer,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.rules.archive_completeness import DataGroup
from autocrm.stats.archive import archive_completeness, update_timeliness
from autocrm.stats.complaints.concentration import complaint_concentration
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Rate
from autocrm.stats.renewals import renewal_rate, renewals_from
from autocrm.testing.strategies import complaints, customers, snapshots, vehicles, work_orders

AS_OF = date(2026, 7, 1)


def _is_share(rate: Rate) -> bool:
    if rate.denominator == 0:
        return rate.value is None
    assert rate.value is not None
    assert rate.low is not None
    assert rate.high is not None
    return 0.0 <= rate.low <= rate.value <= rate.high <= 1.0


@given(snapshots(), st.floats(min_value=0.0, max_value=1.0))
def test_completeness_rates_are_shares(snapshot: Snapshot, threshold: float) -> None:
    result = archive_completeness(
        snapshot, policy=StatsPolicy(complete_archive_min_score=threshold)
    )
    assert _is_share(result.complete)
    assert all(_is_share(row.fill) and _is_share(row.complete) for row in result.groups)
    assert result.archives + result.anonymised == len(snapshot.customers)
    assert len(result.below_threshold) == result.archives - result.complete.numerator
    if result.mean_score is not None:
        assert 0.0 <= result.mean_score <= 1.0


# Fields that a customer may lack and a clerk may fill, with a valid value.
_FILLS: dict[str, Any] = {
    "email": "wangjianguo@example.com",
    "bank": "中国工商银行",
    "region": "北京",
    "occupation": "教师",
    "im_id": "wangjg1949",
}


@given(
    st.lists(customers(), min_size=1, max_size=4, unique_by=lambda c: c.number),
    st.data(),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_filling_a_field_never_lowers_completeness(
    people: list[Customer], data: st.DataObject, threshold: float
) -> None:
    policy = StatsPolicy(complete_archive_min_score=threshold)
    index = data.draw(st.integers(min_value=0, max_value=len(people) - 1))
    name = data.draw(st.sampled_from(sorted(_FILLS)))
    assume(getattr(people[index], name) is None)
    filled = list(people)
    filled[index] = attrs.evolve(people[index], **{name: _FILLS[name]})
    cars: list[Vehicle] = []
    before = archive_completeness(people, cars, policy=policy)
    after = archive_completeness(filled, cars, policy=policy)
    assert after.complete.numerator >= before.complete.numerator
    assert before.mean_score is not None
    assert after.mean_score is not None
    assert after.mean_score >= before.mean_score
    for group in DataGroup:
        assert after.group(group).fill.numerator >= before.group(group).fill.numerator
    assert set(after.below_threshold) <= set(before.below_threshold)


@given(
    st.lists(work_orders(closed=True), max_size=6, unique_by=lambda w: w.number),
    st.lists(st.integers(min_value=-2, max_value=5), max_size=6),
    st.integers(min_value=0, max_value=3),
    st.dates(date(2012, 1, 1), date(2027, 1, 1)),
)
def test_timeliness_is_a_share_and_every_closed_order_is_counted_once(
    orders: list[WorkOrder], lags: list[int], days: int, as_of: date
) -> None:
    trail = [
        AuditEntry(
            at=order.closed_at + timedelta(days=lag),
            actor="信息员",
            entity="work_order",
            entity_id=order.number,
            action="create",
        )
        for order, lag in zip(orders, lags, strict=False)
        if order.closed_at is not None
    ]
    result = update_timeliness(
        orders, trail, as_of=as_of, policy=StatsPolicy(work_order_archive_days=days)
    )
    assert _is_share(result.work_orders)
    closed = [o for o in orders if o.closed_on is not None and o.closed_on <= as_of]
    late = len(result.archived_late) + len(result.not_archived)
    assert result.work_orders.numerator + late + result.pending == len(closed)


@given(snapshots(), st.dates(date(2012, 1, 1), date(2027, 1, 1)))
def test_review_timeliness_is_a_share(snapshot: Snapshot, as_of: date) -> None:
    result = update_timeliness(snapshot, as_of=as_of)
    assert _is_share(result.reviews)
    assert _is_share(result.work_orders)


@given(
    st.lists(vehicles(), max_size=5, unique_by=lambda v: v.vin),
    st.data(),
    st.dates(date(2013, 1, 1), date(2027, 12, 1)),
)
def test_renewals_fall_in_the_month_and_feed_a_share(
    cars: list[Vehicle], data: st.DataObject, month: date
) -> None:
    orders = [
        data.draw(
            work_orders(number=f"WO{i:08d}", customer_number=car.customer_number, vin=car.vin)
        )
        for i, car in enumerate(cars)
    ]
    records = renewals_from(Snapshot(vehicles=cars, work_orders=orders), month=month)
    for record in records:
        assert (record.expires_on.year, record.expires_on.month) == (month.year, month.month)
        assert record.premium >= 0
        if record.renewed_on is not None:
            assert (
                record.expires_on - timedelta(days=90)
                <= record.renewed_on
                <= record.expires_on + timedelta(days=30)
            )
    rate = renewal_rate(records, month=month)
    assert _is_share(rate.by_count)
    assert rate.by_count.denominator == len(records)
    if rate.by_value is not None:
        assert 0.0 <= rate.by_value <= 1.0


@st.composite
def _complaints_with_topics(draw: st.DrawFn) -> Complaint:
    base = draw(complaints())
    return attrs.evolve(
        base,
        cause=draw(st.one_of(st.none(), st.sampled_from(ComplaintCause))),
        topic=draw(st.one_of(st.none(), st.sampled_from(ComplaintTopic))),
    )


@given(st.lists(_complaints_with_topics(), max_size=12))
def test_concentration_shares_add_up(items: list[Complaint]) -> None:
    result = complaint_concentration(items)
    for rows in (result.by_cause, result.by_topic):
        assert sum(row.count for row in rows) == len(items)
        assert all(_is_share(row.share) and _is_share(row.cumulative) for row in rows)
        counts = [row.count for row in rows if row.key is not None]
        assert counts == sorted(counts, reverse=True)
        if items:
            assert rows[-1].cumulative.value == 1.0
