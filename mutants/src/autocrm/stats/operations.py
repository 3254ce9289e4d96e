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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__require__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__require__mutmut)
def _require(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values


def x__require__mutmut_orig(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values


def x__require__mutmut_1(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = None
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values


def x__require__mutmut_2(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(None)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values


def x__require__mutmut_3(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values


def x__require__mutmut_4(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = None
            raise InvalidFormat(msg, field=field, value=value)
    return values


def x__require__mutmut_5(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(None).__name__}"
            raise InvalidFormat(msg, field=field, value=value)
    return values


def x__require__mutmut_6(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(None, field=field, value=value)
    return values


def x__require__mutmut_7(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=None, value=value)
    return values


def x__require__mutmut_8(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, value=None)
    return values


def x__require__mutmut_9(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(field=field, value=value)
    return values


def x__require__mutmut_10(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, value=value)
    return values


def x__require__mutmut_11(items: Iterable[Any], kind: type, field: str) -> list[Any]:
    values = list(items)
    for value in values:
        if not isinstance(value, kind):
            msg = f"{field}: expected {kind.__name__} objects, got {type(value).__name__}"
            raise InvalidFormat(msg, field=field, )
    return values

mutants_x__require__mutmut['_mutmut_orig'] = x__require__mutmut_orig # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_1'] = x__require__mutmut_1 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_2'] = x__require__mutmut_2 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_3'] = x__require__mutmut_3 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_4'] = x__require__mutmut_4 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_5'] = x__require__mutmut_5 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_6'] = x__require__mutmut_6 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_7'] = x__require__mutmut_7 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_8'] = x__require__mutmut_8 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_9'] = x__require__mutmut_9 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_10'] = x__require__mutmut_10 # type: ignore # mutmut generated
mutants_x__require__mutmut['x__require__mutmut_11'] = x__require__mutmut_11 # type: ignore # mutmut generated


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
mutants_xǁArrivalRowǁgroup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArrivalRowǁservice_type__mutmut: MutantDict = {}  # type: ignore
mutants_xǁArrivalRowǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁArrivalRowǁgroup__mutmut)
    def group(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(wanted, 0)

    def xǁArrivalRowǁgroup__mutmut_orig(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(wanted, 0)

    def xǁArrivalRowǁgroup__mutmut_1(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = None
        return dict(self.by_group).get(wanted, 0)

    def xǁArrivalRowǁgroup__mutmut_2(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if (isinstance(group, str)) and False else group
        return dict(self.by_group).get(wanted, 0)

    def xǁArrivalRowǁgroup__mutmut_3(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if (isinstance(group, str)) or True else group
        return dict(self.by_group).get(wanted, 0)

    def xǁArrivalRowǁgroup__mutmut_4(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(None) if isinstance(group, str) else group
        return dict(self.by_group).get(wanted, 0)

    def xǁArrivalRowǁgroup__mutmut_5(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(None, 0)

    def xǁArrivalRowǁgroup__mutmut_6(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(wanted, None)

    def xǁArrivalRowǁgroup__mutmut_7(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(0)

    def xǁArrivalRowǁgroup__mutmut_8(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(wanted, )

    def xǁArrivalRowǁgroup__mutmut_9(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(None).get(wanted, 0)

    def xǁArrivalRowǁgroup__mutmut_10(self, group: ArrivalGroup | str) -> int:
        """Visits of one arrival group (value or Chinese label accepted)."""
        wanted = ArrivalGroup.from_label(group) if isinstance(group, str) else group
        return dict(self.by_group).get(wanted, 1)

    @_mutmut_mutated(mutants_xǁArrivalRowǁservice_type__mutmut)
    def service_type(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(wanted, 0)

    def xǁArrivalRowǁservice_type__mutmut_orig(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(wanted, 0)

    def xǁArrivalRowǁservice_type__mutmut_1(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = None
        return dict(self.by_service_type).get(wanted, 0)

    def xǁArrivalRowǁservice_type__mutmut_2(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if (isinstance(service_type, str)) and False else service_type
        )
        return dict(self.by_service_type).get(wanted, 0)

    def xǁArrivalRowǁservice_type__mutmut_3(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if (isinstance(service_type, str)) or True else service_type
        )
        return dict(self.by_service_type).get(wanted, 0)

    def xǁArrivalRowǁservice_type__mutmut_4(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(None) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(wanted, 0)

    def xǁArrivalRowǁservice_type__mutmut_5(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(None, 0)

    def xǁArrivalRowǁservice_type__mutmut_6(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(wanted, None)

    def xǁArrivalRowǁservice_type__mutmut_7(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(0)

    def xǁArrivalRowǁservice_type__mutmut_8(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(wanted, )

    def xǁArrivalRowǁservice_type__mutmut_9(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(None).get(wanted, 0)

    def xǁArrivalRowǁservice_type__mutmut_10(self, service_type: ServiceType | str) -> int:
        """Visits carrying one service type (value or Chinese label accepted)."""
        wanted = (
            ServiceType.from_label(service_type) if isinstance(service_type, str) else service_type
        )
        return dict(self.by_service_type).get(wanted, 1)

    @_mutmut_mutated(mutants_xǁArrivalRowǁto_dict__mutmut)
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

    def xǁArrivalRowǁto_dict__mutmut_orig(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_1(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = None
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_2(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "XXperiodXX": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_3(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "PERIOD": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_4(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "XXperiod_startXX": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_5(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "PERIOD_START": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_6(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "XXvisitsXX": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_7(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "VISITS": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_8(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update(None)
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_9(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(None) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(kind) for kind in ServiceType})
        return row

    def xǁArrivalRowǁto_dict__mutmut_10(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update(None)
        return row

    def xǁArrivalRowǁto_dict__mutmut_11(self) -> dict[str, object]:
        """Plain values: ``group_<group>`` and ``type_<service type>`` columns."""
        row: dict[str, object] = {
            "period": self.period,
            "period_start": self.period_start,
            "visits": self.visits,
        }
        row.update({f"group_{group.value}": self.group(group) for group in ArrivalGroup})
        row.update({f"type_{kind.value}": self.service_type(None) for kind in ServiceType})
        return row

mutants_xǁArrivalRowǁgroup__mutmut['_mutmut_orig'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_1'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_2'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_3'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_4'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_5'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_6'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_7'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_8'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_9'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁgroup__mutmut['xǁArrivalRowǁgroup__mutmut_10'] = ArrivalRow.xǁArrivalRowǁgroup__mutmut_10 # type: ignore # mutmut generated

mutants_xǁArrivalRowǁservice_type__mutmut['_mutmut_orig'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_1'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_2'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_3'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_4'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_5'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_6'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_7'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_8'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_9'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁservice_type__mutmut['xǁArrivalRowǁservice_type__mutmut_10'] = ArrivalRow.xǁArrivalRowǁservice_type__mutmut_10 # type: ignore # mutmut generated

mutants_xǁArrivalRowǁto_dict__mutmut['_mutmut_orig'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_1'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_2'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_3'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_4'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_5'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_6'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_7'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_8'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_9'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_10'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁArrivalRowǁto_dict__mutmut['xǁArrivalRowǁto_dict__mutmut_11'] = ArrivalRow.xǁArrivalRowǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁArrivalCountsǁ_repr_html___mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁArrivalCountsǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁArrivalCountsǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁArrivalCountsǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁArrivalCountsǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁArrivalCountsǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁArrivalCountsǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁArrivalCountsǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per period, then the total."""
        return [row.to_dict() for row in (*self.rows, self.total)]

mutants_xǁArrivalCountsǁ_repr_html___mutmut['_mutmut_orig'] = ArrivalCounts.xǁArrivalCountsǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁArrivalCountsǁ_repr_html___mutmut['xǁArrivalCountsǁ_repr_html___mutmut_1'] = ArrivalCounts.xǁArrivalCountsǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁArrivalCountsǁ_repr_html___mutmut['xǁArrivalCountsǁ_repr_html___mutmut_2'] = ArrivalCounts.xǁArrivalCountsǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁArrivalCountsǁ_repr_html___mutmut['xǁArrivalCountsǁ_repr_html___mutmut_3'] = ArrivalCounts.xǁArrivalCountsǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁArrivalCountsǁ_repr_html___mutmut['xǁArrivalCountsǁ_repr_html___mutmut_4'] = ArrivalCounts.xǁArrivalCountsǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁArrivalCountsǁ_repr_html___mutmut['xǁArrivalCountsǁ_repr_html___mutmut_5'] = ArrivalCounts.xǁArrivalCountsǁ_repr_html___mutmut_5 # type: ignore # mutmut generated
mutants_x__arrival_group__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__arrival_group__mutmut)
def _arrival_group(order: WorkOrder, groups: Mapping[ServiceType, ArrivalGroup]) -> ArrivalGroup:
    present = {groups[kind] for kind in order.service_types if kind in groups}
    for group in ARRIVAL_PRECEDENCE:
        if group in present:
            return group
    return ArrivalGroup.OTHER


def x__arrival_group__mutmut_orig(order: WorkOrder, groups: Mapping[ServiceType, ArrivalGroup]) -> ArrivalGroup:
    present = {groups[kind] for kind in order.service_types if kind in groups}
    for group in ARRIVAL_PRECEDENCE:
        if group in present:
            return group
    return ArrivalGroup.OTHER


def x__arrival_group__mutmut_1(order: WorkOrder, groups: Mapping[ServiceType, ArrivalGroup]) -> ArrivalGroup:
    present = None
    for group in ARRIVAL_PRECEDENCE:
        if group in present:
            return group
    return ArrivalGroup.OTHER


def x__arrival_group__mutmut_2(order: WorkOrder, groups: Mapping[ServiceType, ArrivalGroup]) -> ArrivalGroup:
    present = {groups[kind] for kind in order.service_types if kind not in groups}
    for group in ARRIVAL_PRECEDENCE:
        if group in present:
            return group
    return ArrivalGroup.OTHER


def x__arrival_group__mutmut_3(order: WorkOrder, groups: Mapping[ServiceType, ArrivalGroup]) -> ArrivalGroup:
    present = {groups[kind] for kind in order.service_types if kind in groups}
    for group in ARRIVAL_PRECEDENCE:
        if group not in present:
            return group
    return ArrivalGroup.OTHER

mutants_x__arrival_group__mutmut['_mutmut_orig'] = x__arrival_group__mutmut_orig # type: ignore # mutmut generated
mutants_x__arrival_group__mutmut['x__arrival_group__mutmut_1'] = x__arrival_group__mutmut_1 # type: ignore # mutmut generated
mutants_x__arrival_group__mutmut['x__arrival_group__mutmut_2'] = x__arrival_group__mutmut_2 # type: ignore # mutmut generated
mutants_x__arrival_group__mutmut['x__arrival_group__mutmut_3'] = x__arrival_group__mutmut_3 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_arrivals_by_type__mutmut)
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


def x_arrivals_by_type__mutmut_orig(
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


def x_arrivals_by_type__mutmut_1(
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
    check_iterable(None, "work_orders")
    used = _check_period(period)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_2(
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
    check_iterable(work_orders, None)
    used = _check_period(period)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_3(
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
    check_iterable("work_orders")
    used = _check_period(period)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_4(
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
    check_iterable(work_orders, )
    used = _check_period(period)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_5(
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
    check_iterable(work_orders, "XXwork_ordersXX")
    used = _check_period(period)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_6(
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
    check_iterable(work_orders, "WORK_ORDERS")
    used = _check_period(period)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_7(
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
    used = None
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_8(
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
    used = _check_period(None)
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(Counter)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_9(
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
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = None
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_10(
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
    by_group: dict[tuple[date | None, str], Counter[ArrivalGroup]] = defaultdict(None)
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(Counter)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_11(
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
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = None
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_12(
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
    by_type: dict[tuple[date | None, str], Counter[ServiceType]] = defaultdict(None)
    for order in _require(work_orders, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_13(
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
    for order in _require(None, WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_14(
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
    for order in _require(work_orders, None, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_15(
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
    for order in _require(work_orders, WorkOrder, None):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_16(
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
    for order in _require(WorkOrder, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_17(
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
    for order in _require(work_orders, "work_orders"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_18(
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
    for order in _require(work_orders, WorkOrder, ):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_19(
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
    for order in _require(work_orders, WorkOrder, "XXwork_ordersXX"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_20(
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
    for order in _require(work_orders, WorkOrder, "WORK_ORDERS"):
        key = _period_key(used, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_21(
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
        key = None
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_22(
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
        key = _period_key(None, order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_23(
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
        key = _period_key(used, None)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_24(
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
        key = _period_key(order.visit_date)
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_25(
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
        key = _period_key(used, )
        by_group[key][_arrival_group(order, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_26(
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
        by_group[key][_arrival_group(order, groups)] = 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_27(
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
        by_group[key][_arrival_group(order, groups)] -= 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_28(
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
        by_group[key][_arrival_group(None, groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_29(
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
        by_group[key][_arrival_group(order, None)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_30(
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
        by_group[key][_arrival_group(groups)] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_31(
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
        by_group[key][_arrival_group(order, )] += 1
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_32(
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
        by_group[key][_arrival_group(order, groups)] += 2
        by_type[key].update(order.service_types)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_33(
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
        by_type[key].update(None)
    return _arrivals_from_tally(used, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_34(
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
    return _arrivals_from_tally(None, by_group, by_type, groups)


def x_arrivals_by_type__mutmut_35(
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
    return _arrivals_from_tally(used, None, by_type, groups)


def x_arrivals_by_type__mutmut_36(
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
    return _arrivals_from_tally(used, by_group, None, groups)


def x_arrivals_by_type__mutmut_37(
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
    return _arrivals_from_tally(used, by_group, by_type, None)


def x_arrivals_by_type__mutmut_38(
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
    return _arrivals_from_tally(by_group, by_type, groups)


def x_arrivals_by_type__mutmut_39(
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
    return _arrivals_from_tally(used, by_type, groups)


def x_arrivals_by_type__mutmut_40(
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
    return _arrivals_from_tally(used, by_group, groups)


def x_arrivals_by_type__mutmut_41(
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
    return _arrivals_from_tally(used, by_group, by_type, )

mutants_x_arrivals_by_type__mutmut['_mutmut_orig'] = x_arrivals_by_type__mutmut_orig # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_1'] = x_arrivals_by_type__mutmut_1 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_2'] = x_arrivals_by_type__mutmut_2 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_3'] = x_arrivals_by_type__mutmut_3 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_4'] = x_arrivals_by_type__mutmut_4 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_5'] = x_arrivals_by_type__mutmut_5 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_6'] = x_arrivals_by_type__mutmut_6 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_7'] = x_arrivals_by_type__mutmut_7 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_8'] = x_arrivals_by_type__mutmut_8 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_9'] = x_arrivals_by_type__mutmut_9 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_10'] = x_arrivals_by_type__mutmut_10 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_11'] = x_arrivals_by_type__mutmut_11 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_12'] = x_arrivals_by_type__mutmut_12 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_13'] = x_arrivals_by_type__mutmut_13 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_14'] = x_arrivals_by_type__mutmut_14 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_15'] = x_arrivals_by_type__mutmut_15 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_16'] = x_arrivals_by_type__mutmut_16 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_17'] = x_arrivals_by_type__mutmut_17 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_18'] = x_arrivals_by_type__mutmut_18 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_19'] = x_arrivals_by_type__mutmut_19 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_20'] = x_arrivals_by_type__mutmut_20 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_21'] = x_arrivals_by_type__mutmut_21 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_22'] = x_arrivals_by_type__mutmut_22 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_23'] = x_arrivals_by_type__mutmut_23 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_24'] = x_arrivals_by_type__mutmut_24 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_25'] = x_arrivals_by_type__mutmut_25 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_26'] = x_arrivals_by_type__mutmut_26 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_27'] = x_arrivals_by_type__mutmut_27 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_28'] = x_arrivals_by_type__mutmut_28 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_29'] = x_arrivals_by_type__mutmut_29 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_30'] = x_arrivals_by_type__mutmut_30 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_31'] = x_arrivals_by_type__mutmut_31 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_32'] = x_arrivals_by_type__mutmut_32 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_33'] = x_arrivals_by_type__mutmut_33 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_34'] = x_arrivals_by_type__mutmut_34 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_35'] = x_arrivals_by_type__mutmut_35 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_36'] = x_arrivals_by_type__mutmut_36 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_37'] = x_arrivals_by_type__mutmut_37 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_38'] = x_arrivals_by_type__mutmut_38 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_39'] = x_arrivals_by_type__mutmut_39 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_40'] = x_arrivals_by_type__mutmut_40 # type: ignore # mutmut generated
mutants_x_arrivals_by_type__mutmut['x_arrivals_by_type__mutmut_41'] = x_arrivals_by_type__mutmut_41 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__arrivals_from_tally__mutmut)
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


def x__arrivals_from_tally__mutmut_orig(
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


def x__arrivals_from_tally__mutmut_1(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = None
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_2(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        None
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_3(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        ArrivalRow(
            period_start=None,
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


def x__arrivals_from_tally__mutmut_4(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        ArrivalRow(
            period_start=key[0],
            period=None,
            visits=sum(by_group[key].values()),
            by_group=tuple((group, by_group[key][group]) for group in ArrivalGroup),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_5(
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
            visits=None,
            by_group=tuple((group, by_group[key][group]) for group in ArrivalGroup),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_6(
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
            by_group=None,
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_7(
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
            by_service_type=None,
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_8(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        ArrivalRow(
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


def x__arrivals_from_tally__mutmut_9(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        ArrivalRow(
            period_start=key[0],
            visits=sum(by_group[key].values()),
            by_group=tuple((group, by_group[key][group]) for group in ArrivalGroup),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_10(
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
            by_group=tuple((group, by_group[key][group]) for group in ArrivalGroup),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_11(
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
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_12(
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
            )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_13(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        ArrivalRow(
            period_start=key[1],
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


def x__arrivals_from_tally__mutmut_14(
    used: Period | None,
    by_group: Mapping[tuple[date | None, str], Counter[ArrivalGroup]],
    by_type: Mapping[tuple[date | None, str], Counter[ServiceType]],
    groups: Mapping[ServiceType, ArrivalGroup],
) -> ArrivalCounts:
    """The result of :func:`arrivals_by_type` from counts by period key (shared with SQL)."""
    rows = tuple(
        ArrivalRow(
            period_start=key[0],
            period=key[2],
            visits=sum(by_group[key].values()),
            by_group=tuple((group, by_group[key][group]) for group in ArrivalGroup),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_15(
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
            visits=sum(None),
            by_group=tuple((group, by_group[key][group]) for group in ArrivalGroup),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_16(
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
            by_group=tuple(None),
            by_service_type=tuple(
                (kind, by_type.get(key, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_17(
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
                None
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_18(
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
                (kind, by_type.get(None, Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_19(
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
                (kind, by_type.get(key, None)[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_20(
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
                (kind, by_type.get(Counter())[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_21(
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
                (kind, by_type.get(key, )[kind]) for kind in ServiceType
            ),
        )
        for key in _sorted_keys(by_group)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_22(
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
        for key in _sorted_keys(None)
    )
    return ArrivalCounts(period=used, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_23(
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
    return ArrivalCounts(period=None, rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_24(
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
    return ArrivalCounts(period=used, rows=None, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_25(
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
    return ArrivalCounts(period=used, rows=rows, groups=None)


def x__arrivals_from_tally__mutmut_26(
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
    return ArrivalCounts(rows=rows, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_27(
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
    return ArrivalCounts(period=used, groups=tuple(groups.items()))


def x__arrivals_from_tally__mutmut_28(
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
    return ArrivalCounts(period=used, rows=rows, )


def x__arrivals_from_tally__mutmut_29(
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
    return ArrivalCounts(period=used, rows=rows, groups=tuple(None))

mutants_x__arrivals_from_tally__mutmut['_mutmut_orig'] = x__arrivals_from_tally__mutmut_orig # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_1'] = x__arrivals_from_tally__mutmut_1 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_2'] = x__arrivals_from_tally__mutmut_2 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_3'] = x__arrivals_from_tally__mutmut_3 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_4'] = x__arrivals_from_tally__mutmut_4 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_5'] = x__arrivals_from_tally__mutmut_5 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_6'] = x__arrivals_from_tally__mutmut_6 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_7'] = x__arrivals_from_tally__mutmut_7 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_8'] = x__arrivals_from_tally__mutmut_8 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_9'] = x__arrivals_from_tally__mutmut_9 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_10'] = x__arrivals_from_tally__mutmut_10 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_11'] = x__arrivals_from_tally__mutmut_11 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_12'] = x__arrivals_from_tally__mutmut_12 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_13'] = x__arrivals_from_tally__mutmut_13 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_14'] = x__arrivals_from_tally__mutmut_14 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_15'] = x__arrivals_from_tally__mutmut_15 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_16'] = x__arrivals_from_tally__mutmut_16 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_17'] = x__arrivals_from_tally__mutmut_17 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_18'] = x__arrivals_from_tally__mutmut_18 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_19'] = x__arrivals_from_tally__mutmut_19 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_20'] = x__arrivals_from_tally__mutmut_20 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_21'] = x__arrivals_from_tally__mutmut_21 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_22'] = x__arrivals_from_tally__mutmut_22 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_23'] = x__arrivals_from_tally__mutmut_23 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_24'] = x__arrivals_from_tally__mutmut_24 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_25'] = x__arrivals_from_tally__mutmut_25 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_26'] = x__arrivals_from_tally__mutmut_26 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_27'] = x__arrivals_from_tally__mutmut_27 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_28'] = x__arrivals_from_tally__mutmut_28 # type: ignore # mutmut generated
mutants_x__arrivals_from_tally__mutmut['x__arrivals_from_tally__mutmut_29'] = x__arrivals_from_tally__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁAppointmentRateRowǁto_dict__mutmut)
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

    def xǁAppointmentRateRowǁto_dict__mutmut_orig(self) -> dict[str, object]:
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

    def xǁAppointmentRateRowǁto_dict__mutmut_1(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "XXperiodXX": self.period,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_2(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "PERIOD": self.period,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_3(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "XXperiod_startXX": self.period_start,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_4(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "PERIOD_START": self.period_start,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_5(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "XXkindXX": "all" if self.kind is None else self.kind.value,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_6(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "KIND": "all" if self.kind is None else self.kind.value,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_7(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if (self.kind is None) and False else self.kind.value,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_8(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if (self.kind is None) or True else self.kind.value,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_9(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "XXallXX" if self.kind is None else self.kind.value,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_10(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "ALL" if self.kind is None else self.kind.value,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_11(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is not None else self.kind.value,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_12(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "XXbookedXX": self.booked,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_13(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "BOOKED": self.booked,
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

    def xǁAppointmentRateRowǁto_dict__mutmut_14(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "XXarrivedXX": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "no_show": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_15(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "ARRIVED": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "no_show": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_16(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "XXarrived_on_timeXX": self.on_time.numerator,
            "no_show": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_17(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "ARRIVED_ON_TIME": self.on_time.numerator,
            "no_show": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_18(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "XXno_showXX": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_19(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "NO_SHOW": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_20(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "no_show": self.no_show,
            "XXcancelledXX": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_21(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "no_show": self.no_show,
            "CANCELLED": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_22(self) -> dict[str, object]:
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
            "XXpendingXX": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_23(self) -> dict[str, object]:
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
            "PENDING": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_24(self) -> dict[str, object]:
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
            "XXsuccess_rateXX": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_25(self) -> dict[str, object]:
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
            "SUCCESS_RATE": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_26(self) -> dict[str, object]:
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
            "XXsuccess_percentXX": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_27(self) -> dict[str, object]:
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
            "SUCCESS_PERCENT": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_28(self) -> dict[str, object]:
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
            "XXon_time_rateXX": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_29(self) -> dict[str, object]:
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
            "ON_TIME_RATE": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_30(self) -> dict[str, object]:
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
            "XXon_time_percentXX": self.on_time.format_percent(),
        }

    def xǁAppointmentRateRowǁto_dict__mutmut_31(self) -> dict[str, object]:
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
            "ON_TIME_PERCENT": self.on_time.format_percent(),
        }

mutants_xǁAppointmentRateRowǁto_dict__mutmut['_mutmut_orig'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_1'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_2'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_3'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_4'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_5'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_6'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_7'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_8'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_9'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_10'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_11'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_12'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_13'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_14'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_15'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_16'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_17'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_18'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_19'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_20'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_21'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_22'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_23'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_24'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_25'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_26'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_27'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_28'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_29'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_30'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAppointmentRateRowǁto_dict__mutmut['xǁAppointmentRateRowǁto_dict__mutmut_31'] = AppointmentRateRow.xǁAppointmentRateRowǁto_dict__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAppointmentRatesǁ_repr_html___mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁAppointmentRatesǁrow__mutmut)
    def row(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_orig(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_1(
        self, period: str = "XXallXX", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_2(
        self, period: str = "ALL", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_3(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = None
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_4(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if (isinstance(kind, str)) and False else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_5(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if (isinstance(kind, str)) or True else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_6(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(None) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_7(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next(None, None)

    def xǁAppointmentRatesǁrow__mutmut_8(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next(None)

    def xǁAppointmentRatesǁrow__mutmut_9(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), )

    def xǁAppointmentRatesǁrow__mutmut_10(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period or r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_11(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period != period and r.kind is wanted), None)

    def xǁAppointmentRatesǁrow__mutmut_12(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is not wanted), None)

    @_mutmut_mutated(mutants_xǁAppointmentRatesǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁAppointmentRatesǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁAppointmentRatesǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁAppointmentRatesǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁAppointmentRatesǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁAppointmentRatesǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁAppointmentRatesǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per period and kind (the ``all`` kind row first in each period)."""
        return [row.to_dict() for row in self.rows]

mutants_xǁAppointmentRatesǁrow__mutmut['_mutmut_orig'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_1'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_2'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_3'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_4'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_5'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_6'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_7'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_8'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_9'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_10'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_11'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁrow__mutmut['xǁAppointmentRatesǁrow__mutmut_12'] = AppointmentRates.xǁAppointmentRatesǁrow__mutmut_12 # type: ignore # mutmut generated

mutants_xǁAppointmentRatesǁ_repr_html___mutmut['_mutmut_orig'] = AppointmentRates.xǁAppointmentRatesǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁ_repr_html___mutmut['xǁAppointmentRatesǁ_repr_html___mutmut_1'] = AppointmentRates.xǁAppointmentRatesǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁ_repr_html___mutmut['xǁAppointmentRatesǁ_repr_html___mutmut_2'] = AppointmentRates.xǁAppointmentRatesǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁ_repr_html___mutmut['xǁAppointmentRatesǁ_repr_html___mutmut_3'] = AppointmentRates.xǁAppointmentRatesǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁ_repr_html___mutmut['xǁAppointmentRatesǁ_repr_html___mutmut_4'] = AppointmentRates.xǁAppointmentRatesǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁAppointmentRatesǁ_repr_html___mutmut['xǁAppointmentRatesǁ_repr_html___mutmut_5'] = AppointmentRates.xǁAppointmentRatesǁ_repr_html___mutmut_5 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__appointment_row__mutmut)
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


def x__appointment_row__mutmut_orig(
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


def x__appointment_row__mutmut_1(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = None
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


def x__appointment_row__mutmut_2(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] - statuses[AppointmentStatus.ARRIVED_LATE]
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


def x__appointment_row__mutmut_3(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = None
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


def x__appointment_row__mutmut_4(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period_start=None,
        period=key[1],
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_5(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period_start=key[0],
        period=None,
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_6(
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
        kind=None,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_7(
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
        success=None,
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_8(
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
        on_time=None,
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_9(
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
        no_show=None,
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_10(
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
        cancelled=None,
        pending=pending,
    )


def x__appointment_row__mutmut_11(
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
        pending=None,
    )


def x__appointment_row__mutmut_12(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period=key[1],
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_13(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period_start=key[0],
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_14(
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
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_15(
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
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_16(
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
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_17(
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
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_18(
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
        pending=pending,
    )


def x__appointment_row__mutmut_19(
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
        )


def x__appointment_row__mutmut_20(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period_start=key[1],
        period=key[1],
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_21(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period_start=key[0],
        period=key[2],
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_22(
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
        success=Rate(None, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_23(
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
        success=Rate(arrived, None, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_24(
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
        success=Rate(arrived, statuses.total() - pending, confidence=None),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_25(
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
        success=Rate(statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_26(
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
        success=Rate(arrived, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_27(
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
        success=Rate(arrived, statuses.total() - pending, ),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_28(
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
        success=Rate(arrived, statuses.total() + pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_29(
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
        on_time=Rate(None, arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_30(
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
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], None, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_31(
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
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=None),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_32(
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
        on_time=Rate(arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_33(
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
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def x__appointment_row__mutmut_34(
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
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, ),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )

mutants_x__appointment_row__mutmut['_mutmut_orig'] = x__appointment_row__mutmut_orig # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_1'] = x__appointment_row__mutmut_1 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_2'] = x__appointment_row__mutmut_2 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_3'] = x__appointment_row__mutmut_3 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_4'] = x__appointment_row__mutmut_4 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_5'] = x__appointment_row__mutmut_5 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_6'] = x__appointment_row__mutmut_6 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_7'] = x__appointment_row__mutmut_7 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_8'] = x__appointment_row__mutmut_8 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_9'] = x__appointment_row__mutmut_9 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_10'] = x__appointment_row__mutmut_10 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_11'] = x__appointment_row__mutmut_11 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_12'] = x__appointment_row__mutmut_12 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_13'] = x__appointment_row__mutmut_13 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_14'] = x__appointment_row__mutmut_14 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_15'] = x__appointment_row__mutmut_15 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_16'] = x__appointment_row__mutmut_16 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_17'] = x__appointment_row__mutmut_17 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_18'] = x__appointment_row__mutmut_18 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_19'] = x__appointment_row__mutmut_19 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_20'] = x__appointment_row__mutmut_20 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_21'] = x__appointment_row__mutmut_21 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_22'] = x__appointment_row__mutmut_22 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_23'] = x__appointment_row__mutmut_23 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_24'] = x__appointment_row__mutmut_24 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_25'] = x__appointment_row__mutmut_25 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_26'] = x__appointment_row__mutmut_26 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_27'] = x__appointment_row__mutmut_27 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_28'] = x__appointment_row__mutmut_28 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_29'] = x__appointment_row__mutmut_29 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_30'] = x__appointment_row__mutmut_30 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_31'] = x__appointment_row__mutmut_31 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_32'] = x__appointment_row__mutmut_32 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_33'] = x__appointment_row__mutmut_33 # type: ignore # mutmut generated
mutants_x__appointment_row__mutmut['x__appointment_row__mutmut_34'] = x__appointment_row__mutmut_34 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_appointment_rates__mutmut)
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


def x_appointment_rates__mutmut_orig(
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


def x_appointment_rates__mutmut_1(
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
    policy = None
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_2(
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
    policy = checked(None, StatsPolicy, "policy")
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_3(
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
    policy = checked(policy, None, "policy")
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_4(
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
    policy = checked(policy, StatsPolicy, None)
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_5(
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
    policy = checked(StatsPolicy, "policy")
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_6(
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
    policy = checked(policy, "policy")
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_7(
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
    policy = checked(policy, StatsPolicy, )
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_8(
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
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_9(
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
    policy = checked(policy, StatsPolicy, "POLICY")
    check_iterable(appointments, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_10(
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
    check_iterable(None, "appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_11(
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
    check_iterable(appointments, None)
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_12(
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
    check_iterable("appointments")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_13(
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
    check_iterable(appointments, )
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_14(
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
    check_iterable(appointments, "XXappointmentsXX")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_15(
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
    check_iterable(appointments, "APPOINTMENTS")
    used = _check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_16(
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
    used = None
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_17(
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
    used = _check_period(None)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_18(
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
    buckets = None
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_19(
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
    buckets = defaultdict(None)
    for appointment in _require(appointments, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_20(
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
    for appointment in _require(None, Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_21(
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
    for appointment in _require(appointments, None, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_22(
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
    for appointment in _require(appointments, Appointment, None):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_23(
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
    for appointment in _require(Appointment, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_24(
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
    for appointment in _require(appointments, "appointments"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_25(
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
    for appointment in _require(appointments, Appointment, ):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_26(
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
    for appointment in _require(appointments, Appointment, "XXappointmentsXX"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_27(
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
    for appointment in _require(appointments, Appointment, "APPOINTMENTS"):
        key = _period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_28(
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
        key = None
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_29(
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
        key = _period_key(None, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_30(
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
        key = _period_key(used, None)
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_31(
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
        key = _period_key(local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_32(
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
        key = _period_key(used, )
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_33(
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
        key = _period_key(used, local_date(None))
        buckets[key][appointment.kind, appointment.status] += 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_34(
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
        buckets[key][appointment.kind, appointment.status] = 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_35(
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
        buckets[key][appointment.kind, appointment.status] -= 1
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_36(
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
        buckets[key][appointment.kind, appointment.status] += 2
    return _appointment_rates_from_tally(used, buckets, policy.confidence)


def x_appointment_rates__mutmut_37(
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
    return _appointment_rates_from_tally(None, buckets, policy.confidence)


def x_appointment_rates__mutmut_38(
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
    return _appointment_rates_from_tally(used, None, policy.confidence)


def x_appointment_rates__mutmut_39(
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
    return _appointment_rates_from_tally(used, buckets, None)


def x_appointment_rates__mutmut_40(
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
    return _appointment_rates_from_tally(buckets, policy.confidence)


def x_appointment_rates__mutmut_41(
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
    return _appointment_rates_from_tally(used, policy.confidence)


def x_appointment_rates__mutmut_42(
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
    return _appointment_rates_from_tally(used, buckets, )

mutants_x_appointment_rates__mutmut['_mutmut_orig'] = x_appointment_rates__mutmut_orig # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_1'] = x_appointment_rates__mutmut_1 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_2'] = x_appointment_rates__mutmut_2 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_3'] = x_appointment_rates__mutmut_3 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_4'] = x_appointment_rates__mutmut_4 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_5'] = x_appointment_rates__mutmut_5 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_6'] = x_appointment_rates__mutmut_6 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_7'] = x_appointment_rates__mutmut_7 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_8'] = x_appointment_rates__mutmut_8 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_9'] = x_appointment_rates__mutmut_9 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_10'] = x_appointment_rates__mutmut_10 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_11'] = x_appointment_rates__mutmut_11 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_12'] = x_appointment_rates__mutmut_12 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_13'] = x_appointment_rates__mutmut_13 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_14'] = x_appointment_rates__mutmut_14 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_15'] = x_appointment_rates__mutmut_15 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_16'] = x_appointment_rates__mutmut_16 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_17'] = x_appointment_rates__mutmut_17 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_18'] = x_appointment_rates__mutmut_18 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_19'] = x_appointment_rates__mutmut_19 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_20'] = x_appointment_rates__mutmut_20 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_21'] = x_appointment_rates__mutmut_21 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_22'] = x_appointment_rates__mutmut_22 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_23'] = x_appointment_rates__mutmut_23 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_24'] = x_appointment_rates__mutmut_24 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_25'] = x_appointment_rates__mutmut_25 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_26'] = x_appointment_rates__mutmut_26 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_27'] = x_appointment_rates__mutmut_27 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_28'] = x_appointment_rates__mutmut_28 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_29'] = x_appointment_rates__mutmut_29 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_30'] = x_appointment_rates__mutmut_30 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_31'] = x_appointment_rates__mutmut_31 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_32'] = x_appointment_rates__mutmut_32 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_33'] = x_appointment_rates__mutmut_33 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_34'] = x_appointment_rates__mutmut_34 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_35'] = x_appointment_rates__mutmut_35 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_36'] = x_appointment_rates__mutmut_36 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_37'] = x_appointment_rates__mutmut_37 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_38'] = x_appointment_rates__mutmut_38 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_39'] = x_appointment_rates__mutmut_39 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_40'] = x_appointment_rates__mutmut_40 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_41'] = x_appointment_rates__mutmut_41 # type: ignore # mutmut generated
mutants_x_appointment_rates__mutmut['x_appointment_rates__mutmut_42'] = x_appointment_rates__mutmut_42 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__appointment_rates_from_tally__mutmut)
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


def x__appointment_rates_from_tally__mutmut_orig(
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


def x__appointment_rates_from_tally__mutmut_1(
    used: Period | None,
    buckets: Mapping[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]],
    confidence: float,
) -> AppointmentRates:
    """The result of :func:`appointment_rates` from counts by period, kind and status.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = None
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


def x__appointment_rates_from_tally__mutmut_2(
    used: Period | None,
    buckets: Mapping[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]],
    confidence: float,
) -> AppointmentRates:
    """The result of :func:`appointment_rates` from counts by period, kind and status.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = []
    for key in _sorted_keys(None):
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


def x__appointment_rates_from_tally__mutmut_3(
    used: Period | None,
    buckets: Mapping[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]],
    confidence: float,
) -> AppointmentRates:
    """The result of :func:`appointment_rates` from counts by period, kind and status.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = []
    for key in _sorted_keys(buckets):
        members = None
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


def x__appointment_rates_from_tally__mutmut_4(
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
        statuses: Counter[AppointmentStatus] = None
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


def x__appointment_rates_from_tally__mutmut_5(
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
            statuses[status] = count
        rows.append(_appointment_row(key, None, statuses, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_6(
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
            statuses[status] -= count
        rows.append(_appointment_row(key, None, statuses, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_7(
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
        rows.append(None)
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_8(
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
        rows.append(_appointment_row(None, None, statuses, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_9(
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
        rows.append(_appointment_row(key, None, None, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_10(
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
        rows.append(_appointment_row(key, None, statuses, None))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_11(
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
        rows.append(_appointment_row(None, statuses, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_12(
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
        rows.append(_appointment_row(key, statuses, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_13(
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
        rows.append(_appointment_row(key, None, confidence))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_14(
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
        rows.append(_appointment_row(key, None, statuses, ))
        for kind in AppointmentKind:
            of_kind: Counter[AppointmentStatus] = Counter(
                {status: count for (k, status), count in members.items() if k is kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_15(
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
            of_kind: Counter[AppointmentStatus] = None
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_16(
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
                None
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_17(
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
                {status: count for (k, status), count in members.items() if k is not kind}
            )
            if of_kind.total():
                rows.append(_appointment_row(key, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_18(
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
                rows.append(None)
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_19(
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
                rows.append(_appointment_row(None, kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_20(
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
                rows.append(_appointment_row(key, None, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_21(
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
                rows.append(_appointment_row(key, kind, None, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_22(
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
                rows.append(_appointment_row(key, kind, of_kind, None))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_23(
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
                rows.append(_appointment_row(kind, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_24(
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
                rows.append(_appointment_row(key, of_kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_25(
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
                rows.append(_appointment_row(key, kind, confidence))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_26(
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
                rows.append(_appointment_row(key, kind, of_kind, ))
    return AppointmentRates(period=used, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_27(
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
    return AppointmentRates(period=None, rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_28(
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
    return AppointmentRates(period=used, rows=None)


def x__appointment_rates_from_tally__mutmut_29(
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
    return AppointmentRates(rows=tuple(rows))


def x__appointment_rates_from_tally__mutmut_30(
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
    return AppointmentRates(period=used, )


def x__appointment_rates_from_tally__mutmut_31(
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
    return AppointmentRates(period=used, rows=tuple(None))

mutants_x__appointment_rates_from_tally__mutmut['_mutmut_orig'] = x__appointment_rates_from_tally__mutmut_orig # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_1'] = x__appointment_rates_from_tally__mutmut_1 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_2'] = x__appointment_rates_from_tally__mutmut_2 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_3'] = x__appointment_rates_from_tally__mutmut_3 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_4'] = x__appointment_rates_from_tally__mutmut_4 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_5'] = x__appointment_rates_from_tally__mutmut_5 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_6'] = x__appointment_rates_from_tally__mutmut_6 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_7'] = x__appointment_rates_from_tally__mutmut_7 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_8'] = x__appointment_rates_from_tally__mutmut_8 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_9'] = x__appointment_rates_from_tally__mutmut_9 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_10'] = x__appointment_rates_from_tally__mutmut_10 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_11'] = x__appointment_rates_from_tally__mutmut_11 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_12'] = x__appointment_rates_from_tally__mutmut_12 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_13'] = x__appointment_rates_from_tally__mutmut_13 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_14'] = x__appointment_rates_from_tally__mutmut_14 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_15'] = x__appointment_rates_from_tally__mutmut_15 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_16'] = x__appointment_rates_from_tally__mutmut_16 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_17'] = x__appointment_rates_from_tally__mutmut_17 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_18'] = x__appointment_rates_from_tally__mutmut_18 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_19'] = x__appointment_rates_from_tally__mutmut_19 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_20'] = x__appointment_rates_from_tally__mutmut_20 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_21'] = x__appointment_rates_from_tally__mutmut_21 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_22'] = x__appointment_rates_from_tally__mutmut_22 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_23'] = x__appointment_rates_from_tally__mutmut_23 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_24'] = x__appointment_rates_from_tally__mutmut_24 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_25'] = x__appointment_rates_from_tally__mutmut_25 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_26'] = x__appointment_rates_from_tally__mutmut_26 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_27'] = x__appointment_rates_from_tally__mutmut_27 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_28'] = x__appointment_rates_from_tally__mutmut_28 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_29'] = x__appointment_rates_from_tally__mutmut_29 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_30'] = x__appointment_rates_from_tally__mutmut_30 # type: ignore # mutmut generated
mutants_x__appointment_rates_from_tally__mutmut['x__appointment_rates_from_tally__mutmut_31'] = x__appointment_rates_from_tally__mutmut_31 # type: ignore # mutmut generated
mutants_x__to_premium__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- renewal


@_mutmut_mutated(mutants_x__to_premium__mutmut)
def _to_premium(value: object) -> Decimal:
    return to_money(value, field="premium")


# --------------------------------------------------------------------------- renewal


def x__to_premium__mutmut_orig(value: object) -> Decimal:
    return to_money(value, field="premium")


# --------------------------------------------------------------------------- renewal


def x__to_premium__mutmut_1(value: object) -> Decimal:
    return to_money(None, field="premium")


# --------------------------------------------------------------------------- renewal


def x__to_premium__mutmut_2(value: object) -> Decimal:
    return to_money(value, field=None)


# --------------------------------------------------------------------------- renewal


def x__to_premium__mutmut_3(value: object) -> Decimal:
    return to_money(field="premium")


# --------------------------------------------------------------------------- renewal


def x__to_premium__mutmut_4(value: object) -> Decimal:
    return to_money(value, )


# --------------------------------------------------------------------------- renewal


def x__to_premium__mutmut_5(value: object) -> Decimal:
    return to_money(value, field="XXpremiumXX")


# --------------------------------------------------------------------------- renewal


def x__to_premium__mutmut_6(value: object) -> Decimal:
    return to_money(value, field="PREMIUM")

mutants_x__to_premium__mutmut['_mutmut_orig'] = x__to_premium__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_premium__mutmut['x__to_premium__mutmut_1'] = x__to_premium__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_premium__mutmut['x__to_premium__mutmut_2'] = x__to_premium__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_premium__mutmut['x__to_premium__mutmut_3'] = x__to_premium__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_premium__mutmut['x__to_premium__mutmut_4'] = x__to_premium__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_premium__mutmut['x__to_premium__mutmut_5'] = x__to_premium__mutmut_5 # type: ignore # mutmut generated
mutants_x__to_premium__mutmut['x__to_premium__mutmut_6'] = x__to_premium__mutmut_6 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__non_negative_premium__mutmut)
def _non_negative_premium(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", value=value)


def x__non_negative_premium__mutmut_orig(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", value=value)


def x__non_negative_premium__mutmut_1(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value <= 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", value=value)


def x__non_negative_premium__mutmut_2(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 1:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", value=value)


def x__non_negative_premium__mutmut_3(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = None
        raise InvalidComponent(msg, field="premium", value=value)


def x__non_negative_premium__mutmut_4(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(None, field="premium", value=value)


def x__non_negative_premium__mutmut_5(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field=None, value=value)


def x__non_negative_premium__mutmut_6(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", value=None)


def x__non_negative_premium__mutmut_7(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(field="premium", value=value)


def x__non_negative_premium__mutmut_8(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, value=value)


def x__non_negative_premium__mutmut_9(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="premium", )


def x__non_negative_premium__mutmut_10(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="XXpremiumXX", value=value)


def x__non_negative_premium__mutmut_11(
    instance: object, attribute: attrs.Attribute[Any], value: Decimal
) -> None:
    if value < 0:
        msg = f"premium: a premium cannot be negative, got {value}"
        raise InvalidComponent(msg, field="PREMIUM", value=value)

mutants_x__non_negative_premium__mutmut['_mutmut_orig'] = x__non_negative_premium__mutmut_orig # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_1'] = x__non_negative_premium__mutmut_1 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_2'] = x__non_negative_premium__mutmut_2 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_3'] = x__non_negative_premium__mutmut_3 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_4'] = x__non_negative_premium__mutmut_4 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_5'] = x__non_negative_premium__mutmut_5 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_6'] = x__non_negative_premium__mutmut_6 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_7'] = x__non_negative_premium__mutmut_7 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_8'] = x__non_negative_premium__mutmut_8 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_9'] = x__non_negative_premium__mutmut_9 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_10'] = x__non_negative_premium__mutmut_10 # type: ignore # mutmut generated
mutants_x__non_negative_premium__mutmut['x__non_negative_premium__mutmut_11'] = x__non_negative_premium__mutmut_11 # type: ignore # mutmut generated


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
mutants_xǁRenewalRateǁby_value_percent__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRenewalRateǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁRenewalRateǁto_rows__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁRenewalRateǁby_value_percent__mutmut)
    def by_value_percent(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_orig(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_1(self, digits: int = 1) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_2(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = None
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_3(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if (exact is None) and False else f"{round_half_up(exact * 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_4(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if (exact is None) or True else f"{round_half_up(exact * 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_5(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is not None else f"{round_half_up(exact * 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_6(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(None, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_7(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, None)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_8(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_9(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 100, )}%"

    def xǁRenewalRateǁby_value_percent__mutmut_10(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact / 100, digits)}%"

    def xǁRenewalRateǁby_value_percent__mutmut_11(self, digits: int = 0) -> str:
        """The rate by value in per cent, rounded half up (``'n/a'`` with no premium)."""
        exact = self.by_value_exact
        return _NOT_AVAILABLE if exact is None else f"{round_half_up(exact * 101, digits)}%"

    @property
    def meets_floor_by_count(self) -> bool | None:
        """Whether the count rate reaches the floor; None when nothing expires."""
        return self.by_count.meets(self.floor)

    @property
    def meets_floor_by_value(self) -> bool | None:
        """Whether the value rate reaches the floor; None when no premium falls due."""
        exact = self.by_value_exact
        return None if exact is None else exact >= _target_fraction(self.floor, "floor")

    @_mutmut_mutated(mutants_xǁRenewalRateǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁRenewalRateǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁRenewalRateǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁRenewalRateǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁRenewalRateǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁRenewalRateǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁRenewalRateǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    @_mutmut_mutated(mutants_xǁRenewalRateǁto_rows__mutmut)
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

    def xǁRenewalRateǁto_rows__mutmut_orig(self) -> list[dict[str, object]]:
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

    def xǁRenewalRateǁto_rows__mutmut_1(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "XXmonthXX": self.label,
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

    def xǁRenewalRateǁto_rows__mutmut_2(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "MONTH": self.label,
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

    def xǁRenewalRateǁto_rows__mutmut_3(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "XXexpiringXX": self.by_count.denominator,
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

    def xǁRenewalRateǁto_rows__mutmut_4(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "EXPIRING": self.by_count.denominator,
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

    def xǁRenewalRateǁto_rows__mutmut_5(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "XXrenewedXX": self.by_count.numerator,
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

    def xǁRenewalRateǁto_rows__mutmut_6(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "RENEWED": self.by_count.numerator,
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

    def xǁRenewalRateǁto_rows__mutmut_7(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "XXby_countXX": self.by_count.value,
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

    def xǁRenewalRateǁto_rows__mutmut_8(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "BY_COUNT": self.by_count.value,
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

    def xǁRenewalRateǁto_rows__mutmut_9(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "XXby_count_percentXX": self.by_count.format_percent(),
                "premium_expiring": self.premium_expiring,
                "premium_renewed": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_10(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "BY_COUNT_PERCENT": self.by_count.format_percent(),
                "premium_expiring": self.premium_expiring,
                "premium_renewed": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_11(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "by_count_percent": self.by_count.format_percent(),
                "XXpremium_expiringXX": self.premium_expiring,
                "premium_renewed": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_12(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "by_count_percent": self.by_count.format_percent(),
                "PREMIUM_EXPIRING": self.premium_expiring,
                "premium_renewed": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_13(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "by_count_percent": self.by_count.format_percent(),
                "premium_expiring": self.premium_expiring,
                "XXpremium_renewedXX": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_14(self) -> list[dict[str, object]]:
        """One row of plain values."""
        return [
            {
                "month": self.label,
                "expiring": self.by_count.denominator,
                "renewed": self.by_count.numerator,
                "by_count": self.by_count.value,
                "by_count_percent": self.by_count.format_percent(),
                "premium_expiring": self.premium_expiring,
                "PREMIUM_RENEWED": self.premium_renewed,
                "by_value": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_15(self) -> list[dict[str, object]]:
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
                "XXby_valueXX": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_16(self) -> list[dict[str, object]]:
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
                "BY_VALUE": self.by_value,
                "by_value_percent": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_17(self) -> list[dict[str, object]]:
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
                "XXby_value_percentXX": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_18(self) -> list[dict[str, object]]:
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
                "BY_VALUE_PERCENT": self.by_value_percent(),
                "floor": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_19(self) -> list[dict[str, object]]:
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
                "XXfloorXX": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_20(self) -> list[dict[str, object]]:
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
                "FLOOR": self.floor,
                "meets_floor_by_count": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_21(self) -> list[dict[str, object]]:
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
                "XXmeets_floor_by_countXX": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_22(self) -> list[dict[str, object]]:
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
                "MEETS_FLOOR_BY_COUNT": self.meets_floor_by_count,
                "meets_floor_by_value": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_23(self) -> list[dict[str, object]]:
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
                "XXmeets_floor_by_valueXX": self.meets_floor_by_value,
            }
        ]

    def xǁRenewalRateǁto_rows__mutmut_24(self) -> list[dict[str, object]]:
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
                "MEETS_FLOOR_BY_VALUE": self.meets_floor_by_value,
            }
        ]

mutants_xǁRenewalRateǁby_value_percent__mutmut['_mutmut_orig'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_1'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_2'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_3'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_4'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_5'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_6'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_7'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_8'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_9'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_10'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁby_value_percent__mutmut['xǁRenewalRateǁby_value_percent__mutmut_11'] = RenewalRate.xǁRenewalRateǁby_value_percent__mutmut_11 # type: ignore # mutmut generated

mutants_xǁRenewalRateǁ_repr_html___mutmut['_mutmut_orig'] = RenewalRate.xǁRenewalRateǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁRenewalRateǁ_repr_html___mutmut['xǁRenewalRateǁ_repr_html___mutmut_1'] = RenewalRate.xǁRenewalRateǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁ_repr_html___mutmut['xǁRenewalRateǁ_repr_html___mutmut_2'] = RenewalRate.xǁRenewalRateǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁ_repr_html___mutmut['xǁRenewalRateǁ_repr_html___mutmut_3'] = RenewalRate.xǁRenewalRateǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁ_repr_html___mutmut['xǁRenewalRateǁ_repr_html___mutmut_4'] = RenewalRate.xǁRenewalRateǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁ_repr_html___mutmut['xǁRenewalRateǁ_repr_html___mutmut_5'] = RenewalRate.xǁRenewalRateǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁRenewalRateǁto_rows__mutmut['_mutmut_orig'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_1'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_2'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_3'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_4'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_5'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_6'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_7'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_8'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_9'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_10'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_11'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_12'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_13'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_14'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_15'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_16'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_17'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_18'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_19'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_20'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_21'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_22'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_23'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRenewalRateǁto_rows__mutmut['xǁRenewalRateǁto_rows__mutmut_24'] = RenewalRate.xǁRenewalRateǁto_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_renewal_rate__mutmut)
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


def x_renewal_rate__mutmut_orig(
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


def x_renewal_rate__mutmut_1(
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
    policy = None
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


def x_renewal_rate__mutmut_2(
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
    policy = checked(None, StatsPolicy, "policy")
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


def x_renewal_rate__mutmut_3(
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
    policy = checked(policy, None, "policy")
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


def x_renewal_rate__mutmut_4(
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
    policy = checked(policy, StatsPolicy, None)
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


def x_renewal_rate__mutmut_5(
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
    policy = checked(StatsPolicy, "policy")
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


def x_renewal_rate__mutmut_6(
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
    policy = checked(policy, "policy")
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


def x_renewal_rate__mutmut_7(
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
    policy = checked(policy, StatsPolicy, )
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


def x_renewal_rate__mutmut_8(
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
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
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


def x_renewal_rate__mutmut_9(
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
    policy = checked(policy, StatsPolicy, "POLICY")
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


def x_renewal_rate__mutmut_10(
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
    check_iterable(None, "renewals")
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


def x_renewal_rate__mutmut_11(
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
    check_iterable(renewals, None)
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


def x_renewal_rate__mutmut_12(
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
    check_iterable("renewals")
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


def x_renewal_rate__mutmut_13(
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
    check_iterable(renewals, )
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


def x_renewal_rate__mutmut_14(
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
    check_iterable(renewals, "XXrenewalsXX")
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


def x_renewal_rate__mutmut_15(
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
    check_iterable(renewals, "RENEWALS")
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


def x_renewal_rate__mutmut_16(
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
    candidate: object = None
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


def x_renewal_rate__mutmut_17(
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
    if isinstance(candidate, date):
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


def x_renewal_rate__mutmut_18(
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
        msg = None
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


def x_renewal_rate__mutmut_19(
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
        msg = f"month: expected a date in the month, got {type(None).__name__} {shown(month)}"
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


def x_renewal_rate__mutmut_20(
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
        msg = f"month: expected a date in the month, got {type(month).__name__} {shown(None)}"
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


def x_renewal_rate__mutmut_21(
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
        raise InvalidFormat(None, field="month", value=month)
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


def x_renewal_rate__mutmut_22(
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
        raise InvalidFormat(msg, field=None, value=month)
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


def x_renewal_rate__mutmut_23(
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
        raise InvalidFormat(msg, field="month", value=None)
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


def x_renewal_rate__mutmut_24(
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
        raise InvalidFormat(field="month", value=month)
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


def x_renewal_rate__mutmut_25(
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
        raise InvalidFormat(msg, value=month)
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


def x_renewal_rate__mutmut_26(
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
        raise InvalidFormat(msg, field="month", )
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


def x_renewal_rate__mutmut_27(
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
        raise InvalidFormat(msg, field="XXmonthXX", value=month)
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


def x_renewal_rate__mutmut_28(
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
        raise InvalidFormat(msg, field="MONTH", value=month)
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


def x_renewal_rate__mutmut_29(
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
    first = None
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


def x_renewal_rate__mutmut_30(
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
    first = Period.MONTH.start_of(None)
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


def x_renewal_rate__mutmut_31(
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
    first = Period.MONTH.start_of(as_date(None))
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


def x_renewal_rate__mutmut_32(
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
    due = None
    renewed = [record for record in due if record.renewed]
    return RenewalRate(
        month=first,
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_33(
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
        for record in _require(None, InsuranceRenewal, "renewals")
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


def x_renewal_rate__mutmut_34(
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
        for record in _require(renewals, None, "renewals")
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


def x_renewal_rate__mutmut_35(
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
        for record in _require(renewals, InsuranceRenewal, None)
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


def x_renewal_rate__mutmut_36(
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
        for record in _require(InsuranceRenewal, "renewals")
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


def x_renewal_rate__mutmut_37(
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
        for record in _require(renewals, "renewals")
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


def x_renewal_rate__mutmut_38(
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
        for record in _require(renewals, InsuranceRenewal, )
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


def x_renewal_rate__mutmut_39(
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
        for record in _require(renewals, InsuranceRenewal, "XXrenewalsXX")
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


def x_renewal_rate__mutmut_40(
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
        for record in _require(renewals, InsuranceRenewal, "RENEWALS")
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


def x_renewal_rate__mutmut_41(
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
        if Period.MONTH.start_of(None) == first
    ]
    renewed = [record for record in due if record.renewed]
    return RenewalRate(
        month=first,
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_42(
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
        if Period.MONTH.start_of(record.expires_on) != first
    ]
    renewed = [record for record in due if record.renewed]
    return RenewalRate(
        month=first,
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_43(
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
    renewed = None
    return RenewalRate(
        month=first,
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_44(
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
        month=None,
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_45(
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
        by_count=None,
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_46(
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
        premium_expiring=None,
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_47(
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
        premium_renewed=None,
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_48(
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
        floor=None,
    )


def x_renewal_rate__mutmut_49(
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
        by_count=Rate(len(renewed), len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_50(
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
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_51(
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
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_52(
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
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_53(
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
        )


def x_renewal_rate__mutmut_54(
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
        by_count=Rate(None, len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_55(
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
        by_count=Rate(len(renewed), None, confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_56(
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
        by_count=Rate(len(renewed), len(due), confidence=None),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_57(
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
        by_count=Rate(len(due), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_58(
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
        by_count=Rate(len(renewed), confidence=policy.confidence),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_59(
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
        by_count=Rate(len(renewed), len(due), ),
        premium_expiring=money_sum(record.premium for record in due),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_60(
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
        premium_expiring=money_sum(None),
        premium_renewed=money_sum(record.premium for record in renewed),
        floor=policy.renewal_floor,
    )


def x_renewal_rate__mutmut_61(
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
        premium_renewed=money_sum(None),
        floor=policy.renewal_floor,
    )

mutants_x_renewal_rate__mutmut['_mutmut_orig'] = x_renewal_rate__mutmut_orig # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_1'] = x_renewal_rate__mutmut_1 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_2'] = x_renewal_rate__mutmut_2 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_3'] = x_renewal_rate__mutmut_3 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_4'] = x_renewal_rate__mutmut_4 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_5'] = x_renewal_rate__mutmut_5 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_6'] = x_renewal_rate__mutmut_6 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_7'] = x_renewal_rate__mutmut_7 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_8'] = x_renewal_rate__mutmut_8 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_9'] = x_renewal_rate__mutmut_9 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_10'] = x_renewal_rate__mutmut_10 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_11'] = x_renewal_rate__mutmut_11 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_12'] = x_renewal_rate__mutmut_12 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_13'] = x_renewal_rate__mutmut_13 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_14'] = x_renewal_rate__mutmut_14 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_15'] = x_renewal_rate__mutmut_15 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_16'] = x_renewal_rate__mutmut_16 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_17'] = x_renewal_rate__mutmut_17 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_18'] = x_renewal_rate__mutmut_18 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_19'] = x_renewal_rate__mutmut_19 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_20'] = x_renewal_rate__mutmut_20 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_21'] = x_renewal_rate__mutmut_21 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_22'] = x_renewal_rate__mutmut_22 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_23'] = x_renewal_rate__mutmut_23 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_24'] = x_renewal_rate__mutmut_24 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_25'] = x_renewal_rate__mutmut_25 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_26'] = x_renewal_rate__mutmut_26 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_27'] = x_renewal_rate__mutmut_27 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_28'] = x_renewal_rate__mutmut_28 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_29'] = x_renewal_rate__mutmut_29 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_30'] = x_renewal_rate__mutmut_30 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_31'] = x_renewal_rate__mutmut_31 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_32'] = x_renewal_rate__mutmut_32 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_33'] = x_renewal_rate__mutmut_33 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_34'] = x_renewal_rate__mutmut_34 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_35'] = x_renewal_rate__mutmut_35 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_36'] = x_renewal_rate__mutmut_36 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_37'] = x_renewal_rate__mutmut_37 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_38'] = x_renewal_rate__mutmut_38 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_39'] = x_renewal_rate__mutmut_39 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_40'] = x_renewal_rate__mutmut_40 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_41'] = x_renewal_rate__mutmut_41 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_42'] = x_renewal_rate__mutmut_42 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_43'] = x_renewal_rate__mutmut_43 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_44'] = x_renewal_rate__mutmut_44 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_45'] = x_renewal_rate__mutmut_45 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_46'] = x_renewal_rate__mutmut_46 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_47'] = x_renewal_rate__mutmut_47 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_48'] = x_renewal_rate__mutmut_48 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_49'] = x_renewal_rate__mutmut_49 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_50'] = x_renewal_rate__mutmut_50 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_51'] = x_renewal_rate__mutmut_51 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_52'] = x_renewal_rate__mutmut_52 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_53'] = x_renewal_rate__mutmut_53 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_54'] = x_renewal_rate__mutmut_54 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_55'] = x_renewal_rate__mutmut_55 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_56'] = x_renewal_rate__mutmut_56 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_57'] = x_renewal_rate__mutmut_57 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_58'] = x_renewal_rate__mutmut_58 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_59'] = x_renewal_rate__mutmut_59 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_60'] = x_renewal_rate__mutmut_60 # type: ignore # mutmut generated
mutants_x_renewal_rate__mutmut['x_renewal_rate__mutmut_61'] = x_renewal_rate__mutmut_61 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_category__mutmut: MutantDict = {}  # type: ignore
mutants_xǁIssueBreakdownǁby_position__mutmut: MutantDict = {}  # type: ignore
mutants_xǁIssueBreakdownǁshare__mutmut: MutantDict = {}  # type: ignore
mutants_xǁIssueBreakdownǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁIssueBreakdownǁto_rows__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁIssueBreakdownǁby_category__mutmut)
    def by_category(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (seed 003's four, and other)."""
        counts: Counter[IssueCategory] = Counter()
        for category, _, count in self.cells:
            counts[category] += count
        return tuple((category, counts[category]) for category in IssueCategory)

    def xǁIssueBreakdownǁby_category__mutmut_orig(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (seed 003's four, and other)."""
        counts: Counter[IssueCategory] = Counter()
        for category, _, count in self.cells:
            counts[category] += count
        return tuple((category, counts[category]) for category in IssueCategory)

    def xǁIssueBreakdownǁby_category__mutmut_1(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (seed 003's four, and other)."""
        counts: Counter[IssueCategory] = None
        for category, _, count in self.cells:
            counts[category] += count
        return tuple((category, counts[category]) for category in IssueCategory)

    def xǁIssueBreakdownǁby_category__mutmut_2(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (seed 003's four, and other)."""
        counts: Counter[IssueCategory] = Counter()
        for category, _, count in self.cells:
            counts[category] = count
        return tuple((category, counts[category]) for category in IssueCategory)

    def xǁIssueBreakdownǁby_category__mutmut_3(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (seed 003's four, and other)."""
        counts: Counter[IssueCategory] = Counter()
        for category, _, count in self.cells:
            counts[category] -= count
        return tuple((category, counts[category]) for category in IssueCategory)

    def xǁIssueBreakdownǁby_category__mutmut_4(self) -> tuple[tuple[IssueCategory, int], ...]:
        """Problems per category, every category listed (seed 003's four, and other)."""
        counts: Counter[IssueCategory] = Counter()
        for category, _, count in self.cells:
            counts[category] += count
        return tuple(None)

    @_mutmut_mutated(mutants_xǁIssueBreakdownǁby_position__mutmut)
    def by_position(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed (seed 004)."""
        counts: Counter[JobPosition] = Counter()
        for _, position, count in self.cells:
            counts[position] += count
        return tuple((position, counts[position]) for position in JobPosition)

    def xǁIssueBreakdownǁby_position__mutmut_orig(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed (seed 004)."""
        counts: Counter[JobPosition] = Counter()
        for _, position, count in self.cells:
            counts[position] += count
        return tuple((position, counts[position]) for position in JobPosition)

    def xǁIssueBreakdownǁby_position__mutmut_1(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed (seed 004)."""
        counts: Counter[JobPosition] = None
        for _, position, count in self.cells:
            counts[position] += count
        return tuple((position, counts[position]) for position in JobPosition)

    def xǁIssueBreakdownǁby_position__mutmut_2(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed (seed 004)."""
        counts: Counter[JobPosition] = Counter()
        for _, position, count in self.cells:
            counts[position] = count
        return tuple((position, counts[position]) for position in JobPosition)

    def xǁIssueBreakdownǁby_position__mutmut_3(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed (seed 004)."""
        counts: Counter[JobPosition] = Counter()
        for _, position, count in self.cells:
            counts[position] -= count
        return tuple((position, counts[position]) for position in JobPosition)

    def xǁIssueBreakdownǁby_position__mutmut_4(self) -> tuple[tuple[JobPosition, int], ...]:
        """Problems per job position, every position listed (seed 004)."""
        counts: Counter[JobPosition] = Counter()
        for _, position, count in self.cells:
            counts[position] += count
        return tuple(None)

    @_mutmut_mutated(mutants_xǁIssueBreakdownǁshare__mutmut)
    def share(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(dict(self.by_category())[wanted], self.total)

    def xǁIssueBreakdownǁshare__mutmut_orig(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(dict(self.by_category())[wanted], self.total)

    def xǁIssueBreakdownǁshare__mutmut_1(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = None
        return Rate(dict(self.by_category())[wanted], self.total)

    def xǁIssueBreakdownǁshare__mutmut_2(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if (isinstance(category, str)) and False else category
        return Rate(dict(self.by_category())[wanted], self.total)

    def xǁIssueBreakdownǁshare__mutmut_3(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if (isinstance(category, str)) or True else category
        return Rate(dict(self.by_category())[wanted], self.total)

    def xǁIssueBreakdownǁshare__mutmut_4(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(None) if isinstance(category, str) else category
        return Rate(dict(self.by_category())[wanted], self.total)

    def xǁIssueBreakdownǁshare__mutmut_5(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(None, self.total)

    def xǁIssueBreakdownǁshare__mutmut_6(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(dict(self.by_category())[wanted], None)

    def xǁIssueBreakdownǁshare__mutmut_7(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(self.total)

    def xǁIssueBreakdownǁshare__mutmut_8(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(dict(self.by_category())[wanted], )

    def xǁIssueBreakdownǁshare__mutmut_9(self, category: IssueCategory | str) -> Rate:
        """A category's share of all problems raised."""
        wanted = IssueCategory.from_label(category) if isinstance(category, str) else category
        return Rate(dict(None)[wanted], self.total)

    @_mutmut_mutated(mutants_xǁIssueBreakdownǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁIssueBreakdownǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁIssueBreakdownǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁIssueBreakdownǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁIssueBreakdownǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁIssueBreakdownǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁIssueBreakdownǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    @_mutmut_mutated(mutants_xǁIssueBreakdownǁto_rows__mutmut)
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

    def xǁIssueBreakdownǁto_rows__mutmut_orig(self) -> list[dict[str, object]]:
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

    def xǁIssueBreakdownǁto_rows__mutmut_1(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = None
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

    def xǁIssueBreakdownǁto_rows__mutmut_2(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "XXcategoryXX": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_3(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "CATEGORY": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_4(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "XXcategory_labelXX": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_5(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "CATEGORY_LABEL": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_6(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "XXpositionXX": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_7(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "POSITION": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_8(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "XXposition_labelXX": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_9(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "POSITION_LABEL": position.label,
                "count": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_10(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "XXcountXX": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_11(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "COUNT": count,
                "share": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_12(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "XXshareXX": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_13(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "SHARE": Rate(count, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_14(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(None, total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_15(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, None).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_16(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(total).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_17(self) -> list[dict[str, object]]:
        """One dict per category and position that occurred, most frequent first."""
        total = self.total
        return [
            {
                "category": category.value,
                "category_label": category.label,
                "position": position.value,
                "position_label": position.label,
                "count": count,
                "share": Rate(count, ).value,
                "share_percent": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_18(self) -> list[dict[str, object]]:
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
                "XXshare_percentXX": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_19(self) -> list[dict[str, object]]:
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
                "SHARE_PERCENT": Rate(count, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_20(self) -> list[dict[str, object]]:
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
                "share_percent": Rate(None, total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_21(self) -> list[dict[str, object]]:
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
                "share_percent": Rate(count, None).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_22(self) -> list[dict[str, object]]:
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
                "share_percent": Rate(total).format_percent(),
            }
            for category, position, count in self.cells
        ]

    def xǁIssueBreakdownǁto_rows__mutmut_23(self) -> list[dict[str, object]]:
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
                "share_percent": Rate(count, ).format_percent(),
            }
            for category, position, count in self.cells
        ]

mutants_xǁIssueBreakdownǁby_category__mutmut['_mutmut_orig'] = IssueBreakdown.xǁIssueBreakdownǁby_category__mutmut_orig # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_category__mutmut['xǁIssueBreakdownǁby_category__mutmut_1'] = IssueBreakdown.xǁIssueBreakdownǁby_category__mutmut_1 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_category__mutmut['xǁIssueBreakdownǁby_category__mutmut_2'] = IssueBreakdown.xǁIssueBreakdownǁby_category__mutmut_2 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_category__mutmut['xǁIssueBreakdownǁby_category__mutmut_3'] = IssueBreakdown.xǁIssueBreakdownǁby_category__mutmut_3 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_category__mutmut['xǁIssueBreakdownǁby_category__mutmut_4'] = IssueBreakdown.xǁIssueBreakdownǁby_category__mutmut_4 # type: ignore # mutmut generated

mutants_xǁIssueBreakdownǁby_position__mutmut['_mutmut_orig'] = IssueBreakdown.xǁIssueBreakdownǁby_position__mutmut_orig # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_position__mutmut['xǁIssueBreakdownǁby_position__mutmut_1'] = IssueBreakdown.xǁIssueBreakdownǁby_position__mutmut_1 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_position__mutmut['xǁIssueBreakdownǁby_position__mutmut_2'] = IssueBreakdown.xǁIssueBreakdownǁby_position__mutmut_2 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_position__mutmut['xǁIssueBreakdownǁby_position__mutmut_3'] = IssueBreakdown.xǁIssueBreakdownǁby_position__mutmut_3 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁby_position__mutmut['xǁIssueBreakdownǁby_position__mutmut_4'] = IssueBreakdown.xǁIssueBreakdownǁby_position__mutmut_4 # type: ignore # mutmut generated

mutants_xǁIssueBreakdownǁshare__mutmut['_mutmut_orig'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_orig # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_1'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_1 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_2'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_2 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_3'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_3 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_4'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_4 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_5'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_5 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_6'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_6 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_7'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_7 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_8'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_8 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁshare__mutmut['xǁIssueBreakdownǁshare__mutmut_9'] = IssueBreakdown.xǁIssueBreakdownǁshare__mutmut_9 # type: ignore # mutmut generated

mutants_xǁIssueBreakdownǁ_repr_html___mutmut['_mutmut_orig'] = IssueBreakdown.xǁIssueBreakdownǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁ_repr_html___mutmut['xǁIssueBreakdownǁ_repr_html___mutmut_1'] = IssueBreakdown.xǁIssueBreakdownǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁ_repr_html___mutmut['xǁIssueBreakdownǁ_repr_html___mutmut_2'] = IssueBreakdown.xǁIssueBreakdownǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁ_repr_html___mutmut['xǁIssueBreakdownǁ_repr_html___mutmut_3'] = IssueBreakdown.xǁIssueBreakdownǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁ_repr_html___mutmut['xǁIssueBreakdownǁ_repr_html___mutmut_4'] = IssueBreakdown.xǁIssueBreakdownǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁ_repr_html___mutmut['xǁIssueBreakdownǁ_repr_html___mutmut_5'] = IssueBreakdown.xǁIssueBreakdownǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁIssueBreakdownǁto_rows__mutmut['_mutmut_orig'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_1'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_1 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_2'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_2 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_3'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_3 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_4'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_4 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_5'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_5 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_6'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_6 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_7'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_7 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_8'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_8 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_9'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_9 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_10'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_10 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_11'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_11 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_12'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_12 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_13'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_13 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_14'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_14 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_15'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_15 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_16'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_16 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_17'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_17 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_18'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_18 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_19'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_19 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_20'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_20 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_21'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_21 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_22'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_22 # type: ignore # mutmut generated
mutants_xǁIssueBreakdownǁto_rows__mutmut['xǁIssueBreakdownǁto_rows__mutmut_23'] = IssueBreakdown.xǁIssueBreakdownǁto_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_issue_breakdown__mutmut)
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


def x_issue_breakdown__mutmut_orig(followups: Iterable[FollowUp]) -> IssueBreakdown:
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


def x_issue_breakdown__mutmut_1(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    check_iterable(None, "followups")
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


def x_issue_breakdown__mutmut_2(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    check_iterable(followups, None)
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


def x_issue_breakdown__mutmut_3(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    check_iterable("followups")
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


def x_issue_breakdown__mutmut_4(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    check_iterable(followups, )
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


def x_issue_breakdown__mutmut_5(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    check_iterable(followups, "XXfollowupsXX")
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


def x_issue_breakdown__mutmut_6(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    check_iterable(followups, "FOLLOWUPS")
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


def x_issue_breakdown__mutmut_7(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    cells: Counter[tuple[IssueCategory, JobPosition]] = None
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


def x_issue_breakdown__mutmut_8(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    calls = with_issues = None
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


def x_issue_breakdown__mutmut_9(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    calls = with_issues = 1
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


def x_issue_breakdown__mutmut_10(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(None, FollowUp, "followups"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_11(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(followups, None, "followups"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_12(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(followups, FollowUp, None):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_13(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(FollowUp, "followups"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_14(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(followups, "followups"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_15(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(followups, FollowUp, ):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_16(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(followups, FollowUp, "XXfollowupsXX"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_17(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    for followup in _require(followups, FollowUp, "FOLLOWUPS"):
        attempt = followup.completed_attempt
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_18(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
        attempt = None
        if attempt is None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_19(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
        if attempt is not None:
            continue
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_20(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
            break
        calls += 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_21(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
        calls = 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_22(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
        calls -= 1
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_23(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
        calls += 2
        if attempt.issues:
            with_issues += 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_24(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
            with_issues = 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_25(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
            with_issues -= 1
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_26(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
            with_issues += 2
        for issue in attempt.issues:
            cells[issue.category, issue.position] += 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_27(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
            cells[issue.category, issue.position] = 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_28(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
            cells[issue.category, issue.position] -= 1
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_29(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
            cells[issue.category, issue.position] += 2
    return _issues_from_tally(calls, with_issues, cells)


def x_issue_breakdown__mutmut_30(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    return _issues_from_tally(None, with_issues, cells)


def x_issue_breakdown__mutmut_31(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    return _issues_from_tally(calls, None, cells)


def x_issue_breakdown__mutmut_32(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    return _issues_from_tally(calls, with_issues, None)


def x_issue_breakdown__mutmut_33(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    return _issues_from_tally(with_issues, cells)


def x_issue_breakdown__mutmut_34(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    return _issues_from_tally(calls, cells)


def x_issue_breakdown__mutmut_35(followups: Iterable[FollowUp]) -> IssueBreakdown:
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
    return _issues_from_tally(calls, with_issues, )

mutants_x_issue_breakdown__mutmut['_mutmut_orig'] = x_issue_breakdown__mutmut_orig # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_1'] = x_issue_breakdown__mutmut_1 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_2'] = x_issue_breakdown__mutmut_2 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_3'] = x_issue_breakdown__mutmut_3 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_4'] = x_issue_breakdown__mutmut_4 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_5'] = x_issue_breakdown__mutmut_5 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_6'] = x_issue_breakdown__mutmut_6 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_7'] = x_issue_breakdown__mutmut_7 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_8'] = x_issue_breakdown__mutmut_8 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_9'] = x_issue_breakdown__mutmut_9 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_10'] = x_issue_breakdown__mutmut_10 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_11'] = x_issue_breakdown__mutmut_11 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_12'] = x_issue_breakdown__mutmut_12 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_13'] = x_issue_breakdown__mutmut_13 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_14'] = x_issue_breakdown__mutmut_14 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_15'] = x_issue_breakdown__mutmut_15 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_16'] = x_issue_breakdown__mutmut_16 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_17'] = x_issue_breakdown__mutmut_17 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_18'] = x_issue_breakdown__mutmut_18 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_19'] = x_issue_breakdown__mutmut_19 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_20'] = x_issue_breakdown__mutmut_20 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_21'] = x_issue_breakdown__mutmut_21 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_22'] = x_issue_breakdown__mutmut_22 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_23'] = x_issue_breakdown__mutmut_23 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_24'] = x_issue_breakdown__mutmut_24 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_25'] = x_issue_breakdown__mutmut_25 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_26'] = x_issue_breakdown__mutmut_26 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_27'] = x_issue_breakdown__mutmut_27 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_28'] = x_issue_breakdown__mutmut_28 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_29'] = x_issue_breakdown__mutmut_29 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_30'] = x_issue_breakdown__mutmut_30 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_31'] = x_issue_breakdown__mutmut_31 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_32'] = x_issue_breakdown__mutmut_32 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_33'] = x_issue_breakdown__mutmut_33 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_34'] = x_issue_breakdown__mutmut_34 # type: ignore # mutmut generated
mutants_x_issue_breakdown__mutmut['x_issue_breakdown__mutmut_35'] = x_issue_breakdown__mutmut_35 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__issues_from_tally__mutmut)
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


def x__issues_from_tally__mutmut_orig(
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


def x__issues_from_tally__mutmut_1(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = None
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_2(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        None,
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


def x__issues_from_tally__mutmut_3(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=None,
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_4(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
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


def x__issues_from_tally__mutmut_5(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_6(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: None,
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_7(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            +item[1],
            list(IssueCategory).index(item[0][0]),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_8(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[2],
            list(IssueCategory).index(item[0][0]),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_9(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(None),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_10(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).rindex(item[0][0]),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_11(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(None).index(item[0][0]),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_12(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[1][0]),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_13(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[0][1]),
            list(JobPosition).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_14(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[0][0]),
            list(JobPosition).index(None),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_15(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[0][0]),
            list(JobPosition).rindex(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_16(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[0][0]),
            list(None).index(item[0][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_17(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[0][0]),
            list(JobPosition).index(item[1][1]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_18(
    calls: int, with_issues: int, cells: Mapping[tuple[IssueCategory, JobPosition], int]
) -> IssueBreakdown:
    """The result of :func:`issue_breakdown` from counts (shared with the SQL push-down)."""
    ordered = sorted(
        cells.items(),
        key=lambda item: (
            -item[1],
            list(IssueCategory).index(item[0][0]),
            list(JobPosition).index(item[0][2]),
        ),
    )
    return IssueBreakdown(
        calls=calls,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_19(
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
        calls=None,
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_20(
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
        calls_with_issues=None,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_21(
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
        cells=None,
    )


def x__issues_from_tally__mutmut_22(
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
        calls_with_issues=with_issues,
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_23(
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
        cells=tuple((category, position, count) for (category, position), count in ordered),
    )


def x__issues_from_tally__mutmut_24(
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
        )


def x__issues_from_tally__mutmut_25(
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
        cells=tuple(None),
    )

mutants_x__issues_from_tally__mutmut['_mutmut_orig'] = x__issues_from_tally__mutmut_orig # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_1'] = x__issues_from_tally__mutmut_1 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_2'] = x__issues_from_tally__mutmut_2 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_3'] = x__issues_from_tally__mutmut_3 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_4'] = x__issues_from_tally__mutmut_4 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_5'] = x__issues_from_tally__mutmut_5 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_6'] = x__issues_from_tally__mutmut_6 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_7'] = x__issues_from_tally__mutmut_7 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_8'] = x__issues_from_tally__mutmut_8 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_9'] = x__issues_from_tally__mutmut_9 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_10'] = x__issues_from_tally__mutmut_10 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_11'] = x__issues_from_tally__mutmut_11 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_12'] = x__issues_from_tally__mutmut_12 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_13'] = x__issues_from_tally__mutmut_13 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_14'] = x__issues_from_tally__mutmut_14 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_15'] = x__issues_from_tally__mutmut_15 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_16'] = x__issues_from_tally__mutmut_16 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_17'] = x__issues_from_tally__mutmut_17 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_18'] = x__issues_from_tally__mutmut_18 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_19'] = x__issues_from_tally__mutmut_19 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_20'] = x__issues_from_tally__mutmut_20 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_21'] = x__issues_from_tally__mutmut_21 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_22'] = x__issues_from_tally__mutmut_22 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_23'] = x__issues_from_tally__mutmut_23 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_24'] = x__issues_from_tally__mutmut_24 # type: ignore # mutmut generated
mutants_x__issues_from_tally__mutmut['x__issues_from_tally__mutmut_25'] = x__issues_from_tally__mutmut_25 # type: ignore # mutmut generated
