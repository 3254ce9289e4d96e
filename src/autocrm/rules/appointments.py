"""Appointments: booking lead time and the grace period.

The rules (see [appointments][sources-appointments]):

* an appointment is proactive (主动预约: the shop invites) or passive (被动预约: the
  customer asks);
* it is booked at least 24 hours ahead; the slot is held 15 minutes past its time, after
  which the appointment is cancelled;
* appointment customers get different offers: a policy hook,
  ``AppointmentPolicy.appointment_offer``, copied onto each booked appointment.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ
    >>> request = BookingRequest(number="YY20251009001", customer_number="C000001",
    ...                          kind="passive",
    ...                          slot=datetime(2025, 10, 10, 9, 0, tzinfo=CHINA_TZ))
    >>> booked = check_booking(request, as_of=datetime(2025, 10, 9, 8, 30, tzinfo=CHINA_TZ))
    >>> resolve_appointment(booked, datetime(2025, 10, 10, 9, 10, tzinfo=CHINA_TZ),
    ...                     as_of=datetime(2025, 10, 10, 12, 0, tzinfo=CHINA_TZ)).status.label
    '迟到到店'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, TypeVar, cast

import attrs

from autocrm.domain.appointment import Appointment, AppointmentKind, AppointmentStatus
from autocrm.domain.checks import check_collection, whole_number, with_article
from autocrm.domain.time import require_aware
from autocrm.domain.work_order import ServiceType
from autocrm.errors import (
    InvalidComponent,
    InvalidTransition,
    PolicyError,
    UnsupportedType,
    shown,
)
from autocrm.rules._visits import checked

__all__ = [
    "AppointmentPolicy",
    "BookingRequest",
    "check_booking",
    "resolve_appointment",
]


def _check_offer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


@attrs.frozen(kw_only=True)
class AppointmentPolicy:
    """The numbers of the appointment rules (lead time, grace period, offer).

    Attributes:
        min_lead_hours: A slot must be at least this many hours after the booking.
        grace_minutes: The slot is held this long past its time; later is a no-show.
        appointment_offer: What appointment customers get (e.g. ``"工时费9折"``), copied
            onto every appointment booked through
            [`check_booking`][autocrm.rules.appointments.check_booking]; ``None`` for none. A
            no-show loses it.

    Examples:
        >>> AppointmentPolicy().grace_minutes
        15
    """

    min_lead_hours: int = attrs.field(default=24, validator=whole_number(0))
    grace_minutes: int = attrs.field(default=15, validator=whole_number(0))
    appointment_offer: str | None = attrs.field(default=None, validator=_check_offer)


_E = TypeVar("_E", AppointmentKind, ServiceType)


def _member(kind: type[_E], value: object, field: str) -> _E:
    """A member of ``kind`` from a member, its English value or its Chinese label."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            return kind.from_label(value)
        except InvalidComponent as exc:
            raise InvalidComponent(f"{field}: {exc}", field=field, value=value) from None
    msg = (
        f"{field}: expected {with_article(kind.__name__)}, its value or its label, "
        f"got {type(value).__name__} {shown(value)}"
    )
    raise UnsupportedType(msg, field=field, value=value)


def _service_types(value: object) -> frozenset[ServiceType]:
    given = check_collection([value] if isinstance(value, str) else value, "service_types")
    items = list(cast("Iterable[object]", given))
    return frozenset(
        _member(ServiceType, item, f"service_types[{index}]") for index, item in enumerate(items)
    )


def _to_kind(value: object) -> AppointmentKind:
    return _member(AppointmentKind, value, "kind")


@attrs.frozen(kw_only=True)
class BookingRequest:
    """A request for a service slot, before it is checked and booked.

    ``kind`` and ``service_types`` accept members, English values or Chinese labels.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> BookingRequest(number="YY1", customer_number="C1", kind="主动预约",
        ...                slot=datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)).kind.value
        'proactive'
    """

    number: str
    customer_number: str
    kind: AppointmentKind = attrs.field(converter=_to_kind)
    slot: datetime
    vin: str | None = None
    service_types: frozenset[ServiceType] = attrs.field(factory=frozenset, converter=_service_types)
    channel: str | None = None

    def __attrs_post_init__(self) -> None:
        require_aware(self.slot, "slot")


def check_booking(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the same booking lead time.

    Args:
        request: The slot asked for.
        as_of: When the booking is made (an aware datetime); it becomes ``booked_at``.
        policy: The appointment numbers; ``appointment_offer`` is copied onto the result.

    Returns:
        The booked Appointment (status BOOKED).

    Raises:
        autocrm.errors.InvalidComponent: the slot is less than ``min_lead_hours`` after
            ``as_of`` (``field="slot"``).
        autocrm.errors.InvalidFormat: ``as_of`` is not an aware datetime.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> request = BookingRequest(number="YY1", customer_number="C1", kind="passive",
        ...                          slot=datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ))
        >>> check_booking(request, as_of=datetime(2025, 10, 9, 10, tzinfo=CHINA_TZ))
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: slot: 2025-10-10 09:00 is 23.0 hours after the booking at 2025-10-09 10:00; book at least 24 hours ahead (AppointmentPolicy.min_lead_hours=24)
    """  # noqa: E501
    policy = checked(policy, AppointmentPolicy, "policy")
    checked(request, BookingRequest, "request")
    require_aware(as_of, "as_of")
    lead = request.slot - as_of
    if lead < timedelta(hours=policy.min_lead_hours):
        hours = lead.total_seconds() / 3600
        msg = (
            f"slot: {request.slot:%Y-%m-%d %H:%M} is {hours:.1f} hours after the booking at "
            f"{as_of:%Y-%m-%d %H:%M}; book at least {policy.min_lead_hours} hours ahead "
            f"(AppointmentPolicy.min_lead_hours={policy.min_lead_hours})"
        )
        raise InvalidComponent(msg, field="slot", value=request.slot)
    return Appointment(
        number=request.number,
        customer_number=request.customer_number,
        kind=request.kind,
        booked_at=as_of,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def resolve_appointment(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (the slot
      is cancelled); the appointment offer is withdrawn; a late arrival time is
      kept in ``arrived_at``.
    * Not arrived and the grace period still running at ``as_of``: unchanged (BOOKED).

    Args:
        appointment: A BOOKED appointment.
        arrival: When the customer arrived, or None.
        as_of: The time of the question (aware); an arrival after it is refused.
        policy: The appointment numbers.

    Returns:
        A new Appointment; the argument is not changed.

    Raises:
        autocrm.errors.InvalidTransition: the appointment is not BOOKED.
        autocrm.errors.InvalidComponent: ``arrival`` after ``as_of`` or before the booking.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Appointment
        >>> a = Appointment(number="YY1", customer_number="C1", kind="proactive",
        ...                 booked_at=datetime(2025, 10, 8, 15, tzinfo=CHINA_TZ),
        ...                 slot=datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ))
        >>> resolve_appointment(a, None,
        ...                     as_of=datetime(2025, 10, 10, 9, 16, tzinfo=CHINA_TZ)).status.value
        'no_show'
    """
    policy = checked(policy, AppointmentPolicy, "policy")
    checked(appointment, Appointment, "appointment")
    require_aware(as_of, "as_of")
    if appointment.status is not AppointmentStatus.BOOKED:
        msg = f"appointment {appointment.number} is {appointment.status.value}, not booked"
        raise InvalidTransition(msg, current=appointment.status, requested="resolve")
    held_until = appointment.slot + timedelta(minutes=policy.grace_minutes)
    if arrival is None:
        if as_of > held_until:
            return attrs.evolve(appointment, status=AppointmentStatus.NO_SHOW, offer=None)
        return appointment
    require_aware(arrival, "arrival")
    if arrival > as_of:
        msg = f"arrival: {arrival.isoformat()} is after as_of {as_of.isoformat()}"
        raise InvalidComponent(msg, field="arrival", value=arrival)
    if arrival < appointment.booked_at:
        msg = (
            f"arrival: {arrival.isoformat()} is before the booking at "
            f"{appointment.booked_at.isoformat()}"
        )
        raise InvalidComponent(msg, field="arrival", value=arrival)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)
