"""Membership tiers and discounts (SPEC §5)."""

from __future__ import annotations

import attrs

from autocrm.domain.membership import LoyaltyClass, MembershipTier

__all__ = ["DEFAULT_TIERS", "MembershipPolicy"]

#: Seed 002: silver card 9折 for loyal customers, member card 9.5折. The spend
#: thresholds are the company's to set; these are defaults.
DEFAULT_TIERS = (
    MembershipTier(
        "silver", "银卡", discount="0.10", min_loyalty=LoyaltyClass.LOYAL,
        min_spend="10000", rank=2,
    ),
    MembershipTier(
        "member", "会员卡", discount="0.05", min_loyalty=LoyaltyClass.REGULAR,
        min_spend="0", rank=1,
    ),
)


@attrs.frozen(kw_only=True)
class MembershipPolicy:
    """The membership tiers a shop offers.

    Example:
        >>> [t.name for t in MembershipPolicy().tiers]
        ['银卡', '会员卡']
    """

    tiers: tuple[MembershipTier, ...] = DEFAULT_TIERS
