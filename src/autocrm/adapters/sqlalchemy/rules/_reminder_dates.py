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

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.code_points import in_code_point_order
from autocrm.adapters.sqlalchemy.key_lists import in_chunks, one_of
from autocrm.adapters.sqlalchemy.local_time import LocalDate
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    booked_from,
    load_in,
    may_be_held,
    start_of,
)
from autocrm.domain import Vehicle
from autocrm.domain.appointment import AppointmentStatus
from autocrm.domain.followup import CallOutcome
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


class _MonthDay(sa.sql.functions.FunctionElement[int]):
    """A date's month and day as the number ``MMDD`` (1 March is 301)."""

    type = sa.Integer()
    inherit_cache = True
    name = "autocrm_month_day"


@compiles(_MonthDay, "sqlite")
def _month_day_sqlite(element: _MonthDay, compiler: SQLCompiler, **kw: Any) -> str:
    # One strftime per row (two extracts cost two, each cast).
    return f"CAST(strftime('%m%d', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(_MonthDay, "postgresql")
def _month_day_postgresql(element: _MonthDay, compiler: SQLCompiler, **kw: Any) -> str:
    # date_part is a double; EXTRACT a numeric, several times slower to compare.
    column = compiler.process(element.clauses, **kw)
    return f"(date_part('month', {column}) * 100 + date_part('day', {column}))"


@compiles(_MonthDay)
def _month_day_default(element: _MonthDay, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"(EXTRACT(MONTH FROM {column}) * 100 + EXTRACT(DAY FROM {column}))"


def _in_window(column: ColumnElement[date], keys: list[int] | None) -> ColumnElement[bool]:
    """The date's month and day fall in the window (its anniversary may)."""
    if keys is None:
        return column.is_not(None)
    return sa.and_(column.is_not(None), _MonthDay(column).in_(keys))


def _on_days(
    column: ColumnElement[datetime], first: date, last: date, dialect: str
) -> ColumnElement[bool]:
    """The instant falls on a day from ``first`` to ``last`` (China time).

    An indexed range elsewhere; on DuckDB the local date itself, so that its index is
    not used (an index scan there reads the rows one by one, slower than the table).
    """
    if dialect == "duckdb":
        return LocalDate(column).between(first, last)
    return sa.and_(column >= start_of(first), column < start_of(last + timedelta(days=1)))


def _booked_order() -> tuple[ColumnElement[Any], ...]:
    """The first booking is the one contact pressure names: earliest slot, lowest number."""
    return (t.appointments.c.slot, in_code_point_order(t.appointments.c.number))


def _call_order() -> tuple[ColumnElement[Any], ...]:
    """The last call is the one contact pressure names: latest local day, highest
    follow-up number, then that follow-up's first call of the day."""
    attempts = t.call_attempts
    return (
        LocalDate(attempts.c.at).desc(),
        in_code_point_order(attempts.c.followup_number).desc(),
        attempts.c.position,
    )


def _calls(day: date, cooldown_days: int, dialect: str) -> ColumnElement[bool]:
    """The call reached the customer (not a wrong number) in the cooldown up to ``day``."""
    attempts = t.call_attempts
    return sa.and_(
        _on_days(attempts.c.at, day - timedelta(days=cooldown_days - 1), day, dialect),
        attempts.c.outcome != CallOutcome.WRONG_NUMBER.value,
    )


def _booked(day: date, dialect: str) -> ColumnElement[bool]:
    """The appointment is still BOOKED with a slot on or after ``day`` (China time)."""
    appointments = t.appointments
    if dialect != "duckdb":
        return booked_from(day)
    return sa.and_(
        appointments.c.status == AppointmentStatus.BOOKED.value,
        LocalDate(appointments.c.slot) >= day,
    )


_CONTACT_COLUMNS = ("booked_number", "booked_on", "called_on", "called_number", "called_outcome")


def _looked_up_contacts(
    day: ReminderDay, dialect: str
) -> tuple[sa.FromClause, tuple[ColumnElement[Any], ...]]:
    """The customers table joined to each customer's first booking still to come and
    last call inside the cooldown, found by a correlated look-up by customer (indexed)
    of their keys, and those columns (``_CONTACT_COLUMNS``; NULL when none).

    For SQLite, where the look-up runs for the list's candidates only and costs less
    than ranking every booking.
    """
    customers, appointments = t.customers, t.appointments
    followups, attempts = t.followups, t.call_attempts
    cooldown = day.policy.contact_cooldown_days
    booking = appointments.alias("first_booking")
    first = (
        sa.select(appointments.c.id)
        .where(appointments.c.customer_number == customers.c.number, _booked(day.as_of, dialect))
        .order_by(*_booked_order())
        .limit(1)
        .scalar_subquery()
    )
    joined: sa.FromClause = customers.outerjoin(booking, booking.c.id == first)
    booked = (booking.c.number, LocalDate(booking.c.slot))
    called: tuple[ColumnElement[Any], ...] = (sa.null(), sa.null(), sa.null())
    if cooldown > 0:
        call = attempts.alias("last_call")
        last = (
            sa.select(attempts.c.followup_number, attempts.c.position)
            .join(followups, followups.c.number == attempts.c.followup_number)
            .where(
                followups.c.customer_number == customers.c.number,
                _calls(day.as_of, cooldown, dialect),
            )
            .order_by(*_call_order())
            .limit(1)
        )
        joined = joined.outerjoin(
            call, sa.tuple_(call.c.followup_number, call.c.position).in_(last)
        )
        called = (LocalDate(call.c.at), call.c.followup_number, call.c.outcome)
    columns = (*booked, *called)
    return joined, tuple(c.label(n) for c, n in zip(columns, _CONTACT_COLUMNS, strict=True))


def _ranked_contacts(
    day: ReminderDay, dialect: str, people: sa.CTE
) -> tuple[sa.FromClause, tuple[ColumnElement[Any], ...]]:
    """``people`` joined to each one's first booking still to come and last call inside
    the cooldown, and those columns (``_CONTACT_COLUMNS``; NULL when none).

    The bookings and calls of ``people`` in the window are ranked per customer: a few
    hundred rows, where ranking everyone's costs the sort of all of them.
    """
    appointments, followups, attempts = t.appointments, t.followups, t.call_attempts
    cooldown = day.policy.contact_cooldown_days
    theirs = sa.select(people.c.number)
    ranked = (
        sa.select(
            appointments.c.customer_number,
            appointments.c.number,
            LocalDate(appointments.c.slot).label("on"),
            sa.func.row_number()
            .over(partition_by=appointments.c.customer_number, order_by=_booked_order())
            .label("rank"),
        )
        .where(appointments.c.customer_number.in_(theirs), _booked(day.as_of, dialect))
        .subquery("first_booking")
    )
    joined: sa.FromClause = people.outerjoin(
        ranked, sa.and_(ranked.c.customer_number == people.c.number, ranked.c.rank == 1)
    )
    booked = (ranked.c.number, ranked.c.on)
    called: tuple[ColumnElement[Any], ...] = (sa.null(), sa.null(), sa.null())
    if cooldown > 0:
        calls = (
            sa.select(
                followups.c.customer_number,
                attempts.c.followup_number,
                LocalDate(attempts.c.at).label("on"),
                attempts.c.outcome,
                sa.func.row_number()
                .over(partition_by=followups.c.customer_number, order_by=_call_order())
                .label("rank"),
            )
            .join(followups, followups.c.number == attempts.c.followup_number)
            .where(followups.c.customer_number.in_(theirs), _calls(day.as_of, cooldown, dialect))
            .subquery("last_call")
        )
        joined = joined.outerjoin(
            calls, sa.and_(calls.c.customer_number == people.c.number, calls.c.rank == 1)
        )
        called = (calls.c.on, calls.c.followup_number, calls.c.outcome)
    columns = (*booked, *called)
    return joined, tuple(c.label(n) for c, n in zip(columns, _CONTACT_COLUMNS, strict=True))


def _birthdays(day: ReminderDay, *, encrypted: bool, dialect: str) -> sa.Select[tuple[Any, ...]]:
    """The customers whose birthday may fall in the window, with what contact pressure
    needs of their bookings and calls.

    On an encrypted archive the resident ID is ciphertext: every customer with one
    (and no birth date on record) comes back, and the pure rule reads the date.
    ``held`` says whose record the pressure check needs; the ``_CONTACT_COLUMNS`` his
    first booking still to come and his last call inside the cooldown, found in this
    one statement: a birthday list reads no contact records.
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
    chosen = sa.or_(_in_window(customers.c.birth_date, keys), from_id)
    held = may_be_held(customers).label("held")
    person = (customers.c.number, customers.c.birth_date, customers.c.resident_id)
    if dialect == "sqlite":
        joined, contacts = _looked_up_contacts(day, dialect)
        return sa.select(*person, held, *contacts).select_from(joined).where(chosen)
    people = sa.select(*person, held).where(chosen).cte("birthday_candidates")
    joined, contacts = _ranked_contacts(day, dialect, people)
    return sa.select(
        people.c.number, people.c.birth_date, people.c.resident_id, people.c.held, *contacts
    ).select_from(joined)


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


def _contacts(
    connection: sa.Connection, day: ReminderDay, numbers: Sequence[str]
) -> dict[str, sa.Row[Any]]:
    """The first booking still to come and the last call inside the cooldown (the
    ``_CONTACT_COLUMNS``) of each of ``numbers``' customers that has either, by number.

    What contact pressure needs of a list's bookings and calls, found in SQL: the
    records themselves are not read.
    """
    customers = t.customers
    found: dict[str, sa.Row[Any]] = {}
    for chunk in in_chunks(connection, numbers):
        people = (
            sa.select(customers.c.number)
            .where(one_of(connection, customers.c.number, chunk))
            .cte("listed_customers")
        )
        joined, columns = _ranked_contacts(day, connection.dialect.name, people)
        booked, called = columns[0], columns[3]
        query = (
            sa.select(people.c.number, *columns)
            .select_from(joined)
            .where(sa.or_(booked.is_not(None), called.is_not(None)))
        )
        found.update((row.number, row) for row in connection.execute(query))
    return found
