"""The reminder list of a day: maintenance due, renewals, birthdays, care, campaigns.

The rules (see [reminders][sources-reminders]):

* maintenance falls due every 5,000 km or 6 months, whichever comes first; the first
  maintenance (首保) at 3,000 km or 3 months after purchase (*defaults*);
  mileage is predicted from the vehicle's average km per day over its odometer readings;
  an explicit next-maintenance date on the vehicle wins;
* the list of customers whose insurance expires next month is prepared every month;
  it also holds this month's expiries not yet past, so none falls between two lists;
* warranty expiry, by date or by mileage, and annual inspection;
* the owner's birthday, the vehicle's "birthday" (its purchase anniversary) and the
  major holidays: Spring Festival, Mid-Autumn and National Day care;
* campaigns: car-care classes, self-drive tours, seasonal care;
* a mileage prediction says how old its newest reading is and is marked
  low-confidence when that reading is stale; a list ranks (each reminder has a
  priority and its reason); contact pressure ([`autocrm.rules.contact`][autocrm.rules.contact]):
  opted-out,
  already booked and recently called customers are left off, and the report says why.

Examples:
    >>> from datetime import date
    >>> from autocrm.domain import OdometerReading
    >>> from autocrm.rules.mileage import estimate_daily_km
    >>> vin = "LFV2A21K3D3109826"
    >>> estimate_daily_km([OdometerReading(vin, date(2025, 1, 1), 10_000),
    ...                    OdometerReading(vin, date(2025, 4, 11), 14_000)]).km_per_day
    Decimal('40.00')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

import attrs

from autocrm.domain.checks import expect_items
from autocrm.domain.customer import ContactPurpose, Customer
from autocrm.domain.snapshot import Snapshot
from autocrm.domain.vehicle import OdometerReading, Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import AutocrmError, InvalidFormat
from autocrm.rules import campaigns as campaigns_module
from autocrm.rules import mileage, reminder_day, reminder_kinds, service_due, service_policy
from autocrm.rules._moved import moved
from autocrm.rules._visits import (
    checked,
    maintenance_visits,
    odometer_points,
)
from autocrm.rules.calendar import DEFAULT_CALENDAR, WorkdayCalendar
from autocrm.rules.contact import ContactHistory, ContactPressure

if TYPE_CHECKING:
    from autocrm.rules.campaigns import Campaign
    from autocrm.rules.mileage import DailyKm
    from autocrm.rules.reminder_day import ReminderDay
    from autocrm.rules.reminder_kinds import Reminder, ReminderKind, ReminderList
    from autocrm.rules.service_policy import ServicePolicy

__all__ = ["due_reminders", "due_reminders_report"]

_MOVED = {
    "ServicePolicy": "autocrm.rules.service_policy",
    "DailyKm": "autocrm.rules.mileage",
    "estimate_daily_km": "autocrm.rules.mileage",
    "ServiceDue": "autocrm.rules.service_due",
    "ServiceDueBasis": "autocrm.rules.service_due",
    "next_service_due": "autocrm.rules.service_due",
    "PREDICTED_KINDS": "autocrm.rules.reminder_kinds",
    "LeftOffReminder": "autocrm.rules.reminder_kinds",
    "Reminder": "autocrm.rules.reminder_kinds",
    "ReminderKind": "autocrm.rules.reminder_kinds",
    "ReminderList": "autocrm.rules.reminder_kinds",
    "Campaign": "autocrm.rules.campaigns",
    "ReminderDay": "autocrm.rules.reminder_day",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)


def due_reminders_report(
    snapshot: Snapshot,
    *,
    as_of: date | datetime,
    horizon: int | None = None,
    policy: ServicePolicy = service_policy.ServicePolicy(),
    calendar: WorkdayCalendar = DEFAULT_CALENDAR,
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
    policy = checked(policy, service_policy.ServicePolicy, "policy")
    given: object = snapshot
    if not isinstance(given, Snapshot):
        msg = f"snapshot: expected a Snapshot, got {type(given).__name__}"
        raise InvalidFormat(msg, field="snapshot", value=given)
    day = reminder_day.ReminderDay.of(
        as_of=as_of, horizon=horizon, policy=policy, calendar=calendar
    )
    wanted = reminder_kinds.ReminderKind.chosen(kinds)
    draw = _Draw(
        day=day,
        breaks=day.holiday_breaks() if reminder_kinds.ReminderKind.HOLIDAY in wanted else [],
        campaigns=expect_items(campaigns, campaigns_module.Campaign, field="campaigns"),
    )
    history = ContactHistory.of(snapshot)
    found: list[Reminder | None] = []
    for_customer = [rule for kind, rule in _CUSTOMER_RULES.items() if kind in wanted]
    for customer in snapshot.customers if for_customer else ():
        for customer_rule in for_customer:
            found.extend(customer_rule(draw, customer))
    for_vehicle = [rule for kind, rule in _VEHICLE_RULES.items() if kind in wanted]
    predicting = bool(wanted & reminder_kinds.PREDICTED_KINDS)
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


def _has_anchor(vehicle: Vehicle, work_orders: Iterable[WorkOrder], today: date) -> bool:
    return (
        vehicle.next_maintenance_on is not None
        or vehicle.purchased_on is not None
        or vehicle.first_maintenance_on is not None
        or bool(maintenance_visits(work_orders, vehicle.vin, today))
    )


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
        due = service_due.next_service_due(
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
            daily = mileage.estimate_daily_km(
                points, purchased_on=vehicle.purchased_on, policy=day.policy
            )
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
    reminder_kinds.ReminderKind.BIRTHDAY: _birthday,
    reminder_kinds.ReminderKind.HOLIDAY: _holiday,
}
#: The kinds found from each vehicle (with an owner on record), in the order they are drawn.
_VEHICLE_RULES: dict[ReminderKind, Callable[[_Draw, _Car], list[Reminder | None]]] = {
    reminder_kinds.ReminderKind.MAINTENANCE: _maintenance,
    reminder_kinds.ReminderKind.INSURANCE_RENEWAL: _insurance_renewal,
    reminder_kinds.ReminderKind.WARRANTY_EXPIRY: _warranty_expiry,
    reminder_kinds.ReminderKind.ANNUAL_INSPECTION: _annual_inspection,
    reminder_kinds.ReminderKind.PURCHASE_ANNIVERSARY: _purchase_anniversary,
    reminder_kinds.ReminderKind.CAMPAIGN: _campaigns,
}


def due_reminders(
    snapshot: Snapshot,
    *,
    as_of: date | datetime,
    horizon: int | None = None,
    policy: ServicePolicy = service_policy.ServicePolicy(),
    calendar: WorkdayCalendar = DEFAULT_CALENDAR,
    campaigns: Iterable[Campaign] = (),
    kinds: Iterable[ReminderKind | str] | None = None,
) -> tuple[Reminder, ...]:
    """Return the reminders due in the next ``horizon`` days, from an archive snapshot.

    The window is ``as_of`` to ``as_of + horizon`` days, both included, for:

    * maintenance ([`next_service_due`][autocrm.rules.service_due.next_service_due]), also when
      overdue by up to
      ``policy.overdue_days``; a vehicle with nothing to count from is skipped;
    * warranty expiry: ``vehicle.warranty_expires_on``, or the day the car is predicted
      to reach ``vehicle.warranty_km`` (its average km/day,
      [`estimate_daily_km`][autocrm.rules.mileage.estimate_daily_km])
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
    policy = checked(policy, service_policy.ServicePolicy, "policy")
    return due_reminders_report(
        snapshot, as_of=as_of, horizon=horizon, policy=policy, calendar=calendar,
        campaigns=campaigns, kinds=kinds,
    ).reminders  # fmt: skip
