"""The synthetic dealership is believable: what a desk and an analyst expect to see.

Pinned on one fixed seed (3, 300 private customers, seen from 24 November 2026), and
the main points on two more shops (the demo's seed among them).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from autocrm.domain import AppointmentKind, AppointmentStatus, ComplaintLevel, Snapshot
from autocrm.rules.churn_segments import ChurnSegment, churn_segment
from autocrm.rules.churn_warning import early_warning
from autocrm.rules.complaints import callback_overdue, is_overdue
from autocrm.rules.desk import daily_worklist
from autocrm.rules.duplicates import DuplicateReason, find_duplicates
from autocrm.rules.worklist_policy import ReasonKind
from autocrm.stats import Period
from autocrm.stats.arrivals import ArrivalGroup, arrivals_by_type
from autocrm.testing.synthetic import generate_dealership

AS_OF = date(2026, 11, 24)


@pytest.fixture(scope="module")
def shop() -> Snapshot:
    return generate_dealership(seed=3, customers=300, as_of=AS_OF)


def test_every_month_of_the_last_year_has_repair_only_arrivals(shop: Snapshot) -> None:
    since = date(2025, 12, 1)
    recent = [order for order in shop.work_orders if since <= order.visit_date <= AS_OF]
    rows = arrivals_by_type(recent, period=Period.MONTH).rows
    assert [row.period for row in rows] == [
        "2025-12",
        *(f"2026-{month:02d}" for month in range(1, 12)),
    ]
    general = [row.group(ArrivalGroup.GENERAL_REPAIR) for row in rows]
    assert min(general) >= 10, general
    # Not a sliver either: repairs are a fair part of the workshop's arrivals.
    visits = sum(row.visits for row in rows)
    assert 0.15 <= sum(general) / visits <= 0.40


def test_the_early_warning_list_holds_a_plausible_share(shop: Snapshot) -> None:
    warning = early_warning(shop, as_of=AS_OF)
    share = len(warning.entries) / len(shop.customers)
    assert 0.05 <= share <= 0.15, share
    # Some who would qualify are already booked for their maintenance: left off.
    assert any(x.pressure.kind.value == "booked" for x in warning.left_off)


def test_the_archive_holds_lost_customers_as_well_as_active_ones(shop: Snapshot) -> None:
    segments = Counter(
        churn_segment(
            c, shop.vehicles_of(c.number), shop.work_orders_of(c.number), as_of=AS_OF
        ).segment
        for c in shop.customers
    )
    active = segments[ChurnSegment.ACTIVE] / len(shop.customers)
    assert 0.6 <= active <= 0.85, segments
    assert segments[ChurnSegment.RECENTLY_LOST]
    assert segments[ChurnSegment.DEFECTED]


def test_the_last_year_has_complaints_of_every_level(shop: Snapshot) -> None:
    levels = Counter(c.level for c in shop.complaints if c.received_at.date() > date(2025, 11, 24))
    assert set(levels) == set(ComplaintLevel)
    # Level I the most frequent, as in seed 004's charts.
    assert levels[ComplaintLevel.I] > levels[ComplaintLevel.II]
    assert all(c.callback_promised_at is not None for c in shop.complaints)


def test_both_appointment_kinds_have_no_shows_and_bookings_ahead(shop: Snapshot) -> None:
    seen = Counter((a.kind, a.status) for a in shop.appointments)
    for kind in AppointmentKind:
        assert seen[kind, AppointmentStatus.NO_SHOW] > 0
        assert seen[kind, AppointmentStatus.BOOKED] > 0
    assert all(
        a.slot.date() > AS_OF for a in shop.appointments if a.status is AppointmentStatus.BOOKED
    )


def test_the_desks_day_on_the_demo_shop_has_every_kind_of_work(shop: Snapshot) -> None:
    day = daily_worklist(shop, as_of=AS_OF)
    kinds = {reason.kind for task in day.tasks for reason in task.reasons}
    assert {
        ReasonKind.FOLLOW_UP,
        ReasonKind.APPOINTMENT_CONFIRMATION,
        ReasonKind.MAINTENANCE,
        ReasonKind.INSURANCE_RENEWAL,
        ReasonKind.EARLY_WARNING,
        ReasonKind.WIN_BACK,
    } <= kinds


# The default demo's seed and another, at a size where chance alone once left a
# kind of appointment without a no-show (seed 2026, 150 customers: only proactive).
@pytest.fixture(scope="module", params=[7, 2026])
def other_shop(request: pytest.FixtureRequest) -> Snapshot:
    return generate_dealership(seed=request.param, customers=150, as_of=AS_OF)


def test_every_shop_is_believable(other_shop: Snapshot) -> None:
    recent = [o for o in other_shop.work_orders if date(2025, 12, 1) <= o.visit_date <= AS_OF]
    rows = arrivals_by_type(recent, period=Period.MONTH).rows
    assert len(rows) == 12
    assert min(row.group(ArrivalGroup.GENERAL_REPAIR) for row in rows) > 0
    share = len(early_warning(other_shop, as_of=AS_OF).entries) / len(other_shop.customers)
    assert 0.05 <= share <= 0.15, share
    levels = {c.level for c in other_shop.complaints if c.received_at.date() > date(2025, 11, 24)}
    assert levels == set(ComplaintLevel)
    no_shows = {a.kind for a in other_shop.appointments if a.status is AppointmentStatus.NO_SHOW}
    assert no_shows == set(AppointmentKind)


def test_the_desk_has_an_overdue_complaint_a_missed_call_back_and_a_duplicate(
    other_shop: Snapshot,
) -> None:
    overdue = [c for c in other_shop.complaints if is_overdue(c, as_of=AS_OF)]
    missed = [c for c in other_shop.complaints if callback_overdue(c, as_of=AS_OF)]
    assert overdue
    assert missed
    assert all(c.handler is not None for c in other_shop.complaints)
    # The missed call-back is filed under a customer entered twice: one duplicate group.
    groups = find_duplicates(other_shop.customers, other_shop.vehicles)
    assert [g.reason for g in groups] == [DuplicateReason.SAME_MOBILE]
    assert missed[-1].customer_number in groups[0].customer_numbers
