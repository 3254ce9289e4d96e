"""Invariants of autocrm.rules.membership: discount arithmetic and tier order."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import LoyaltyClass, MembershipTier
from autocrm.domain.money import FEN
from autocrm.errors import ValidationError
from autocrm.rules.membership import apply_discount, membership_tier

amounts = st.one_of(
    st.integers(min_value=0, max_value=10**9),
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=10**6, places=5, allow_nan=False, allow_infinity=False),
)
rates = st.decimals(min_value=0, max_value=Decimal("0.9999"), places=4)
tiers = (
    st.builds(lambda rate: MembershipTier("card", "卡", discount=rate, rank=1), rates) | st.none()
)
loyalty_classes = st.sampled_from(list(LoyaltyClass))
spends = st.integers(min_value=0, max_value=10**7)


@given(amounts, tiers)
def test_net_plus_discount_is_gross(amount: Decimal | int, tier: MembershipTier | None) -> None:
    result = apply_discount(amount, tier)
    assert result.net + result.discount == result.gross


@given(amounts, tiers)
def test_discount_is_never_negative_nor_above_gross(
    amount: Decimal | int, tier: MembershipTier | None
) -> None:
    result = apply_discount(amount, tier)
    assert Decimal(0) <= result.discount <= result.gross
    assert result.net >= 0


@given(amounts, tiers)
def test_every_part_is_to_the_fen(amount: Decimal | int, tier: MembershipTier | None) -> None:
    result = apply_discount(amount, tier)
    for part in (result.gross, result.discount, result.net):
        assert part == part.quantize(FEN)
        assert part.as_tuple().exponent == -2


@given(amounts, amounts, tiers)
def test_a_larger_amount_never_gets_a_smaller_discount(
    a: Decimal | int, b: Decimal | int, tier: MembershipTier | None
) -> None:
    low, high = sorted([apply_discount(a, tier), apply_discount(b, tier)], key=lambda r: r.gross)
    assert low.discount <= high.discount


@given(
    st.decimals(
        min_value=-(10**12),
        max_value=Decimal("-0.01"),
        places=2,
        allow_nan=False,
        allow_infinity=False,
    )
)
def test_negative_amounts_are_refused(amount: Decimal) -> None:
    with pytest.raises(ValidationError):
        apply_discount(amount, None)


@given(loyalty_classes, loyalty_classes, spends, spends)
def test_more_loyalty_and_spend_never_lower_the_card(
    a: LoyaltyClass, b: LoyaltyClass, x: int, y: int
) -> None:
    (lo_class, hi_class), (lo_spend, hi_spend) = (
        sorted([a, b], key=lambda c: c.rank),
        sorted([x, y]),
    )
    low = membership_tier(lo_class, lo_spend)
    high = membership_tier(hi_class, hi_spend)
    assert (-1 if low is None else low.rank) <= (-1 if high is None else high.rank)
