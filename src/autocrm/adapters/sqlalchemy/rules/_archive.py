"""What every SQL twin needs of the archive: argument check, local days, contact records.

Private to [`autocrm.adapters.sqlalchemy.rules`][autocrm.adapters.sqlalchemy.rules].

Examples:
    >>> start_of(date(2025, 10, 1)).isoformat()
    '2025-10-01T00:00:00+08:00'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.domain import Appointment, Customer, FollowUp
from autocrm.domain.appointment import AppointmentStatus
from autocrm.domain.time import CHINA_TZ
from autocrm.errors import InvalidFormat
from autocrm.rules.contact import ContactHistory

__all__ = [
    "CHUNK",
    "checked_archive",
    "contact_history",
    "is_booked",
    "load_in",
    "may_be_held",
    "start_of",
    "was_called",
]

_T = TypeVar("_T")

#: Keys sent per ``IN (...)`` when records of the answer rows are loaded.
CHUNK = 500


def checked_archive(archive: object) -> SqlArchive:
    """``archive`` if it is a SqlArchive, else InvalidFormat naming ``archive``.

    Examples:
        >>> checked_archive(None)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidFormat: archive: expected a SqlArchive, got NoneType
    """
    if not isinstance(archive, SqlArchive):
        msg = f"archive: expected a SqlArchive, got {type(archive).__name__}"
        raise InvalidFormat(msg, field="archive", value=archive)
    return archive


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


def is_booked(customers: sa.Table, day: date) -> ColumnElement[bool]:
    """The customer has an appointment still BOOKED with a slot on or after ``day``.

    A correlated look-up by customer number (indexed): a list of a few candidates
    reads the bookings of those who have one, not of every customer; the pure rule
    decides from those records.

    Examples:
        >>> print(str(is_booked(t.customers, date(2025, 6, 1))).splitlines()[0])
        EXISTS (SELECT :param_1 AS anon_1
    """
    appointments = t.appointments
    return (
        sa.select(sa.literal(1))
        .where(
            appointments.c.customer_number == customers.c.number,
            appointments.c.status == AppointmentStatus.BOOKED.value,
            appointments.c.slot >= start_of(day),
        )
        .exists()
    )


def was_called(customers: sa.Table, day: date, cooldown_days: int) -> ColumnElement[bool]:
    """The customer had a follow-up call in the last ``cooldown_days`` days up to ``day``.

    Always false when the cooldown is off (0 days); like
    [`is_booked`][autocrm.adapters.sqlalchemy.rules._archive.is_booked], a correlated look-up.

    Examples:
        >>> print(was_called(t.customers, date(2025, 6, 1), 0))
        false
    """
    if cooldown_days <= 0:
        return sa.false()
    followups, attempts = t.followups, t.call_attempts
    return (
        sa.select(sa.literal(1))
        .select_from(followups.join(attempts, attempts.c.followup_number == followups.c.number))
        .where(
            followups.c.customer_number == customers.c.number,
            attempts.c.at >= start_of(day - timedelta(days=cooldown_days - 1)),
            attempts.c.at < start_of(day + timedelta(days=1)),
        )
        .exists()
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
    for start in range(0, len(keys), CHUNK):
        chunk = list(keys[start : start + CHUNK])
        found.extend(archive._load(connection, spec, spec.table.c[column].in_(chunk)))
    return found


def contact_history(
    archive: SqlArchive,
    connection: sa.Connection,
    day: date,
    cooldown_days: int,
    held_numbers: Sequence[str],
    extra: Sequence[Customer | Appointment] = (),
    *,
    booked: Sequence[str] | None = None,
    called: Sequence[str] | None = None,
) -> ContactHistory:
    """The [`ContactHistory`][autocrm.rules.contact.ContactHistory] of the records that can keep
    someone off a list on ``day``.

    ``held_numbers`` are the answer's customers that are anonymised, merged into
    another or have an opt-out (every other customer has none of these to honour); the
    appointments still BOOKED with a slot on or after ``day``; the follow-ups with a
    call in the last ``cooldown_days`` days up to ``day`` (none when the cooldown is
    off); and ``extra`` records given by the caller. A list that knows in SQL which of
    its customers [are booked][autocrm.adapters.sqlalchemy.rules._archive.is_booked] or
    [were called][autocrm.adapters.sqlalchemy.rules._archive.was_called] gives their
    numbers as ``booked`` and ``called``: only their appointments and follow-ups are read
    (None: everyone's).

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> with archive._begin() as connection:
        ...     contact_history(archive, connection, date(2025, 6, 1), 7, []).customers
        {}
    """
    people = load_in(archive, connection, Customer, "number", held_numbers)
    appointments = t.appointments
    bookings: list[Appointment] = []
    for chunk in _chunks(booked):
        bookings.extend(
            archive._load(
                connection,
                cv.spec_for(Appointment),
                sa.and_(
                    appointments.c.status == AppointmentStatus.BOOKED.value,
                    appointments.c.slot >= start_of(day),
                    *_limited(appointments, chunk),
                ),
            )
        )
    followups: list[FollowUp] = []
    if cooldown_days > 0:
        attempts = t.call_attempts
        recent = sa.select(attempts.c.followup_number).where(
            attempts.c.at >= start_of(day - timedelta(days=cooldown_days - 1)),
            attempts.c.at < start_of(day + timedelta(days=1)),
        )
        for chunk in _chunks(called):
            followups.extend(
                archive._load(
                    connection,
                    cv.spec_for(FollowUp),
                    sa.and_(t.followups.c.number.in_(recent), *_limited(t.followups, chunk)),
                )
            )
    return ContactHistory.of([*people, *followups, *bookings, *extra])


def _chunks(numbers: Sequence[str] | None) -> list[list[str] | None]:
    """``numbers`` in chunks of at most CHUNK (None: one chunk, unlimited)."""
    if numbers is None:
        return [None]
    return [list(numbers[start : start + CHUNK]) for start in range(0, len(numbers), CHUNK)]


def _limited(table: sa.Table, numbers: list[str] | None) -> list[ColumnElement[bool]]:
    """The condition that a record is of one of ``numbers``' customers (none: no limit)."""
    return [] if numbers is None else [table.c.customer_number.in_(numbers)]
