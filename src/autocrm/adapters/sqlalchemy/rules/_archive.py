"""What every SQL twin needs of the archive: argument check, local days, contact records.

Private to [`autocrm.adapters.sqlalchemy.rules`][autocrm.adapters.sqlalchemy.rules].

Examples:
    >>> start_of(date(2025, 10, 1)).isoformat()
    '2025-10-01T00:00:00+08:00'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.code_points import in_code_point_order
from autocrm.adapters.sqlalchemy.key_lists import (
    LIST_PARAMETER_ENGINES,
    in_chunks,
    one_of,
)
from autocrm.adapters.sqlalchemy.local_time import LocalDate
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.domain import Appointment, Customer, FollowUp
from autocrm.domain.appointment import AppointmentStatus
from autocrm.domain.checks import checked
from autocrm.domain.time import CHINA_TZ
from autocrm.domain.work_order import MAINTENANCE_TYPES
from autocrm.rules.contact import ContactHistory

__all__ = [
    "booked_from",
    "checked_archive",
    "contact_history",
    "latest_maintenance",
    "load_in",
    "may_be_held",
    "start_of",
]

_T = TypeVar("_T")


def checked_archive(archive: object) -> SqlArchive:
    """``archive`` if it is a SqlArchive, else InvalidFormat naming ``archive``.

    Examples:
        >>> checked_archive(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: archive: expected a SqlArchive, got NoneType
    """
    return checked(archive, SqlArchive, "archive")


def start_of(day: date) -> datetime:
    """The first instant of a local (China Standard Time) day.

    Examples:
        >>> start_of(date(2026, 2, 17)).isoformat()
        '2026-02-17T00:00:00+08:00'
    """
    return datetime.combine(day, time(0), tzinfo=CHINA_TZ)


def may_be_held(customers: sa.Table) -> ColumnElement[bool]:
    """The customer is anonymised, merged into another or has an opt-out: the pressure
    check needs his record.

    Examples:
        >>> for part in str(may_be_held(t.customers)).split(" OR "):
        ...     print(part)
        customers.anonymised IS true
        customers.merged_into IS NOT NULL
        CAST(customers.opt_outs AS TEXT) != :param_1
    """
    return sa.or_(
        customers.c.anonymised.is_(True),
        customers.c.merged_into.is_not(None),
        sa.cast(customers.c.opt_outs, sa.Text) != "[]",
    )


def latest_maintenance(
    day: date,
    *columns: ColumnElement[Any],
    where: ColumnElement[bool] | None = None,
    dialect: str = "",
) -> sa.Select[Any]:
    """Each vehicle's latest maintenance work order up to ``day``, with ``columns`` of it.

    Latest by local (China time) opening date, then by the higher work-order number; only
    work orders with a VIN and a maintenance service type count, and ``where`` narrows
    them further. The rows also carry their ``rank`` (always 1).

    Written for ``dialect``: the work orders ranked per VIN (``row_number``) and the
    first kept, on every engine; on DuckDB grouped by VIN instead, each column taken
    from the row with the greatest (date, number) pair (``arg_max_null``, which keeps
    a NULL value as the ranking does), one pass without a sort. The number is unique,
    so both pick the same work order, ties on a day included.

    Examples:
        >>> query = latest_maintenance(date(2026, 3, 1), t.work_orders.c.vin)
        >>> [column.name for column in query.selected_columns]
        ['vin', 'rank']
        >>> query = latest_maintenance(date(2026, 3, 1), t.work_orders.c.vin, dialect="duckdb")
        >>> [column.name for column in query.selected_columns]
        ['vin', 'rank']
    """
    orders, types = t.work_orders, t.work_order_service_types
    on = LocalDate(orders.c.opened_at)
    counted = (
        orders.c.vin.is_not(None),
        orders.c.opened_at < start_of(day + timedelta(days=1)),
        sa.exists().where(
            types.c.work_order_number == orders.c.number,
            types.c.service_type.in_(sorted(k.value for k in MAINTENANCE_TYPES)),
        ),
        *(() if where is None else (where,)),
    )
    if dialect == "duckdb":
        latest = sa.tuple_(on, orders.c.number)
        return (
            sa.select(
                *(
                    column
                    if column is orders.c.vin
                    else sa.func.arg_max_null(column, latest, type_=column.type).label(column.name)
                    for column in columns
                ),
                sa.literal_column("1").label("rank"),
            )
            .where(*counted)
            .group_by(orders.c.vin)
        )
    ranked = (
        sa.select(
            *columns,
            sa.func.row_number()
            .over(
                partition_by=orders.c.vin,
                order_by=(on.desc(), in_code_point_order(orders.c.number).desc()),
            )
            .label("rank"),
        )
        .where(*counted)
        .subquery("ranked_maintenance")
    )
    return sa.select(ranked).where(ranked.c.rank == 1)


def booked_from(day: date) -> ColumnElement[bool]:
    """The appointment is still BOOKED, with a slot on or after ``day`` (China time).

    Examples:
        >>> print(booked_from(date(2025, 6, 1)))
        appointments.status = :status_1 AND appointments.slot >= :slot_1
    """
    appointments = t.appointments
    return sa.and_(
        appointments.c.status == AppointmentStatus.BOOKED.value,
        appointments.c.slot >= start_of(day),
    )


def load_in(
    archive: SqlArchive,
    connection: sa.Connection,
    kind: type[_T],
    column: str,
    keys: Sequence[str],
) -> list[_T]:
    """The records of ``kind`` whose ``column`` is one of ``keys``.

    In archive order among the records of one key (all of them come in one chunk),
    which is the order the rules care about (a customer's cars).

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> with archive._begin() as connection:
        ...     load_in(archive, connection, Customer, "number", ["C000001"])
        []
    """
    spec = cv.spec_for(kind)
    found: list[_T] = []
    for chunk in in_chunks(connection, keys):
        found.extend(
            archive._load(connection, spec, one_of(connection, spec.table.c[column], chunk))
        )
    return found


def contact_history(
    archive: SqlArchive,
    connection: sa.Connection,
    day: date,
    cooldown_days: int,
    held_numbers: Sequence[str],
    extra: Sequence[Customer | Appointment] = (),
    *,
    about: Sequence[str] | None = None,
) -> ContactHistory:
    """The [`ContactHistory`][autocrm.rules.contact.ContactHistory] of the records that can keep
    someone off a list on ``day``.

    ``held_numbers`` are the answer's customers that are anonymised, merged into
    another or have an opt-out (every other customer has none of these to honour); the
    appointments still BOOKED with a slot on or after ``day``; the follow-ups with a
    call in the last ``cooldown_days`` days up to ``day`` (none when the cooldown is
    off); and ``extra`` records given by the caller.

    Which customers' bookings and calls are read (the history answers the same for the
    list's customers either way): with ``about``, all the customers the list asks about
    (a superset of ``held_numbers``), on the engines of ``LIST_PARAMETER_ENGINES`` only
    theirs, one array parameter per statement, instead of every customer's (the Python
    objects of the others are most of a win-back list's time otherwise); on SQLite, or
    without ``about``, everyone's (lists of ``CHUNK`` keys would take more statements
    than they save).

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> with archive._begin() as connection:
        ...     contact_history(archive, connection, date(2025, 6, 1), 7, []).customers
        {}
    """
    people = load_in(archive, connection, Customer, "number", held_numbers)
    if about is not None and connection.dialect.name not in LIST_PARAMETER_ENGINES:
        about = None
    appointments, followup_table = t.appointments, t.followups
    bookings: list[Appointment] = []
    for booked_by in _of_customers(connection, appointments, about):
        bookings.extend(
            archive._load(
                connection,
                cv.spec_for(Appointment),
                sa.and_(booked_from(day), booked_by),
            )
        )
    followups: list[FollowUp] = []
    if cooldown_days > 0:
        attempts = t.call_attempts
        recent = sa.select(attempts.c.followup_number).where(
            attempts.c.at >= start_of(day - timedelta(days=cooldown_days - 1)),
            attempts.c.at < start_of(day + timedelta(days=1)),
        )
        for followed_by in _of_customers(connection, followup_table, about):
            followups.extend(
                archive._load(
                    connection,
                    cv.spec_for(FollowUp),
                    sa.and_(followup_table.c.number.in_(recent), followed_by),
                )
            )
    return ContactHistory.of([*people, *followups, *bookings, *extra])


def _of_customers(
    connection: sa.Connection, table: sa.Table, numbers: Sequence[str] | None
) -> list[ColumnElement[bool]]:
    """One condition per statement that a record of ``table`` is one of ``numbers``'
    customers (None: one condition, no limit; no numbers: no statement)."""
    if numbers is None:
        return [sa.true()]
    return [
        one_of(connection, table.c.customer_number, chunk)
        for chunk in in_chunks(connection, numbers)
    ]
