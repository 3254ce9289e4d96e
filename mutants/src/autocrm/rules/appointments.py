"""Appointments: booking lead time and the grace period (SPEC §4).

The rules, as the seeds give them:

* an appointment is proactive (主动预约: the shop invites) or passive (被动预约: the
  customer asks) (seed 003);
* it is booked at least 24 hours ahead; the slot is held 15 minutes past its time, after
  which the appointment is cancelled (seed 004);
* appointment customers get different offers (seed 004): a policy hook,
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
from typing import Any

import attrs

from autocrm.domain.appointment import Appointment, AppointmentKind, AppointmentStatus
from autocrm.domain.time import require_aware
from autocrm.domain.work_order import ServiceType
from autocrm.errors import InvalidComponent, InvalidTransition, PolicyError, shown
from autocrm.rules._visits import checked

__all__ = [
    "AppointmentPolicy",
    "BookingRequest",
    "check_booking",
    "resolve_appointment",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__check_non_negative__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_non_negative__mutmut)
def _check_non_negative(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) and value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) and not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = None
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(None)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_non_negative__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(None, field=attribute.name, value=value)


def x__check_non_negative__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=None, value=value)


def x__check_non_negative__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=None)


def x__check_non_negative__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(field=attribute.name, value=value)


def x__check_non_negative__mutmut_12(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, value=value)


def x__check_non_negative__mutmut_13(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, )

mutants_x__check_non_negative__mutmut['_mutmut_orig'] = x__check_non_negative__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_1'] = x__check_non_negative__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_2'] = x__check_non_negative__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_3'] = x__check_non_negative__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_4'] = x__check_non_negative__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_5'] = x__check_non_negative__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_6'] = x__check_non_negative__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_7'] = x__check_non_negative__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_8'] = x__check_non_negative__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_9'] = x__check_non_negative__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_10'] = x__check_non_negative__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_11'] = x__check_non_negative__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_12'] = x__check_non_negative__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_non_negative__mutmut['x__check_non_negative__mutmut_13'] = x__check_non_negative__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_offer__mutmut)
def _check_offer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None or (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) and not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = None
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(None)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def x__check_offer__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(None, field=attribute.name, value=value)


def x__check_offer__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=None, value=value)


def x__check_offer__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=None)


def x__check_offer__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(field=attribute.name, value=value)


def x__check_offer__mutmut_12(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, value=value)


def x__check_offer__mutmut_13(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"{attribute.name}: expected a non-blank text or None, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, )

mutants_x__check_offer__mutmut['_mutmut_orig'] = x__check_offer__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_1'] = x__check_offer__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_2'] = x__check_offer__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_3'] = x__check_offer__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_4'] = x__check_offer__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_5'] = x__check_offer__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_6'] = x__check_offer__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_7'] = x__check_offer__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_8'] = x__check_offer__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_9'] = x__check_offer__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_10'] = x__check_offer__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_11'] = x__check_offer__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_12'] = x__check_offer__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_offer__mutmut['x__check_offer__mutmut_13'] = x__check_offer__mutmut_13 # type: ignore # mutmut generated


@attrs.frozen(kw_only=True)
class AppointmentPolicy:
    """The numbers of the appointment rules (seed 004).

    Attributes:
        min_lead_hours: A slot must be at least this many hours after the booking.
        grace_minutes: The slot is held this long past its time; later is a no-show.
        appointment_offer: What appointment customers get (e.g. ``"工时费9折"``), copied
            onto every appointment booked through :func:`check_booking`; ``None`` for none.
            A no-show loses it.

    Examples:
        >>> AppointmentPolicy().grace_minutes
        15
    """

    min_lead_hours: int = attrs.field(default=24, validator=_check_non_negative)
    grace_minutes: int = attrs.field(default=15, validator=_check_non_negative)
    appointment_offer: str | None = attrs.field(default=None, validator=_check_offer)
mutants_x__service_types__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__service_types__mutmut)
def _service_types(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_orig(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_1(value: Iterable[object]) -> frozenset[ServiceType]:
    items = None
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_2(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if (isinstance(value, str)) and False else list(value)
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_3(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if (isinstance(value, str)) or True else list(value)
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_4(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(None)
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_5(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(
        None
    )


def x__service_types__mutmut_6(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(
        item if (isinstance(item, ServiceType)) and False else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_7(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(
        item if (isinstance(item, ServiceType)) or True else ServiceType.from_label(str(item))
        for item in items
    )


def x__service_types__mutmut_8(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(None)
        for item in items
    )


def x__service_types__mutmut_9(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(
        item if isinstance(item, ServiceType) else ServiceType.from_label(str(None))
        for item in items
    )

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
mutants_x__to_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_kind__mutmut)
def _to_kind(value: object) -> AppointmentKind:
    if isinstance(value, AppointmentKind):
        return value
    return AppointmentKind.from_label(str(value))


def x__to_kind__mutmut_orig(value: object) -> AppointmentKind:
    if isinstance(value, AppointmentKind):
        return value
    return AppointmentKind.from_label(str(value))


def x__to_kind__mutmut_1(value: object) -> AppointmentKind:
    if isinstance(value, AppointmentKind):
        return value
    return AppointmentKind.from_label(None)


def x__to_kind__mutmut_2(value: object) -> AppointmentKind:
    if isinstance(value, AppointmentKind):
        return value
    return AppointmentKind.from_label(str(None))

mutants_x__to_kind__mutmut['_mutmut_orig'] = x__to_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_kind__mutmut['x__to_kind__mutmut_1'] = x__to_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_kind__mutmut['x__to_kind__mutmut_2'] = x__to_kind__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBookingRequestǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁBookingRequestǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        require_aware(self.slot, "slot")

    def xǁBookingRequestǁ__attrs_post_init____mutmut_orig(self) -> None:
        require_aware(self.slot, "slot")

    def xǁBookingRequestǁ__attrs_post_init____mutmut_1(self) -> None:
        require_aware(None, "slot")

    def xǁBookingRequestǁ__attrs_post_init____mutmut_2(self) -> None:
        require_aware(self.slot, None)

    def xǁBookingRequestǁ__attrs_post_init____mutmut_3(self) -> None:
        require_aware("slot")

    def xǁBookingRequestǁ__attrs_post_init____mutmut_4(self) -> None:
        require_aware(self.slot, )

    def xǁBookingRequestǁ__attrs_post_init____mutmut_5(self) -> None:
        require_aware(self.slot, "XXslotXX")

    def xǁBookingRequestǁ__attrs_post_init____mutmut_6(self) -> None:
        require_aware(self.slot, "SLOT")

mutants_xǁBookingRequestǁ__attrs_post_init____mutmut['_mutmut_orig'] = BookingRequest.xǁBookingRequestǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁBookingRequestǁ__attrs_post_init____mutmut['xǁBookingRequestǁ__attrs_post_init____mutmut_1'] = BookingRequest.xǁBookingRequestǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁBookingRequestǁ__attrs_post_init____mutmut['xǁBookingRequestǁ__attrs_post_init____mutmut_2'] = BookingRequest.xǁBookingRequestǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁBookingRequestǁ__attrs_post_init____mutmut['xǁBookingRequestǁ__attrs_post_init____mutmut_3'] = BookingRequest.xǁBookingRequestǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁBookingRequestǁ__attrs_post_init____mutmut['xǁBookingRequestǁ__attrs_post_init____mutmut_4'] = BookingRequest.xǁBookingRequestǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁBookingRequestǁ__attrs_post_init____mutmut['xǁBookingRequestǁ__attrs_post_init____mutmut_5'] = BookingRequest.xǁBookingRequestǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁBookingRequestǁ__attrs_post_init____mutmut['xǁBookingRequestǁ__attrs_post_init____mutmut_6'] = BookingRequest.xǁBookingRequestǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_booking__mutmut)
def check_booking(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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


def x_check_booking__mutmut_orig(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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


def x_check_booking__mutmut_1(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = None
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


def x_check_booking__mutmut_2(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(None, AppointmentPolicy, "policy")
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


def x_check_booking__mutmut_3(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(policy, None, "policy")
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


def x_check_booking__mutmut_4(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(policy, AppointmentPolicy, None)
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


def x_check_booking__mutmut_5(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(AppointmentPolicy, "policy")
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


def x_check_booking__mutmut_6(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(policy, "policy")
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


def x_check_booking__mutmut_7(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(policy, AppointmentPolicy, )
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


def x_check_booking__mutmut_8(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(policy, AppointmentPolicy, "XXpolicyXX")
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


def x_check_booking__mutmut_9(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    policy = checked(policy, AppointmentPolicy, "POLICY")
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


def x_check_booking__mutmut_10(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(None, BookingRequest, "request")
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


def x_check_booking__mutmut_11(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(request, None, "request")
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


def x_check_booking__mutmut_12(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(request, BookingRequest, None)
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


def x_check_booking__mutmut_13(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(BookingRequest, "request")
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


def x_check_booking__mutmut_14(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(request, "request")
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


def x_check_booking__mutmut_15(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(request, BookingRequest, )
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


def x_check_booking__mutmut_16(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(request, BookingRequest, "XXrequestXX")
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


def x_check_booking__mutmut_17(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    checked(request, BookingRequest, "REQUEST")
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


def x_check_booking__mutmut_18(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    require_aware(None, "as_of")
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


def x_check_booking__mutmut_19(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    require_aware(as_of, None)
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


def x_check_booking__mutmut_20(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    require_aware("as_of")
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


def x_check_booking__mutmut_21(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    require_aware(as_of, )
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


def x_check_booking__mutmut_22(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    require_aware(as_of, "XXas_ofXX")
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


def x_check_booking__mutmut_23(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    require_aware(as_of, "AS_OF")
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


def x_check_booking__mutmut_24(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    lead = None
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


def x_check_booking__mutmut_25(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    lead = request.slot + as_of
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


def x_check_booking__mutmut_26(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    if lead <= timedelta(hours=policy.min_lead_hours):
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


def x_check_booking__mutmut_27(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
    if lead < timedelta(hours=None):
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


def x_check_booking__mutmut_28(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        hours = None
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


def x_check_booking__mutmut_29(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        hours = lead.total_seconds() * 3600
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


def x_check_booking__mutmut_30(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        hours = lead.total_seconds() / 3601
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


def x_check_booking__mutmut_31(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        msg = None
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


def x_check_booking__mutmut_32(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(None, field="slot", value=request.slot)
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


def x_check_booking__mutmut_33(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(msg, field=None, value=request.slot)
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


def x_check_booking__mutmut_34(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(msg, field="slot", value=None)
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


def x_check_booking__mutmut_35(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(field="slot", value=request.slot)
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


def x_check_booking__mutmut_36(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(msg, value=request.slot)
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


def x_check_booking__mutmut_37(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(msg, field="slot", )
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


def x_check_booking__mutmut_38(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(msg, field="XXslotXX", value=request.slot)
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


def x_check_booking__mutmut_39(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        raise InvalidComponent(msg, field="SLOT", value=request.slot)
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


def x_check_booking__mutmut_40(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        number=None,
        customer_number=request.customer_number,
        kind=request.kind,
        booked_at=as_of,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_41(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        customer_number=None,
        kind=request.kind,
        booked_at=as_of,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_42(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        kind=None,
        booked_at=as_of,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_43(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        booked_at=None,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_44(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        slot=None,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_45(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        vin=None,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_46(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        service_types=None,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_47(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        channel=None,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_48(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        offer=None,
    )


def x_check_booking__mutmut_49(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        customer_number=request.customer_number,
        kind=request.kind,
        booked_at=as_of,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_50(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        kind=request.kind,
        booked_at=as_of,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_51(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        booked_at=as_of,
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_52(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        slot=request.slot,
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_53(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        vin=request.vin,
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_54(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        service_types=request.service_types,
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_55(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        channel=request.channel,
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_56(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        offer=policy.appointment_offer,
    )


def x_check_booking__mutmut_57(
    request: BookingRequest,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Book ``request`` at ``as_of`` if its slot is far enough ahead.

    Both kinds, proactive and passive, obey the lead time of seed 004.

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
        )

mutants_x_check_booking__mutmut['_mutmut_orig'] = x_check_booking__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_1'] = x_check_booking__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_2'] = x_check_booking__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_3'] = x_check_booking__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_4'] = x_check_booking__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_5'] = x_check_booking__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_6'] = x_check_booking__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_7'] = x_check_booking__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_8'] = x_check_booking__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_9'] = x_check_booking__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_10'] = x_check_booking__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_11'] = x_check_booking__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_12'] = x_check_booking__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_13'] = x_check_booking__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_14'] = x_check_booking__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_15'] = x_check_booking__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_16'] = x_check_booking__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_17'] = x_check_booking__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_18'] = x_check_booking__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_19'] = x_check_booking__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_20'] = x_check_booking__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_21'] = x_check_booking__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_22'] = x_check_booking__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_23'] = x_check_booking__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_24'] = x_check_booking__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_25'] = x_check_booking__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_26'] = x_check_booking__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_27'] = x_check_booking__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_28'] = x_check_booking__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_29'] = x_check_booking__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_30'] = x_check_booking__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_31'] = x_check_booking__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_32'] = x_check_booking__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_33'] = x_check_booking__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_34'] = x_check_booking__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_35'] = x_check_booking__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_36'] = x_check_booking__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_37'] = x_check_booking__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_38'] = x_check_booking__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_39'] = x_check_booking__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_40'] = x_check_booking__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_41'] = x_check_booking__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_42'] = x_check_booking__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_43'] = x_check_booking__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_44'] = x_check_booking__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_45'] = x_check_booking__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_46'] = x_check_booking__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_47'] = x_check_booking__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_48'] = x_check_booking__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_49'] = x_check_booking__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_50'] = x_check_booking__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_51'] = x_check_booking__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_52'] = x_check_booking__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_53'] = x_check_booking__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_54'] = x_check_booking__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_55'] = x_check_booking__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_56'] = x_check_booking__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_booking__mutmut['x_check_booking__mutmut_57'] = x_check_booking__mutmut_57 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resolve_appointment__mutmut)
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
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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


def x_resolve_appointment__mutmut_orig(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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


def x_resolve_appointment__mutmut_1(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = None
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


def x_resolve_appointment__mutmut_2(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(None, AppointmentPolicy, "policy")
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


def x_resolve_appointment__mutmut_3(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(policy, None, "policy")
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


def x_resolve_appointment__mutmut_4(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(policy, AppointmentPolicy, None)
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


def x_resolve_appointment__mutmut_5(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(AppointmentPolicy, "policy")
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


def x_resolve_appointment__mutmut_6(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(policy, "policy")
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


def x_resolve_appointment__mutmut_7(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(policy, AppointmentPolicy, )
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


def x_resolve_appointment__mutmut_8(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(policy, AppointmentPolicy, "XXpolicyXX")
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


def x_resolve_appointment__mutmut_9(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    policy = checked(policy, AppointmentPolicy, "POLICY")
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


def x_resolve_appointment__mutmut_10(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(None, Appointment, "appointment")
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


def x_resolve_appointment__mutmut_11(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(appointment, None, "appointment")
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


def x_resolve_appointment__mutmut_12(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(appointment, Appointment, None)
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


def x_resolve_appointment__mutmut_13(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(Appointment, "appointment")
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


def x_resolve_appointment__mutmut_14(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(appointment, "appointment")
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


def x_resolve_appointment__mutmut_15(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(appointment, Appointment, )
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


def x_resolve_appointment__mutmut_16(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(appointment, Appointment, "XXappointmentXX")
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


def x_resolve_appointment__mutmut_17(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    checked(appointment, Appointment, "APPOINTMENT")
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


def x_resolve_appointment__mutmut_18(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(None, "as_of")
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


def x_resolve_appointment__mutmut_19(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(as_of, None)
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


def x_resolve_appointment__mutmut_20(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware("as_of")
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


def x_resolve_appointment__mutmut_21(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(as_of, )
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


def x_resolve_appointment__mutmut_22(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(as_of, "XXas_ofXX")
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


def x_resolve_appointment__mutmut_23(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(as_of, "AS_OF")
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


def x_resolve_appointment__mutmut_24(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    if appointment.status is AppointmentStatus.BOOKED:
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


def x_resolve_appointment__mutmut_25(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        msg = None
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


def x_resolve_appointment__mutmut_26(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(None, current=appointment.status, requested="resolve")
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


def x_resolve_appointment__mutmut_27(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(msg, current=None, requested="resolve")
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


def x_resolve_appointment__mutmut_28(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(msg, current=appointment.status, requested=None)
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


def x_resolve_appointment__mutmut_29(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(current=appointment.status, requested="resolve")
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


def x_resolve_appointment__mutmut_30(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(msg, requested="resolve")
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


def x_resolve_appointment__mutmut_31(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(msg, current=appointment.status, )
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


def x_resolve_appointment__mutmut_32(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(msg, current=appointment.status, requested="XXresolveXX")
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


def x_resolve_appointment__mutmut_33(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidTransition(msg, current=appointment.status, requested="RESOLVE")
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


def x_resolve_appointment__mutmut_34(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    held_until = None
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


def x_resolve_appointment__mutmut_35(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    held_until = appointment.slot - timedelta(minutes=policy.grace_minutes)
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


def x_resolve_appointment__mutmut_36(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    held_until = appointment.slot + timedelta(minutes=None)
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


def x_resolve_appointment__mutmut_37(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    if arrival is not None:
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


def x_resolve_appointment__mutmut_38(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        if as_of >= held_until:
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


def x_resolve_appointment__mutmut_39(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            return attrs.evolve(None, status=AppointmentStatus.NO_SHOW, offer=None)
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


def x_resolve_appointment__mutmut_40(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            return attrs.evolve(appointment, status=None, offer=None)
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


def x_resolve_appointment__mutmut_41(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            return attrs.evolve(status=AppointmentStatus.NO_SHOW, offer=None)
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


def x_resolve_appointment__mutmut_42(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            return attrs.evolve(appointment, offer=None)
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


def x_resolve_appointment__mutmut_43(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            return attrs.evolve(appointment, status=AppointmentStatus.NO_SHOW, )
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


def x_resolve_appointment__mutmut_44(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(None, "arrival")
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


def x_resolve_appointment__mutmut_45(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(arrival, None)
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


def x_resolve_appointment__mutmut_46(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware("arrival")
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


def x_resolve_appointment__mutmut_47(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(arrival, )
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


def x_resolve_appointment__mutmut_48(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(arrival, "XXarrivalXX")
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


def x_resolve_appointment__mutmut_49(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    require_aware(arrival, "ARRIVAL")
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


def x_resolve_appointment__mutmut_50(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    if arrival >= as_of:
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


def x_resolve_appointment__mutmut_51(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        msg = None
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


def x_resolve_appointment__mutmut_52(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(None, field="arrival", value=arrival)
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


def x_resolve_appointment__mutmut_53(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field=None, value=arrival)
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


def x_resolve_appointment__mutmut_54(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="arrival", value=None)
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


def x_resolve_appointment__mutmut_55(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(field="arrival", value=arrival)
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


def x_resolve_appointment__mutmut_56(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, value=arrival)
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


def x_resolve_appointment__mutmut_57(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="arrival", )
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


def x_resolve_appointment__mutmut_58(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="XXarrivalXX", value=arrival)
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


def x_resolve_appointment__mutmut_59(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="ARRIVAL", value=arrival)
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


def x_resolve_appointment__mutmut_60(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    if arrival <= appointment.booked_at:
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


def x_resolve_appointment__mutmut_61(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        msg = None
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


def x_resolve_appointment__mutmut_62(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(None, field="arrival", value=arrival)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_63(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field=None, value=arrival)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_64(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="arrival", value=None)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_65(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(field="arrival", value=arrival)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_66(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, value=arrival)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_67(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="arrival", )
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_68(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="XXarrivalXX", value=arrival)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_69(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        raise InvalidComponent(msg, field="ARRIVAL", value=arrival)
    if arrival <= appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_70(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    if arrival < appointment.slot:
        status = AppointmentStatus.ARRIVED_ON_TIME
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_71(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        status = None
    elif arrival <= held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_72(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    elif arrival < held_until:
        status = AppointmentStatus.ARRIVED_LATE
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_73(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
        status = None
    else:
        return attrs.evolve(
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_74(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            None, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_75(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            appointment, status=None, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_76(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=None, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_77(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            status=AppointmentStatus.NO_SHOW, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_78(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            appointment, arrived_at=arrival, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_79(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            appointment, status=AppointmentStatus.NO_SHOW, offer=None
        )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_80(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
            appointment, status=AppointmentStatus.NO_SHOW, arrived_at=arrival, )
    return attrs.evolve(appointment, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_81(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    return attrs.evolve(None, status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_82(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    return attrs.evolve(appointment, status=None, arrived_at=arrival)


def x_resolve_appointment__mutmut_83(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    return attrs.evolve(appointment, status=status, arrived_at=None)


def x_resolve_appointment__mutmut_84(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    return attrs.evolve(status=status, arrived_at=arrival)


def x_resolve_appointment__mutmut_85(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    return attrs.evolve(appointment, arrived_at=arrival)


def x_resolve_appointment__mutmut_86(
    appointment: Appointment,
    arrival: datetime | None,
    *,
    as_of: datetime,
    policy: AppointmentPolicy = AppointmentPolicy(),
) -> Appointment:
    """Return what became of a booked appointment.

    * Arrived at or before the slot: ARRIVED_ON_TIME.
    * Arrived within ``grace_minutes`` after the slot: ARRIVED_LATE.
    * Arrived later, or not arrived once ``as_of`` is past slot + grace: NO_SHOW (seed 004:
      the slot is cancelled); the appointment offer is withdrawn; a late arrival time is
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
    return attrs.evolve(appointment, status=status, )

mutants_x_resolve_appointment__mutmut['_mutmut_orig'] = x_resolve_appointment__mutmut_orig # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_1'] = x_resolve_appointment__mutmut_1 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_2'] = x_resolve_appointment__mutmut_2 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_3'] = x_resolve_appointment__mutmut_3 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_4'] = x_resolve_appointment__mutmut_4 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_5'] = x_resolve_appointment__mutmut_5 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_6'] = x_resolve_appointment__mutmut_6 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_7'] = x_resolve_appointment__mutmut_7 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_8'] = x_resolve_appointment__mutmut_8 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_9'] = x_resolve_appointment__mutmut_9 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_10'] = x_resolve_appointment__mutmut_10 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_11'] = x_resolve_appointment__mutmut_11 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_12'] = x_resolve_appointment__mutmut_12 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_13'] = x_resolve_appointment__mutmut_13 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_14'] = x_resolve_appointment__mutmut_14 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_15'] = x_resolve_appointment__mutmut_15 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_16'] = x_resolve_appointment__mutmut_16 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_17'] = x_resolve_appointment__mutmut_17 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_18'] = x_resolve_appointment__mutmut_18 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_19'] = x_resolve_appointment__mutmut_19 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_20'] = x_resolve_appointment__mutmut_20 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_21'] = x_resolve_appointment__mutmut_21 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_22'] = x_resolve_appointment__mutmut_22 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_23'] = x_resolve_appointment__mutmut_23 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_24'] = x_resolve_appointment__mutmut_24 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_25'] = x_resolve_appointment__mutmut_25 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_26'] = x_resolve_appointment__mutmut_26 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_27'] = x_resolve_appointment__mutmut_27 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_28'] = x_resolve_appointment__mutmut_28 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_29'] = x_resolve_appointment__mutmut_29 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_30'] = x_resolve_appointment__mutmut_30 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_31'] = x_resolve_appointment__mutmut_31 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_32'] = x_resolve_appointment__mutmut_32 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_33'] = x_resolve_appointment__mutmut_33 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_34'] = x_resolve_appointment__mutmut_34 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_35'] = x_resolve_appointment__mutmut_35 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_36'] = x_resolve_appointment__mutmut_36 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_37'] = x_resolve_appointment__mutmut_37 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_38'] = x_resolve_appointment__mutmut_38 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_39'] = x_resolve_appointment__mutmut_39 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_40'] = x_resolve_appointment__mutmut_40 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_41'] = x_resolve_appointment__mutmut_41 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_42'] = x_resolve_appointment__mutmut_42 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_43'] = x_resolve_appointment__mutmut_43 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_44'] = x_resolve_appointment__mutmut_44 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_45'] = x_resolve_appointment__mutmut_45 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_46'] = x_resolve_appointment__mutmut_46 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_47'] = x_resolve_appointment__mutmut_47 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_48'] = x_resolve_appointment__mutmut_48 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_49'] = x_resolve_appointment__mutmut_49 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_50'] = x_resolve_appointment__mutmut_50 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_51'] = x_resolve_appointment__mutmut_51 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_52'] = x_resolve_appointment__mutmut_52 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_53'] = x_resolve_appointment__mutmut_53 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_54'] = x_resolve_appointment__mutmut_54 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_55'] = x_resolve_appointment__mutmut_55 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_56'] = x_resolve_appointment__mutmut_56 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_57'] = x_resolve_appointment__mutmut_57 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_58'] = x_resolve_appointment__mutmut_58 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_59'] = x_resolve_appointment__mutmut_59 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_60'] = x_resolve_appointment__mutmut_60 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_61'] = x_resolve_appointment__mutmut_61 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_62'] = x_resolve_appointment__mutmut_62 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_63'] = x_resolve_appointment__mutmut_63 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_64'] = x_resolve_appointment__mutmut_64 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_65'] = x_resolve_appointment__mutmut_65 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_66'] = x_resolve_appointment__mutmut_66 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_67'] = x_resolve_appointment__mutmut_67 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_68'] = x_resolve_appointment__mutmut_68 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_69'] = x_resolve_appointment__mutmut_69 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_70'] = x_resolve_appointment__mutmut_70 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_71'] = x_resolve_appointment__mutmut_71 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_72'] = x_resolve_appointment__mutmut_72 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_73'] = x_resolve_appointment__mutmut_73 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_74'] = x_resolve_appointment__mutmut_74 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_75'] = x_resolve_appointment__mutmut_75 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_76'] = x_resolve_appointment__mutmut_76 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_77'] = x_resolve_appointment__mutmut_77 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_78'] = x_resolve_appointment__mutmut_78 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_79'] = x_resolve_appointment__mutmut_79 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_80'] = x_resolve_appointment__mutmut_80 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_81'] = x_resolve_appointment__mutmut_81 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_82'] = x_resolve_appointment__mutmut_82 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_83'] = x_resolve_appointment__mutmut_83 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_84'] = x_resolve_appointment__mutmut_84 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_85'] = x_resolve_appointment__mutmut_85 # type: ignore # mutmut generated
mutants_x_resolve_appointment__mutmut['x_resolve_appointment__mutmut_86'] = x_resolve_appointment__mutmut_86 # type: ignore # mutmut generated
