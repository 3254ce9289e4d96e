"""Big customers (大客户): fleet accounts and their A/B/C class (seed 004).

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__to_purchase_plan__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_purchase_plan__mutmut)
def _to_purchase_plan(value: object) -> PurchasePlan:
    return f.as_enum(PurchasePlan, value)


def x__to_purchase_plan__mutmut_orig(value: object) -> PurchasePlan:
    return f.as_enum(PurchasePlan, value)


def x__to_purchase_plan__mutmut_1(value: object) -> PurchasePlan:
    return f.as_enum(None, value)


def x__to_purchase_plan__mutmut_2(value: object) -> PurchasePlan:
    return f.as_enum(PurchasePlan, None)


def x__to_purchase_plan__mutmut_3(value: object) -> PurchasePlan:
    return f.as_enum(value)


def x__to_purchase_plan__mutmut_4(value: object) -> PurchasePlan:
    return f.as_enum(PurchasePlan, )

mutants_x__to_purchase_plan__mutmut['_mutmut_orig'] = x__to_purchase_plan__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_purchase_plan__mutmut['x__to_purchase_plan__mutmut_1'] = x__to_purchase_plan__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_purchase_plan__mutmut['x__to_purchase_plan__mutmut_2'] = x__to_purchase_plan__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_purchase_plan__mutmut['x__to_purchase_plan__mutmut_3'] = x__to_purchase_plan__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_purchase_plan__mutmut['x__to_purchase_plan__mutmut_4'] = x__to_purchase_plan__mutmut_4 # type: ignore # mutmut generated
mutants_x__optional_fleet_class__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__optional_fleet_class__mutmut)
def _optional_fleet_class(value: object) -> FleetClass | None:
    return f.optional_enum(FleetClass, value)


def x__optional_fleet_class__mutmut_orig(value: object) -> FleetClass | None:
    return f.optional_enum(FleetClass, value)


def x__optional_fleet_class__mutmut_1(value: object) -> FleetClass | None:
    return f.optional_enum(None, value)


def x__optional_fleet_class__mutmut_2(value: object) -> FleetClass | None:
    return f.optional_enum(FleetClass, None)


def x__optional_fleet_class__mutmut_3(value: object) -> FleetClass | None:
    return f.optional_enum(value)


def x__optional_fleet_class__mutmut_4(value: object) -> FleetClass | None:
    return f.optional_enum(FleetClass, )

mutants_x__optional_fleet_class__mutmut['_mutmut_orig'] = x__optional_fleet_class__mutmut_orig # type: ignore # mutmut generated
mutants_x__optional_fleet_class__mutmut['x__optional_fleet_class__mutmut_1'] = x__optional_fleet_class__mutmut_1 # type: ignore # mutmut generated
mutants_x__optional_fleet_class__mutmut['x__optional_fleet_class__mutmut_2'] = x__optional_fleet_class__mutmut_2 # type: ignore # mutmut generated
mutants_x__optional_fleet_class__mutmut['x__optional_fleet_class__mutmut_3'] = x__optional_fleet_class__mutmut_3 # type: ignore # mutmut generated
mutants_x__optional_fleet_class__mutmut['x__optional_fleet_class__mutmut_4'] = x__optional_fleet_class__mutmut_4 # type: ignore # mutmut generated


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
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class FleetAccount:
    """A big customer: its fleet, plans and the door-to-door service it gets.

    Attributes:
        vehicles: Vehicles in the fleet.
        vehicles_served: Vehicles given door-to-door service in the period.
        influential: Whether the account is influential (a criterion of class A).
        agreement_signed / site_visited / site_serviced: the second table of seed 004.
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

    @_mutmut_mutated(mutants_xǁFleetAccountǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="vehicles_served", value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="vehicles_served", value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.vehicles_served >= self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="vehicles_served", value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = None
            raise InvalidComponent(msg, field="vehicles_served", value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(None, field="vehicles_served", value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field=None, value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="vehicles_served", value=None)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(field="vehicles_served", value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="vehicles_served", )

    def xǁFleetAccountǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="XXvehicles_servedXX", value=self.vehicles_served)

    def xǁFleetAccountǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.vehicles_served > self.vehicles:
            msg = (
                f"vehicles_served: {self.vehicles_served} exceeds the fleet's "
                f"{self.vehicles} vehicles"
            )
            raise InvalidComponent(msg, field="VEHICLES_SERVED", value=self.vehicles_served)

mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['_mutmut_orig'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_1'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_2'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_3'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_4'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_5'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_6'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_7'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_8'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_9'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFleetAccountǁ__attrs_post_init____mutmut['xǁFleetAccountǁ__attrs_post_init____mutmut_10'] = FleetAccount.xǁFleetAccountǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
