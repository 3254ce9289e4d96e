"""Mileage prediction: a vehicle's average km per day from its odometer readings.

Maintenance and warranty-by-mileage reminders predict the day a car reaches a mileage
from its average over its readings (see [reminders][sources-reminders]); the estimate
says which readings it rests on and which went backwards.

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import OdometerReading
    >>> vin = "LFV2A21K3D3109826"
    >>> estimate_daily_km([OdometerReading(vin, date(2025, 1, 1), 10_000),
    ...                    OdometerReading(vin, date(2025, 4, 11), 14_000)]).km_per_day
    Decimal('40.00')
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import attrs

from autocrm.domain.checks import expect
from autocrm.domain.vehicle import OdometerReading
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.rules._visits import (
    checked,
)
from autocrm.rules.service_policy import ServicePolicy

__all__ = ["DailyKm", "estimate_daily_km"]

_KM_PER_DAY = Decimal("0.01")
#: The largest count or odometer figure a basis is written with (no odometer reads further).
_LARGEST = 2**63


def _point(value: object, field: str) -> tuple[date, int]:
    """A (day, km) pair, refused naming ``field`` when it is not one."""
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not isinstance(value[0], date)
        or isinstance(value[0], datetime)
        or isinstance(value[1], bool)
        or not isinstance(value[1], int)
        or not 0 <= value[1] <= _LARGEST
    ):
        msg = f"{field}: expected a (date, km >= 0) pair, got {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    return value[0], value[1]


@attrs.frozen(kw_only=True)
class DailyKm:
    """An average distance per day, with the readings it rests on.

    Attributes:
        km_per_day: Average km per day, to 0.01; ``None`` when the readings span no time
            (a single reading and no purchase date).
        readings_used: The readings used, oldest first (a purchase anchor at 0 km included).
        ignored: Readings dropped because they went backwards (policy ``"ignore"``).
        newest: The newest reading used, or None.
        from_purchase: True when a single reading was measured against 0 km at purchase.
        basis: How the figure was obtained, in plain words.

    Examples:
        >>> DailyKm(km_per_day=None, readings_used=(), basis="no readings").newest_on is None
        True
    """

    km_per_day: Decimal | None
    readings_used: tuple[OdometerReading, ...]
    ignored: tuple[OdometerReading, ...] = ()
    newest: OdometerReading | None = None
    from_purchase: bool = False
    basis: str

    @property
    def newest_on(self) -> date | None:
        """The date of the newest reading used."""
        return None if self.newest is None else self.newest.on

    @staticmethod
    def describe(
        first: tuple[date, int],
        newest: tuple[date, int],
        *,
        from_purchase: bool = False,
        ignored: int = 0,
    ) -> str:
        """The plain-words basis of an average from ``first`` to ``newest`` (day, km).

        Examples:
            >>> DailyKm.describe((date(2025, 1, 1), 0), (date(2025, 3, 1), 1500),
            ...                  from_purchase=True)
            '(1500 - 0) km / 59 days from 2025-01-01 to 2025-03-01 (0 km at purchase)'
        """
        first_on, first_km = _point(first, "first")
        newest_on, newest_km = _point(newest, "newest")
        expect(from_purchase, bool, field="from_purchase")
        if not 0 <= expect(ignored, int, field="ignored") <= _LARGEST:
            msg = f"ignored: expected a count from 0 to {_LARGEST}, got {shown(ignored)}"
            raise InvalidComponent(msg, field="ignored", value=ignored)
        days = (newest_on - first_on).days
        return (
            f"({newest_km} - {first_km}) km / {days} days from {first_on} to {newest_on}"
            + (" (0 km at purchase)" if from_purchase else "")
            + (f"; {ignored} backwards reading(s) ignored" if ignored else "")
        )

    def day_reaching(self, km: int) -> date | None:
        """The day the odometer is predicted to show ``km``, or None without a positive average.

        None too when that day lies beyond the calendar (after 9999-12-31): a car that
        drives 0.01 km a day never reaches the mileage in any list's window.

        The newest reading's day plus the days still to drive at the average, a part
        of a day counting as a whole one (rounded up): a car that needs 12.1 days
        reaches the mileage on the 13th day.

        Examples:
            >>> from autocrm.domain import OdometerReading
            >>> vin = "LFV2A21K3D3109826"
            >>> daily = estimate_daily_km([OdometerReading(vin, date(2025, 1, 1), 10_000),
            ...                            OdometerReading(vin, date(2025, 4, 11), 14_000)])
            >>> daily.day_reaching(14_401)
            datetime.date(2025, 4, 22)
        """
        if self.newest is None or self.km_per_day is None or self.km_per_day <= 0:
            return None
        ahead = math.ceil(Decimal(km - self.newest.km) / self.km_per_day)
        if ahead > (date.max - self.newest.on).days:
            return None  # beyond the calendar: later than any date it is compared with
        return self.newest.on + timedelta(days=ahead)


def estimate_daily_km(
    readings: Iterable[OdometerReading],
    *,
    purchased_on: date | None = None,
    policy: ServicePolicy = ServicePolicy(),
) -> DailyKm:
    """Return a vehicle's average km per day from its odometer readings.

    Readings may come in any order; they are sorted by date. Several readings on one
    day count as the highest. A reading lower than an earlier one (a backwards odometer,
    a typing error) is refused or ignored as ``policy.backwards_readings`` says. The
    average runs from the oldest to the newest reading. With one reading (or readings
    on one day only) and ``purchased_on`` given, the car is taken to have had 0 km at
    purchase; without it, ``km_per_day`` is ``None``.

    Args:
        readings: Readings of one vehicle.
        purchased_on: Purchase date, the anchor for a single reading.
        policy: The service numbers.

    Returns:
        The estimate and its evidence.

    Raises:
        autocrm.errors.InvalidComponent: readings of several vehicles (``vin``), or a
            backwards reading under policy ``"refuse"`` (``km``).
        autocrm.errors.InvalidFormat: ``readings`` is not an iterable of readings.

    Examples:
        >>> from autocrm.domain import OdometerReading
        >>> vin = "LFV2A21K3D3109826"
        >>> estimate_daily_km([OdometerReading(vin, date(2025, 3, 1), 1_500)],
        ...                   purchased_on=date(2025, 1, 1)).km_per_day
        Decimal('25.42')
        >>> estimate_daily_km([OdometerReading(vin, date(2025, 1, 1), 9_000),
        ...                    OdometerReading(vin, date(2025, 2, 1), 8_000)])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: km: reading of 8000 km on 2025-02-01 is below 9000 km on 2025-01-01 (ServicePolicy.backwards_readings='refuse')
    """  # noqa: E501
    policy = checked(policy, ServicePolicy, "policy")
    given: object = readings
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        msg = f"readings: expected odometer readings, got {type(given).__name__}"
        raise InvalidFormat(msg, field="readings", value=given)
    listed: list[object] = list(given)
    for index, reading in enumerate(listed):
        if not isinstance(reading, OdometerReading):
            msg = f"readings[{index}]: expected an OdometerReading, got {type(reading).__name__}"
            raise InvalidFormat(msg, field=f"readings[{index}]", value=reading)
    items = sorted(readings, key=lambda r: (r.on, r.km))
    vins = {r.vin for r in items}
    if len(vins) > 1:
        msg = f"vin: readings of several vehicles were given ({', '.join(sorted(vins))})"
        raise InvalidComponent(msg, field="vin", value=sorted(vins))
    used: list[OdometerReading] = []
    ignored: list[OdometerReading] = []
    for reading in items:
        if used and reading.km < used[-1].km:
            if policy.backwards_readings == "refuse":
                msg = (
                    f"km: reading of {reading.km} km on {reading.on} is below "
                    f"{used[-1].km} km on {used[-1].on} "
                    f"(ServicePolicy.backwards_readings='refuse')"
                )
                raise InvalidComponent(msg, field="km", value=reading)
            ignored.append(reading)
            continue
        if used and used[-1].on == reading.on:
            used[-1] = reading  # the same day twice: keep the higher (sorted last)
        else:
            used.append(reading)
    if not used:
        return DailyKm(km_per_day=None, readings_used=(), ignored=tuple(ignored),
                       basis="no odometer readings")  # fmt: skip
    newest = used[-1]
    from_purchase = False
    if len(used) == 1:
        if purchased_on is None or purchased_on >= newest.on:
            return DailyKm(
                km_per_day=None, readings_used=tuple(used), ignored=tuple(ignored),
                newest=newest,
                basis="a single reading and no earlier purchase date: no average",
            )  # fmt: skip
        used.insert(0, OdometerReading(newest.vin, purchased_on, 0, source="purchase"))
        from_purchase = True
    first = used[0]
    days = (newest.on - first.on).days
    rate = (Decimal(newest.km - first.km) / Decimal(days)).quantize(_KM_PER_DAY, ROUND_HALF_UP)
    basis = DailyKm.describe(
        (first.on, first.km), (newest.on, newest.km), from_purchase=from_purchase,
        ignored=len(ignored),
    )  # fmt: skip
    return DailyKm(
        km_per_day=rate, readings_used=tuple(used), ignored=tuple(ignored), newest=newest,
        from_purchase=from_purchase, basis=basis,
    )  # fmt: skip
