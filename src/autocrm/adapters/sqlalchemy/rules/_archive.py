"""What every SQL twin needs of the archive: argument check, local days, contact records.

Private to [`autocrm.adapters.sqlalchemy.rules`][autocrm.adapters.sqlalchemy.rules].

Examples:
    >>> start_of(date(2025, 10, 1)).isoformat()
    '2025-10-01T00:00:00+08:00'
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
    "WIDE_CHUNKS",
    "checked_archive",
    "contact_history",
    "in_chunks",
    "load_in",
    "may_be_held",
    "start_of",
]

_T = TypeVar("_T")

#: Keys sent per ``IN (...)`` when records of the answer rows are loaded, on SQLite
#: (and any engine not in ``WIDE_CHUNKS``): SQLite looks each key up in an index.
CHUNK = 500

#: Keys per ``IN (...)`` on the engines that scan or hash-join the table once per
#: statement: one long list costs one pass over the table where lists of ``CHUNK`` keys
#: cost one pass each. PostgreSQL takes at most 65 535 parameters per statement (a key
#: list may appear twice in one); DuckDB has no such limit.
WIDE_CHUNKS = {"duckdb": 20_000, "postgresql": 10_000}


def in_chunks(connection: sa.Connection, keys: Sequence[_T]) -> Iterator[list[_T]]:
    """``keys`` in the lists one ``IN (...)`` of ``connection``'s engine takes.

    Examples:
        >>> engine = sa.create_engine("sqlite://")
        >>> with engine.connect() as connection:
        ...     [len(chunk) for chunk in in_chunks(connection, range(1200))]
        [500, 500, 200]
    """
    size = WIDE_CHUNKS.get(connection.dialect.name, CHUNK)
    for start in range(0, len(keys), size):
        yield list(keys[start : start + size])


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
        found.extend(archive._load(connection, spec, spec.table.c[column].in_(chunk)))
    return found


def contact_history(
    archive: SqlArchive,
    connection: sa.Connection,
    day: date,
    cooldown_days: int,
    held_numbers: Sequence[str],
    extra: Sequence[Customer | Appointment] = (),
) -> ContactHistory:
    """The [`ContactHistory`][autocrm.rules.contact.ContactHistory] of the records that can keep
    someone off a list on ``day``.

    ``held_numbers`` are the answer's customers that are anonymised, merged into
    another or have an opt-out (every other customer has none of these to honour); the
    appointments still BOOKED with a slot on or after ``day``; the follow-ups with a
    call in the last ``cooldown_days`` days up to ``day`` (none when the cooldown is
    off); and ``extra`` records given by the caller.

    Examples:
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> with archive._begin() as connection:
        ...     contact_history(archive, connection, date(2025, 6, 1), 7, []).customers
        {}
    """
    people = load_in(archive, connection, Customer, "number", held_numbers)
    appointments = t.appointments
    booked = archive._load(
        connection,
        cv.spec_for(Appointment),
        sa.and_(
            appointments.c.status == AppointmentStatus.BOOKED.value,
            appointments.c.slot >= start_of(day),
        ),
    )
    followups: list[FollowUp] = []
    if cooldown_days > 0:
        attempts = t.call_attempts
        called = sa.select(attempts.c.followup_number).where(
            attempts.c.at >= start_of(day - timedelta(days=cooldown_days - 1)),
            attempts.c.at < start_of(day + timedelta(days=1)),
        )
        followups = archive._load(
            connection, cv.spec_for(FollowUp), t.followups.c.number.in_(called)
        )
    return ContactHistory.of([*people, *followups, *booked, *extra])
