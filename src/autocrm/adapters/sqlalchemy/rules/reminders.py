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
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    checked_archive,
    contact_history,
    load_in,
    may_be_held,
    start_of,
)
from autocrm.adapters.sqlalchemy.stats import _as_date, _LocalDate
from autocrm.domain import Customer, OdometerReading, Snapshot, Vehicle, WorkOrder
from autocrm.domain.customer import ContactPurpose
from autocrm.domain.work_order import MAINTENANCE_TYPES
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.campaigns import Campaign
from autocrm.rules.mileage import DailyKm
from autocrm.rules.reminder_day import ReminderDay
from autocrm.rules.reminder_kinds import PREDICTED_KINDS, Reminder, ReminderKind, ReminderList
from autocrm.rules.reminders import due_reminders_report as pure_report
from autocrm.rules.service_due import ServiceDue, ServiceDueBasis
from autocrm.rules.service_policy import ServicePolicy

__all__ = ["SQL_REMINDER_KINDS", "due_reminders", "due_reminders_report"]

_DEFAULT_POLICY = ServicePolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()

#: The kinds of reminder the database finds: every kind.
SQL_REMINDER_KINDS: frozenset[ReminderKind] = frozenset(ReminderKind)


# --------------------------------------------------------------------------- by date


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
) -> sa.Select[tuple[str, date | None, str | None, bool]]:
    """The customers whose birthday may fall in the window.

    On an encrypted archive the resident ID is ciphertext: every customer with one
    (and no birth date on record) comes back, and the pure rule reads the date.
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


# --------------------------------------------------------------------------- day numbers


#: Day 0 of the day numbers the SQL counts in.
_EPOCH = date(1970, 1, 1)


class _DayNumber(sa.sql.functions.FunctionElement[int]):
    """Days from 1970-01-01 to a date, as an integer, on every engine."""

    type = sa.Integer()
    inherit_cache = True
    name = "autocrm_day_number"


@compiles(_DayNumber, "sqlite")
def _day_number_sqlite(element: _DayNumber, compiler: SQLCompiler, **kw: Any) -> str:
    # julianday() of a date is a half day off midnight: 1970-01-01 is 2440587.5.
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5 AS INTEGER)"


@compiles(_DayNumber)
def _day_number_default(element: _DayNumber, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(CAST({compiler.process(element.clauses, **kw)} AS DATE) - DATE '1970-01-01')"


class _AddMonths(sa.sql.functions.FunctionElement[date]):
    """A date plus whole months, the day clamped to the month's last (31 Jan + 1 = 28/29 Feb).

    The clamping of ``dateutil.relativedelta`` the pure rule uses; the months are a
    literal (a policy number), the second argument.
    """

    type = sa.Date()
    inherit_cache = True
    name = "autocrm_add_months"


@compiles(_AddMonths, "sqlite")
def _add_months_sqlite(element: _AddMonths, compiler: SQLCompiler, **kw: Any) -> str:
    column, months = (compiler.process(c, **kw) for c in element.clauses)
    # SQLite rolls 31 January + 1 month over to March: the month's last day caps it.
    return (
        f"min(date({column}, '+' || ({months}) || ' months'), "
        f"date({column}, 'start of month', '+' || (({months}) + 1) || ' months', '-1 day'))"
    )


@compiles(_AddMonths)
def _add_months_default(element: _AddMonths, compiler: SQLCompiler, **kw: Any) -> str:
    column, months = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(CAST({column} AS DATE) + ({months}) * INTERVAL '1 month' AS DATE)"


class _Quotient(sa.sql.functions.FunctionElement[int]):
    """The integer quotient of two non-negative integers (``a // b``)."""

    type = sa.Integer()
    inherit_cache = True
    name = "autocrm_quotient"


@compiles(_Quotient)
def _quotient_default(element: _Quotient, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite and PostgreSQL divide integers to an integer.
    left, right = (compiler.process(c, **kw) for c in element.clauses)
    return f"(({left}) / ({right}))"


@compiles(_Quotient, "duckdb")
def _quotient_duckdb(element: _Quotient, compiler: SQLCompiler, **kw: Any) -> str:
    left, right = (compiler.process(c, **kw) for c in element.clauses)
    return f"(({left}) // ({right}))"


def _number(day: date) -> int:
    return (day - _EPOCH).days


def _day(number: int) -> date:
    return _EPOCH + timedelta(days=int(number))


def _later(a: ColumnElement[int], b: ColumnElement[int]) -> ColumnElement[int]:
    return sa.case((a >= b, a), else_=b)


def _months(n: int) -> ColumnElement[int]:
    return sa.literal_column(str(int(n)), sa.Integer)


# --------------------------------------------------------------------------- odometer


def _odometer(day: date) -> tuple[sa.CTE, sa.Subquery, sa.Subquery]:
    """The odometer evidence of every vehicle up to ``day``, reduced by the database.

    ``points`` are the readings and the mileage written on the work orders
    (``vin, dn, km``, a day number); the first returned is one row per vehicle and day
    with the day's highest (``top``) and lowest (``low``) km, the highest of the
    earlier days (``before``) and the vehicle's first day and peak; the second is one
    row per vehicle: what
    [`estimate_daily_km`][autocrm.rules.mileage.estimate_daily_km] rests its average
    on. Sorted by day and km, a reading goes backwards exactly when it is below an
    earlier day's highest; a day counts with its highest. So the first reading used is
    the first day's highest, the newest is the last day reaching the peak, a reading
    is ignored (or refused) when below ``before``; the third counts the ignored ones.
    """
    readings, orders = t.odometer_readings, t.work_orders
    points = sa.union_all(
        sa.select(
            readings.c.vin.label("vin"), _DayNumber(readings.c.on).label("dn"), readings.c.km
        ).where(readings.c.on <= day),
        sa.select(
            orders.c.vin, _DayNumber(_LocalDate(orders.c.opened_at)), orders.c.mileage_km
        ).where(
            orders.c.vin.is_not(None),
            orders.c.mileage_km.is_not(None),
            orders.c.opened_at < start_of(day + timedelta(days=1)),
        ),
    ).cte("odometer_points")
    grouped = (
        sa.select(
            points.c.vin,
            points.c.dn,
            sa.func.max(points.c.km).label("top"),
            sa.func.min(points.c.km).label("low"),
        )
        .group_by(points.c.vin, points.c.dn)
        .subquery("odometer_grouped")
    )
    days = sa.select(
        grouped,
        sa.func.max(grouped.c.top)
        .over(partition_by=grouped.c.vin, order_by=grouped.c.dn, rows=(None, -1))
        .label("before"),
        sa.func.min(grouped.c.dn).over(partition_by=grouped.c.vin).label("first_dn"),
        sa.func.max(grouped.c.top).over(partition_by=grouped.c.vin).label("peak"),
    ).cte("odometer_days")
    per_vehicle = (
        sa.select(
            days.c.vin,
            sa.func.min(days.c.first_dn).label("first_dn"),
            sa.func.max(sa.case((days.c.dn == days.c.first_dn, days.c.top))).label("first_km"),
            sa.func.max(days.c.peak).label("peak"),
            sa.func.max(sa.case((days.c.top == days.c.peak, days.c.dn))).label("newest_dn"),
            sa.func.max(sa.case((days.c.low < days.c.before, 1), else_=0)).label("backwards"),
        )
        .group_by(days.c.vin)
        .subquery("odometer")
    )
    ignored = (
        sa.select(
            points.c.vin,
            sa.func.sum(sa.case((points.c.km < days.c.before, 1), else_=0)).label("ignored"),
        )
        .select_from(
            points.join(days, sa.and_(points.c.vin == days.c.vin, points.c.dn == days.c.dn))
        )
        .group_by(points.c.vin)
        .subquery("odometer_ignored")
    )
    return days, per_vehicle, ignored


# --------------------------------------------------------------------------- maintenance, warranty


def _last_maintenance(day: date) -> sa.CTE:
    """Each vehicle's latest maintenance work order up to ``day``: its local date and km."""
    orders, types = t.work_orders, t.work_order_service_types
    on = _LocalDate(orders.c.opened_at)
    ranked = (
        sa.select(
            orders.c.vin,
            on.label("on"),
            _DayNumber(on).label("dn"),
            orders.c.mileage_km.label("km"),
            sa.func.row_number()
            .over(partition_by=orders.c.vin, order_by=(on.desc(), orders.c.number.desc()))
            .label("rank"),
        )
        .where(
            orders.c.vin.is_not(None),
            orders.c.opened_at < start_of(day + timedelta(days=1)),
            sa.exists().where(
                types.c.work_order_number == orders.c.number,
                types.c.service_type.in_(sorted(k.value for k in MAINTENANCE_TYPES)),
            ),
        )
        .subquery("ranked_maintenance")
    )
    return sa.select(ranked).where(ranked.c.rank == 1).cte("last_maintenance")


def _predicted(
    reminder_day: ReminderDay, kinds: frozenset[ReminderKind]
) -> sa.Select[tuple[Any, ...]]:
    """One row per vehicle with a maintenance or warranty reminder (or a refused reading).

    Everything the pure rule decides is decided here in day numbers: the anchor (the
    explicit date, the latest maintenance, the first maintenance on record, the
    purchase), the time-based due date, the km per day to the hundredth (rounded half
    up) from the reduced odometer evidence, the day a mileage is reached (the newest
    reading's day plus the days still to drive, rounded up; or, when already passed,
    the first day at or over it), which date wins, and the window.
    """
    policy, day = reminder_day.policy, reminder_day.as_of
    cars, customers = t.vehicles, t.customers
    days, odometer, counted = _odometer(day)
    last = _last_maintenance(day)
    today, oldest, end = _number(day), _number(reminder_day.oldest), _number(reminder_day.end)

    bought = _DayNumber(cars.c.purchased_on)
    explicit_dn = _DayNumber(cars.c.next_maintenance_on)
    explicit = sa.and_(
        cars.c.next_maintenance_on.is_not(None),
        sa.or_(last.c.dn.is_(None), last.c.dn < explicit_dn),
    )
    routine = sa.or_(last.c.dn.is_not(None), cars.c.first_maintenance_on.is_not(None))
    routine_from = sa.func.coalesce(last.c.on, cars.c.first_maintenance_on)
    start_dn = sa.case((routine, _DayNumber(routine_from)), else_=bought)
    time_dn = sa.case(
        (routine, _DayNumber(_AddMonths(routine_from, _months(policy.interval_months)))),
        else_=_DayNumber(_AddMonths(cars.c.purchased_on, _months(policy.first_service_months))),
    )
    target = sa.case(
        (last.c.dn.is_not(None), last.c.km + policy.interval_km),
        (cars.c.first_maintenance_on.is_not(None), sa.null()),
        else_=sa.literal(policy.first_service_km, sa.Integer),
    )

    # The average: from the first day used to the newest, or from 0 km at purchase.
    single = odometer.c.first_dn == odometer.c.newest_dn
    from_purchase = sa.and_(single, cars.c.purchased_on.is_not(None), bought < odometer.c.newest_dn)
    has_rate = sa.and_(odometer.c.vin.is_not(None), sa.or_(~single, from_purchase))
    anchor_dn = sa.case((single, bought), else_=odometer.c.first_dn)
    anchor_km = sa.case((single, 0), else_=odometer.c.first_km)
    span = odometer.c.newest_dn - anchor_dn
    cents = sa.case(
        (has_rate, _Quotient(200 * (odometer.c.peak - anchor_km) + span, 2 * span)),
        else_=sa.null(),
    )

    def reaching(km: ColumnElement[int]) -> ColumnElement[int]:
        """The day number ``km`` is predicted to be reached (the pure rule's rounding up)."""
        return odometer.c.newest_dn + _Quotient(100 * (km - odometer.c.peak) + cents - 1, cents)

    # The first day at or over the target, for a target already passed: grouped, not
    # correlated (a subquery per vehicle is quadratic on SQLite).
    after_last = (
        sa.select(days.c.vin, sa.func.min(days.c.dn).label("dn"))
        .select_from(days.join(last, last.c.vin == days.c.vin))
        .where(days.c.top >= last.c.km + policy.interval_km)
        .group_by(days.c.vin)
        .subquery("reached_after_last")
    )
    after_purchase = (
        sa.select(days.c.vin, sa.func.min(days.c.dn).label("dn"))
        .where(days.c.top >= policy.first_service_km)
        .group_by(days.c.vin)
        .subquery("reached_after_purchase")
    )
    reached_first = sa.case(
        (last.c.dn.is_not(None), after_last.c.dn),
        (cars.c.first_maintenance_on.is_not(None), sa.null()),
        else_=after_purchase.c.dn,
    )
    passed = sa.and_(target.is_not(None), odometer.c.peak >= target)
    predicted = sa.and_(target.is_not(None), odometer.c.peak < target, cents > 0)
    mileage_dn = sa.case(
        (passed, _later(start_dn, reached_first)),
        (predicted, _later(start_dn, reaching(target))),
        else_=sa.null(),
    )
    mileage_wins = sa.and_(mileage_dn.is_not(None), mileage_dn < time_dn)
    due_dn = sa.case((explicit, explicit_dn), (mileage_wins, mileage_dn), else_=time_dn)
    basis = sa.case(
        (explicit, ServiceDueBasis.EXPLICIT.value),
        (mileage_wins, ServiceDueBasis.MILEAGE.value),
        else_=ServiceDueBasis.TIME.value,
    )
    first_service = sa.case(
        (explicit, sa.and_(last.c.dn.is_(None), cars.c.first_maintenance_on.is_(None))),
        else_=~routine,
    )
    stale = today - odometer.c.newest_dn > policy.stale_reading_days
    low_confidence = sa.and_(~explicit, predicted, stale)
    has_anchor = sa.or_(
        cars.c.next_maintenance_on.is_not(None),
        cars.c.purchased_on.is_not(None),
        cars.c.first_maintenance_on.is_not(None),
        last.c.dn.is_not(None),
    )
    refusing = policy.backwards_readings == "refuse"
    backwards = odometer.c.backwards == 1

    # Warranty: by date, or the day the warranty mileage is reached when that comes first.
    warranty_km = cars.c.warranty_km
    by_date = _DayNumber(cars.c.warranty_expires_on)
    by_km = sa.case(
        (sa.and_(warranty_km.is_not(None), odometer.c.peak < warranty_km, cents > 0),
         reaching(warranty_km)),
        else_=sa.null(),
    )  # fmt: skip
    past = sa.and_(warranty_km.is_not(None), odometer.c.peak >= warranty_km)
    km_first = sa.and_(by_km.is_not(None), sa.or_(by_date.is_(None), by_km < by_date))
    warranty_dn = sa.case((past, sa.null()), (km_first, by_km), else_=by_date)

    wanted: list[ColumnElement[bool]] = []
    if ReminderKind.MAINTENANCE in kinds:
        wanted.append(sa.and_(has_anchor, due_dn.between(oldest, end)))
        if refusing:
            wanted.append(sa.and_(has_anchor, ~explicit, backwards))
    if ReminderKind.WARRANTY_EXPIRY in kinds:
        wanted.append(warranty_dn.between(today, end))
        if refusing:
            wanted.append(sa.and_(warranty_km.is_not(None), backwards))
    # The count of ignored readings is evidence of a warranty by mileage only.
    ignored = counted if ReminderKind.WARRANTY_EXPIRY in kinds else None
    joined = (
        cars.join(customers, customers.c.number == cars.c.customer_number)
        .outerjoin(last, last.c.vin == cars.c.vin)
        .outerjoin(odometer, odometer.c.vin == cars.c.vin)
        .outerjoin(after_last, after_last.c.vin == cars.c.vin)
        .outerjoin(after_purchase, after_purchase.c.vin == cars.c.vin)
    )
    if ignored is not None:
        joined = joined.outerjoin(ignored, ignored.c.vin == cars.c.vin)
    return (
        sa.select(
            cars.c.id,
            cars.c.customer_number,
            cars.c.vin,
            may_be_held(customers).label("held"),
            sa.and_(has_anchor, due_dn.between(oldest, end)).label("maintenance"),
            due_dn.label("due_dn"),
            basis.label("basis"),
            first_service.label("first_service"),
            low_confidence.label("low_confidence"),
            warranty_dn.between(today, end).label("warranty"),
            km_first.label("warranty_by_km"),
            warranty_dn.label("warranty_dn"),
            warranty_km.label("warranty_km"),
            cars.c.warranty_expires_on,
            from_purchase.label("from_purchase"),
            anchor_dn.label("anchor_dn"),
            anchor_km.label("anchor_km"),
            odometer.c.newest_dn,
            odometer.c.peak,
            cents.label("cents"),
            (
                sa.func.coalesce(ignored.c.ignored, 0)
                if ignored is not None
                else sa.literal(0, sa.Integer)
            ).label("ignored"),
            sa.and_(has_anchor, ~explicit, backwards).label("maintenance_refused"),
            sa.and_(warranty_km.is_not(None), backwards).label("warranty_refused"),
        )
        .select_from(joined)
        .where(sa.or_(*wanted))
        .order_by(cars.c.id)
    )


def _daily(row: sa.Row[Any]) -> DailyKm:
    """The vehicle's average as the SQL found it (the readings themselves are not read)."""
    newest = OdometerReading(row.vin, _day(row.newest_dn), int(row.peak))
    first = (_day(row.anchor_dn), int(row.anchor_km))
    return DailyKm(
        km_per_day=Decimal(int(row.cents)).scaleb(-2),
        readings_used=(),
        newest=newest,
        from_purchase=bool(row.from_purchase),
        basis=DailyKm.describe(
            first, (newest.on, newest.km), from_purchase=bool(row.from_purchase),
            ignored=int(row.ignored),
        ),
    )  # fmt: skip


# --------------------------------------------------------------------------- holidays, campaigns


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


# --------------------------------------------------------------------------- the list


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
            connection.execute(_birthdays(day, encrypted=archive.encrypted)).all()
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
        due = connection.execute(_predicted(day, predicted)).all() if predicted else []
        invited = [(c, _campaign_rows(archive, connection, day, c)) for c in campaigns]
        held = sorted(
            {r.number for r in [*people, *everyone] if r.held}
            | {r.customer_number for r in [*cars, *due] if r.held}
            | {r.customer_number for _, rows in invited for r in rows if r.held}
        )
        history = contact_history(
            archive, connection, day.as_of, policy.contact_cooldown_days, held
        )
        for row in due:
            pressure = history.pressure(
                row.customer_number, as_of=day.as_of, cooldown_days=policy.contact_cooldown_days,
                purpose=ContactPurpose.REMINDERS, vin=row.vin,
            )  # fmt: skip
            refused = (ReminderKind.MAINTENANCE in predicted and row.maintenance_refused) or (
                ReminderKind.WARRANTY_EXPIRY in predicted and row.warranty_refused
            )
            if refusing and refused and pressure is None:
                _refuse(archive, connection, day, predicted, row.customer_number, row.vin)
    found: list[Reminder | None] = []
    for person in people:
        born = None if person.birth_date is None else _as_date(person.birth_date)
        found.append(day.birthday(person.number, born, person.resident_id))
    for customer in everyone:
        found.extend(day.holiday(customer.number, first, names) for first, names in breaks)
    for car in cars:
        owner, vin = car.customer_number, car.vin
        if ReminderKind.INSURANCE_RENEWAL in wanted and car.insurance_renewal_on is not None:
            expiry = _as_date(car.insurance_renewal_on)
            found.append(day.insurance_renewal(owner, vin, expiry, car.insurer))
        if ReminderKind.ANNUAL_INSPECTION in wanted and car.annual_inspection_on is not None:
            found.append(day.annual_inspection(owner, vin, _as_date(car.annual_inspection_on)))
        if ReminderKind.PURCHASE_ANNIVERSARY in wanted and car.purchased_on is not None:
            found.append(day.purchase_anniversary(owner, vin, _as_date(car.purchased_on)))
    # A backwards reading under "refuse" gives the pure rule's error (raised above) or,
    # when the owner is held back anyway, no reminder of that kind: his data need not be
    # clean.
    for row in due:
        maintenance = row.maintenance and not (refusing and row.maintenance_refused)
        if ReminderKind.MAINTENANCE in wanted and maintenance:
            found.append(day.maintenance(row.customer_number, _service_due(row, policy)))
        warranty = row.warranty and not (refusing and row.warranty_refused)
        if ReminderKind.WARRANTY_EXPIRY in wanted and warranty:
            expires = None if row.warranty_expires_on is None else _as_date(row.warranty_expires_on)
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
    return day.sorted_out(found, history)


def _service_due(row: sa.Row[Any], policy: ServicePolicy) -> ServiceDue:
    """The maintenance due date the SQL found, as the pure rule words it."""
    basis = ServiceDueBasis.from_label(str(row.basis))
    first_service = bool(row.first_service)
    explicit = basis is ServiceDueBasis.EXPLICIT
    return ServiceDue(
        vin=row.vin, due_on=_day(row.due_dn), basis=basis, first_service=first_service,
        low_confidence=bool(row.low_confidence),
        rule=policy.due_rule(explicit=explicit, first_service=first_service),
    )  # fmt: skip


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
