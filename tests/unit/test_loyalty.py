"""Named cases for autocrm.rules.loyalty (seed 002: routine maintenance after the first)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from autocrm.domain import (
    CHINA_TZ,
    Customer,
    LoyaltyClass,
    OdometerReading,
    Vehicle,
    WorkOrder,
)
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.loyalty import LoyaltyPolicy, classify_loyalty
from autocrm.rules.service_policy import ServicePolicy

VIN = "LFV2A21K3D3109826"
VIN2 = "1HGCM82633A004352"
WANG = Customer(number="C000001", name="王建国", mobile="13800138000")


def car(vin: str = VIN, **kwargs: object) -> Vehicle:
    return Vehicle(vin=vin, customer_number="C000001", plate="京A12345", **kwargs)  # type: ignore[arg-type]


def visit(number: str, day: date, *types: str, vin: str = VIN) -> WorkOrder:
    return WorkOrder(
        number,
        customer_number="C000001",
        vin=vin,
        opened_at=datetime(day.year, day.month, day.day, 9, 30, tzinfo=CHINA_TZ),
        service_types=types or ["保养"],
    )


FIRST = car(first_maintenance_on=date(2024, 3, 15))  # first due 2024-09-15


def test_loyal_customer_took_every_chance() -> None:
    orders = [
        visit("WO1", date(2024, 9, 20)),  # due 2024-09-15
        visit("WO2", date(2025, 3, 18)),  # due 2025-03-20
        visit("WO3", date(2025, 9, 25)),  # due 2025-09-18
    ]
    result = classify_loyalty(WANG, [FIRST], orders, as_of=date(2025, 12, 1))
    assert result.loyalty_class is LoyaltyClass.LOYAL
    assert (result.chances, result.taken, result.missed) == (3, 3, 0)
    assert [c.due_on for c in result.evidence] == [
        date(2024, 9, 15),
        date(2025, 3, 20),
        date(2025, 9, 18),
    ]
    assert [c.work_order_number for c in result.evidence] == ["WO1", "WO2", "WO3"]
    assert result.first_maintenance_on == date(2024, 3, 15)
    assert result.last_visit_on == date(2025, 9, 25)
    assert "3 of 3" in result.reason
    assert "30 days before" in result.reason
    assert result.reason.startswith("3 of 3 routine maintenance chances taken (")


def test_half_the_chances_taken_is_regular() -> None:
    orders = [visit("WO1", date(2024, 9, 20))]  # then 2025-03-20 missed
    result = classify_loyalty(WANG, [FIRST], orders, as_of=date(2025, 6, 1))
    assert result.loyalty_class is LoyaltyClass.REGULAR
    assert (result.chances, result.taken) == (2, 1)
    assert result.evidence[1].due_on == date(2025, 3, 20)
    assert not result.evidence[1].taken


def test_schedule_goes_on_from_a_missed_due_date() -> None:
    orders = [visit("WO1", date(2024, 9, 20)), visit("WO2", date(2025, 9, 25))]
    result = classify_loyalty(WANG, [FIRST], orders, as_of=date(2025, 12, 1))
    # 2024-09-15 taken, 2025-03-20 missed, 2025-09-20 (from the missed date) taken
    assert [(c.due_on, c.taken) for c in result.evidence] == [
        (date(2024, 9, 15), True),
        (date(2025, 3, 20), False),
        (date(2025, 9, 20), True),
    ]
    assert result.loyalty_class is LoyaltyClass.REGULAR


def test_one_of_three_is_occasional_and_repairs_do_not_take_chances() -> None:
    first = car(first_maintenance_on=date(2023, 1, 10))
    orders = [
        visit("WO1", date(2023, 7, 12)),  # due 2023-07-10: taken
        visit("WO2", date(2024, 1, 15), "小修"),  # a repair near due 2024-01-12
        visit("WO3", date(2024, 10, 1), "钣喷"),  # keeps him from being lost
    ]
    result = classify_loyalty(WANG, [first], orders, as_of=date(2024, 12, 1))
    assert (result.chances, result.taken) == (3, 1)
    assert result.loyalty_class is LoyaltyClass.OCCASIONAL
    assert result.last_visit_on == date(2024, 10, 1)


def test_no_chance_taken_is_defected() -> None:
    result = classify_loyalty(WANG, [FIRST], [], as_of=date(2024, 11, 1))
    assert result.loyalty_class is LoyaltyClass.DEFECTED
    assert (result.chances, result.taken) == (1, 0)


def test_one_year_without_a_visit_is_lost() -> None:
    # The first maintenance on 2024-03-15 is his last visit.
    at_one_year = classify_loyalty(WANG, [FIRST], [], as_of=date(2025, 3, 15))
    assert at_one_year.loyalty_class is LoyaltyClass.DEFECTED
    past_one_year = classify_loyalty(WANG, [FIRST], [], as_of=date(2025, 3, 16))
    assert past_one_year.loyalty_class is LoyaltyClass.LOST
    assert past_one_year.chances == 1  # the evidence is still there
    assert "流失" in past_one_year.reason


def test_lost_threshold_comes_from_churn_policy() -> None:
    result = classify_loyalty(
        WANG, [FIRST], [], as_of=date(2025, 3, 16), churn_policy=ChurnPolicy(lost_after_days=540)
    )
    assert result.loyalty_class is LoyaltyClass.DEFECTED


def test_before_the_first_due_date_the_customer_is_new() -> None:
    result = classify_loyalty(WANG, [FIRST], [], as_of=date(2024, 9, 1))
    assert result.loyalty_class is LoyaltyClass.NEW
    assert result.chances == 0
    assert result.evidence == ()


def test_without_a_first_maintenance_the_customer_is_new() -> None:
    bought = car(purchased_on=date(2024, 3, 1), is_new_car_sale=True)
    result = classify_loyalty(WANG, [bought], [], as_of=date(2024, 12, 1))
    assert result.loyalty_class is LoyaltyClass.NEW
    assert result.first_maintenance_on is None


def test_open_window_not_yet_taken_is_pending_and_not_counted() -> None:
    result = classify_loyalty(WANG, [FIRST], [], as_of=date(2024, 10, 1))
    assert result.loyalty_class is LoyaltyClass.NEW
    assert result.chances == 0
    (pending,) = result.evidence
    assert pending.pending
    assert (pending.opens_on, pending.closes_on) == (date(2024, 8, 16), date(2024, 10, 15))


def test_chance_taken_a_few_days_early_counts_before_its_due_date() -> None:
    orders = [visit("WO1", date(2024, 9, 1))]
    result = classify_loyalty(WANG, [FIRST], orders, as_of=date(2024, 9, 5))
    assert (result.chances, result.taken) == (1, 1)
    assert result.loyalty_class is LoyaltyClass.LOYAL


@pytest.mark.parametrize(
    ("day", "taken"),
    [
        (date(2024, 8, 16), True),  # 30 days before the due date
        (date(2024, 10, 15), True),  # 30 days after
        (date(2024, 10, 16), False),  # 31 days after: late
    ],
)
def test_due_window_is_thirty_days_either_side(day: date, taken: bool) -> None:
    result = classify_loyalty(WANG, [FIRST], [visit("WO1", day)], as_of=date(2024, 12, 1))
    assert result.evidence[0].due_on == date(2024, 9, 15)
    assert result.evidence[0].taken is taken


def test_maintenance_before_the_window_restarts_the_schedule() -> None:
    orders = [visit("WO1", date(2024, 8, 15))]  # 31 days before 2024-09-15
    result = classify_loyalty(WANG, [FIRST], orders, as_of=date(2024, 12, 1))
    assert result.chances == 0
    assert result.loyalty_class is LoyaltyClass.NEW
    later = classify_loyalty(WANG, [FIRST], orders, as_of=date(2025, 4, 1))
    assert [c.due_on for c in later.evidence] == [date(2025, 2, 15)]


def test_wider_window_from_policy() -> None:
    orders = [visit("WO1", date(2024, 8, 15))]
    policy = LoyaltyPolicy(window_days_before=45)
    result = classify_loyalty(WANG, [FIRST], orders, as_of=date(2024, 12, 1), policy=policy)
    assert (result.chances, result.taken) == (1, 1)


def test_km_interval_comes_first_for_a_high_mileage_car() -> None:
    readings = [
        OdometerReading(VIN, date(2024, 3, 15), 10_000),
        OdometerReading(VIN, date(2024, 5, 14), 13_000),  # 50 km a day
    ]
    orders = [visit("WO1", date(2024, 6, 25))]
    result = classify_loyalty(WANG, [FIRST], orders, readings, as_of=date(2024, 7, 1))
    (chance,) = result.evidence
    assert chance.due_on == date(2024, 6, 23)  # 5,000 km in 100 days
    assert chance.basis == "km"
    assert chance.taken


def test_service_policy_interval_changes_due_dates() -> None:
    result = classify_loyalty(
        WANG,
        [FIRST],
        [],
        as_of=date(2024, 12, 1),
        service_policy=ServicePolicy(interval_months=3),
    )
    assert [c.due_on for c in result.evidence] == [date(2024, 6, 15), date(2024, 9, 15)]
    assert result.evidence[0].basis == "months"


def test_first_maintenance_work_order_starts_the_schedule() -> None:
    orders = [visit("WO1", date(2024, 3, 15), "首保"), visit("WO2", date(2024, 9, 10))]
    result = classify_loyalty(WANG, [car()], orders, as_of=date(2024, 12, 1))
    assert result.first_maintenance_on == date(2024, 3, 15)
    assert (result.chances, result.taken) == (1, 1)


def test_first_maintenance_done_elsewhere_starts_at_first_maintenance_here() -> None:
    orders = [visit("WO1", date(2024, 5, 2)), visit("WO2", date(2024, 11, 20))]
    result = classify_loyalty(WANG, [car()], orders, as_of=date(2024, 12, 1))
    assert result.first_maintenance_on == date(2024, 5, 2)
    assert [(c.due_on, c.taken) for c in result.evidence] == [(date(2024, 11, 2), True)]


def test_chances_of_all_cars_count_together() -> None:
    second = car(VIN2, first_maintenance_on=date(2024, 3, 15))
    orders = [visit("WO1", date(2024, 9, 20))]  # only the first car came back
    result = classify_loyalty(WANG, [FIRST, second], orders, as_of=date(2024, 11, 1))
    assert (result.chances, result.taken) == (2, 1)
    assert {c.vin for c in result.evidence} == {VIN, VIN2}
    assert result.loyalty_class is LoyaltyClass.REGULAR


def test_visits_after_as_of_are_not_seen() -> None:
    orders = [visit("WO1", date(2024, 9, 20))]
    result = classify_loyalty(WANG, [FIRST], orders, as_of=date(2024, 9, 19))
    assert result.taken == 0
    assert result.evidence[0].pending


def test_as_of_may_be_an_aware_datetime() -> None:
    moment = datetime(2024, 10, 31, 20, 0, tzinfo=CHINA_TZ)
    assert classify_loyalty(WANG, [FIRST], [], as_of=moment).as_of == date(2024, 10, 31)


def test_bad_input_is_refused_naming_the_field() -> None:
    with pytest.raises(InvalidFormat) as info:
        classify_loyalty(WANG, [FIRST], [], as_of=datetime(2024, 10, 1))
    assert info.value.field == "as_of"
    with pytest.raises(InvalidFormat) as info2:
        classify_loyalty(WANG, [VIN], [], as_of=date(2024, 10, 1))  # type: ignore[list-item]
    assert info2.value.field == "vehicles[0]"


def test_policy_refuses_bad_numbers() -> None:
    with pytest.raises(InvalidComponent) as info:
        LoyaltyPolicy(window_days_before=-1)
    assert info.value.field == "window_days_before"
    with pytest.raises(InvalidComponent):
        LoyaltyPolicy(regular_min_share=Decimal("1.5"))


def test_inputs_are_not_mutated() -> None:
    orders = [visit("WO1", date(2024, 9, 20))]
    cars = [FIRST]
    classify_loyalty(WANG, cars, orders, as_of=date(2025, 6, 1))
    assert orders == [visit("WO1", date(2024, 9, 20))]
    assert cars == [FIRST]


def test_a_backwards_odometer_reading_is_refused_by_default_and_ignored_on_request() -> None:
    readings = [
        OdometerReading(VIN, date(2024, 3, 15), 3_000),
        OdometerReading(VIN, date(2024, 6, 1), 12_000),
        OdometerReading(VIN, date(2024, 7, 1), 9_000),  # goes backwards
    ]
    with pytest.raises(InvalidComponent) as caught:
        classify_loyalty(WANG, [FIRST], [], readings, as_of=date(2025, 12, 1))
    assert caught.value.field == "km"
    ignoring = ServicePolicy(backwards_readings="ignore")
    result = classify_loyalty(
        WANG, [FIRST], [], readings, as_of=date(2025, 12, 1), service_policy=ignoring
    )
    # The backwards reading dropped, the car does 9,000 km in 78 days, so its chances come
    # by mileage — far more than the three six-month dates — and it has not come back
    # for more than a year: lost.
    assert result.loyalty_class is LoyaltyClass.LOST
    assert result.chances > 3
    assert result.taken == 0


def test_a_busy_car_falls_due_by_mileage_before_six_months() -> None:
    # 3,000 km on 15 Mar, 9,000 km on 15 Apr: about 194 km a day, so the next 5,000 km
    # come in under a month, long before the six-month date of 2024-09-15.
    readings = [
        OdometerReading(VIN, date(2024, 3, 15), 3_000),
        OdometerReading(VIN, date(2024, 4, 15), 9_000),
    ]
    by_km = classify_loyalty(WANG, [FIRST], [], readings, as_of=date(2024, 12, 1))
    by_months = classify_loyalty(WANG, [FIRST], [], as_of=date(2024, 12, 1))
    assert by_km.evidence[0].due_on < date(2024, 5, 1)
    assert by_months.evidence[0].due_on == date(2024, 9, 15)
