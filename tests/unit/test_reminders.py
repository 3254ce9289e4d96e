"""Named cases for autocrm.rules.reminders with fixed dates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    ContactPurpose,
    Customer,
    FollowUp,
    OdometerReading,
    OptOut,
    ServiceType,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.errors import InvalidComponent, InvalidFormat, PolicyError
from autocrm.rules.calendar import WeekendCalendar
from autocrm.rules.campaigns import Campaign
from autocrm.rules.contact import PressureKind
from autocrm.rules.mileage import estimate_daily_km
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.reminders import due_reminders, due_reminders_report
from autocrm.rules.service_due import ServiceDueBasis, next_service_due
from autocrm.rules.service_policy import ServicePolicy

VIN = "LFV2A21K3D3109826"
VIN2 = "1HGCM82633A004352"
IGNORE = ServicePolicy(backwards_readings="ignore")
NO_HOLIDAYS = ServicePolicy(holiday_care=())


def reading(on: date, km: int, vin: str = VIN) -> OdometerReading:
    return OdometerReading(vin, on, km)


def maintenance(on: date, km: int | None, number: str = "WO1", vin: str = VIN,
                *types: ServiceType) -> WorkOrder:  # fmt: skip
    return WorkOrder(
        number=number, customer_number="C000001", vin=vin,
        opened_at=datetime(on.year, on.month, on.day, 9, tzinfo=CHINA_TZ),
        closed_at=datetime(on.year, on.month, on.day, 15, tzinfo=CHINA_TZ),
        service_types=set(types) or {ServiceType.MAINTENANCE}, mileage_km=km,
    )  # fmt: skip


def car(**kwargs: object) -> Vehicle:
    return Vehicle(vin=VIN, customer_number="C000001", plate="京A12345", **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- km per day


def test_daily_km_from_readings_in_any_order() -> None:
    readings = [reading(date(2025, 4, 11), 14_000), reading(date(2025, 1, 1), 10_000),
                reading(date(2025, 2, 15), 11_800)]  # fmt: skip
    est = estimate_daily_km(readings)
    assert est.km_per_day == Decimal("40.00")  # 4000 km in 100 days
    assert [r.on for r in est.readings_used] == [date(2025, 1, 1), date(2025, 2, 15),
                                                 date(2025, 4, 11)]  # fmt: skip
    assert est.newest_on == date(2025, 4, 11)
    assert est.from_purchase is False


def test_backwards_reading_is_refused_by_default() -> None:
    readings = [reading(date(2025, 1, 1), 10_000), reading(date(2025, 2, 1), 9_500)]
    with pytest.raises(InvalidComponent, match="below 10000 km") as caught:
        estimate_daily_km(readings)
    assert caught.value.field == "km"


def test_backwards_reading_is_ignored_when_policy_says_so() -> None:
    readings = [reading(date(2025, 1, 1), 10_000), reading(date(2025, 2, 1), 9_500),
                reading(date(2025, 3, 1), 12_950)]  # fmt: skip
    est = estimate_daily_km(readings, policy=IGNORE)
    assert est.km_per_day == Decimal("50.00")  # 2950 km / 59 days
    assert est.ignored == (reading(date(2025, 2, 1), 9_500),)
    assert "1 backwards reading(s) ignored" in est.basis


def test_single_reading_uses_zero_km_at_purchase() -> None:
    est = estimate_daily_km([reading(date(2025, 3, 1), 1_500)], purchased_on=date(2025, 1, 1))
    assert est.km_per_day == Decimal("25.42")  # 1500 / 59
    assert est.from_purchase is True


def test_single_reading_without_purchase_date_gives_no_average() -> None:
    est = estimate_daily_km([reading(date(2025, 3, 1), 1_500)])
    assert est.km_per_day is None
    assert est.newest_on == date(2025, 3, 1)


def test_same_day_readings_count_once_with_the_highest() -> None:
    readings = [reading(date(2025, 3, 1), 1_500), reading(date(2025, 3, 1), 1_520)]
    assert estimate_daily_km(readings).km_per_day is None
    assert estimate_daily_km(readings).newest == reading(date(2025, 3, 1), 1_520)


def test_no_readings() -> None:
    assert estimate_daily_km([]).km_per_day is None


def test_readings_of_two_vehicles_are_refused() -> None:
    with pytest.raises(InvalidComponent) as caught:
        estimate_daily_km([reading(date(2025, 1, 1), 1), reading(date(2025, 2, 1), 2, VIN2)])
    assert caught.value.field == "vin"


# --------------------------------------------------------------------------- service due


def test_first_service_three_months_after_purchase() -> None:
    due = next_service_due(car(purchased_on=date(2025, 1, 15)), [], as_of=date(2025, 2, 1))
    assert due.due_on == date(2025, 4, 15)
    assert due.basis is ServiceDueBasis.TIME
    assert due.first_service is True
    assert due.target_km == 3000
    assert due.low_confidence is False


def test_first_service_at_3000_km_when_driven_hard() -> None:
    # 2400 km in 30 days since purchase: 80 km/day, 600 km left -> 8 more days.
    due = next_service_due(
        car(purchased_on=date(2025, 1, 15)),
        [],
        [reading(date(2025, 2, 14), 2_400)],
        as_of=date(2025, 2, 15),
    )
    assert due.due_on == date(2025, 2, 22)
    assert due.basis is ServiceDueBasis.MILEAGE
    assert due.mileage_due_on == date(2025, 2, 22)
    assert due.time_due_on == date(2025, 4, 15)
    assert due.newest_reading_on == date(2025, 2, 14)
    assert due.reading_age_days == 1


def test_routine_service_six_months_after_the_last_maintenance() -> None:
    wo = maintenance(date(2025, 3, 1), 10_000)
    due = next_service_due(car(purchased_on=date(2023, 5, 1)), [wo],
                           [reading(date(2025, 4, 1), 10_310)], as_of=date(2025, 4, 2))  # fmt: skip
    assert due.due_on == date(2025, 9, 1)
    assert due.basis is ServiceDueBasis.TIME
    assert due.first_service is False
    assert (due.last_service_on, due.last_service_km, due.target_km) == (
        date(2025, 3, 1), 10_000, 15_000,
    )  # fmt: skip
    assert due.daily_km is not None
    assert due.daily_km.km_per_day == Decimal("10.00")  # 310 km / 31 days
    assert "interval_km=5000" in due.rule


def test_routine_service_by_mileage_when_driven_hard() -> None:
    wo = maintenance(date(2025, 6, 2), 12_000)
    due = next_service_due(
        car(purchased_on=date(2024, 3, 18)),
        [wo],
        [reading(date(2025, 7, 2), 13_500)],
        as_of=date(2025, 7, 10),
    )
    # 50 km/day; 3500 km to go from 2 Jul -> 70 days.
    assert due.due_on == date(2025, 9, 10)
    assert due.basis is ServiceDueBasis.MILEAGE


def test_target_already_passed_is_due_on_the_reading_that_passed_it() -> None:
    wo = maintenance(date(2025, 1, 10), 20_000)
    readings = [reading(date(2025, 3, 1), 24_000), reading(date(2025, 4, 1), 25_600)]
    due = next_service_due(car(), [wo], readings, as_of=date(2025, 4, 5))
    assert due.due_on == date(2025, 4, 1)
    assert due.basis is ServiceDueBasis.MILEAGE


def test_six_months_after_31_august_is_end_of_february() -> None:
    due = next_service_due(car(), [maintenance(date(2025, 8, 31), None)], as_of=date(2025, 9, 1))
    assert due.due_on == date(2026, 2, 28)
    assert due.target_km is None  # no km on the visit: time only


def test_explicit_next_maintenance_date_wins() -> None:
    vehicle = car(purchased_on=date(2024, 3, 18), next_maintenance_on=date(2025, 12, 20))
    due = next_service_due(
        vehicle,
        [maintenance(date(2025, 6, 2), 12_000)],
        [reading(date(2025, 7, 2), 13_500)],
        as_of=date(2025, 7, 10),
    )
    assert due.due_on == date(2025, 12, 20)
    assert due.basis is ServiceDueBasis.EXPLICIT


def test_explicit_date_already_served_by_a_later_visit_is_ignored() -> None:
    vehicle = car(next_maintenance_on=date(2025, 6, 1))
    due = next_service_due(vehicle, [maintenance(date(2025, 6, 2), None)], as_of=date(2025, 7, 1))
    assert due.basis is ServiceDueBasis.TIME
    assert due.due_on == date(2025, 12, 2)


def test_first_maintenance_date_on_the_vehicle_counts_as_last_service() -> None:
    vehicle = car(purchased_on=date(2025, 1, 5), first_maintenance_on=date(2025, 4, 3))
    due = next_service_due(vehicle, [], as_of=date(2025, 5, 1))
    assert due.first_service is False
    assert due.due_on == date(2025, 10, 3)


def test_stale_reading_marks_the_prediction_low_confidence() -> None:
    wo = maintenance(date(2025, 1, 10), 20_000)
    due = next_service_due(car(), [wo], [reading(date(2025, 2, 9), 21_500)],
                           as_of=date(2025, 8, 20))  # fmt: skip
    assert due.reading_age_days == 192
    assert due.low_confidence is True
    assert any("low confidence" in line for line in due.evidence)
    fresh = next_service_due(car(), [wo], [reading(date(2025, 2, 9), 21_500)],
                             as_of=date(2025, 8, 7))  # fmt: skip
    assert fresh.reading_age_days == 179
    assert fresh.low_confidence is False


def test_records_after_as_of_are_not_used() -> None:
    early = maintenance(date(2025, 1, 10), 20_000, "WO1")
    later = maintenance(date(2025, 6, 10), 25_000, "WO2")
    due = next_service_due(car(), [early, later], as_of=date(2025, 3, 1))
    assert due.last_service_on == date(2025, 1, 10)


def test_nothing_to_count_from_is_refused_naming_purchased_on() -> None:
    with pytest.raises(InvalidComponent) as caught:
        next_service_due(car(), [], as_of=date(2025, 3, 1))
    assert caught.value.field == "purchased_on"


def test_policy_values_are_validated() -> None:
    with pytest.raises(PolicyError) as caught:
        ServicePolicy(backwards_readings="drop")  # type: ignore[arg-type]
    assert caught.value.field == "backwards_readings"
    with pytest.raises(PolicyError):
        ServicePolicy(interval_km=0)


# --------------------------------------------------------------------------- due_reminders


def owner(**kwargs: object) -> Customer:
    return Customer(number="C000001", name="王建国", mobile="13800138000", **kwargs)  # type: ignore[arg-type]


def kinds(reminders: tuple[object, ...]) -> list[str]:
    return [r.kind.value for r in reminders]  # type: ignore[attr-defined]


def test_insurance_renewal_lists_next_months_expiries() -> None:
    vehicles = [
        car(insurance_renewal_on=date(2025, 6, 14), insurer="中国人保"),
        attrs.evolve(car(), vin=VIN2, insurance_renewal_on=date(2025, 8, 1)),
    ]
    snap = Snapshot(customers=[owner()], vehicles=vehicles)
    (found,) = due_reminders(snap, as_of=date(2025, 5, 20))
    assert found.kind is ReminderKind.INSURANCE_RENEWAL
    assert (found.vin, found.due_on, found.contact_on) == (
        VIN,
        date(2025, 6, 14),
        date(2025, 5, 20),
    )
    assert "中国人保" in found.reason
    # On 1 July the 1 August expiry is next month's: listed; the June one has passed.
    assert [(r.vin, r.due_on) for r in due_reminders(snap, as_of=date(2025, 7, 1))] == [
        (VIN2, date(2025, 8, 1))
    ]


def test_insurance_expiring_later_this_month_is_not_lost_between_two_lists() -> None:
    # Expiring in 4 days, "this month": next month's list never held it, and it must
    # be on today's.
    snap = Snapshot(
        customers=[owner()],
        vehicles=[
            car(insurance_renewal_on=date(2025, 5, 24)),
            attrs.evolve(car(), vin=VIN2, insurance_renewal_on=date(2025, 5, 19)),
        ],
    )
    found = due_reminders(snap, as_of=date(2025, 5, 20))
    assert [(r.kind, r.vin, r.due_on, r.priority) for r in found] == [
        (ReminderKind.INSURANCE_RENEWAL, VIN, date(2025, 5, 24), 2)
    ]
    # On the day of expiry it is still listed; the policy that expired yesterday is not.
    assert [r.vin for r in due_reminders(snap, as_of=date(2025, 5, 24))] == [VIN]


def test_insurance_renewal_list_ends_with_next_month() -> None:
    snap = Snapshot(customers=[owner()], vehicles=[car(insurance_renewal_on=date(2026, 3, 1))])
    # On 31 January the list runs to 28 February; from 1 February, to 31 March.
    assert due_reminders(snap, as_of=date(2026, 1, 31), policy=NO_HOLIDAYS) == ()
    listed = due_reminders(snap, as_of=date(2026, 2, 1), policy=NO_HOLIDAYS)
    assert [r.due_on for r in listed] == [date(2026, 3, 1)]


def test_leap_day_birthday_is_28_february_in_common_years() -> None:
    snap = Snapshot(customers=[owner(birth_date=date(1980, 2, 29))])
    (found,) = due_reminders(snap, as_of=date(2025, 2, 10))
    assert found.kind is ReminderKind.BIRTHDAY
    assert found.due_on == date(2025, 2, 28)
    assert found.vin is None
    (leap,) = due_reminders(snap, as_of=date(2028, 2, 10))
    assert leap.due_on == date(2028, 2, 29)


def test_leap_day_birthday_on_1_march_when_configured() -> None:
    snap = Snapshot(customers=[owner(birth_date=date(1980, 2, 29))])
    policy = ServicePolicy(leap_day_birthdays="mar1")
    (found,) = due_reminders(snap, as_of=date(2025, 2, 10), policy=policy)
    assert found.due_on == date(2025, 3, 1)


def test_birthday_in_the_national_day_holiday_is_contacted_before_it() -> None:
    snap = Snapshot(customers=[owner(birth_date=date(1985, 10, 3))])
    (found,) = due_reminders(snap, as_of=date(2025, 9, 20), policy=NO_HOLIDAYS)
    assert found.due_on == date(2025, 10, 3)
    assert found.contact_on == date(2025, 9, 30)


def test_birthday_outside_the_horizon_is_not_listed() -> None:
    snap = Snapshot(customers=[owner(birth_date=date(1985, 10, 3))])
    assert due_reminders(snap, as_of=date(2025, 8, 20)) == ()
    assert len(due_reminders(snap, as_of=date(2025, 8, 20), horizon=60, policy=NO_HOLIDAYS)) == 1


def test_purchase_anniversary_warranty_and_annual_inspection() -> None:
    vehicle = car(
        purchased_on=date(2022, 7, 8),
        warranty_expires_on=date(2025, 7, 31),
        annual_inspection_on=date(2025, 6, 20),
        next_maintenance_on=date(2025, 9, 1),
    )
    snap = Snapshot(customers=[owner()], vehicles=[vehicle])
    found = due_reminders(snap, as_of=date(2025, 7, 1))
    assert kinds(found) == ["annual_inspection", "purchase_anniversary", "warranty_expiry"]
    inspection, anniversary, warranty = found
    assert "overdue since 2025-06-20" in inspection.reason
    assert inspection.contact_on == date(2025, 7, 1)
    assert anniversary.due_on == date(2025, 7, 8)
    assert "3 year(s)" in anniversary.reason
    assert warranty.due_on == date(2025, 7, 31)


def test_maintenance_reminder_for_first_service_due() -> None:
    snap = Snapshot(customers=[owner()], vehicles=[car(purchased_on=date(2025, 1, 15))])
    (found,) = due_reminders(snap, as_of=date(2025, 4, 1))
    assert found.kind is ReminderKind.MAINTENANCE
    assert found.due_on == date(2025, 4, 15)
    assert "first maintenance" in found.reason
    assert found.contact_on == date(2025, 4, 15)  # a Tuesday


def test_vehicle_with_a_booked_appointment_gets_no_maintenance_reminder() -> None:
    booking = Appointment(number="YY1", customer_number="C000001", vin=VIN, kind="passive",
                          booked_at=datetime(2025, 3, 30, 10, tzinfo=CHINA_TZ),
                          slot=datetime(2025, 4, 10, 9, tzinfo=CHINA_TZ))  # fmt: skip
    snap = Snapshot(customers=[owner()], vehicles=[car(purchased_on=date(2025, 1, 15))],
                    appointments=[booking])  # fmt: skip
    assert due_reminders(snap, as_of=date(2025, 4, 1)) == ()


def test_vehicle_with_nothing_to_count_from_is_skipped() -> None:
    snap = Snapshot(customers=[owner()], vehicles=[car()])
    assert due_reminders(snap, as_of=date(2025, 4, 1)) == ()


def test_opted_out_customers_get_no_reminders() -> None:
    vehicle = car(purchased_on=date(2025, 1, 15))
    opted = owner(birth_date=date(1980, 4, 2),
                  opt_outs=[OptOut(ContactPurpose.REMINDERS, reason="客户要求")])  # fmt: skip
    assert due_reminders(Snapshot(customers=[opted], vehicles=[vehicle]),
                         as_of=date(2025, 4, 1)) == ()  # fmt: skip
    marketing_only = owner(opt_outs=[OptOut("marketing", reason="不要活动")])
    found = due_reminders(Snapshot(customers=[marketing_only], vehicles=[vehicle]),
                          as_of=date(2025, 4, 1))  # fmt: skip
    assert kinds(found) == ["maintenance"]


def test_anonymised_and_unknown_owners_get_nothing() -> None:
    vehicle = car(purchased_on=date(2025, 1, 15))
    anonymised = owner(anonymised=True)
    assert due_reminders(Snapshot(customers=[anonymised], vehicles=[vehicle]),
                         as_of=date(2025, 4, 1)) == ()  # fmt: skip
    assert due_reminders(Snapshot(vehicles=[vehicle]), as_of=date(2025, 4, 1)) == ()


def test_campaign_invitations_go_to_targeted_vehicles_without_marketing_opt_out() -> None:
    campaign = Campaign(name="夏季空调免费检测", starts_on=date(2025, 6, 1),
                        ends_on=date(2025, 6, 30), models={"速腾 1.4T"})  # fmt: skip
    target = car(model="速腾 1.4T")
    other = Vehicle(vin=VIN2, customer_number="C000002", model="雅阁")
    snap = Snapshot(customers=[owner(), Customer(number="C000002", name="李四")],
                    vehicles=[target, other])  # fmt: skip
    (found,) = due_reminders(snap, as_of=date(2025, 5, 20), campaigns=[campaign])
    assert found.kind is ReminderKind.CAMPAIGN
    assert (found.vin, found.due_on, found.contact_on) == (VIN, date(2025, 6, 1), date(2025, 5, 20))
    assert "夏季空调免费检测" in found.reason
    # Too early (more than the horizon before the start) and after the end: nothing.
    assert due_reminders(snap, as_of=date(2025, 4, 20), campaigns=[campaign]) == ()
    assert due_reminders(snap, as_of=date(2025, 7, 1), campaigns=[campaign]) == ()
    opted = Snapshot(customers=[owner(opt_outs=[OptOut("marketing", reason="不要活动")])],
                     vehicles=[target])  # fmt: skip
    assert due_reminders(opted, as_of=date(2025, 5, 20), campaigns=[campaign]) == ()


def test_campaign_can_target_by_service_history() -> None:
    campaign = Campaign(name="钣喷客户回馈", starts_on=date(2025, 6, 1), ends_on=date(2025, 6, 30),
                        service_types=["钣喷"])  # fmt: skip
    body = maintenance(date(2025, 1, 5), None, "WO9", VIN, ServiceType.BODY_PAINT)
    snap = Snapshot(customers=[owner()], vehicles=[car()], work_orders=[body])
    assert kinds(due_reminders(snap, as_of=date(2025, 6, 3), campaigns=[campaign])) == ["campaign"]
    plain = Snapshot(customers=[owner()], vehicles=[car()])
    assert due_reminders(plain, as_of=date(2025, 6, 3), campaigns=[campaign]) == ()


def test_campaign_must_end_after_it_starts() -> None:
    with pytest.raises(InvalidComponent) as caught:
        Campaign(name="x", starts_on=date(2025, 6, 2), ends_on=date(2025, 6, 1))
    assert caught.value.field == "ends_on"


def test_negative_horizon_is_refused() -> None:
    with pytest.raises(InvalidComponent) as caught:
        due_reminders(Snapshot(), as_of=date(2025, 6, 1), horizon=-1)
    assert caught.value.field == "horizon"


# --------------------------------------------------------------------------- ranking


def test_reminders_rank_overdue_first_then_this_week_then_later() -> None:
    overdue = car(annual_inspection_on=date(2025, 6, 20))
    soon = Vehicle(vin=VIN2, customer_number="C000001", warranty_expires_on=date(2025, 7, 4))
    snap = Snapshot(customers=[owner(birth_date=date(1980, 7, 25))], vehicles=[overdue, soon])
    found = due_reminders(snap, as_of=date(2025, 7, 1))
    assert [(r.kind.value, r.priority) for r in found] == [
        ("annual_inspection", 1), ("warranty_expiry", 2), ("birthday", 3),
    ]  # fmt: skip
    assert all(r.reason for r in found)


def test_low_confidence_predictions_come_last_within_their_priority() -> None:
    # Both maintenances overdue (priority 1); the stale one is due earlier but its
    # newest reading is 188 days old (> 180): low confidence, listed after the other.
    fresh = car(purchased_on=date(2024, 1, 1))
    stale = Vehicle(vin=VIN2, customer_number="C000001", purchased_on=date(2024, 1, 1))
    snap = Snapshot(
        customers=[owner()], vehicles=[fresh, stale],
        work_orders=[maintenance(date(2024, 12, 25), 10_000, "WO1"),
                     maintenance(date(2024, 12, 20), 10_000, "WO2", vin=VIN2)],
        readings=[reading(date(2025, 6, 25), 12_000),
                  reading(date(2024, 12, 25), 10_100, vin=VIN2)],
    )  # fmt: skip
    found = due_reminders(snap, as_of=date(2025, 7, 1), policy=NO_HOLIDAYS)
    assert [(r.vin, r.due_on, r.priority, r.low_confidence) for r in found] == [
        (VIN, date(2025, 6, 25), 1, False),
        (VIN2, date(2025, 6, 20), 1, True),
    ]


# --------------------------------------------------------------------------- pressure


def test_every_reminder_kind_leaves_off_a_customer_already_booked() -> None:
    booked = Appointment(
        number="YY1", customer_number="C000001", kind="passive",
        booked_at=datetime(2025, 6, 28, 9, tzinfo=CHINA_TZ),
        slot=datetime(2025, 7, 10, 9, tzinfo=CHINA_TZ),
    )  # fmt: skip
    vehicle = car(annual_inspection_on=date(2025, 7, 5))
    snap = Snapshot(customers=[owner(birth_date=date(1980, 7, 6))], vehicles=[vehicle],
                    appointments=[booked])  # fmt: skip
    report = due_reminders_report(snap, as_of=date(2025, 7, 1))
    assert report.reminders == ()
    assert sorted(x.reminder.kind.value for x in report.left_off) == [
        "annual_inspection", "birthday",
    ]  # fmt: skip
    assert {x.pressure.kind for x in report.left_off} == {PressureKind.BOOKED}
    assert report.left_off[0].reason == "already booked: appointment YY1 on 2025-07-10"


def test_a_customer_called_this_week_gets_no_reminder_call() -> None:
    called = FollowUp(
        number="WO9-3DC", kind="3dc", customer_number="C000001", work_order_number="WO9",
        earliest=date(2025, 6, 27), due=date(2025, 6, 30), latest=date(2025, 6, 30),
        status="completed",
        attempts=[CallAttempt(datetime(2025, 6, 27, 10, tzinfo=CHINA_TZ), "completed")],
    )  # fmt: skip
    snap = Snapshot(customers=[owner(birth_date=date(1980, 7, 6))], followups=[called])
    report = due_reminders_report(snap, as_of=date(2025, 7, 1))
    assert report.reminders == ()
    (left,) = report.left_off
    assert left.pressure.kind is PressureKind.CONTACTED
    assert left.pressure.on == date(2025, 6, 27)
    # Seven days after the call the customer is back on the list.
    assert kinds(due_reminders(snap, as_of=date(2025, 7, 4))) == ["birthday"]
    no_cooldown = ServicePolicy(contact_cooldown_days=0)
    assert kinds(due_reminders(snap, as_of=date(2025, 7, 1), policy=no_cooldown)) == ["birthday"]


def test_a_phone_opt_out_of_reminders_applies_to_the_call_list() -> None:
    phone = OptOut("reminders", reason="不要电话提醒", kind="phone")
    vehicle = car(annual_inspection_on=date(2025, 7, 5))
    snap = Snapshot(customers=[owner(opt_outs=[phone])], vehicles=[vehicle])
    report = due_reminders_report(snap, as_of=date(2025, 7, 1))
    assert report.reminders == ()
    assert report.left_off[0].reason == "opted out of 提醒 calls (电话): 不要电话提醒"


# --------------------------------------------------------------------------- warranty by km


def test_warranty_ends_by_mileage_before_its_date() -> None:
    # 100 km/day, 98,000 km on 1 Jul 2025: 100,000 km reached on 21 Jul 2025.
    vehicle = car(warranty_expires_on=date(2026, 3, 1), warranty_km=100_000)
    snap = Snapshot(customers=[owner()], vehicles=[vehicle],
                    readings=[reading(date(2025, 6, 1), 95_000),
                              reading(date(2025, 7, 1), 98_000)])  # fmt: skip
    (found,) = due_reminders(snap, as_of=date(2025, 7, 1), policy=NO_HOLIDAYS)
    assert found.kind is ReminderKind.WARRANTY_EXPIRY
    assert found.due_on == date(2025, 7, 21)
    assert "100000 km" in found.reason
    assert not found.low_confidence
    # With the date first, the date wins.
    later_km = attrs.evolve(vehicle, warranty_km=200_000, warranty_expires_on=date(2025, 7, 20))
    (by_date,) = due_reminders(attrs.evolve(snap, vehicles=[later_km]), as_of=date(2025, 7, 1),
                               policy=NO_HOLIDAYS)  # fmt: skip
    assert by_date.due_on == date(2025, 7, 20)


def test_warranty_already_past_its_mileage_gives_no_reminder() -> None:
    vehicle = car(warranty_expires_on=date(2025, 7, 20), warranty_km=90_000)
    snap = Snapshot(customers=[owner()], vehicles=[vehicle],
                    readings=[reading(date(2025, 6, 1), 92_000)])  # fmt: skip
    assert due_reminders(snap, as_of=date(2025, 7, 1), policy=NO_HOLIDAYS) == ()


# --------------------------------------------------------------------------- holidays


def test_holiday_care_on_the_first_day_of_national_day_2025_names_mid_autumn_too() -> None:
    snap = Snapshot(customers=[owner()])
    (found,) = due_reminders(snap, as_of=date(2025, 9, 20))
    assert found.kind is ReminderKind.HOLIDAY
    assert found.vin is None
    assert found.due_on == date(2025, 10, 1)
    assert found.contact_on == date(2025, 9, 30)
    assert "国庆节 (National Day)" in found.reason
    assert "中秋节 (Mid-autumn Festival)" in found.reason


def test_holiday_care_for_spring_festival_2026_and_mid_autumn_2026() -> None:
    snap = Snapshot(customers=[owner()])
    (spring,) = due_reminders(snap, as_of=date(2026, 2, 5))
    assert (spring.due_on, spring.contact_on) == (date(2026, 2, 15), date(2026, 2, 14))
    autumn = due_reminders(snap, as_of=date(2026, 9, 20))
    assert [r.due_on for r in autumn] == [date(2026, 9, 25), date(2026, 10, 1)]
    # Labour Day is not cared for by default; the policy can add it.
    assert due_reminders(snap, as_of=date(2025, 4, 25)) == ()
    labour = ServicePolicy(holiday_care=["Labour Day"])
    assert [r.due_on for r in due_reminders(snap, as_of=date(2025, 4, 25), policy=labour)] == [
        date(2025, 5, 1)
    ]


def test_holiday_care_honours_marketing_and_reminder_opt_outs() -> None:
    for purpose in ("marketing", "reminders"):
        opted = owner(opt_outs=[OptOut(purpose, reason="勿扰")])
        report = due_reminders_report(Snapshot(customers=[opted]), as_of=date(2025, 9, 20))
        assert report.reminders == ()
        assert report.left_off[0].reminder.kind is ReminderKind.HOLIDAY
    follow_ups_only = owner(opt_outs=[OptOut("follow_ups", reason="不要回访")])
    assert len(due_reminders(Snapshot(customers=[follow_ups_only]), as_of=date(2025, 9, 20))) == 1


def test_a_calendar_without_holiday_names_gives_no_holiday_care() -> None:
    snap = Snapshot(customers=[owner()])
    assert due_reminders(snap, as_of=date(2025, 9, 20), calendar=WeekendCalendar()) == ()


# --------------------------------------------------------------------------- bad input


def test_estimate_daily_km_refuses_what_is_not_readings() -> None:
    for bad in (None, 42, "LFV2A21K3D3109826"):
        with pytest.raises(InvalidFormat) as info:
            estimate_daily_km(bad)  # type: ignore[arg-type]
        assert info.value.field == "readings"
    with pytest.raises(InvalidFormat) as info:
        estimate_daily_km([reading(date(2025, 1, 1), 100), "13500 km"])  # type: ignore[list-item]
    assert info.value.field == "readings[1]"


@pytest.mark.parametrize("bad", ["2025-07-01", datetime(2025, 7, 1, 9), None])
def test_next_service_due_and_due_reminders_refuse_a_bad_as_of(bad: object) -> None:
    vehicle = car(purchased_on=date(2025, 1, 1))
    with pytest.raises(InvalidFormat) as info:
        next_service_due(vehicle, [], as_of=bad)  # type: ignore[arg-type]
    assert info.value.field == "as_of"
    with pytest.raises(InvalidFormat) as info:
        due_reminders(Snapshot(), as_of=bad)  # type: ignore[arg-type]
    assert info.value.field == "as_of"


def test_due_reminders_refuses_what_is_not_a_snapshot() -> None:
    with pytest.raises(InvalidFormat) as info:
        due_reminders([owner()], as_of=date(2025, 7, 1))  # type: ignore[arg-type]
    assert info.value.field == "snapshot"


def test_a_birthday_is_taken_from_the_resident_id_when_none_is_recorded() -> None:
    from autocrm.domain import Customer, Snapshot
    from autocrm.rules.reminder_kinds import ReminderKind
    from autocrm.rules.reminders import due_reminders

    wang = Customer(number="C000001", name="王建国", resident_id="11010519491231002X")
    assert wang.birth_date is None
    found = due_reminders(
        Snapshot(customers=[wang]), as_of=date(2026, 12, 20), horizon=14, calendar=WeekendCalendar()
    )
    birthdays = [(r.customer_number, r.due_on) for r in found if r.kind is ReminderKind.BIRTHDAY]
    assert birthdays == [("C000001", date(2026, 12, 31))]


def test_a_birthday_list_skips_the_maintenance_prediction() -> None:
    # The backwards reading would stop the full list (policy "refuse"); a birthday list
    # does not predict mileage at all, so it neither pays for it nor stops at it.
    wang = Customer(number="C1", name="王建国", birth_date=date(1980, 2, 29))
    car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1", purchased_on=date(2024, 3, 18))
    readings = [
        OdometerReading(car.vin, date(2024, 9, 1), 9_000),
        OdometerReading(car.vin, date(2024, 10, 1), 8_000),
    ]
    snap = Snapshot(customers=[wang], vehicles=[car], readings=readings)
    with pytest.raises(InvalidComponent, match="km: reading of 8000 km"):
        due_reminders(snap, as_of=date(2025, 2, 10))
    birthdays = due_reminders(snap, as_of=date(2025, 2, 10), kinds=["birthday"])
    assert [(r.kind, r.due_on) for r in birthdays] == [(ReminderKind.BIRTHDAY, date(2025, 2, 28))]


def test_an_unknown_reminder_kind_is_refused() -> None:
    with pytest.raises(InvalidComponent, match="kinds: 'oil change' is not a reminder kind"):
        due_reminders(Snapshot(), as_of=date(2025, 2, 10), kinds=["oil change"])
    with pytest.raises(InvalidFormat, match="kinds: expected a collection"):
        due_reminders(Snapshot(), as_of=date(2025, 2, 10), kinds="birthday")


# --------------------------------------------------------------------------- mileage reached


def test_the_day_a_mileage_is_reached_is_rounded_up() -> None:
    # 1,000 km in 3 days from purchase: 333.33 km/day; 2,000 km more is 6.00006 days,
    # so the first maintenance at 3,000 km falls on the 7th day after the reading.
    vehicle = car(purchased_on=date(2025, 1, 1))
    due = next_service_due(vehicle, [], [reading(date(2025, 1, 4), 1_000)], as_of=date(2025, 1, 5))
    assert due.daily_km is not None
    assert due.daily_km.km_per_day == Decimal("333.33")
    assert (due.due_on, due.basis) == (date(2025, 1, 11), ServiceDueBasis.MILEAGE)


def test_the_average_is_rounded_half_up_to_the_hundredth() -> None:
    # 2,005 km in 8 days is 250.625 km/day: 250.63, and 25,063 km more take exactly 100
    # days (at 250.62 it would be 100.004 days, so 101).
    daily = estimate_daily_km([reading(date(2025, 1, 9), 2_005)], purchased_on=date(2025, 1, 1))
    assert daily.km_per_day == Decimal("250.63")
    assert daily.day_reaching(2_005 + 25_063) == date(2025, 4, 19)


def test_a_mileage_beyond_the_calendar_is_never_reached() -> None:
    # 0.01 km a day: 60,000 km would be reached after the year 9999 (an OverflowError
    # escaped the warranty reminder before).
    vehicle = car(purchased_on=date(2024, 1, 1), warranty_km=60_000,
                  warranty_expires_on=date(2025, 3, 1))  # fmt: skip
    readings = [reading(date(2024, 1, 1), 0), reading(date(2024, 4, 10), 1)]
    snapshot = Snapshot(
        customers=[Customer(number="C000001", name="王建国")], vehicles=[vehicle],
        readings=readings,
    )  # fmt: skip
    found = due_reminders(snapshot, as_of=date(2025, 2, 10), kinds=["warranty_expiry"])
    assert [(r.due_on, r.reason) for r in found] == [
        (date(2025, 3, 1), "manufacturer warranty ends 2025-03-01")
    ]
