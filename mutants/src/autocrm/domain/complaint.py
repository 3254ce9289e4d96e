"""Complaints (投诉): level, status, cause, handling steps and remedies (SPEC §7).

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain.time import CHINA_TZ
    >>> c = Complaint(number="TS2025001", customer_number="C1", level="II",
    ...               received_at=datetime(2025, 9, 29, 10, 0, tzinfo=CHINA_TZ),
    ...               cause=ComplaintCause.REPAIR_QUALITY, description="保养后异响")
    >>> c.level.label, c.status.label, c.cause.label
    ('二级', '待处理', '维修质量')
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.text import KEY_LENGTH, NAME_LENGTH
from autocrm.errors import InvalidComponent

__all__ = [
    "Complaint",
    "ComplaintCause",
    "ComplaintLevel",
    "ComplaintStatus",
    "ComplaintTopic",
    "HandlingRecord",
    "HandlingStep",
    "Remedy",
    "RemedyKind",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__departments_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__departments_tuple__mutmut)
def _departments_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("departments", value)


def x__departments_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("departments", value)


def x__departments_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__departments_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("departments", None)


def x__departments_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__departments_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("departments", )


def x__departments_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXdepartmentsXX", value)


def x__departments_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("DEPARTMENTS", value)

mutants_x__departments_tuple__mutmut['_mutmut_orig'] = x__departments_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__departments_tuple__mutmut['x__departments_tuple__mutmut_1'] = x__departments_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__departments_tuple__mutmut['x__departments_tuple__mutmut_2'] = x__departments_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__departments_tuple__mutmut['x__departments_tuple__mutmut_3'] = x__departments_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__departments_tuple__mutmut['x__departments_tuple__mutmut_4'] = x__departments_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__departments_tuple__mutmut['x__departments_tuple__mutmut_5'] = x__departments_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__departments_tuple__mutmut['x__departments_tuple__mutmut_6'] = x__departments_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__handling_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__handling_tuple__mutmut)
def _handling_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("handling", value)


def x__handling_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("handling", value)


def x__handling_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__handling_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("handling", None)


def x__handling_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__handling_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("handling", )


def x__handling_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXhandlingXX", value)


def x__handling_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("HANDLING", value)

mutants_x__handling_tuple__mutmut['_mutmut_orig'] = x__handling_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__handling_tuple__mutmut['x__handling_tuple__mutmut_1'] = x__handling_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__handling_tuple__mutmut['x__handling_tuple__mutmut_2'] = x__handling_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__handling_tuple__mutmut['x__handling_tuple__mutmut_3'] = x__handling_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__handling_tuple__mutmut['x__handling_tuple__mutmut_4'] = x__handling_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__handling_tuple__mutmut['x__handling_tuple__mutmut_5'] = x__handling_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__handling_tuple__mutmut['x__handling_tuple__mutmut_6'] = x__handling_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__remedies_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__remedies_tuple__mutmut)
def _remedies_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("remedies", value)


def x__remedies_tuple__mutmut_orig(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("remedies", value)


def x__remedies_tuple__mutmut_1(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(None, value)


def x__remedies_tuple__mutmut_2(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("remedies", None)


def x__remedies_tuple__mutmut_3(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple(value)


def x__remedies_tuple__mutmut_4(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("remedies", )


def x__remedies_tuple__mutmut_5(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("XXremediesXX", value)


def x__remedies_tuple__mutmut_6(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("REMEDIES", value)

mutants_x__remedies_tuple__mutmut['_mutmut_orig'] = x__remedies_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__remedies_tuple__mutmut['x__remedies_tuple__mutmut_1'] = x__remedies_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__remedies_tuple__mutmut['x__remedies_tuple__mutmut_2'] = x__remedies_tuple__mutmut_2 # type: ignore # mutmut generated
mutants_x__remedies_tuple__mutmut['x__remedies_tuple__mutmut_3'] = x__remedies_tuple__mutmut_3 # type: ignore # mutmut generated
mutants_x__remedies_tuple__mutmut['x__remedies_tuple__mutmut_4'] = x__remedies_tuple__mutmut_4 # type: ignore # mutmut generated
mutants_x__remedies_tuple__mutmut['x__remedies_tuple__mutmut_5'] = x__remedies_tuple__mutmut_5 # type: ignore # mutmut generated
mutants_x__remedies_tuple__mutmut['x__remedies_tuple__mutmut_6'] = x__remedies_tuple__mutmut_6 # type: ignore # mutmut generated
mutants_x__to_remedy_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_remedy_kind__mutmut)
def _to_remedy_kind(value: object) -> RemedyKind:
    return f.as_enum(RemedyKind, value)


def x__to_remedy_kind__mutmut_orig(value: object) -> RemedyKind:
    return f.as_enum(RemedyKind, value)


def x__to_remedy_kind__mutmut_1(value: object) -> RemedyKind:
    return f.as_enum(None, value)


def x__to_remedy_kind__mutmut_2(value: object) -> RemedyKind:
    return f.as_enum(RemedyKind, None)


def x__to_remedy_kind__mutmut_3(value: object) -> RemedyKind:
    return f.as_enum(value)


def x__to_remedy_kind__mutmut_4(value: object) -> RemedyKind:
    return f.as_enum(RemedyKind, )

mutants_x__to_remedy_kind__mutmut['_mutmut_orig'] = x__to_remedy_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_remedy_kind__mutmut['x__to_remedy_kind__mutmut_1'] = x__to_remedy_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_remedy_kind__mutmut['x__to_remedy_kind__mutmut_2'] = x__to_remedy_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_remedy_kind__mutmut['x__to_remedy_kind__mutmut_3'] = x__to_remedy_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_remedy_kind__mutmut['x__to_remedy_kind__mutmut_4'] = x__to_remedy_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional_money_amount__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__optional_money_amount__mutmut)
def _optional_money_amount(value: object) -> Decimal | None:
    return f.optional_money("amount", value)


def x__optional_money_amount__mutmut_orig(value: object) -> Decimal | None:
    return f.optional_money("amount", value)


def x__optional_money_amount__mutmut_1(value: object) -> Decimal | None:
    return f.optional_money(None, value)


def x__optional_money_amount__mutmut_2(value: object) -> Decimal | None:
    return f.optional_money("amount", None)


def x__optional_money_amount__mutmut_3(value: object) -> Decimal | None:
    return f.optional_money(value)


def x__optional_money_amount__mutmut_4(value: object) -> Decimal | None:
    return f.optional_money("amount", )


def x__optional_money_amount__mutmut_5(value: object) -> Decimal | None:
    return f.optional_money("XXamountXX", value)


def x__optional_money_amount__mutmut_6(value: object) -> Decimal | None:
    return f.optional_money("AMOUNT", value)

mutants_x__optional_money_amount__mutmut['_mutmut_orig'] = x__optional_money_amount__mutmut_orig # type: ignore # mutmut generated
mutants_x__optional_money_amount__mutmut['x__optional_money_amount__mutmut_1'] = x__optional_money_amount__mutmut_1 # type: ignore # mutmut generated
mutants_x__optional_money_amount__mutmut['x__optional_money_amount__mutmut_2'] = x__optional_money_amount__mutmut_2 # type: ignore # mutmut generated
mutants_x__optional_money_amount__mutmut['x__optional_money_amount__mutmut_3'] = x__optional_money_amount__mutmut_3 # type: ignore # mutmut generated
mutants_x__optional_money_amount__mutmut['x__optional_money_amount__mutmut_4'] = x__optional_money_amount__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional_money_amount__mutmut['x__optional_money_amount__mutmut_5'] = x__optional_money_amount__mutmut_5 # type: ignore # mutmut generated
mutants_x__optional_money_amount__mutmut['x__optional_money_amount__mutmut_6'] = x__optional_money_amount__mutmut_6 # type: ignore # mutmut generated
mutants_x__to_handling_step__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_handling_step__mutmut)
def _to_handling_step(value: object) -> HandlingStep:
    return f.as_enum(HandlingStep, value)


def x__to_handling_step__mutmut_orig(value: object) -> HandlingStep:
    return f.as_enum(HandlingStep, value)


def x__to_handling_step__mutmut_1(value: object) -> HandlingStep:
    return f.as_enum(None, value)


def x__to_handling_step__mutmut_2(value: object) -> HandlingStep:
    return f.as_enum(HandlingStep, None)


def x__to_handling_step__mutmut_3(value: object) -> HandlingStep:
    return f.as_enum(value)


def x__to_handling_step__mutmut_4(value: object) -> HandlingStep:
    return f.as_enum(HandlingStep, )

mutants_x__to_handling_step__mutmut['_mutmut_orig'] = x__to_handling_step__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_handling_step__mutmut['x__to_handling_step__mutmut_1'] = x__to_handling_step__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_handling_step__mutmut['x__to_handling_step__mutmut_2'] = x__to_handling_step__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_handling_step__mutmut['x__to_handling_step__mutmut_3'] = x__to_handling_step__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_handling_step__mutmut['x__to_handling_step__mutmut_4'] = x__to_handling_step__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_complaint_level__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_complaint_level__mutmut)
def _to_complaint_level(value: object) -> ComplaintLevel:
    return f.as_enum(ComplaintLevel, value)


def x__to_complaint_level__mutmut_orig(value: object) -> ComplaintLevel:
    return f.as_enum(ComplaintLevel, value)


def x__to_complaint_level__mutmut_1(value: object) -> ComplaintLevel:
    return f.as_enum(None, value)


def x__to_complaint_level__mutmut_2(value: object) -> ComplaintLevel:
    return f.as_enum(ComplaintLevel, None)


def x__to_complaint_level__mutmut_3(value: object) -> ComplaintLevel:
    return f.as_enum(value)


def x__to_complaint_level__mutmut_4(value: object) -> ComplaintLevel:
    return f.as_enum(ComplaintLevel, )

mutants_x__to_complaint_level__mutmut['_mutmut_orig'] = x__to_complaint_level__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_complaint_level__mutmut['x__to_complaint_level__mutmut_1'] = x__to_complaint_level__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_complaint_level__mutmut['x__to_complaint_level__mutmut_2'] = x__to_complaint_level__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_complaint_level__mutmut['x__to_complaint_level__mutmut_3'] = x__to_complaint_level__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_complaint_level__mutmut['x__to_complaint_level__mutmut_4'] = x__to_complaint_level__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_complaint_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_complaint_status__mutmut)
def _to_complaint_status(value: object) -> ComplaintStatus:
    return f.as_enum(ComplaintStatus, value)


def x__to_complaint_status__mutmut_orig(value: object) -> ComplaintStatus:
    return f.as_enum(ComplaintStatus, value)


def x__to_complaint_status__mutmut_1(value: object) -> ComplaintStatus:
    return f.as_enum(None, value)


def x__to_complaint_status__mutmut_2(value: object) -> ComplaintStatus:
    return f.as_enum(ComplaintStatus, None)


def x__to_complaint_status__mutmut_3(value: object) -> ComplaintStatus:
    return f.as_enum(value)


def x__to_complaint_status__mutmut_4(value: object) -> ComplaintStatus:
    return f.as_enum(ComplaintStatus, )

mutants_x__to_complaint_status__mutmut['_mutmut_orig'] = x__to_complaint_status__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_complaint_status__mutmut['x__to_complaint_status__mutmut_1'] = x__to_complaint_status__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_complaint_status__mutmut['x__to_complaint_status__mutmut_2'] = x__to_complaint_status__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_complaint_status__mutmut['x__to_complaint_status__mutmut_3'] = x__to_complaint_status__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_complaint_status__mutmut['x__to_complaint_status__mutmut_4'] = x__to_complaint_status__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional_complaint_cause__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__optional_complaint_cause__mutmut)
def _optional_complaint_cause(value: object) -> ComplaintCause | None:
    return f.optional_enum(ComplaintCause, value)


def x__optional_complaint_cause__mutmut_orig(value: object) -> ComplaintCause | None:
    return f.optional_enum(ComplaintCause, value)


def x__optional_complaint_cause__mutmut_1(value: object) -> ComplaintCause | None:
    return f.optional_enum(None, value)


def x__optional_complaint_cause__mutmut_2(value: object) -> ComplaintCause | None:
    return f.optional_enum(ComplaintCause, None)


def x__optional_complaint_cause__mutmut_3(value: object) -> ComplaintCause | None:
    return f.optional_enum(value)


def x__optional_complaint_cause__mutmut_4(value: object) -> ComplaintCause | None:
    return f.optional_enum(ComplaintCause, )

mutants_x__optional_complaint_cause__mutmut['_mutmut_orig'] = x__optional_complaint_cause__mutmut_orig # type: ignore # mutmut generated
mutants_x__optional_complaint_cause__mutmut['x__optional_complaint_cause__mutmut_1'] = x__optional_complaint_cause__mutmut_1 # type: ignore # mutmut generated
mutants_x__optional_complaint_cause__mutmut['x__optional_complaint_cause__mutmut_2'] = x__optional_complaint_cause__mutmut_2 # type: ignore # mutmut generated
mutants_x__optional_complaint_cause__mutmut['x__optional_complaint_cause__mutmut_3'] = x__optional_complaint_cause__mutmut_3 # type: ignore # mutmut generated
mutants_x__optional_complaint_cause__mutmut['x__optional_complaint_cause__mutmut_4'] = x__optional_complaint_cause__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional_complaint_topic__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__optional_complaint_topic__mutmut)
def _optional_complaint_topic(value: object) -> ComplaintTopic | None:
    return f.optional_enum(ComplaintTopic, value)


def x__optional_complaint_topic__mutmut_orig(value: object) -> ComplaintTopic | None:
    return f.optional_enum(ComplaintTopic, value)


def x__optional_complaint_topic__mutmut_1(value: object) -> ComplaintTopic | None:
    return f.optional_enum(None, value)


def x__optional_complaint_topic__mutmut_2(value: object) -> ComplaintTopic | None:
    return f.optional_enum(ComplaintTopic, None)


def x__optional_complaint_topic__mutmut_3(value: object) -> ComplaintTopic | None:
    return f.optional_enum(value)


def x__optional_complaint_topic__mutmut_4(value: object) -> ComplaintTopic | None:
    return f.optional_enum(ComplaintTopic, )

mutants_x__optional_complaint_topic__mutmut['_mutmut_orig'] = x__optional_complaint_topic__mutmut_orig # type: ignore # mutmut generated
mutants_x__optional_complaint_topic__mutmut['x__optional_complaint_topic__mutmut_1'] = x__optional_complaint_topic__mutmut_1 # type: ignore # mutmut generated
mutants_x__optional_complaint_topic__mutmut['x__optional_complaint_topic__mutmut_2'] = x__optional_complaint_topic__mutmut_2 # type: ignore # mutmut generated
mutants_x__optional_complaint_topic__mutmut['x__optional_complaint_topic__mutmut_3'] = x__optional_complaint_topic__mutmut_3 # type: ignore # mutmut generated
mutants_x__optional_complaint_topic__mutmut['x__optional_complaint_topic__mutmut_4'] = x__optional_complaint_topic__mutmut_4 # type: ignore # mutmut generated


class ComplaintLevel(LabelledEnum):
    """Severity (seed 004): level I is the most frequent, level III the most serious.

    Examples:
        >>> ComplaintLevel.III.value, ComplaintLevel.III.label
        ('III', '三级')
        >>> ComplaintLevel.from_label("一级") is ComplaintLevel.I
        True
        >>> [level.severity for level in ComplaintLevel]
        [1, 2, 3]
    """

    I = ("I", "一级")  # noqa: E741
    II = ("II", "二级")
    III = ("III", "三级")

    @property
    def severity(self) -> int:
        """1, 2 or 3; higher is more serious."""
        return ("I", "II", "III").index(self.value) + 1


class ComplaintStatus(LabelledEnum):
    """Complaint state machine states (see :mod:`autocrm.rules.complaints`).

    Examples:
        >>> ComplaintStatus.INVESTIGATING.value, ComplaintStatus.INVESTIGATING.label
        ('investigating', '处理中')
        >>> ComplaintStatus.from_label("已关闭") is ComplaintStatus.CLOSED
        True
    """

    OPEN = ("open", "待处理")
    ACKNOWLEDGED = ("acknowledged", "已受理")
    INVESTIGATING = ("investigating", "处理中")
    RESOLVED = ("resolved", "已解决")
    CLOSED = ("closed", "已关闭")
    REOPENED = ("reopened", "重新打开")


class ComplaintCause(LabelledEnum):
    """Root causes of complaints (seed 002).

    Examples:
        >>> ComplaintCause.EXCESSIVE_DEMAND.value, ComplaintCause.EXCESSIVE_DEMAND.label
        ('excessive_demand', '超出标准的要求')
        >>> ComplaintCause.from_label("维修质量") is ComplaintCause.REPAIR_QUALITY
        True
    """

    PRODUCT_QUALITY = ("product_quality", "产品质量")
    REPAIR_QUALITY = ("repair_quality", "维修质量")
    STAFF_ERROR = ("staff_error", "人员失误")
    SERVICE_QUALITY = ("service_quality", "服务质量")
    EXCESSIVE_DEMAND = ("excessive_demand", "超出标准的要求")
    OTHER = ("other", "其他")


class ComplaintTopic(LabelledEnum):
    """Where complaints concentrate (seeds 003, 004).

    Examples:
        >>> ComplaintTopic.FEES.value, ComplaintTopic.FEES.label
        ('fees', '收费合理性')
        >>> ComplaintTopic.from_label("洗车") is ComplaintTopic.CAR_WASH
        True
    """

    LOUNGE = ("lounge", "休息区环境")
    CAR_WASH = ("car_wash", "洗车")
    MEALS = ("meals", "餐饮")
    FEES = ("fees", "收费合理性")
    CALLBACK = ("callback", "回电及时性")
    APPOINTMENT = ("appointment", "预约及时性")
    SETTLEMENT = ("settlement", "结算解释")
    REPAIR = ("repair", "维修")
    PRODUCT = ("product", "产品")
    OTHER = ("other", "其他")


class HandlingStep(LabelledEnum):
    """The six steps of complaint handling (seed 002).

    Examples:
        >>> HandlingStep.PROBE.value, HandlingStep.PROBE.label
        ('probe', '探询')
        >>> HandlingStep.from_label("核实") is HandlingStep.CHECK
        True
        >>> [step.label for step in HandlingStep]
        ['倾听', '分担', '探询', '核实', '行动', '满意']
    """

    LISTEN = ("listen", "倾听")
    SHARE = ("share", "分担")
    PROBE = ("probe", "探询")
    CHECK = ("check", "核实")
    ACTION = ("action", "行动")
    SATISFY = ("satisfy", "满意")


class RemedyKind(LabelledEnum):
    """Remedies (seed 004).

    Examples:
        >>> RemedyKind.COMPENSATION.value, RemedyKind.COMPENSATION.label
        ('compensation', '补偿')
        >>> RemedyKind.from_label("道歉") is RemedyKind.APOLOGY
        True
    """

    REPAIR = ("repair", "维修")
    APOLOGY = ("apology", "道歉")
    COMPENSATION = ("compensation", "补偿")
mutants_xǁRemedyǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Remedy:
    """A remedy given to the customer; compensation carries an amount of money.

    Examples:
        >>> Remedy(RemedyKind.COMPENSATION, amount="300").amount
        Decimal('300.00')
    """

    kind: RemedyKind = attrs.field(converter=_to_remedy_kind, validator=f.check_enum(RemedyKind))
    amount: Decimal | None = attrs.field(
        default=None, converter=_optional_money_amount, kw_only=True
    )
    note: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)

    @_mutmut_mutated(mutants_xǁRemedyǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.kind is RemedyKind.COMPENSATION or self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.kind is not RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is not None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = None
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "XXamount: a compensation remedy needs an amountXX"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "AMOUNT: A COMPENSATION REMEDY NEEDS AN AMOUNT"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(None, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field=None, value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_11(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", )
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_12(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="XXamountXX", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_13(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="AMOUNT", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_14(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None or self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_15(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_16(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount <= 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_17(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 1:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_18(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = None
            raise InvalidComponent(msg, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_19(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(None, field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_20(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field=None, value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_21(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=None)

    def xǁRemedyǁ__attrs_post_init____mutmut_22(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(field="amount", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_23(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_24(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", )

    def xǁRemedyǁ__attrs_post_init____mutmut_25(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="XXamountXX", value=self.amount)

    def xǁRemedyǁ__attrs_post_init____mutmut_26(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="AMOUNT", value=self.amount)

mutants_xǁRemedyǁ__attrs_post_init____mutmut['_mutmut_orig'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_1'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_2'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_3'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_4'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_5'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_6'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_7'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_8'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_9'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_10'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_11'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_12'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_13'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_14'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_15'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_16'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_17'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_18'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_19'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_20'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_21'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_22'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_23'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_24'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_25'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁRemedyǁ__attrs_post_init____mutmut['xǁRemedyǁ__attrs_post_init____mutmut_26'] = Remedy.xǁRemedyǁ__attrs_post_init____mutmut_26 # type: ignore # mutmut generated


@attrs.frozen
class HandlingRecord:
    """One handling step of a complaint, when and by whom.

    Examples:
        >>> from autocrm.domain.time import CHINA_TZ
        >>> HandlingRecord("listen", datetime(2025, 9, 29, 10, 5, tzinfo=CHINA_TZ),
        ...                actor="服务经理").step.label
        '倾听'
    """

    step: HandlingStep = attrs.field(
        converter=_to_handling_step, validator=f.check_enum(HandlingStep)
    )
    at: datetime = attrs.field(validator=f.check_datetime)
    actor: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    note: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)
mutants_xǁComplaintǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Complaint:
    """A customer complaint with its handling.

    Attributes:
        level: I, II or III (III most serious).
        status: State-machine state; change it with ``autocrm.rules.complaints.advance``.
        callback_promised_at: The call-back time promised to the customer.
        callback_done_at: When the promised call-back was made.
        resolved_at / closed_at: When it was resolved and closed.
        satisfaction: Complaint-handling satisfaction score, on the rating scale.

    Examples:
        >>> from autocrm.domain.time import CHINA_TZ
        >>> Complaint(number="T1", customer_number="C1",
        ...           received_at=datetime(2025, 1, 6, 9, tzinfo=CHINA_TZ)).level.label
        '一级'
    """

    number: str = attrs.field(validator=f.text(KEY_LENGTH))
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    received_at: datetime = attrs.field(validator=f.check_datetime, kw_only=True)
    level: ComplaintLevel = attrs.field(
        default=ComplaintLevel.I,
        converter=_to_complaint_level,
        validator=f.check_enum(ComplaintLevel),
        kw_only=True,
    )
    status: ComplaintStatus = attrs.field(
        default=ComplaintStatus.OPEN,
        converter=_to_complaint_status,
        validator=f.check_enum(ComplaintStatus),
        kw_only=True,
    )
    vin: str | None = attrs.field(default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True)
    work_order_number: str | None = attrs.field(
        default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True
    )
    cause: ComplaintCause | None = attrs.field(
        default=None,
        converter=_optional_complaint_cause,
        validator=attrs.validators.optional(f.check_enum(ComplaintCause)),
        kw_only=True,
    )
    topic: ComplaintTopic | None = attrs.field(
        default=None,
        converter=_optional_complaint_topic,
        validator=attrs.validators.optional(f.check_enum(ComplaintTopic)),
        kw_only=True,
    )
    description: str | None = attrs.field(
        default=None, validator=f.optional_text(None), kw_only=True
    )
    handler: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    departments: tuple[str, ...] = attrs.field(
        default=(),
        converter=_departments_tuple,
        validator=f.text_members(NAME_LENGTH),
        kw_only=True,
    )
    handling: tuple[HandlingRecord, ...] = attrs.field(
        default=(),
        converter=_handling_tuple,
        validator=f.check_members(HandlingRecord),
        kw_only=True,
    )
    remedies: tuple[Remedy, ...] = attrs.field(
        default=(),
        converter=_remedies_tuple,
        validator=f.check_members(Remedy),
        kw_only=True,
    )
    callback_promised_at: datetime | None = attrs.field(
        default=None, validator=f.check_optional_datetime, kw_only=True
    )
    callback_done_at: datetime | None = attrs.field(
        default=None, validator=f.check_optional_datetime, kw_only=True
    )
    resolved_at: datetime | None = attrs.field(
        default=None, validator=f.check_optional_datetime, kw_only=True
    )
    closed_at: datetime | None = attrs.field(
        default=None, validator=f.check_optional_datetime, kw_only=True
    )
    satisfaction: int | None = attrs.field(
        default=None, validator=f.check_optional_non_negative_int, kw_only=True
    )
    result: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    @_mutmut_mutated(mutants_xǁComplaintǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_orig(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_1(self) -> None:
        for name in ("XXresolved_atXX", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_2(self) -> None:
        for name in ("RESOLVED_AT", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_3(self) -> None:
        for name in ("resolved_at", "XXclosed_atXX", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_4(self) -> None:
        for name in ("resolved_at", "CLOSED_AT", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_5(self) -> None:
        for name in ("resolved_at", "closed_at", "XXcallback_done_atXX"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_6(self) -> None:
        for name in ("resolved_at", "closed_at", "CALLBACK_DONE_AT"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_7(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = None
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_8(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(None, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_9(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, None)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_10(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_11(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, )
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_12(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None or moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_13(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_14(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment <= self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_15(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = None
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_16(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(None, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_17(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=None, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_18(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=None)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_19(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_20(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_21(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, )
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_22(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED or self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_23(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is not ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_24(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is not None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_25(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = None
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_26(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "XXclosed_at: a CLOSED complaint needs its closing timeXX"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_27(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a closed complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_28(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "CLOSED_AT: A CLOSED COMPLAINT NEEDS ITS CLOSING TIME"
            raise InvalidComponent(msg, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_29(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(None, field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_30(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field=None, value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_31(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(field="closed_at", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_32(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_33(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", )

    def xǁComplaintǁ__attrs_post_init____mutmut_34(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="XXclosed_atXX", value=None)

    def xǁComplaintǁ__attrs_post_init____mutmut_35(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="CLOSED_AT", value=None)

mutants_xǁComplaintǁ__attrs_post_init____mutmut['_mutmut_orig'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_1'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_2'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_3'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_4'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_5'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_6'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_7'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_8'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_9'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_10'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_11'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_12'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_13'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_14'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_15'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_16'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_17'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_18'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_19'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_20'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_21'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_22'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_23'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_24'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_25'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_26'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_27'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_28'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_29'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_30'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_31'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_32'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_33'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_34'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁComplaintǁ__attrs_post_init____mutmut['xǁComplaintǁ__attrs_post_init____mutmut_35'] = Complaint.xǁComplaintǁ__attrs_post_init____mutmut_35 # type: ignore # mutmut generated
