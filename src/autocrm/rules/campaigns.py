"""Campaigns to invite customers to: car-care classes, self-drive tours, service months.

See [reminders][sources-reminders]; the invitations themselves are drawn by
[`due_reminders`][autocrm.rules.reminders.due_reminders].

Examples:
    >>> from datetime import date
    >>> Campaign(name="夏季空调免费检测", starts_on=date(2025, 6, 1),
    ...          ends_on=date(2025, 6, 30)).name
    '夏季空调免费检测'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import attrs

from autocrm.domain.checks import check_collection, expect_callable, expect_items
from autocrm.domain.time import as_date
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, shown

__all__ = ["Campaign"]


def _to_service_type_set(value: Iterable[object]) -> frozenset[ServiceType]:
    items = (value,) if isinstance(value, str) else check_collection(value, "service_types")
    return frozenset(ServiceType.member(item, field="service_types") for item in items)


def _to_str_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(
        (value,) if isinstance(value, str) else expect_items(value, str, field="models")
    )


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = f"name: expected the campaign's name, got {shown(value)}"
        raise InvalidFormat(msg, field="name", value=value)


def _check_test(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        expect_callable(value, field="applies_to")


def _to_start(value: date) -> date:
    return as_date(value, "starts_on")


def _to_end(value: date) -> date:
    return as_date(value, "ends_on")


@attrs.frozen(kw_only=True)
class Campaign:
    """A campaign to invite customers to: car-care class, self-drive tour, service month.

    A vehicle is targeted when it matches every given criterion: its model is in
    ``models``; it has had a visit with one of ``service_types``; ``applies_to``
    returns True for it. No criterion means every vehicle.

    Examples:
        >>> c = Campaign(name="夏季空调免费检测", starts_on=date(2025, 6, 1),
        ...              ends_on=date(2025, 6, 30), models={"速腾"})
        >>> c.models
        frozenset({'速腾'})
    """

    name: str = attrs.field(validator=_check_name)
    starts_on: date = attrs.field(converter=_to_start)
    ends_on: date = attrs.field(converter=_to_end)
    models: frozenset[str] = attrs.field(factory=frozenset, converter=_to_str_set)
    service_types: frozenset[ServiceType] = attrs.field(
        factory=frozenset, converter=_to_service_type_set
    )
    applies_to: Callable[[Vehicle], bool] | None = attrs.field(default=None, validator=_check_test)

    def __attrs_post_init__(self) -> None:
        if self.ends_on < self.starts_on:
            msg = f"ends_on: {self.ends_on} is before starts_on {self.starts_on}"
            raise InvalidComponent(msg, field="ends_on", value=self.ends_on)

    def targets(self, vehicle: Vehicle, work_orders: Iterable[WorkOrder] = ()) -> bool:
        """Return whether ``vehicle`` (with its work orders) is invited.

        Examples:
            >>> from autocrm.domain import Vehicle
            >>> c = Campaign(name="x", starts_on=date(2025, 6, 1), ends_on=date(2025, 6, 1),
            ...              models={"速腾"})
            >>> c.targets(Vehicle(vin="LFV2A21K3D3109826", customer_number="C1", model="速腾"))
            True
        """
        if self.models and vehicle.model not in self.models:
            return False
        if self.service_types and not any(
            wo.service_types & self.service_types for wo in work_orders
        ):
            return False
        return self.applies_to is None or bool(self.applies_to(vehicle))
