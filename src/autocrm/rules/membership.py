"""Membership tiers, cumulative spend and discounts.

Membership cards are issued by loyalty and cumulative spend (see
[membership cards][sources-loyalty-membership]): a silver card
(银卡) at 10 % off (9折) and a member card (会员卡) at 5 % off (9.5折). The spend
threshold is the company's to set, so it lives in
[`MembershipPolicy`][autocrm.rules.membership.MembershipPolicy]; the card level is updated when the
loyalty class changes ([`tier_change`][autocrm.rules.membership.tier_change]).

Examples:
    >>> from decimal import Decimal
    >>> from autocrm.domain import LoyaltyClass
    >>> tier = membership_tier(LoyaltyClass.LOYAL, Decimal("12800"))
    >>> tier.name, tier.label
    ('银卡', '9折')
    >>> price = apply_discount("1280.55", tier)
    >>> price.gross, price.discount, price.net
    (Decimal('1280.55'), Decimal('128.06'), Decimal('1152.49'))
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import cast

import attrs

from autocrm.domain.checks import check_collection, expect_items
from autocrm.domain.labels import LabelledEnum
from autocrm.domain.membership import LoyaltyClass, MembershipTier
from autocrm.domain.money import FEN, MONEY_CONTEXT, ZERO, money_sum, to_money
from autocrm.domain.time import as_date
from autocrm.domain.work_order import Payer, WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.rules._visits import checked, checked_items

__all__ = [
    "DEFAULT_TIERS",
    "DiscountedAmount",
    "MembershipPolicy",
    "TierChange",
    "TierChangeKind",
    "apply_discount",
    "cumulative_spend",
    "membership_tier",
    "tier_change",
]

#: The department's cards: silver card 9折 for loyal customers, member card 9.5折. The spend
#: thresholds are the company's to set; these are defaults.
DEFAULT_TIERS = (
    MembershipTier(
        "silver",
        "银卡",
        discount="0.10",
        min_loyalty=LoyaltyClass.LOYAL,
        min_spend="10000",
        rank=2,
    ),
    MembershipTier(
        "member",
        "会员卡",
        discount="0.05",
        min_loyalty=LoyaltyClass.REGULAR,
        min_spend="0",
        rank=1,
    ),
)


def _tiers_tuple(value: object) -> tuple[object, ...]:
    """Converter: the tiers as a tuple; what is no collection is refused naming ``tiers``."""
    return tuple(cast("Iterable[object]", check_collection(value, "tiers")))


def _check_tiers(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


@attrs.frozen(kw_only=True)
class MembershipPolicy:
    """The membership tiers a shop offers.

    Attributes:
        tiers: The card levels; the best (highest ``rank``) whose minimum loyalty
            and minimum spend a customer meets applies. Codes and ranks are unique.
        spend_payers: Which payers' lines count as the customer's spend (by default
            only what the customer pays himself: insurance and warranty money is
            not his).

    Examples:
        >>> [t.name for t in MembershipPolicy().tiers]
        ['银卡', '会员卡']
    """

    tiers: tuple[MembershipTier, ...] = attrs.field(
        default=DEFAULT_TIERS, converter=_tiers_tuple, validator=_check_tiers
    )
    spend_payers: tuple[Payer, ...] = (Payer.SELF,)


def _loyalty_rank(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def _spend(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def cumulative_spend(
    work_orders: Iterable[WorkOrder],
    *,
    since: date | None = None,
    payers: Collection[Payer] | None = None,
) -> Decimal:
    """Return the customer's cumulative spend (累计消费) over closed work orders.

    Only closed (settled) work orders count: an open one has not been paid. The
    caller passes the customer's work orders (e.g. ``snapshot.work_orders_of(number)``).

    Args:
        work_orders: The work orders to add up.
        since: If given, only visits on or after this date (local date of
            ``opened_at``; an aware datetime is turned into its China date).
        payers: Which payers' lines count; default ``MembershipPolicy().spend_payers``
            (the customer's own money, [`Payer.SELF`][autocrm.domain.work_order.Payer]).

    Returns:
        The exact sum, to the fen.

    Raises:
        autocrm.errors.InvalidFormat: ``since`` is not a date, or an item is not a
            work order.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder, WorkOrderLine
        >>> wo = WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 3, 1, 9, tzinfo=CHINA_TZ),
        ...                closed_at=datetime(2025, 3, 1, 15, tzinfo=CHINA_TZ),
        ...                service_types=["保养"],
        ...                lines=[WorkOrderLine("机油", "420.00"),
        ...                       WorkOrderLine("钣喷", "3000", payer="insurance")])
        >>> cumulative_spend([wo]), cumulative_spend([wo], payers={Payer.SELF, Payer.INSURANCE})
        (Decimal('420.00'), Decimal('3420.00'))
        >>> cumulative_spend([wo], since=date(2025, 4, 1))
        Decimal('0.00')
    """
    start = None if since is None else as_date(since, "since")
    counted = frozenset(
        MembershipPolicy().spend_payers
        if payers is None
        else expect_items(payers, (Payer, str), field="payers")
    )
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def membership_tier(
    loyalty_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    policy: MembershipPolicy = MembershipPolicy(),
) -> MembershipTier | None:
    """Return the best membership tier the customer qualifies for, or None.

    A tier qualifies when the customer's loyalty class ranks at least its
    ``min_loyalty`` (LOST < DEFECTED < NEW < OCCASIONAL < REGULAR < LOYAL) and the
    cumulative spend is at least its ``min_spend``; the highest ``rank`` wins.

    Args:
        loyalty_class: The customer's class (see
            [`autocrm.rules.loyalty.classify_loyalty`][autocrm.rules.loyalty.classify_loyalty]).
        spend: Cumulative spend (see
            [`cumulative_spend`][autocrm.rules.membership.cumulative_spend]); no floats.
        policy: The tiers.

    Returns:
        The tier, or None when no tier qualifies.

    Raises:
        autocrm.errors.InvalidComponent: ``loyalty_class`` is not a LoyaltyClass, or
            ``spend`` is negative.
        autocrm.errors.InvalidFormat: ``spend`` is a float or not a number.

    Examples:
        >>> membership_tier(LoyaltyClass.LOYAL, 8000).name
        '会员卡'
        >>> membership_tier(LoyaltyClass.REGULAR, 50000).name
        '会员卡'
        >>> membership_tier(LoyaltyClass.OCCASIONAL, 50000) is None
        True
    """
    policy = checked(policy, MembershipPolicy, "policy")
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


class TierChangeKind(LabelledEnum):
    """Direction of a membership change.

    Examples:
        >>> TierChangeKind.UPGRADE.label
        '升级'
    """

    UPGRADE = ("upgrade", "升级")
    DOWNGRADE = ("downgrade", "降级")


@attrs.frozen
class TierChange:
    """A membership card change caused by a new loyalty class or spend (old → new).

    Attributes:
        old_class / new_class: The loyalty classes before and after.
        old_tier / new_tier: The cards before and after (None: no card).
        spend: The cumulative spend the new tier was judged on.
        kind: Upgrade or downgrade.
        reason: A sentence naming the classes, cards and spend.

    Examples:
        >>> tier_change(LoyaltyClass.NEW, LoyaltyClass.REGULAR, 0).new_tier.name
        '会员卡'
    """

    old_class: LoyaltyClass
    new_class: LoyaltyClass
    old_tier: MembershipTier | None
    new_tier: MembershipTier | None
    spend: Decimal
    kind: TierChangeKind
    reason: str


def _tier_name(tier: MembershipTier | None) -> str:
    return "无卡" if tier is None else f"{tier.name} ({tier.label})"


def _tier_rank(tier: MembershipTier | None) -> int:
    return -1 if tier is None else tier.rank


def tier_change(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    The membership level is reviewed when the loyalty class changes. The
    old card is the tier of ``old_class`` at ``old_spend`` (default: ``spend``), the
    new one the tier of ``new_class`` at ``spend``.

    Args:
        old_class: The loyalty class before.
        new_class: The loyalty class now.
        spend: Cumulative spend now.
        old_spend: Cumulative spend when the old class was given; default ``spend``.
        policy: The tiers.

    Returns:
        The change, or None when the card stays the same.

    Raises:
        autocrm.errors.ValidationError: as
            [`membership_tier`][autocrm.rules.membership.membership_tier].

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(policy, MembershipPolicy, "policy")
    _loyalty_rank(old_class, "old_class")  # name the parameter in the error
    _loyalty_rank(new_class, "new_class")
    amount = _spend(spend, "spend")
    before = amount if old_spend is None else _spend(old_spend, "old_spend")
    old_tier = membership_tier(old_class, before, policy=policy)
    new_tier = membership_tier(new_class, amount, policy=policy)
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)}"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


@attrs.frozen
class DiscountedAmount:
    """An amount before and after a membership discount, each to the fen.

    ``net + discount == gross`` always holds, and ``0 <= discount <= gross``.

    Examples:
        >>> d = apply_discount("200", None)
        >>> d.net + d.discount == d.gross
        True
    """

    gross: Decimal
    discount: Decimal
    net: Decimal
    rate: Decimal
    tier_code: str | None


def apply_discount(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
    """Apply a membership card's discount to an amount.

    The gross amount is taken to the fen, the discount is ``gross × rate`` rounded
    to the fen ROUND_HALF_UP, and the net is the difference, so the three always
    add up exactly.

    Args:
        amount: The gross amount: a Decimal, an int or a decimal string (no floats).
        tier: The customer's card, or None (no discount).

    Returns:
        Gross, discount, net, the rate applied and the tier code.

    Raises:
        autocrm.errors.InvalidFormat: ``amount`` is a float or not a number, or
            ``tier`` is not a MembershipTier.
        autocrm.errors.InvalidComponent: ``amount`` is negative.

    Examples:
        >>> member = MembershipPolicy().tiers[1]
        >>> d = apply_discount("99.90", member)
        >>> d.gross, d.discount, d.net
        (Decimal('99.90'), Decimal('5.00'), Decimal('94.90'))
        >>> apply_discount(100, None).net
        Decimal('100.00')
        >>> apply_discount("-1", member)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: amount: an amount to discount cannot be negative, got -1.00
    """
    gross = to_money(amount, field="amount")
    if gross < ZERO:
        msg = f"amount: an amount to discount cannot be negative, got {gross}"
        raise InvalidComponent(msg, field="amount", value=amount)
    checked: object = tier
    if checked is not None and not isinstance(checked, MembershipTier):
        msg = f"tier: expected a MembershipTier or None, got {type(checked).__name__}"
        raise InvalidFormat(msg, field="tier", value=checked)
    rate = Decimal("0") if tier is None else tier.discount
    # In the money context, not the caller's: a notebook's low precision must not round
    # the product or the difference before the fen.
    with localcontext(MONEY_CONTEXT):
        discount = (gross * rate).quantize(FEN, rounding=ROUND_HALF_UP)
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )
