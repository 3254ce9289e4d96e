"""Named cases for autocrm.rules.appointments (seed 004: 24 hours ahead, 15 minutes grace)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import attrs
import pytest

from autocrm.domain import CHINA_TZ, Appointment, AppointmentKind, AppointmentStatus, ServiceType
from autocrm.errors import InvalidComponent, InvalidFormat, InvalidTransition, PolicyError
from autocrm.rules.appointments import (
    AppointmentPolicy,
    BookingRequest,
    check_booking,
    resolve_appointment,
)

SLOT = datetime(2025, 10, 10, 9, 0, tzinfo=CHINA_TZ)


def request(kind: str = "passive", slot: datetime = SLOT) -> BookingRequest:
    return BookingRequest(
        number="YY20251009001", customer_number="C000001", kind=kind, slot=slot,
        vin="LFV2A21K3D3109826", service_types=["保养"], channel="电话",
    )  # fmt: skip


def test_booking_exactly_24_hours_ahead_is_accepted() -> None:
    booked = check_booking(request(), as_of=SLOT - timedelta(hours=24))
    assert booked.status is AppointmentStatus.BOOKED
    assert booked.booked_at == SLOT - timedelta(hours=24)
    assert booked.slot == SLOT
    assert booked.kind is AppointmentKind.PASSIVE
    assert booked.service_types == frozenset({ServiceType.MAINTENANCE})
    assert booked.vin == "LFV2A21K3D3109826"
    assert booked.offer is None


def test_booking_less_than_24_hours_ahead_is_refused_naming_slot() -> None:
    with pytest.raises(InvalidComponent, match="at least 24 hours") as caught:
        check_booking(request(), as_of=SLOT - timedelta(hours=23, minutes=59))
    assert caught.value.field == "slot"
    assert caught.value.value == SLOT


def test_proactive_bookings_obey_the_same_lead_time() -> None:
    with pytest.raises(InvalidComponent):
        check_booking(request("主动预约"), as_of=SLOT - timedelta(hours=2))
    assert check_booking(request("主动预约"), as_of=SLOT - timedelta(days=3)).kind is (
        AppointmentKind.PROACTIVE
    )


def test_lead_time_is_a_policy_value() -> None:
    policy = AppointmentPolicy(min_lead_hours=2)
    assert check_booking(request(), as_of=SLOT - timedelta(hours=2), policy=policy).slot == SLOT


def test_lead_time_is_measured_across_time_zones() -> None:
    # 01:00 UTC on 9 Oct is 09:00 in Beijing: exactly 24 hours before the slot.
    as_of = datetime(2025, 10, 9, 1, 0, tzinfo=timezone.utc)
    assert check_booking(request(), as_of=as_of).booked_at == as_of


def test_naive_as_of_is_refused() -> None:
    with pytest.raises(InvalidFormat) as caught:
        check_booking(request(), as_of=datetime(2025, 10, 8, 9, 0))
    assert caught.value.field == "as_of"


def test_appointment_offer_is_copied_onto_the_booking() -> None:
    policy = AppointmentPolicy(appointment_offer="预约客户工时费9折")
    booked = check_booking(request(), as_of=SLOT - timedelta(days=2), policy=policy)
    assert booked.offer == "预约客户工时费9折"


def booked(offer: str | None = "预约客户工时费9折") -> Appointment:
    policy = AppointmentPolicy(appointment_offer=offer)
    return check_booking(request(), as_of=SLOT - timedelta(days=2), policy=policy)


@pytest.mark.parametrize(
    ("arrival", "status"),
    [
        (SLOT - timedelta(minutes=20), AppointmentStatus.ARRIVED_ON_TIME),
        (SLOT, AppointmentStatus.ARRIVED_ON_TIME),
        (SLOT + timedelta(minutes=1), AppointmentStatus.ARRIVED_LATE),
        (SLOT + timedelta(minutes=15), AppointmentStatus.ARRIVED_LATE),
        (SLOT + timedelta(minutes=15, seconds=1), AppointmentStatus.NO_SHOW),
    ],
)
def test_arrival_against_the_15_minute_grace(arrival: datetime, status: AppointmentStatus) -> None:
    result = resolve_appointment(booked(), arrival, as_of=SLOT + timedelta(hours=1))
    assert result.status is status
    assert result.arrived_at == arrival
    assert result.offer == (None if status is AppointmentStatus.NO_SHOW else "预约客户工时费9折")


def test_no_arrival_after_the_grace_period_is_a_no_show() -> None:
    result = resolve_appointment(booked(), None, as_of=SLOT + timedelta(minutes=16))
    assert result.status is AppointmentStatus.NO_SHOW
    assert result.arrived_at is None
    assert result.offer is None


def test_no_arrival_within_the_grace_period_leaves_it_booked() -> None:
    appointment = booked()
    result = resolve_appointment(appointment, None, as_of=SLOT + timedelta(minutes=15))
    assert result is appointment
    assert result.status is AppointmentStatus.BOOKED


def test_grace_minutes_is_a_policy_value() -> None:
    policy = AppointmentPolicy(grace_minutes=30)
    result = resolve_appointment(booked(), SLOT + timedelta(minutes=25),
                                 as_of=SLOT + timedelta(hours=1), policy=policy)  # fmt: skip
    assert result.status is AppointmentStatus.ARRIVED_LATE


def test_arrival_in_utc_is_compared_as_an_instant() -> None:
    arrival = datetime(2025, 10, 10, 1, 10, tzinfo=timezone.utc)  # 09:10 in Beijing
    result = resolve_appointment(booked(), arrival, as_of=SLOT + timedelta(hours=1))
    assert result.status is AppointmentStatus.ARRIVED_LATE


def test_resolved_appointment_cannot_be_resolved_again() -> None:
    done = resolve_appointment(booked(), SLOT, as_of=SLOT + timedelta(hours=1))
    with pytest.raises(InvalidTransition) as caught:
        resolve_appointment(done, SLOT, as_of=SLOT + timedelta(hours=2))
    assert caught.value.current is AppointmentStatus.ARRIVED_ON_TIME


def test_arrival_after_as_of_or_before_booking_is_refused() -> None:
    appointment = booked()
    with pytest.raises(InvalidComponent) as caught:
        resolve_appointment(appointment, SLOT, as_of=SLOT - timedelta(minutes=5))
    assert caught.value.field == "arrival"
    with pytest.raises(InvalidComponent):
        resolve_appointment(appointment, SLOT - timedelta(days=3), as_of=SLOT)


def test_resolve_does_not_change_its_argument() -> None:
    appointment = booked()
    resolve_appointment(appointment, SLOT, as_of=SLOT + timedelta(hours=1))
    assert appointment.status is AppointmentStatus.BOOKED


def test_cancelled_appointment_is_not_resolved() -> None:
    cancelled = attrs.evolve(booked(), status=AppointmentStatus.CANCELLED)
    with pytest.raises(InvalidTransition):
        resolve_appointment(cancelled, None, as_of=SLOT + timedelta(hours=1))


def test_bad_policy_values_are_refused() -> None:
    with pytest.raises(PolicyError) as caught:
        AppointmentPolicy(grace_minutes=-1)
    assert caught.value.field == "grace_minutes"
    with pytest.raises(PolicyError):
        AppointmentPolicy(appointment_offer="  ")
