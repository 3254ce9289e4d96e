"""Membership: the cases mutation testing found unpinned (open orders in the middle,
custom policies, upgrades from a lower card, thresholds, messages).

Each test here kills mutants of ``autocrm.rules.membership`` that the older tests let
live; see docs/guide/testing.md, "Mutation testing".
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import (
    CHINA_TZ,
    LoyaltyClass,
    MembershipTier,
    Payer,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.membership import (
    DEFAULT_TIERS,
    DiscountedAmount,
    MembershipPolicy,
    TierChange,
    TierChangeKind,
    apply_discount,
    cumulative_spend,
    membership_tier,
    tier_change,
)

VIN = "LFV2A21K3D3109826"
SILVER, MEMBER = DEFAULT_TIERS
GOLD = MembershipTier(
    "gold", "金卡", discount="0.15", min_loyalty="loyal", min_spend="50000", rank=3
)
WITH_GOLD = MembershipPolicy(tiers=(*DEFAULT_TIERS, GOLD))


def order(number: str, day: date, *lines: WorkOrderLine, closed: bool = True) -> WorkOrder:
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


# --- policy ------------------------------------------------------------------------


def test_default_tiers_thresholds_and_ranks() -> None:
    assert MembershipPolicy().tiers == DEFAULT_TIERS
    assert [(t.code, t.min_spend, t.rank) for t in DEFAULT_TIERS] == [
        ("silver", Decimal("10000.00"), 2),
        ("member", Decimal("0.00"), 1),
    ]
    assert MembershipPolicy().spend_payers == (Payer.SELF,)


def test_policy_takes_a_list_of_tiers_as_a_tuple() -> None:
    policy = MembershipPolicy(tiers=[GOLD, MEMBER])
    assert policy.tiers == (GOLD, MEMBER)


def test_policy_refuses_an_item_that_is_not_a_tier_naming_its_index() -> None:
    with pytest.raises(InvalidFormat) as info:
        MembershipPolicy(tiers=(SILVER, "gold"))  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("tiers[1]", "gold")
    assert str(info.value) == "tiers[1]: expected a MembershipTier, got str"


def test_policy_refuses_two_tiers_of_one_code() -> None:
    copy = MembershipTier("silver", "银卡2", discount="0.12", rank=5)
    with pytest.raises(InvalidComponent) as info:
        MembershipPolicy(tiers=(*DEFAULT_TIERS, copy))
    assert info.value.field == "tiers"
    assert str(info.value) == "tiers: two tiers share the code silver"


def test_policy_names_the_shared_rank() -> None:
    twin = MembershipTier("twin", "双卡", discount="0.02", rank=1)
    with pytest.raises(InvalidComponent) as info:
        MembershipPolicy(tiers=(*DEFAULT_TIERS, twin))
    assert str(info.value) == "tiers: two tiers share the rank 1"


def test_policy_with_no_tiers_gives_no_card() -> None:
    assert membership_tier(LoyaltyClass.LOYAL, 1_000_000, policy=MembershipPolicy(tiers=())) is None


# --- membership tier -------------------------------------------------------------------


def test_gold_threshold_is_inclusive() -> None:
    assert membership_tier(LoyaltyClass.LOYAL, "50000.00", policy=WITH_GOLD) is GOLD
    assert membership_tier(LoyaltyClass.LOYAL, "49999.99", policy=WITH_GOLD) is SILVER


def test_regular_customer_is_the_least_class_with_a_card() -> None:
    assert membership_tier(LoyaltyClass.REGULAR, 0) is MEMBER
    assert membership_tier(LoyaltyClass.OCCASIONAL, 0) is None


def test_the_best_tier_wins_whatever_the_order_of_the_list() -> None:
    reversed_policy = MembershipPolicy(tiers=(MEMBER, GOLD, SILVER))
    assert membership_tier(LoyaltyClass.LOYAL, 60_000, policy=reversed_policy) is GOLD
    assert membership_tier(LoyaltyClass.LOYAL, 20_000, policy=reversed_policy) is SILVER


def test_membership_tier_messages_name_the_field() -> None:
    with pytest.raises(InvalidComponent) as klass:
        membership_tier("loyal", 1)  # type: ignore[arg-type]
    assert (klass.value.field, klass.value.value) == ("loyalty_class", "loyal")
    assert str(klass.value) == "loyalty_class: 'loyal' is not a LoyaltyClass"
    with pytest.raises(InvalidComponent) as negative:
        membership_tier(LoyaltyClass.LOYAL, "-0.01")
    assert (negative.value.field, negative.value.value) == ("spend", "-0.01")
    assert str(negative.value) == "spend: a cumulative spend cannot be negative, got -0.01"
    with pytest.raises(InvalidFormat) as policy:
        membership_tier(LoyaltyClass.LOYAL, 1, policy=DEFAULT_TIERS)  # type: ignore[arg-type]
    assert policy.value.field == "policy"


def test_zero_spend_is_not_negative() -> None:
    assert membership_tier(LoyaltyClass.LOYAL, 0) is MEMBER


# --- cumulative spend ----------------------------------------------------------------


def test_an_open_work_order_in_the_middle_does_not_stop_the_count() -> None:
    orders = [
        order("WO1", date(2025, 1, 6), WorkOrderLine("机油", "420")),
        order("WO2", date(2025, 3, 3), WorkOrderLine("大修", "8000"), closed=False),
        order("WO3", date(2025, 6, 9), WorkOrderLine("刹车片", "680.35")),
    ]
    assert cumulative_spend(orders) == Decimal("1100.35")


def test_an_early_visit_in_the_middle_does_not_stop_the_count() -> None:
    orders = [
        order("WO1", date(2025, 3, 6), WorkOrderLine("机油", "420")),
        order("WO2", date(2025, 1, 3), WorkOrderLine("洗车", "30")),
        order("WO3", date(2025, 6, 9), WorkOrderLine("刹车片", "680.35")),
    ]
    assert cumulative_spend(orders, since=date(2025, 2, 1)) == Decimal("1100.35")


def test_since_compares_the_china_date_of_the_visit() -> None:
    # Opened 9:00 on 1 March in China is 1:00 UTC the same day; a since of
    # 1 March counts it, 2 March does not.
    orders = [order("WO1", date(2025, 3, 1), WorkOrderLine("机油", "420"))]
    assert cumulative_spend(orders, since=date(2025, 3, 1)) == Decimal("420.00")
    assert cumulative_spend(orders, since=date(2025, 3, 2)) == Decimal("0.00")


def test_payers_given_replace_the_default() -> None:
    orders = [
        order(
            "WO1",
            date(2025, 1, 6),
            WorkOrderLine("机油", "420"),
            WorkOrderLine("钣喷", "3200", payer=Payer.INSURANCE),
        )
    ]
    assert cumulative_spend(orders, payers=[Payer.INSURANCE]) == Decimal("3200.00")
    assert cumulative_spend(orders, payers=[]) == Decimal("0.00")


def test_cumulative_spend_refuses_a_since_that_is_not_a_date() -> None:
    with pytest.raises(InvalidFormat) as info:
        cumulative_spend([], since="2025-01-01")  # type: ignore[arg-type]
    assert info.value.field == "since"


@given(
    spends=st.lists(
        st.tuples(st.decimals(min_value=0, max_value=10_000, places=2), st.booleans()),
        max_size=8,
    )
)
def test_cumulative_spend_is_the_sum_of_the_closed_orders(
    spends: list[tuple[Decimal, bool]],
) -> None:
    orders = [
        order(f"WO{i}", date(2025, 1, 1 + i), WorkOrderLine("保养", amount), closed=closed)
        for i, (amount, closed) in enumerate(spends)
    ]
    expected = sum((amount for amount, closed in spends if closed), Decimal("0.00"))
    assert cumulative_spend(orders) == expected


# --- tier change -------------------------------------------------------------------------


def test_upgrade_from_silver_to_a_shop_gold_card() -> None:
    change = tier_change(
        LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "52000", old_spend="30000", policy=WITH_GOLD
    )
    assert change is not None
    assert change == TierChange(
        LoyaltyClass.LOYAL,
        LoyaltyClass.LOYAL,
        SILVER,
        GOLD,
        Decimal("52000.00"),
        TierChangeKind.UPGRADE,
        change.reason,
    )
    assert change.reason.startswith(
        "loyalty 忠诚客户 → 忠诚客户, spend 52000.00: card 银卡 (9折) → 金卡 (8.5折)"
    )


def test_downgrade_from_gold_to_member_with_a_custom_policy() -> None:
    change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.REGULAR, 60_000, policy=WITH_GOLD)
    assert change is not None
    assert (change.old_tier, change.new_tier, change.kind) == (
        GOLD,
        MEMBER,
        TierChangeKind.DOWNGRADE,
    )
    # Without the gold card the same change is silver to member.
    default = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.REGULAR, 60_000)
    assert default is not None
    assert default.old_tier is SILVER


def test_losing_a_card_names_no_card() -> None:
    change = tier_change(LoyaltyClass.REGULAR, LoyaltyClass.OCCASIONAL, "800")
    assert change is not None
    assert change.kind is TierChangeKind.DOWNGRADE
    assert change.reason.startswith(
        "loyalty 经常客户 → 偶尔客户, spend 800.00: card 会员卡 (9.5折) → 无卡"
    )


def test_first_card_from_no_card_is_an_upgrade() -> None:
    change = tier_change(LoyaltyClass.OCCASIONAL, LoyaltyClass.REGULAR, 0)
    assert change is not None
    assert (change.old_tier, change.new_tier, change.kind) == (
        None,
        MEMBER,
        TierChangeKind.UPGRADE,
    )
    assert "card 无卡 → 会员卡 (9.5折)" in change.reason


def test_old_spend_defaults_to_the_spend_now() -> None:
    assert tier_change(LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "12000") is None
    change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "12000", old_spend="0")
    assert change is not None
    assert (change.old_tier, change.new_tier, change.spend) == (
        MEMBER,
        SILVER,
        Decimal("12000.00"),
    )


def test_spend_falling_below_the_threshold_is_a_downgrade() -> None:
    change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "9000", old_spend="12000")
    assert change is not None
    assert (change.old_tier, change.new_tier, change.kind) == (
        SILVER,
        MEMBER,
        TierChangeKind.DOWNGRADE,
    )


def test_tier_change_names_the_bad_argument() -> None:
    with pytest.raises(InvalidComponent) as old:
        tier_change("loyal", LoyaltyClass.LOYAL, 0)  # type: ignore[arg-type]
    assert (old.value.field, str(old.value)) == (
        "old_class",
        "old_class: 'loyal' is not a LoyaltyClass",
    )
    with pytest.raises(InvalidComponent) as new:
        tier_change(LoyaltyClass.LOYAL, None, 0)  # type: ignore[arg-type]
    assert (new.value.field, str(new.value)) == (
        "new_class",
        "new_class: None is not a LoyaltyClass",
    )
    with pytest.raises(InvalidComponent) as spend:
        tier_change(LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "-1")
    assert spend.value.field == "spend"
    with pytest.raises(InvalidComponent) as old_spend:
        tier_change(LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "1", old_spend="-1")
    assert old_spend.value.field == "old_spend"
    with pytest.raises(InvalidFormat) as policy:
        tier_change(LoyaltyClass.LOYAL, LoyaltyClass.LOYAL, "1", policy="gold")  # type: ignore[arg-type]
    assert policy.value.field == "policy"


_classes = st.sampled_from(list(LoyaltyClass))
_spend = st.decimals(min_value=0, max_value=100_000, places=2)


@given(old=_classes, new=_classes, spend=_spend, old_spend=_spend)
def test_a_change_is_reported_exactly_when_the_card_differs(
    old: LoyaltyClass, new: LoyaltyClass, spend: Decimal, old_spend: Decimal
) -> None:
    before = membership_tier(old, old_spend, policy=WITH_GOLD)
    after = membership_tier(new, spend, policy=WITH_GOLD)
    change = tier_change(old, new, spend, old_spend=old_spend, policy=WITH_GOLD)
    if before == after:
        assert change is None
        return
    assert change is not None
    assert (change.old_tier, change.new_tier) == (before, after)
    rank_before = -1 if before is None else before.rank
    rank_after = -1 if after is None else after.rank
    expected = TierChangeKind.UPGRADE if rank_after > rank_before else TierChangeKind.DOWNGRADE
    assert change.kind is expected


# --- discounts -----------------------------------------------------------------------------


def test_discount_result_in_full() -> None:
    assert apply_discount("200", GOLD) == DiscountedAmount(
        gross=Decimal("200.00"),
        discount=Decimal("30.00"),
        net=Decimal("170.00"),
        rate=Decimal("0.15"),
        tier_code="gold",
    )
    assert apply_discount("200", None).rate == Decimal("0")


def test_zero_is_not_a_negative_amount() -> None:
    assert apply_discount("0", GOLD).net == Decimal("0.00")


def test_discount_messages_name_the_field() -> None:
    with pytest.raises(InvalidComponent) as negative:
        apply_discount("-0.01", GOLD)
    assert negative.value.value == "-0.01"
    assert str(negative.value) == "amount: an amount to discount cannot be negative, got -0.01"
    with pytest.raises(InvalidFormat) as tier:
        apply_discount("1", "gold")  # type: ignore[arg-type]
    assert tier.value.value == "gold"
    assert str(tier.value) == "tier: expected a MembershipTier or None, got str"


def test_discount_rounds_in_the_money_context_whatever_the_callers_precision() -> None:
    from decimal import localcontext

    with localcontext() as context:
        context.prec = 3
        result = apply_discount("123456.78", SILVER)
    assert (result.discount, result.net) == (Decimal("12345.68"), Decimal("111111.10"))


@given(
    amount=st.decimals(min_value=0, max_value=1_000_000, places=2),
    tier=st.sampled_from([None, SILVER, MEMBER, GOLD]),
)
def test_net_and_discount_add_up_to_gross(amount: Decimal, tier: MembershipTier | None) -> None:
    result = apply_discount(amount, tier)
    assert result.net + result.discount == result.gross == amount
    rate = Decimal(0) if tier is None else tier.discount
    assert abs(result.discount - amount * rate) <= Decimal("0.005")


def test_policy_names_every_shared_code_and_keeps_the_tiers_given() -> None:
    silver_again = MembershipTier("silver", "银卡", discount="0.12", rank=7)
    member_again = MembershipTier("member", "会员卡", discount="0.04", rank=8)
    tiers = (*DEFAULT_TIERS, silver_again, member_again)
    with pytest.raises(InvalidComponent) as info:
        MembershipPolicy(tiers=tiers)
    assert str(info.value) == "tiers: two tiers share the code member, silver"
    assert info.value.value == tiers
