"""SQL twin of [`due_reminders`][autocrm.rules.reminders.due_reminders]: every kind of reminder.

The database selects the rows of the answer and the reminders are made by the pure
layer's [`ReminderDay`][autocrm.rules.reminder_day.ReminderDay], so each kind is worded,
dated and ranked in one place:

* birthdays (on record, or in the resident ID), next month's insurance expiries,
  annual inspections due or overdue and purchase anniversaries are found by their
  date; a birthday or anniversary by its month and day (``MMDD``) among the days of
  the window, 29 February included when 28 February or 1 March is;
* maintenance and warranty expiry are predicted by the database: each vehicle's
  odometer evidence (its readings and the mileage on its work orders) is reduced to
  the km per day to the hundredth, the day a mileage is reached is counted in whole
  days rounded up, the anchor (explicit date, latest maintenance, purchase) and the
  time-based due date are found, and only the vehicles whose date falls in the
  window come back (see [reminders][sources-reminders]);
* holiday care goes to every customer for each cared-for holiday break of the
  calendar starting in the window;
* a campaign invitation to every vehicle of the campaign's models that had a visit
  of its service types (its own test, when it has one, is run on those vehicles).

Examples:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> due_reminders(SqlArchive.from_url("sqlite://"), as_of=date(2025, 2, 10),
    ...               kinds=["birthday"])
    ()
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.local_time import date_from_sql
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    checked_archive,
    contact_history,
    load_in,
    may_be_held,
)
from autocrm.adapters.sqlalchemy.rules._reminder_dates import (
    _birthdays,
    _campaign_rows,
    _contacts,
    _vehicle_dates,
)
from autocrm.adapters.sqlalchemy.rules._service_prediction import (
    _daily,
    _day,
    _predicted,
    _service_due,
)
from autocrm.domain import Customer, OdometerReading, Snapshot, Vehicle, WorkOrder
from autocrm.domain.customer import ContactPurpose
from autocrm.domain.followup import CallOutcome
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.campaigns import Campaign
from autocrm.rules.contact import ContactHistory, ContactPressure, PressureWording
from autocrm.rules.reminder_day import ReminderDay
from autocrm.rules.reminder_kinds import (
    PREDICTED_KINDS,
    LeftOffReminder,
    Reminder,
    ReminderKind,
    ReminderList,
)
from autocrm.rules.reminders import due_reminders_report as pure_report
from autocrm.rules.service_policy import ServicePolicy

__all__ = ["SQL_REMINDER_KINDS", "due_reminders", "due_reminders_report"]

_DEFAULT_POLICY = ServicePolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()

#: The kinds of reminder the database finds: every kind.
SQL_REMINDER_KINDS: frozenset[ReminderKind] = frozenset(ReminderKind)


def due_reminders_report(
    archive: SqlArchive,
    *,
    as_of: date | datetime,
    horizon: int | None = None,
    policy: ServicePolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    campaigns: Iterable[Campaign] = (),
    kinds: Iterable[ReminderKind | str] | None = None,
) -> ReminderList:
    """The reminders of [`due_reminders_report`][autocrm.rules.reminders.due_reminders_report], found in SQL.

    Args:
        archive: The SQL archive.
        as_of: The day the list is prepared.
        horizon: Days to look ahead; default ``policy.horizon_days``.
        policy: The service numbers.
        calendar: Working days for ``contact_on`` (and the holiday names).
        campaigns: Campaigns to invite to.
        kinds: Only these kinds of reminder (members, values or labels); None for
            every kind. The others are not computed: a birthday list does not pay
            for the maintenance predictions.

    Returns:
        The [`ReminderList`][autocrm.rules.reminder_kinds.ReminderList] the pure rule gives.

    Raises:
        autocrm.errors.InvalidComponent: a kind that is not one; a negative horizon; a
            backwards odometer reading under policy ``"refuse"`` (the pure rule's error).
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad ``as_of``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ, Customer, Vehicle
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 2, 10, 9, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C1", name="王建国", birth_date=date(1980, 2, 29)),
        ...                 actor="a", at=at)
        >>> _ = archive.add(Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                         insurance_renewal_on=date(2025, 3, 14)), actor="a", at=at)
        >>> report = due_reminders_report(archive, as_of=date(2025, 2, 10),
        ...                               kinds=["birthday", "insurance_renewal"])
        >>> [(r.kind.value, r.due_on) for r in report.reminders]
        [('birthday', datetime.date(2025, 2, 28)), ('insurance_renewal', datetime.date(2025, 3, 14))]
    """  # noqa: E501
    archive = checked_archive(archive)
    day = ReminderDay.of(as_of=as_of, horizon=horizon, policy=policy, calendar=calendar)
    wanted = ReminderKind.chosen(kinds)
    campaigns = tuple(campaigns) if ReminderKind.CAMPAIGN in wanted else ()
    breaks = day.holiday_breaks() if ReminderKind.HOLIDAY in wanted else []
    dated = wanted & {
        ReminderKind.INSURANCE_RENEWAL,
        ReminderKind.ANNUAL_INSPECTION,
        ReminderKind.PURCHASE_ANNIVERSARY,
    }
    predicted = wanted & PREDICTED_KINDS
    refusing = policy.backwards_readings == "refuse"
    with archive._begin() as connection:
        people = (
            connection.execute(
                _birthdays(day, encrypted=archive.encrypted, dialect=connection.dialect.name)
            ).all()
            if ReminderKind.BIRTHDAY in wanted
            else []
        )
        everyone = (
            connection.execute(
                sa.select(t.customers.c.number, may_be_held(t.customers).label("held")).order_by(
                    t.customers.c.id
                )
            ).all()
            if breaks
            else []
        )
        cars = connection.execute(_vehicle_dates(day, dated)).all() if dated else []
        due = (
            connection.execute(_predicted(day, predicted, dialect=connection.dialect.name)).all()
            if predicted
            else []
        )
        invited = [(c, _campaign_rows(archive, connection, day, c)) for c in campaigns]
        held = sorted(
            {r.number for r in [*people, *everyone] if r.held}
            | {r.customer_number for r in [*cars, *due] if r.held}
            | {r.customer_number for _, rows in invited for r in rows if r.held}
        )
        about = sorted(
            {r.number for r in [*people, *everyone]}
            | {r.customer_number for r in [*cars, *due]}
            | {r.customer_number for _, rows in invited for r in rows}
        )
        contacts: dict[str, Any] | None = None
        if everyone:
            # Holiday care asks two purposes in turn: the records themselves are read,
            # only the list's customers' where a list parameter can carry them.
            history = contact_history(
                archive, connection, day.as_of, policy.contact_cooldown_days, held, about=about
            )
        else:
            # Every kind asks one purpose: the held customers' records, and each
            # customer's first booking and last call as the database found them (a
            # birthday list alone found its candidates' in its own statement).
            history = ContactHistory.of(load_in(archive, connection, Customer, "number", held))
            contacts = (
                {row.number: row for row in people}
                if not (cars or due or invited)
                else _contacts(connection, day, about)
            )
        pressed = _Pressure(day, history, contacts)
        for row in due if refusing else ():
            refused = (ReminderKind.MAINTENANCE in predicted and row.maintenance_refused) or (
                ReminderKind.WARRANTY_EXPIRY in predicted and row.warranty_refused
            )
            pressure = None if not refused else pressed.of(
                row.customer_number, ContactPurpose.REMINDERS, row.vin
            )  # fmt: skip
            if refused and pressure is None:
                _refuse(archive, connection, day, predicted, row.customer_number, row.vin)
    found: list[Reminder | None] = day.birthdays(
        (number, born if born is None or type(born) is date else date_from_sql(born), resident_id)
        for number, born, resident_id, *_ in people
    )
    for customer in everyone:
        found.extend(day.holiday(customer.number, first, names) for first, names in breaks)
    for car in cars:
        owner, vin = car.customer_number, car.vin
        if ReminderKind.INSURANCE_RENEWAL in wanted and car.insurance_renewal_on is not None:
            expiry = date_from_sql(car.insurance_renewal_on)
            found.append(day.insurance_renewal(owner, vin, expiry, car.insurer))
        if ReminderKind.ANNUAL_INSPECTION in wanted and car.annual_inspection_on is not None:
            found.append(day.annual_inspection(owner, vin, date_from_sql(car.annual_inspection_on)))
        if ReminderKind.PURCHASE_ANNIVERSARY in wanted and car.purchased_on is not None:
            found.append(day.purchase_anniversary(owner, vin, date_from_sql(car.purchased_on)))
    # A backwards reading under "refuse" gives the pure rule's error (raised above) or,
    # when the owner is held back anyway, no reminder of that kind: his data need not be
    # clean.
    for row in due:
        maintenance = row.maintenance and not (refusing and row.maintenance_refused)
        if ReminderKind.MAINTENANCE in wanted and maintenance:
            found.append(day.maintenance(row.customer_number, _service_due(row, policy)))
        warranty = row.warranty and not (refusing and row.warranty_refused)
        if ReminderKind.WARRANTY_EXPIRY in wanted and warranty:
            expires = row.warranty_expires_on
            expires = None if expires is None else date_from_sql(expires)
            by_km = bool(row.warranty_by_km)
            found.append(
                day.warranty_expiry(
                    row.customer_number,
                    row.vin,
                    expires,
                    warranty_km=row.warranty_km,
                    daily=_daily(row) if by_km else None,
                    reached_on=_day(row.warranty_dn) if by_km else None,
                )
            )
    for campaign, rows in invited:
        found.extend(day.campaign(row.customer_number, row.vin, campaign) for row in rows)
    if contacts is None:
        return day.sorted_out(found, history)
    return pressed.sorted_out(found)


class _Pressure:
    """Contact pressure on a list whose kinds each ask one purpose, from the held
    customers' records (``history``) and each customer's first booking still to come
    and last call inside the cooldown as the database found them (``contacts``, by
    customer; None: ``history`` holds the bookings and calls too).

    Asked in the order of
    [`ContactHistory.pressure`][autocrm.rules.contact.ContactHistory.pressure]: the
    customer's own record, then his booking, then his call; the last two worded by a
    [`PressureWording`][autocrm.rules.contact.PressureWording] (the cooldown checked
    once for the list, not for each customer).
    """

    def __init__(
        self, day: ReminderDay, history: ContactHistory, contacts: dict[str, Any] | None
    ) -> None:
        self.day, self.history, self.contacts = day, history, contacts
        self.cooldown = day.policy.contact_cooldown_days
        self.wording = PressureWording(self.cooldown)
        self.outcomes: dict[str, CallOutcome] = {}

    def of(self, number: str, purpose: ContactPurpose, vin: str | None) -> ContactPressure | None:
        """Why ``number`` must not be called for ``purpose`` (about ``vin``), or None."""
        if self.contacts is None or number in self.history.customers:
            found = self.history.pressure(
                number, as_of=self.day.as_of, cooldown_days=self.cooldown, purpose=purpose,
                vin=vin,
            )  # fmt: skip
            if found is not None:
                return found
        return self._contacted(number)

    def _contacted(self, number: str) -> ContactPressure | None:
        """The pressure of ``number``'s booking, else of his call, as found in SQL (the
        ``_CONTACT_COLUMNS`` of his row), or None."""
        row = None if self.contacts is None else self.contacts.get(number)
        if row is None:
            return None
        if row.booked_number is not None:
            return self.wording.booked(number, row.booked_number, date_from_sql(row.booked_on))
        if row.called_number is None:
            return None
        outcome = row.called_outcome
        known = self.outcomes.get(outcome) or self.outcomes.setdefault(
            outcome, CallOutcome.from_label(outcome)
        )
        return self.wording.contacted(
            number, on=date_from_sql(row.called_on), outcome=known,
            followup_number=row.called_number,
        )  # fmt: skip

    def sorted_out(self, found: Iterable[Reminder | None]) -> ReminderList:
        """The list of the reminders ``found`` (None skipped), those held back left off."""
        reminders: list[Reminder] = []
        left_off: list[LeftOffReminder] = []
        for reminder in found:
            if reminder is None:
                continue
            number = reminder.customer_number
            held = (
                self.day.held_by(self.history, reminder)
                if number in self.history.customers
                else None
            )
            if held is None:
                pressure = self._contacted(number)
                if pressure is not None:
                    held = LeftOffReminder(reminder=reminder, pressure=pressure)
            if held is None:
                reminders.append(reminder)
            else:
                left_off.append(held)
        return self.day.report(reminders, left_off)


def _refuse(
    archive: SqlArchive,
    connection: sa.Connection,
    day: ReminderDay,
    kinds: frozenset[ReminderKind],
    customer_number: str,
    vin: str,
) -> None:
    """Raise the pure rule's error for a vehicle whose odometer goes backwards.

    The SQL only knows that a reading is below an earlier one; the pure rule, run on
    this vehicle's records, says which (the error of a snapshot of the whole archive).
    """
    records = Snapshot(
        customers=load_in(archive, connection, Customer, "number", [customer_number]),
        vehicles=load_in(archive, connection, Vehicle, "vin", [vin]),
        work_orders=load_in(archive, connection, WorkOrder, "vin", [vin]),
        readings=load_in(archive, connection, OdometerReading, "vin", [vin]),
    )
    pure_report(
        records, as_of=day.as_of, horizon=day.horizon, policy=day.policy,
        calendar=day.calendar, kinds=kinds,
    )  # fmt: skip


def due_reminders(
    archive: SqlArchive,
    *,
    as_of: date | datetime,
    horizon: int | None = None,
    policy: ServicePolicy = _DEFAULT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    campaigns: Iterable[Campaign] = (),
    kinds: Iterable[ReminderKind | str] | None = None,
) -> tuple[Reminder, ...]:
    """The reminders of [`due_reminders`][autocrm.rules.reminders.due_reminders], found in SQL.

    See [`due_reminders_report`][autocrm.adapters.sqlalchemy.rules.reminders.due_reminders_report],
    which also says who was left off and why.

    Args:
        archive: The SQL archive.
        as_of: The day the list is prepared.
        horizon: Days to look ahead; default ``policy.horizon_days``.
        policy: The service numbers.
        calendar: Working days for ``contact_on`` (and the holiday names).
        campaigns: Campaigns to invite to.
        kinds: Only these kinds of reminder; None for every kind.

    Returns:
        The reminders, ranked.

    Raises:
        autocrm.errors.InvalidComponent: a kind that is not one; a negative horizon; a
            backwards odometer reading under policy ``"refuse"``.
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad ``as_of``.

    Examples:
        >>> from autocrm.domain import CHINA_TZ, Vehicle, WorkOrder
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 6, 2, 9, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C1", name="王建国"), actor="a", at=at)
        >>> _ = archive.add(Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                         purchased_on=date(2024, 3, 18)), actor="a", at=at)
        >>> _ = archive.add(WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                           service_types=["保养"], mileage_km=12_000, opened_at=at),
        ...                 actor="a", at=at)
        >>> _ = archive.add(OdometerReading("LFV2A21K3D3109826", date(2025, 7, 2), 13_500),
        ...                 actor="a", at=at)
        >>> [(r.kind.value, r.due_on, r.reason) for r in due_reminders(
        ...     archive, as_of=date(2025, 8, 20), kinds=["maintenance"])]
        [('maintenance', datetime.date(2025, 9, 10), 'maintenance due on 2025-09-10 (按里程)')]
    """
    return due_reminders_report(
        archive, as_of=as_of, horizon=horizon, policy=policy, calendar=calendar,
        campaigns=campaigns, kinds=kinds,
    ).reminders  # fmt: skip
