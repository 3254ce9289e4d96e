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

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.money import ZERO, money_sum
from autocrm.domain.text import KEY_LENGTH, LONG_TEXT_LENGTH, NAME_LENGTH
from autocrm.domain.time import local_date
from autocrm.errors import InvalidComponent

__all__ = ["LineKind", "Payer", "ServiceType", "WorkOrder", "WorkOrderLine"]


#: A line's amount stays below a thousand billion yuan: the stores keep NUMERIC(14, 2).
_AMOUNT_LIMIT = Decimal(10) ** 12


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__service_types_set__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__service_types_set__mutmut)
def _service_types_set(value: object) -> frozenset[Any]:
    return f.frozen_set("service_types", value)


def x__service_types_set__mutmut_orig(value: object) -> frozenset[Any]:
    return f.frozen_set("service_types", value)


def x__service_types_set__mutmut_1(value: object) -> frozenset[Any]:
    return f.frozen_set(None, value)


def x__service_types_set__mutmut_2(value: object) -> frozenset[Any]:
    return f.frozen_set("service_types", None)


def x__service_types_set__mutmut_3(value: object) -> frozenset[Any]:
    return f.frozen_set(value)


def x__service_types_set__mutmut_4(value: object) -> frozenset[Any]:
    return f.frozen_set("service_types", )


def x__service_types_set__mutmut_5(value: object) -> frozenset[Any]:
    return f.frozen_set("XXservice_typesXX", value)


def x__service_types_set__mutmut_6(value: object) -> frozenset[Any]:
    return f.frozen_set("SERVICE_TYPES", value)

mutants_x__service_types_set__mutmut['_mutmut_orig'] = x__service_types_set__mutmut_orig # type: ignore # mutmut generated
mutants_x__service_types_set__mutmut['x__service_types_set__mutmut_1'] = x__service_types_set__mutmut_1 # type: ignore # mutmut generated
mutants_x__service_types_set__mutmut['x__service_types_set__mutmut_2'] = x__service_types_set__mutmut_2 # type: ignore # mutmut generated
mutants_x__service_types_set__mutmut['x__service_types_set__mutmut_3'] = x__service_types_set__mutmut_3 # type: ignore # mutmut generated
mutants_x__service_types_set__mutmut['x__service_types_set__mutmut_4'] = x__service_types_set__mutmut_4 # type: ignore # mutmut generated
mutants_x__service_types_set__mutmut['x__service_types_set__mutmut_5'] = x__service_types_set__mutmut_5 # type: ignore # mutmut generated
mutants_x__service_types_set__mutmut['x__service_types_set__mutmut_6'] = x__service_types_set__mutmut_6 # type: ignore # mutmut generated
mutants_x__lines_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__lines_tuple__mutmut)
def _lines_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("lines", value)


def x__lines_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("lines", value)


def x__lines_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__lines_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("lines", None)


def x__lines_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__lines_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("lines", )


def x__lines_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXlinesXX", value)


def x__lines_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("LINES", value)

mutants_x__lines_tuple__mutmut['_mutmut_orig'] = x__lines_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__lines_tuple__mutmut['x__lines_tuple__mutmut_1'] = x__lines_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__lines_tuple__mutmut['x__lines_tuple__mutmut_2'] = x__lines_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__lines_tuple__mutmut['x__lines_tuple__mutmut_3'] = x__lines_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__lines_tuple__mutmut['x__lines_tuple__mutmut_4'] = x__lines_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__lines_tuple__mutmut['x__lines_tuple__mutmut_5'] = x__lines_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__lines_tuple__mutmut['x__lines_tuple__mutmut_6'] = x__lines_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__money_amount__mutmut)
def _money_amount(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_orig(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_1(value: object) -> Decimal:
    amount = None
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_2(value: object) -> Decimal:
    amount = f.money(None, value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_3(value: object) -> Decimal:
    amount = f.money("amount", None)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_4(value: object) -> Decimal:
    amount = f.money(value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_5(value: object) -> Decimal:
    amount = f.money("amount", )
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_6(value: object) -> Decimal:
    amount = f.money("XXamountXX", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_7(value: object) -> Decimal:
    amount = f.money("AMOUNT", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_8(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(None) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_9(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) > _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_10(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = None
        raise InvalidComponent(msg, field="amount", value=value)
    return amount


def x__money_amount__mutmut_11(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(None, field="amount", value=value)
    return amount


def x__money_amount__mutmut_12(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field=None, value=value)
    return amount


def x__money_amount__mutmut_13(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", value=None)
    return amount


def x__money_amount__mutmut_14(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(field="amount", value=value)
    return amount


def x__money_amount__mutmut_15(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, value=value)
    return amount


def x__money_amount__mutmut_16(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="amount", )
    return amount


def x__money_amount__mutmut_17(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="XXamountXX", value=value)
    return amount


def x__money_amount__mutmut_18(value: object) -> Decimal:
    amount = f.money("amount", value)
    if abs(amount) >= _AMOUNT_LIMIT:
        msg = f"amount: a line amount stays below {_AMOUNT_LIMIT:,} yuan, got {amount}"
        raise InvalidComponent(msg, field="AMOUNT", value=value)
    return amount

mutants_x__money_amount__mutmut['_mutmut_orig'] = x__money_amount__mutmut_orig # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_1'] = x__money_amount__mutmut_1 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_2'] = x__money_amount__mutmut_2 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_3'] = x__money_amount__mutmut_3 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_4'] = x__money_amount__mutmut_4 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_5'] = x__money_amount__mutmut_5 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_6'] = x__money_amount__mutmut_6 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_7'] = x__money_amount__mutmut_7 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_8'] = x__money_amount__mutmut_8 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_9'] = x__money_amount__mutmut_9 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_10'] = x__money_amount__mutmut_10 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_11'] = x__money_amount__mutmut_11 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_12'] = x__money_amount__mutmut_12 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_13'] = x__money_amount__mutmut_13 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_14'] = x__money_amount__mutmut_14 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_15'] = x__money_amount__mutmut_15 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_16'] = x__money_amount__mutmut_16 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_17'] = x__money_amount__mutmut_17 # type: ignore # mutmut generated
mutants_x__money_amount__mutmut['x__money_amount__mutmut_18'] = x__money_amount__mutmut_18 # type: ignore # mutmut generated
mutants_x__to_payer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_payer__mutmut)
def _to_payer(value: object) -> Payer:
    return f.as_enum(Payer, value)


def x__to_payer__mutmut_orig(value: object) -> Payer:
    return f.as_enum(Payer, value)


def x__to_payer__mutmut_1(value: object) -> Payer:
    return f.as_enum(None, value)


def x__to_payer__mutmut_2(value: object) -> Payer:
    return f.as_enum(Payer, None)


def x__to_payer__mutmut_3(value: object) -> Payer:
    return f.as_enum(value)


def x__to_payer__mutmut_4(value: object) -> Payer:
    return f.as_enum(Payer, )

mutants_x__to_payer__mutmut['_mutmut_orig'] = x__to_payer__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_payer__mutmut['x__to_payer__mutmut_1'] = x__to_payer__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_payer__mutmut['x__to_payer__mutmut_2'] = x__to_payer__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_payer__mutmut['x__to_payer__mutmut_3'] = x__to_payer__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_payer__mutmut['x__to_payer__mutmut_4'] = x__to_payer__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_line_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_line_kind__mutmut)
def _to_line_kind(value: object) -> LineKind:
    return f.as_enum(LineKind, value)


def x__to_line_kind__mutmut_orig(value: object) -> LineKind:
    return f.as_enum(LineKind, value)


def x__to_line_kind__mutmut_1(value: object) -> LineKind:
    return f.as_enum(None, value)


def x__to_line_kind__mutmut_2(value: object) -> LineKind:
    return f.as_enum(LineKind, None)


def x__to_line_kind__mutmut_3(value: object) -> LineKind:
    return f.as_enum(value)


def x__to_line_kind__mutmut_4(value: object) -> LineKind:
    return f.as_enum(LineKind, )

mutants_x__to_line_kind__mutmut['_mutmut_orig'] = x__to_line_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_line_kind__mutmut['x__to_line_kind__mutmut_1'] = x__to_line_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_line_kind__mutmut['x__to_line_kind__mutmut_2'] = x__to_line_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_line_kind__mutmut['x__to_line_kind__mutmut_3'] = x__to_line_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_line_kind__mutmut['x__to_line_kind__mutmut_4'] = x__to_line_kind__mutmut_4 # type: ignore # mutmut generated


class ServiceType(LabelledEnum):
    """The service types a visit can carry (seed 002).

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


_service_type_set = _service_types_set
mutants_x__service_types__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__service_types__mutmut)
def _service_types(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_orig(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_1(value: object) -> frozenset[ServiceType]:
    items = None
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_2(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set(None, value)
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_3(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", None)
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_4(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set(value)
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_5(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", )
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_6(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("XXservice_typesXX", value)
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_7(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("SERVICE_TYPES", value)
    return frozenset(f.as_enum(ServiceType, item) for item in items)


def x__service_types__mutmut_8(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset(None)


def x__service_types__mutmut_9(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset(f.as_enum(None, item) for item in items)


def x__service_types__mutmut_10(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset(f.as_enum(ServiceType, None) for item in items)


def x__service_types__mutmut_11(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset(f.as_enum(item) for item in items)


def x__service_types__mutmut_12(value: object) -> frozenset[ServiceType]:
    items = f.frozen_set("service_types", value)
    return frozenset(f.as_enum(ServiceType, ) for item in items)

mutants_x__service_types__mutmut['_mutmut_orig'] = x__service_types__mutmut_orig # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_1'] = x__service_types__mutmut_1 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_2'] = x__service_types__mutmut_2 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_3'] = x__service_types__mutmut_3 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_4'] = x__service_types__mutmut_4 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_5'] = x__service_types__mutmut_5 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_6'] = x__service_types__mutmut_6 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_7'] = x__service_types__mutmut_7 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_8'] = x__service_types__mutmut_8 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_9'] = x__service_types__mutmut_9 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_10'] = x__service_types__mutmut_10 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_11'] = x__service_types__mutmut_11 # type: ignore # mutmut generated
mutants_x__service_types__mutmut['x__service_types__mutmut_12'] = x__service_types__mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkOrderǁpaid_by__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁWorkOrderǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_orig(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_2(self) -> None:
        if not self.service_types:
            msg = None
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_3(self) -> None:
        if not self.service_types:
            msg = "XXservice_types: a work order carries at least one service typeXX"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_4(self) -> None:
        if not self.service_types:
            msg = "SERVICE_TYPES: A WORK ORDER CARRIES AT LEAST ONE SERVICE TYPE"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_5(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(None, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_6(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field=None, value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_7(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=None)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_8(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_9(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_10(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", )
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_11(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="XXservice_typesXX", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_12(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="SERVICE_TYPES", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_13(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None or self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_14(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_15(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at <= self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_16(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = None
            raise InvalidComponent(msg, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_17(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(None, field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_18(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field=None, value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_19(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_20(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(field="closed_at", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_21(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_22(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="closed_at", )

    def xǁWorkOrderǁ__attrs_post_init____mutmut_23(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="XXclosed_atXX", value=self.closed_at)

    def xǁWorkOrderǁ__attrs_post_init____mutmut_24(self) -> None:
        if not self.service_types:
            msg = "service_types: a work order carries at least one service type"
            raise InvalidComponent(msg, field="service_types", value=self.service_types)
        if self.closed_at is not None and self.closed_at < self.opened_at:
            msg = f"closed_at: {self.closed_at} is before opened_at {self.opened_at}"
            raise InvalidComponent(msg, field="CLOSED_AT", value=self.closed_at)

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

    @_mutmut_mutated(mutants_xǁWorkOrderǁpaid_by__mutmut)
    def paid_by(self, payer: Payer) -> Decimal:
        """Sum of the lines ``payer`` pays, to the fen."""
        return money_sum(line.amount for line in self.lines if line.payer is payer)

    def xǁWorkOrderǁpaid_by__mutmut_orig(self, payer: Payer) -> Decimal:
        """Sum of the lines ``payer`` pays, to the fen."""
        return money_sum(line.amount for line in self.lines if line.payer is payer)

    def xǁWorkOrderǁpaid_by__mutmut_1(self, payer: Payer) -> Decimal:
        """Sum of the lines ``payer`` pays, to the fen."""
        return money_sum(None)

    def xǁWorkOrderǁpaid_by__mutmut_2(self, payer: Payer) -> Decimal:
        """Sum of the lines ``payer`` pays, to the fen."""
        return money_sum(line.amount for line in self.lines if line.payer is not payer)

    @property
    def is_maintenance(self) -> bool:
        """True if the visit includes a (first) maintenance."""
        return bool(self.service_types & MAINTENANCE_TYPES)

mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['_mutmut_orig'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_1'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_2'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_3'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_4'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_5'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_6'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_7'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_8'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_9'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_10'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_11'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_12'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_13'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_14'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_15'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_16'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_17'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_18'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_19'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_20'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_21'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_22'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_23'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁ__attrs_post_init____mutmut['xǁWorkOrderǁ__attrs_post_init____mutmut_24'] = WorkOrder.xǁWorkOrderǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated

mutants_xǁWorkOrderǁpaid_by__mutmut['_mutmut_orig'] = WorkOrder.xǁWorkOrderǁpaid_by__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkOrderǁpaid_by__mutmut['xǁWorkOrderǁpaid_by__mutmut_1'] = WorkOrder.xǁWorkOrderǁpaid_by__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkOrderǁpaid_by__mutmut['xǁWorkOrderǁpaid_by__mutmut_2'] = WorkOrder.xǁWorkOrderǁpaid_by__mutmut_2 # type: ignore # mutmut generated
