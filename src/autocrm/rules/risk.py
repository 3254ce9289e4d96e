"""Churn risk: a score from 0 to 100 of how likely a customer is to drift away.

The score adds weighted terms: time since the last visit, missed maintenance (the
chances of the [loyalty class][sources-loyalty]), unresolved complaints.
This module sits above both [`churn`][autocrm.rules.churn] and
[`loyalty`][autocrm.rules.loyalty]: loyalty's LOST class is the churn rule, and the
risk reads loyalty's missed chances.

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Customer
    >>> churn_risk(Customer(number="C1", name="王建国"), as_of=date(2025, 10, 9)).level.value
    'high'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import attrs

from autocrm.domain.complaint import Complaint, ComplaintStatus
from autocrm.domain.customer import Customer
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.time import as_date
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.rules._visits import (
    check_customer,
    checked,
    checked_items,
    visit_dates,
)
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.loyalty import LoyaltyPolicy, classify_loyalty
from autocrm.rules.service_policy import ServicePolicy

__all__ = [
    "ChurnRisk",
    "RiskComponent",
    "RiskLevel",
    "churn_risk",
]


class RiskLevel(LabelledEnum):
    """Churn-risk level from the score.

    Examples:
        >>> RiskLevel.HIGH.label
        '高'
    """

    LOW = ("low", "低")
    MEDIUM = ("medium", "中")
    HIGH = ("high", "高")


_SHARE = Decimal("0.0001")
_SCORE = Decimal("0.1")


@attrs.frozen
class RiskComponent:
    """One term of the churn-risk formula.

    Attributes:
        name: ``recency``, ``frequency``, ``missed_maintenance`` or ``complaints``.
        value: The component, between 0 and 1 (to 4 decimals).
        weight: Its weight from the policy.
        points: ``100 × weight × value / total weight``, to 0.1.
        evidence: What the value was computed from.

    Examples:
        >>> from autocrm.domain import Customer
        >>> risk = churn_risk(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
        >>> first = risk.components[0]
        >>> first.name, first.value, first.points, first.evidence
        ('recency', Decimal('1.0000'), Decimal('40.0'), 'no visit on record')
    """

    name: str
    value: Decimal
    weight: int
    points: Decimal
    evidence: str


@attrs.frozen
class ChurnRisk:
    """A customer's churn-risk score, with every component of the formula.

    Attributes:
        customer_number: The customer.
        score: 0 (no risk) to 100: the sum of the components' points (rounding
            can make that 100.1 for odd weights; the score is capped at 100).
        level: LOW, MEDIUM or HIGH by the policy thresholds.
        components: The four terms.
        as_of: The day of the question.
        formula: The formula, with the policy values used.

    Examples:
        >>> from autocrm.domain import Customer
        >>> risk = churn_risk(Customer(number="C1", name="王建国"), as_of=date(2025, 1, 1))
        >>> risk.score, risk.level.label
        (Decimal('60.0'), '高')
    """

    customer_number: str
    score: Decimal
    level: RiskLevel
    components: tuple[RiskComponent, ...]
    as_of: date
    formula: str


def _share(numerator: int, denominator: int) -> Decimal:
    value = min(Decimal(1), Decimal(numerator) / Decimal(denominator))
    return max(Decimal(0), value).quantize(_SHARE, rounding=ROUND_HALF_UP)


def _unresolved_on(complaint: Complaint, day: date) -> bool:
    if as_date(complaint.received_at) > day:
        return False
    done = [m for m in (complaint.resolved_at, complaint.closed_at) if m is not None]
    if complaint.status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
        # Resolved now; still open on ``day`` if the resolution came later.
        return bool(done) and min(as_date(m) for m in done) > day
    return True


def churn_risk(
    customer: Customer,
    vehicles: Sequence[Vehicle] = (),
    work_orders: Iterable[WorkOrder] = (),
    complaints: Iterable[Complaint] = (),
    *,
    as_of: date,
    readings: Iterable[OdometerReading] = (),
    policy: ChurnPolicy = ChurnPolicy(),
    loyalty_policy: LoyaltyPolicy | None = None,
    service_policy: ServicePolicy = ServicePolicy(),
) -> ChurnRisk:
    """Return a transparent churn-risk score from four components (no black box).

    ``score = 100 × Σ weightᵢ × valueᵢ / Σ weightᵢ`` with each value in [0, 1]:

    - recency = min(1, days since the last visit / ``lost_after_days``); 1 when no
      visit is known;
    - frequency = max(0, 1 − distinct visit days in the last ``risk_frequency_days``
      / ``risk_expected_visits``);
    - missed_maintenance = min(1, loyalty chances missed whose due date lies in the
      last ``risk_missed_days`` / ``risk_missed_cap``) (see
      [`classify_loyalty`][autocrm.rules.loyalty.classify_loyalty] for chances);
    - complaints = min(1, complaints unresolved on ``as_of`` / ``risk_complaints_cap``).
      A complaint is unresolved on ``as_of`` if it was received by then and is not
      RESOLVED/CLOSED, or was resolved (``resolved_at``/``closed_at``) only later.

    Default weights 40 / 20 / 25 / 15; HIGH from 60, MEDIUM from 30.

    Args:
        customer: The customer.
        vehicles: His vehicles.
        work_orders: Work orders (the customer's or his vehicles').
        complaints: Complaints; those carrying his number count.
        as_of: The day of the question.
        readings: Odometer readings of his vehicles (km-based due dates, as in
            [`classify_loyalty`][autocrm.rules.loyalty.classify_loyalty]).
        policy: Weights, windows and thresholds.
        loyalty_policy: The loyalty due window (default ``LoyaltyPolicy()``).
        service_policy: Maintenance intervals.

    Raises:
        autocrm.errors.InvalidFormat: an argument of the wrong type or a naive ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).
        autocrm.errors.InvalidComponent: a backwards odometer reading, as
            [`classify_loyalty`][autocrm.rules.loyalty.classify_loyalty].

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer, WorkOrder
        >>> visit = WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                   opened_at=datetime(2025, 3, 10, 9, tzinfo=CHINA_TZ),
        ...                   service_types=["小修"])
        >>> risk = churn_risk(Customer(number="C1", name="王建国"), (), [visit],
        ...                   as_of=date(2025, 12, 27))
        >>> for c in risk.components:
        ...     print(c.name, c.value, c.weight, c.points)
        recency 0.8000 40 32.0
        frequency 0.5000 20 10.0
        missed_maintenance 0.0000 25 0.0
        complaints 0.0000 15 0.0
        >>> risk.score, risk.level.label
        (Decimal('42.0'), '中')
    """
    policy = checked(policy, ChurnPolicy, "policy")
    service_policy = checked(service_policy, ServicePolicy, "service_policy")
    day = policy.check_as_of(as_of)
    owner = check_customer(customer)
    cars = checked_items(vehicles, Vehicle, "vehicles")
    orders = checked_items(work_orders, WorkOrder, "work_orders")
    own_complaints = [
        c
        for c in checked_items(complaints, Complaint, "complaints")
        if c.customer_number == owner.number
    ]
    meters = checked_items(readings, OdometerReading, "readings")
    loyalty = LoyaltyPolicy() if loyalty_policy is None else loyalty_policy

    dates = visit_dates(owner, cars, orders, day)
    if dates:
        since = (day - dates[-1]).days
        recency = _share(since, policy.lost_after_days)
        recency_note = f"last visit {dates[-1]}, {since} days / {policy.lost_after_days}"
    else:
        recency = Decimal(1).quantize(_SHARE)
        recency_note = "no visit on record"
    window_start = day - timedelta(days=policy.risk_frequency_days)
    recent = {d for d in dates if d > window_start}
    frequency = (Decimal(1) - _share(len(recent), policy.risk_expected_visits)).quantize(_SHARE)
    frequency_note = (
        f"days with a visit in the last {policy.risk_frequency_days} days: {len(recent)} "
        f"({policy.risk_expected_visits} expected)"
    )
    missed_from = day - timedelta(days=policy.risk_missed_days)
    chances = classify_loyalty(
        owner,
        cars,
        orders,
        meters,
        as_of=day,
        policy=loyalty,
        service_policy=service_policy,
        churn_policy=policy,
    ).evidence
    missed = sum(
        1 for c in chances if not c.pending and c.taken_on is None and c.due_on > missed_from
    )
    missed_value = _share(missed, policy.risk_missed_cap)
    missed_note = (
        f"{missed} maintenance chances missed since {missed_from}, cap {policy.risk_missed_cap}"
    )
    open_complaints = [c.number for c in own_complaints if _unresolved_on(c, day)]
    complaint_value = _share(len(open_complaints), policy.risk_complaints_cap)
    complaint_note = (
        f"{len(open_complaints)} unresolved ({', '.join(open_complaints) or 'none'}), "
        f"cap {policy.risk_complaints_cap}"
    )

    terms = (
        ("recency", recency, policy.risk_weight_recency, recency_note),
        ("frequency", frequency, policy.risk_weight_frequency, frequency_note),
        ("missed_maintenance", missed_value, policy.risk_weight_missed, missed_note),
        ("complaints", complaint_value, policy.risk_weight_complaints, complaint_note),
    )
    total = sum(weight for _, _, weight, _ in terms)
    components = tuple(
        RiskComponent(
            name,
            value,
            weight,
            (100 * weight * value / total).quantize(_SCORE, rounding=ROUND_HALF_UP),
            note,
        )
        for name, value, weight, note in terms
    )
    # The score is the sum of the points shown, so a reader can add them up.
    score = min(Decimal(100), sum((c.points for c in components), Decimal("0.0")))
    if score >= policy.risk_high_from:
        level = RiskLevel.HIGH
    elif score >= policy.risk_medium_from:
        level = RiskLevel.MEDIUM
    else:
        level = RiskLevel.LOW
    formula = (
        "score = 100 × Σ weight × value / Σ weight; weights recency "
        f"{policy.risk_weight_recency}, frequency {policy.risk_weight_frequency}, "
        f"missed maintenance {policy.risk_weight_missed}, complaints "
        f"{policy.risk_weight_complaints}; high ≥ {policy.risk_high_from}, "
        f"medium ≥ {policy.risk_medium_from}"
    )
    return ChurnRisk(owner.number, score, level, components, day, formula)
