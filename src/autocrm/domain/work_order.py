"""Work orders (工单): one visit of a vehicle, its service types, lines and who pays.

Examples:
    >>> from datetime import datetime
    >>> from decimal import Decimal
    >>> from autocrm.domain.time import CHINA_TZ
    >>> wo = WorkOrder(
    ...     number="WO20251009001", customer_number="C000001", vin="LFV2A21K3D3109826",
    ...     opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
    ...     closed_at=datetime(2025, 10, 9, 16, 0, tzinfo=CHINA_TZ),
    ...     service_types={ServiceType.MAINTENANCE}, mileage_km=15_200,
    ...     lines=[WorkOrderLine("机油机滤更换", "420.00"),
    ...            WorkOrderLine("刹车片", "680.50", payer=Payer.INSURANCE, kind=LineKind.PART)],
    ... )
    >>> wo.total, wo.paid_by(Payer.SELF), wo.paid_by(Payer.INSURANCE)
    (Decimal('1100.50'), Decimal('420.00'), Decimal('680.50'))
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.money import ZERO, money_sum, to_money
from autocrm.domain.text import KEY_LENGTH, LONG_TEXT_LENGTH, NAME_LENGTH
from autocrm.domain.time import local_date
from autocrm.errors import InvalidComponent

__all__ = ["LINE_AMOUNT_LIMIT", "LineKind", "Payer", "ServiceType", "WorkOrder", "WorkOrderLine"]


#: The size a work-order line's amount stays below, in yuan: a thousand billion (the
#: stores keep NUMERIC(14, 2)).
LINE_AMOUNT_LIMIT = Decimal(10) ** 12


def _lines_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("lines", value)


def _money_amount(value: object) -> Decimal:
    amount = to_money(value, field="amount")
    if abs(amount) >= LINE_AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {LINE_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


class ServiceType(LabelledEnum):
    """The service types a visit can carry.

    See [business records and service types][sources-archive-records].

    Examples:
        >>> ServiceType.FIRST_MAINTENANCE.value, ServiceType.FIRST_MAINTENANCE.label
        ('first_maintenance', '首保')
        >>> ServiceType.from_label("钣喷") is ServiceType.BODY_PAINT
        True
    """

    FIRST_MAINTENANCE = ("first_maintenance", "首保")
    MAINTENANCE = ("maintenance", "保养")
    WARRANTY_CLAIM = ("warranty_claim", "索赔")
    MINOR_REPAIR = ("minor_repair", "小修")
    MAJOR_REPAIR = ("major_repair", "大修")
    INSURANCE_REPAIR = ("insurance_repair", "保险维修")
    BODY_PAINT = ("body_paint", "钣喷")
    SELF_PAID = ("self_paid", "自费")
    DECORATION = ("decoration", "装饰")
    PARTS_OVER_COUNTER = ("parts_over_counter", "零件外购")
    ROADSIDE_RESCUE = ("roadside_rescue", "救援")
    INSURANCE_RENEWAL = ("insurance_renewal", "续保")
    INSPECTION_PROXY = ("inspection_proxy", "代办年检")
    NEW_CAR_DELIVERY = ("new_car_delivery", "新车交付")


#: Service types that are a maintenance visit (a loyalty "chance" is taken by these).
MAINTENANCE_TYPES = frozenset({ServiceType.FIRST_MAINTENANCE, ServiceType.MAINTENANCE})


class Payer(LabelledEnum):
    """Who pays a work-order line.

    Examples:
        >>> Payer.INSURANCE.value, Payer.INSURANCE.label
        ('insurance', '保险')
        >>> Payer.from_label("索赔") is Payer.WARRANTY
        True
    """

    SELF = ("self", "自费")
    INSURANCE = ("insurance", "保险")
    WARRANTY = ("warranty", "索赔")
    INTERNAL = ("internal", "内部")


class LineKind(LabelledEnum):
    """What a work-order line charges for.

    Examples:
        >>> LineKind.PART.value, LineKind.PART.label
        ('part', '配件')
        >>> LineKind.from_label("精品") is LineKind.ACCESSORY
        True
    """

    LABOUR = ("labour", "工时")
    PART = ("part", "配件")
    ACCESSORY = ("accessory", "精品")
    OTHER = ("other", "其他")


# Each code and Chinese label to its member, looked up by the converters below.
_PAYERS: Mapping[str, Payer] = f.enum_lookup(Payer)
_LINE_KINDS: Mapping[str, LineKind] = f.enum_lookup(LineKind)
_SERVICE_TYPES: Mapping[str, ServiceType] = f.enum_lookup(ServiceType)


def _to_payer(value: object) -> Payer:
    if type(value) is str and value in _PAYERS:
        return _PAYERS[value]
    return f.as_enum(Payer, value)


def _to_line_kind(value: object) -> LineKind:
    if type(value) is str and value in _LINE_KINDS:
        return _LINE_KINDS[value]
    return f.as_enum(LineKind, value)


def _to_service_type(value: object) -> ServiceType:
    if type(value) is str and value in _SERVICE_TYPES:
        return _SERVICE_TYPES[value]
    return f.as_enum(ServiceType, value)


@attrs.frozen
class WorkOrderLine:
    """One charged line of a work order.

    Examples:
        >>> WorkOrderLine("四轮定位", "198").amount
        Decimal('198.00')
    """

    description: str = attrs.field(validator=f.text(LONG_TEXT_LENGTH))
    amount: Decimal = attrs.field(converter=_money_amount)
    payer: Payer = attrs.field(
        default=Payer.SELF,
        converter=_to_payer,
        validator=f.check_enum(Payer),
        kw_only=True,
    )
    kind: LineKind = attrs.field(
        default=LineKind.LABOUR,
        converter=_to_line_kind,
        validator=f.check_enum(LineKind),
        kw_only=True,
    )


def _service_types(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset([_to_service_type(item) for item in items])


@attrs.frozen
class WorkOrder:
    """A visit (进厂) of a vehicle: opened, possibly closed, with its lines.

    Attributes:
        number: Work-order number, unique in the archive.
        opened_at / closed_at: Aware datetimes; ``closed_at`` is None while open.
        service_types: The service types the visit carries (at least one).
        mileage_km: Odometer at the visit.
        lines: Charged lines; totals by payer come from them.
        service_advisor / technician: Staff, for breakdowns of ratings.
        version: Optimistic-locking version, maintained by the archive.

    Examples:
        >>> from autocrm.domain.time import CHINA_TZ
        >>> WorkOrder(number="WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...           opened_at=datetime(2025, 1, 2, 9, 0, tzinfo=CHINA_TZ),
        ...           service_types=["小修"]).service_types
        frozenset({<ServiceType.MINOR_REPAIR: 'minor_repair'>})
    """

    number: str = attrs.field(validator=f.text(KEY_LENGTH))
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    vin: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    opened_at: datetime = attrs.field(validator=f.check_datetime, kw_only=True)
    closed_at: datetime | None = attrs.field(
        default=None, validator=f.check_optional_datetime, kw_only=True
    )
    service_types: frozenset[ServiceType] = attrs.field(
        converter=_service_types, validator=f.check_members(ServiceType), kw_only=True
    )
    mileage_km: int | None = attrs.field(
        default=None, validator=f.check_optional_non_negative_int, kw_only=True
    )
    lines: tuple[WorkOrderLine, ...] = attrs.field(
        default=(),
        converter=_lines_tuple,
        validator=f.check_members(WorkOrderLine),
        kw_only=True,
    )
    service_advisor: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    technician: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    appointment_number: str | None = attrs.field(
        default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True
    )
    remarks: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    @property
    def is_closed(self) -> bool:
        """True once the work order has a closing time."""
        return self.closed_at is not None

    @property
    def visit_date(self) -> date:
        """The local (China Standard Time) date the vehicle came in."""
        return local_date(self.opened_at)

    @property
    def closed_on(self) -> date | None:
        """The local date the work order was closed, or None while open."""
        return None if self.closed_at is None else local_date(self.closed_at)

    @property
    def total(self) -> Decimal:
        """Sum of all lines, to the fen."""
        return money_sum(line.amount for line in self.lines) if self.lines else ZERO

    def paid_by(self, payer: Payer) -> Decimal:
        """Sum of the lines ``payer`` pays, to the fen."""
        return money_sum(line.amount for line in self.lines if line.payer is payer)

    @property
    def is_maintenance(self) -> bool:
        """True if the visit includes a (first) maintenance."""
        return bool(self.service_types & MAINTENANCE_TYPES)
