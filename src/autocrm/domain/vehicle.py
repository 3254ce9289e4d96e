"""Vehicles (车辆): vehicle basics and vehicle extended data, odometer readings.

What a vehicle's file holds is listed under [the archive][sources-archive-fields].

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


def _tags_set(value: object) -> frozenset[Any]:
    return f.frozen_set("tags", value)


def _plate_id(value: object) -> str | None:
    return f.optional_identifier(plate_id.validate, "plate", value)


def _vin_converter(value: object) -> str:
    # Full validation happens in __attrs_post_init__, where the check-digit flag is known.
    return vin_id.compact(value) if isinstance(value, str) else value  # type: ignore[return-value]


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
