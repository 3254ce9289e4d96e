"""Complaint statistics: counts by level, per thousand vehicles, on-time closure (provisional API).

Seed 004 reports three figures a year, with targets:

- complaints by severity level (I, II, III) and period;
- complaints per thousand vehicles (千台投诉率): 6.3 in 2013, 2.4 in 2014, 1.0 in
  January–August 2015, against a target of at most 2.0. The denominator is the
  car parc, a parameter: the vehicles in the archive (保有量), or the distinct
  vehicles served in the period;
- the on-time closure rate (时效关闭率) by level and overall, against a target of
  95 %: the share of complaints closed by their closing deadline
  (:func:`autocrm.rules.complaints.closing_deadline`: I = 1, II = 3, III = 7
  working days by default).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain import CHINA_TZ, Complaint
    >>> received = datetime(2015, 3, 2, 10, tzinfo=CHINA_TZ)
    >>> complaints = [Complaint(number=f"T{i}", customer_number="C1", level="I",
    ...                         received_at=received) for i in range(205)]
    >>> complaints_per_thousand(complaints, car_parc=205_000).value
    Decimal('1.0')
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import attrs

from autocrm.domain.complaint import Complaint, ComplaintLevel, ComplaintStatus
from autocrm.domain.time import local_date, require_aware
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.complaints import ComplaintPolicy, closing_deadline
from autocrm.stats._checks import check_iterable, checked
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import (
    Period,
    Rate,
    _check_period,
    _period_key,
    _sorted_keys,
    _target_fraction,
    round_half_up,
)

__all__ = [
    "ClosureRow",
    "ComplaintCountRow",
    "ComplaintCounts",
    "OnTimeClosure",
    "PerThousand",
    "complaint_counts",
    "complaints_per_thousand",
    "on_time_closure",
]

_DEFAULT_STATS_POLICY = StatsPolicy()
_DEFAULT_COMPLAINT_POLICY = ComplaintPolicy()
_DEFAULT_CALENDAR = ChineseWorkdays()
_LEVELS = (ComplaintLevel.I, ComplaintLevel.II, ComplaintLevel.III)


def _complaints(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


# --------------------------------------------------------------------------- counts


@attrs.frozen
class ComplaintCountRow:
    """Complaints of one period by level.

    Examples:
        >>> row = ComplaintCountRow(period_start=None, period="2013", level_i=375,
        ...                         level_ii=14, level_iii=9)
        >>> row.total, row.count(ComplaintLevel.III)
        (398, 9)
    """

    period_start: date | None
    period: str
    level_i: int
    level_ii: int
    level_iii: int

    @property
    def total(self) -> int:
        """All levels together."""
        return self.level_i + self.level_ii + self.level_iii

    def count(self, level: ComplaintLevel) -> int:
        """The count of one level."""
        return (self.level_i, self.level_ii, self.level_iii)[level.severity - 1]

    def to_dict(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }


@attrs.frozen
class ComplaintCounts:
    """Complaints by level and period (seed 004's first chart).

    Attributes:
        period: The period used (None: one row for everything).
        rows: One row per period with complaints, in time order.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> def c(n, year, level):
        ...     return Complaint(number=n, customer_number="C1", level=level,
        ...                      received_at=datetime(year, 5, 1, 9, tzinfo=CHINA_TZ))
        >>> counts = complaint_counts([c("T1", 2014, "I"), c("T2", 2014, "II"),
        ...                            c("T3", 2015, "III")])
        >>> counts.row("2014").total, counts.total.level_iii, counts.row("2013") is None
        (2, 1, True)
        >>> [row["period"] for row in counts.to_rows()]
        ['2014', '2015', 'total']
    """

    period: Period | None
    rows: tuple[ComplaintCountRow, ...]

    @property
    def total(self) -> ComplaintCountRow:
        """All periods together (period label ``total``)."""
        return ComplaintCountRow(
            period_start=None,
            period="total",
            level_i=sum(row.level_i for row in self.rows),
            level_ii=sum(row.level_ii for row in self.rows),
            level_iii=sum(row.level_iii for row in self.rows),
        )

    def row(self, period: str) -> ComplaintCountRow | None:
        """The row of a period label (``'2014'``), or None."""
        return next((row for row in self.rows if row.period == period), None)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per period, then the total."""
        return [row.to_dict() for row in (*self.rows, self.total)]


def complaint_counts(
    complaints: Iterable[Complaint], *, period: Period | None = Period.YEAR
) -> ComplaintCounts:
    """Count complaints by level (I, II, III) and by the period they were received in.

    Args:
        complaints: The complaints.
        period: Day, week, month, quarter or year (default); None for one row.

    Returns:
        The counts per period (only periods with complaints), in time order.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> def c(n, year, level):
        ...     return Complaint(number=n, customer_number="C1", level=level,
        ...                      received_at=datetime(year, 5, 1, 9, tzinfo=CHINA_TZ))
        >>> counts = complaint_counts([c("T1", 2014, "I"), c("T2", 2014, "III"),
        ...                            c("T3", 2015, "I")])
        >>> [(r.period, r.level_i, r.level_iii, r.total) for r in counts.rows]
        [('2014', 1, 1, 2), ('2015', 1, 0, 1)]
    """
    check_iterable(complaints, "complaints")
    used = _check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def _counts_from_tally(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=key[0],
            period=key[1],
            level_i=counters[key][ComplaintLevel.I],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


# --------------------------------------------------------------------------- per thousand


@attrs.frozen
class PerThousand:
    """Complaints per thousand vehicles, with the target comparison.

    Attributes:
        complaints: Complaints counted.
        car_parc: Vehicles in the denominator.
        basis: Where the car parc came from (``given``, ``vehicles in the archive``,
            ``distinct vehicles served``, ``distinct vehicles``).
        digits: Decimals of :attr:`value` (seed 004 shows one).
        target: The highest acceptable value (seed 004: 2.0).

    Examples:
        >>> result = PerThousand(complaints=382, car_parc=159_000, basis="given",
        ...                      digits=1, target=Decimal("2.0"))
        >>> result.value, result.meets_target
        (Decimal('2.4'), False)
    """

    complaints: int
    car_parc: int
    basis: str
    digits: int
    target: Decimal

    @property
    def exact(self) -> Fraction | None:
        """Complaints per thousand as an exact fraction; None when the car parc is 0."""
        return None if self.car_parc == 0 else Fraction(self.complaints * 1000, self.car_parc)

    @property
    def value(self) -> Decimal | None:
        """The rate rounded half up to :attr:`digits` decimals; None when the car parc is 0."""
        exact = self.exact
        return None if exact is None else round_half_up(exact, self.digits)

    @property
    def meets_target(self) -> bool | None:
        """Whether the reported (rounded) value is at most the target; None if no car parc."""
        value = self.value
        return None if value is None else value <= self.target

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]


def _car_parc(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(msg, field="car_parc", value=car_parc)
        return car_parc, "given"
    if not isinstance(car_parc, Iterable):
        msg = f"car_parc: expected an int or an iterable, got {type(car_parc).__name__}"
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    vins: set[str] = set()
    kinds: set[str] = set()
    for item in car_parc:
        if isinstance(item, Vehicle):
            vins.add(item.vin)
            kinds.add("vehicles in the archive")
        elif isinstance(item, WorkOrder):
            vins.add(item.vin)
            kinds.add("distinct vehicles served")
        elif isinstance(item, str):
            vins.add(item)
            kinds.add("distinct vehicles")
        else:
            msg = (
                f"car_parc: expected vehicles, work orders or VINs, "
                f"got {type(item).__name__} {shown(item)}"
            )
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def _target_decimal(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def complaints_per_thousand(
    complaints: Iterable[Complaint],
    *,
    car_parc: int | Iterable[Vehicle | WorkOrder | str],
    policy: StatsPolicy = _DEFAULT_STATS_POLICY,
) -> PerThousand:
    """Return complaints per thousand vehicles (千台投诉率, seed 004) and the target check.

    Pass the complaints of one period and that period's car parc: seed 004's
    6.3 / 2.4 / 1.0 rest on about 63 k, 159 k and 205 k vehicles.

    Args:
        complaints: The complaints of the period.
        car_parc: A number of vehicles, or the vehicles of the archive, or the
            period's work orders (distinct vehicles served), or VINs; an
            iterable is counted by distinct VIN.
        policy: Decimals (``per_thousand_digits``) and target (``per_thousand_target``).

    Returns:
        A :class:`PerThousand` (value None when the car parc is 0).

    Raises:
        autocrm.errors.InvalidFormat: a car parc that is neither a count nor vehicles.
        autocrm.errors.InvalidComponent: a negative car parc.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> received = datetime(2013, 6, 3, 10, tzinfo=CHINA_TZ)
        >>> complaints = [Complaint(number=f"T{i}", customer_number="C1",
        ...                         received_at=received) for i in range(398)]
        >>> result = complaints_per_thousand(complaints, car_parc=63_000)
        >>> result.value, result.target, result.meets_target
        (Decimal('6.3'), Decimal('2.0'), False)
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(complaints, "complaints")
    count = len(_complaints(complaints))
    parc, basis = _car_parc(car_parc)
    target = _target_decimal(policy.per_thousand_target)
    return PerThousand(
        complaints=count,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


# --------------------------------------------------------------------------- on-time closure


@attrs.frozen
class ClosureRow:
    """On-time closure of one level (or of all levels when ``level`` is None).

    Attributes:
        level: The level, None for the overall row.
        deadline_workdays: The policy's closing deadline of the level (None overall).
        rate: Closed on time over complaints that count (closed, or open past the deadline).
        closed_late: Numbers of complaints closed after their deadline.
        open_overdue: Numbers of complaints still open after their deadline.
        pending: Complaints still open within their deadline (they do not count yet).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> received = datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ)
        >>> late = Complaint(number="T1", customer_number="C1", level="II", status="closed",
        ...                  received_at=received,
        ...                  closed_at=datetime(2015, 3, 20, 17, tzinfo=CHINA_TZ))
        >>> still_open = Complaint(number="T2", customer_number="C1", level="II",
        ...                        received_at=received)
        >>> row = on_time_closure([late, still_open], as_of=date(2015, 3, 31)).levels[1]
        >>> row.level.label, row.deadline_workdays, row.closed_late, row.open_overdue
        ('二级', 3, ('T1',), ('T2',))
        >>> f"{row.rate}", row.rate.denominator
        ('0%', 2)
    """

    level: ComplaintLevel | None
    deadline_workdays: int | None
    rate: Rate
    closed_late: tuple[str, ...] = ()
    open_overdue: tuple[str, ...] = ()
    pending: int = 0

    def to_dict(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }


@attrs.frozen
class OnTimeClosure:
    """The on-time closure rate (时效关闭率) by level and overall (seed 004).

    Attributes:
        as_of: The date the complaints were looked at.
        levels: One row per level, I, II, III.
        target: The target share (seed 004: 0.95).
        rule: How the rate is counted.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> on_time = Complaint(number="T1", customer_number="C1", status="closed",
        ...                     received_at=datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ),
        ...                     closed_at=datetime(2015, 3, 2, 17, tzinfo=CHINA_TZ))
        >>> fresh = Complaint(number="T2", customer_number="C1", level="III",
        ...                   received_at=datetime(2015, 3, 30, 9, tzinfo=CHINA_TZ))
        >>> result = on_time_closure([on_time, fresh], as_of=date(2015, 3, 31))
        >>> f"{result.rate('I')}", f"{result.rate()}", result.overall.pending
        ('100%', '100%', 1)
        >>> result.rate("III").value is None
        True
    """

    as_of: date
    levels: tuple[ClosureRow, ...]
    target: float
    rule: str = (
        "on time = closed (status CLOSED, closed by as_of) on or before the closing "
        "deadline; complaints open past their deadline count as late; complaints open "
        "within their deadline are left out"
    )

    @property
    def overall(self) -> ClosureRow:
        """All levels together: the sums of the levels' counts."""
        return ClosureRow(
            level=None,
            deadline_workdays=None,
            rate=Rate.combine(*(row.rate for row in self.levels)),
            closed_late=tuple(n for row in self.levels for n in row.closed_late),
            open_overdue=tuple(n for row in self.levels for n in row.open_overdue),
            pending=sum(row.pending for row in self.levels),
        )

    def rate(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if isinstance(level, str) else level
        return next(row.rate for row in self.levels if row.level is wanted)

    @property
    def meets_target(self) -> bool | None:
        """Whether the overall rate reaches the target; None when nothing counts yet."""
        return self.overall.rate.meets(self.target)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per level, then the total."""
        return [row.to_dict(self.target) for row in (*self.levels, self.overall)]


def on_time_closure(
    complaints: Iterable[Complaint],
    *,
    as_of: date,
    policy: ComplaintPolicy = _DEFAULT_COMPLAINT_POLICY,
    calendar: WorkdayCalendar = _DEFAULT_CALENDAR,
    stats_policy: StatsPolicy = _DEFAULT_STATS_POLICY,
) -> OnTimeClosure:
    """Return the on-time closure rate by level and overall, against the target.

    A complaint is closed on time when its status is CLOSED and the local date
    of ``closed_at`` is on or before its closing deadline
    (:func:`autocrm.rules.complaints.closing_deadline`). A complaint still open
    (or closed after ``as_of``) whose deadline has passed on ``as_of`` counts as
    late; one still within its deadline is *pending* and left out, so that the
    rate does not change with the day it is computed on for settled complaints.

    Args:
        complaints: The complaints of the period.
        as_of: The business date (an aware datetime counts as its local date).
        policy: Closing deadlines in working days by level.
        calendar: The working-day calendar.
        stats_policy: The target (``on_time_closure_target``) and confidence.

    Returns:
        An :class:`OnTimeClosure`; a level without countable complaints has
        rate value None.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, Complaint
        >>> def c(n, level, closed_day):
        ...     return Complaint(number=n, customer_number="C1", level=level, status="closed",
        ...                      received_at=datetime(2015, 3, 2, 9, tzinfo=CHINA_TZ),
        ...                      closed_at=datetime(2015, 3, closed_day, 17, tzinfo=CHINA_TZ))
        >>> result = on_time_closure([c("T1", "I", 2), c("T2", "I", 3), c("T3", "I", 20),
        ...                           c("T4", "III", 11)], as_of=date(2015, 8, 31))
        >>> f"{result.rate('I')}", f"{result.rate('III')}", f"{result.rate()}"
        ('67%', '100%', '75%')
        >>> result.overall.closed_late, result.meets_target
        (('T3',), False)
    """
    policy = checked(policy, ComplaintPolicy, "policy")
    stats_policy = checked(stats_policy, StatsPolicy, "stats_policy")
    check_iterable(complaints, "complaints")
    day = _as_of_date(as_of)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def _closure_outcome(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


@attrs.define
class _ClosureTally:
    """Counts of :func:`on_time_closure` by level and outcome (shared with the SQL adapter)."""

    on_time: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    counted: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    pending: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    late: dict[ComplaintLevel, list[str]] = attrs.field(factory=lambda: defaultdict(list))
    overdue: dict[ComplaintLevel, list[str]] = attrs.field(factory=lambda: defaultdict(list))

    def add(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def result(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    self.on_time[level], self.counted[level], confidence=stats_policy.confidence
                ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)


def _as_of_date(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)
