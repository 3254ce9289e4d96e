"""SQL twin of :func:`autocrm.rules.reminders.due_reminders` for the reminders known by date.

The database selects the customers and vehicles with a date in the list's window —
birthdays (on record, or in the resident ID), next month's insurance expiries, annual
inspections due or overdue, purchase anniversaries — and the reminders are made by the
pure layer's :class:`~autocrm.rules.reminders.ReminderDay`, so each kind is worded,
dated and ranked in one place. A birthday or anniversary is found by its month and day
(``MMDD``) among the days of the window, 29 February included when 28 February or
1 March is; the exact date is then the pure rule's.

The kinds that need a mileage prediction (maintenance, warranty), the calendar's
holiday names (holiday care) or a campaign's own test (campaign invitations) are not
computed in SQL yet: asking for them is refused with an error naming ``kinds``, and
:func:`autocrm.rules.reminders.due_reminders` over a snapshot answers them.

Examples:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> due_reminders(SqlArchive.from_url("sqlite://"), as_of=date(2025, 2, 10),
    ...               kinds=["birthday"])
    ()
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    checked_archive,
    contact_history,
    may_be_held,
)
from autocrm.adapters.sqlalchemy.stats import _as_date
from autocrm.errors import InvalidComponent
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.reminders import (
    Campaign,
    LeftOffReminder,
    Reminder,
    ReminderDay,
    ReminderKind,
    ReminderList,
    ServicePolicy,
)

__all__ = ["SQL_REMINDER_KINDS", "due_reminders", "due_reminders_report"]

_DEFAULT_POLICY = ServicePolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()

#: The kinds of reminder the database finds (the others need a snapshot for now).
SQL_REMINDER_KINDS: frozenset[ReminderKind] = frozenset(
    {
        ReminderKind.BIRTHDAY,
        ReminderKind.INSURANCE_RENEWAL,
        ReminderKind.ANNUAL_INSPECTION,
        ReminderKind.PURCHASE_ANNIVERSARY,
    }
)


def _kinds(kinds: Iterable[ReminderKind | str] | None) -> frozenset[ReminderKind]:
    if kinds is None:
        msg = (
            "kinds: the SQL twin finds "
            + ", ".join(sorted(k.value for k in SQL_REMINDER_KINDS))
            + "; name the kinds (the others need autocrm.rules.reminders.due_reminders)"
        )
        raise InvalidComponent(msg, field="kinds", value=None)
    if isinstance(kinds, str | bytes) or not isinstance(kinds, Iterable):
        msg = f"kinds: expected a collection of reminder kinds, got {type(kinds).__name__}"
        raise InvalidComponent(msg, field="kinds", value=kinds)
    found: set[ReminderKind] = set()
    for kind in kinds:
        found.add(kind if isinstance(kind, ReminderKind) else ReminderKind.from_label(str(kind)))
    missing = found - SQL_REMINDER_KINDS
    if missing:
        msg = (
            f"kinds: {', '.join(sorted(k.value for k in missing))} not computed in SQL yet; "
            "use autocrm.rules.reminders.due_reminders on a snapshot"
        )
        raise InvalidComponent(msg, field="kinds", value=sorted(k.value for k in missing))
    return frozenset(found)


def _month_days(day: ReminderDay) -> list[int] | None:
    """``MMDD`` of every day of the window (29 February with 28 February or 1 March).

    None when the window is a year or longer: every date has an anniversary in it.
    """
    if day.horizon >= 365:
        return None
    keys = set()
    on = day.as_of
    while on <= day.end:
        keys.add(on.month * 100 + on.day)
        on += timedelta(days=1)
    if keys & {228, 301}:
        keys.add(229)
    return sorted(keys)


def _in_window(column: ColumnElement[date], keys: list[int] | None) -> ColumnElement[bool]:
    """The date's month and day fall in the window (its anniversary may)."""
    if keys is None:
        return column.is_not(None)
    month_day = sa.extract("month", column) * 100 + sa.extract("day", column)
    return sa.and_(column.is_not(None), month_day.in_(keys))


def _birthdays(day: ReminderDay) -> sa.Select[tuple[str, date | None, str | None, bool]]:
    customers = t.customers
    keys = _month_days(day)
    # The resident ID's birth date is digits 7–14: its month and day are 11–14.
    from_id = sa.and_(
        customers.c.birth_date.is_(None),
        customers.c.resident_id.is_not(None),
        sa.true()
        if keys is None
        else sa.func.substr(customers.c.resident_id, 11, 4).in_([f"{k:04d}" for k in keys]),
    )
    return sa.select(
        customers.c.number,
        customers.c.birth_date,
        customers.c.resident_id,
        may_be_held(customers).label("held"),
    ).where(sa.or_(_in_window(customers.c.birth_date, keys), from_id))


def _vehicle_dates(
    day: ReminderDay, kinds: frozenset[ReminderKind]
) -> sa.Select[tuple[str, str, str | None, date | None, date | None, date | None, bool]]:
    cars, customers = t.vehicles, t.customers
    chosen: list[ColumnElement[bool]] = []
    if ReminderKind.INSURANCE_RENEWAL in kinds:
        chosen.append(cars.c.insurance_renewal_on.between(day.as_of, day.renewal_until))
    if ReminderKind.ANNUAL_INSPECTION in kinds:
        chosen.append(cars.c.annual_inspection_on.between(day.oldest, day.end))
    if ReminderKind.PURCHASE_ANNIVERSARY in kinds:
        chosen.append(
            sa.and_(
                cars.c.purchased_on < day.as_of,
                _in_window(cars.c.purchased_on, _month_days(day)),
            )
        )
    return (
        sa.select(
            cars.c.customer_number,
            cars.c.vin,
            cars.c.insurer,
            cars.c.insurance_renewal_on,
            cars.c.annual_inspection_on,
            cars.c.purchased_on,
            may_be_held(customers).label("held"),
        )
        .select_from(cars.join(customers, customers.c.number == cars.c.customer_number))
        .where(sa.or_(*chosen))
    )


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
    """The reminders of :func:`autocrm.rules.reminders.due_reminders_report`, found in SQL.

    Only the kinds of :data:`SQL_REMINDER_KINDS`, which must be named in ``kinds``.

    Args:
        archive: The SQL archive.
        as_of: The day the list is prepared.
        horizon: Days to look ahead; default ``policy.horizon_days``.
        policy: The service numbers.
        calendar: Working days for ``contact_on``.
        campaigns: Campaigns (invitations are not found in SQL: must stay empty or
            unused).
        kinds: The kinds of reminder wanted, among :data:`SQL_REMINDER_KINDS`.

    Returns:
        The :class:`~autocrm.rules.reminders.ReminderList` the pure rule gives for
        those kinds.

    Raises:
        autocrm.errors.InvalidComponent: no ``kinds``, or a kind not found in SQL; a
            negative horizon.
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
    wanted = _kinds(kinds)
    day = ReminderDay.of(as_of=as_of, horizon=horizon, policy=policy, calendar=calendar)
    del campaigns  # no campaign kind is found in SQL (refused above when asked for)
    vehicle_kinds = wanted - {ReminderKind.BIRTHDAY}
    with archive._begin() as connection:
        people = (
            connection.execute(_birthdays(day)).all() if ReminderKind.BIRTHDAY in wanted else []
        )
        cars = connection.execute(_vehicle_dates(day, vehicle_kinds)).all() if vehicle_kinds else []
        held = sorted(
            {r.number for r in people if r.held} | {r.customer_number for r in cars if r.held}
        )
        history = contact_history(
            archive, connection, day.as_of, policy.contact_cooldown_days, held
        )
    found: list[Reminder | None] = []
    for person in people:
        born = None if person.birth_date is None else _as_date(person.birth_date)
        found.append(day.birthday(person.number, born, person.resident_id))
    for car in cars:
        owner, vin = car.customer_number, car.vin
        if ReminderKind.INSURANCE_RENEWAL in wanted and car.insurance_renewal_on is not None:
            expiry = _as_date(car.insurance_renewal_on)
            found.append(day.insurance_renewal(owner, vin, expiry, car.insurer))
        if ReminderKind.ANNUAL_INSPECTION in wanted and car.annual_inspection_on is not None:
            found.append(day.annual_inspection(owner, vin, _as_date(car.annual_inspection_on)))
        if ReminderKind.PURCHASE_ANNIVERSARY in wanted and car.purchased_on is not None:
            found.append(day.purchase_anniversary(owner, vin, _as_date(car.purchased_on)))
    reminders: list[Reminder] = []
    left_off: list[LeftOffReminder] = []
    for reminder in found:
        if reminder is None:
            continue
        kept = day.held_by(history, reminder)
        if kept is None:
            reminders.append(reminder)
        else:
            left_off.append(kept)
    return day.report(reminders, left_off)


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
    """The reminders of :func:`autocrm.rules.reminders.due_reminders`, found in SQL.

    See :func:`due_reminders_report` (the kinds of :data:`SQL_REMINDER_KINDS`).

    Args:
        archive: The SQL archive.
        as_of: The day the list is prepared.
        horizon: Days to look ahead; default ``policy.horizon_days``.
        policy: The service numbers.
        calendar: Working days for ``contact_on``.
        campaigns: Campaigns (not found in SQL).
        kinds: The kinds of reminder wanted, among :data:`SQL_REMINDER_KINDS`.

    Returns:
        The reminders, ranked.

    Raises:
        autocrm.errors.InvalidComponent: no ``kinds``, or a kind not found in SQL.
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad ``as_of``.

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> due_reminders(archive, as_of=date(2025, 2, 10), kinds=["maintenance"])
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: kinds: maintenance not computed in SQL yet; use autocrm.rules.reminders.due_reminders on a snapshot
    """  # noqa: E501
    return due_reminders_report(
        archive, as_of=as_of, horizon=horizon, policy=policy, calendar=calendar,
        campaigns=campaigns, kinds=kinds,
    ).reminders  # fmt: skip
