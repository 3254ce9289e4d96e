"""Appointment success and on-time rates counted by the database.

Examples:
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> appointment_rates(archive).rows
    ()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.stats._grouping import (
    PeriodKey,
    counted,
    filtered,
    period_columns,
    period_of,
    reading,
)
from autocrm.domain.appointment import AppointmentKind, AppointmentStatus
from autocrm.domain.checks import expect
from autocrm.query import Filter
from autocrm.stats.appointments import AppointmentRates
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period, check_period

__all__ = ["appointment_rates"]

_DEFAULT_POLICY = StatsPolicy()


def appointment_rates(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    period: Period | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> AppointmentRates:
    """Appointment success and on-time rates, counted by the database.

    One ``GROUP BY`` (period of the slot's local date, kind, status); the rows
    are built as [`autocrm.stats.appointment_rates`][autocrm.stats.appointments.appointment_rates]
    builds them.

    Args:
        archive: The SQL archive.
        where: An appointment filter (all appointments if None).
        as_of: Anchors relative windows in ``where``.
        period: Day, week, month, quarter or year; None (default) for one span.
        policy: Confidence of the intervals.

    Returns:
        The [`AppointmentRates`][autocrm.stats.appointments.AppointmentRates] the in-memory
        function gives.

    Examples:
        >>> from datetime import timedelta
        >>> from autocrm.domain import CHINA_TZ, Appointment
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> for n, status in [("Y1", "arrived_on_time"), ("Y2", "no_show"), ("Y3", "booked")]:
        ...     _ = archive.add(Appointment(number=n, customer_number="C1", kind="passive",
        ...                                 booked_at=slot - timedelta(days=2), slot=slot,
        ...                                 status=status, arrived_at=slot if "arrived" in status
        ...                                 else None), actor="a", at=slot)
        >>> overall = appointment_rates(archive).row()
        >>> f"{overall.success}", f"{overall.on_time}", overall.pending
        ('50%', '100%', 1)
    """
    expect(policy, StatsPolicy, field="policy")
    used = check_period(period)
    table = t.appointments
    keys = [*period_columns(table.c.slot, used), table.c.kind, table.c.status]
    buckets: dict[PeriodKey, Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    with reading(archive) as connection:
        rows = counted(
            connection,
            keys,
            source=table,
            conditions=filtered(archive, "appointment", where, as_of),
        )
    for raw, count in rows:
        kind, status = AppointmentKind.from_label(raw[-2]), AppointmentStatus.from_label(raw[-1])
        buckets[period_of(used, raw[:-2])][kind, status] += count
    return AppointmentRates.from_counts(used, buckets, confidence=policy.confidence)
