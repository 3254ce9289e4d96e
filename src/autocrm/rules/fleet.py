"""Big customers: the A/B/C classes.

The department classes [big customers][sources-statistics-fleet] (大客户) as A, core
(核心客户): a large fleet, an influential account, buying again this year; B, key
(重点客户): a fairly large fleet, buying within two years; C, watch (关注客户): a small
fleet or no clear plan. No vehicle counts are given for "large" and "fairly large": the
thresholds are policy values (defaults 50 and 20 vehicles; in the department's
[reference table][sources-reference-figures-fleet] the A accounts average about 117
vehicles, B about 60 and C about 22).

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

import attrs

from autocrm.domain.checks import expect_items, whole_number
from autocrm.domain.fleet import FleetAccount, FleetClass, PurchasePlan
from autocrm.errors import InvalidPolicyValue, shown
from autocrm.rules._visits import check_iterable, checked

__all__ = [
    "FleetClassification",
    "FleetPolicy",
    "assign_fleet_classes",
    "classify_fleet",
    "classify_fleets",
]


#: A fleet threshold is a whole number of vehicles, 0 or more.
_check_count = whole_number(0)


@attrs.frozen(kw_only=True)
class FleetPolicy:
    """Fleet-size thresholds of the A/B/C classes.

    Attributes:
        a_min_vehicles: Smallest fleet that counts as large (class A).
        b_min_vehicles: Smallest fleet that counts as fairly large (class B); not
            above ``a_min_vehicles``.

    Raises:
        autocrm.errors.InvalidPolicyValue: a negative count, or B's threshold above A's
            (a PolicyError and an InvalidComponent).

    Examples:
        >>> FleetPolicy().a_min_vehicles
        50
        >>> FleetPolicy(a_min_vehicles=10, b_min_vehicles=20)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidPolicyValue: b_min_vehicles: 20 is above a_min_vehicles 10; ...
    """

    a_min_vehicles: int = attrs.field(default=50, validator=_check_count)
    b_min_vehicles: int = attrs.field(default=20, validator=_check_count)

    def __attrs_post_init__(self) -> None:
        if self.b_min_vehicles > self.a_min_vehicles:
            msg = (
                f"b_min_vehicles: {shown(self.b_min_vehicles)} is above a_min_vehicles "
                f"{shown(self.a_min_vehicles)}; a fairly large fleet cannot be larger than a "
                "large one"
            )
            raise InvalidPolicyValue(msg, field="b_min_vehicles", value=self.b_min_vehicles)


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


def classify_fleet(
    account: FleetAccount, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> FleetClassification:
    """Class a big customer A, B or C by fleet size, influence and buying plans.

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
    account = checked(account, FleetAccount, "account")
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


def assign_fleet_classes(
    accounts: Iterable[FleetAccount], *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """Return the accounts with ``fleet_class`` set by
    [`classify_fleet`][autocrm.rules.fleet.classify_fleet].

    Use it to fill in the class before building the big-customer table; an account
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
    return tuple(
        account
        if account.fleet_class is not None
        else attrs.evolve(account, fleet_class=classify_fleet(account, policy=policy).fleet_class)
        for account in expect_items(accounts, FleetAccount, field="accounts")
    )
