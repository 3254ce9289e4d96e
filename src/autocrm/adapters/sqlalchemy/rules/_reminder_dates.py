"""The reminders found by their dates in SQL: birthdays, vehicle dates, campaigns.

Private to [`autocrm.adapters.sqlalchemy.rules`][autocrm.adapters.sqlalchemy.rules].
Birthdays, next month's insurance expiries, annual inspections and purchase
anniversaries are selected by their date (a birthday or anniversary by its month and
day among the days of the window, 29 February included when 28 February or 1 March
is); a campaign's invited vehicles by their models and past service types.

Examples:
    >>> from autocrm.rules.reminder_day import ReminderDay
    >>> _month_days(ReminderDay.of(as_of=date(2025, 2, 27), horizon=2))
    [227, 228, 229, 301]
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    is_booked,
    load_in,
    may_be_held,
    was_called,
)
from autocrm.domain import Vehicle
from autocrm.rules.campaigns import Campaign
from autocrm.rules.reminder_day import ReminderDay
from autocrm.rules.reminder_kinds import ReminderKind


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


def _birthdays(
    day: ReminderDay, *, encrypted: bool
) -> sa.Select[tuple[str, date | None, str | None, bool, bool, bool]]:
    """The customers whose birthday may fall in the window.

    On an encrypted archive the resident ID is ciphertext: every customer with one
    (and no birth date on record) comes back, and the pure rule reads the date.
    ``booked`` and ``called`` say who has a booking or a recent call (look-ups for these
    candidates only), so that a birthday list reads no one else's contact records.
    """
    customers = t.customers
    keys = _month_days(day)
    # The resident ID's birth date is digits 7–14: its month and day are 11–14.
    from_id = sa.and_(
        customers.c.birth_date.is_(None),
        customers.c.resident_id.is_not(None),
        sa.true()
        if keys is None or encrypted
        else sa.func.substr(customers.c.resident_id, 11, 4).in_([f"{k:04d}" for k in keys]),
    )
    return sa.select(
        customers.c.number,
        customers.c.birth_date,
        customers.c.resident_id,
        may_be_held(customers).label("held"),
        is_booked(customers, day.as_of).label("booked"),
        was_called(customers, day.as_of, day.policy.contact_cooldown_days).label("called"),
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


def _campaign_targets(campaign: Campaign) -> sa.Select[tuple[int, str, str, bool]]:
    """The vehicles (with an owner on record) of the campaign's models and service types."""
    cars, customers = t.vehicles, t.customers
    orders, types = t.work_orders, t.work_order_service_types
    query = (
        sa.select(
            cars.c.id, cars.c.customer_number, cars.c.vin, may_be_held(customers).label("held")
        )
        .select_from(cars.join(customers, customers.c.number == cars.c.customer_number))
        .order_by(cars.c.id)
    )
    if campaign.models:
        query = query.where(cars.c.model.in_(sorted(campaign.models)))
    if campaign.service_types:
        query = query.where(
            sa.exists().where(
                orders.c.vin == cars.c.vin,
                types.c.work_order_number == orders.c.number,
                types.c.service_type.in_(sorted(k.value for k in campaign.service_types)),
            )
        )
    return query


def _campaign_rows(
    archive: SqlArchive, connection: sa.Connection, day: ReminderDay, campaign: Campaign
) -> list[sa.Row[Any]]:
    """The campaign's invited vehicles, its own test (``applies_to``) run on their records."""
    if day.campaign("", "", campaign) is None:
        return []  # not open for invitations on the day: no vehicle needs reading
    rows = list(connection.execute(_campaign_targets(campaign)).all())
    if campaign.applies_to is None or not rows:
        return rows
    vehicles = {
        v.vin: v for v in load_in(archive, connection, Vehicle, "vin", [r.vin for r in rows])
    }
    return [row for row in rows if campaign.targets(vehicles[row.vin])]
