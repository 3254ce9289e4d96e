"""SQL twins of [`autocrm.rules.churn`][autocrm.rules.churn]: the win-back list and the
[early warning][sources-lost-customers-early-warning].

Every customer's visits — work orders under his number or for one of his cars (their
local opening date), and the visit dates kept on his vehicles — are put together in
one ``UNION ALL`` and grouped per customer by the database; the policy's numbers enter
as bound dates, so only the customers of the answer come back. See
[`autocrm.adapters.sqlalchemy.rules`][autocrm.adapters.sqlalchemy.rules].

Examples:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> lost_customers(archive, as_of=date(2025, 6, 1))
    ()
    >>> early_warning(archive, as_of=date(2026, 3, 2)).quiet_from
    datetime.date(2026, 1, 1)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.sql.visitors import ExternallyTraversible, replacement_traverse

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.key_lists import (
    LIST_PARAMETER_ENGINES,
    in_chunks,
    key_list,
    one_of,
)
from autocrm.adapters.sqlalchemy.local_time import LocalDate, date_from_sql
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import (
    checked_archive,
    contact_history,
    may_be_held,
    start_of,
)
from autocrm.adapters.sqlalchemy.rules._service_prediction import _day, _vehicle_dues
from autocrm.domain.checks import expect
from autocrm.domain.work_order import ServiceType
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import ChurnSegment, SegmentAssessment
from autocrm.rules.churn_warning import EarlyWarning, WarningEntry
from autocrm.rules.contact import LeftOff
from autocrm.rules.lost import LostCustomers
from autocrm.rules.service_policy import ServicePolicy

__all__ = ["early_warning", "lost_customers", "lost_customers_report"]

_DEFAULT_CHURN_POLICY = ChurnPolicy()
_DEFAULT_SERVICE_POLICY = ServicePolicy()


# --------------------------------------------------------------------------- visits


def _visits(day: date) -> sa.Subquery:
    """``(customer_number, on)``: every visit of every customer on or before ``day``.

    What counts as a visit (see [`autocrm.rules.churn`][autocrm.rules.churn]): the local opening
    date of a work order carrying the customer's number or one of his vehicles' VINs, and the
    ``last_business_on``, ``first_maintenance_on``, ``first_visit_on`` dates of his
    vehicles and ``purchased_on`` of a car the shop sold. A visit may appear twice
    (a work order of his own car under his number): the rules use the latest date
    and the distinct dates, which duplicates do not change.
    """
    orders, cars = t.work_orders, t.vehicles
    opened_by = orders.c.opened_at < start_of(day + timedelta(days=1))
    on = LocalDate(orders.c.opened_at)
    parts: list[sa.Select[Any]] = [
        sa.select(orders.c.customer_number.label("customer_number"), on.label("on")).where(
            opened_by
        ),
        sa.select(cars.c.customer_number, on)
        .select_from(orders.join(cars, cars.c.vin == orders.c.vin))
        .where(opened_by),
    ]
    for column in (cars.c.last_business_on, cars.c.first_maintenance_on, cars.c.first_visit_on):
        parts.append(sa.select(cars.c.customer_number, column).where(column <= day))
    parts.append(
        sa.select(cars.c.customer_number, cars.c.purchased_on).where(
            cars.c.is_new_car_sale.is_(True), cars.c.purchased_on <= day
        )
    )
    return sa.union_all(*parts).subquery("visits")


def _serviced_here(day: date) -> sa.Subquery:
    """``customer_number`` of every customer serviced here on or before ``day``.

    A work order of his (by number or vehicle) with a service type other than the
    new-car delivery, or a vehicle of his with a first maintenance or first visit
    recorded by then.
    """
    orders, cars, types = t.work_orders, t.vehicles, t.work_order_service_types
    opened_by = orders.c.opened_at < start_of(day + timedelta(days=1))
    real_service = sa.exists().where(
        types.c.work_order_number == orders.c.number,
        types.c.service_type != ServiceType.NEW_CAR_DELIVERY.value,
    )
    return sa.union(
        sa.select(orders.c.customer_number.label("customer_number")).where(opened_by, real_service),
        sa.select(cars.c.customer_number)
        .select_from(orders.join(cars, cars.c.vin == orders.c.vin))
        .where(opened_by, real_service),
        sa.select(cars.c.customer_number).where(
            sa.or_(cars.c.first_maintenance_on <= day, cars.c.first_visit_on <= day)
        ),
    ).subquery("serviced")


# --------------------------------------------------------------------------- lost customers


def lost_customers_report(
    archive: SqlArchive,
    *,
    as_of: date,
    policy: ChurnPolicy = _DEFAULT_CHURN_POLICY,
    segments: Collection[ChurnSegment] | None = None,
) -> LostCustomers:
    """The win-back report of
    [`autocrm.rules.churn.lost_customers_report`][autocrm.rules.lost.lost_customers_report], found
    in SQL.

    One query groups every customer's visits (latest visit), whether he was serviced
    here and whether he has a car bought before the first-service cut-off, classifies
    him with the policy's days as bound dates, and returns the customers of the
    wanted segments only; their assessments are built by
    [`from_facts`][autocrm.rules.churn_segments.SegmentAssessment.from_facts].

    Args:
        archive: The SQL archive.
        as_of: The day of the question.
        policy: The thresholds.
        segments: Which segments to return; default the lost ones.

    Returns:
        The [`LostCustomers`][autocrm.rules.lost.LostCustomers] the pure rule gives.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).

    Examples:
        >>> from autocrm.domain import OptOut
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer, Vehicle, WorkOrder
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C1", name="王建国", opt_outs=[
        ...     OptOut("marketing", reason="不要营销电话")]), actor="a", at=at)
        >>> _ = archive.add(Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                         last_business_on=date(2024, 2, 1)), actor="a", at=at)
        >>> report = lost_customers_report(archive, as_of=date(2025, 6, 1))
        >>> report.entries, [(x.subject, x.reason) for x in report.left_off]
        ((), [('recently_lost', 'opted out of 营销 calls: 不要营销电话')])
    """
    archive = checked_archive(archive)
    policy = expect(policy, ChurnPolicy, field="policy")
    day = policy.check_as_of(as_of)
    wanted = ChurnSegment.selected(segments)
    customers, cars = t.customers, t.vehicles
    visits = _visits(day)
    last = (
        sa.select(visits.c.customer_number, sa.func.max(visits.c.on).label("last_on"))
        .group_by(visits.c.customer_number)
        .subquery("last_visits")
    )
    serviced = _serviced_here(day)
    cutoff = policy.first_service_lost_before(day)
    has_stale = sa.exists().where(
        cars.c.customer_number == customers.c.number, cars.c.purchased_on < cutoff
    )
    is_serviced = serviced.c.customer_number.is_not(None)
    # The segment, as SegmentAssessment.from_facts decides it, to select the answer rows.
    segment = sa.case(
        (sa.and_(~is_serviced, has_stale), ChurnSegment.FIRST_SERVICE_LOST.value),
        (last.c.last_on.is_(None), ChurnSegment.NO_VISIT.value),
        (
            last.c.last_on >= day - timedelta(days=policy.lost_after_days),
            ChurnSegment.ACTIVE.value,
        ),
        (
            last.c.last_on >= day - timedelta(days=policy.defected_after_days),
            ChurnSegment.RECENTLY_LOST.value,
        ),
        else_=ChurnSegment.DEFECTED.value,
    ).label("segment")
    classified = (
        sa.select(
            customers.c.id,
            customers.c.number,
            last.c.last_on,
            is_serviced.label("serviced"),
            may_be_held(customers).label("held"),
            segment,
        )
        .select_from(
            customers.outerjoin(last, last.c.customer_number == customers.c.number).outerjoin(
                serviced, serviced.c.customer_number == customers.c.number
            )
        )
        .subquery("classified")
    )
    query = (
        sa.select(classified)
        .where(classified.c.segment.in_(sorted(s.value for s in wanted)))
        .order_by(classified.c.id)
    )
    with archive._begin() as connection:
        rows = connection.execute(query).all()
        first_service = [r.number for r in rows if r.segment == ChurnSegment.FIRST_SERVICE_LOST]
        stale: dict[str, list[str]] = defaultdict(list)
        for chunk in in_chunks(connection, first_service):
            for owner, vin in connection.execute(
                sa.select(cars.c.customer_number, cars.c.vin)
                .where(
                    one_of(connection, cars.c.customer_number, chunk), cars.c.purchased_on < cutoff
                )
                .order_by(cars.c.id)
            ):
                stale[owner].append(vin)
        history = contact_history(
            archive,
            connection,
            day,
            policy.contact_cooldown_days,
            [r.number for r in rows if r.held],
            about=[r.number for r in rows],
        )
    assessments = (
        SegmentAssessment.from_facts(
            row.number,
            last_visit_on=None if row.last_on is None else date_from_sql(row.last_on),
            serviced_here=bool(row.serviced),
            stale_vins=stale.get(row.number, ()),
            as_of=day,
            policy=policy,
        )
        for row in rows
    )
    return LostCustomers.sorted_out(assessments, history, segments=wanted, as_of=day, policy=policy)


def lost_customers(
    archive: SqlArchive,
    *,
    as_of: date,
    policy: ChurnPolicy = _DEFAULT_CHURN_POLICY,
    segments: Collection[ChurnSegment] | None = None,
) -> tuple[SegmentAssessment, ...]:
    """The lost customers of
    [`autocrm.rules.churn.lost_customers`][autocrm.rules.lost.lost_customers], found by the
    database.

    See [`lost_customers_report`][autocrm.adapters.sqlalchemy.rules.churn.lost_customers_report],
    which also says who was left off and why.

    Args:
        archive: The SQL archive.
        as_of: The day of the question.
        policy: The thresholds.
        segments: Which segments to return; default the lost ones.

    Returns:
        One assessment per customer, in win-back order.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer, Vehicle, WorkOrder
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C1", name="王建国"), actor="a", at=at)
        >>> _ = archive.add(Vehicle(vin="LFV2A21K3D3109826", customer_number="C1",
        ...                         last_business_on=date(2024, 2, 1)), actor="a", at=at)
        >>> [(a.customer_number, a.segment.label, a.days_since_visit)
        ...  for a in lost_customers(archive, as_of=date(2025, 6, 1))]
        [('C1', '近期流失客户', 486)]
    """
    return lost_customers_report(archive, as_of=as_of, policy=policy, segments=segments).entries


# --------------------------------------------------------------------------- early warning


def _of_vehicles(
    connection: sa.Connection, query: sa.Select[Any], vins: sa.BindParameter[Any]
) -> sa.Select[Any]:
    """``query`` read over the vehicles of the list ``vins`` and their own records only.

    Every reference of ``query`` to the vehicles, work orders and odometer readings is
    replaced by their rows of these VINs (the ``key_list`` parameter ``vins``, given
    when the statement runs): a question asked of each vehicle on its own gets the
    same answer for them, at the cost of their rows only. On the engines that take a
    list parameter, each table is narrowed by it, so that the planner knows how few
    they are; on SQLite, whose list is one parameter per key, the list is written
    once (the listed vehicles' VINs, a CTE the tables are narrowed by), so a statement
    carries a chunk of keys once and stays within ``SQLITE_PARAMETERS``.
    """
    if connection.dialect.name in LIST_PARAMETER_ENGINES:

        def listed(column: sa.Column[Any]) -> sa.ColumnElement[bool]:
            return one_of(connection, column, vins)

    else:
        chosen = (
            sa.select(t.vehicles.c.vin)
            .where(one_of(connection, t.vehicles.c.vin, vins))
            .cte("listed_vins")
        )

        def listed(column: sa.Column[Any]) -> sa.ColumnElement[bool]:
            return column.in_(sa.select(chosen.c.vin))

    narrowed: dict[int, sa.FromClause] = {
        id(table): sa.select(table).where(listed(table.c.vin)).subquery(table.name)
        for table in (t.vehicles, t.work_orders, t.odometer_readings)
    }

    def narrow(element: ExternallyTraversible, **_: Any) -> ExternallyTraversible | None:
        # By identity: a column's == builds SQL, not a truth value.
        if id(element) in narrowed:
            return narrowed[id(element)]
        if isinstance(element, sa.Column) and id(element.table) in narrowed:
            return narrowed[id(element.table)].c[element.key]
        return None

    no_options: dict[str, Any] = {}
    return cast("sa.Select[Any]", replacement_traverse(query, no_options, narrow))


def _service_dues(
    connection: sa.Connection, numbers: Sequence[str], day: date, service_policy: ServicePolicy
) -> dict[str, tuple[date, str]]:
    """The earliest maintenance due among each customer's cars and which car (the flag).

    Each car's due date as the reminders twin predicts it in SQL
    ([`_vehicle_dues`][autocrm.adapters.sqlalchemy.rules._service_prediction]), read
    over these customers' cars only; a car with nothing to count from or a refused
    backwards reading has none (``maintenance_refused`` is false under a policy that
    does not refuse them); on a tie the car first in the archive wins, as in
    [`earliest_service_due`][autocrm.rules.churn_warning.WarningEntry.earliest_service_due].
    A customer without any due date is left out. The query is built once and run for
    each list of VINs.
    """
    cars = t.vehicles
    vins: list[str] = []
    for chunk in in_chunks(connection, numbers):
        vins.extend(
            connection.execute(
                sa.select(cars.c.vin).where(one_of(connection, cars.c.customer_number, chunk))
            ).scalars()
        )
    if not vins:
        return {}
    each = _of_vehicles(
        connection,
        _vehicle_dues(day, service_policy, dialect=connection.dialect.name),
        key_list(connection, "vins"),
    ).subquery("dues")
    query = sa.select(each.c.due_dn, each.c.id, each.c.customer_number, each.c.vin).where(
        each.c.maintenance_refused.is_not(True)
    )
    dues: list[tuple[int, int, str, str]] = []  # day number, car id, owner, VIN
    for chunk in in_chunks(connection, vins):
        dues.extend(
            (int(on), car, owner, vin)
            for on, car, owner, vin in connection.execute(query, {"vins": chunk})
        )
    found: dict[str, tuple[date, str]] = {}
    for due_dn, _, number, vin in sorted(dues):
        found.setdefault(number, (_day(due_dn), vin))
    return found


def early_warning(
    archive: SqlArchive,
    *,
    as_of: date,
    policy: ChurnPolicy = _DEFAULT_CHURN_POLICY,
    service_policy: ServicePolicy = _DEFAULT_SERVICE_POLICY,
) -> EarlyWarning:
    """The early warning of
    [`autocrm.rules.churn.early_warning`][autocrm.rules.churn_warning.early_warning], found in SQL.

    One query groups every customer's visits up to ``as_of`` and keeps those whose
    latest visit lies in the active months of the window (so none since), with their
    number of distinct active visit days; the birthday flag comes from the birth date
    or resident ID of those rows. The maintenance-due flag is the earliest due date
    among the cars of the customers kept, each predicted in SQL by the reminders twin's
    query over those cars' records only, as
    [`next_service_due`][autocrm.rules.service_due.next_service_due] dates it.

    Args:
        archive: The SQL archive.
        as_of: The day of the question (its month is not part of the window).
        policy: Window lengths and "near" distances.
        service_policy: Maintenance intervals, for the due date.

    Returns:
        The [`EarlyWarning`][autocrm.rules.churn_warning.EarlyWarning] the pure rule gives.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive, or a bad ``as_of``.
        autocrm.errors.InvalidComponent: ``as_of`` so near the first or last date of the
            calendar that a window of the churn policy leaves it
            ([`ChurnPolicy.check_as_of`][autocrm.rules.churn.ChurnPolicy.check_as_of]).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Customer, Vehicle, WorkOrder
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 9, 15, 10, tzinfo=CHINA_TZ)
        >>> _ = archive.add(Customer(number="C1", name="王建国", birth_date=date(1980, 3, 20)),
        ...                 actor="a", at=at)
        >>> _ = archive.add(WorkOrder("WO1", customer_number="C1", vin="LFV2A21K3D3109826",
        ...                           opened_at=at, service_types=["保养"]), actor="a", at=at)
        >>> entry = early_warning(archive, as_of=date(2026, 3, 2)).entries[0]
        >>> entry.customer_number, entry.days_to_birthday, entry.birthday_within_days
        ('C1', 18, True)
    """
    archive = checked_archive(archive)
    policy = expect(policy, ChurnPolicy, field="policy")
    service_policy = expect(service_policy, ServicePolicy, field="service_policy")
    day = policy.check_as_of(as_of)
    start, quiet, _ = policy.warning_window(day)
    customers = t.customers
    visits = _visits(day)
    active_day = sa.case((visits.c.on >= start, visits.c.on), else_=sa.null())
    grouped = (
        sa.select(
            visits.c.customer_number,
            sa.func.max(visits.c.on).label("last_on"),
            sa.func.count(sa.distinct(active_day)).label("active_visits"),
        )
        .group_by(visits.c.customer_number)
        .subquery("grouped")
    )
    query = (
        sa.select(
            customers.c.number,
            customers.c.name,
            customers.c.birth_date,
            customers.c.resident_id,
            may_be_held(customers).label("held"),
            grouped.c.last_on,
            grouped.c.active_visits,
        )
        .select_from(customers.join(grouped, grouped.c.customer_number == customers.c.number))
        .where(grouped.c.last_on >= start, grouped.c.last_on < quiet)
        .order_by(customers.c.id)
    )
    left_off: list[LeftOff] = []
    kept = []
    with archive._begin() as connection:
        rows = connection.execute(query).all()
        history = contact_history(
            archive,
            connection,
            day,
            policy.contact_cooldown_days,
            [r.number for r in rows if r.held],
            about=[r.number for r in rows],
        )
        for row in rows:
            held = EarlyWarning.left_off_by(history, row.number, as_of=day, policy=policy)
            if held is None:
                kept.append(row)
            else:
                left_off.append(held)
        dues = _service_dues(connection, [r.number for r in kept], day, service_policy)
    entries = [
        WarningEntry.from_facts(
            row.number,
            name=row.name,
            last_visit_on=date_from_sql(row.last_on),
            active_visits=int(row.active_visits),
            birth_date=None if row.birth_date is None else date_from_sql(row.birth_date),
            resident_id=row.resident_id,
            service_due=dues.get(row.number),
            as_of=day,
            policy=policy,
            service_policy=service_policy,
        )
        for row in kept
    ]
    return EarlyWarning.of(entries, left_off, as_of=day, policy=policy)
