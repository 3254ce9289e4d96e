"""Big customers: the A/B/C classes (SPEC §8, seed 004).

Seed 004 classes big customers (大客户) as A, core (核心客户): a large fleet, an
influential account, buying again this year; B, key (重点客户): a fairly large
fleet, buying within two years; C, watch (关注客户): a small fleet or no clear
plan. The seed gives no vehicle counts for "large" and "fairly large": the
thresholds are policy values (defaults 50 and 20 vehicles; in seed 004's table the
A accounts average about 117 vehicles, B about 60 and C about 22).

Examples:
    >>> from autocrm.domain import FleetAccount
    >>> bank = FleetAccount("F001", customer_number="C000009", name="某某银行",
    ...                     vehicles=120, influential=True, purchase_plan="this_year")
    >>> result = classify_fleet(bank)
    >>> result.fleet_class.label
    '核心客户'
    >>> result.reason
    'A: 120 vehicles >= 50 (a_min_vehicles), influential, plans to buy this year'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from autocrm.domain.fleet import FleetAccount, FleetClass, PurchasePlan
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.rules._visits import check_iterable, checked

__all__ = [
    "FleetClassification",
    "FleetPolicy",
    "assign_fleet_classes",
    "classify_fleet",
    "classify_fleets",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__check_count__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_count__mutmut)
def _check_count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_orig(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_1(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) and value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_2(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) and not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_3(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_4(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_5(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_6(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = None
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_7(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(None)}"
        raise InvalidComponent(msg, field=attribute.name, value=value)


def x__check_count__mutmut_8(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(None, field=attribute.name, value=value)


def x__check_count__mutmut_9(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=None, value=value)


def x__check_count__mutmut_10(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, value=None)


def x__check_count__mutmut_11(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(field=attribute.name, value=value)


def x__check_count__mutmut_12(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, value=value)


def x__check_count__mutmut_13(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: expected a whole number of vehicles >= 0, got {shown(value)}"
        raise InvalidComponent(msg, field=attribute.name, )

mutants_x__check_count__mutmut['_mutmut_orig'] = x__check_count__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_1'] = x__check_count__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_2'] = x__check_count__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_3'] = x__check_count__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_4'] = x__check_count__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_5'] = x__check_count__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_6'] = x__check_count__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_7'] = x__check_count__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_8'] = x__check_count__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_9'] = x__check_count__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_10'] = x__check_count__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_11'] = x__check_count__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_12'] = x__check_count__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_count__mutmut['x__check_count__mutmut_13'] = x__check_count__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen(kw_only=True)
class FleetPolicy:
    """Fleet-size thresholds of the A/B/C classes.

    Attributes:
        a_min_vehicles: Smallest fleet that counts as large (class A).
        b_min_vehicles: Smallest fleet that counts as fairly large (class B); not
            above ``a_min_vehicles``.

    Raises:
        autocrm.errors.InvalidComponent: a negative count, or B's threshold above A's.

    Examples:
        >>> FleetPolicy().a_min_vehicles
        50
        >>> FleetPolicy(a_min_vehicles=10, b_min_vehicles=20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: b_min_vehicles: 20 is above a_min_vehicles 10; ...
    """

    a_min_vehicles: int = attrs.field(default=50, validator=_check_count)
    b_min_vehicles: int = attrs.field(default=20, validator=_check_count)

    @_mutmut_mutated(mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field="b_min_vehicles", value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field="b_min_vehicles", value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.b_min_vehicles >= self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field="b_min_vehicles", value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = None
            raise InvalidComponent(msg, field="b_min_vehicles", value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(None, field="b_min_vehicles", value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field=None, value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field="b_min_vehicles", value=None)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(field="b_min_vehicles", value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field="b_min_vehicles", )

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field="XXb_min_vehiclesXX", value=self.b_min_vehicles)

    def xǁFleetPolicyǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {self.b_min_vehicles} is above a_min_vehicles "
                f"{self.a_min_vehicles}; a fairly large fleet cannot be larger than a large one"
            )
            raise InvalidComponent(msg, field="B_MIN_VEHICLES", value=self.b_min_vehicles)

mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['_mutmut_orig'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_1'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_2'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_3'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_4'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_5'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_6'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_7'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_8'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_9'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFleetPolicyǁ__attrs_post_init____mutmut['xǁFleetPolicyǁ__attrs_post_init____mutmut_10'] = FleetPolicy.xǁFleetPolicyǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated


@attrs.frozen(kw_only=True)
class FleetClassification:
    """The class of one big customer and why.

    Attributes:
        account_number: The fleet account's number.
        fleet_class: A, B or C.
        reason: The rule that decided, naming the thresholds and the evidence.
        vehicles / influential / purchase_plan: The evidence used.
        policy: The thresholds used.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> acct = FleetAccount("F2", customer_number="C2", name="某物流公司", vehicles=12)
        >>> classify_fleet(acct).fleet_class.value
        'C'
    """

    account_number: str
    fleet_class: FleetClass
    reason: str
    vehicles: int
    influential: bool
    purchase_plan: PurchasePlan
    policy: FleetPolicy


_DEFAULT_POLICY = FleetPolicy()
mutants_x_classify_fleet__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_classify_fleet__mutmut)
def classify_fleet(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_orig(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_1(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = None
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_2(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(None, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_3(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, None, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_4(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, None)
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_5(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_6(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_7(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, )
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_8(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "XXpolicyXX")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_9(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "POLICY")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_10(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = None
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_11(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_12(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = None
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_13(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(None).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_14(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(None, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_15(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field=None, value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_16(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=None)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_17(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_18(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_19(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", )
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_20(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="XXaccountXX", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_21(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="ACCOUNT", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_22(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = None
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_23(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = None
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_24(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = None
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_25(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan not in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_26(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential or plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_27(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles or account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_28(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size > policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_29(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is not PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_30(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = None
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_31(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = None
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_32(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "XXinfluential, plans to buy this yearXX"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_33(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "INFLUENTIAL, PLANS TO BUY THIS YEAR"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_34(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles or plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_35(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size > policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_36(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = None
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_37(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = None
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_38(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if (plan is PurchasePlan.THIS_YEAR) and False else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_39(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if (plan is PurchasePlan.THIS_YEAR) or True else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_40(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "XXthis yearXX" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_41(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "THIS YEAR" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_42(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is not PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_43(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "XXwithin two yearsXX"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_44(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "WITHIN TWO YEARS"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_45(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = None
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_46(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = None
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_47(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = None
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_48(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size <= policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_49(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(None)
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_50(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_51(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append(None)
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_52(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("XXno purchase plan within two yearsXX")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_53(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("NO PURCHASE PLAN WITHIN TWO YEARS")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_54(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = None
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_55(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " - ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_56(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "XXC: XX" + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_57(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "c: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_58(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(None)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_59(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + "XX, XX".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_60(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=None,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_61(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=None,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_62(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=None,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_63(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=None,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_64(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=None,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_65(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=None,
        policy=policy,
    )


def x_classify_fleet__mutmut_66(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=None,
    )


def x_classify_fleet__mutmut_67(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_68(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_69(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_70(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        influential=account.influential,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_71(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        purchase_plan=plan,
        policy=policy,
    )


def x_classify_fleet__mutmut_72(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        policy=policy,
    )


def x_classify_fleet__mutmut_73(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by seed 004's rule.

    * A (core): at least ``a_min_vehicles`` vehicles, influential, and plans to buy
      this year;
    * B (key): at least ``b_min_vehicles`` vehicles and plans to buy this year or
      within two years (a large fleet that misses one of A's criteria is B);
    * C (watch): everything else: a small fleet, or no clear purchase plan.

    The class recorded on the account (``account.fleet_class``, possibly set by
    hand) is not consulted: this is what the rule says.

    Args:
        account: The big customer.
        policy: The fleet-size thresholds.

    Returns:
        The class with its reason and evidence.

    Raises:
        autocrm.errors.InvalidFormat: ``account`` is not a FleetAccount.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> taxi = FleetAccount("F3", customer_number="C3", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> classify_fleet(taxi).reason
        'B: 80 vehicles >= 20 (b_min_vehicles), plans to buy within two years'
        >>> classify_fleet(taxi, policy=FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)).reason
        'C: 80 vehicles < 100 (b_min_vehicles)'
    """
    policy = checked(policy, FleetPolicy, "policy")
    given: object = account
    if not isinstance(given, FleetAccount):
        msg = f"account: expected a FleetAccount, got {type(given).__name__}"
        raise InvalidFormat(msg, field="account", value=given)
    size = account.vehicles
    plan = account.purchase_plan
    plans_within_two_years = plan in (PurchasePlan.THIS_YEAR, PurchasePlan.WITHIN_TWO_YEARS)
    if size >= policy.a_min_vehicles and account.influential and plan is PurchasePlan.THIS_YEAR:
        fleet_class = FleetClass.A
        reason = (
            f"A: {size} vehicles >= {policy.a_min_vehicles} (a_min_vehicles), "
            "influential, plans to buy this year"
        )
    elif size >= policy.b_min_vehicles and plans_within_two_years:
        fleet_class = FleetClass.B
        when = "this year" if plan is PurchasePlan.THIS_YEAR else "within two years"
        reason = (
            f"B: {size} vehicles >= {policy.b_min_vehicles} (b_min_vehicles), plans to buy {when}"
        )
    else:
        fleet_class = FleetClass.C
        why = []
        if size < policy.b_min_vehicles:
            why.append(f"{size} vehicles < {policy.b_min_vehicles} (b_min_vehicles)")
        if not plans_within_two_years:
            why.append("no purchase plan within two years")
        reason = "C: " + ", ".join(why)
    return FleetClassification(
        account_number=account.number,
        fleet_class=fleet_class,
        reason=reason,
        vehicles=size,
        influential=account.influential,
        purchase_plan=plan,
        )

mutants_x_classify_fleet__mutmut['_mutmut_orig'] = x_classify_fleet__mutmut_orig # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_1'] = x_classify_fleet__mutmut_1 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_2'] = x_classify_fleet__mutmut_2 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_3'] = x_classify_fleet__mutmut_3 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_4'] = x_classify_fleet__mutmut_4 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_5'] = x_classify_fleet__mutmut_5 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_6'] = x_classify_fleet__mutmut_6 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_7'] = x_classify_fleet__mutmut_7 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_8'] = x_classify_fleet__mutmut_8 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_9'] = x_classify_fleet__mutmut_9 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_10'] = x_classify_fleet__mutmut_10 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_11'] = x_classify_fleet__mutmut_11 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_12'] = x_classify_fleet__mutmut_12 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_13'] = x_classify_fleet__mutmut_13 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_14'] = x_classify_fleet__mutmut_14 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_15'] = x_classify_fleet__mutmut_15 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_16'] = x_classify_fleet__mutmut_16 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_17'] = x_classify_fleet__mutmut_17 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_18'] = x_classify_fleet__mutmut_18 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_19'] = x_classify_fleet__mutmut_19 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_20'] = x_classify_fleet__mutmut_20 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_21'] = x_classify_fleet__mutmut_21 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_22'] = x_classify_fleet__mutmut_22 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_23'] = x_classify_fleet__mutmut_23 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_24'] = x_classify_fleet__mutmut_24 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_25'] = x_classify_fleet__mutmut_25 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_26'] = x_classify_fleet__mutmut_26 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_27'] = x_classify_fleet__mutmut_27 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_28'] = x_classify_fleet__mutmut_28 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_29'] = x_classify_fleet__mutmut_29 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_30'] = x_classify_fleet__mutmut_30 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_31'] = x_classify_fleet__mutmut_31 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_32'] = x_classify_fleet__mutmut_32 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_33'] = x_classify_fleet__mutmut_33 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_34'] = x_classify_fleet__mutmut_34 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_35'] = x_classify_fleet__mutmut_35 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_36'] = x_classify_fleet__mutmut_36 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_37'] = x_classify_fleet__mutmut_37 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_38'] = x_classify_fleet__mutmut_38 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_39'] = x_classify_fleet__mutmut_39 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_40'] = x_classify_fleet__mutmut_40 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_41'] = x_classify_fleet__mutmut_41 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_42'] = x_classify_fleet__mutmut_42 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_43'] = x_classify_fleet__mutmut_43 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_44'] = x_classify_fleet__mutmut_44 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_45'] = x_classify_fleet__mutmut_45 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_46'] = x_classify_fleet__mutmut_46 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_47'] = x_classify_fleet__mutmut_47 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_48'] = x_classify_fleet__mutmut_48 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_49'] = x_classify_fleet__mutmut_49 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_50'] = x_classify_fleet__mutmut_50 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_51'] = x_classify_fleet__mutmut_51 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_52'] = x_classify_fleet__mutmut_52 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_53'] = x_classify_fleet__mutmut_53 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_54'] = x_classify_fleet__mutmut_54 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_55'] = x_classify_fleet__mutmut_55 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_56'] = x_classify_fleet__mutmut_56 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_57'] = x_classify_fleet__mutmut_57 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_58'] = x_classify_fleet__mutmut_58 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_59'] = x_classify_fleet__mutmut_59 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_60'] = x_classify_fleet__mutmut_60 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_61'] = x_classify_fleet__mutmut_61 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_62'] = x_classify_fleet__mutmut_62 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_63'] = x_classify_fleet__mutmut_63 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_64'] = x_classify_fleet__mutmut_64 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_65'] = x_classify_fleet__mutmut_65 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_66'] = x_classify_fleet__mutmut_66 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_67'] = x_classify_fleet__mutmut_67 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_68'] = x_classify_fleet__mutmut_68 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_69'] = x_classify_fleet__mutmut_69 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_70'] = x_classify_fleet__mutmut_70 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_71'] = x_classify_fleet__mutmut_71 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_72'] = x_classify_fleet__mutmut_72 # type: ignore # mutmut generated
mutants_x_classify_fleet__mutmut['x_classify_fleet__mutmut_73'] = x_classify_fleet__mutmut_73 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_classify_fleets__mutmut)
def classify_fleets(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_orig(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_1(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = None
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_2(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(None, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_3(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, None, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_4(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, None)
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_5(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_6(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_7(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, )
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_8(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "XXpolicyXX")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_9(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "POLICY")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_10(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(None, "accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_11(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, None)
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_12(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable("accounts")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_13(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, )
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_14(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "XXaccountsXX")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_15(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "ACCOUNTS")
    return tuple(classify_fleet(account, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_16(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(None)


def x_classify_fleets__mutmut_17(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(None, policy=policy) for account in accounts)


def x_classify_fleets__mutmut_18(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, policy=None) for account in accounts)


def x_classify_fleets__mutmut_19(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(policy=policy) for account in accounts)


def x_classify_fleets__mutmut_20(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetClassification, ...]:
    """Class every account, in the order given.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> accounts = [FleetAccount(f"F{n}", customer_number=f"C{n}", name="车队", vehicles=n)
        ...             for n in (5, 60)]
        >>> [r.fleet_class.value for r in classify_fleets(accounts)]
        ['C', 'C']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(classify_fleet(account, ) for account in accounts)

mutants_x_classify_fleets__mutmut['_mutmut_orig'] = x_classify_fleets__mutmut_orig # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_1'] = x_classify_fleets__mutmut_1 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_2'] = x_classify_fleets__mutmut_2 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_3'] = x_classify_fleets__mutmut_3 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_4'] = x_classify_fleets__mutmut_4 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_5'] = x_classify_fleets__mutmut_5 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_6'] = x_classify_fleets__mutmut_6 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_7'] = x_classify_fleets__mutmut_7 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_8'] = x_classify_fleets__mutmut_8 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_9'] = x_classify_fleets__mutmut_9 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_10'] = x_classify_fleets__mutmut_10 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_11'] = x_classify_fleets__mutmut_11 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_12'] = x_classify_fleets__mutmut_12 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_13'] = x_classify_fleets__mutmut_13 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_14'] = x_classify_fleets__mutmut_14 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_15'] = x_classify_fleets__mutmut_15 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_16'] = x_classify_fleets__mutmut_16 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_17'] = x_classify_fleets__mutmut_17 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_18'] = x_classify_fleets__mutmut_18 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_19'] = x_classify_fleets__mutmut_19 # type: ignore # mutmut generated
mutants_x_classify_fleets__mutmut['x_classify_fleets__mutmut_20'] = x_classify_fleets__mutmut_20 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_assign_fleet_classes__mutmut)
def assign_fleet_classes(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_orig(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_1(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = None
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_2(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(None, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_3(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, None, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_4(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, None)
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_5(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_6(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_7(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, )
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_8(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "XXpolicyXX")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_9(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "POLICY")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_10(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(None, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_11(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, None)
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_12(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable("accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_13(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, )
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_14(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "XXaccountsXX")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_15(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "ACCOUNTS")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_16(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        None
    )


def x_assign_fleet_classes__mutmut_17(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if (account.fleet_class is not None) and False
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_18(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if (account.fleet_class is not None) or True
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_19(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_20(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(None, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_21(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=None)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_22(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_23(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, )
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_24(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(None, policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_25(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=None).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_26(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(policy=policy).fleet_class)
        for account in accounts
    )


def x_assign_fleet_classes__mutmut_27(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by :func:`classify_fleet`.

    Use it to fill in the class before building seed 004's table; an account
    whose class was set by hand keeps it.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> a = FleetAccount("F1", customer_number="C1", name="某银行", vehicles=120,
        ...                  influential=True, purchase_plan="this_year")
        >>> b = FleetAccount("F2", customer_number="C2", name="某医院", vehicles=3,
        ...                  fleet_class="B")
        >>> [x.fleet_class.value for x in assign_fleet_classes([a, b])]
        ['A', 'B']
    """
    policy = checked(policy, FleetPolicy, "policy")
    check_iterable(accounts, "accounts")
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, ).fleet_class)
        for account in accounts
    )

mutants_x_assign_fleet_classes__mutmut['_mutmut_orig'] = x_assign_fleet_classes__mutmut_orig # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_1'] = x_assign_fleet_classes__mutmut_1 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_2'] = x_assign_fleet_classes__mutmut_2 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_3'] = x_assign_fleet_classes__mutmut_3 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_4'] = x_assign_fleet_classes__mutmut_4 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_5'] = x_assign_fleet_classes__mutmut_5 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_6'] = x_assign_fleet_classes__mutmut_6 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_7'] = x_assign_fleet_classes__mutmut_7 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_8'] = x_assign_fleet_classes__mutmut_8 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_9'] = x_assign_fleet_classes__mutmut_9 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_10'] = x_assign_fleet_classes__mutmut_10 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_11'] = x_assign_fleet_classes__mutmut_11 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_12'] = x_assign_fleet_classes__mutmut_12 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_13'] = x_assign_fleet_classes__mutmut_13 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_14'] = x_assign_fleet_classes__mutmut_14 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_15'] = x_assign_fleet_classes__mutmut_15 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_16'] = x_assign_fleet_classes__mutmut_16 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_17'] = x_assign_fleet_classes__mutmut_17 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_18'] = x_assign_fleet_classes__mutmut_18 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_19'] = x_assign_fleet_classes__mutmut_19 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_20'] = x_assign_fleet_classes__mutmut_20 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_21'] = x_assign_fleet_classes__mutmut_21 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_22'] = x_assign_fleet_classes__mutmut_22 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_23'] = x_assign_fleet_classes__mutmut_23 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_24'] = x_assign_fleet_classes__mutmut_24 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_25'] = x_assign_fleet_classes__mutmut_25 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_26'] = x_assign_fleet_classes__mutmut_26 # type: ignore # mutmut generated
mutants_x_assign_fleet_classes__mutmut['x_assign_fleet_classes__mutmut_27'] = x_assign_fleet_classes__mutmut_27 # type: ignore # mutmut generated
