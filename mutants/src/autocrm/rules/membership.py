"""Membership tiers, cumulative spend and discounts (SPEC §5, seed 002).

Seed 002 issues membership cards "by loyalty and cumulative spend": a silver card
(银卡) at 10 % off (9折) and a member card (会员卡) at 5 % off (9.5折). The spend
threshold is the company's to set, so it lives in :class:`MembershipPolicy`; the
card level is updated when the loyalty class changes (:func:`tier_change`).

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

import attrs

from autocrm.domain._enum import LabelledEnum
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

#: Seed 002: silver card 9折 for loyal customers, member card 9.5折. The spend
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__check_tiers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_tiers__mutmut)
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


def x__check_tiers__mutmut_orig(
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


def x__check_tiers__mutmut_1(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = None
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


def x__check_tiers__mutmut_2(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if (isinstance(value, (tuple, list))) and False else (value,)
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


def x__check_tiers__mutmut_3(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if (isinstance(value, (tuple, list))) or True else (value,)
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


def x__check_tiers__mutmut_4(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(None) if isinstance(value, (tuple, list)) else (value,)
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


def x__check_tiers__mutmut_5(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(None):
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


def x__check_tiers__mutmut_6(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if isinstance(tier, MembershipTier):
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


def x__check_tiers__mutmut_7(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = None
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_8(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(None).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_9(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(None, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_10(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=None, value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_11(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=None)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_12(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_13(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_14(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", )
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_15(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("XXcodeXX", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_16(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("CODE", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_17(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "XXrankXX"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_18(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "RANK"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_19(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = None
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_20(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(None, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_21(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, None) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_22(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_23(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, ) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_24(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = None
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_25(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted(None)
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_26(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(None) for item in seen if seen.count(item) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_27(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(None) > 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_28(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) >= 1})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_29(
    instance: object, attribute: attrs.Attribute[tuple[MembershipTier, ...]], value: object
) -> None:
    tiers: tuple[object, ...] = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    for index, tier in enumerate(tiers):
        if not isinstance(tier, MembershipTier):
            msg = f"tiers[{index}]: expected a MembershipTier, got {type(tier).__name__}"
            raise InvalidFormat(msg, field=f"tiers[{index}]", value=tier)
    for key in ("code", "rank"):
        seen = [getattr(tier, key) for tier in tiers]
        duplicates = sorted({str(item) for item in seen if seen.count(item) > 2})
        if duplicates:
            # The best tier must be unique: two tiers of one rank would make the
            # card a customer gets depend on the order of the list.
            msg = f"tiers: two tiers share the {key} {', '.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_30(
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
            msg = None
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_31(
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
            msg = f"tiers: two tiers share the {key} {', '.join(None)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_32(
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
            msg = f"tiers: two tiers share the {key} {'XX, XX'.join(duplicates)}"
            raise InvalidComponent(msg, field="tiers", value=value)


def x__check_tiers__mutmut_33(
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
            raise InvalidComponent(None, field="tiers", value=value)


def x__check_tiers__mutmut_34(
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
            raise InvalidComponent(msg, field=None, value=value)


def x__check_tiers__mutmut_35(
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
            raise InvalidComponent(msg, field="tiers", value=None)


def x__check_tiers__mutmut_36(
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
            raise InvalidComponent(field="tiers", value=value)


def x__check_tiers__mutmut_37(
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
            raise InvalidComponent(msg, value=value)


def x__check_tiers__mutmut_38(
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
            raise InvalidComponent(msg, field="tiers", )


def x__check_tiers__mutmut_39(
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
            raise InvalidComponent(msg, field="XXtiersXX", value=value)


def x__check_tiers__mutmut_40(
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
            raise InvalidComponent(msg, field="TIERS", value=value)

mutants_x__check_tiers__mutmut['_mutmut_orig'] = x__check_tiers__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_1'] = x__check_tiers__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_2'] = x__check_tiers__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_3'] = x__check_tiers__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_4'] = x__check_tiers__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_5'] = x__check_tiers__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_6'] = x__check_tiers__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_7'] = x__check_tiers__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_8'] = x__check_tiers__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_9'] = x__check_tiers__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_10'] = x__check_tiers__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_11'] = x__check_tiers__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_12'] = x__check_tiers__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_13'] = x__check_tiers__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_14'] = x__check_tiers__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_15'] = x__check_tiers__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_16'] = x__check_tiers__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_17'] = x__check_tiers__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_18'] = x__check_tiers__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_19'] = x__check_tiers__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_20'] = x__check_tiers__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_21'] = x__check_tiers__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_22'] = x__check_tiers__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_23'] = x__check_tiers__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_24'] = x__check_tiers__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_25'] = x__check_tiers__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_26'] = x__check_tiers__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_27'] = x__check_tiers__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_28'] = x__check_tiers__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_29'] = x__check_tiers__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_30'] = x__check_tiers__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_31'] = x__check_tiers__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_32'] = x__check_tiers__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_33'] = x__check_tiers__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_34'] = x__check_tiers__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_35'] = x__check_tiers__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_36'] = x__check_tiers__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_37'] = x__check_tiers__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_38'] = x__check_tiers__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_39'] = x__check_tiers__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_tiers__mutmut['x__check_tiers__mutmut_40'] = x__check_tiers__mutmut_40 # type: ignore # mutmut generated


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
        default=DEFAULT_TIERS, converter=tuple, validator=_check_tiers
    )
    spend_payers: tuple[Payer, ...] = (Payer.SELF,)
mutants_x__loyalty_rank__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__loyalty_rank__mutmut)
def _loyalty_rank(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_orig(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_1(value: object, field: str = "XXloyalty_classXX") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_2(value: object, field: str = "LOYALTY_CLASS") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_3(value: object, field: str = "loyalty_class") -> int:
    if isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_4(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = None
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_5(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(None)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_6(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(None, field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_7(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=None, value=value)
    return value.rank


def x__loyalty_rank__mutmut_8(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, value=None)
    return value.rank


def x__loyalty_rank__mutmut_9(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(field=field, value=value)
    return value.rank


def x__loyalty_rank__mutmut_10(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, value=value)
    return value.rank


def x__loyalty_rank__mutmut_11(value: object, field: str = "loyalty_class") -> int:
    if not isinstance(value, LoyaltyClass):
        msg = f"{field}: {shown(value)} is not a LoyaltyClass"
        raise InvalidComponent(msg, field=field, )
    return value.rank

mutants_x__loyalty_rank__mutmut['_mutmut_orig'] = x__loyalty_rank__mutmut_orig # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_1'] = x__loyalty_rank__mutmut_1 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_2'] = x__loyalty_rank__mutmut_2 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_3'] = x__loyalty_rank__mutmut_3 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_4'] = x__loyalty_rank__mutmut_4 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_5'] = x__loyalty_rank__mutmut_5 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_6'] = x__loyalty_rank__mutmut_6 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_7'] = x__loyalty_rank__mutmut_7 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_8'] = x__loyalty_rank__mutmut_8 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_9'] = x__loyalty_rank__mutmut_9 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_10'] = x__loyalty_rank__mutmut_10 # type: ignore # mutmut generated
mutants_x__loyalty_rank__mutmut['x__loyalty_rank__mutmut_11'] = x__loyalty_rank__mutmut_11 # type: ignore # mutmut generated
mutants_x__spend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__spend__mutmut)
def _spend(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_orig(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_1(value: object, field: str) -> Decimal:
    amount = None
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_2(value: object, field: str) -> Decimal:
    amount = to_money(None, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_3(value: object, field: str) -> Decimal:
    amount = to_money(value, field=None)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_4(value: object, field: str) -> Decimal:
    amount = to_money(field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_5(value: object, field: str) -> Decimal:
    amount = to_money(value, )
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_6(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount <= ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_7(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = None
        raise InvalidComponent(msg, field=field, value=value)
    return amount


def x__spend__mutmut_8(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(None, field=field, value=value)
    return amount


def x__spend__mutmut_9(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=None, value=value)
    return amount


def x__spend__mutmut_10(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, value=None)
    return amount


def x__spend__mutmut_11(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(field=field, value=value)
    return amount


def x__spend__mutmut_12(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, value=value)
    return amount


def x__spend__mutmut_13(value: object, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount < ZERO:
        msg = f"{field}: a cumulative spend cannot be negative, got {amount}"
        raise InvalidComponent(msg, field=field, )
    return amount

mutants_x__spend__mutmut['_mutmut_orig'] = x__spend__mutmut_orig # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_1'] = x__spend__mutmut_1 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_2'] = x__spend__mutmut_2 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_3'] = x__spend__mutmut_3 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_4'] = x__spend__mutmut_4 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_5'] = x__spend__mutmut_5 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_6'] = x__spend__mutmut_6 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_7'] = x__spend__mutmut_7 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_8'] = x__spend__mutmut_8 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_9'] = x__spend__mutmut_9 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_10'] = x__spend__mutmut_10 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_11'] = x__spend__mutmut_11 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_12'] = x__spend__mutmut_12 # type: ignore # mutmut generated
mutants_x__spend__mutmut['x__spend__mutmut_13'] = x__spend__mutmut_13 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cumulative_spend__mutmut)
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_orig(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_1(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_2(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if (since is None) and False else as_date(since, "since")
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_3(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if (since is None) or True else as_date(since, "since")
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_4(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if since is not None else as_date(since, "since")
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_5(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if since is None else as_date(None, "since")
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_6(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if since is None else as_date(since, None)
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_7(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if since is None else as_date("since")
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_8(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if since is None else as_date(since, )
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_9(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if since is None else as_date(since, "XXsinceXX")
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_10(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    start = None if since is None else as_date(since, "SINCE")
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_11(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = None
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_12(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(None)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_13(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if (payers is None) and False else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_14(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if (payers is None) or True else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_15(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is not None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_16(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = None
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_17(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(None, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_18(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, None, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_19(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, None):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_20(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_21(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_22(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, ):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_23(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "XXwork_ordersXX"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_24(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "WORK_ORDERS"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_25(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_26(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            break
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_27(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None or work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_28(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_29(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date <= start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_30(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            break
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_31(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(None)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_32(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer not in counted)
    return money_sum(amounts)


def x_cumulative_spend__mutmut_33(
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
            (the customer's own money, :attr:`Payer.SELF`).

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
    counted = frozenset(MembershipPolicy().spend_payers if payers is None else payers)
    amounts: list[Decimal] = []
    work_order: WorkOrder
    for work_order in checked_items(work_orders, WorkOrder, "work_orders"):
        if not work_order.is_closed:
            continue
        if start is not None and work_order.visit_date < start:
            continue
        amounts.extend(line.amount for line in work_order.lines if line.payer in counted)
    return money_sum(None)

mutants_x_cumulative_spend__mutmut['_mutmut_orig'] = x_cumulative_spend__mutmut_orig # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_1'] = x_cumulative_spend__mutmut_1 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_2'] = x_cumulative_spend__mutmut_2 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_3'] = x_cumulative_spend__mutmut_3 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_4'] = x_cumulative_spend__mutmut_4 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_5'] = x_cumulative_spend__mutmut_5 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_6'] = x_cumulative_spend__mutmut_6 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_7'] = x_cumulative_spend__mutmut_7 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_8'] = x_cumulative_spend__mutmut_8 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_9'] = x_cumulative_spend__mutmut_9 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_10'] = x_cumulative_spend__mutmut_10 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_11'] = x_cumulative_spend__mutmut_11 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_12'] = x_cumulative_spend__mutmut_12 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_13'] = x_cumulative_spend__mutmut_13 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_14'] = x_cumulative_spend__mutmut_14 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_15'] = x_cumulative_spend__mutmut_15 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_16'] = x_cumulative_spend__mutmut_16 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_17'] = x_cumulative_spend__mutmut_17 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_18'] = x_cumulative_spend__mutmut_18 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_19'] = x_cumulative_spend__mutmut_19 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_20'] = x_cumulative_spend__mutmut_20 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_21'] = x_cumulative_spend__mutmut_21 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_22'] = x_cumulative_spend__mutmut_22 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_23'] = x_cumulative_spend__mutmut_23 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_24'] = x_cumulative_spend__mutmut_24 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_25'] = x_cumulative_spend__mutmut_25 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_26'] = x_cumulative_spend__mutmut_26 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_27'] = x_cumulative_spend__mutmut_27 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_28'] = x_cumulative_spend__mutmut_28 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_29'] = x_cumulative_spend__mutmut_29 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_30'] = x_cumulative_spend__mutmut_30 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_31'] = x_cumulative_spend__mutmut_31 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_32'] = x_cumulative_spend__mutmut_32 # type: ignore # mutmut generated
mutants_x_cumulative_spend__mutmut['x_cumulative_spend__mutmut_33'] = x_cumulative_spend__mutmut_33 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_membership_tier__mutmut)
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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


def x_membership_tier__mutmut_orig(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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


def x_membership_tier__mutmut_1(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = None
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_2(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(None, MembershipPolicy, "policy")
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_3(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(policy, None, "policy")
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_4(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(policy, MembershipPolicy, None)
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_5(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(MembershipPolicy, "policy")
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_6(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(policy, "policy")
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_7(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(policy, MembershipPolicy, )
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_8(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(policy, MembershipPolicy, "XXpolicyXX")
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_9(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    policy = checked(policy, MembershipPolicy, "POLICY")
    rank = _loyalty_rank(loyalty_class)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_10(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    rank = None
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_11(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    rank = _loyalty_rank(None)
    amount = _spend(spend, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_12(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    amount = None
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_13(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    amount = _spend(None, "spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_14(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    amount = _spend(spend, None)
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_15(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    amount = _spend("spend")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_16(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    amount = _spend(spend, )
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_17(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    amount = _spend(spend, "XXspendXX")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_18(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    amount = _spend(spend, "SPEND")
    qualifying = [
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_19(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    qualifying = None
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_20(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank or amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_21(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
        tier for tier in policy.tiers if rank > tier.min_loyalty.rank and amount >= tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_22(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
        tier for tier in policy.tiers if rank >= tier.min_loyalty.rank and amount > tier.min_spend
    ]
    return max(qualifying, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_23(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    return max(None, key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_24(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    return max(qualifying, key=None, default=None)


def x_membership_tier__mutmut_25(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    return max(key=lambda tier: tier.rank, default=None)


def x_membership_tier__mutmut_26(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    return max(qualifying, default=None)


def x_membership_tier__mutmut_27(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    return max(qualifying, key=lambda tier: tier.rank, )


def x_membership_tier__mutmut_28(
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
        loyalty_class: The customer's class (see :func:`autocrm.rules.loyalty.classify_loyalty`).
        spend: Cumulative spend (see :func:`cumulative_spend`); no floats.
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
    return max(qualifying, key=lambda tier: None, default=None)

mutants_x_membership_tier__mutmut['_mutmut_orig'] = x_membership_tier__mutmut_orig # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_1'] = x_membership_tier__mutmut_1 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_2'] = x_membership_tier__mutmut_2 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_3'] = x_membership_tier__mutmut_3 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_4'] = x_membership_tier__mutmut_4 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_5'] = x_membership_tier__mutmut_5 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_6'] = x_membership_tier__mutmut_6 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_7'] = x_membership_tier__mutmut_7 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_8'] = x_membership_tier__mutmut_8 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_9'] = x_membership_tier__mutmut_9 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_10'] = x_membership_tier__mutmut_10 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_11'] = x_membership_tier__mutmut_11 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_12'] = x_membership_tier__mutmut_12 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_13'] = x_membership_tier__mutmut_13 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_14'] = x_membership_tier__mutmut_14 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_15'] = x_membership_tier__mutmut_15 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_16'] = x_membership_tier__mutmut_16 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_17'] = x_membership_tier__mutmut_17 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_18'] = x_membership_tier__mutmut_18 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_19'] = x_membership_tier__mutmut_19 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_20'] = x_membership_tier__mutmut_20 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_21'] = x_membership_tier__mutmut_21 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_22'] = x_membership_tier__mutmut_22 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_23'] = x_membership_tier__mutmut_23 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_24'] = x_membership_tier__mutmut_24 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_25'] = x_membership_tier__mutmut_25 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_26'] = x_membership_tier__mutmut_26 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_27'] = x_membership_tier__mutmut_27 # type: ignore # mutmut generated
mutants_x_membership_tier__mutmut['x_membership_tier__mutmut_28'] = x_membership_tier__mutmut_28 # type: ignore # mutmut generated


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
mutants_x__tier_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tier_name__mutmut)
def _tier_name(tier: MembershipTier | None) -> str:
    return "无卡" if tier is None else f"{tier.name} ({tier.label})"


def x__tier_name__mutmut_orig(tier: MembershipTier | None) -> str:
    return "无卡" if tier is None else f"{tier.name} ({tier.label})"


def x__tier_name__mutmut_1(tier: MembershipTier | None) -> str:
    return "无卡" if (tier is None) and False else f"{tier.name} ({tier.label})"


def x__tier_name__mutmut_2(tier: MembershipTier | None) -> str:
    return "无卡" if (tier is None) or True else f"{tier.name} ({tier.label})"


def x__tier_name__mutmut_3(tier: MembershipTier | None) -> str:
    return "XX无卡XX" if tier is None else f"{tier.name} ({tier.label})"


def x__tier_name__mutmut_4(tier: MembershipTier | None) -> str:
    return "无卡" if tier is not None else f"{tier.name} ({tier.label})"

mutants_x__tier_name__mutmut['_mutmut_orig'] = x__tier_name__mutmut_orig # type: ignore # mutmut generated
mutants_x__tier_name__mutmut['x__tier_name__mutmut_1'] = x__tier_name__mutmut_1 # type: ignore # mutmut generated
mutants_x__tier_name__mutmut['x__tier_name__mutmut_2'] = x__tier_name__mutmut_2 # type: ignore # mutmut generated
mutants_x__tier_name__mutmut['x__tier_name__mutmut_3'] = x__tier_name__mutmut_3 # type: ignore # mutmut generated
mutants_x__tier_name__mutmut['x__tier_name__mutmut_4'] = x__tier_name__mutmut_4 # type: ignore # mutmut generated
mutants_x__tier_rank__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tier_rank__mutmut)
def _tier_rank(tier: MembershipTier | None) -> int:
    return -1 if tier is None else tier.rank


def x__tier_rank__mutmut_orig(tier: MembershipTier | None) -> int:
    return -1 if tier is None else tier.rank


def x__tier_rank__mutmut_1(tier: MembershipTier | None) -> int:
    return -1 if (tier is None) and False else tier.rank


def x__tier_rank__mutmut_2(tier: MembershipTier | None) -> int:
    return -1 if (tier is None) or True else tier.rank


def x__tier_rank__mutmut_3(tier: MembershipTier | None) -> int:
    return +1 if tier is None else tier.rank


def x__tier_rank__mutmut_4(tier: MembershipTier | None) -> int:
    return -2 if tier is None else tier.rank


def x__tier_rank__mutmut_5(tier: MembershipTier | None) -> int:
    return -1 if tier is not None else tier.rank

mutants_x__tier_rank__mutmut['_mutmut_orig'] = x__tier_rank__mutmut_orig # type: ignore # mutmut generated
mutants_x__tier_rank__mutmut['x__tier_rank__mutmut_1'] = x__tier_rank__mutmut_1 # type: ignore # mutmut generated
mutants_x__tier_rank__mutmut['x__tier_rank__mutmut_2'] = x__tier_rank__mutmut_2 # type: ignore # mutmut generated
mutants_x__tier_rank__mutmut['x__tier_rank__mutmut_3'] = x__tier_rank__mutmut_3 # type: ignore # mutmut generated
mutants_x__tier_rank__mutmut['x__tier_rank__mutmut_4'] = x__tier_rank__mutmut_4 # type: ignore # mutmut generated
mutants_x__tier_rank__mutmut['x__tier_rank__mutmut_5'] = x__tier_rank__mutmut_5 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_tier_change__mutmut)
def tier_change(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_orig(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_1(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = None
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_2(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(None, MembershipPolicy, "policy")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_3(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(policy, None, "policy")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_4(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(policy, MembershipPolicy, None)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_5(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(MembershipPolicy, "policy")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_6(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(policy, "policy")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_7(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(policy, MembershipPolicy, )
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_8(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(policy, MembershipPolicy, "XXpolicyXX")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_9(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

    Examples:
        >>> change = tier_change(LoyaltyClass.LOYAL, LoyaltyClass.OCCASIONAL, "15000")
        >>> change.kind.label, change.old_tier.name, change.new_tier
        ('降级', '银卡', None)
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "20000").kind.label
        '升级'
        >>> tier_change(LoyaltyClass.REGULAR, LoyaltyClass.LOYAL, "500") is None  # 会员卡 both
        True
    """
    policy = checked(policy, MembershipPolicy, "POLICY")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_10(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(None, "old_class")  # name the parameter in the error
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_11(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(old_class, None)  # name the parameter in the error
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_12(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank("old_class")  # name the parameter in the error
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_13(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(old_class, )  # name the parameter in the error
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_14(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(old_class, "XXold_classXX")  # name the parameter in the error
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_15(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(old_class, "OLD_CLASS")  # name the parameter in the error
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_16(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(None, "new_class")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_17(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(new_class, None)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_18(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank("new_class")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_19(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(new_class, )
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_20(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(new_class, "XXnew_classXX")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_21(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    _loyalty_rank(new_class, "NEW_CLASS")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_22(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    amount = None
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_23(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    amount = _spend(None, "spend")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_24(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    amount = _spend(spend, None)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_25(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    amount = _spend("spend")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_26(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    amount = _spend(spend, )
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_27(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    amount = _spend(spend, "XXspendXX")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_28(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    amount = _spend(spend, "SPEND")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_29(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = None
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_30(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if (old_spend is None) and False else _spend(old_spend, "old_spend")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_31(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if (old_spend is None) or True else _spend(old_spend, "old_spend")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_32(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if old_spend is not None else _spend(old_spend, "old_spend")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_33(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if old_spend is None else _spend(None, "old_spend")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_34(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if old_spend is None else _spend(old_spend, None)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_35(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if old_spend is None else _spend("old_spend")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_36(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if old_spend is None else _spend(old_spend, )
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_37(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if old_spend is None else _spend(old_spend, "XXold_spendXX")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_38(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    before = amount if old_spend is None else _spend(old_spend, "OLD_SPEND")
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_39(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    old_tier = None
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_40(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    old_tier = membership_tier(None, before, policy=policy)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_41(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    old_tier = membership_tier(old_class, None, policy=policy)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_42(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    old_tier = membership_tier(old_class, before, policy=None)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_43(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    old_tier = membership_tier(before, policy=policy)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_44(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    old_tier = membership_tier(old_class, policy=policy)
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_45(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    old_tier = membership_tier(old_class, before, )
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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_46(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    new_tier = None
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_47(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    new_tier = membership_tier(None, amount, policy=policy)
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_48(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    new_tier = membership_tier(new_class, None, policy=policy)
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_49(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    new_tier = membership_tier(new_class, amount, policy=None)
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_50(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    new_tier = membership_tier(amount, policy=policy)
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_51(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    new_tier = membership_tier(new_class, policy=policy)
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_52(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    new_tier = membership_tier(new_class, amount, )
    if old_tier == new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_53(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    if old_tier != new_tier:
        return None
    kind = (
        TierChangeKind.UPGRADE
        if _tier_rank(new_tier) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_54(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    kind = None
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_55(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        if (_tier_rank(new_tier) > _tier_rank(old_tier)) and False
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_56(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        if (_tier_rank(new_tier) > _tier_rank(old_tier)) or True
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_57(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        if _tier_rank(None) > _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_58(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        if _tier_rank(new_tier) >= _tier_rank(old_tier)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_59(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        if _tier_rank(new_tier) > _tier_rank(None)
        else TierChangeKind.DOWNGRADE
    )
    reason = (
        f"loyalty {old_class.label} → {new_class.label}, spend {amount}: "
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_60(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
    reason = None
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_61(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(None)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_62(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(None)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_63(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(None, new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_64(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, None, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_65(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, None, new_tier, amount, kind, reason)


def x_tier_change__mutmut_66(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, None, amount, kind, reason)


def x_tier_change__mutmut_67(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, None, kind, reason)


def x_tier_change__mutmut_68(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, None, reason)


def x_tier_change__mutmut_69(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, None)


def x_tier_change__mutmut_70(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(new_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_71(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, old_tier, new_tier, amount, kind, reason)


def x_tier_change__mutmut_72(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, new_tier, amount, kind, reason)


def x_tier_change__mutmut_73(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, amount, kind, reason)


def x_tier_change__mutmut_74(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, kind, reason)


def x_tier_change__mutmut_75(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, reason)


def x_tier_change__mutmut_76(
    old_class: LoyaltyClass,
    new_class: LoyaltyClass,
    spend: Decimal | int | str,
    *,
    old_spend: Decimal | int | str | None = None,
    policy: MembershipPolicy = MembershipPolicy(),
) -> TierChange | None:
    """Return the card change when a customer's loyalty class (or spend) changes.

    Seed 002: the membership level is updated when the loyalty class changes. The
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
        autocrm.errors.ValidationError: as :func:`membership_tier`.

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
        f"card {_tier_name(old_tier)} → {_tier_name(new_tier)} (seed 002)"
    )
    return TierChange(old_class, new_class, old_tier, new_tier, amount, kind, )

mutants_x_tier_change__mutmut['_mutmut_orig'] = x_tier_change__mutmut_orig # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_1'] = x_tier_change__mutmut_1 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_2'] = x_tier_change__mutmut_2 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_3'] = x_tier_change__mutmut_3 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_4'] = x_tier_change__mutmut_4 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_5'] = x_tier_change__mutmut_5 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_6'] = x_tier_change__mutmut_6 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_7'] = x_tier_change__mutmut_7 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_8'] = x_tier_change__mutmut_8 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_9'] = x_tier_change__mutmut_9 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_10'] = x_tier_change__mutmut_10 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_11'] = x_tier_change__mutmut_11 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_12'] = x_tier_change__mutmut_12 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_13'] = x_tier_change__mutmut_13 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_14'] = x_tier_change__mutmut_14 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_15'] = x_tier_change__mutmut_15 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_16'] = x_tier_change__mutmut_16 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_17'] = x_tier_change__mutmut_17 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_18'] = x_tier_change__mutmut_18 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_19'] = x_tier_change__mutmut_19 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_20'] = x_tier_change__mutmut_20 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_21'] = x_tier_change__mutmut_21 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_22'] = x_tier_change__mutmut_22 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_23'] = x_tier_change__mutmut_23 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_24'] = x_tier_change__mutmut_24 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_25'] = x_tier_change__mutmut_25 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_26'] = x_tier_change__mutmut_26 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_27'] = x_tier_change__mutmut_27 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_28'] = x_tier_change__mutmut_28 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_29'] = x_tier_change__mutmut_29 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_30'] = x_tier_change__mutmut_30 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_31'] = x_tier_change__mutmut_31 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_32'] = x_tier_change__mutmut_32 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_33'] = x_tier_change__mutmut_33 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_34'] = x_tier_change__mutmut_34 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_35'] = x_tier_change__mutmut_35 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_36'] = x_tier_change__mutmut_36 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_37'] = x_tier_change__mutmut_37 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_38'] = x_tier_change__mutmut_38 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_39'] = x_tier_change__mutmut_39 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_40'] = x_tier_change__mutmut_40 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_41'] = x_tier_change__mutmut_41 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_42'] = x_tier_change__mutmut_42 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_43'] = x_tier_change__mutmut_43 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_44'] = x_tier_change__mutmut_44 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_45'] = x_tier_change__mutmut_45 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_46'] = x_tier_change__mutmut_46 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_47'] = x_tier_change__mutmut_47 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_48'] = x_tier_change__mutmut_48 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_49'] = x_tier_change__mutmut_49 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_50'] = x_tier_change__mutmut_50 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_51'] = x_tier_change__mutmut_51 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_52'] = x_tier_change__mutmut_52 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_53'] = x_tier_change__mutmut_53 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_54'] = x_tier_change__mutmut_54 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_55'] = x_tier_change__mutmut_55 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_56'] = x_tier_change__mutmut_56 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_57'] = x_tier_change__mutmut_57 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_58'] = x_tier_change__mutmut_58 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_59'] = x_tier_change__mutmut_59 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_60'] = x_tier_change__mutmut_60 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_61'] = x_tier_change__mutmut_61 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_62'] = x_tier_change__mutmut_62 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_63'] = x_tier_change__mutmut_63 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_64'] = x_tier_change__mutmut_64 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_65'] = x_tier_change__mutmut_65 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_66'] = x_tier_change__mutmut_66 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_67'] = x_tier_change__mutmut_67 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_68'] = x_tier_change__mutmut_68 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_69'] = x_tier_change__mutmut_69 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_70'] = x_tier_change__mutmut_70 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_71'] = x_tier_change__mutmut_71 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_72'] = x_tier_change__mutmut_72 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_73'] = x_tier_change__mutmut_73 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_74'] = x_tier_change__mutmut_74 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_75'] = x_tier_change__mutmut_75 # type: ignore # mutmut generated
mutants_x_tier_change__mutmut['x_tier_change__mutmut_76'] = x_tier_change__mutmut_76 # type: ignore # mutmut generated


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
mutants_x_apply_discount__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_apply_discount__mutmut)
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


def x_apply_discount__mutmut_orig(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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


def x_apply_discount__mutmut_1(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    gross = None
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


def x_apply_discount__mutmut_2(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    gross = to_money(None, field="amount")
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


def x_apply_discount__mutmut_3(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    gross = to_money(amount, field=None)
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


def x_apply_discount__mutmut_4(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    gross = to_money(field="amount")
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


def x_apply_discount__mutmut_5(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    gross = to_money(amount, )
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


def x_apply_discount__mutmut_6(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    gross = to_money(amount, field="XXamountXX")
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


def x_apply_discount__mutmut_7(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    gross = to_money(amount, field="AMOUNT")
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


def x_apply_discount__mutmut_8(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    if gross <= ZERO:
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


def x_apply_discount__mutmut_9(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        msg = None
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


def x_apply_discount__mutmut_10(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(None, field="amount", value=amount)
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


def x_apply_discount__mutmut_11(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(msg, field=None, value=amount)
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


def x_apply_discount__mutmut_12(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(msg, field="amount", value=None)
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


def x_apply_discount__mutmut_13(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(field="amount", value=amount)
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


def x_apply_discount__mutmut_14(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(msg, value=amount)
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


def x_apply_discount__mutmut_15(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(msg, field="amount", )
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


def x_apply_discount__mutmut_16(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(msg, field="XXamountXX", value=amount)
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


def x_apply_discount__mutmut_17(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidComponent(msg, field="AMOUNT", value=amount)
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


def x_apply_discount__mutmut_18(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    checked: object = None
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


def x_apply_discount__mutmut_19(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    if checked is not None or not isinstance(checked, MembershipTier):
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


def x_apply_discount__mutmut_20(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    if checked is None and not isinstance(checked, MembershipTier):
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


def x_apply_discount__mutmut_21(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    if checked is not None and isinstance(checked, MembershipTier):
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


def x_apply_discount__mutmut_22(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        msg = None
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


def x_apply_discount__mutmut_23(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        msg = f"tier: expected a MembershipTier or None, got {type(None).__name__}"
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


def x_apply_discount__mutmut_24(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(None, field="tier", value=checked)
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


def x_apply_discount__mutmut_25(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(msg, field=None, value=checked)
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


def x_apply_discount__mutmut_26(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(msg, field="tier", value=None)
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


def x_apply_discount__mutmut_27(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(field="tier", value=checked)
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


def x_apply_discount__mutmut_28(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(msg, value=checked)
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


def x_apply_discount__mutmut_29(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(msg, field="tier", )
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


def x_apply_discount__mutmut_30(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(msg, field="XXtierXX", value=checked)
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


def x_apply_discount__mutmut_31(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        raise InvalidFormat(msg, field="TIER", value=checked)
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


def x_apply_discount__mutmut_32(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    rate = None
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


def x_apply_discount__mutmut_33(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    rate = Decimal("0") if (tier is None) and False else tier.discount
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


def x_apply_discount__mutmut_34(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    rate = Decimal("0") if (tier is None) or True else tier.discount
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


def x_apply_discount__mutmut_35(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    rate = Decimal(None) if tier is None else tier.discount
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


def x_apply_discount__mutmut_36(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    rate = Decimal("XX0XX") if tier is None else tier.discount
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


def x_apply_discount__mutmut_37(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    rate = Decimal("0") if tier is not None else tier.discount
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


def x_apply_discount__mutmut_38(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
    with localcontext(None):
        discount = (gross * rate).quantize(FEN, rounding=ROUND_HALF_UP)
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_39(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount = None
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_40(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount = (gross * rate).quantize(None, rounding=ROUND_HALF_UP)
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_41(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount = (gross * rate).quantize(FEN, rounding=None)
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_42(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount = (gross * rate).quantize(rounding=ROUND_HALF_UP)
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_43(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount = (gross * rate).quantize(FEN, )
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_44(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount = (gross / rate).quantize(FEN, rounding=ROUND_HALF_UP)
        net = gross - discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_45(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        net = None
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_46(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        net = gross + discount
    return DiscountedAmount(
        gross=gross,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_47(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        gross=None,
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_48(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount=None,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_49(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        net=None,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_50(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        rate=None,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_51(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        tier_code=None,
    )


def x_apply_discount__mutmut_52(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        discount=discount,
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_53(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        net=net,
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_54(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        rate=rate,
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_55(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        tier_code=None if tier is None else tier.code,
    )


def x_apply_discount__mutmut_56(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        )


def x_apply_discount__mutmut_57(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        tier_code=None if (tier is None) and False else tier.code,
    )


def x_apply_discount__mutmut_58(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        tier_code=None if (tier is None) or True else tier.code,
    )


def x_apply_discount__mutmut_59(amount: Decimal | int | str, tier: MembershipTier | None) -> DiscountedAmount:
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
        tier_code=None if tier is not None else tier.code,
    )

mutants_x_apply_discount__mutmut['_mutmut_orig'] = x_apply_discount__mutmut_orig # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_1'] = x_apply_discount__mutmut_1 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_2'] = x_apply_discount__mutmut_2 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_3'] = x_apply_discount__mutmut_3 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_4'] = x_apply_discount__mutmut_4 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_5'] = x_apply_discount__mutmut_5 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_6'] = x_apply_discount__mutmut_6 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_7'] = x_apply_discount__mutmut_7 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_8'] = x_apply_discount__mutmut_8 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_9'] = x_apply_discount__mutmut_9 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_10'] = x_apply_discount__mutmut_10 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_11'] = x_apply_discount__mutmut_11 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_12'] = x_apply_discount__mutmut_12 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_13'] = x_apply_discount__mutmut_13 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_14'] = x_apply_discount__mutmut_14 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_15'] = x_apply_discount__mutmut_15 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_16'] = x_apply_discount__mutmut_16 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_17'] = x_apply_discount__mutmut_17 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_18'] = x_apply_discount__mutmut_18 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_19'] = x_apply_discount__mutmut_19 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_20'] = x_apply_discount__mutmut_20 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_21'] = x_apply_discount__mutmut_21 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_22'] = x_apply_discount__mutmut_22 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_23'] = x_apply_discount__mutmut_23 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_24'] = x_apply_discount__mutmut_24 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_25'] = x_apply_discount__mutmut_25 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_26'] = x_apply_discount__mutmut_26 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_27'] = x_apply_discount__mutmut_27 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_28'] = x_apply_discount__mutmut_28 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_29'] = x_apply_discount__mutmut_29 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_30'] = x_apply_discount__mutmut_30 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_31'] = x_apply_discount__mutmut_31 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_32'] = x_apply_discount__mutmut_32 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_33'] = x_apply_discount__mutmut_33 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_34'] = x_apply_discount__mutmut_34 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_35'] = x_apply_discount__mutmut_35 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_36'] = x_apply_discount__mutmut_36 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_37'] = x_apply_discount__mutmut_37 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_38'] = x_apply_discount__mutmut_38 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_39'] = x_apply_discount__mutmut_39 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_40'] = x_apply_discount__mutmut_40 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_41'] = x_apply_discount__mutmut_41 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_42'] = x_apply_discount__mutmut_42 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_43'] = x_apply_discount__mutmut_43 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_44'] = x_apply_discount__mutmut_44 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_45'] = x_apply_discount__mutmut_45 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_46'] = x_apply_discount__mutmut_46 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_47'] = x_apply_discount__mutmut_47 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_48'] = x_apply_discount__mutmut_48 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_49'] = x_apply_discount__mutmut_49 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_50'] = x_apply_discount__mutmut_50 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_51'] = x_apply_discount__mutmut_51 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_52'] = x_apply_discount__mutmut_52 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_53'] = x_apply_discount__mutmut_53 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_54'] = x_apply_discount__mutmut_54 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_55'] = x_apply_discount__mutmut_55 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_56'] = x_apply_discount__mutmut_56 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_57'] = x_apply_discount__mutmut_57 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_58'] = x_apply_discount__mutmut_58 # type: ignore # mutmut generated
mutants_x_apply_discount__mutmut['x_apply_discount__mutmut_59'] = x_apply_discount__mutmut_59 # type: ignore # mutmut generated
