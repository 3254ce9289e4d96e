"""The lost customers to win back, and who was kept off the list and why.

Every lost customer (see [lost customers][sources-lost-customers]) is a name for the
win-back calls, unless contact pressure keeps them off: an opt-out, an anonymised
record, a booking already made, or a call too recent.

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import Customer, Snapshot
    >>> shop = Snapshot(customers=[Customer(number="C1", name="王建国")])
    >>> lost_customers(shop, as_of=date(2025, 10, 9))
    ()
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

import attrs

from autocrm.domain.snapshot import Snapshot
from autocrm.rules._visits import (
    checked,
    customer_records,
)
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import ChurnSegment, SegmentAssessment, _segment
from autocrm.rules.contact import ContactHistory, LeftOff

__all__ = [
    "LostCustomers",
    "lost_customers",
    "lost_customers_report",
]


@attrs.frozen(kw_only=True)
class LostCustomers:
    """The win-back list and who was left off it, and why.

    Attributes:
        as_of: The day of the question.
        entries: The lost customers to win back, in
            [`lost_customers`][autocrm.rules.lost.lost_customers] order.
        left_off: Lost customers contact pressure kept off: opted out of
            ``ChurnPolicy.win_back_opt_out``, anonymised, already booked, or called in
            the last ``contact_cooldown_days`` days; ``subject`` is the segment.
        rule: The rule and the policy values used.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> lost_customers_report(Snapshot(), as_of=date(2025, 6, 1)).entries
        ()
    """

    as_of: date
    entries: tuple[SegmentAssessment, ...]
    left_off: tuple[LeftOff, ...]
    rule: str

    @classmethod
    def of(
        cls,
        entries: Iterable[SegmentAssessment],
        left_off: Iterable[LeftOff],
        *,
        as_of: date,
        policy: ChurnPolicy,
    ) -> LostCustomers:
        """The report of these entries (put in win-back order) and left-off customers.

        Examples:
            >>> LostCustomers.of([], [], as_of=date(2025, 6, 1), policy=ChurnPolicy()).rule[:24]
            'lost: no visit for more '
        """
        rule = (
            f"lost: no visit for more than {policy.lost_after_days} days or "
            f"first-service lost; opted out of {policy.win_back_opt_out.label} "
            "(ChurnPolicy.win_back_opt_out), anonymised, already booked, or called in the last "
            f"ChurnPolicy.contact_cooldown_days={policy.contact_cooldown_days} days left off"
        )
        return cls(
            as_of=as_of,
            entries=tuple(sorted(entries, key=lambda a: a.win_back_key)),
            left_off=tuple(left_off),
            rule=rule,
        )

    @classmethod
    def sorted_out(
        cls,
        assessments: Iterable[SegmentAssessment],
        history: ContactHistory,
        *,
        segments: Collection[ChurnSegment],
        as_of: date,
        policy: ChurnPolicy,
    ) -> LostCustomers:
        """The report of the assessments in ``segments``, those contact pressure holds left off.

        The one step the pure rule and its SQL twin share once each has assessed its
        customers.

        Examples:
            >>> lost = SegmentAssessment.from_facts(
            ...     "C1", last_visit_on=date(2024, 2, 1), serviced_here=True, stale_vins=(),
            ...     as_of=date(2025, 6, 1), policy=ChurnPolicy())
            >>> report = LostCustomers.sorted_out(
            ...     [lost], ContactHistory.of([]), segments=set(ChurnSegment),
            ...     as_of=date(2025, 6, 1), policy=ChurnPolicy())
            >>> [a.customer_number for a in report.entries], report.left_off
            (['C1'], ())
        """
        found: list[SegmentAssessment] = []
        left_off: list[LeftOff] = []
        for assessment in assessments:
            if assessment.segment not in segments:
                continue
            held = assessment.win_back_left_off(history, policy)
            if held is None:
                found.append(assessment)
            else:
                left_off.append(held)
        return cls.of(found, left_off, as_of=as_of, policy=policy)


def lost_customers_report(
    snapshot: Snapshot,
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
    segments: Collection[ChurnSegment] | None = None,
) -> LostCustomers:
    """Return the win-back list with who was left off and why (see
    [`lost_customers`][autocrm.rules.lost.lost_customers]).

    Examples:
        >>> from autocrm.domain import Customer, OptOut, Snapshot, Vehicle
        >>> snap = Snapshot(
        ...     customers=[Customer(number="C1", name="王建国",
        ...                         opt_outs=[OptOut("marketing", reason="不要营销电话")])],
        ...     vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                       last_business_on=date(2024, 2, 1))])
        >>> report = lost_customers_report(snap, as_of=date(2025, 6, 1))
        >>> report.entries, [(x.subject, x.reason) for x in report.left_off]
        ((), [('recently_lost', 'opted out of 营销 calls: 不要营销电话')])
    """
    policy = checked(policy, ChurnPolicy, "policy")
    checked(snapshot, Snapshot, "snapshot")
    day = policy.check_as_of(as_of)
    wanted = ChurnSegment.selected(segments)
    assessments = (
        _segment(customer, *customer_records(snapshot, customer), day, policy)
        for customer in snapshot.customers
    )
    return LostCustomers.sorted_out(
        assessments, ContactHistory.of(snapshot), segments=wanted, as_of=day, policy=policy
    )


def lost_customers(
    snapshot: Snapshot,
    *,
    as_of: date,
    policy: ChurnPolicy = ChurnPolicy(),
    segments: Collection[ChurnSegment] | None = None,
) -> tuple[SegmentAssessment, ...]:
    """Return the lost customers of an archive, the targets of win-back campaigns.

    The win-back list is a call list ([contact pressure][sources-expectations]): a customer who
    opted out of ``policy.win_back_opt_out`` (marketing, by default) or was anonymised, a customer
    already booked (a BOOKED appointment from ``as_of`` on) and a customer called in
    the last ``policy.contact_cooldown_days`` days are left off;
    [`lost_customers_report`][autocrm.rules.lost.lost_customers_report] says who and why.

    Args:
        snapshot: The archive.
        as_of: The day of the question.
        policy: The thresholds.
        segments: Which segments to return; default the lost ones (recently lost,
            first-service lost, defected).

    Returns:
        One assessment per customer, recently lost first (the easiest to win back),
        then first-service lost, then defected; within a segment the most recent
        last visit first, then by customer number.

    Raises:
        autocrm.errors.InvalidFormat: a naive or non-date ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).

    Examples:
        >>> from autocrm.domain import Customer, Snapshot, Vehicle
        >>> snap = Snapshot(
        ...     customers=[Customer(number="C1", name="王建国"),
        ...                Customer(number="C2", name="李娜")],
        ...     vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                       last_business_on=date(2024, 2, 1)),
        ...               Vehicle(vin="1HGCM82633A004352", customer_number="C2",
        ...                       last_business_on=date(2025, 2, 1))])
        >>> lost = lost_customers(snap, as_of=date(2025, 6, 1))
        >>> [(a.customer_number, a.segment.label, a.days_since_visit) for a in lost]
        [('C1', '近期流失客户', 486)]
    """
    policy = checked(policy, ChurnPolicy, "policy")
    checked(snapshot, Snapshot, "snapshot")
    return lost_customers_report(snapshot, as_of=as_of, policy=policy, segments=segments).entries
