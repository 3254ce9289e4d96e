"""Loyalty classes and membership tiers.

The rules are summarised under [loyalty and membership][sources-loyalty].

Examples:
    >>> from decimal import Decimal
    >>> tier = MembershipTier("silver", "银卡", discount="0.10",
    ...                       min_loyalty=LoyaltyClass.LOYAL, min_spend="20000", rank=2)
    >>> tier.discount, tier.label
    (Decimal('0.10'), '9折')
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.text import NAME_LENGTH, SHORT_TEXT_LENGTH
from autocrm.errors import InvalidComponent, InvalidFormat, shown

__all__ = ["LoyaltyClass", "MembershipTier"]


def _to_loyalty_class(value: object) -> LoyaltyClass:
    return f.as_enum(LoyaltyClass, value)


def _money_min_spend(value: object) -> Decimal:
    return f.money("min_spend", value)


class LoyaltyClass(LabelledEnum):
    """Loyalty by the routine maintenance a customer brings back.

    See [loyalty class][sources-loyalty-class].

    ``rank`` orders the classes from least to most loyal, for tier thresholds.

    Examples:
        >>> LoyaltyClass.LOYAL.value, LoyaltyClass.LOYAL.label, LoyaltyClass.LOYAL.rank
        ('loyal', '忠诚客户', 5)
        >>> LoyaltyClass.from_label("流失客户") is LoyaltyClass.LOST
        True
        >>> LoyaltyClass.REGULAR.rank >= LoyaltyClass.OCCASIONAL.rank
        True
    """

    LOST = ("lost", "流失客户")
    DEFECTED = ("defected", "背离客户")
    NEW = ("new", "新客户")
    OCCASIONAL = ("occasional", "偶尔客户")
    REGULAR = ("regular", "经常客户")
    LOYAL = ("loyal", "忠诚客户")

    @property
    def rank(self) -> int:
        """0 (LOST) to 5 (LOYAL)."""
        return list(LoyaltyClass).index(self)


def _rate(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


@attrs.frozen
class MembershipTier:
    """A membership card level: its discount and who qualifies.

    Attributes:
        code: Stable id (``"silver"``).
        name: Display name (``"银卡"``).
        discount: Share taken off, e.g. ``Decimal("0.10")`` for 9折.
        min_loyalty: The least loyalty class that qualifies.
        min_spend: The least cumulative spend that qualifies.
        rank: Higher is better; the best qualifying tier applies.

    Examples:
        >>> MembershipTier("member", "会员卡", discount="0.05", rank=1).label
        '9.5折'
    """

    code: str = attrs.field(validator=f.text(SHORT_TEXT_LENGTH))
    name: str = attrs.field(validator=f.text(NAME_LENGTH))
    discount: Decimal = attrs.field(converter=_rate, kw_only=True)
    min_loyalty: LoyaltyClass = attrs.field(
        default=LoyaltyClass.REGULAR,
        converter=_to_loyalty_class,
        validator=f.check_enum(LoyaltyClass),
        kw_only=True,
    )
    min_spend: Decimal = attrs.field(
        default=Decimal("0.00"), converter=_money_min_spend, kw_only=True
    )
    rank: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    @property
    def label(self) -> str:
        """The discount as Chinese shops say it: 9折 for 10 % off, 9.5折 for 5 % off."""
        tenths = ((Decimal(1) - self.discount) * 10).normalize()
        return f"{tenths:f}折"
