"""Named cases for autocrm.rules.membership: tiers, spend, tier changes and discounts."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from autocrm.domain import (
    CHINA_TZ,
    LoyaltyClass,
    MembershipTier,
    Payer,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import InvalidComponent, InvalidFormat, ValidationError
from autocrm.rules.membership import (
    DEFAULT_TIERS,
    MembershipPolicy,
    TierChangeKind,
    apply_discount,
    cumulative_spend,
    membership_tier,
    tier_change,
)

VIN = "LFV2A21K3D3109826"
SILVER, MEMBER = DEFAULT_TIERS


def order(
    number: str,
    day: date,
    *lines: WorkOrderLine,
    closed: bool = True,
) -> WorkOrder:
    opened = datetime(day.year, day.month, day.day, 9, 0, tzinfo=CHINA_TZ)
    return WorkOrder(
        number,
        customer_number="C000001",
        vin=VIN,
        opened_at=opened,
        closed_at=opened.replace(hour=16) if closed else None,
        service_types=["保养"],
        lines=lines,
    )


# --- tiers -----------------------------------------------------------------------


def test_default_tiers_are_the_seed_cards() -> None:
    assert (SILVER.name, SILVER.label, SILVER.discount) == ("银卡", "9折", Decimal("0.10"))
    assert (MEMBER.name, MEMBER.label, MEMBER.discount) == ("会员卡", "9.5折", Decimal("0.05"))
    assert SILVER.min_loyalty is LoyaltyClass.LOYAL
    assert MEMBER.min_loyalty is LoyaltyClass.REGULAR


def test_loyal_customer_reaching_silver_threshold_gets_silver() -> None:
    assert membership_tier(LoyaltyClass.LOYAL, Decimal("10000.00")) is SILVER


def test_loyal_customer_one_fen_below_threshold_gets_member_card() -> None:
    assert membership_tier(LoyaltyClass.LOYAL, "9999.99") is MEMBER


def test_regular_customer_never_gets_silver_whatever_the_spend() -> None:
    assert membership_tier(LoyaltyClass.REGULAR, 1_000_000) is MEMBER


@pytest.mark.parametrize(
    "loyalty",
    [LoyaltyClass.OCCASIONAL, LoyaltyClass.NEW, LoyaltyClass.DEFECTED, LoyaltyClass.LOST],
)
def test_less_than_regular_gets_no_card(loyalty: LoyaltyClass) -> None:
    assert membership_tier(loyalty, 50_000) is None


def test_shop_defined_gold_card_is_best_when_met() -> None:
    gold = MembershipTier(
        "gold", "金卡", discount="0.15", min_loyalty="loyal", min_spend="50000", rank=3
    )
    policy = MembershipPolicy(tiers=(*DEFAULT_TIERS, gold))
    assert membership_tier(LoyaltyClass.LOYAL, 60_000, policy=policy) is gold
    assert membership_tier(LoyaltyClass.LOYAL, 20_000, policy=policy) is SILVER
    assert gold.label == "8.5折"


def test_two_tiers_of_one_rank_are_refused() -> None:
    twin = MembershipTier("twin", "双卡", discount="0.02", rank=1)
    with pytest.raises(InvalidComponent, match="rank") as info:
        MembershipPolicy(tiers=(*DEFAULT_TIERS, twin))
    assert info.value.field == "tiers"


def test_membership_tier_refuses_float_and_negative_spend() -> None:
    with pytest.raises(InvalidFormat) as info:
        membership_tier(LoyaltyClass.LOYAL, 10000.0)  # type: ignore[arg-type]
    assert info.value.field == "spend"
    with pytest.raises(InvalidComponent) as info2:
        membership_tier(LoyaltyClass.LOYAL, "-1")
    assert info2.value.field == "spend"


def test_membership_tier_refuses_a_string_class() -> None:
    with pytest.raises(InvalidComponent) as info:
        membership_tier("loyal", 1)  # type: ignore[arg-type]
    assert info.value.field == "loyalty_class"


# --- cumulative spend ------------------------------------------------------------


def test_cumulative_spend_counts_only_what_the_customer_pays_by_default() -> None:
    orders = [
        order(
            "WO1",
            date(2025, 1, 6),
            WorkOrderLine("机油机滤", "420.00"),
            WorkOrderLine("钣喷", "3200.00", payer=Payer.INSURANCE),
        ),
        order("WO2", date(2025, 7, 2), WorkOrderLine("保修更换水泵", "980", payer="warranty")),
        order("WO3", date(2025, 9, 9), WorkOrderLine("四轮定位", "198.50")),
    ]
    assert cumulative_spend(orders) == Decimal("618.50")
    assert cumulative_spend(orders, payers=[Payer.SELF, Payer.INSURANCE]) == Decimal("3818.50")
    assert cumulative_spend(orders, payers=set(Payer)) == Decimal("4798.50")


def test_cumulative_spend_skips_open_work_orders() -> None:
    orders = [
        order("WO1", date(2025, 1, 6), WorkOrderLine("机油", "420")),
        order("WO2", date(2025, 1, 7), WorkOrderLine("大修", "8000"), closed=False),
    ]
    assert cumulative_spend(orders) == Decimal("420.00")


def test_cumulative_spend_since_is_inclusive_of_the_day() -> None:
    orders = [
        order("WO1", date(2025, 1, 6), WorkOrderLine("机油", "420")),
        order("WO2", date(2025, 3, 1), WorkOrderLine("刹车片", "680.35")),
    ]
    assert cumulative_spend(orders, since=date(2025, 3, 1)) == Decimal("680.35")
    assert cumulative_spend(orders, since=date(2025, 3, 2)) == Decimal("0.00")
    aware = datetime(2025, 2, 28, 20, 0, tzinfo=CHINA_TZ)
    assert cumulative_spend(orders, since=aware) == Decimal("680.35")


def test_cumulative_spend_is_exact_and_empty_is_zero() -> None:
    orders = [
        order(f"WO{i}", date(2025, 1, 1 + i), WorkOrderLine("洗车", "0.10")) for i in range(10)
    ]
    assert cumulative_spend(orders) == Decimal("1.00")
    assert cumulative_spend([]) == Decimal("0.00")


def test_cumulative_spend_refuses_naive_since_and_non_work_orders() -> None:
    with pytest.raises(InvalidFormat) as info:
        cumulative_spend([], since=datetime(2025, 1, 1))
    assert info.value.field == "since"
    with pytest.raises(InvalidFormat) as info2:
        cumulative_spend(["WO1"])  # type: ignore[list-item]
    assert info2.value.field == "work_orders[0]"


# --- tier change -------------------------------------------------------------------


def test_loyal_silver_customer_dropping_to_occasional_loses_the_card() -> None:
    change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
    assert change is not None
    assert change.kind is TierChangeKind.DOWNGRADE
    assert (change.old_tier, change.new_tier) == (SILVER, None)
    assert (change.old_class, change.new_class) == (LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL)
    assert change.spend == Decimal("15000.00")
    assert "银卡" in change.reason
    assert "无卡" in change.reason


def test_regular_member_becoming_loyal_with_spend_is_upgraded_to_silver() -> None:
    change = tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, 12_000)
    assert change is not None
    assert change.kind is TierChangeKind.UPGRADE
    assert (change.old_tier, change.new_tier) == (MEMBER, SILVER)


def test_class_change_without_card_change_is_no_event() -> None:
    assert tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, 500) is None
    assert tier_change(LoyaltyClass.NEW, LoyaltyClass.OCCASIONAL, 500) is None


def test_spend_crossing_threshold_with_old_spend_is_an_upgrade() -> None:
    change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "10500", old_spend="9500")
    assert change is not None
    assert change.kind is TierChangeKind.UPGRADE
    assert (change.old_tier, change.new_tier) == (MEMBER, SILVER)


def test_new_customer_becoming_regular_gets_first_card() -> None:
    change = tier_change(LoyaltyClass.NEW, LoyaltyClass.REGULAR, 0)
    assert change is not None
    assert (change.old_tier, change.new_tier, change.kind) == (
        None,
        MEMBER,
        TierChangeKind.UPGRADE,
    )


# --- discounts ------------------------------------------------------------------------


def test_silver_card_takes_ten_percent_rounded_half_up() -> None:
    result = apply_discount("1280.55", SILVER)
    assert (result.gross, result.discount, result.net) == (
        Decimal("1280.55"),
        Decimal("128.06"),  # 128.055 rounds half up
        Decimal("1152.49"),
    )
    assert result.rate == Decimal("0.10")
    assert result.tier_code == "silver"


def test_member_card_half_fen_rounds_up() -> None:
    result = apply_discount("99.90", MEMBER)  # 4.995 -> 5.00
    assert (result.discount, result.net) == (Decimal("5.00"), Decimal("94.90"))


def test_no_card_means_no_discount() -> None:
    result = apply_discount(1980, None)
    assert (result.gross, result.discount, result.net) == (
        Decimal("1980.00"),
        Decimal("0.00"),
        Decimal("1980.00"),
    )
    assert result.tier_code is None


def test_gross_is_taken_to_the_fen_first() -> None:
    result = apply_discount("12.345", SILVER)
    assert (result.gross, result.discount, result.net) == (
        Decimal("12.35"),
        Decimal("1.24"),
        Decimal("11.11"),
    )


def test_zero_amount_discounts_to_zero() -> None:
    result = apply_discount(0, SILVER)
    assert (result.gross, result.discount, result.net) == (Decimal("0.00"),) * 3


def test_apply_discount_refuses_float_negative_and_junk() -> None:
    with pytest.raises(InvalidFormat) as info:
        apply_discount(99.9, SILVER)  # type: ignore[arg-type]
    assert info.value.field == "amount"
    with pytest.raises(InvalidComponent) as info2:
        apply_discount("-0.01", SILVER)
    assert info2.value.field == "amount"
    with pytest.raises(ValidationError):
        apply_discount("九十九", SILVER)
    with pytest.raises(InvalidFormat) as info3:
        apply_discount(100, "silver")  # type: ignore[arg-type]
    assert info3.value.field == "tier"
