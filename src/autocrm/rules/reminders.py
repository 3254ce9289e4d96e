"""Service reminders and care: maintenance due, renewals, birthdays.

The rules (see [reminders][sources-reminders]):

* maintenance falls due every 5,000 km or 6 months, whichever comes first; the first
  maintenance (首保) at 3,000 km or 3 months after purchase (*defaults*);
  mileage is predicted from the vehicle's average km per day over its odometer readings;
  an explicit next-maintenance date on the vehicle wins;
* the list of customers whose insurance expires next month is prepared every month (003);
  it also holds this month's expiries not yet past, so none falls between two lists;
* warranty expiry, by date or by mileage, and annual inspection (004, 000);
* the owner's birthday, the vehicle's "birthday" (its purchase anniversary) and the
  major holidays (002): Spring Festival, Mid-Autumn and National Day care;
* campaigns: car-care classes, self-drive tours, seasonal care (003, 004);
* a mileage prediction says how old its newest reading is and is marked
  low-confidence when that reading is stale; a list ranks (each reminder has a
  priority and its reason); contact pressure ([`autocrm.rules.contact`][autocrm.rules.contact]):
  opted-out,
  already booked and recently called customers are left off, and the report says why.

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
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain._enum import LabelledEnum
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.time import as_date
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import ServiceType, WorkOrder
from autocrm.errors import AutocrmError, InvalidComponent, InvalidFormat, PolicyError, shown
from autocrm.rules._visits import (
    at_least,
    birth_date_from,
    checked,
    maintenance_visits,
    next_anniversary,
    odometer_points,
)
from autocrm.rules.calendar import (
    ChineseWorkdays,
    WorkdayCalendar,
    add_workdays,
    estimated_years,
    next_workday,
)
from autocrm.rules.contact import ContactHistory, ContactPressure, LeftOff

__all__ = [
    "PREDICTED_KINDS",
    "Campaign",
    "DailyKm",
    "LeftOffReminder",
    "Reminder",
    "ReminderDay",
    "ReminderKind",
    "ReminderList",
    "ServiceDue",
    "ServiceDueBasis",
    "ServicePolicy",
    "due_reminders",
    "due_reminders_report",
    "estimate_daily_km",
    "next_service_due",
]

_DEFAULT_CALENDAR = ChineseWorkdays()
_KM_PER_DAY = Decimal("0.01")


_check_positive = at_least(1, PolicyError)
_check_non_negative = at_least(0, PolicyError)


def _check_choice(*choices: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def _check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            msg = f"{attribute.name}: expected one of {', '.join(choices)}, got {shown(value)}"
            raise PolicyError(msg, field=attribute.name, value=value)

    return _check


#: Chinese names of the statutory holidays chinesecalendar names in English.
_HOLIDAY_LABELS = {
    "Spring Festival": "春节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "New Year's Day": "元旦",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
}


def _to_names(value: Iterable[str]) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            msg = f"holiday_care: expected holiday names, got {shown(item)}"
            raise PolicyError(msg, field="holiday_care", value=item)
    return tuple(items)


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
            return "the vehicle's explicit next-maintenance date wins (SPEC §3)"
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


# --------------------------------------------------------------------------- km per day


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
        (first_on, first_km), (newest_on, newest_km) = first, newest
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


# --------------------------------------------------------------------------- service due


class ServiceDueBasis(LabelledEnum):
    """Which rule gave a service due date.

    Examples:
        >>> from autocrm.rules.reminders import ServiceDueBasis
        >>> ServiceDueBasis.EXPLICIT.value, ServiceDueBasis.EXPLICIT.label
        ('explicit', '指定日期')
        >>> ServiceDueBasis.from_label('指定日期') is ServiceDueBasis.EXPLICIT
        True
    """

    EXPLICIT = ("explicit", "指定日期")
    TIME = ("time", "按时间")
    MILEAGE = ("mileage", "按里程")


@attrs.frozen(kw_only=True)
class ServiceDue:
    """When a vehicle's next maintenance falls due, and why.

    Attributes:
        vin: The vehicle.
        due_on: The earlier of the time-based and the mileage-based dates (or the
            vehicle's explicit next-maintenance date).
        basis: Which of them won.
        first_service: True when the next maintenance is the first one (首保).
        last_service_on / last_service_km: The last maintenance the rule counted from.
        time_due_on: Last maintenance (or purchase) plus the interval in months.
        target_km / mileage_due_on: The odometer the maintenance is due at and the day
            it is predicted to be reached (None without an average).
        daily_km: The km-per-day estimate used.
        newest_reading_on / reading_age_days: How old the prediction's evidence is.
        low_confidence: The mileage prediction rests on a reading older than
            ``stale_reading_days``.
        rule: The rule with the policy values used.
        evidence: The facts used, in plain words.

    Examples:
        >>> ServiceDue(vin="LFV2A21K3D3109826", due_on=date(2026, 1, 1),
        ...            basis=ServiceDueBasis.TIME, rule="r").basis.label
        '按时间'
    """

    vin: str
    due_on: date
    basis: ServiceDueBasis
    first_service: bool = False
    last_service_on: date | None = None
    last_service_km: int | None = None
    time_due_on: date | None = None
    target_km: int | None = None
    mileage_due_on: date | None = None
    daily_km: DailyKm | None = None
    newest_reading_on: date | None = None
    reading_age_days: int | None = None
    low_confidence: bool = False
    rule: str
    evidence: tuple[str, ...] = ()


def _has_anchor(vehicle: Vehicle, work_orders: Iterable[WorkOrder], today: date) -> bool:
    return (
        vehicle.next_maintenance_on is not None
        or vehicle.purchased_on is not None
        or vehicle.first_maintenance_on is not None
        or bool(maintenance_visits(work_orders, vehicle.vin, today))
    )


def next_service_due(
    vehicle: Vehicle,
    work_orders: Sequence[WorkOrder],
    readings: Sequence[OdometerReading] = (),
    *,
    as_of: date | datetime,
    policy: ServicePolicy = ServicePolicy(),
) -> ServiceDue:
    """Return when the vehicle's next maintenance falls due.

    * An explicit ``vehicle.next_maintenance_on`` wins, unless a maintenance visit on or
      after that date has already served it.
    * After a maintenance (the latest maintenance or first-maintenance work order up to
      ``as_of``, or else ``vehicle.first_maintenance_on``): the earlier of that date plus
      ``interval_months`` and the day the odometer is predicted to reach that visit's km
      plus ``interval_km``.
    * Before any maintenance (首保): the earlier of purchase plus
      ``first_service_months`` and the day the odometer reaches ``first_service_km``.

    The km per day comes from ``readings`` and the mileage of the vehicle's work orders
    (see [`estimate_daily_km`][autocrm.rules.reminders.estimate_daily_km]); only readings and
    visits up to ``as_of`` count, so
    the same ``as_of`` always gives the same answer. The due date may lie in the past
    (an overdue maintenance).

    Args:
        vehicle: The vehicle.
        work_orders: Its work orders (others are ignored).
        readings: Its odometer readings (others are ignored).
        as_of: The day of the question.
        policy: The service numbers.

    Returns:
        The due date with its basis and evidence.

    Raises:
        autocrm.errors.InvalidComponent: nothing to count from: no explicit date, no
            maintenance and no purchase date (``field="purchased_on"``); or a backwards
            reading under policy ``"refuse"``.
        autocrm.errors.InvalidFormat: ``as_of`` is not a date or is a naive datetime.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, OdometerReading, Vehicle, WorkOrder
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...               purchased_on=date(2024, 3, 18))
        >>> wo = WorkOrder(number="WO1", customer_number="C1", vin=car.vin,
        ...                service_types=["保养"], mileage_km=12_000,
        ...                opened_at=datetime(2025, 6, 2, 9, tzinfo=CHINA_TZ))
        >>> due = next_service_due(car, [wo], [OdometerReading(car.vin, date(2025, 7, 2), 13_500)],
        ...                        as_of=date(2025, 7, 10))
        >>> due.due_on, due.basis.value, due.target_km
        (datetime.date(2025, 9, 10), 'mileage', 17000)
    """
    policy = checked(policy, ServicePolicy, "policy")
    checked(vehicle, Vehicle, "vehicle")
    today = as_date(as_of)
    visits = maintenance_visits(work_orders, vehicle.vin, today)
    evidence: list[str] = []
    last_visit = visits[-1] if visits else None
    if last_visit is not None:
        evidence.append(
            f"last maintenance {last_visit.number} on {last_visit.visit_date}"
            + (f" at {last_visit.mileage_km} km" if last_visit.mileage_km is not None else "")
        )

    explicit = vehicle.next_maintenance_on
    if explicit is not None and (last_visit is None or last_visit.visit_date < explicit):
        return ServiceDue(
            vin=vehicle.vin, due_on=explicit, basis=ServiceDueBasis.EXPLICIT,
            first_service=last_visit is None and vehicle.first_maintenance_on is None,
            last_service_on=None if last_visit is None else last_visit.visit_date,
            last_service_km=None if last_visit is None else last_visit.mileage_km,
            rule=policy.due_rule(explicit=True),
            evidence=(f"vehicle.next_maintenance_on = {explicit}", *evidence),
        )  # fmt: skip

    # Odometer evidence: the readings plus the mileage written on each visit.
    km_points = odometer_points(vehicle, work_orders, readings, today)
    daily = estimate_daily_km(km_points, purchased_on=vehicle.purchased_on, policy=policy)

    if last_visit is not None or vehicle.first_maintenance_on is not None:
        first_service = False
        if last_visit is not None:
            start, start_km = last_visit.visit_date, last_visit.mileage_km
        else:
            assert vehicle.first_maintenance_on is not None
            start, start_km = vehicle.first_maintenance_on, None
            evidence.append(f"vehicle.first_maintenance_on = {start}")
        months, km_step = policy.interval_months, policy.interval_km
        target_km = None if start_km is None else start_km + km_step
    else:
        if vehicle.purchased_on is None:
            msg = (
                f"purchased_on: vehicle {vehicle.vin} has no purchase date, no maintenance "
                "and no next-maintenance date: nothing to count the next service from"
            )
            raise InvalidComponent(msg, field="purchased_on", value=None)
        first_service = True
        start, start_km = vehicle.purchased_on, 0
        evidence.append(f"purchased on {start}, no maintenance yet")
        months, km_step = policy.first_service_months, policy.first_service_km
        target_km = km_step

    time_due = start + relativedelta(months=months)
    evidence.append(f"{start} + {months} months = {time_due}")
    mileage_due: date | None = None
    newest = daily.newest
    predicted = False
    if target_km is not None and newest is not None and newest.km >= target_km:
        # Already past the target: the first reading at or over it is the evidence.
        reached = next(r for r in daily.readings_used if r.km >= target_km)
        mileage_due = max(start, reached.on)
        evidence.append(f"{target_km} km already reached: {reached.km} km on {reached.on}")
    elif target_km is not None and (reaching := daily.day_reaching(target_km)) is not None:
        mileage_due = max(start, reaching)
        predicted = True
        evidence.append(
            f"{daily.km_per_day} km/day ({daily.basis}); {target_km} km reached about {mileage_due}"
        )
    age = None if newest is None else (today - newest.on).days
    low_confidence = predicted and age is not None and age > policy.stale_reading_days
    if low_confidence:
        evidence.append(
            f"newest reading is {age} days old (> ServicePolicy.stale_reading_days="
            f"{policy.stale_reading_days}): low confidence"
        )
    if mileage_due is not None and mileage_due < time_due:
        due_on, basis = mileage_due, ServiceDueBasis.MILEAGE
    else:
        due_on, basis = time_due, ServiceDueBasis.TIME
    return ServiceDue(
        vin=vehicle.vin, due_on=due_on, basis=basis, first_service=first_service,
        last_service_on=None if first_service else start,
        last_service_km=None if first_service else start_km,
        time_due_on=time_due, target_km=target_km, mileage_due_on=mileage_due,
        daily_km=daily, newest_reading_on=None if newest is None else newest.on,
        reading_age_days=age, low_confidence=low_confidence,
        rule=policy.due_rule(first_service=first_service),
        evidence=tuple(evidence),
    )  # fmt: skip


# --------------------------------------------------------------------------- reminders


class ReminderKind(LabelledEnum):
    """What a reminder is about (see [reminders][sources-reminders]).

    Examples:
        >>> from autocrm.rules.reminders import ReminderKind
        >>> ReminderKind.MAINTENANCE.value, ReminderKind.MAINTENANCE.label
        ('maintenance', '保养提醒')
        >>> ReminderKind.from_label('保养提醒') is ReminderKind.MAINTENANCE
        True
    """

    MAINTENANCE = ("maintenance", "保养提醒")
    INSURANCE_RENEWAL = ("insurance_renewal", "续保提醒")
    WARRANTY_EXPIRY = ("warranty_expiry", "保修到期提醒")
    ANNUAL_INSPECTION = ("annual_inspection", "年检提醒")
    BIRTHDAY = ("birthday", "生日关怀")
    PURCHASE_ANNIVERSARY = ("purchase_anniversary", "购车纪念日")
    HOLIDAY = ("holiday", "节日关怀")
    CAMPAIGN = ("campaign", "活动邀约")

    @classmethod
    def chosen(cls, kinds: Iterable[ReminderKind | str] | None) -> frozenset[ReminderKind]:
        """The kinds a ``kinds=`` argument asks for: members, values or labels; None is all.

        Raises:
            autocrm.errors.InvalidComponent: a name that is not a reminder kind.
            autocrm.errors.InvalidFormat: ``kinds`` is not a collection (a bare string).

        Examples:
            >>> sorted(k.value for k in ReminderKind.chosen(["生日关怀", "holiday"]))
            ['birthday', 'holiday']
            >>> len(ReminderKind.chosen(None))
            8
        """
        if kinds is None:
            return frozenset(cls)
        given: object = kinds
        if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
            msg = f"kinds: expected a collection of reminder kinds, got {type(given).__name__}"
            raise InvalidFormat(msg, field="kinds", value=given)
        found: set[ReminderKind] = set()
        for kind in kinds:
            if isinstance(kind, ReminderKind):
                found.add(kind)
                continue
            try:
                found.add(cls.from_label(str(kind)))
            except InvalidComponent:
                allowed = ", ".join(k.value for k in cls)
                msg = f"kinds: {kind!r} is not a reminder kind ({allowed})"
                raise InvalidComponent(msg, field="kinds", value=kind) from None
        return frozenset(found)


def _to_service_type_set(value: Iterable[object]) -> frozenset[ServiceType]:
    items = [value] if isinstance(value, str) else list(value)
    result: set[ServiceType] = set()
    for item in items:
        result.add(item if isinstance(item, ServiceType) else ServiceType.from_label(str(item)))
    return frozenset(result)


def _to_str_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


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

    name: str
    starts_on: date
    ends_on: date
    models: frozenset[str] = attrs.field(factory=frozenset, converter=_to_str_set)
    service_types: frozenset[ServiceType] = attrs.field(
        factory=frozenset, converter=_to_service_type_set
    )
    applies_to: Callable[[Vehicle], bool] | None = None

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


@attrs.frozen(kw_only=True)
class Reminder:
    """A reason to contact a customer, with its date.

    Attributes:
        kind: What the reminder is about.
        customer_number: Whom to contact.
        vin: The vehicle, or None for a birthday.
        due_on: The date of the event: maintenance due, insurance expiry, birthday...
        contact_on: The working day to make the contact: insurance renewals and campaign
            invitations at once (the first working day from ``as_of``); other reminders
            on the last working day on or before ``due_on``, never before that first day.
        reason: Why, in plain words.
        rule: The rule with the policy values used.
        low_confidence: For a maintenance reminder (or a warranty ending by mileage),
            the mileage prediction is stale.
        estimated: A day from ``contact_on`` to ``due_on`` lies in a year the calendar
            only estimates (no published holiday arrangement; see ``estimated_years``).
        priority: 1 = overdue, 2 = due within ``ServicePolicy.soon_days`` (today or
            this week), 3 = later. Lower is more urgent (a list ranks).

    Examples:
        >>> Reminder(kind=ReminderKind.BIRTHDAY, customer_number="C1", vin=None,
        ...          due_on=date(2025, 6, 1), contact_on=date(2025, 5, 30), reason="r",
        ...          rule="r").kind.label
        '生日关怀'
    """

    kind: ReminderKind
    customer_number: str
    vin: str | None
    due_on: date
    contact_on: date
    reason: str
    rule: str
    low_confidence: bool = False
    estimated: bool = False
    priority: int = 3

    @property
    def sort_key(self) -> tuple[int, bool, date, date, str, str, str]:
        """List order: priority, confident before low-confidence, due date, contact day."""
        return (
            self.priority, self.low_confidence, self.due_on, self.contact_on,
            self.kind.value, self.customer_number, self.vin or "",
        )  # fmt: skip


@attrs.frozen(kw_only=True)
class ReminderList:
    """The reminders of one day and who was left off and why.

    Attributes:
        as_of: The day of the list.
        reminders: The reminders, ranked (see
            [`due_reminders`][autocrm.rules.reminders.due_reminders]).
        left_off: Reminders contact pressure kept off: opted out,
            anonymised, already booked, or called in the last N days; each keeps the
            reminder it would have been.
        rule: The rules and the policy values used.

    Examples:
        >>> from autocrm.domain import Snapshot
        >>> due_reminders_report(Snapshot(), as_of=date(2025, 2, 10)).left_off
        ()
    """

    as_of: date
    reminders: tuple[Reminder, ...]
    left_off: tuple[LeftOffReminder, ...]
    rule: str


@attrs.frozen(kw_only=True)
class LeftOffReminder:
    """A reminder kept off the list by contact pressure, with the reason.

    Examples:
        >>> from autocrm.rules.contact import ContactPressure, PressureKind
        >>> r = Reminder(kind=ReminderKind.BIRTHDAY, customer_number="C1", vin=None,
        ...              due_on=date(2025, 6, 1), contact_on=date(2025, 5, 30),
        ...              reason="r", rule="r")
        >>> p = ContactPressure(customer_number="C1", kind=PressureKind.BOOKED,
        ...                     reason="already booked", rule="r")
        >>> LeftOffReminder(reminder=r, pressure=p).reason
        'already booked'
    """

    reminder: Reminder
    pressure: ContactPressure

    @property
    def reason(self) -> str:
        """Why the reminder was left off."""
        return self.pressure.reason

    def as_left_off(self) -> LeftOff:
        """The generic [`LeftOff`][autocrm.rules.contact.LeftOff] record."""
        subject = f"{self.reminder.kind.value}" + (
            f" {self.reminder.vin}" if self.reminder.vin else ""
        )
        return LeftOff(
            customer_number=self.reminder.customer_number, subject=subject,
            pressure=self.pressure,
        )  # fmt: skip


#: The kinds whose date may rest on a mileage prediction (and so on clean odometer data).
PREDICTED_KINDS: frozenset[ReminderKind] = frozenset(
    {ReminderKind.MAINTENANCE, ReminderKind.WARRANTY_EXPIRY}
)


def _priority(due: date, today: date, policy: ServicePolicy) -> int:
    # A list ranks: overdue first, then what falls due this week, then later.
    if due < today:
        return 1
    if (due - today).days <= policy.soon_days:
        return 2
    return 3


#: Whose opt-out keeps a customer off each kind of reminder: holiday care is
#: neither a service reminder nor a sales offer, so an opt-out of either keeps him off.
_PURPOSES: dict[ReminderKind, tuple[ContactPurpose, ...]] = dict.fromkeys(
    ReminderKind, (ContactPurpose.REMINDERS,)
) | {
    ReminderKind.HOLIDAY: (ContactPurpose.REMINDERS, ContactPurpose.MARKETING),
    ReminderKind.CAMPAIGN: (ContactPurpose.MARKETING,),
}


@attrs.frozen(kw_only=True)
class ReminderDay:
    """The day a reminder list is drawn: its window, contact days, ranking and wording.

    [`due_reminders_report`][autocrm.rules.reminders.due_reminders_report] builds its list through
    it, and so does its SQL twin
    ([`due_reminders_report`][autocrm.adapters.sqlalchemy.rules.reminders.due_reminders_report]),
    so that a
    reminder of each kind is made in one place.

    Attributes:
        as_of: The day of the list.
        horizon: Days looked ahead.
        policy: The service numbers.
        calendar: Working days for the contact day.

    Examples:
        >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
        >>> day.end, day.birthday("C1", date(1980, 2, 29)).due_on
        (datetime.date(2025, 3, 12), datetime.date(2025, 2, 28))
    """

    as_of: date
    horizon: int
    policy: ServicePolicy
    calendar: WorkdayCalendar

    @classmethod
    def of(
        cls,
        *,
        as_of: date | datetime,
        horizon: int | None = None,
        policy: ServicePolicy = ServicePolicy(),
        calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    ) -> ReminderDay:
        """The day of a list, its horizon checked (default ``policy.horizon_days``).

        Raises:
            autocrm.errors.InvalidComponent: a negative horizon.
            autocrm.errors.InvalidFormat: a bad ``as_of``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10), horizon=7).end
            datetime.date(2025, 2, 17)
        """
        today = as_date(as_of)
        days = policy.horizon_days if horizon is None else horizon
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            msg = f"horizon: expected a whole number of days >= 0, got {days!r}"
            raise InvalidComponent(msg, field="horizon", value=days)
        return cls(as_of=today, horizon=days, policy=policy, calendar=calendar)

    @property
    def end(self) -> date:
        """The last day of the window."""
        return self.as_of + timedelta(days=self.horizon)

    @property
    def oldest(self) -> date:
        """The oldest due date an overdue maintenance or inspection is still listed with."""
        return self.as_of - timedelta(days=self.policy.overdue_days)

    @property
    def renewal_until(self) -> date:
        """The last expiry day on the insurance renewal list: the end of next month.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 1, 31)).renewal_until
            datetime.date(2025, 2, 28)
        """
        return self.as_of.replace(day=1) + relativedelta(months=2) - timedelta(days=1)

    def contact_on(self, due: date, *, at_once: bool = False) -> date:
        """The working day to call: the first from ``as_of`` at once, else the last by ``due``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 9, 26)).contact_on(date(2025, 10, 3))
            datetime.date(2025, 9, 30)
        """
        calendar = self.calendar
        first_contact = next_workday(self.as_of, calendar=calendar)
        if at_once:
            return first_contact
        on_or_before = due if calendar.is_workday(due) else add_workdays(due, -1, calendar=calendar)
        return max(first_contact, on_or_before)

    def reminder(
        self,
        kind: ReminderKind,
        customer_number: str,
        vin: str | None,
        due: date,
        reason: str,
        rule: str,
        *,
        at_once: bool = False,
        low_confidence: bool = False,
    ) -> Reminder:
        """A reminder due on ``due``, with its contact day, priority and calendar flag.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).reminder(
            ...     ReminderKind.BIRTHDAY, "C1", None, date(2025, 2, 12), "r", "r").priority
            2
        """
        on = self.contact_on(due, at_once=at_once)
        estimated = bool(estimated_years(min(on, due), max(on, due), calendar=self.calendar))
        return Reminder(
            kind=kind, customer_number=customer_number, vin=vin, due_on=due,
            contact_on=on, reason=reason, rule=rule, low_confidence=low_confidence,
            estimated=estimated, priority=_priority(due, self.as_of, self.policy),
        )  # fmt: skip

    def held_by(self, history: ContactHistory, reminder: Reminder) -> LeftOffReminder | None:
        """The reminder kept off the list by contact pressure (with why), or None.

        Examples:
            >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
            >>> day.held_by(ContactHistory.of([]), day.birthday("C1", date(1980, 2, 20))) is None
            True
        """
        for purpose in _PURPOSES[reminder.kind]:
            found = history.pressure(
                reminder.customer_number, as_of=self.as_of,
                cooldown_days=self.policy.contact_cooldown_days, purpose=purpose,
                vin=reminder.vin,
            )  # fmt: skip
            if found is not None:
                return LeftOffReminder(reminder=reminder, pressure=found)
        return None

    def birthday(
        self, customer_number: str, birth_date: date | None, resident_id: str | None = None
    ) -> Reminder | None:
        """The owner's birthday care call, if his birthday falls in the window.

        The birth date on record, or else the one in the resident ID (as early warning
        takes it).

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).birthday("C1", date(1980, 6, 1)) is None
            True
        """
        born = birth_date_from(birth_date, resident_id)
        if born is None:
            return None
        birthday = next_anniversary(born, self.as_of, self.policy.leap_day_birthdays)
        if birthday > self.end:
            return None
        return self.reminder(
            ReminderKind.BIRTHDAY, customer_number, None, birthday,
            f"birthday on {birthday} (born {born})",
            "owner's birthday care (seed 002); 29 Feb -> "
            f"ServicePolicy.leap_day_birthdays={self.policy.leap_day_birthdays!r}",
        )  # fmt: skip

    def insurance_renewal(
        self, customer_number: str, vin: str, expiry: date, insurer: str | None
    ) -> Reminder | None:
        """The renewal call for a policy expiring from ``as_of`` to the end of next month.

        The renewal list is prepared monthly for next month's expiries; a policy
        expiring later this month is still unrenewed and must not fall between two
        lists, so the list runs from ``as_of`` to ``renewal_until``.

        Examples:
            >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
            >>> day.insurance_renewal("C1", "LFV2A21K3D3109826", date(2025, 3, 14), None).contact_on
            datetime.date(2025, 2, 10)
            >>> day.insurance_renewal("C1", "LFV2A21K3D3109826", date(2025, 2, 20), None).due_on
            datetime.date(2025, 2, 20)
        """
        if not self.as_of <= expiry <= self.renewal_until:
            return None
        return self.reminder(
            ReminderKind.INSURANCE_RENEWAL, customer_number, vin, expiry,
            f"insurance expires {expiry} (renewal list up to {self.renewal_until})"
            + (f", insurer {insurer}" if insurer else ""),
            "insurance renewal list: every policy expiring from as_of to the end of "
            "next month, prepared monthly",
            at_once=True,
        )  # fmt: skip

    def annual_inspection(self, customer_number: str, vin: str, due: date) -> Reminder | None:
        """The annual inspection (年检) call, also when overdue by up to ``overdue_days``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).annual_inspection(
            ...     "C1", "LFV2A21K3D3109826", date(2025, 2, 1)).priority
            1
        """
        if not self.oldest <= due <= self.end:
            return None
        state = "overdue since" if due < self.as_of else "due on"
        return self.reminder(
            ReminderKind.ANNUAL_INSPECTION, customer_number, vin, due,
            f"annual inspection (年检) {state} {due}",
            f"annual inspection within {self.horizon} days, overdue up to "
            f"ServicePolicy.overdue_days={self.policy.overdue_days} (seeds 000, 004)",
        )  # fmt: skip

    def purchase_anniversary(
        self, customer_number: str, vin: str, purchased: date
    ) -> Reminder | None:
        """The vehicle's birthday: a purchase anniversary in the window.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).purchase_anniversary(
            ...     "C1", "LFV2A21K3D3109826", date(2020, 2, 29)).due_on
            datetime.date(2025, 2, 28)
        """
        anniversary = next_anniversary(purchased, self.as_of, self.policy.leap_day_birthdays)
        years = anniversary.year - purchased.year
        if years < 1 or anniversary > self.end:
            return None
        return self.reminder(
            ReminderKind.PURCHASE_ANNIVERSARY, customer_number, vin, anniversary,
            f"{years} year(s) since purchase on {purchased}",
            "the vehicle's birthday: purchase anniversary (seed 002)",
        )  # fmt: skip

    def maintenance(self, customer_number: str, due: ServiceDue) -> Reminder | None:
        """The maintenance call for a due date in the window, also overdue by ``overdue_days``.

        Examples:
            >>> due = ServiceDue(vin="LFV2A21K3D3109826", due_on=date(2025, 2, 1),
            ...                  basis=ServiceDueBasis.TIME, rule="r")
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).maintenance("C1", due).reason
            'maintenance overdue since 2025-02-01 (按时间)'
        """
        if not self.oldest <= due.due_on <= self.end:
            return None
        state = "overdue since" if due.due_on < self.as_of else "due on"
        return self.reminder(
            ReminderKind.MAINTENANCE, customer_number, due.vin, due.due_on,
            f"{'first maintenance (首保)' if due.first_service else 'maintenance'} "
            f"{state} {due.due_on} ({due.basis.label})",
            due.rule, low_confidence=due.low_confidence,
        )  # fmt: skip

    def warranty_expiry(
        self,
        customer_number: str,
        vin: str,
        expires_on: date | None,
        *,
        warranty_km: int | None = None,
        daily: DailyKm | None = None,
        reached_on: date | None = None,
    ) -> Reminder | None:
        """The warranty-expiry call: by date, or by mileage when that is predicted first.

        ``daily`` is the vehicle's average (when it has a warranty mileage) and
        ``reached_on`` the day it is predicted to reach ``warranty_km``
        ([`DailyKm.day_reaching`][autocrm.rules.reminders.DailyKm.day_reaching]). A car
        already past its warranty mileage gets no call.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).warranty_expiry(
            ...     "C1", "LFV2A21K3D3109826", date(2025, 3, 1)).reason
            'manufacturer warranty ends 2025-03-01'
        """
        newest = None if daily is None else daily.newest
        if warranty_km is not None and newest is not None and newest.km >= warranty_km:
            return None  # already past the warranty mileage: nothing left to remind of
        days, today = self.horizon, self.as_of
        mileage_first = reached_on is not None and (expires_on is None or reached_on < expires_on)
        if daily is not None and newest is not None and reached_on is not None and mileage_first:
            if not today <= reached_on <= self.end:
                return None
            age = (today - newest.on).days
            low_confidence = age > self.policy.stale_reading_days
            evidence = (
                f"{warranty_km} km predicted about {reached_on} at {daily.km_per_day} "
                f"km/day ({daily.basis})"
                + (f"; newest reading {age} days old: low confidence" if low_confidence else "")
            )
            return self.reminder(
                ReminderKind.WARRANTY_EXPIRY, customer_number, vin, reached_on,
                f"manufacturer warranty ends at {warranty_km} km, about {reached_on}",
                f"warranty expiry by mileage within {days} days (seed 004; "
                f"Vehicle.warranty_km={warranty_km}): {evidence}",
                low_confidence=low_confidence,
            )  # fmt: skip
        if expires_on is None or not today <= expires_on <= self.end:
            return None
        return self.reminder(
            ReminderKind.WARRANTY_EXPIRY, customer_number, vin, expires_on,
            f"manufacturer warranty ends {expires_on}",
            f"warranty expiry within {days} days (seed 004)",
        )  # fmt: skip

    def holiday_breaks(self) -> list[tuple[date, tuple[str, ...]]]:
        """First days off of the cared-for holiday breaks starting in the window, with names.

        A break is a run of days off; National Day and Mid-Autumn sharing one break (as
        in 2025) give one care call, naming both. A calendar without holiday names
        gives none.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 9, 26)).holiday_breaks()
            [(datetime.date(2025, 10, 1), ('National Day', 'Mid-autumn Festival'))]
        """
        calendar, policy = self.calendar, self.policy
        name_of = getattr(calendar, "holiday_name", None)
        if name_of is None or not policy.holiday_care:
            return []
        wanted = set(policy.holiday_care)
        breaks: list[tuple[date, tuple[str, ...]]] = []
        day = self.as_of
        while day <= self.end:
            before = day - timedelta(days=1)
            starts = (
                not calendar.is_workday(day)
                and name_of(day) is not None
                and (calendar.is_workday(before) or name_of(before) is None)
            )
            if not starts:
                day += timedelta(days=1)
                continue
            names: list[str] = []
            run = day
            while not calendar.is_workday(run) and name_of(run) is not None:
                name = str(name_of(run))
                if name not in names:
                    names.append(name)
                run += timedelta(days=1)
            cared = tuple(n for n in names if n in wanted)
            if cared:
                breaks.append((day, cared))
            day = run
        return breaks

    def holiday(self, customer_number: str, first_day: date, names: Sequence[str]) -> Reminder:
        """The holiday care call (节日关怀) for a break starting on ``first_day``.

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 9, 26)).holiday(
            ...     "C1", date(2025, 10, 1), ["National Day"]).reason
            'holiday care: 国庆节 (National Day) from 2025-10-01'
        """
        labels = " / ".join(f"{_HOLIDAY_LABELS.get(n, n)} ({n})" for n in names)
        return self.reminder(
            ReminderKind.HOLIDAY, customer_number, None, first_day,
            f"holiday care: {labels} from {first_day}",
            "major-holiday care on the first day off (seed 002); holidays "
            f"ServicePolicy.holiday_care={list(self.policy.holiday_care)}",
        )  # fmt: skip

    def campaign(self, customer_number: str, vin: str, campaign: Campaign) -> Reminder | None:
        """The invitation to ``campaign`` while it runs or from ``horizon`` days before it.

        Whether the vehicle is targeted is
        [`Campaign.targets`][autocrm.rules.reminders.Campaign.targets].

        Examples:
            >>> c = Campaign(name="夏季空调免费检测", starts_on=date(2025, 6, 1),
            ...              ends_on=date(2025, 6, 30))
            >>> ReminderDay.of(as_of=date(2025, 5, 20)).campaign(
            ...     "C1", "LFV2A21K3D3109826", c).due_on
            datetime.date(2025, 6, 1)
        """
        today, days = self.as_of, self.horizon
        if not campaign.starts_on - timedelta(days=days) <= today <= campaign.ends_on:
            return None
        return self.reminder(
            ReminderKind.CAMPAIGN, customer_number, vin, max(campaign.starts_on, today),
            f"invitation to {campaign.name} ({campaign.starts_on} – {campaign.ends_on})",
            f"campaign invitation from {days} days before the start (seed 003)",
            at_once=True,
        )  # fmt: skip

    def sorted_out(self, found: Iterable[Reminder | None], history: ContactHistory) -> ReminderList:
        """The list of the reminders ``found`` (None skipped), those held back left off.

        Examples:
            >>> day = ReminderDay.of(as_of=date(2025, 2, 10))
            >>> len(day.sorted_out([day.birthday("C1", date(1980, 2, 20)), None],
            ...                    ContactHistory.of([])).reminders)
            1
        """
        reminders: list[Reminder] = []
        left_off: list[LeftOffReminder] = []
        for reminder in found:
            if reminder is None:
                continue
            held = self.held_by(history, reminder)
            if held is None:
                reminders.append(reminder)
            else:
                left_off.append(held)
        return self.report(reminders, left_off)

    def report(
        self, reminders: Iterable[Reminder], left_off: Iterable[LeftOffReminder]
    ) -> ReminderList:
        """The ranked list and the left-off reminders (by customer, then rank).

        Examples:
            >>> ReminderDay.of(as_of=date(2025, 2, 10)).report([], []).reminders
            ()
        """
        today, policy = self.as_of, self.policy
        rule = (
            f"reminders due {today} – {self.end} (horizon {self.horizon} days); ranked "
            f"overdue (1), due within ServicePolicy.soon_days={policy.soon_days} (2), later "
            "(3), low-confidence last within a rank; SPEC §9b contact pressure: opted out, "
            "already booked, or called in the last "
            f"ServicePolicy.contact_cooldown_days={policy.contact_cooldown_days} days left off"
        )
        return ReminderList(
            as_of=today,
            reminders=tuple(sorted(reminders, key=lambda r: r.sort_key)),
            left_off=tuple(
                sorted(left_off, key=lambda x: (x.reminder.customer_number, x.reminder.sort_key))
            ),
            rule=rule,
        )


def due_reminders_report(
    snapshot: Snapshot,
    *,
    as_of: date | datetime,
    horizon: int | None = None,
    policy: ServicePolicy = ServicePolicy(),
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    campaigns: Iterable[Campaign] = (),
    kinds: Iterable[ReminderKind | str] | None = None,
) -> ReminderList:
    """Return the reminders of ``as_of`` and those contact pressure left off, with why.

    Same rules as [`due_reminders`][autocrm.rules.reminders.due_reminders], which returns only the
    reminders.

    Examples:
        >>> from autocrm.domain import Customer, OptOut, Snapshot
        >>> snap = Snapshot(customers=[Customer(number="C1", name="王建国",
        ...     birth_date=date(1980, 2, 20), opt_outs=[OptOut("reminders", reason="勿扰")])])
        >>> report = due_reminders_report(snap, as_of=date(2025, 2, 10))
        >>> report.reminders, [(x.reminder.kind.value, x.reason) for x in report.left_off]
        ((), [('birthday', 'opted out of 提醒 calls: 勿扰')])
    """
    policy = checked(policy, ServicePolicy, "policy")
    given: object = snapshot
    if not isinstance(given, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(given).__name__}"
        raise InvalidFormat(msg, field="snapshot", value=given)
    day = ReminderDay.of(as_of=as_of, horizon=horizon, policy=policy, calendar=calendar)
    wanted = ReminderKind.chosen(kinds)
    draw = _Draw(
        day=day,
        breaks=day.holiday_breaks() if ReminderKind.HOLIDAY in wanted else [],
        campaigns=tuple(campaigns),
    )
    history = ContactHistory.of(snapshot)
    found: list[Reminder | None] = []
    for_customer = [rule for kind, rule in _CUSTOMER_RULES.items() if kind in wanted]
    for customer in snapshot.customers if for_customer else ():
        for customer_rule in for_customer:
            found.extend(customer_rule(draw, customer))
    for_vehicle = [rule for kind, rule in _VEHICLE_RULES.items() if kind in wanted]
    predicting = bool(wanted & PREDICTED_KINDS)
    for vehicle in snapshot.vehicles if for_vehicle else ():
        owner = snapshot.customer(vehicle.customer_number)
        if owner is None:
            continue
        held = (
            history.pressure(
                owner.number,
                as_of=day.as_of,
                cooldown_days=policy.contact_cooldown_days,
                purpose=ContactPurpose.REMINDERS,
                vin=vehicle.vin,
            )
            if predicting
            else None
        )
        car = _Car(
            owner=owner,
            vehicle=vehicle,
            work_orders=snapshot.work_orders_for(vehicle.vin),
            readings=snapshot.readings_for(vehicle.vin),
            held=held,
        )
        for vehicle_rule in for_vehicle:
            found.extend(vehicle_rule(draw, car))
    return day.sorted_out(found, history)


@attrs.frozen(kw_only=True)
class _Draw:
    """What every kind's rule reads besides the records: the day, holiday breaks, campaigns."""

    day: ReminderDay
    breaks: list[tuple[date, tuple[str, ...]]]
    campaigns: tuple[Campaign, ...]


@attrs.frozen(kw_only=True)
class _Car:
    """A vehicle with its owner and records; ``held``: the owner's contact pressure, if any."""

    owner: Customer
    vehicle: Vehicle
    work_orders: Sequence[WorkOrder]
    readings: Sequence[OdometerReading]
    held: ContactPressure | None


def _birthday(draw: _Draw, customer: Customer) -> list[Reminder | None]:
    return [draw.day.birthday(customer.number, customer.birth_date, customer.resident_id)]


def _holiday(draw: _Draw, customer: Customer) -> list[Reminder | None]:
    # Holiday care is neither a service reminder nor a sales offer: an opt-out of either
    # keeps the customer off (ReminderDay.held_by).
    return [draw.day.holiday(customer.number, first, names) for first, names in draw.breaks]


def _maintenance(draw: _Draw, car: _Car) -> list[Reminder | None]:
    vehicle, today = car.vehicle, draw.day.as_of
    if not _has_anchor(vehicle, car.work_orders, today):
        return []
    try:
        due = next_service_due(
            vehicle, car.work_orders, car.readings, as_of=today, policy=draw.day.policy
        )
    except AutocrmError:
        if car.held is None:
            raise
        return []  # left off anyway: its data need not be clean
    return [draw.day.maintenance(car.owner.number, due)]


def _insurance_renewal(draw: _Draw, car: _Car) -> list[Reminder | None]:
    expiry = car.vehicle.insurance_renewal_on
    if expiry is None:
        return []
    return [
        draw.day.insurance_renewal(car.owner.number, car.vehicle.vin, expiry, car.vehicle.insurer)
    ]


def _warranty_expiry(draw: _Draw, car: _Car) -> list[Reminder | None]:
    vehicle, day = car.vehicle, draw.day
    daily: DailyKm | None = None
    reached: date | None = None
    if vehicle.warranty_km is not None:
        points = odometer_points(vehicle, car.work_orders, car.readings, day.as_of)
        try:
            daily = estimate_daily_km(points, purchased_on=vehicle.purchased_on, policy=day.policy)
        except AutocrmError:
            if car.held is None:
                raise
            return []
        reached = daily.day_reaching(vehicle.warranty_km)
    return [
        day.warranty_expiry(
            car.owner.number,
            vehicle.vin,
            vehicle.warranty_expires_on,
            warranty_km=vehicle.warranty_km,
            daily=daily,
            reached_on=reached,
        )
    ]


def _annual_inspection(draw: _Draw, car: _Car) -> list[Reminder | None]:
    due = car.vehicle.annual_inspection_on
    return (
        [] if due is None else [draw.day.annual_inspection(car.owner.number, car.vehicle.vin, due)]
    )


def _purchase_anniversary(draw: _Draw, car: _Car) -> list[Reminder | None]:
    bought = car.vehicle.purchased_on
    if bought is None:
        return []
    return [draw.day.purchase_anniversary(car.owner.number, car.vehicle.vin, bought)]


def _campaigns(draw: _Draw, car: _Car) -> list[Reminder | None]:
    found: list[Reminder | None] = []
    for campaign in draw.campaigns:
        invitation = draw.day.campaign(car.owner.number, car.vehicle.vin, campaign)
        if invitation is not None and campaign.targets(car.vehicle, car.work_orders):
            found.append(invitation)
    return found


#: The kinds found from each customer, in the order they are drawn.
_CUSTOMER_RULES: dict[ReminderKind, Callable[[_Draw, Customer], list[Reminder | None]]] = {
    ReminderKind.BIRTHDAY: _birthday,
    ReminderKind.HOLIDAY: _holiday,
}
#: The kinds found from each vehicle (with an owner on record), in the order they are drawn.
_VEHICLE_RULES: dict[ReminderKind, Callable[[_Draw, _Car], list[Reminder | None]]] = {
    ReminderKind.MAINTENANCE: _maintenance,
    ReminderKind.INSURANCE_RENEWAL: _insurance_renewal,
    ReminderKind.WARRANTY_EXPIRY: _warranty_expiry,
    ReminderKind.ANNUAL_INSPECTION: _annual_inspection,
    ReminderKind.PURCHASE_ANNIVERSARY: _purchase_anniversary,
    ReminderKind.CAMPAIGN: _campaigns,
}


def due_reminders(
    snapshot: Snapshot,
    *,
    as_of: date | datetime,
    horizon: int | None = None,
    policy: ServicePolicy = ServicePolicy(),
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    campaigns: Iterable[Campaign] = (),
    kinds: Iterable[ReminderKind | str] | None = None,
) -> tuple[Reminder, ...]:
    """Return the reminders due in the next ``horizon`` days, from an archive snapshot.

    The window is ``as_of`` to ``as_of + horizon`` days, both included, for:

    * maintenance ([`next_service_due`][autocrm.rules.reminders.next_service_due]), also when
      overdue by up to
      ``policy.overdue_days``; a vehicle with nothing to count from is skipped;
    * warranty expiry: ``vehicle.warranty_expires_on``, or the day the car is predicted
      to reach ``vehicle.warranty_km`` (its average km/day,
      [`estimate_daily_km`][autocrm.rules.reminders.estimate_daily_km])
      when that comes first — marked low-confidence on a stale reading;
    * annual inspection (``vehicle.annual_inspection_on``), also when overdue by up to
      ``policy.overdue_days``;
    * the owner's birthday and the purchase anniversary (29 February handled by
      ``policy.leap_day_birthdays``);
    * holiday care (节日关怀): the first day off of each holiday break in
      ``policy.holiday_care`` (Spring Festival, Mid-Autumn, National Day), from the
      calendar's holiday names (``ChineseWorkdays.holiday_name``; a calendar without
      names gives none). One reminder per customer, with no vehicle.

    Insurance renewal ignores the horizon: every vehicle whose insurance expires from
    ``as_of`` to the last day of the calendar month after ``as_of``'s month (the
    monthly list of next month's expiries, plus those of this month not yet past; the
    date on record is the expiry of the policy in force, moved a year on at renewal). Campaign
    invitations: every targeted vehicle while the campaign runs, or from ``horizon``
    days before it starts.

    Contact pressure ([`autocrm.rules.contact`][autocrm.rules.contact], see [contact
    pressure][sources-expectations-contact-pressure]), for every kind: a
    customer who opted out of reminders (campaigns: of marketing; holiday care: of
    either), for all vehicles or the vehicle concerned, for every channel or a phone
    channel; an anonymised customer; a customer already booked (a BOOKED appointment
    from ``as_of`` on); a customer called in the last ``policy.contact_cooldown_days``
    days (a follow-up call in the snapshot) — gets nothing.
    [`due_reminders_report`][autocrm.rules.reminders.due_reminders_report] says who was left off
    and why. A vehicle whose owner
    is not in the snapshot gets nothing.

    Ranking: ``priority`` 1 = overdue, 2 = due within ``policy.soon_days``
    (today or this week), 3 = later; within a priority, confident before low-confidence
    predictions, then by due date, contact day, kind, customer and vehicle.

    Args:
        snapshot: The archive.
        as_of: The day the list is prepared.
        horizon: Days to look ahead; default ``policy.horizon_days``.
        policy: The service numbers.
        calendar: Working days for ``contact_on`` (and holiday names).
        campaigns: Campaigns to invite to.
        kinds: Only these kinds of reminder (``ReminderKind`` members, values or labels);
            None for every kind. The others are not computed at all, so a birthday list
            does not pay for the maintenance predictions (nor stops at their errors).

    Returns:
        The reminders, ranked.

    Raises:
        autocrm.errors.InvalidComponent: a negative horizon; a backwards odometer reading
            under policy ``"refuse"``.
        autocrm.errors.InvalidFormat: a bad ``as_of`` (not a date, a naive datetime) or
            a ``snapshot`` that is not one.

    Examples:
        >>> from autocrm.domain import Customer, Snapshot, Vehicle
        >>> snap = Snapshot(
        ...     customers=[Customer(number="C1", name="王建国", birth_date=date(1980, 2, 29))],
        ...     vehicles=[Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                       insurance_renewal_on=date(2025, 3, 14))])
        >>> [(r.kind.value, r.due_on, r.priority)
        ...  for r in due_reminders(snap, as_of=date(2025, 2, 10))]
        [('birthday', datetime.date(2025, 2, 28), 3), ('insurance_renewal', datetime.date(2025, 3, 14), 3)]
    """  # noqa: E501
    policy = checked(policy, ServicePolicy, "policy")
    return due_reminders_report(
        snapshot, as_of=as_of, horizon=horizon, policy=policy, calendar=calendar,
        campaigns=campaigns, kinds=kinds,
    ).reminders  # fmt: skip
