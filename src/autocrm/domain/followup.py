"""Follow-up calls (跟踪回访): 3DC, 7DC, repair callbacks, and each call attempt.

Examples:
    >>> from datetime import date, datetime
    >>> from autocrm.domain.time import CHINA_TZ
    >>> fu = FollowUp(number="FU-WO1-3DC", kind=FollowUpKind.THREE_DAY, customer_number="C1",
    ...               vin="LFV2A21K3D3109826", work_order_number="WO1",
    ...               earliest=date(2025, 10, 10), due=date(2025, 10, 13),
    ...               latest=date(2025, 10, 13))
    >>> fu.kind.label, fu.status.label
    ('三日回访', '待回访')
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.text import KEY_LENGTH, LONG_TEXT_LENGTH, NAME_LENGTH
from autocrm.errors import InvalidComponent, shown

__all__ = [
    "CallAttempt",
    "CallOutcome",
    "FollowUp",
    "FollowUpKind",
    "FollowUpStatus",
    "IssueCategory",
    "JobPosition",
    "ReportedIssue",
]


def _attempts_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("attempts", value)


def _issues_tuple(value: object) -> tuple[Any, ...]:
    return f.frozen_tuple("issues", value)


def _to_issue_category(value: object) -> IssueCategory:
    return f.as_enum(IssueCategory, value)


def _to_job_position(value: object) -> JobPosition:
    return f.as_enum(JobPosition, value)


def _to_call_outcome(value: object) -> CallOutcome:
    return f.as_enum(CallOutcome, value)


def _to_follow_up_kind(value: object) -> FollowUpKind:
    return f.as_enum(FollowUpKind, value)


def _to_follow_up_status(value: object) -> FollowUpStatus:
    return f.as_enum(FollowUpStatus, value)


class FollowUpKind(LabelledEnum):
    """Why a follow-up call is made.

    Examples:
        >>> FollowUpKind.THREE_DAY.value, FollowUpKind.THREE_DAY.label
        ('3dc', '三日回访')
        >>> FollowUpKind.from_label("七日回访") is FollowUpKind.SEVEN_DAY
        True
    """

    THREE_DAY = ("3dc", "三日回访")
    SEVEN_DAY = ("7dc", "七日回访")
    SALE_THREE_DAY = ("sale_3d", "销售三日回访")
    MINOR_REPAIR = ("minor_repair", "小修回访")
    MAJOR_REPAIR = ("major_repair", "大修回访")
    COMPLAINT = ("complaint", "投诉回访")


class FollowUpStatus(LabelledEnum):
    """Where a follow-up stands.

    Examples:
        >>> FollowUpStatus.UNREACHABLE.value, FollowUpStatus.UNREACHABLE.label
        ('unreachable', '无法联系')
        >>> FollowUpStatus.from_label("已回访") is FollowUpStatus.COMPLETED
        True
    """

    PENDING = ("pending", "待回访")
    COMPLETED = ("completed", "已回访")
    UNREACHABLE = ("unreachable", "无法联系")
    CANCELLED = ("cancelled", "已取消")
    #: Not reached within the grace working days after its window closed: the call is
    #: dropped from the worklist and counted (see ``autocrm.rules.worklist``).
    EXPIRED = ("expired", "已过期")


class CallOutcome(LabelledEnum):
    """How one call attempt ended.

    Examples:
        >>> CallOutcome.NO_ANSWER.value, CallOutcome.NO_ANSWER.label
        ('no_answer', '无人接听')
        >>> CallOutcome.from_label("占线") is CallOutcome.BUSY
        True
        >>> CallOutcome.BUSY.is_failure, CallOutcome.COMPLETED.is_failure
        (True, False)
    """

    COMPLETED = ("completed", "回访成功")
    NO_ANSWER = ("no_answer", "无人接听")
    BUSY = ("busy", "占线")
    WRONG_NUMBER = ("wrong_number", "号码错误")
    REFUSED = ("refused", "拒绝回访")
    POWERED_OFF = ("powered_off", "关机")

    @property
    def is_failure(self) -> bool:
        """True for every outcome but COMPLETED."""
        return self is not CallOutcome.COMPLETED


class IssueCategory(LabelledEnum):
    """Categories of problems raised in follow-up calls.

    See [what a call records][sources-followups-record].

    Examples:
        >>> IssueCategory.TECHNIQUE.value, IssueCategory.TECHNIQUE.label
        ('technique', '维修技术')
        >>> IssueCategory.from_label("硬件设施") is IssueCategory.HARDWARE
        True
    """

    HARDWARE = ("hardware", "硬件设施")
    ATTITUDE = ("attitude", "服务态度")
    TECHNIQUE = ("technique", "维修技术")
    PROCESS = ("process", "服务流程")
    OTHER = ("other", "其他")


class JobPosition(LabelledEnum):
    """Job positions a problem is attributed to (problems are analysed by position).

    See [what a call records][sources-followups-record].

    Examples:
        >>> JobPosition.QUALITY_INSPECTOR.value, JobPosition.QUALITY_INSPECTOR.label
        ('quality_inspector', '质检员')
        >>> JobPosition.from_label("维修技师") is JobPosition.TECHNICIAN
        True
    """

    SERVICE_ADVISOR = ("service_advisor", "服务顾问")
    TECHNICIAN = ("technician", "维修技师")
    QUALITY_INSPECTOR = ("quality_inspector", "质检员")
    PARTS = ("parts", "配件")
    CASHIER = ("cashier", "收银")
    CAR_WASH = ("car_wash", "洗车")
    CUSTOMER_SERVICE = ("customer_service", "客服")
    RECEPTION = ("reception", "前台")
    SALES = ("sales", "销售顾问")
    OTHER = ("other", "其他")


@attrs.frozen
class ReportedIssue:
    """A problem the customer raised in a call, by category and job position.

    Examples:
        >>> ReportedIssue("服务态度", "service_advisor", "接车时态度冷淡").category
        <IssueCategory.ATTITUDE: 'attitude'>
    """

    category: IssueCategory = attrs.field(
        converter=_to_issue_category, validator=f.check_enum(IssueCategory)
    )
    position: JobPosition = attrs.field(
        default=JobPosition.OTHER,
        converter=_to_job_position,
        validator=f.check_enum(JobPosition),
    )
    description: str | None = attrs.field(default=None, validator=f.optional_text(None))


def _check_rating(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        msg = f"{attribute.name}: a rating is a whole number from 0 to 10, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


@attrs.frozen
class CallAttempt:
    """One call of a follow-up: when, by whom, how it ended and what was said.

    A completed call records the rating (on the policy's scale: 1–5 or 0–10), the
    customer's opinions and suggestions, the problems raised, how they were handled
    and the result (see [what a call records][sources-followups-record]).

    Examples:
        >>> from autocrm.domain.time import CHINA_TZ
        >>> CallAttempt(datetime(2025, 10, 13, 10, 0, tzinfo=CHINA_TZ), "no_answer",
        ...             by="客服-李娜").outcome.label
        '无人接听'
    """

    at: datetime = attrs.field(validator=f.check_datetime)
    outcome: CallOutcome = attrs.field(
        converter=_to_call_outcome, validator=f.check_enum(CallOutcome)
    )
    by: str | None = attrs.field(default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True)
    rating: int | None = attrs.field(default=None, validator=_check_rating, kw_only=True)
    opinion: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)
    issues: tuple[ReportedIssue, ...] = attrs.field(
        default=(),
        converter=_issues_tuple,
        validator=f.check_members(ReportedIssue),
        kw_only=True,
    )
    handling: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)
    result: str | None = attrs.field(default=None, validator=f.optional_text(None), kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.outcome is not CallOutcome.COMPLETED and (self.rating is not None or self.issues):
            msg = f"rating: a {self.outcome.value} call cannot carry a rating or issues"
            raise InvalidComponent(msg, field="rating", value=self.rating)


@attrs.frozen
class FollowUp:
    """A follow-up call to make: its kind, window and the attempts made so far.

    Attributes:
        number: Unique id of the follow-up.
        kind: 3DC, 7DC, minor or major repair callback...
        earliest / due / latest: The window of working days in which to call.
        next_attempt_on: When to call next (a retry moves it); defaults to ``due``.
        rule: The rule that produced it, with the policy values used.
        estimated: True if the window or a retry day was counted over a year without
            a published holiday arrangement, which the calendar only estimates.

    Examples:
        >>> FollowUp(number="F1", kind="7dc", customer_number="C1", vin="LFV2A21K3D3109826",
        ...          earliest=date(2025, 10, 9), due=date(2025, 10, 9),
        ...          latest=date(2025, 10, 9)).next_attempt_on
        datetime.date(2025, 10, 9)
    """

    number: str = attrs.field(validator=f.text(KEY_LENGTH))
    kind: FollowUpKind = attrs.field(
        converter=_to_follow_up_kind, validator=f.check_enum(FollowUpKind), kw_only=True
    )
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    vin: str | None = attrs.field(default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True)
    work_order_number: str | None = attrs.field(
        default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True
    )
    complaint_number: str | None = attrs.field(
        default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True
    )
    trigger_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    earliest: date = attrs.field(validator=f.check_date, kw_only=True)
    due: date = attrs.field(validator=f.check_date, kw_only=True)
    latest: date = attrs.field(validator=f.check_date, kw_only=True)
    next_attempt_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    status: FollowUpStatus = attrs.field(
        default=FollowUpStatus.PENDING,
        converter=_to_follow_up_status,
        validator=f.check_enum(FollowUpStatus),
        kw_only=True,
    )
    attempts: tuple[CallAttempt, ...] = attrs.field(
        default=(),
        converter=_attempts_tuple,
        validator=f.check_members(CallAttempt),
        kw_only=True,
    )
    assigned_to: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    rule: str | None = attrs.field(
        default=None, validator=f.optional_text(LONG_TEXT_LENGTH), kw_only=True
    )
    estimated: bool = attrs.field(validator=f.check_bool, default=False, kw_only=True)
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.earliest <= self.due <= self.latest:
            msg = (
                f"due: the window must satisfy earliest <= due <= latest, got "
                f"{self.earliest} / {self.due} / {self.latest}"
            )
            raise InvalidComponent(msg, field="due", value=self.due)
        if self.next_attempt_on is None:
            object.__setattr__(self, "next_attempt_on", self.due)

    @property
    def completed_attempt(self) -> CallAttempt | None:
        """The attempt that reached the customer, if any."""
        for attempt in self.attempts:
            if attempt.outcome is CallOutcome.COMPLETED:
                return attempt
        return None

    @property
    def rating(self) -> int | None:
        """The rating given in the completed call, if any."""
        attempt = self.completed_attempt
        return None if attempt is None else attempt.rating
