"""Operations: arrivals by type, appointment rates, insurance renewal, follow-up issues.

The figures seeds 003 and 004 ask the customer-service department to keep:

- arrivals (进厂台次) by type: first maintenance, due maintenance, general repair
  and accident cars (seed 003), and by every service type of the work orders;
- appointment success rate (arrived / booked) and on-time rate (on time /
  arrived) (seed 004);
- the monthly insurance renewal completion rate, by count and by premium value,
  not below 20 % (seed 003);
- the problems raised in follow-up calls, by category and by job position (seeds
  003, 004).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> ARRIVAL_GROUPS[ServiceType.BODY_PAINT].label
    '事故车'
    >>> ARRIVAL_GROUPS.get(ServiceType.DECORATION) is None
    True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.appointment import Appointment, AppointmentKind, AppointmentStatus
from autocrm.domain.followup import FollowUp, IssueCategory, JobPosition
from autocrm.domain.money import ZERO, money_sum, to_money
from autocrm.domain.text import KEY_LENGTH
from autocrm.domain.time import as_date, local_date
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.stats._checks import check_iterable, checked
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import (
    _NOT_AVAILABLE,
    Period,
    Rate,
    _check_period,
    _period_key,
    _sorted_keys,
    _target_fraction,
    round_half_up,
)

__all__ = [
    "ARRIVAL_GROUPS",
    "ARRIVAL_PRECEDENCE",
    "AppointmentRateRow",
    "AppointmentRates",
    "ArrivalCounts",
    "ArrivalGroup",
    "ArrivalRow",
    "InsuranceRenewal",
    "IssueBreakdown",
    "RenewalRate",
    "appointment_rates",
    "arrivals_by_type",
    "issue_breakdown",
    "renewal_rate",
]

_DEFAULT_POLICY = StatsPolicy()


def _require(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values


# --------------------------------------------------------------------------- arrivals


class ArrivalGroup(LabelledEnum):
    """The arrival types of seed 003 (进厂台次), plus OTHER for visits of none of them.

    Examples:
        >>> ArrivalGroup.ACCIDENT.value, ArrivalGroup.ACCIDENT.label
        ('accident', '事故车')
        >>> ArrivalGroup.from_label("一般维修") is ArrivalGroup.GENERAL_REPAIR
        True
        >>> ARRIVAL_GROUPS[ServiceType.MAINTENANCE].label
        '定期保养'
    """

    FIRST_MAINTENANCE = ("first_maintenance", "首保")
    DUE_MAINTENANCE = ("due_maintenance", "定期保养")
    GENERAL_REPAIR = ("general_repair", "一般维修")
    ACCIDENT = ("accident", "事故车")
    OTHER = ("other", "其他")


#: Which arrival group each service type belongs to (seed 003's four types).
#: Service types absent here (decoration, parts over the counter, insurance
#: renewal, inspection by proxy, new-car delivery) are not workshop arrivals of
#: any of the four types: a visit with only those falls in OTHER.
ARRIVAL_GROUPS: Mapping[ServiceType, ArrivalGroup] = MappingProxyType(
    {
        ServiceType.FIRST_MAINTENANCE: ArrivalGroup.FIRST_MAINTENANCE,
        ServiceType.MAINTENANCE: ArrivalGroup.DUE_MAINTENANCE,
        ServiceType.MINOR_REPAIR: ArrivalGroup.GENERAL_REPAIR,
        ServiceType.MAJOR_REPAIR: ArrivalGroup.GENERAL_REPAIR,
        ServiceType.WARRANTY_CLAIM: ArrivalGroup.GENERAL_REPAIR,
        ServiceType.SELF_PAID: ArrivalGroup.GENERAL_REPAIR,
        ServiceType.ROADSIDE_RESCUE: ArrivalGroup.GENERAL_REPAIR,
        ServiceType.INSURANCE_REPAIR: ArrivalGroup.ACCIDENT,
        ServiceType.BODY_PAINT: ArrivalGroup.ACCIDENT,
    }
)

#: A visit carrying types of several groups is counted once, in the first group
#: of this order: an accident car that also gets its maintenance is an accident car.
ARRIVAL_PRECEDENCE: tuple[ArrivalGroup, ...] = (
    ArrivalGroup.ACCIDENT,
    ArrivalGroup.FIRST_MAINTENANCE,
    ArrivalGroup.DUE_MAINTENANCE,
    ArrivalGroup.GENERAL_REPAIR,
)


@attrs.frozen
class ArrivalRow:
    """Arrivals of one period.

    Attributes:
        visits: Work orders opened in the period.
        by_group: Visits per arrival group (each visit in exactly one group).
        by_service_type: Visits per service type (a visit counts once in each of
            its types, so these do not add up to ``visits``).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> def visit(n, month, *types):
        ...     return WorkOrder(number=n, customer_number="C1", vin="LFV2A21K3D3109826",
        ...                      opened_at=datetime(2025, month, 9, 9, tzinfo=CHINA_TZ),
        ...                      service_types=types)
        >>> counts = arrivals_by_type([visit("W1", 9, "首保"), visit("W2", 10, "保养", "钣喷"),
        ...                            visit("W3", 10, "保养")], period=Period.MONTH)
        >>> october = counts.rows[1]
        >>> october.period, october.visits, october.group("事故车"), october.group("定期保养")
        ('2025-10', 2, 1, 1)
        >>> october.service_type("保养"), october.service_type(ServiceType.BODY_PAINT)
        (2, 1)
    """

    period_start: date | None
    period: str
    visits: int
    by_group: tuple[tuple[ArrivalGroup, int], ...]
    by_service_type: tuple[tuple[ServiceType, int], ...]

    def group(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(wanted, 0)

    def service_type(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(wanted, 0)

    def to_dict(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row


@attrs.frozen
class ArrivalCounts:
    """Arrivals by type and period.

    Attributes:
        period: The period used (None: one row).
        rows: One row per period with visits, in time order.
        groups: The service type → group mapping used.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> def visit(n, month, *types):
        ...     return WorkOrder(number=n, customer_number="C1", vin="LFV2A21K3D3109826",
        ...                      opened_at=datetime(2025, month, 9, 9, tzinfo=CHINA_TZ),
        ...                      service_types=types)
        >>> counts = arrivals_by_type([visit("W1", 9, "首保"), visit("W2", 10, "保养", "钣喷"),
        ...                            visit("W3", 10, "保养")], period=Period.MONTH)
        >>> [(row.period, row.visits) for row in counts.rows]
        [('2025-09', 1), ('2025-10', 2)]
        >>> counts.total.visits, counts.total.group(ArrivalGroup.FIRST_MAINTENANCE)
        (3, 1)
    """

    period: Period | None
    rows: tuple[ArrivalRow, ...]
    groups: tuple[tuple[ServiceType, ArrivalGroup], ...]

    @property
    def total(self) -> ArrivalRow:
        """All periods together (period label ``total``)."""
        groups: Counter[ArrivalGroup] = Counter()
        kinds: Counter[ServiceType] = Counter()
        for row in self.rows:
            groups.update(dict(row.by_group))
            kinds.update(dict(row.by_service_type))
        return ArrivalRow(
            period_start=None,
            period="total",
            visits=sum(row.visits for row in self.rows),
            by_group=tuple((group, groups[group]) for group in ArrivalGroup),
            by_service_type=tuple((kind, kinds[kind]) for kind in ServiceType),
        )

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per period, then the total."""
        return [row.to_dict() for row in (*self.rows, self.total)]


def _arrival_group(order: WorkOrder, groups: Mapping[ServiceType, ArrivalGroup]) -> ArrivalGroup:
    present = {groups[kind] for kind in order.service_types if kind in groups}
    for group in ARRIVAL_PRECEDENCE:
        if group in present:
            return group
    return ArrivalGroup.OTHER


def arrivals_by_type(
    work_orders: Iterable[WorkOrder],
    *,
    period: Period | None = None,
    groups: Mapping[ServiceType, ArrivalGroup] = ARRIVAL_GROUPS,
) -> ArrivalCounts:
    """Count arrivals (进厂台次, seed 003) by arrival group and by service type.

    Each work order is one arrival, in the period of the local date it was
    opened. It is counted in one arrival group (see :data:`ARRIVAL_GROUPS` and
    :data:`ARRIVAL_PRECEDENCE`) and in each of its service types.

    Args:
        work_orders: The work orders.
        period: Day, week, month, quarter or year; None (default) for one row.
        groups: The service type → group mapping, if a shop groups differently.

    Returns:
        The counts by period, in time order, with a total.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> def visit(n, *types):
        ...     return WorkOrder(number=n, customer_number="C1", vin="LFV2A21K3D3109826",
        ...                      opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                      service_types=types)
        >>> counts = arrivals_by_type([visit("W1", "首保"), visit("W2", "保养", "小修"),
        ...                            visit("W3", "钣喷", "保养"), visit("W4", "小修")])
        >>> row = counts.rows[0]
        >>> row.visits, row.group("首保"), row.group("定期保养"), row.group("事故车")
        (4, 1, 1, 1)
        >>> row.group("一般维修"), row.service_type("保养")
        (1, 2)
    """
    check_iterable(work_orders, "work_orders")
    used = _check_period(period)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def _arrivals_from_tally(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        ArrivalRow(
            period_start=key[0],
            period=key[1],
            visits=sum(by_group[key].values()),
            by_group=tuple((group, by_group[key][group]) for group in ArrivalGroup),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


# --------------------------------------------------------------------------- appointments


@attrs.frozen
class AppointmentRateRow:
    """Appointment outcomes of one period and kind (kind None: all kinds).

    Attributes:
        booked: Appointments with a known outcome (arrived, no-show, cancelled).
        pending: Appointments still BOOKED (their outcome is not known: left out).
        success: Arrived over booked (seed 004's 预约成功率).
        on_time: Arrived on time over arrived (seed 004's 预约准时率).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> booked = datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ)
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> def a(n, kind, status):
        ...     arrived = slot if status == "arrived_on_time" else None
        ...     return Appointment(number=n, customer_number="C1", kind=kind, booked_at=booked,
        ...                        slot=slot, status=status, arrived_at=arrived)
        >>> rates = appointment_rates([a("Y1", "proactive", "arrived_on_time"),
        ...                            a("Y2", "passive", "arrived_on_time"),
        ...                            a("Y3", "passive", "cancelled"),
        ...                            a("Y4", "passive", "booked")])
        >>> row = rates.row(kind="被动预约")
        >>> row.kind.label, row.booked, row.cancelled, row.pending, f"{row.success}"
        ('被动预约', 2, 1, 1, '50%')
    """

    period_start: date | None
    period: str
    kind: AppointmentKind | None
    success: Rate
    on_time: Rate
    no_show: int
    cancelled: int
    pending: int

    @property
    def booked(self) -> int:
        """Appointments with a known outcome."""
        return self.success.denominator

    def to_dict(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "no_show": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }


@attrs.frozen
class AppointmentRates:
    """Appointment success and on-time rates by period, overall and by kind.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> booked = datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ)
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> def a(n, kind, status):
        ...     arrived = slot if status == "arrived_on_time" else None
        ...     return Appointment(number=n, customer_number="C1", kind=kind, booked_at=booked,
        ...                        slot=slot, status=status, arrived_at=arrived)
        >>> rates = appointment_rates([a("Y1", "proactive", "arrived_on_time"),
        ...                            a("Y2", "passive", "arrived_on_time"),
        ...                            a("Y3", "passive", "cancelled"),
        ...                            a("Y4", "passive", "booked")])
        >>> [(row.period, row.kind and row.kind.value) for row in rates.rows]
        [('all', None), ('all', 'proactive'), ('all', 'passive')]
        >>> f"{rates.row().success}", f"{rates.row().on_time}"
        ('67%', '100%')
    """

    period: Period | None
    rows: tuple[AppointmentRateRow, ...]

    def row(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per period and kind (the ``all`` kind row first in each period)."""
        return [row.to_dict() for row in self.rows]


def _appointment_row(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period_start=key[0],
        period=key[1],
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def appointment_rates(
    appointments: Iterable[Appointment],
    *,
    period: Period | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> AppointmentRates:
    """Return appointment success and on-time rates (seed 004), overall and by kind.

    Success = appointments the customer arrived for (on time or within the
    15-minute grace) over appointments whose outcome is known (arrived, no-show
    or cancelled); on-time = arrived on time over arrived. Appointments still
    BOOKED are counted as pending and left out. Periods follow the local date of
    the slot.

    Args:
        appointments: The appointments.
        period: Day, week, month, quarter or year; None (default) for one span.
        policy: Confidence of the intervals.

    Returns:
        One row per period for all kinds, then one per kind present (proactive,
        passive).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> booked = datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ)
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> def a(n, kind, status, late=0):
        ...     arrived = slot.replace(minute=late) if "arrived" in status else None
        ...     return Appointment(number=n, customer_number="C1", kind=kind, booked_at=booked,
        ...                        slot=slot, status=status, arrived_at=arrived)
        >>> rates = appointment_rates([a("Y1", "proactive", "arrived_on_time"),
        ...                            a("Y2", "proactive", "arrived_late", 10),
        ...                            a("Y3", "passive", "no_show"),
        ...                            a("Y4", "passive", "booked")])
        >>> overall = rates.row()
        >>> f"{overall.success}", f"{overall.on_time}", overall.pending
        ('67%', '50%', 1)
        >>> f"{rates.row(kind='proactive').success}"
        '100%'
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def _appointment_rates_from_tally(
    used: Period | None,
    buckets: Mapping[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]],
    confidence: float,
) -> AppointmentRates:
    """The result of :func:`appointment_rates` from counts by period, kind and status.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = []
    for key in _sorted_keys(buckets):
        members = buckets[key]
        statuses: Counter[AppointmentStatus] = Counter()
        for (_, status), count in members.items():
            statuses[status] += count
        rows.append(_appointment_row(key, None, statuses, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


# --------------------------------------------------------------------------- renewal


def _to_premium(value: object) -> Decimal:
    return to_money(value, field="premium")


def _non_negative_premium(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", value=value)


@attrs.frozen
class InsuranceRenewal:
    """One vehicle's insurance falling due, and whether the shop renewed it (续保).

    Attributes:
        vin: The vehicle.
        customer_number: Its owner.
        expires_on: The day the current insurance expires (the month's list of
            seed 003 holds the vehicles expiring in that month).
        renewed_on: The day the renewal was sold through the shop, or None.
        premium: The premium of the policy (as renewed, or as expected), in yuan.

    Examples:
        >>> InsuranceRenewal(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                  expires_on=date(2025, 11, 3), premium="4280").premium
        Decimal('4280.00')
    """

    vin: str = attrs.field(validator=f.text(KEY_LENGTH))
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    expires_on: date = attrs.field(validator=f.check_date, kw_only=True)
    renewed_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    premium: Decimal = attrs.field(
        default=ZERO, converter=_to_premium, validator=_non_negative_premium, kw_only=True
    )

    @property
    def renewed(self) -> bool:
        """True once the renewal was sold."""
        return self.renewed_on is not None


@attrs.frozen
class RenewalRate:
    """The insurance renewal completion rate of one month, by count and by premium.

    Attributes:
        month: First day of the month.
        by_count: Renewed over expiring policies.
        premium_expiring: Premium of all the month's expiring policies.
        premium_renewed: Premium of those renewed.
        floor: The lowest acceptable rate (seed 003: 20 %).

    Examples:
        >>> renewals = [
        ...     InsuranceRenewal("LFV2A21K3D3109826", customer_number="C1",
        ...                      expires_on=date(2025, 11, 3), renewed_on=date(2025, 10, 20),
        ...                      premium="4280"),
        ...     InsuranceRenewal("1HGCM82633A004352", customer_number="C2",
        ...                      expires_on=date(2025, 11, 18), premium="3120")]
        >>> rate = renewal_rate(renewals, month=date(2025, 11, 1))
        >>> rate.label, f"{rate.by_count}", rate.premium_renewed, rate.premium_expiring
        ('2025-11', '50%', Decimal('4280.00'), Decimal('7400.00'))
        >>> rate.by_value_percent(1)
        '57.8%'
    """

    month: date
    by_count: Rate
    premium_expiring: Decimal
    premium_renewed: Decimal
    floor: float

    @property
    def label(self) -> str:
        """The month as ``YYYY-MM``."""
        return Period.MONTH.label_of(self.month)

    @property
    def by_value_exact(self) -> Fraction | None:
        """Renewed premium over expiring premium; None when no premium falls due."""
        if self.premium_expiring == 0:
            return None
        return Fraction(self.premium_renewed) / Fraction(self.premium_expiring)

    @property
    def by_value(self) -> float | None:
        """The rate by premium value; None when no premium falls due."""
        exact = self.by_value_exact
        return None if exact is None else float(exact)

    def by_value_percent(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, digits)}%"

    @property
    def meets_floor_by_count(self) -> bool | None:
        """Whether the count rate reaches the floor; None when nothing expires."""
        return self.by_count.meets(self.floor)

    @property
    def meets_floor_by_value(self) -> bool | None:
        """Whether the value rate reaches the floor; None when no premium falls due."""
        exact = self.by_value_exact
        return None if exact is None else exact >= _target_fraction(self.floor, "floor")

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "by_count_percent": self.by_count.format_percent(),
                "premium_expiring": self.premium_expiring,
                "premium_renewed": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]


def renewal_rate(
    renewals: Iterable[InsuranceRenewal],
    *,
    month: date,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> RenewalRate:
    """Return the month's insurance renewal completion rate by count and by premium (seed 003).

    The month's list is the policies expiring in that month (seed 003 prepares
    it every month); a policy counts as renewed when its renewal was sold
    (``renewed_on`` set). Seed 003 asks for at least 20 % (``policy.renewal_floor``).

    Args:
        renewals: Renewal records (any months; only those expiring in ``month`` count).
        month: Any day of the month (an aware datetime counts as its local date).
        policy: The floor and the confidence of the interval.

    Returns:
        A :class:`RenewalRate`.

    Examples:
        >>> def r(vin, day, premium, renewed=None):
        ...     return InsuranceRenewal(vin, customer_number="C1",
        ...                             expires_on=date(2025, 11, day),
        ...                             renewed_on=renewed, premium=premium)
        >>> rate = renewal_rate([r("V1", 3, "4000", date(2025, 10, 20)), r("V2", 9, "2000"),
        ...                      r("V3", 30, "2000"), r("V4", 30, "2000")],
        ...                     month=date(2025, 11, 1))
        >>> f"{rate.by_count}", rate.by_value_percent(), rate.meets_floor_by_count
        ('25%', '40%', True)
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(renewals, "renewals")
    candidate: object = month
    if not isinstance(candidate, date):
        msg = f"month: expected a date in the month, got {type(month).__name__} {shown(month)}"
        raise InvalidFormat(msg, field="month", value=month)
    first = Period.MONTH.start_of(as_date(month))
    due = [
        record
        for record in _require(renewals, InsuranceRenewal, "renewals")
        if Period.MONTH.start_of(record.expires_on) == first
    ]
    renewed = [record for record in due if record.renewed]
    return RenewalRate(
        month=first,
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


# --------------------------------------------------------------------------- issues


@attrs.frozen
class IssueBreakdown:
    """Problems raised in completed follow-up calls, by category and job position.

    Attributes:
        calls: Completed calls examined.
        calls_with_issues: Of those, calls that raised at least one problem.
        cells: ``(category, position, count)`` for every pair that occurred.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, ReportedIssue
        >>> at = datetime(2025, 10, 13, 10, tzinfo=CHINA_TZ)
        >>> call = FollowUp(number="F1", kind="3dc", customer_number="C1",
        ...                 earliest=at.date(), due=at.date(), latest=at.date(),
        ...                 attempts=[CallAttempt(at, "completed", issues=[
        ...                     ReportedIssue("硬件设施", "reception", "休息区空调太冷"),
        ...                     ReportedIssue("服务态度", "cashier")])])
        >>> result = issue_breakdown([call])
        >>> result.calls, result.calls_with_issues, result.total
        (1, 1, 2)
        >>> dict(result.by_category())[IssueCategory.HARDWARE], f"{result.share('服务态度')}"
        (1, '50%')
    """

    calls: int
    calls_with_issues: int
    cells: tuple[tuple[IssueCategory, JobPosition, int], ...]

    @property
    def total(self) -> int:
        """All problems raised."""
        return sum(count for _, _, count in self.cells)

    @property
    def call_rate(self) -> Rate:
        """Share of completed calls that raised a problem."""
        return Rate(self.calls_with_issues, self.calls)

    def by_category(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (seed 003's four, and other)."""
        counts: Counter[IssueCategory] = Counter()
        for category, _, count in self.cells:
            counts[category] += count
        return tuple((category, counts[category]) for category in IssueCategory)

    def by_position(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed (seed 004)."""
        counts: Counter[JobPosition] = Counter()
        for _, position, count in self.cells:
            counts[position] += count
        return tuple((position, counts[position]) for position in JobPosition)

    def share(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(dict(self.by_category())[wanted], self.total)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]


def issue_breakdown(followups: Iterable[FollowUp]) -> IssueBreakdown:
    """Count the problems raised in follow-up calls by category and job position.

    Seed 003 categorises the problems found in 3DC calls (hardware/facilities,
    service attitude, repair technique, process); seed 004 analyses them by job
    position. Only completed calls carry problems.

    Args:
        followups: The follow-ups (of any kind).

    Returns:
        An :class:`IssueBreakdown`.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, ReportedIssue
        >>> at = datetime(2025, 10, 13, 10, tzinfo=CHINA_TZ)
        >>> def fu(n, *issues):
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     earliest=at.date(), due=at.date(), latest=at.date(),
        ...                     attempts=[CallAttempt(at, "completed", issues=issues)])
        >>> result = issue_breakdown([
        ...     fu("F1", ReportedIssue("服务态度", "service_advisor")),
        ...     fu("F2", ReportedIssue("服务态度", "service_advisor"),
        ...        ReportedIssue("维修技术", "technician")),
        ...     fu("F3")])
        >>> result.total, f"{result.call_rate}", f"{result.share('服务态度')}"
        (3, '67%', '67%')
        >>> dict(result.by_position())[JobPosition.TECHNICIAN]
        1
    """
    check_iterable(followups, "followups")
    cells: Counter[tuple[IssueCategory, JobPosition]] = Counter()
    calls = with_issues = 0
    for followup in _require(followups, FollowUp, "followups"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def _issues_from_tally(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[0][0]),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )
