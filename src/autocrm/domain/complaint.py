"""Complaints (投诉): level, status, cause, handling steps and remedies.

The department's complaint rules are summarised under [complaints][sources-complaints].

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


def _departments_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("departments", value)


def _handling_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("handling", value)


def _remedies_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("remedies", value)


def _to_remedy_kind(value: object) -> RemedyKind:
    return f.as_enum(RemedyKind, value)


def _optional_money_amount(value: object) -> Decimal | None:
    return f.optional_money("amount", value)


def _to_handling_step(value: object) -> HandlingStep:
    return f.as_enum(HandlingStep, value)


def _to_complaint_level(value: object) -> ComplaintLevel:
    return f.as_enum(ComplaintLevel, value)


def _to_complaint_status(value: object) -> ComplaintStatus:
    return f.as_enum(ComplaintStatus, value)


def _optional_complaint_cause(value: object) -> ComplaintCause | None:
    return f.optional_enum(ComplaintCause, value)


def _optional_complaint_topic(value: object) -> ComplaintTopic | None:
    return f.optional_enum(ComplaintTopic, value)


class ComplaintLevel(LabelledEnum):
    """Severity (投诉等级): level I is the most frequent, level III the most serious.

    See [levels and deadlines][sources-complaints-levels].

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
    """Complaint state machine states (see [`autocrm.rules.complaints`][autocrm.rules.complaints]).

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
    """Root causes of complaints (see [causes][sources-complaints-causes]).

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
    """Where complaints concentrate (see [hot spots][sources-complaints-causes]).

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
    """The six steps of complaint handling (see [handling][sources-complaints-handling]).

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
    """Remedies: repair, apology, compensation (see [remedies][sources-complaints-causes]).

    Examples:
        >>> RemedyKind.COMPENSATION.value, RemedyKind.COMPENSATION.label
        ('compensation', '补偿')
        >>> RemedyKind.from_label("道歉") is RemedyKind.APOLOGY
        True
    """

    REPAIR = ("repair", "维修")
    APOLOGY = ("apology", "道歉")
    COMPENSATION = ("compensation", "补偿")


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

    def __attrs_post_init__(self) -> None:
        if self.kind is RemedyKind.COMPENSATION and self.amount is None:
            msg = "amount: a compensation remedy needs an amount"
            raise InvalidComponent(msg, field="amount", value=None)
        if self.amount is not None and self.amount < 0:
            msg = f"amount: a remedy amount cannot be negative, got {self.amount}"
            raise InvalidComponent(msg, field="amount", value=self.amount)


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

    def __attrs_post_init__(self) -> None:
        for name in ("resolved_at", "closed_at", "callback_done_at"):
            moment = getattr(self, name)
            if moment is not None and moment < self.received_at:
                msg = f"{name}: {moment} is before received_at {self.received_at}"
                raise InvalidComponent(msg, field=name, value=moment)
        if self.status is ComplaintStatus.CLOSED and self.closed_at is None:
            msg = "closed_at: a CLOSED complaint needs its closing time"
            raise InvalidComponent(msg, field="closed_at", value=None)
