"""Measures of the archive process: the archive completeness and update timeliness rates.

The customer-archive process is measured by its archive completeness rate
(档案完整率), update timeliness rate (更新及时率), security incident rate
(安全事件发生率) and customer satisfaction (see [the archive][sources-archive]). This
module computes the first two from the archive itself.

Security incidents (leaks, unauthorised access) are not records of the customer
archive, so the library keeps no incident type and computes no incident rate: count
them in the shop's incident log. Customer satisfaction is in
[`autocrm.stats.satisfaction`][autocrm.stats.satisfaction]; the month's insurance
renewals moved to [`autocrm.stats.renewals`][autocrm.stats.renewals] and where
complaints concentrate to
[`autocrm.stats.complaints.concentration`][autocrm.stats.complaints.concentration].

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> from autocrm.domain import Customer
    >>> result = archive_completeness([Customer(number="C000001", name="王建国")])
    >>> result.archives, f"{result.complete}"
    (1, '0%')
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

import attrs

from autocrm.deprecations import moved_names
from autocrm.domain.audit import AuditAction, AuditEntry
from autocrm.domain.customer import Customer
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date, local_date
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidFormat
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.archive_completeness import DataGroup, completeness
from autocrm.rules.review import review_due
from autocrm.stats._checks import checked, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Rate

__all__ = [
    "ArchiveCompleteness",
    "GroupFillRate",
    "UpdateTimeliness",
    "archive_completeness",
    "update_timeliness",
]

#: Names that moved to the module of their topic: old name -> new module.
__getattr__ = moved_names(
    __name__,
    {
        "ComplaintConcentration": "autocrm.stats.complaints.concentration",
        "ConcentrationRow": "autocrm.stats.complaints.concentration",
        "complaint_concentration": "autocrm.stats.complaints.concentration",
        "renewals_from": "autocrm.stats.renewals",
    },
)

_DEFAULT_POLICY = StatsPolicy()
_DEFAULT_ARCHIVE_POLICY = ArchivePolicy()

#: The entity name the archives give work orders in the audit trail.
_WORK_ORDER_ENTITY = "work_order"


# --------------------------------------------------------------------------- completeness


@attrs.frozen(kw_only=True)
class GroupFillRate:
    """How well one of the archive's four data groups is filled across the archive.

    Attributes:
        group: The data group.
        fill: Fields filled over fields counted, over all archives.
        complete: Archives whose group has every field filled, over archives.

    Examples:
        >>> row = GroupFillRate(group=DataGroup.OWNER_BASICS, fill=Rate(12, 16),
        ...                     complete=Rate(1, 2))
        >>> f"{row.fill}", row.to_dict()["label"]
        ('75%', '车主基本信息')
    """

    group: DataGroup
    fill: Rate
    complete: Rate

    def to_dict(self) -> dict[str, object]:
        """The group's figures as plain values."""
        return {
            "group": self.group.value,
            "label": self.group.label,
            "fields_filled": self.fill.numerator,
            "fields_counted": self.fill.denominator,
            "fill_rate": self.fill.value,
            "fill_percent": self.fill.format_percent(),
            "archives_complete": self.complete.numerator,
            "archives": self.complete.denominator,
            "complete_rate": self.complete.value,
            "complete_percent": self.complete.format_percent(),
        }


@attrs.frozen(kw_only=True)
class ArchiveCompleteness:
    """The archive completeness rate (档案完整率), with its evidence.

    Attributes:
        archives: Customer archives measured (anonymised and merged ones are left
            out).
        anonymised: Anonymised archives left out: their personal data were erased
            on request (PIPL), so they are incomplete by design.
        merged: MERGED duplicate records left out: each was merged into another
            customer, whose archive is the one measured.
        mean_score: Mean completeness score of the archives, 0 to 1 (None if none).
        threshold: The least score counted as complete (the policy value used).
        complete: Archives whose score reaches the threshold, over archives.
        groups: One [`GroupFillRate`][autocrm.stats.archive.GroupFillRate] per data group, in seed
            order.
        below_threshold: Numbers of the archives below the threshold, least
            complete first: the clerk's list of archives to complete.
        rule: How the rate is counted.

    Examples:
        >>> from autocrm.domain import Customer
        >>> result = archive_completeness([Customer(number="C1", name="张三")],
        ...                               policy=StatsPolicy(complete_archive_min_score=0.0))
        >>> f"{result.complete}", result.below_threshold
        ('100%', ())
    """

    archives: int
    anonymised: int
    merged: int = 0
    mean_score: float | None
    threshold: float
    complete: Rate
    groups: tuple[GroupFillRate, ...]
    below_threshold: tuple[str, ...]
    rule: str = (
        "completeness score = fields filled / fields counted over the archive's four data "
        "groups (autocrm.rules.archive.completeness); an archive is complete when its "
        "score reaches the threshold; anonymised archives and merged duplicates are left out"
    )

    def group(self, group: DataGroup | str) -> GroupFillRate:
        """The figures of one data group (a DataGroup, its value or its label)."""
        wanted = DataGroup.from_label(group) if isinstance(group, str) else group
        return next(row for row in self.groups if row.group is wanted)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per data group, then a ``total`` row (complete = reaches the threshold)."""
        total = {
            "group": "total",
            "label": "合计",
            "fields_filled": sum(row.fill.numerator for row in self.groups),
            "fields_counted": sum(row.fill.denominator for row in self.groups),
            "fill_rate": Rate.combine(*(row.fill for row in self.groups)).value,
            "fill_percent": Rate.combine(*(row.fill for row in self.groups)).format_percent(),
            "archives_complete": self.complete.numerator,
            "archives": self.complete.denominator,
            "complete_rate": self.complete.value,
            "complete_percent": self.complete.format_percent(),
            "mean_score": self.mean_score,
            "threshold": self.threshold,
        }
        return [row.to_dict() for row in self.groups] + [total]


def archive_completeness(
    customers: Snapshot | Iterable[Customer],
    vehicles: Iterable[Vehicle] = (),
    *,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> ArchiveCompleteness:
    """Return the archive completeness rate and the fill rate of each data group.

    Each customer's archive is scored by
    [`autocrm.rules.archive_completeness.completeness`][autocrm.rules.archive_completeness.completeness]
    (the fields of the four data groups of a file, the customer's vehicles included;
    see [what a file holds][sources-archive-fields]).
    The rate is the share of archives whose score reaches
    ``policy.complete_archive_min_score`` (1.0 by default: every field filled; a
    shop that only asks for most fields lowers it). Each group's fill rate is the
    fields filled over the fields counted, summed over all archives, so a group
    that is often empty shows where data collection fails. Anonymised archives are
    left out and counted apart.

    Args:
        customers: The customers, or a [`Snapshot`][autocrm.domain.snapshot.Snapshot] (its
            customers and vehicles are used; then pass no ``vehicles``).
        vehicles: The vehicles; each counts for its owner only.
        policy: ``complete_archive_min_score`` and the confidence of the rates.

    Returns:
        An [`ArchiveCompleteness`][autocrm.stats.archive.ArchiveCompleteness]; with no archives,
        every rate has value None.

    Raises:
        autocrm.errors.InvalidFormat: records of the wrong type, or vehicles passed
            with a snapshot.
        autocrm.errors.InvalidComponent: a threshold outside 0 to 1.

    Examples:
        >>> from datetime import date
        >>> from autocrm.domain import Customer, Vehicle
        >>> wang = Customer(number="C000001", name="王建国", mobile="13800138000",
        ...                 resident_id="11010519491231002X", gender="female",
        ...                 birth_date=date(1949, 12, 31))
        >>> li = Customer(number="C000002", name="李四")
        >>> car = Vehicle("LFV2A21K3D3109826", "C000001", plate="京A12345", model="速腾")
        >>> result = archive_completeness([wang, li], [car],
        ...                               policy=StatsPolicy(complete_archive_min_score=0.2))
        >>> f"{result.complete}", result.below_threshold, round(result.mean_score, 3)
        ('50%', ('C000002',), 0.136)
        >>> f"{result.group('车主基本信息').fill}"
        '38%'
    """
    policy = checked(policy, StatsPolicy, "policy")
    threshold = policy.complete_archive_min_score  # StatsPolicy checked it: 0 to 1
    if isinstance(customers, Snapshot):
        if records_of(vehicles, Vehicle, "vehicles"):
            msg = "vehicles: pass either a snapshot or customers and vehicles, not both"
            raise InvalidFormat(msg, field="vehicles", value=vehicles)
        people: list[Customer] = list(customers.customers)
        cars: list[Vehicle] = list(customers.vehicles)
    else:
        people = records_of(customers, Customer, "customers")
        cars = records_of(vehicles, Vehicle, "vehicles")
    by_owner: defaultdict[str, list[Vehicle]] = defaultdict(list)
    for car in cars:
        by_owner[car.customer_number].append(car)
    confidence = policy.confidence
    filled: Counter[DataGroup] = Counter()
    counted: Counter[DataGroup] = Counter()
    group_complete: Counter[DataGroup] = Counter()
    scores: list[tuple[float, str]] = []
    anonymised = merged = 0
    for customer in people:
        if customer.anonymised:
            anonymised += 1
            continue
        if customer.merged:
            merged += 1
            continue
        result = completeness(customer, by_owner.get(customer.number, ()))
        scores.append((result.score, customer.number))
        for item in result.groups:
            filled[item.group] += item.filled
            counted[item.group] += item.total
            group_complete[item.group] += item.filled == item.total
    archives = len(scores)
    below = sorted(entry for entry in scores if entry[0] < threshold)
    return ArchiveCompleteness(
        archives=archives,
        anonymised=anonymised,
        merged=merged,
        mean_score=math.fsum(score for score, _ in scores) / archives if archives else None,
        threshold=threshold,
        complete=Rate(archives - len(below), archives, confidence=confidence),
        groups=tuple(
            GroupFillRate(
                group=group,
                fill=Rate(filled[group], counted[group], confidence=confidence),
                complete=Rate(group_complete[group], archives, confidence=confidence),
            )
            for group in DataGroup
        ),
        below_threshold=tuple(number for _, number in below),
    )


# --------------------------------------------------------------------------- timeliness


@attrs.frozen(kw_only=True)
class UpdateTimeliness:
    """The update timeliness rate (更新及时率), measured two ways.

    Attributes:
        as_of: The business date of the measure.
        since: First closing date counted (None: from the beginning).
        work_orders: Closed work orders that reached the archive within
            ``archive_days`` of closing, over those that count (archived, or past
            their deadline).
        archived_late: Numbers of work orders archived after their deadline.
        not_archived: Numbers of work orders past their deadline and still not
            archived (no audit entry by ``as_of``).
        pending: Work orders closed within the last ``archive_days`` and not yet
            archived (left out).
        reviews: Customer archives whose periodic review is not overdue on
            ``as_of``, over the archives (anonymised and merged ones left out).
        reviews_overdue: Numbers of the archives whose review is overdue.
        archive_days: The policy value used (``work_order_archive_days``).
        review_every_months: The policy value used (``ArchivePolicy``).
        rule: How the rates are counted.

    Examples:
        >>> result = update_timeliness([], as_of=date(2025, 10, 31))
        >>> result.work_orders.value, result.reviews.value
        (None, None)
    """

    as_of: date
    since: date | None
    work_orders: Rate
    archived_late: tuple[str, ...]
    not_archived: tuple[str, ...]
    pending: int
    reviews: Rate
    reviews_overdue: tuple[str, ...]
    archive_days: int
    review_every_months: int
    rule: str = (
        "work orders: a work order closed on day D counts as updated in time when its "
        "first audit entry (create, or an update of closed_at or of the whole record) "
        "at or after its closing time falls on or before D + archive_days; reviews: "
        "an archive is in time when its next review (ArchivePolicy.review_every_months "
        "after the last review or registration) is not past on as_of"
    )

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """Two rows: ``work_orders`` and ``reviews``, each with the rate's figures."""
        return [
            {
                "measure": "work_orders",
                "label": "工单及时归档",
                **self.work_orders.to_dict(),
                "late": len(self.archived_late) + len(self.not_archived),
                "pending": self.pending,
                "policy": f"archive_days={self.archive_days}",
            },
            {
                "measure": "reviews",
                "label": "档案按期核查",
                **self.reviews.to_dict(),
                "late": len(self.reviews_overdue),
                "pending": 0,
                "policy": f"review_every_months={self.review_every_months}",
            },
        ]


def _archived_at(work_order: WorkOrder, entries: Sequence[AuditEntry]) -> datetime | None:
    """When the closed work order reached the archive, from its audit entries."""
    closed_at = work_order.closed_at
    if closed_at is None:  # pragma: no cover - only closed work orders are measured
        return None
    recording = [
        entry.at
        for entry in entries
        if entry.action is AuditAction.CREATE
        or (entry.action is AuditAction.UPDATE and entry.field in (None, "closed_at"))
    ]
    after = [at for at in recording if at >= closed_at]
    if after:
        return min(after)
    # Stored before it closed, and the trail holds no later write (an import, say):
    # the record was in the archive when it closed.
    created_before = any(entry.action is AuditAction.CREATE for entry in entries)
    return closed_at if created_before else None


def update_timeliness(
    work_orders: Snapshot | Iterable[WorkOrder],
    audit: Iterable[AuditEntry] = (),
    customers: Iterable[Customer] = (),
    *,
    as_of: date,
    since: date | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
    archive_policy: ArchivePolicy = _DEFAULT_ARCHIVE_POLICY,
) -> UpdateTimeliness:
    """Return the update timeliness rate, from the audit trail and the reviews.

    The department names the update timeliness rate among the measures of the
    archive process without defining it (see [how the archive is
    run][sources-archive-process]); the library measures the two updates the
    process schedules:

    * **work orders archived in time** — the information clerk is to
      collect and archive each day's work orders (每日客户存档工单). A work order
      closed (local date D) counts as archived when the audit trail first records
      it at or after its closing time: a CREATE entry, or an UPDATE of
      ``closed_at`` (or of the whole record); it is in time when that entry falls
      on or before D + ``policy.work_order_archive_days`` (*default* 1). A work
      order stored before it closed with no later write counts as archived at
      closing. Work orders not archived by ``as_of`` count as late once their
      deadline has passed and are *pending* (left out) before.
    * **archives reviewed in time** — each archive is reviewed every
      quarter ([`review_due`][autocrm.rules.review.review_due]): an archive is in
      time while its next review date is not past on ``as_of``; an archive with no
      review or registration date is overdue. Anonymised archives and customers
      registered after ``as_of`` are left out.

    Only audit entries of entity ``"work_order"`` dated on or before ``as_of`` are
    read, so the same ``as_of`` always gives the same answer.

    Args:
        work_orders: The work orders, or a [`Snapshot`][autocrm.domain.snapshot.Snapshot] (its
            work orders, audit trail and customers are used; pass nothing else).
        audit: The audit trail (entries of other entities are ignored).
        customers: The customers whose reviews are measured (none: rate n/a).
        as_of: The business date (an aware datetime counts as its local date).
        since: Count only work orders closed on or after this date.
        policy: ``work_order_archive_days`` and the confidence of the rates.
        archive_policy: ``review_every_months``.

    Returns:
        An [`UpdateTimeliness`][autocrm.stats.archive.UpdateTimeliness].

    Raises:
        autocrm.errors.InvalidFormat: records of the wrong type, a bad ``as_of``, or
            audit or customers passed with a snapshot.
        autocrm.errors.InvalidComponent: a negative ``work_order_archive_days``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ, AuditEntry, Customer, WorkOrder
        >>> def at(day, hour=17):
        ...     return datetime(2025, 10, day, hour, tzinfo=CHINA_TZ)
        >>> def wo(number, closed_day):
        ...     return WorkOrder(number=number, customer_number="C000001",
        ...                      vin="LFV2A21K3D3109826", service_types=["保养"],
        ...                      opened_at=at(closed_day, 9), closed_at=at(closed_day, 16))
        >>> def stored(number, day):
        ...     return AuditEntry(at=at(day), actor="信息员", entity="work_order",
        ...                       entity_id=number, action="create")
        >>> orders = [wo("WO1", 9), wo("WO2", 9), wo("WO3", 10), wo("WO4", 30)]
        >>> trail = [stored("WO1", 9), stored("WO2", 10), stored("WO3", 14)]
        >>> wang = Customer(number="C000001", name="王建国", reviewed_on=date(2025, 7, 1))
        >>> result = update_timeliness(orders, trail, [wang], as_of=date(2025, 10, 31))
        >>> f"{result.work_orders}", result.archived_late, result.pending
        ('67%', ('WO3',), 1)
        >>> f"{result.reviews}", result.reviews_overdue
        ('0%', ('C000001',))
    """
    policy = checked(policy, StatsPolicy, "policy")
    archive_policy = checked(archive_policy, ArchivePolicy, "archive_policy")
    day = as_date(as_of, "as_of")
    start = None if since is None else as_date(since, "since")
    days = policy.work_order_archive_days
    if isinstance(work_orders, Snapshot):
        if records_of(audit, AuditEntry, "audit") or records_of(customers, Customer, "customers"):
            msg = "audit: pass either a snapshot or work orders, audit and customers, not both"
            raise InvalidFormat(msg, field="audit", value=audit)
        orders: list[WorkOrder] = list(work_orders.work_orders)
        trail: list[AuditEntry] = list(work_orders.audit)
        people: list[Customer] = list(work_orders.customers)
    else:
        orders = records_of(work_orders, WorkOrder, "work_orders")
        trail = records_of(audit, AuditEntry, "audit")
        people = records_of(customers, Customer, "customers")
    by_order: defaultdict[str, list[AuditEntry]] = defaultdict(list)
    for entry in trail:
        if entry.entity == _WORK_ORDER_ENTITY and local_date(entry.at) <= day:
            by_order[entry.entity_id].append(entry)
    on_time = 0
    late: list[str] = []
    missing: list[str] = []
    pending = 0
    for order in sorted(orders, key=lambda o: (o.closed_at or o.opened_at, o.number)):
        closed_on = order.closed_on
        if closed_on is None or closed_on > day or (start is not None and closed_on < start):
            continue
        deadline = closed_on + timedelta(days=days)
        archived_at = _archived_at(order, by_order.get(order.number, ()))
        if archived_at is not None:
            if local_date(archived_at) <= deadline:
                on_time += 1
            else:
                late.append(order.number)
        elif day > deadline:
            missing.append(order.number)
        else:
            pending += 1
    counted = on_time + len(late) + len(missing)
    in_time = 0
    overdue: list[str] = []
    for customer in people:
        if (
            customer.anonymised
            or customer.merged
            or (customer.registered_on is not None and customer.registered_on > day)
        ):
            continue
        review = review_due(customer, as_of=day, policy=archive_policy)
        if review.due_on is not None and day <= review.due_on:
            in_time += 1
        else:
            overdue.append(customer.number)
    confidence = policy.confidence
    return UpdateTimeliness(
        as_of=day,
        since=start,
        work_orders=Rate(on_time, counted, confidence=confidence),
        archived_late=tuple(late),
        not_archived=tuple(missing),
        pending=pending,
        reviews=Rate(in_time, in_time + len(overdue), confidence=confidence),
        reviews_overdue=tuple(sorted(overdue)),
        archive_days=days,
        review_every_months=archive_policy.review_every_months,
    )
