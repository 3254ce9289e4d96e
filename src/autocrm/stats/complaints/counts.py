"""Complaints counted: by severity level and period, and per thousand vehicles.

The department reports each year how many complaints it received by severity level
(I, II, III), and the complaints per thousand vehicles (千台投诉率) against a target
of at most 2.0 (see [complaints][sources-complaints] and
[reference figures][sources-reference-figures]: 6.3 in 2013, 2.4 in 2014, 1.0 in
January–August 2015). The denominator is the car parc, a parameter: the vehicles in
the archive (保有量), or the distinct vehicles served in the period.

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
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from autocrm.domain.complaint import Complaint, ComplaintLevel
from autocrm.domain.time import local_date
from autocrm.domain.vehicle import Vehicle
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.stats._checks import check_iterable, checked, records_of
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import (
    Period,
    _sorted_keys,
    _target_fraction,
    check_period,
    period_key,
    round_half_up,
)

__all__ = [
    "ComplaintCountRow",
    "ComplaintCounts",
    "PerThousand",
    "complaint_counts",
    "complaints_per_thousand",
]

_DEFAULT_STATS_POLICY = StatsPolicy()
#: The severity levels, least severe first (the columns of the counts).
LEVELS = (ComplaintLevel.I, ComplaintLevel.II, ComplaintLevel.III)


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
    """Complaints by level and period (the department's first complaint chart).

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

    @classmethod
    def from_counts(
        cls,
        period: Period | None,
        counts: Mapping[tuple[date | None, str], Mapping[ComplaintLevel, int]],
    ) -> ComplaintCounts:
        """Build the counts from complaints counted by period key and level.

        [`complaint_counts`][autocrm.stats.complaints.counts.complaint_counts] counts in
        memory and the SQL adapter counts in the database; both build the result here.

        Args:
            period: The period used (None: one row).
            counts: Complaints by [`period_key`][autocrm.stats.rates.period_key] and level.

        Examples:
            >>> key = period_key(Period.YEAR, date(2014, 5, 1))
            >>> ComplaintCounts.from_counts(Period.YEAR, {key: {ComplaintLevel.II: 3}}).total.total
            3
        """
        rows = tuple(
            ComplaintCountRow(
                period_start=key[0],
                period=key[1],
                level_i=counts[key].get(ComplaintLevel.I, 0),
                level_ii=counts[key].get(ComplaintLevel.II, 0),
                level_iii=counts[key].get(ComplaintLevel.III, 0),
            )
            for key in _sorted_keys(counts)
        )
        return cls(period=period, rows=rows)

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
    used = check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in records_of(complaints, Complaint, "complaints"):
        counters[period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return ComplaintCounts.from_counts(used, counters)


@attrs.frozen
class PerThousand:
    """Complaints per thousand vehicles, with the target comparison.

    Attributes:
        complaints: Complaints counted.
        car_parc: Vehicles in the denominator.
        basis: Where the car parc came from (``given``, ``vehicles in the archive``,
            ``distinct vehicles served``, ``distinct vehicles``).
        digits: Decimals of ``value`` (the department shows one).
        target: The highest acceptable value (2.0 by default).

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

    @classmethod
    def of(cls, complaints: int, *, car_parc: int, basis: str, policy: StatsPolicy) -> PerThousand:
        """Build the rate of ``complaints`` over ``car_parc``, digits and target from ``policy``.

        [`complaints_per_thousand`][autocrm.stats.complaints.counts.complaints_per_thousand]
        counts in memory and the SQL adapter counts in the database; both build the
        result here.

        Examples:
            >>> PerThousand.of(100, car_parc=41_000, basis="given", policy=StatsPolicy()).value
            Decimal('2.4')
        """
        return cls(
            complaints=complaints,
            car_parc=car_parc,
            basis=basis,
            digits=policy.per_thousand_digits,
            target=_target_decimal(policy.per_thousand_target),
        )

    @property
    def exact(self) -> Fraction | None:
        """Complaints per thousand as an exact fraction; None when the car parc is 0."""
        return None if self.car_parc == 0 else Fraction(self.complaints * 1000, self.car_parc)

    @property
    def value(self) -> Decimal | None:
        """The rate rounded half up to ``digits`` decimals; None when the car parc is 0."""
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
            msg = f"car_parc: the number of vehicles cannot be negative, got {shown(car_parc)}"
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
    """Return complaints per thousand vehicles (千台投诉率) and the target check.

    Pass the complaints of one period and that period's car parc: the department's
    6.3 / 2.4 / 1.0 rest on about 63 k, 159 k and 205 k vehicles.

    Args:
        complaints: The complaints of the period.
        car_parc: A number of vehicles, or the vehicles of the archive, or the
            period's work orders (distinct vehicles served), or VINs; an
            iterable is counted by distinct VIN.
        policy: Decimals (``per_thousand_digits``) and target (``per_thousand_target``).

    Returns:
        A [`PerThousand`][autocrm.stats.complaints.counts.PerThousand] (value None when the car
        parc is 0).

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
    count = len(records_of(complaints, Complaint, "complaints"))
    parc, basis = _car_parc(car_parc)
    return PerThousand.of(count, car_parc=parc, basis=basis, policy=policy)
