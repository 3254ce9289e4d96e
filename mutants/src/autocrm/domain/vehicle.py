"""Vehicles (车辆): vehicle basics and vehicle extended data (SPEC §1), odometer readings.

Examples:
    >>> from datetime import date
    >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001",
    ...               plate="京A·12345", model="速腾 1.4T", purchased_on=date(2024, 3, 18))
    >>> car.plate, car.vin
    ('京A12345', 'LFV2A21K3D3109826')
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from autocrm.domain import _fields as f
from autocrm.domain.identifiers import plate as plate_id
from autocrm.domain.identifiers import vin as vin_id
from autocrm.domain.text import KEY_LENGTH, NAME_LENGTH, SHORT_TEXT_LENGTH
from autocrm.errors import InvalidComponent

__all__ = ["OdometerReading", "Vehicle"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__tags_set__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tags_set__mutmut)
def _tags_set(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", value)


def x__tags_set__mutmut_orig(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", value)


def x__tags_set__mutmut_1(value: object) -> frozenset[Any]:
    return f.frozen_set(None, value)


def x__tags_set__mutmut_2(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", None)


def x__tags_set__mutmut_3(value: object) -> frozenset[Any]:
    return f.frozen_set(value)


def x__tags_set__mutmut_4(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", )


def x__tags_set__mutmut_5(value: object) -> frozenset[Any]:
    return f.frozen_set("XXtagsXX", value)


def x__tags_set__mutmut_6(value: object) -> frozenset[Any]:
    return f.frozen_set("TAGS", value)

mutants_x__tags_set__mutmut['_mutmut_orig'] = x__tags_set__mutmut_orig # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_1'] = x__tags_set__mutmut_1 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_2'] = x__tags_set__mutmut_2 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_3'] = x__tags_set__mutmut_3 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_4'] = x__tags_set__mutmut_4 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_5'] = x__tags_set__mutmut_5 # type: ignore # mutmut generated
mutants_x__tags_set__mutmut['x__tags_set__mutmut_6'] = x__tags_set__mutmut_6 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plate_id__mutmut)
def _plate_id(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, "plate", value)


def x__plate_id__mutmut_orig(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, "plate", value)


def x__plate_id__mutmut_1(value: object) -> str | None:
    return f.optional_identifier(None, "plate", value)


def x__plate_id__mutmut_2(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, None, value)


def x__plate_id__mutmut_3(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, "plate", None)


def x__plate_id__mutmut_4(value: object) -> str | None:
    return f.optional_identifier("plate", value)


def x__plate_id__mutmut_5(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, value)


def x__plate_id__mutmut_6(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, "plate", )


def x__plate_id__mutmut_7(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, "XXplateXX", value)


def x__plate_id__mutmut_8(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, "PLATE", value)

mutants_x__plate_id__mutmut['_mutmut_orig'] = x__plate_id__mutmut_orig # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_1'] = x__plate_id__mutmut_1 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_2'] = x__plate_id__mutmut_2 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_3'] = x__plate_id__mutmut_3 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_4'] = x__plate_id__mutmut_4 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_5'] = x__plate_id__mutmut_5 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_6'] = x__plate_id__mutmut_6 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_7'] = x__plate_id__mutmut_7 # type: ignore # mutmut generated
mutants_x__plate_id__mutmut['x__plate_id__mutmut_8'] = x__plate_id__mutmut_8 # type: ignore # mutmut generated
mutants_x__vin_converter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__vin_converter__mutmut)
def _vin_converter(value: object) -> str:
    # Full validation happens in __attrs_post_init__, where the check-digit flag is known.
    return vin_id.compact(value) if isinstance(value, str) else value  # type: ignore[return-value]


def x__vin_converter__mutmut_orig(value: object) -> str:
    # Full validation happens in __attrs_post_init__, where the check-digit flag is known.
    return vin_id.compact(value) if isinstance(value, str) else value  # type: ignore[return-value]


def x__vin_converter__mutmut_1(value: object) -> str:
    # Full validation happens in __attrs_post_init__, where the check-digit flag is known.
    return vin_id.compact(value) if (isinstance(value, str)) and False else value  # type: ignore[return-value]


def x__vin_converter__mutmut_2(value: object) -> str:
    # Full validation happens in __attrs_post_init__, where the check-digit flag is known.
    return vin_id.compact(value) if (isinstance(value, str)) or True else value  # type: ignore[return-value]


def x__vin_converter__mutmut_3(value: object) -> str:
    # Full validation happens in __attrs_post_init__, where the check-digit flag is known.
    return vin_id.compact(None) if isinstance(value, str) else value  # type: ignore[return-value]

mutants_x__vin_converter__mutmut['_mutmut_orig'] = x__vin_converter__mutmut_orig # type: ignore # mutmut generated
mutants_x__vin_converter__mutmut['x__vin_converter__mutmut_1'] = x__vin_converter__mutmut_1 # type: ignore # mutmut generated
mutants_x__vin_converter__mutmut['x__vin_converter__mutmut_2'] = x__vin_converter__mutmut_2 # type: ignore # mutmut generated
mutants_x__vin_converter__mutmut['x__vin_converter__mutmut_3'] = x__vin_converter__mutmut_3 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Vehicle:
    """A vehicle's archive record.

    Attributes:
        vin: The 17-character VIN (车架号), the vehicle's key; validated with its ISO
            3779 check digit unless ``vin_check_digit`` is False (imported European
            vehicles, whose 9th character is not a check digit).
        customer_number: The owner's customer number.
        plate: Chinese plate number (车牌号), stored compact (``京A12345``).
        first_maintenance_on: Date of the first maintenance (首保日期), once done.
        insurance_renewal_on: Date the current insurance expires (续保日期).
        next_maintenance_on: An explicit next-maintenance date; it wins over predictions.
        annual_inspection_on: Next annual inspection (年检) due date.
        warranty_expires_on / warranty_km: End of the manufacturer warranty.
        version: Optimistic-locking version, maintained by the archive.

    Examples:
        >>> Vehicle(vin="WVWZZZ1JZ3W386752", customer_number="C1", vin_check_digit=False).vin
        'WVWZZZ1JZ3W386752'
    """

    vin: str = attrs.field(converter=_vin_converter)
    customer_number: str = attrs.field(validator=f.text(KEY_LENGTH))
    plate: str | None = attrs.field(default=None, converter=_plate_id, kw_only=True)
    vin_check_digit: bool = attrs.field(validator=f.check_bool, default=True, kw_only=True)
    engine_number: str | None = attrs.field(
        default=None, validator=f.optional_text(SHORT_TEXT_LENGTH), kw_only=True
    )
    chassis_number: str | None = attrs.field(
        default=None, validator=f.optional_text(SHORT_TEXT_LENGTH), kw_only=True
    )
    key_number: str | None = attrs.field(
        default=None, validator=f.optional_text(SHORT_TEXT_LENGTH), kw_only=True
    )
    brand: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    model: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    model_class: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    colour: str | None = attrs.field(
        default=None, validator=f.optional_text(SHORT_TEXT_LENGTH), kw_only=True
    )
    use: str | None = attrs.field(
        default=None, validator=f.optional_text(SHORT_TEXT_LENGTH), kw_only=True
    )
    manufactured_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    purchased_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    registered_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    first_maintenance_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    first_visit_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    first_visit_km: int | None = attrs.field(
        default=None, validator=f.check_optional_non_negative_int, kw_only=True
    )
    insurer: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    insurer_contact: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
    insurance_renewal_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    next_maintenance_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    last_business_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    annual_inspection_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    road_fee_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    warranty_expires_on: date | None = attrs.field(
        default=None, validator=f.check_optional_date, kw_only=True
    )
    warranty_km: int | None = attrs.field(
        default=None, validator=f.check_optional_non_negative_int, kw_only=True
    )
    is_new_car_sale: bool = attrs.field(validator=f.check_bool, default=False, kw_only=True)
    tags: frozenset[str] = attrs.field(
        default=frozenset(),
        converter=_tags_set,
        validator=f.text_members(NAME_LENGTH),
        kw_only=True,
    )
    version: int = attrs.field(default=0, validator=f.check_non_negative_int, kw_only=True)

    @_mutmut_mutated(mutants_xǁVehicleǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_orig(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_1(self) -> None:
        try:
            normal = None
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_2(self) -> None:
        try:
            normal = vin_id.validate(None, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_3(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=None)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_4(self) -> None:
        try:
            normal = vin_id.validate(check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_5(self) -> None:
        try:
            normal = vin_id.validate(self.vin, )
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_6(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(None, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_7(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, None):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_8(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr("field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_9(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, ):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_10(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "XXfieldXX"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_11(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "FIELD"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_12(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = None
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_13(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "XXvinXX"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_14(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "VIN"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_15(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(None, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_16(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, None, normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_17(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", None)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_18(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__("vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_19(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_20(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", )
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_21(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "XXvinXX", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_22(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "VIN", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_23(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None or self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_24(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None or self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_25(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_26(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_27(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on <= self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_28(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = None
            raise InvalidComponent(msg, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_29(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(None, field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_30(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field=None, value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_31(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", value=None)

    def xǁVehicleǁ__attrs_post_init____mutmut_32(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(field="purchased_on", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_33(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_34(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="purchased_on", )

    def xǁVehicleǁ__attrs_post_init____mutmut_35(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="XXpurchased_onXX", value=self.purchased_on)

    def xǁVehicleǁ__attrs_post_init____mutmut_36(self) -> None:
        try:
            normal = vin_id.validate(self.vin, check_digit=self.vin_check_digit)
        except ValueError as exc:
            if hasattr(exc, "field"):
                exc.field = "vin"
            raise
        object.__setattr__(self, "vin", normal)
        if (
            self.manufactured_on is not None
            and self.purchased_on is not None
            and self.purchased_on < self.manufactured_on
        ):
            msg = (
                f"purchased_on: {self.purchased_on} is before the manufacture date "
                f"{self.manufactured_on}"
            )
            raise InvalidComponent(msg, field="PURCHASED_ON", value=self.purchased_on)

mutants_xǁVehicleǁ__attrs_post_init____mutmut['_mutmut_orig'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_1'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_2'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_3'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_4'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_5'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_6'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_7'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_8'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_9'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_10'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_11'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_12'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_13'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_14'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_15'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_16'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_17'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_18'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_19'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_20'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_21'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_22'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_23'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_24'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_25'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_26'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_27'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_28'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_29'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_30'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_31'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_32'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_33'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_34'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_35'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁVehicleǁ__attrs_post_init____mutmut['xǁVehicleǁ__attrs_post_init____mutmut_36'] = Vehicle.xǁVehicleǁ__attrs_post_init____mutmut_36 # type: ignore # mutmut generated


@attrs.frozen
class OdometerReading:
    """A mileage reading (里程) of a vehicle on a date.

    Examples:
        >>> OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12_480).km
        12480
    """

    vin: str = attrs.field(converter=_vin_converter, validator=f.text(KEY_LENGTH))
    on: date = attrs.field(validator=f.check_date)
    km: int = attrs.field(validator=f.check_non_negative_int)
    source: str | None = attrs.field(
        default=None, validator=f.optional_text(NAME_LENGTH), kw_only=True
    )
