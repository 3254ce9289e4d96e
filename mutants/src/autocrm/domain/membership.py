"""Loyalty classes and membership tiers (seed 002).

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__to_loyalty_class__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_loyalty_class__mutmut)
def _to_loyalty_class(value: object) -> LoyaltyClass:
    return f.as_enum(LoyaltyClass, value)


def x__to_loyalty_class__mutmut_orig(value: object) -> LoyaltyClass:
    return f.as_enum(LoyaltyClass, value)


def x__to_loyalty_class__mutmut_1(value: object) -> LoyaltyClass:
    return f.as_enum(None, value)


def x__to_loyalty_class__mutmut_2(value: object) -> LoyaltyClass:
    return f.as_enum(LoyaltyClass, None)


def x__to_loyalty_class__mutmut_3(value: object) -> LoyaltyClass:
    return f.as_enum(value)


def x__to_loyalty_class__mutmut_4(value: object) -> LoyaltyClass:
    return f.as_enum(LoyaltyClass, )

mutants_x__to_loyalty_class__mutmut['_mutmut_orig'] = x__to_loyalty_class__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_loyalty_class__mutmut['x__to_loyalty_class__mutmut_1'] = x__to_loyalty_class__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_loyalty_class__mutmut['x__to_loyalty_class__mutmut_2'] = x__to_loyalty_class__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_loyalty_class__mutmut['x__to_loyalty_class__mutmut_3'] = x__to_loyalty_class__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_loyalty_class__mutmut['x__to_loyalty_class__mutmut_4'] = x__to_loyalty_class__mutmut_4 # type: ignore # mutmut generated
mutants_x__money_min_spend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__money_min_spend__mutmut)
def _money_min_spend(value: object) -> Decimal:
    return f.money("min_spend", value)


def x__money_min_spend__mutmut_orig(value: object) -> Decimal:
    return f.money("min_spend", value)


def x__money_min_spend__mutmut_1(value: object) -> Decimal:
    return f.money(None, value)


def x__money_min_spend__mutmut_2(value: object) -> Decimal:
    return f.money("min_spend", None)


def x__money_min_spend__mutmut_3(value: object) -> Decimal:
    return f.money(value)


def x__money_min_spend__mutmut_4(value: object) -> Decimal:
    return f.money("min_spend", )


def x__money_min_spend__mutmut_5(value: object) -> Decimal:
    return f.money("XXmin_spendXX", value)


def x__money_min_spend__mutmut_6(value: object) -> Decimal:
    return f.money("MIN_SPEND", value)

mutants_x__money_min_spend__mutmut['_mutmut_orig'] = x__money_min_spend__mutmut_orig # type: ignore # mutmut generated
mutants_x__money_min_spend__mutmut['x__money_min_spend__mutmut_1'] = x__money_min_spend__mutmut_1 # type: ignore # mutmut generated
mutants_x__money_min_spend__mutmut['x__money_min_spend__mutmut_2'] = x__money_min_spend__mutmut_2 # type: ignore # mutmut generated
mutants_x__money_min_spend__mutmut['x__money_min_spend__mutmut_3'] = x__money_min_spend__mutmut_3 # type: ignore # mutmut generated
mutants_x__money_min_spend__mutmut['x__money_min_spend__mutmut_4'] = x__money_min_spend__mutmut_4 # type: ignore # mutmut generated
mutants_x__money_min_spend__mutmut['x__money_min_spend__mutmut_5'] = x__money_min_spend__mutmut_5 # type: ignore # mutmut generated
mutants_x__money_min_spend__mutmut['x__money_min_spend__mutmut_6'] = x__money_min_spend__mutmut_6 # type: ignore # mutmut generated


class LoyaltyClass(LabelledEnum):
    """Loyalty by the routine maintenance a customer brings back (seed 002).

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
mutants_x__rate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__rate__mutmut)
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


def x__rate__mutmut_orig(value: object) -> Decimal:
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


def x__rate__mutmut_1(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = None
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


def x__rate__mutmut_2(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(None)} is a float; pass a Decimal or a string such as '0.10'"
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


def x__rate__mutmut_3(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(None, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_4(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field=None, value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_5(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=None)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_6(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_7(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_8(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", )
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_9(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="XXdiscountXX", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_10(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="DISCOUNT", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_11(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = None  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_12(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(None)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_13(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = None
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_14(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(None)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_15(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(None, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_16(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field=None, value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_17(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=None) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_18(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_19(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_20(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", ) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_21(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="XXdiscountXX", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_22(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="DISCOUNT", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_23(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() and not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_24(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_25(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_26(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(None) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_27(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(1) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_28(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) < rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_29(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate <= Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_30(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(None):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_31(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(2):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(value)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_32(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = None
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_33(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        msg = f"discount: {shown(value)} is a float; pass a Decimal or a string such as '0.10'"
        raise InvalidFormat(msg, field="discount", value=value)
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except Exception:
        msg = f"discount: {shown(value)} is not a decimal rate"
        raise InvalidFormat(msg, field="discount", value=value) from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        msg = f"discount: a discount rate lies in [0, 1), got {shown(None)}"
        raise InvalidComponent(msg, field="discount", value=value)
    return rate


def x__rate__mutmut_34(value: object) -> Decimal:
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
        raise InvalidComponent(None, field="discount", value=value)
    return rate


def x__rate__mutmut_35(value: object) -> Decimal:
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
        raise InvalidComponent(msg, field=None, value=value)
    return rate


def x__rate__mutmut_36(value: object) -> Decimal:
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
        raise InvalidComponent(msg, field="discount", value=None)
    return rate


def x__rate__mutmut_37(value: object) -> Decimal:
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
        raise InvalidComponent(field="discount", value=value)
    return rate


def x__rate__mutmut_38(value: object) -> Decimal:
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
        raise InvalidComponent(msg, value=value)
    return rate


def x__rate__mutmut_39(value: object) -> Decimal:
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
        raise InvalidComponent(msg, field="discount", )
    return rate


def x__rate__mutmut_40(value: object) -> Decimal:
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
        raise InvalidComponent(msg, field="XXdiscountXX", value=value)
    return rate


def x__rate__mutmut_41(value: object) -> Decimal:
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
        raise InvalidComponent(msg, field="DISCOUNT", value=value)
    return rate

mutants_x__rate__mutmut['_mutmut_orig'] = x__rate__mutmut_orig # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_1'] = x__rate__mutmut_1 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_2'] = x__rate__mutmut_2 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_3'] = x__rate__mutmut_3 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_4'] = x__rate__mutmut_4 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_5'] = x__rate__mutmut_5 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_6'] = x__rate__mutmut_6 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_7'] = x__rate__mutmut_7 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_8'] = x__rate__mutmut_8 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_9'] = x__rate__mutmut_9 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_10'] = x__rate__mutmut_10 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_11'] = x__rate__mutmut_11 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_12'] = x__rate__mutmut_12 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_13'] = x__rate__mutmut_13 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_14'] = x__rate__mutmut_14 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_15'] = x__rate__mutmut_15 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_16'] = x__rate__mutmut_16 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_17'] = x__rate__mutmut_17 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_18'] = x__rate__mutmut_18 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_19'] = x__rate__mutmut_19 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_20'] = x__rate__mutmut_20 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_21'] = x__rate__mutmut_21 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_22'] = x__rate__mutmut_22 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_23'] = x__rate__mutmut_23 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_24'] = x__rate__mutmut_24 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_25'] = x__rate__mutmut_25 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_26'] = x__rate__mutmut_26 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_27'] = x__rate__mutmut_27 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_28'] = x__rate__mutmut_28 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_29'] = x__rate__mutmut_29 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_30'] = x__rate__mutmut_30 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_31'] = x__rate__mutmut_31 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_32'] = x__rate__mutmut_32 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_33'] = x__rate__mutmut_33 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_34'] = x__rate__mutmut_34 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_35'] = x__rate__mutmut_35 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_36'] = x__rate__mutmut_36 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_37'] = x__rate__mutmut_37 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_38'] = x__rate__mutmut_38 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_39'] = x__rate__mutmut_39 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_40'] = x__rate__mutmut_40 # type: ignore # mutmut generated
mutants_x__rate__mutmut['x__rate__mutmut_41'] = x__rate__mutmut_41 # type: ignore # mutmut generated


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
