"""Big customers: seed 004's A/B/C classes with policy thresholds (SPEC §8)."""

from __future__ import annotations

import pytest

from autocrm.domain import FleetAccount, FleetClass, PurchasePlan
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.fleet import (
    FleetClassification,
    FleetPolicy,
    assign_fleet_classes,
    classify_fleet,
    classify_fleets,
)


def account(
    vehicles: int,
    *,
    influential: bool = False,
    plan: str = "none",
    number: str = "F001",
    fleet_class: str | None = None,
) -> FleetAccount:
    return FleetAccount(
        number,
        customer_number="C000009",
        name="北京某某银行",
        vehicles=vehicles,
        influential=influential,
        purchase_plan=plan,
        fleet_class=fleet_class,
    )


def test_large_influential_fleet_buying_this_year_is_core() -> None:
    result = classify_fleet(account(120, influential=True, plan="this_year"))
    assert result == FleetClassification(
        account_number="F001",
        fleet_class=FleetClass.A,
        reason="A: 120 vehicles >= 50 (a_min_vehicles), influential, plans to buy this year",
        vehicles=120,
        influential=True,
        purchase_plan=PurchasePlan.THIS_YEAR,
        policy=FleetPolicy(),
    )


def test_exactly_at_the_a_threshold_is_core() -> None:
    assert (
        classify_fleet(account(50, influential=True, plan="this_year")).fleet_class is FleetClass.A
    )
    assert (
        classify_fleet(account(49, influential=True, plan="this_year")).fleet_class is FleetClass.B
    )


def test_large_fleet_not_influential_is_key() -> None:
    result = classify_fleet(account(300, plan="this_year"))
    assert result.fleet_class is FleetClass.B
    assert result.reason == "B: 300 vehicles >= 20 (b_min_vehicles), plans to buy this year"


def test_influential_fleet_buying_in_two_years_is_key() -> None:
    result = classify_fleet(account(120, influential=True, plan="within_two_years"))
    assert result.fleet_class is FleetClass.B
    assert "within two years" in result.reason


def test_fairly_large_fleet_buying_within_two_years_is_key() -> None:
    assert classify_fleet(account(20, plan="within_two_years")).fleet_class is FleetClass.B


def test_small_fleet_is_watch_with_threshold_in_reason() -> None:
    result = classify_fleet(account(19, influential=True, plan="this_year"))
    assert result.fleet_class is FleetClass.C
    assert result.reason == "C: 19 vehicles < 20 (b_min_vehicles)"


def test_large_fleet_without_plan_is_watch() -> None:
    result = classify_fleet(account(500, influential=True))
    assert result.fleet_class is FleetClass.C
    assert result.reason == "C: no purchase plan within two years"


def test_small_fleet_without_plan_names_both_reasons() -> None:
    assert classify_fleet(account(3)).reason == (
        "C: 3 vehicles < 20 (b_min_vehicles), no purchase plan within two years"
    )


def test_thresholds_come_from_policy() -> None:
    policy = FleetPolicy(a_min_vehicles=100, b_min_vehicles=40)
    result = classify_fleet(account(80, influential=True, plan="this_year"), policy=policy)
    assert (result.fleet_class, result.policy) == (FleetClass.B, policy)
    assert "40 (b_min_vehicles)" in result.reason


def test_policy_refuses_b_above_a_and_negative_counts() -> None:
    with pytest.raises(InvalidComponent) as above:
        FleetPolicy(a_min_vehicles=10, b_min_vehicles=20)
    assert above.value.field == "b_min_vehicles"
    with pytest.raises(InvalidComponent) as negative:
        FleetPolicy(a_min_vehicles=-1, b_min_vehicles=-2)
    assert negative.value.field == "a_min_vehicles"


def test_not_an_account_is_refused() -> None:
    with pytest.raises(InvalidFormat) as info:
        classify_fleet({"vehicles": 100})  # type: ignore[arg-type]
    assert info.value.field == "account"


def test_classify_fleets_keeps_order() -> None:
    accounts = [
        account(5, number="F1"),
        account(120, influential=True, plan="this_year", number="F2"),
        account(30, plan="within_two_years", number="F3"),
    ]
    results = classify_fleets(accounts)
    assert [(r.account_number, r.fleet_class.value) for r in results] == [
        ("F1", "C"),
        ("F2", "A"),
        ("F3", "B"),
    ]
    assert classify_fleets([]) == ()


def test_assign_keeps_a_hand_set_class_and_fills_the_rest() -> None:
    accounts = [
        account(5, number="F1", fleet_class="A"),
        account(25, plan="this_year", number="F2"),
    ]
    assigned = assign_fleet_classes(accounts)
    assert [a.fleet_class for a in assigned] == [FleetClass.A, FleetClass.B]
    assert accounts[1].fleet_class is None  # inputs unchanged
