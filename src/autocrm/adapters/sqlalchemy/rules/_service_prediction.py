"""Maintenance and warranty-expiry dates predicted in SQL, for the reminders twin.

Private to [`autocrm.adapters.sqlalchemy.rules`][autocrm.adapters.sqlalchemy.rules]. Each
vehicle's odometer evidence (its readings and the mileage on its work orders) is
reduced by the database to the km per day to the hundredth; the day a mileage is
reached is counted in whole days rounded up, from day numbers (days since
1970-01-01) every engine computes alike; the anchor (explicit date, latest
maintenance, purchase) and the time-based due date are found, and only the vehicles
whose date falls in the window come back (see [reminders][sources-reminders]).

Examples:
    >>> _day(_number(date(2025, 9, 10)))
    datetime.date(2025, 9, 10)
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.local_time import LocalDate
from autocrm.adapters.sqlalchemy.rules._archive import (
    latest_maintenance,
    may_be_held,
    start_of,
)
from autocrm.adapters.sqlalchemy.workdays import day_number
from autocrm.domain import OdometerReading
from autocrm.rules.calendar import DEFAULT_CALENDAR
from autocrm.rules.mileage import DailyKm
from autocrm.rules.reminder_day import ReminderDay
from autocrm.rules.reminder_kinds import ReminderKind
from autocrm.rules.service_due import ServiceDue, ServiceDueBasis
from autocrm.rules.service_policy import ServicePolicy

#: Day 0 of the day numbers the SQL counts in.
_EPOCH = date(1970, 1, 1)


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


def _odometer(day: date, *, backwards: bool = True) -> tuple[sa.CTE, sa.Subquery, sa.Subquery]:
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

    ``backwards=False`` leaves out what only a backwards reading decides (``before``
    is NULL, ``backwards`` 0 and no reading counts as ignored): the running maximum
    over every vehicle's days is the costliest step, and a list that neither refuses
    backwards readings nor words a warranty by mileage does not need it.
    """
    readings, orders = t.odometer_readings, t.work_orders
    points = sa.union_all(
        sa.select(
            readings.c.vin.label("vin"), day_number(readings.c.on).label("dn"), readings.c.km
        ).where(readings.c.on <= day),
        sa.select(
            orders.c.vin, day_number(LocalDate(orders.c.opened_at)), orders.c.mileage_km
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
        (
            sa.func.max(grouped.c.top).over(
                partition_by=grouped.c.vin, order_by=grouped.c.dn, rows=(None, -1)
            )
            if backwards
            else sa.null().cast(sa.Integer)
        ).label("before"),
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
            (
                sa.func.max(sa.case((days.c.low < days.c.before, 1), else_=0))
                if backwards
                else sa.literal(0, sa.Integer)
            ).label("backwards"),
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


def _last_maintenance(day: date, dialect: str) -> sa.CTE:
    """Each vehicle's latest maintenance work order up to ``day``: its local date and km
    (in the form ``dialect`` runs fastest)."""
    orders = t.work_orders
    on = LocalDate(orders.c.opened_at)
    return latest_maintenance(
        day,
        orders.c.vin,
        on.label("on"),
        day_number(on).label("dn"),
        orders.c.mileage_km.label("km"),
        dialect=dialect,
    ).cte("last_maintenance")


def _predicted(
    reminder_day: ReminderDay, kinds: frozenset[ReminderKind], *, dialect: str
) -> sa.Select[tuple[Any, ...]]:
    """One row per vehicle with a maintenance or warranty reminder (or a refused reading).

    Everything the pure rule decides is decided here in day numbers: the anchor (the
    explicit date, the latest maintenance, the first maintenance on record, the
    purchase), the time-based due date, the km per day to the hundredth (rounded half
    up) from the reduced odometer evidence, the day a mileage is reached (the newest
    reading's day plus the days still to drive, rounded up; or, when already passed,
    the first day at or over it), which date wins, and the window.

    Each value is worked out once, in layers of subqueries (the facts of each vehicle,
    its anchor and average, the mileage date, the due date), and the later layers name
    it: written out in place, the nested cases repeat each other hundreds of times, and
    the engine evaluates every copy.
    """
    policy, day = reminder_day.policy, reminder_day.as_of
    cars, customers = t.vehicles, t.customers
    refusing = policy.backwards_readings == "refuse"
    # Backwards readings matter to a policy that refuses them, and to the wording of a
    # warranty by mileage (the readings it ignored).
    days, odometer, counted = _odometer(
        day, backwards=refusing or ReminderKind.WARRANTY_EXPIRY in kinds
    )
    last = _last_maintenance(day, dialect)
    today, oldest, end = _number(day), _number(reminder_day.oldest), _number(reminder_day.end)

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

    # Layer 1: the vehicle's facts, its anchor, target and time-based due date.
    bought = day_number(cars.c.purchased_on)
    explicit_dn = day_number(cars.c.next_maintenance_on)
    routine = sa.or_(last.c.dn.is_not(None), cars.c.first_maintenance_on.is_not(None))
    routine_from = sa.func.coalesce(last.c.on, cars.c.first_maintenance_on)
    single = odometer.c.first_dn == odometer.c.newest_dn
    from_purchase = sa.and_(single, cars.c.purchased_on.is_not(None), bought < odometer.c.newest_dn)
    facts = (
        sa.select(
            cars.c.id,
            cars.c.customer_number,
            cars.c.vin,
            may_be_held(customers).label("held"),
            cars.c.warranty_km,
            cars.c.warranty_expires_on,
            day_number(cars.c.warranty_expires_on).label("warranty_by_date"),
            explicit_dn.label("explicit_dn"),
            sa.and_(
                cars.c.next_maintenance_on.is_not(None),
                sa.or_(last.c.dn.is_(None), last.c.dn < explicit_dn),
            ).label("explicit"),
            routine.label("routine"),
            sa.and_(last.c.dn.is_(None), cars.c.first_maintenance_on.is_(None)).label("never"),
            sa.or_(
                cars.c.next_maintenance_on.is_not(None),
                cars.c.purchased_on.is_not(None),
                cars.c.first_maintenance_on.is_not(None),
                last.c.dn.is_not(None),
            ).label("has_anchor"),
            sa.case((routine, day_number(routine_from)), else_=bought).label("start_dn"),
            sa.case(
                (routine, day_number(_AddMonths(routine_from, _months(policy.interval_months)))),
                else_=day_number(
                    _AddMonths(cars.c.purchased_on, _months(policy.first_service_months))
                ),
            ).label("time_dn"),
            sa.case(
                (last.c.dn.is_not(None), last.c.km + policy.interval_km),
                (cars.c.first_maintenance_on.is_not(None), sa.null()),
                else_=sa.literal(policy.first_service_km, sa.Integer),
            ).label("target"),
            sa.case(
                (last.c.dn.is_not(None), after_last.c.dn),
                (cars.c.first_maintenance_on.is_not(None), sa.null()),
                else_=after_purchase.c.dn,
            ).label("reached_first"),
            # The average: from the first day used to the newest, or from 0 km at purchase.
            from_purchase.label("from_purchase"),
            sa.and_(odometer.c.vin.is_not(None), sa.or_(~single, from_purchase)).label("has_rate"),
            sa.case((single, bought), else_=odometer.c.first_dn).label("anchor_dn"),
            sa.case((single, 0), else_=odometer.c.first_km).label("anchor_km"),
            odometer.c.newest_dn,
            odometer.c.peak,
            (odometer.c.backwards == 1).label("backwards"),
            (
                sa.func.coalesce(ignored.c.ignored, 0)
                if ignored is not None
                else sa.literal(0, sa.Integer)
            ).label("ignored"),
        )
        .select_from(joined)
        .subquery("vehicle_facts")
    )

    # Layer 2: the km per day, in hundredths rounded half up.
    f = facts.c
    span = f.newest_dn - f.anchor_dn
    rated = sa.select(
        facts,
        sa.case(
            (f.has_rate, _Quotient(200 * (f.peak - f.anchor_km) + span, 2 * span)),
            else_=sa.null(),
        ).label("cents"),
    ).subquery("vehicle_rates")

    # Layer 3: the day the target (and the warranty mileage) is reached.
    r = rated.c

    def reaching(km: ColumnElement[int]) -> ColumnElement[int]:
        """The day number ``km`` is predicted to be reached (the pure rule's rounding up)."""
        return r.newest_dn + _Quotient(100 * (km - r.peak) + r.cents - 1, r.cents)

    passed = sa.and_(r.target.is_not(None), r.peak >= r.target)
    predicted = sa.and_(r.target.is_not(None), r.peak < r.target, r.cents > 0)
    by_km = sa.case(
        (sa.and_(r.warranty_km.is_not(None), r.peak < r.warranty_km, r.cents > 0),
         reaching(r.warranty_km)),
        else_=sa.null(),
    )  # fmt: skip
    reached = sa.select(
        rated,
        sa.case(
            (passed, _later(r.start_dn, r.reached_first)),
            (predicted, _later(r.start_dn, reaching(r.target))),
            else_=sa.null(),
        ).label("mileage_dn"),
        predicted.label("predicted"),
        by_km.label("warranty_by_km_dn"),
        sa.and_(r.warranty_km.is_not(None), r.peak >= r.warranty_km).label("warranty_past"),
    ).subquery("vehicle_mileage")

    # Layer 4: which date wins, and the window.
    m = reached.c
    mileage_wins = sa.and_(m.mileage_dn.is_not(None), m.mileage_dn < m.time_dn)
    km_first = sa.and_(
        m.warranty_by_km_dn.is_not(None),
        sa.or_(m.warranty_by_date.is_(None), m.warranty_by_km_dn < m.warranty_by_date),
    )
    dues = sa.select(
        reached,
        sa.case((m.explicit, m.explicit_dn), (mileage_wins, m.mileage_dn), else_=m.time_dn).label(
            "due_dn"
        ),
        sa.case(
            (m.explicit, ServiceDueBasis.EXPLICIT.value),
            (mileage_wins, ServiceDueBasis.MILEAGE.value),
            else_=ServiceDueBasis.TIME.value,
        ).label("basis"),
        km_first.label("warranty_by_km"),
        sa.case(
            (m.warranty_past, sa.null()), (km_first, m.warranty_by_km_dn), else_=m.warranty_by_date
        ).label("warranty_dn"),
    ).subquery("vehicle_dues")

    d = dues.c
    stale = today - d.newest_dn > policy.stale_reading_days
    maintenance = sa.and_(d.has_anchor, d.due_dn.between(oldest, end))
    warranty = d.warranty_dn.between(today, end)
    # Refused: a backwards reading under a policy that refuses them (never otherwise).
    maintenance_refused = sa.and_(
        d.has_anchor, ~d.explicit, d.backwards, sa.true() if refusing else sa.false()
    )
    warranty_refused = sa.and_(
        d.warranty_km.is_not(None), d.backwards, sa.true() if refusing else sa.false()
    )
    wanted: list[ColumnElement[bool]] = []
    if ReminderKind.MAINTENANCE in kinds:
        wanted.append(maintenance)
        if refusing:
            wanted.append(maintenance_refused)
    if ReminderKind.WARRANTY_EXPIRY in kinds:
        wanted.append(warranty)
        if refusing:
            wanted.append(warranty_refused)
    return (
        sa.select(
            d.id,
            d.customer_number,
            d.vin,
            d.held,
            maintenance.label("maintenance"),
            d.due_dn,
            d.basis,
            sa.case((d.explicit, d.never), else_=~d.routine).label("first_service"),
            sa.and_(~d.explicit, d.predicted, stale).label("low_confidence"),
            warranty.label("warranty"),
            d.warranty_by_km,
            d.warranty_dn,
            d.warranty_km,
            d.warranty_expires_on,
            d.from_purchase,
            d.anchor_dn,
            d.anchor_km,
            d.newest_dn,
            d.peak,
            d.cents,
            d.ignored,
            maintenance_refused.label("maintenance_refused"),
            warranty_refused.label("warranty_refused"),
        )
        .where(sa.or_(*wanted))
        .order_by(d.id)
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


@functools.lru_cache(maxsize=64)
def _due_rule(policy: ServicePolicy, *, explicit: bool, first_service: bool) -> str:
    """``policy.due_rule``, worded once per policy and case (not once per vehicle)."""
    return policy.due_rule(explicit=explicit, first_service=first_service)


#: Each basis by the value the SQL gives.
_BASES = {basis.value: basis for basis in ServiceDueBasis}


def _service_due(row: sa.Row[Any], policy: ServicePolicy) -> ServiceDue:
    """The maintenance due date the SQL found, as the pure rule words it."""
    basis = _BASES[str(row.basis)]
    first_service = bool(row.first_service)
    explicit = basis is ServiceDueBasis.EXPLICIT
    return ServiceDue(
        vin=row.vin, due_on=_day(row.due_dn), basis=basis, first_service=first_service,
        low_confidence=bool(row.low_confidence),
        rule=_due_rule(policy, explicit=explicit, first_service=first_service),
    )  # fmt: skip


def _vehicle_dues(day: date, policy: ServicePolicy, *, dialect: str) -> sa.Select[tuple[Any, ...]]:
    """Every vehicle's next maintenance due as of ``day``, whenever it falls.

    The maintenance columns of
    [`_predicted`][autocrm.adapters.sqlalchemy.rules._service_prediction] with a window
    spanning the whole calendar (so every vehicle with something to count from):
    ``id, customer_number, vin``, ``due_dn`` and ``maintenance_refused`` (a backwards
    reading: no due date when the policy refuses it).
    """
    whole = ReminderDay(
        as_of=day,
        horizon=(date.max - day).days,
        policy=attrs.evolve(policy, overdue_days=(day - date.min).days),
        calendar=DEFAULT_CALENDAR,
    )
    predicted = _predicted(whole, frozenset({ReminderKind.MAINTENANCE}), dialect=dialect)
    columns = predicted.selected_columns
    return predicted.with_only_columns(
        *(columns[name] for name in ("id", "customer_number", "vin", "due_dn")),
        columns["maintenance_refused"],
        maintain_column_froms=False,
    ).order_by(None)
