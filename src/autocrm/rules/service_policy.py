"""The numbers of the maintenance and care rules (see [reminders][sources-reminders]).

Maintenance falls due every 5,000 km or 6 months, whichever comes first, and the first
maintenance (首保) at 3,000 km or 3 months after purchase (*defaults*); the other numbers
say how far a reminder list looks, how it ranks and whom contact pressure leaves off.

Examples:
    >>> ServicePolicy(interval_km=7500).due_rule()
    'routine maintenance every 7500 km or 6 months, whichever first (ServicePolicy.interval_km=7500, interval_months=6)'
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

import attrs

from autocrm.errors import PolicyError, shown
from autocrm.rules._visits import (
    at_least,
    policy_items,
)

__all__ = ["ServicePolicy"]

_check_positive = at_least(1, PolicyError)
_check_non_negative = at_least(0, PolicyError)


def _check_choice(*choices: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            msg = f"{attribute.name}: expected one of {', '.join(choices)}, got {shown(value)}"
            raise PolicyError(msg, field=attribute.name, value=value)

    return _check


def _to_names(value: Iterable[str]) -> tuple[str, ...]:
    items = policy_items(value, "holiday_care")
    for item in items:
        if not isinstance(item, str) or not item.strip():
            msg = f"holiday_care: expected holiday names, got {shown(item)}"
            raise PolicyError(msg, field="holiday_care", value=item)
    return tuple(str(item) for item in items)


@attrs.frozen(kw_only=True)
class ServicePolicy:
    """The numbers of the maintenance and care rules.

    Attributes:
        interval_km / interval_months: Routine maintenance, whichever comes first.
        first_service_km / first_service_months: First maintenance (首保) after purchase.
        stale_reading_days: A mileage prediction whose newest reading is older than this
            is low-confidence.
        horizon_days: How far ahead [`due_reminders`][autocrm.rules.reminders.due_reminders] looks
            by default.
        overdue_days: How far back [`due_reminders`][autocrm.rules.reminders.due_reminders] still
            lists an overdue maintenance or annual inspection.
        backwards_readings: A reading lower than an earlier one is ``"refuse"``-d with an
            error or ``"ignore"``-d (and reported in the estimate).
        leap_day_birthdays: A 29 February birthday or purchase date is celebrated on
            ``"feb28"`` or ``"mar1"`` in common years.
        contact_cooldown_days: A customer called in the last N days gets no reminder
            call (contact pressure, *default* 7; 0 turns it off).
        soon_days: A reminder due within this many days (this week) ranks priority 2,
            after the overdue ones (*default* 7).
        holiday_care: The statutory holidays (chinesecalendar's English names) whose
            first day off gets a care call (the major holidays; *default*
            Spring Festival, Mid-Autumn, National Day; empty turns holiday care off).

    Examples:
        >>> ServicePolicy().interval_km, ServicePolicy().interval_months
        (5000, 6)
    """

    interval_km: int = attrs.field(default=5000, validator=_check_positive)
    interval_months: int = attrs.field(default=6, validator=_check_positive)
    first_service_km: int = attrs.field(default=3000, validator=_check_positive)
    first_service_months: int = attrs.field(default=3, validator=_check_positive)
    stale_reading_days: int = attrs.field(default=180, validator=_check_non_negative)
    horizon_days: int = attrs.field(default=30, validator=_check_non_negative)
    overdue_days: int = attrs.field(default=30, validator=_check_non_negative)
    backwards_readings: Literal["refuse", "ignore"] = attrs.field(
        default="refuse", validator=_check_choice("refuse", "ignore")
    )
    leap_day_birthdays: Literal["feb28", "mar1"] = attrs.field(
        default="feb28", validator=_check_choice("feb28", "mar1")
    )
    contact_cooldown_days: int = attrs.field(default=7, validator=_check_non_negative)
    soon_days: int = attrs.field(default=7, validator=_check_non_negative)
    holiday_care: tuple[str, ...] = attrs.field(
        default=("Spring Festival", "Mid-autumn Festival", "National Day"), converter=_to_names
    )

    def due_rule(self, *, explicit: bool = False, first_service: bool = False) -> str:
        """The rule a maintenance due date was counted by, with the policy values used.

        Examples:
            >>> ServicePolicy().due_rule(first_service=True)
            'first maintenance (首保) at 3000 km or 3 months after purchase (ServicePolicy.first_service_km=3000, first_service_months=3)'
        """  # noqa: E501
        if explicit:
            return (
                "the vehicle's explicit next-maintenance date wins over the time and "
                "mileage intervals"
            )
        if first_service:
            km_step, months = self.first_service_km, self.first_service_months
            return (
                f"first maintenance (首保) at {km_step} km or {months} months after purchase "
                f"(ServicePolicy.first_service_km={km_step}, first_service_months={months})"
            )
        km_step, months = self.interval_km, self.interval_months
        return (
            f"routine maintenance every {km_step} km or {months} months, whichever first "
            f"(ServicePolicy.interval_km={km_step}, interval_months={months})"
        )
