"""Arrivals (进厂台次): workshop visits by arrival type and by service type.

The department counts how many vehicles come in each period, in four arrival types:
first maintenance, due maintenance, general repair and accident cars (see
[statistics][sources-statistics]), and by every service type of the work orders. A
visit carrying types of several arrival types counts once, in the first type of
`ARRIVAL_PRECEDENCE` (an accident car that also gets its maintenance is an accident
car).

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
from types import MappingProxyType

import attrs

from autocrm.domain.labels import LabelledEnum
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import InvalidFormat, shown
from autocrm.stats._checks import check_iterable, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.rates import Period, _sorted_keys, check_period, period_key

__all__ = [
    "ARRIVAL_GROUPS",
    "ARRIVAL_PRECEDENCE",
    "ArrivalCounts",
    "ArrivalGroup",
    "ArrivalRow",
    "arrival_group",
    "arrivals_by_type",
    "groups_in_precedence",
]


class ArrivalGroup(LabelledEnum):
    """The four arrival types (进厂台次) the department counts, plus OTHER for the rest.

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


#: Which of the four arrival groups each service type belongs to.
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

    @classmethod
    def from_counts(
        cls,
        period: Period | None,
        by_group: Mapping[tuple[date | None, str], Mapping[ArrivalGroup, int]],
        by_type: Mapping[tuple[date | None, str], Mapping[ServiceType, int]],
        groups: Mapping[ServiceType, ArrivalGroup] = ARRIVAL_GROUPS,
    ) -> ArrivalCounts:
        """Build the counts from visits counted by period key and group, and by type.

        [`arrivals_by_type`][autocrm.stats.arrivals.arrivals_by_type] counts in memory
        and the SQL adapter counts in the database; both build the result here.

        Examples:
            >>> key = period_key(None, date(2025, 10, 9))
            >>> counts = ArrivalCounts.from_counts(
            ...     None, {key: {ArrivalGroup.ACCIDENT: 2}}, {key: {ServiceType.BODY_PAINT: 2}})
            >>> counts.total.visits, counts.total.service_type("钣喷")
            (2, 2)
        """
        rows = tuple(
            ArrivalRow(
                period_start=key[0],
                period=key[1],
                visits=sum(by_group[key].values()),
                by_group=tuple((group, by_group[key].get(group, 0)) for group in ArrivalGroup),
                by_service_type=tuple(
                    (kind, by_type.get(key, {}).get(kind, 0)) for kind in ServiceType
                ),
            )
            for key in _sorted_keys(by_group)
        )
        return cls(period=period, rows=rows, groups=tuple(groups.items()))

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


def groups_in_precedence(
    groups: Mapping[ServiceType, ArrivalGroup] = ARRIVAL_GROUPS,
) -> tuple[tuple[ArrivalGroup, frozenset[ServiceType]], ...]:
    """Return each arrival group with its service types, in the order of precedence.

    A visit belongs to the first group of this list one of whose types it carries,
    else to OTHER; the SQL adapter turns the same list into a ``CASE``.

    Args:
        groups: The service type → group mapping.

    Examples:
        >>> [(group.label, len(kinds)) for group, kinds in groups_in_precedence()]
        [('事故车', 2), ('首保', 1), ('定期保养', 1), ('一般维修', 5)]
    """
    candidate: object = groups
    if not isinstance(candidate, Mapping) or not all(
        isinstance(kind, ServiceType) and isinstance(owner, ArrivalGroup)
        for kind, owner in candidate.items()
    ):
        msg = f"groups: expected a mapping of ServiceType to ArrivalGroup, got {shown(groups)}"
        raise InvalidFormat(msg, field="groups", value=groups)
    return tuple(
        (group, frozenset(kind for kind, owner in groups.items() if owner is group))
        for group in ARRIVAL_PRECEDENCE
    )


def arrival_group(
    order: WorkOrder, groups: Mapping[ServiceType, ArrivalGroup] = ARRIVAL_GROUPS
) -> ArrivalGroup:
    """Return the one arrival group a visit counts in.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> visit = WorkOrder(number="W1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                   opened_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        ...                   service_types=["保养", "钣喷"])
        >>> arrival_group(visit).label
        '事故车'
    """
    candidate: object = order
    if not isinstance(candidate, WorkOrder):
        msg = f"order: expected a WorkOrder, got {type(candidate).__name__}"
        raise InvalidFormat(msg, field="order", value=candidate)
    return _group_of(order, groups_in_precedence(groups))


def _group_of(
    order: WorkOrder, precedence: tuple[tuple[ArrivalGroup, frozenset[ServiceType]], ...]
) -> ArrivalGroup:
    for group, kinds in precedence:
        if not kinds.isdisjoint(order.service_types):
            return group
    return ArrivalGroup.OTHER


def arrivals_by_type(
    work_orders: Iterable[WorkOrder],
    *,
    period: Period | None = None,
    groups: Mapping[ServiceType, ArrivalGroup] = ARRIVAL_GROUPS,
) -> ArrivalCounts:
    """Count arrivals (进厂台次) by arrival group and by service type.

    Each work order is one arrival, in the period of the local date it was
    opened. It is counted in one arrival group (see ``ARRIVAL_GROUPS`` and
    ``ARRIVAL_PRECEDENCE``) and in each of its service types.

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
    used = check_period(period)
    precedence = groups_in_precedence(groups)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in records_of(work_orders, WorkOrder, "work_orders"):
        key = period_key(used, order.visit_date)
        by_group[key][_group_of(order, precedence)] += 1
        by_type[key].update(order.service_types)
    return ArrivalCounts.from_counts(used, by_group, by_type, groups)
