"""Appointments (预约): proactive or passive, the slot and what happened.

The rules the department keeps for appointments are summarised under
[appointments][sources-appointments].

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain.time import CHINA_TZ
    >>> a = Appointment(number="YY001", customer_number="C1", vin="LFV2A21K3D3109826",
    ...                 kind=AppointmentKind.PROACTIVE,
    ...                 booked_at=datetime(2025, 10, 8, 15, 0, tzinfo=CHINA_TZ),
    ...                 slot=datetime(2025, 10, 10, 9, 0, tzinfo=CHINA_TZ))
    >>> a.kind.label, a.status.label
    ('主动预约', '已预约')
"""

from __future__ import annotations

from datetime import datetime

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.text import KEY_LENGTH, LONG_TEXT_LENGTH, SHORT_TEXT_LENGTH
from autocrm.domain.work_order import ServiceType, _service_types
from autocrm.errors import InvalidComponent

__all__ = ["Appointment", "AppointmentKind", "AppointmentStatus"]


def _to_appointment_kind(value: object) -> AppointmentKind:
    return f.as_enum(AppointmentKind, value)


def _to_appointment_status(value: object) -> AppointmentStatus:
    return f.as_enum(AppointmentStatus, value)


class AppointmentKind(LabelledEnum):
    """Who initiated the appointment: the shop (主动预约) or the customer (被动预约).

    See [appointments][sources-appointments].

    Examples:
        >>> AppointmentKind.PROACTIVE.value, AppointmentKind.PROACTIVE.label
        ('proactive', '主动预约')
        >>> AppointmentKind.from_label("被动预约") is AppointmentKind.PASSIVE
        True
    """

    PROACTIVE = ("proactive", "主动预约")
    PASSIVE = ("passive", "被动预约")


class AppointmentStatus(LabelledEnum):
    """What became of an appointment (the slot is held 15 minutes, then cancelled).

    See [appointments][sources-appointments].

    Examples:
        >>> AppointmentStatus.NO_SHOW.value, AppointmentStatus.NO_SHOW.label
        ('no_show', '爽约取消')
        >>> AppointmentStatus.from_label("迟到到店") is AppointmentStatus.ARRIVED_LATE
        True
        >>> AppointmentStatus.ARRIVED_LATE.arrived, AppointmentStatus.NO_SHOW.arrived
        (True, False)
    """

    BOOKED = ("booked", "已预约")
    ARRIVED_ON_TIME = ("arrived_on_time", "准时到店")
    ARRIVED_LATE = ("arrived_late", "迟到到店")
    NO_SHOW = ("no_show", "爽约取消")
    CANCELLED = ("cancelled", "客户取消")

    @property
    def arrived(self) -> bool:
        """True if the customer came (on time or within the grace period)."""
        return self in (AppointmentStatus.ARRIVED_ON_TIME, AppointmentStatus.ARRIVED_LATE)


@attrs.frozen
class Appointment:
    """A booked service slot.

    Examples:
        >>> from autocrm.domain.time import CHINA_TZ
        >>> Appointment(number="Y2", customer_number="C1", kind="被动预约",
        ...             booked_at=datetime(2025, 1, 2, 9, tzinfo=CHINA_TZ),
        ...             slot=datetime(2025, 1, 3, 14, tzinfo=CHINA_TZ)).kind.value
        'passive'
    """

    number: str = attrs.field(validator=f.text(KEY_LENGTH))
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    kind: AppointmentKind = attrs.field(
        converter=_to_appointment_kind,
        validator=f.check_enum(AppointmentKind),
        kw_only=True,
    )
    booked_at: datetime = attrs.field(validator=f.check_datetime, kw_only=True)
    slot: datetime = attrs.field(validator=f.check_datetime, kw_only=True)
    vin: str | None = attrs.field(default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True)
    service_types: frozenset[ServiceType] = attrs.field(
        default=frozenset(),
        converter=_service_types,
        validator=f.check_members(ServiceType),
        kw_only=True,
    )
    status: AppointmentStatus = attrs.field(
        default=AppointmentStatus.BOOKED,
        converter=_to_appointment_status,
        validator=f.check_enum(AppointmentStatus),
        kw_only=True,
    )
    arrived_at: datetime | None = attrs.field(
        default=None, validator=f.check_optional_datetime, kw_only=True
    )
    work_order_number: str | None = attrs.field(
        default=None, validator=f.optional_text(KEY_LENGTH), kw_only=True
    )
    channel: str | None = attrs.field(
        default=None, validator=f.optional_text(SHORT_TEXT_LENGTH), kw_only=True
    )
    offer: str | None = attrs.field(
        default=None, validator=f.optional_text(LONG_TEXT_LENGTH), kw_only=True
    )
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.slot < self.booked_at:
            msg = f"slot: {self.slot} is before the booking time {self.booked_at}"
            raise InvalidComponent(msg, field="slot", value=self.slot)
        if self.status.arrived and self.arrived_at is None:
            msg = f"arrived_at: status {self.status.value} needs the arrival time"
            raise InvalidComponent(msg, field="arrived_at", value=None)
