"""Appointments: the success rate (arrived / booked) and the on-time rate (on time / arrived).

The department measures how many booked customers came (预约成功率) and how many
of those came on time (预约准时率), by period and by kind of appointment (see
[statistics][sources-statistics] and [appointments][sources-appointments]).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> appointment_rates([]).rows
    ()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

import attrs

from autocrm.domain.appointment import Appointment, AppointmentKind, AppointmentStatus
from autocrm.domain.time import local_date
from autocrm.stats._checks import check_iterable, checked, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period, Rate, _sorted_keys, check_period, period_key

__all__ = ["AppointmentRateRow", "AppointmentRates", "appointment_rates"]

_DEFAULT_POLICY = StatsPolicy()


@attrs.frozen
class AppointmentRateRow:
    """Appointment outcomes of one period and kind (kind None: all kinds).

    Attributes:
        booked: Appointments with a known outcome (arrived, no-show, cancelled).
        pending: Appointments still BOOKED (their outcome is not known: left out).
        success: Arrived over booked (预约成功率).
        on_time: Arrived on time over arrived (预约准时率).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> booked = datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ)
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> def a(n, kind, status):
        ...     arrived = slot if status == "arrived_on_time" else None
        ...     return Appointment(number=n, customer_number="C1", kind=kind, booked_at=booked,
        ...                        slot=slot, status=status, arrived_at=arrived)
        >>> rates = appointment_rates([a("Y1", "proactive", "arrived_on_time"),
        ...                            a("Y2", "passive", "arrived_on_time"),
        ...                            a("Y3", "passive", "cancelled"),
        ...                            a("Y4", "passive", "booked")])
        >>> row = rates.row(kind="被动预约")
        >>> row.kind.label, row.booked, row.cancelled, row.pending, f"{row.success}"
        ('被动预约', 2, 1, 1, '50%')
    """

    period_start: date | None
    period: str
    kind: AppointmentKind | None
    success: Rate
    on_time: Rate
    no_show: int
    cancelled: int
    pending: int

    @property
    def booked(self) -> int:
        """Appointments with a known outcome."""
        return self.success.denominator

    def to_dict(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "kind": "all" if self.kind is None else self.kind.value,
            "booked": self.booked,
            "arrived": self.success.numerator,
            "arrived_on_time": self.on_time.numerator,
            "no_show": self.no_show,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "success_rate": self.success.value,
            "success_percent": self.success.format_percent(),
            "on_time_rate": self.on_time.value,
            "on_time_percent": self.on_time.format_percent(),
        }


@attrs.frozen
class AppointmentRates:
    """Appointment success and on-time rates by period, overall and by kind.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> booked = datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ)
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> def a(n, kind, status):
        ...     arrived = slot if status == "arrived_on_time" else None
        ...     return Appointment(number=n, customer_number="C1", kind=kind, booked_at=booked,
        ...                        slot=slot, status=status, arrived_at=arrived)
        >>> rates = appointment_rates([a("Y1", "proactive", "arrived_on_time"),
        ...                            a("Y2", "passive", "arrived_on_time"),
        ...                            a("Y3", "passive", "cancelled"),
        ...                            a("Y4", "passive", "booked")])
        >>> [(row.period, row.kind and row.kind.value) for row in rates.rows]
        [('all', None), ('all', 'proactive'), ('all', 'passive')]
        >>> f"{rates.row().success}", f"{rates.row().on_time}"
        ('67%', '100%')
    """

    period: Period | None
    rows: tuple[AppointmentRateRow, ...]

    @classmethod
    def from_counts(
        cls,
        period: Period | None,
        counts: Mapping[
            tuple[date | None, str], Mapping[tuple[AppointmentKind, AppointmentStatus], int]
        ],
        *,
        confidence: float = 0.95,
    ) -> AppointmentRates:
        """Build the rates from appointments counted by period key, kind and status.

        [`appointment_rates`][autocrm.stats.appointments.appointment_rates] counts in
        memory and the SQL adapter counts in the database; both build the result here.

        Examples:
            >>> key = period_key(None, date(2025, 10, 10))
            >>> passive = AppointmentKind.PASSIVE
            >>> rates = AppointmentRates.from_counts(None, {key: {
            ...     (passive, AppointmentStatus.ARRIVED_ON_TIME): 3,
            ...     (passive, AppointmentStatus.NO_SHOW): 1}})
            >>> f"{rates.row().success}"
            '75%'
        """
        rows = []
        for key in _sorted_keys(counts):
            members = counts[key]
            statuses: Counter[AppointmentStatus] = Counter()
            for (_, status), count in members.items():
                statuses[status] += count
            rows.append(_appointment_row(key, None, statuses, confidence))
            for kind in AppointmentKind:
                of_kind: Counter[AppointmentStatus] = Counter(
                    {status: count for (k, status), count in members.items() if k is kind}
                )
                if of_kind.total():
                    rows.append(_appointment_row(key, kind, of_kind, confidence))
        return cls(period=period, rows=tuple(rows))

    def row(
        self, period: str = "all", kind: AppointmentKind | str | None = None
    ) -> AppointmentRateRow | None:
        """The row of a period label and kind (None: all kinds), or None."""
        wanted = AppointmentKind.from_label(kind) if isinstance(kind, str) else kind
        return next((r for r in self.rows if r.period == period and r.kind is wanted), None)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per period and kind (the ``all`` kind row first in each period)."""
        return [row.to_dict() for row in self.rows]


def _appointment_row(
    key: tuple[date | None, str],
    kind: AppointmentKind | None,
    statuses: Counter[AppointmentStatus],
    confidence: float,
) -> AppointmentRateRow:
    arrived = statuses[AppointmentStatus.ARRIVED_ON_TIME] + statuses[AppointmentStatus.ARRIVED_LATE]
    pending = statuses[AppointmentStatus.BOOKED]
    return AppointmentRateRow(
        period_start=key[0],
        period=key[1],
        kind=kind,
        success=Rate(arrived, statuses.total() - pending, confidence=confidence),
        on_time=Rate(statuses[AppointmentStatus.ARRIVED_ON_TIME], arrived, confidence=confidence),
        no_show=statuses[AppointmentStatus.NO_SHOW],
        cancelled=statuses[AppointmentStatus.CANCELLED],
        pending=pending,
    )


def appointment_rates(
    appointments: Iterable[Appointment],
    *,
    period: Period | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> AppointmentRates:
    """Return appointment success and on-time rates, overall and by kind.

    Success = appointments the customer arrived for (on time or within the
    15-minute grace) over appointments whose outcome is known (arrived, no-show
    or cancelled); on-time = arrived on time over arrived. Appointments still
    BOOKED are counted as pending and left out. Periods follow the local date of
    the slot.

    Args:
        appointments: The appointments.
        period: Day, week, month, quarter or year; None (default) for one span.
        policy: Confidence of the intervals.

    Returns:
        One row per period for all kinds, then one per kind present (proactive,
        passive).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> booked = datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ)
        >>> slot = datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ)
        >>> def a(n, kind, status, late=0):
        ...     arrived = slot.replace(minute=late) if "arrived" in status else None
        ...     return Appointment(number=n, customer_number="C1", kind=kind, booked_at=booked,
        ...                        slot=slot, status=status, arrived_at=arrived)
        >>> rates = appointment_rates([a("Y1", "proactive", "arrived_on_time"),
        ...                            a("Y2", "proactive", "arrived_late", 10),
        ...                            a("Y3", "passive", "no_show"),
        ...                            a("Y4", "passive", "booked")])
        >>> overall = rates.row()
        >>> f"{overall.success}", f"{overall.on_time}", overall.pending
        ('67%', '50%', 1)
        >>> f"{rates.row(kind='proactive').success}"
        '100%'
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(appointments, "appointments")
    used = check_period(period)
    buckets: dict[tuple[date | None, str], Counter[tuple[AppointmentKind, AppointmentStatus]]]
    buckets = defaultdict(Counter)
    for appointment in records_of(appointments, Appointment, "appointments"):
        key = period_key(used, local_date(appointment.slot))
        buckets[key][appointment.kind, appointment.status] += 1
    return AppointmentRates.from_counts(used, buckets, confidence=policy.confidence)
