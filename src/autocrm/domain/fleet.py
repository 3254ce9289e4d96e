"""Big customers (大客户): fleet accounts and their A/B/C class.

The classes are described under [big customers][sources-statistics-fleet].

Examples:
    >>> acct = FleetAccount("F001", customer_number="C9", name="某某银行", vehicles=120,
    ...                     vehicles_served=110, influential=True, purchase_plan="this_year")
    >>> acct.purchase_plan.label
    '今年内购车'
"""

from __future__ import annotations

import attrs

from autocrm.domain import _fields as f
from autocrm.domain._enum import LabelledEnum
from autocrm.domain.text import KEY_LENGTH, NAME_LENGTH
from autocrm.errors import InvalidComponent

__all__ = ["FleetAccount", "FleetClass", "PurchasePlan"]


def _to_purchase_plan(value: object) -> PurchasePlan:
    return f.as_enum(PurchasePlan, value)


def _optional_fleet_class(value: object) -> FleetClass | None:
    return f.optional_enum(FleetClass, value)


class FleetClass(LabelledEnum):
    """A (core), B (key), C (watch).

    Examples:
        >>> FleetClass.A.value, FleetClass.A.label
        ('A', '核心客户')
        >>> FleetClass.from_label("重点客户") is FleetClass.B
        True
    """

    A = ("A", "核心客户")
    B = ("B", "重点客户")
    C = ("C", "关注客户")


class PurchasePlan(LabelledEnum):
    """When the account plans to buy vehicles again.

    Examples:
        >>> PurchasePlan.WITHIN_TWO_YEARS.value, PurchasePlan.WITHIN_TWO_YEARS.label
        ('within_two_years', '两年内购车')
        >>> PurchasePlan.from_label("无明确计划") is PurchasePlan.NONE
        True
    """

    THIS_YEAR = ("this_year", "今年内购车")
    WITHIN_TWO_YEARS = ("within_two_years", "两年内购车")
    NONE = ("none", "无明确计划")


@attrs.frozen
class FleetAccount:
    """A big customer: its fleet, plans and the door-to-door service it gets.

    Attributes:
        vehicles: Vehicles in the fleet.
        vehicles_served: Vehicles given door-to-door service in the period.
        influential: Whether the account is influential (a criterion of class A).
        agreement_signed / site_visited / site_serviced: the columns of the department's
            agreements-and-visits table (see
            [the reference figures][sources-reference-figures-fleet]).
        fleet_class: The class assigned (by ``classify_fleet`` or by hand).

    Examples:
        >>> FleetAccount("F2", customer_number="C2", name="某物流公司", vehicles=12).fleet_class
    """

    number: str = attrs.field(validator=f.text(KEY_LENGTH))
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH), kw_only=True)
    name: str = attrs.field(validator=f.text(NAME_LENGTH), kw_only=True)
    vehicles: int = attrs.field(validator=f.check_non_negative_int, kw_only=True)
    vehicles_served: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)
    influential: bool = attrs.field(validator=f.check_bool, default=False, kw_only=True)
    purchase_plan: PurchasePlan = attrs.field(
        default=PurchasePlan.NONE,
        converter=_to_purchase_plan,
        validator=f.check_enum(PurchasePlan),
        kw_only=True,
    )
    agreement_signed: bool = attrs.field(validator=f.check_bool, default=False, kw_only=True)
    site_visited: bool = attrs.field(validator=f.check_bool, default=False, kw_only=True)
    site_serviced: bool = attrs.field(validator=f.check_bool, default=False, kw_only=True)
    fleet_class: FleetClass | None = attrs.field(
        default=None,
        converter=_optional_fleet_class,
        validator=attrs.validators.optional(f.check_enum(FleetClass)),
        kw_only=True,
    )
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="vehicles_served", value=self.vehicles_served)
