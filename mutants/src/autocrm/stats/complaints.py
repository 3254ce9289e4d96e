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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__complaints__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__complaints__mutmut)
def _complaints(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_orig(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_1(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = None
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_2(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(None)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_3(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = None
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_4(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_5(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = None
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_6(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(None).__name__}"
            raise InvalidFormat(msg, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_7(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(None, field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_8(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field=None, value=candidate)
    return complaints


def x__complaints__mutmut_9(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", value=None)
    return complaints


def x__complaints__mutmut_10(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(field="complaints", value=candidate)
    return complaints


def x__complaints__mutmut_11(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, value=candidate)
    return complaints


def x__complaints__mutmut_12(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="complaints", )
    return complaints


def x__complaints__mutmut_13(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="XXcomplaintsXX", value=candidate)
    return complaints


def x__complaints__mutmut_14(items: Iterable[Complaint]) -> list[Complaint]:
    complaints = list(items)
    for item in complaints:
        candidate: object = item
        if not isinstance(candidate, Complaint):
            msg = f"complaints: expected Complaint objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="COMPLAINTS", value=candidate)
    return complaints

mutants_x__complaints__mutmut['_mutmut_orig'] = x__complaints__mutmut_orig # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_1'] = x__complaints__mutmut_1 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_2'] = x__complaints__mutmut_2 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_3'] = x__complaints__mutmut_3 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_4'] = x__complaints__mutmut_4 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_5'] = x__complaints__mutmut_5 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_6'] = x__complaints__mutmut_6 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_7'] = x__complaints__mutmut_7 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_8'] = x__complaints__mutmut_8 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_9'] = x__complaints__mutmut_9 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_10'] = x__complaints__mutmut_10 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_11'] = x__complaints__mutmut_11 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_12'] = x__complaints__mutmut_12 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_13'] = x__complaints__mutmut_13 # type: ignore # mutmut generated
mutants_x__complaints__mutmut['x__complaints__mutmut_14'] = x__complaints__mutmut_14 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁcount__mutmut: MutantDict = {}  # type: ignore
mutants_xǁComplaintCountRowǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁComplaintCountRowǁcount__mutmut)
    def count(self, level: ComplaintLevel) -> int:
        """The count of one level."""
        return (self.level_i, self.level_ii, self.level_iii)[level.severity - 1]

    def xǁComplaintCountRowǁcount__mutmut_orig(self, level: ComplaintLevel) -> int:
        """The count of one level."""
        return (self.level_i, self.level_ii, self.level_iii)[level.severity - 1]

    def xǁComplaintCountRowǁcount__mutmut_1(self, level: ComplaintLevel) -> int:
        """The count of one level."""
        return (self.level_i, self.level_ii, self.level_iii)[level.severity + 1]

    def xǁComplaintCountRowǁcount__mutmut_2(self, level: ComplaintLevel) -> int:
        """The count of one level."""
        return (self.level_i, self.level_ii, self.level_iii)[level.severity - 2]

    @_mutmut_mutated(mutants_xǁComplaintCountRowǁto_dict__mutmut)
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

    def xǁComplaintCountRowǁto_dict__mutmut_orig(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_1(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "XXperiodXX": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_2(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "PERIOD": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_3(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "XXperiod_startXX": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_4(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "PERIOD_START": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_5(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "XXIXX": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_6(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "i": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_7(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "XXIIXX": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_8(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "ii": self.level_ii,
            "III": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_9(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "XXIIIXX": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_10(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "iii": self.level_iii,
            "total": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_11(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "XXtotalXX": self.total,
        }

    def xǁComplaintCountRowǁto_dict__mutmut_12(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "I": self.level_i,
            "II": self.level_ii,
            "III": self.level_iii,
            "TOTAL": self.total,
        }

mutants_xǁComplaintCountRowǁcount__mutmut['_mutmut_orig'] = ComplaintCountRow.xǁComplaintCountRowǁcount__mutmut_orig # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁcount__mutmut['xǁComplaintCountRowǁcount__mutmut_1'] = ComplaintCountRow.xǁComplaintCountRowǁcount__mutmut_1 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁcount__mutmut['xǁComplaintCountRowǁcount__mutmut_2'] = ComplaintCountRow.xǁComplaintCountRowǁcount__mutmut_2 # type: ignore # mutmut generated

mutants_xǁComplaintCountRowǁto_dict__mutmut['_mutmut_orig'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_1'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_2'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_3'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_4'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_5'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_6'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_7'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_8'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_9'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_10'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_11'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁComplaintCountRowǁto_dict__mutmut['xǁComplaintCountRowǁto_dict__mutmut_12'] = ComplaintCountRow.xǁComplaintCountRowǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁrow__mutmut: MutantDict = {}  # type: ignore
mutants_xǁComplaintCountsǁ_repr_html___mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁComplaintCountsǁrow__mutmut)
    def row(self, period: str) -> ComplaintCountRow | None:
        """The row of a period label (``'2014'``), or None."""
        return next((row for row in self.rows if row.period == period), None)

    def xǁComplaintCountsǁrow__mutmut_orig(self, period: str) -> ComplaintCountRow | None:
        """The row of a period label (``'2014'``), or None."""
        return next((row for row in self.rows if row.period == period), None)

    def xǁComplaintCountsǁrow__mutmut_1(self, period: str) -> ComplaintCountRow | None:
        """The row of a period label (``'2014'``), or None."""
        return next(None, None)

    def xǁComplaintCountsǁrow__mutmut_2(self, period: str) -> ComplaintCountRow | None:
        """The row of a period label (``'2014'``), or None."""
        return next(None)

    def xǁComplaintCountsǁrow__mutmut_3(self, period: str) -> ComplaintCountRow | None:
        """The row of a period label (``'2014'``), or None."""
        return next((row for row in self.rows if row.period == period), )

    def xǁComplaintCountsǁrow__mutmut_4(self, period: str) -> ComplaintCountRow | None:
        """The row of a period label (``'2014'``), or None."""
        return next((row for row in self.rows if row.period != period), None)

    @_mutmut_mutated(mutants_xǁComplaintCountsǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁComplaintCountsǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁComplaintCountsǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁComplaintCountsǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁComplaintCountsǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁComplaintCountsǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁComplaintCountsǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per period, then the total."""
        return [row.to_dict() for row in (*self.rows, self.total)]

mutants_xǁComplaintCountsǁrow__mutmut['_mutmut_orig'] = ComplaintCounts.xǁComplaintCountsǁrow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁrow__mutmut['xǁComplaintCountsǁrow__mutmut_1'] = ComplaintCounts.xǁComplaintCountsǁrow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁrow__mutmut['xǁComplaintCountsǁrow__mutmut_2'] = ComplaintCounts.xǁComplaintCountsǁrow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁrow__mutmut['xǁComplaintCountsǁrow__mutmut_3'] = ComplaintCounts.xǁComplaintCountsǁrow__mutmut_3 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁrow__mutmut['xǁComplaintCountsǁrow__mutmut_4'] = ComplaintCounts.xǁComplaintCountsǁrow__mutmut_4 # type: ignore # mutmut generated

mutants_xǁComplaintCountsǁ_repr_html___mutmut['_mutmut_orig'] = ComplaintCounts.xǁComplaintCountsǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁ_repr_html___mutmut['xǁComplaintCountsǁ_repr_html___mutmut_1'] = ComplaintCounts.xǁComplaintCountsǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁ_repr_html___mutmut['xǁComplaintCountsǁ_repr_html___mutmut_2'] = ComplaintCounts.xǁComplaintCountsǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁ_repr_html___mutmut['xǁComplaintCountsǁ_repr_html___mutmut_3'] = ComplaintCounts.xǁComplaintCountsǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁ_repr_html___mutmut['xǁComplaintCountsǁ_repr_html___mutmut_4'] = ComplaintCounts.xǁComplaintCountsǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁComplaintCountsǁ_repr_html___mutmut['xǁComplaintCountsǁ_repr_html___mutmut_5'] = ComplaintCounts.xǁComplaintCountsǁ_repr_html___mutmut_5 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_complaint_counts__mutmut)
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


def x_complaint_counts__mutmut_orig(
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


def x_complaint_counts__mutmut_1(
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
    check_iterable(None, "complaints")
    used = _check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_2(
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
    check_iterable(complaints, None)
    used = _check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_3(
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
    check_iterable("complaints")
    used = _check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_4(
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
    check_iterable(complaints, )
    used = _check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_5(
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
    check_iterable(complaints, "XXcomplaintsXX")
    used = _check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_6(
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
    check_iterable(complaints, "COMPLAINTS")
    used = _check_period(period)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_7(
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
    used = None
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_8(
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
    used = _check_period(None)
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(Counter)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_9(
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
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = None
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_10(
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
    counters: dict[tuple[date | None, str], Counter[ComplaintLevel]] = defaultdict(None)
    for complaint in _complaints(complaints):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_11(
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
    for complaint in _complaints(None):
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_12(
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
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] = 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_13(
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
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] -= 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_14(
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
        counters[_period_key(None, local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_15(
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
        counters[_period_key(used, None)][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_16(
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
        counters[_period_key(local_date(complaint.received_at))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_17(
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
        counters[_period_key(used, )][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_18(
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
        counters[_period_key(used, local_date(None))][complaint.level] += 1
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_19(
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
        counters[_period_key(used, local_date(complaint.received_at))][complaint.level] += 2
    return _counts_from_tally(used, counters)


def x_complaint_counts__mutmut_20(
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
    return _counts_from_tally(None, counters)


def x_complaint_counts__mutmut_21(
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
    return _counts_from_tally(used, None)


def x_complaint_counts__mutmut_22(
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
    return _counts_from_tally(counters)


def x_complaint_counts__mutmut_23(
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
    return _counts_from_tally(used, )

mutants_x_complaint_counts__mutmut['_mutmut_orig'] = x_complaint_counts__mutmut_orig # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_1'] = x_complaint_counts__mutmut_1 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_2'] = x_complaint_counts__mutmut_2 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_3'] = x_complaint_counts__mutmut_3 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_4'] = x_complaint_counts__mutmut_4 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_5'] = x_complaint_counts__mutmut_5 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_6'] = x_complaint_counts__mutmut_6 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_7'] = x_complaint_counts__mutmut_7 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_8'] = x_complaint_counts__mutmut_8 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_9'] = x_complaint_counts__mutmut_9 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_10'] = x_complaint_counts__mutmut_10 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_11'] = x_complaint_counts__mutmut_11 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_12'] = x_complaint_counts__mutmut_12 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_13'] = x_complaint_counts__mutmut_13 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_14'] = x_complaint_counts__mutmut_14 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_15'] = x_complaint_counts__mutmut_15 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_16'] = x_complaint_counts__mutmut_16 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_17'] = x_complaint_counts__mutmut_17 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_18'] = x_complaint_counts__mutmut_18 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_19'] = x_complaint_counts__mutmut_19 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_20'] = x_complaint_counts__mutmut_20 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_21'] = x_complaint_counts__mutmut_21 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_22'] = x_complaint_counts__mutmut_22 # type: ignore # mutmut generated
mutants_x_complaint_counts__mutmut['x_complaint_counts__mutmut_23'] = x_complaint_counts__mutmut_23 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__counts_from_tally__mutmut)
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


def x__counts_from_tally__mutmut_orig(
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


def x__counts_from_tally__mutmut_1(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = None
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_2(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        None
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_3(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=None,
            period=key[1],
            level_i=counters[key][ComplaintLevel.I],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_4(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=key[0],
            period=None,
            level_i=counters[key][ComplaintLevel.I],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_5(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=key[0],
            period=key[1],
            level_i=None,
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_6(
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
            level_ii=None,
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_7(
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
            level_iii=None,
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_8(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period=key[1],
            level_i=counters[key][ComplaintLevel.I],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_9(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=key[0],
            level_i=counters[key][ComplaintLevel.I],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_10(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=key[0],
            period=key[1],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_11(
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
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_12(
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
            )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_13(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=key[1],
            period=key[1],
            level_i=counters[key][ComplaintLevel.I],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_14(
    used: Period | None, counters: Mapping[tuple[date | None, str], Counter[ComplaintLevel]]
) -> ComplaintCounts:
    """The result of :func:`complaint_counts` from counts by (period key) and level.

    Shared with the SQL adapter, which counts in the database (push-down).
    """
    rows = tuple(
        ComplaintCountRow(
            period_start=key[0],
            period=key[2],
            level_i=counters[key][ComplaintLevel.I],
            level_ii=counters[key][ComplaintLevel.II],
            level_iii=counters[key][ComplaintLevel.III],
        )
        for key in _sorted_keys(counters)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_15(
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
        for key in _sorted_keys(None)
    )
    return ComplaintCounts(period=used, rows=rows)


def x__counts_from_tally__mutmut_16(
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
    return ComplaintCounts(period=None, rows=rows)


def x__counts_from_tally__mutmut_17(
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
    return ComplaintCounts(period=used, rows=None)


def x__counts_from_tally__mutmut_18(
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
    return ComplaintCounts(rows=rows)


def x__counts_from_tally__mutmut_19(
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
    return ComplaintCounts(period=used, )

mutants_x__counts_from_tally__mutmut['_mutmut_orig'] = x__counts_from_tally__mutmut_orig # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_1'] = x__counts_from_tally__mutmut_1 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_2'] = x__counts_from_tally__mutmut_2 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_3'] = x__counts_from_tally__mutmut_3 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_4'] = x__counts_from_tally__mutmut_4 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_5'] = x__counts_from_tally__mutmut_5 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_6'] = x__counts_from_tally__mutmut_6 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_7'] = x__counts_from_tally__mutmut_7 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_8'] = x__counts_from_tally__mutmut_8 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_9'] = x__counts_from_tally__mutmut_9 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_10'] = x__counts_from_tally__mutmut_10 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_11'] = x__counts_from_tally__mutmut_11 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_12'] = x__counts_from_tally__mutmut_12 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_13'] = x__counts_from_tally__mutmut_13 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_14'] = x__counts_from_tally__mutmut_14 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_15'] = x__counts_from_tally__mutmut_15 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_16'] = x__counts_from_tally__mutmut_16 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_17'] = x__counts_from_tally__mutmut_17 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_18'] = x__counts_from_tally__mutmut_18 # type: ignore # mutmut generated
mutants_x__counts_from_tally__mutmut['x__counts_from_tally__mutmut_19'] = x__counts_from_tally__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPerThousandǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁPerThousandǁto_rows__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁPerThousandǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁPerThousandǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁPerThousandǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁPerThousandǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁPerThousandǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁPerThousandǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁPerThousandǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    @_mutmut_mutated(mutants_xǁPerThousandǁto_rows__mutmut)
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

    def xǁPerThousandǁto_rows__mutmut_orig(self) -> list[dict[str, object]]:
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

    def xǁPerThousandǁto_rows__mutmut_1(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "XXcomplaintsXX": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_2(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "COMPLAINTS": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_3(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "XXcar_parcXX": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_4(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "CAR_PARC": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_5(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "XXbasisXX": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_6(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "BASIS": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_7(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "XXper_thousandXX": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_8(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "PER_THOUSAND": self.value,
                "target": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_9(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "XXtargetXX": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_10(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "TARGET": self.target,
                "meets_target": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_11(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "XXmeets_targetXX": self.meets_target,
            }
        ]

    def xǁPerThousandǁto_rows__mutmut_12(self) -> list[dict[str, object]]:
        """One row: complaints, car parc, basis, per thousand, target, meets target."""
        return [
            {
                "complaints": self.complaints,
                "car_parc": self.car_parc,
                "basis": self.basis,
                "per_thousand": self.value,
                "target": self.target,
                "MEETS_TARGET": self.meets_target,
            }
        ]

mutants_xǁPerThousandǁ_repr_html___mutmut['_mutmut_orig'] = PerThousand.xǁPerThousandǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁPerThousandǁ_repr_html___mutmut['xǁPerThousandǁ_repr_html___mutmut_1'] = PerThousand.xǁPerThousandǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁPerThousandǁ_repr_html___mutmut['xǁPerThousandǁ_repr_html___mutmut_2'] = PerThousand.xǁPerThousandǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁPerThousandǁ_repr_html___mutmut['xǁPerThousandǁ_repr_html___mutmut_3'] = PerThousand.xǁPerThousandǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁPerThousandǁ_repr_html___mutmut['xǁPerThousandǁ_repr_html___mutmut_4'] = PerThousand.xǁPerThousandǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁPerThousandǁ_repr_html___mutmut['xǁPerThousandǁ_repr_html___mutmut_5'] = PerThousand.xǁPerThousandǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁPerThousandǁto_rows__mutmut['_mutmut_orig'] = PerThousand.xǁPerThousandǁto_rows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_1'] = PerThousand.xǁPerThousandǁto_rows__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_2'] = PerThousand.xǁPerThousandǁto_rows__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_3'] = PerThousand.xǁPerThousandǁto_rows__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_4'] = PerThousand.xǁPerThousandǁto_rows__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_5'] = PerThousand.xǁPerThousandǁto_rows__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_6'] = PerThousand.xǁPerThousandǁto_rows__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_7'] = PerThousand.xǁPerThousandǁto_rows__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_8'] = PerThousand.xǁPerThousandǁto_rows__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_9'] = PerThousand.xǁPerThousandǁto_rows__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_10'] = PerThousand.xǁPerThousandǁto_rows__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_11'] = PerThousand.xǁPerThousandǁto_rows__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPerThousandǁto_rows__mutmut['xǁPerThousandǁto_rows__mutmut_12'] = PerThousand.xǁPerThousandǁto_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__car_parc__mutmut)
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


def x__car_parc__mutmut_orig(car_parc: object) -> tuple[int, str]:
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


def x__car_parc__mutmut_1(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = None
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


def x__car_parc__mutmut_2(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(None).__name__} {shown(car_parc)}"
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


def x__car_parc__mutmut_3(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(None)}"
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


def x__car_parc__mutmut_4(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(None, field="car_parc", value=car_parc)
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


def x__car_parc__mutmut_5(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field=None, value=car_parc)
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


def x__car_parc__mutmut_6(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=None)
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


def x__car_parc__mutmut_7(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(field="car_parc", value=car_parc)
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


def x__car_parc__mutmut_8(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, value=car_parc)
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


def x__car_parc__mutmut_9(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", )
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


def x__car_parc__mutmut_10(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="XXcar_parcXX", value=car_parc)
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


def x__car_parc__mutmut_11(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="CAR_PARC", value=car_parc)
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


def x__car_parc__mutmut_12(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc <= 0:
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


def x__car_parc__mutmut_13(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 1:
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


def x__car_parc__mutmut_14(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = None
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


def x__car_parc__mutmut_15(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(None, field="car_parc", value=car_parc)
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


def x__car_parc__mutmut_16(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(msg, field=None, value=car_parc)
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


def x__car_parc__mutmut_17(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(msg, field="car_parc", value=None)
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


def x__car_parc__mutmut_18(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(field="car_parc", value=car_parc)
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


def x__car_parc__mutmut_19(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(msg, value=car_parc)
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


def x__car_parc__mutmut_20(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(msg, field="car_parc", )
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


def x__car_parc__mutmut_21(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(msg, field="XXcar_parcXX", value=car_parc)
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


def x__car_parc__mutmut_22(car_parc: object) -> tuple[int, str]:
    if isinstance(car_parc, (bool, float, str, bytes)):
        msg = (
            f"car_parc: expected a whole number of vehicles or an iterable of vehicles, "
            f"work orders or VINs, got {type(car_parc).__name__} {shown(car_parc)}"
        )
        raise InvalidFormat(msg, field="car_parc", value=car_parc)
    if isinstance(car_parc, int):
        if car_parc < 0:
            msg = f"car_parc: the number of vehicles cannot be negative, got {car_parc}"
            raise InvalidComponent(msg, field="CAR_PARC", value=car_parc)
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


def x__car_parc__mutmut_23(car_parc: object) -> tuple[int, str]:
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
        return car_parc, "XXgivenXX"
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


def x__car_parc__mutmut_24(car_parc: object) -> tuple[int, str]:
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
        return car_parc, "GIVEN"
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


def x__car_parc__mutmut_25(car_parc: object) -> tuple[int, str]:
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
    if isinstance(car_parc, Iterable):
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


def x__car_parc__mutmut_26(car_parc: object) -> tuple[int, str]:
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
        msg = None
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


def x__car_parc__mutmut_27(car_parc: object) -> tuple[int, str]:
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
        msg = f"car_parc: expected an int or an iterable, got {type(None).__name__}"
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


def x__car_parc__mutmut_28(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(None, field="car_parc", value=car_parc)
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


def x__car_parc__mutmut_29(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(msg, field=None, value=car_parc)
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


def x__car_parc__mutmut_30(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(msg, field="car_parc", value=None)
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


def x__car_parc__mutmut_31(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(field="car_parc", value=car_parc)
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


def x__car_parc__mutmut_32(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(msg, value=car_parc)
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


def x__car_parc__mutmut_33(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(msg, field="car_parc", )
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


def x__car_parc__mutmut_34(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(msg, field="XXcar_parcXX", value=car_parc)
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


def x__car_parc__mutmut_35(car_parc: object) -> tuple[int, str]:
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
        raise InvalidFormat(msg, field="CAR_PARC", value=car_parc)
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


def x__car_parc__mutmut_36(car_parc: object) -> tuple[int, str]:
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
    vins: set[str] = None
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


def x__car_parc__mutmut_37(car_parc: object) -> tuple[int, str]:
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
    kinds: set[str] = None
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


def x__car_parc__mutmut_38(car_parc: object) -> tuple[int, str]:
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
            vins.add(None)
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


def x__car_parc__mutmut_39(car_parc: object) -> tuple[int, str]:
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
            kinds.add(None)
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


def x__car_parc__mutmut_40(car_parc: object) -> tuple[int, str]:
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
            kinds.add("XXvehicles in the archiveXX")
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


def x__car_parc__mutmut_41(car_parc: object) -> tuple[int, str]:
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
            kinds.add("VEHICLES IN THE ARCHIVE")
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


def x__car_parc__mutmut_42(car_parc: object) -> tuple[int, str]:
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
            vins.add(None)
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


def x__car_parc__mutmut_43(car_parc: object) -> tuple[int, str]:
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
            kinds.add(None)
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


def x__car_parc__mutmut_44(car_parc: object) -> tuple[int, str]:
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
            kinds.add("XXdistinct vehicles servedXX")
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


def x__car_parc__mutmut_45(car_parc: object) -> tuple[int, str]:
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
            kinds.add("DISTINCT VEHICLES SERVED")
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


def x__car_parc__mutmut_46(car_parc: object) -> tuple[int, str]:
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
            vins.add(None)
            kinds.add("distinct vehicles")
        else:
            msg = (
                f"car_parc: expected vehicles, work orders or VINs, "
                f"got {type(item).__name__} {shown(item)}"
            )
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_47(car_parc: object) -> tuple[int, str]:
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
            kinds.add(None)
        else:
            msg = (
                f"car_parc: expected vehicles, work orders or VINs, "
                f"got {type(item).__name__} {shown(item)}"
            )
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_48(car_parc: object) -> tuple[int, str]:
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
            kinds.add("XXdistinct vehiclesXX")
        else:
            msg = (
                f"car_parc: expected vehicles, work orders or VINs, "
                f"got {type(item).__name__} {shown(item)}"
            )
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_49(car_parc: object) -> tuple[int, str]:
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
            kinds.add("DISTINCT VEHICLES")
        else:
            msg = (
                f"car_parc: expected vehicles, work orders or VINs, "
                f"got {type(item).__name__} {shown(item)}"
            )
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_50(car_parc: object) -> tuple[int, str]:
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
            msg = None
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_51(car_parc: object) -> tuple[int, str]:
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
                f"got {type(None).__name__} {shown(item)}"
            )
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_52(car_parc: object) -> tuple[int, str]:
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
                f"got {type(item).__name__} {shown(None)}"
            )
            raise InvalidFormat(msg, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_53(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(None, field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_54(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(msg, field=None, value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_55(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(msg, field="car_parc", value=None)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_56(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(field="car_parc", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_57(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(msg, value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_58(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(msg, field="car_parc", )
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_59(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(msg, field="XXcar_parcXX", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_60(car_parc: object) -> tuple[int, str]:
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
            raise InvalidFormat(msg, field="CAR_PARC", value=item)
    basis = kinds.pop() if len(kinds) == 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_61(car_parc: object) -> tuple[int, str]:
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
    basis = None
    return len(vins), basis


def x__car_parc__mutmut_62(car_parc: object) -> tuple[int, str]:
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
    basis = kinds.pop() if (len(kinds) == 1) and False else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_63(car_parc: object) -> tuple[int, str]:
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
    basis = kinds.pop() if (len(kinds) == 1) or True else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_64(car_parc: object) -> tuple[int, str]:
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
    basis = kinds.pop() if len(kinds) != 1 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_65(car_parc: object) -> tuple[int, str]:
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
    basis = kinds.pop() if len(kinds) == 2 else "distinct vehicles"
    return len(vins), basis


def x__car_parc__mutmut_66(car_parc: object) -> tuple[int, str]:
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
    basis = kinds.pop() if len(kinds) == 1 else "XXdistinct vehiclesXX"
    return len(vins), basis


def x__car_parc__mutmut_67(car_parc: object) -> tuple[int, str]:
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
    basis = kinds.pop() if len(kinds) == 1 else "DISTINCT VEHICLES"
    return len(vins), basis

mutants_x__car_parc__mutmut['_mutmut_orig'] = x__car_parc__mutmut_orig # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_1'] = x__car_parc__mutmut_1 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_2'] = x__car_parc__mutmut_2 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_3'] = x__car_parc__mutmut_3 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_4'] = x__car_parc__mutmut_4 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_5'] = x__car_parc__mutmut_5 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_6'] = x__car_parc__mutmut_6 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_7'] = x__car_parc__mutmut_7 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_8'] = x__car_parc__mutmut_8 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_9'] = x__car_parc__mutmut_9 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_10'] = x__car_parc__mutmut_10 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_11'] = x__car_parc__mutmut_11 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_12'] = x__car_parc__mutmut_12 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_13'] = x__car_parc__mutmut_13 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_14'] = x__car_parc__mutmut_14 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_15'] = x__car_parc__mutmut_15 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_16'] = x__car_parc__mutmut_16 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_17'] = x__car_parc__mutmut_17 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_18'] = x__car_parc__mutmut_18 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_19'] = x__car_parc__mutmut_19 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_20'] = x__car_parc__mutmut_20 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_21'] = x__car_parc__mutmut_21 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_22'] = x__car_parc__mutmut_22 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_23'] = x__car_parc__mutmut_23 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_24'] = x__car_parc__mutmut_24 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_25'] = x__car_parc__mutmut_25 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_26'] = x__car_parc__mutmut_26 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_27'] = x__car_parc__mutmut_27 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_28'] = x__car_parc__mutmut_28 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_29'] = x__car_parc__mutmut_29 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_30'] = x__car_parc__mutmut_30 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_31'] = x__car_parc__mutmut_31 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_32'] = x__car_parc__mutmut_32 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_33'] = x__car_parc__mutmut_33 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_34'] = x__car_parc__mutmut_34 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_35'] = x__car_parc__mutmut_35 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_36'] = x__car_parc__mutmut_36 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_37'] = x__car_parc__mutmut_37 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_38'] = x__car_parc__mutmut_38 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_39'] = x__car_parc__mutmut_39 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_40'] = x__car_parc__mutmut_40 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_41'] = x__car_parc__mutmut_41 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_42'] = x__car_parc__mutmut_42 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_43'] = x__car_parc__mutmut_43 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_44'] = x__car_parc__mutmut_44 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_45'] = x__car_parc__mutmut_45 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_46'] = x__car_parc__mutmut_46 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_47'] = x__car_parc__mutmut_47 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_48'] = x__car_parc__mutmut_48 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_49'] = x__car_parc__mutmut_49 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_50'] = x__car_parc__mutmut_50 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_51'] = x__car_parc__mutmut_51 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_52'] = x__car_parc__mutmut_52 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_53'] = x__car_parc__mutmut_53 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_54'] = x__car_parc__mutmut_54 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_55'] = x__car_parc__mutmut_55 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_56'] = x__car_parc__mutmut_56 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_57'] = x__car_parc__mutmut_57 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_58'] = x__car_parc__mutmut_58 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_59'] = x__car_parc__mutmut_59 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_60'] = x__car_parc__mutmut_60 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_61'] = x__car_parc__mutmut_61 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_62'] = x__car_parc__mutmut_62 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_63'] = x__car_parc__mutmut_63 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_64'] = x__car_parc__mutmut_64 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_65'] = x__car_parc__mutmut_65 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_66'] = x__car_parc__mutmut_66 # type: ignore # mutmut generated
mutants_x__car_parc__mutmut['x__car_parc__mutmut_67'] = x__car_parc__mutmut_67 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__target_decimal__mutmut)
def _target_decimal(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_orig(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_1(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = None
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_2(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(None, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_3(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, None)
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_4(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction("per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_5(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, )
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_6(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "XXper_thousand_targetXX")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_7(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "PER_THOUSAND_TARGET")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_8(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(None)
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_9(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(None))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_10(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(None)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def x__target_decimal__mutmut_11(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) * Decimal(exact.denominator)


def x__target_decimal__mutmut_12(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(None) / Decimal(exact.denominator)


def x__target_decimal__mutmut_13(target: object) -> Decimal:
    # A float target is read through its shortest repr, so 2.0 stays Decimal("2.0").
    exact = _target_fraction(target, "per_thousand_target")
    if isinstance(target, float):
        return Decimal(repr(target))
    if isinstance(target, (int, Decimal)):
        return Decimal(target)
    return Decimal(exact.numerator) / Decimal(None)

mutants_x__target_decimal__mutmut['_mutmut_orig'] = x__target_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_1'] = x__target_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_2'] = x__target_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_3'] = x__target_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_4'] = x__target_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_5'] = x__target_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_6'] = x__target_decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_7'] = x__target_decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_8'] = x__target_decimal__mutmut_8 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_9'] = x__target_decimal__mutmut_9 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_10'] = x__target_decimal__mutmut_10 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_11'] = x__target_decimal__mutmut_11 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_12'] = x__target_decimal__mutmut_12 # type: ignore # mutmut generated
mutants_x__target_decimal__mutmut['x__target_decimal__mutmut_13'] = x__target_decimal__mutmut_13 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_complaints_per_thousand__mutmut)
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


def x_complaints_per_thousand__mutmut_orig(
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


def x_complaints_per_thousand__mutmut_1(
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
    policy = None
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


def x_complaints_per_thousand__mutmut_2(
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
    policy = checked(None, StatsPolicy, "policy")
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


def x_complaints_per_thousand__mutmut_3(
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
    policy = checked(policy, None, "policy")
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


def x_complaints_per_thousand__mutmut_4(
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
    policy = checked(policy, StatsPolicy, None)
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


def x_complaints_per_thousand__mutmut_5(
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
    policy = checked(StatsPolicy, "policy")
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


def x_complaints_per_thousand__mutmut_6(
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
    policy = checked(policy, "policy")
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


def x_complaints_per_thousand__mutmut_7(
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
    policy = checked(policy, StatsPolicy, )
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


def x_complaints_per_thousand__mutmut_8(
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
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
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


def x_complaints_per_thousand__mutmut_9(
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
    policy = checked(policy, StatsPolicy, "POLICY")
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


def x_complaints_per_thousand__mutmut_10(
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
    check_iterable(None, "complaints")
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


def x_complaints_per_thousand__mutmut_11(
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
    check_iterable(complaints, None)
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


def x_complaints_per_thousand__mutmut_12(
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
    check_iterable("complaints")
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


def x_complaints_per_thousand__mutmut_13(
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
    check_iterable(complaints, )
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


def x_complaints_per_thousand__mutmut_14(
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
    check_iterable(complaints, "XXcomplaintsXX")
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


def x_complaints_per_thousand__mutmut_15(
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
    check_iterable(complaints, "COMPLAINTS")
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


def x_complaints_per_thousand__mutmut_16(
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
    count = None
    parc, basis = _car_parc(car_parc)
    target = _target_decimal(policy.per_thousand_target)
    return PerThousand(
        complaints=count,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_17(
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
    parc, basis = None
    target = _target_decimal(policy.per_thousand_target)
    return PerThousand(
        complaints=count,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_18(
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
    parc, basis = _car_parc(None)
    target = _target_decimal(policy.per_thousand_target)
    return PerThousand(
        complaints=count,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_19(
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
    target = None
    return PerThousand(
        complaints=count,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_20(
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
    target = _target_decimal(None)
    return PerThousand(
        complaints=count,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_21(
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
        complaints=None,
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_22(
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
        car_parc=None,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_23(
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
        basis=None,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_24(
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
        digits=None,
        target=target,
    )


def x_complaints_per_thousand__mutmut_25(
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
        target=None,
    )


def x_complaints_per_thousand__mutmut_26(
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
        car_parc=parc,
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_27(
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
        basis=basis,
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_28(
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
        digits=policy.per_thousand_digits,
        target=target,
    )


def x_complaints_per_thousand__mutmut_29(
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
        target=target,
    )


def x_complaints_per_thousand__mutmut_30(
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
        )

mutants_x_complaints_per_thousand__mutmut['_mutmut_orig'] = x_complaints_per_thousand__mutmut_orig # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_1'] = x_complaints_per_thousand__mutmut_1 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_2'] = x_complaints_per_thousand__mutmut_2 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_3'] = x_complaints_per_thousand__mutmut_3 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_4'] = x_complaints_per_thousand__mutmut_4 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_5'] = x_complaints_per_thousand__mutmut_5 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_6'] = x_complaints_per_thousand__mutmut_6 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_7'] = x_complaints_per_thousand__mutmut_7 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_8'] = x_complaints_per_thousand__mutmut_8 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_9'] = x_complaints_per_thousand__mutmut_9 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_10'] = x_complaints_per_thousand__mutmut_10 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_11'] = x_complaints_per_thousand__mutmut_11 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_12'] = x_complaints_per_thousand__mutmut_12 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_13'] = x_complaints_per_thousand__mutmut_13 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_14'] = x_complaints_per_thousand__mutmut_14 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_15'] = x_complaints_per_thousand__mutmut_15 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_16'] = x_complaints_per_thousand__mutmut_16 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_17'] = x_complaints_per_thousand__mutmut_17 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_18'] = x_complaints_per_thousand__mutmut_18 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_19'] = x_complaints_per_thousand__mutmut_19 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_20'] = x_complaints_per_thousand__mutmut_20 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_21'] = x_complaints_per_thousand__mutmut_21 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_22'] = x_complaints_per_thousand__mutmut_22 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_23'] = x_complaints_per_thousand__mutmut_23 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_24'] = x_complaints_per_thousand__mutmut_24 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_25'] = x_complaints_per_thousand__mutmut_25 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_26'] = x_complaints_per_thousand__mutmut_26 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_27'] = x_complaints_per_thousand__mutmut_27 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_28'] = x_complaints_per_thousand__mutmut_28 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_29'] = x_complaints_per_thousand__mutmut_29 # type: ignore # mutmut generated
mutants_x_complaints_per_thousand__mutmut['x_complaints_per_thousand__mutmut_30'] = x_complaints_per_thousand__mutmut_30 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁClosureRowǁto_dict__mutmut)
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

    def xǁClosureRowǁto_dict__mutmut_orig(self, target: float) -> dict[str, object]:
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

    def xǁClosureRowǁto_dict__mutmut_1(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "XXlevelXX": "total" if self.level is None else self.level.value,
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

    def xǁClosureRowǁto_dict__mutmut_2(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "LEVEL": "total" if self.level is None else self.level.value,
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

    def xǁClosureRowǁto_dict__mutmut_3(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if (self.level is None) and False else self.level.value,
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

    def xǁClosureRowǁto_dict__mutmut_4(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if (self.level is None) or True else self.level.value,
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

    def xǁClosureRowǁto_dict__mutmut_5(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "XXtotalXX" if self.level is None else self.level.value,
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

    def xǁClosureRowǁto_dict__mutmut_6(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "TOTAL" if self.level is None else self.level.value,
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

    def xǁClosureRowǁto_dict__mutmut_7(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is not None else self.level.value,
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

    def xǁClosureRowǁto_dict__mutmut_8(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "XXdeadline_workdaysXX": self.deadline_workdays,
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

    def xǁClosureRowǁto_dict__mutmut_9(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "DEADLINE_WORKDAYS": self.deadline_workdays,
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

    def xǁClosureRowǁto_dict__mutmut_10(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "XXcomplaintsXX": self.rate.denominator,
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

    def xǁClosureRowǁto_dict__mutmut_11(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "COMPLAINTS": self.rate.denominator,
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

    def xǁClosureRowǁto_dict__mutmut_12(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "XXon_timeXX": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_13(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "ON_TIME": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_14(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "XXclosed_lateXX": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_15(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "CLOSED_LATE": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_16(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "XXopen_overdueXX": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_17(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "OPEN_OVERDUE": len(self.open_overdue),
            "pending": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_18(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "XXpendingXX": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_19(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "PENDING": self.pending,
            "rate": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_20(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "XXrateXX": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_21(self, target: float) -> dict[str, object]:
        """The row as plain values."""
        return {
            "level": "total" if self.level is None else self.level.value,
            "deadline_workdays": self.deadline_workdays,
            "complaints": self.rate.denominator,
            "on_time": self.rate.numerator,
            "closed_late": len(self.closed_late),
            "open_overdue": len(self.open_overdue),
            "pending": self.pending,
            "RATE": self.rate.value,
            "percent": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_22(self, target: float) -> dict[str, object]:
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
            "XXpercentXX": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_23(self, target: float) -> dict[str, object]:
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
            "PERCENT": self.rate.format_percent(),
            "low": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_24(self, target: float) -> dict[str, object]:
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
            "XXlowXX": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_25(self, target: float) -> dict[str, object]:
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
            "LOW": self.rate.low,
            "high": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_26(self, target: float) -> dict[str, object]:
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
            "XXhighXX": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_27(self, target: float) -> dict[str, object]:
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
            "HIGH": self.rate.high,
            "meets_target": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_28(self, target: float) -> dict[str, object]:
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
            "XXmeets_targetXX": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_29(self, target: float) -> dict[str, object]:
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
            "MEETS_TARGET": self.rate.meets(target),
        }

    def xǁClosureRowǁto_dict__mutmut_30(self, target: float) -> dict[str, object]:
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
            "meets_target": self.rate.meets(None),
        }

mutants_xǁClosureRowǁto_dict__mutmut['_mutmut_orig'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_1'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_2'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_3'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_4'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_5'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_6'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_7'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_8'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_9'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_10'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_11'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_12'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_13'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_14'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_15'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_16'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_17'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_18'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_19'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_20'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_21'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_22'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_23'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_24'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_25'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_26'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_26 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_27'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_27 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_28'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_28 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_29'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_29 # type: ignore # mutmut generated
mutants_xǁClosureRowǁto_dict__mutmut['xǁClosureRowǁto_dict__mutmut_30'] = ClosureRow.xǁClosureRowǁto_dict__mutmut_30 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOnTimeClosureǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁOnTimeClosureǁto_rows__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁOnTimeClosureǁrate__mutmut)
    def rate(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if isinstance(level, str) else level
        return next(row.rate for row in self.levels if row.level is wanted)

    def xǁOnTimeClosureǁrate__mutmut_orig(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if isinstance(level, str) else level
        return next(row.rate for row in self.levels if row.level is wanted)

    def xǁOnTimeClosureǁrate__mutmut_1(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is not None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if isinstance(level, str) else level
        return next(row.rate for row in self.levels if row.level is wanted)

    def xǁOnTimeClosureǁrate__mutmut_2(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = None
        return next(row.rate for row in self.levels if row.level is wanted)

    def xǁOnTimeClosureǁrate__mutmut_3(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if (isinstance(level, str)) and False else level
        return next(row.rate for row in self.levels if row.level is wanted)

    def xǁOnTimeClosureǁrate__mutmut_4(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if (isinstance(level, str)) or True else level
        return next(row.rate for row in self.levels if row.level is wanted)

    def xǁOnTimeClosureǁrate__mutmut_5(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(None) if isinstance(level, str) else level
        return next(row.rate for row in self.levels if row.level is wanted)

    def xǁOnTimeClosureǁrate__mutmut_6(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if isinstance(level, str) else level
        return next(None)

    def xǁOnTimeClosureǁrate__mutmut_7(self, level: ComplaintLevel | str | None = None) -> Rate:
        """The rate of one level, or the overall rate when ``level`` is None."""
        if level is None:
            return self.overall.rate
        wanted = ComplaintLevel.from_label(level) if isinstance(level, str) else level
        return next(row.rate for row in self.levels if row.level is not wanted)

    @property
    def meets_target(self) -> bool | None:
        """Whether the overall rate reaches the target; None when nothing counts yet."""
        return self.overall.rate.meets(self.target)

    @_mutmut_mutated(mutants_xǁOnTimeClosureǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁOnTimeClosureǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁOnTimeClosureǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁOnTimeClosureǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁOnTimeClosureǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁOnTimeClosureǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁOnTimeClosureǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    @_mutmut_mutated(mutants_xǁOnTimeClosureǁto_rows__mutmut)
    def to_rows(self) -> list[dict[str, object]]:
        """One dict per level, then the total."""
        return [row.to_dict(self.target) for row in (*self.levels, self.overall)]

    def xǁOnTimeClosureǁto_rows__mutmut_orig(self) -> list[dict[str, object]]:
        """One dict per level, then the total."""
        return [row.to_dict(self.target) for row in (*self.levels, self.overall)]

    def xǁOnTimeClosureǁto_rows__mutmut_1(self) -> list[dict[str, object]]:
        """One dict per level, then the total."""
        return [row.to_dict(None) for row in (*self.levels, self.overall)]

mutants_xǁOnTimeClosureǁrate__mutmut['_mutmut_orig'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut['xǁOnTimeClosureǁrate__mutmut_1'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut['xǁOnTimeClosureǁrate__mutmut_2'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut['xǁOnTimeClosureǁrate__mutmut_3'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut['xǁOnTimeClosureǁrate__mutmut_4'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut['xǁOnTimeClosureǁrate__mutmut_5'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut['xǁOnTimeClosureǁrate__mutmut_6'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁrate__mutmut['xǁOnTimeClosureǁrate__mutmut_7'] = OnTimeClosure.xǁOnTimeClosureǁrate__mutmut_7 # type: ignore # mutmut generated

mutants_xǁOnTimeClosureǁ_repr_html___mutmut['_mutmut_orig'] = OnTimeClosure.xǁOnTimeClosureǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁ_repr_html___mutmut['xǁOnTimeClosureǁ_repr_html___mutmut_1'] = OnTimeClosure.xǁOnTimeClosureǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁ_repr_html___mutmut['xǁOnTimeClosureǁ_repr_html___mutmut_2'] = OnTimeClosure.xǁOnTimeClosureǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁ_repr_html___mutmut['xǁOnTimeClosureǁ_repr_html___mutmut_3'] = OnTimeClosure.xǁOnTimeClosureǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁ_repr_html___mutmut['xǁOnTimeClosureǁ_repr_html___mutmut_4'] = OnTimeClosure.xǁOnTimeClosureǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁ_repr_html___mutmut['xǁOnTimeClosureǁ_repr_html___mutmut_5'] = OnTimeClosure.xǁOnTimeClosureǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁOnTimeClosureǁto_rows__mutmut['_mutmut_orig'] = OnTimeClosure.xǁOnTimeClosureǁto_rows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOnTimeClosureǁto_rows__mutmut['xǁOnTimeClosureǁto_rows__mutmut_1'] = OnTimeClosure.xǁOnTimeClosureǁto_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_on_time_closure__mutmut)
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


def x_on_time_closure__mutmut_orig(
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


def x_on_time_closure__mutmut_1(
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
    policy = None
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


def x_on_time_closure__mutmut_2(
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
    policy = checked(None, ComplaintPolicy, "policy")
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


def x_on_time_closure__mutmut_3(
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
    policy = checked(policy, None, "policy")
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


def x_on_time_closure__mutmut_4(
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
    policy = checked(policy, ComplaintPolicy, None)
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


def x_on_time_closure__mutmut_5(
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
    policy = checked(ComplaintPolicy, "policy")
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


def x_on_time_closure__mutmut_6(
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
    policy = checked(policy, "policy")
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


def x_on_time_closure__mutmut_7(
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
    policy = checked(policy, ComplaintPolicy, )
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


def x_on_time_closure__mutmut_8(
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
    policy = checked(policy, ComplaintPolicy, "XXpolicyXX")
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


def x_on_time_closure__mutmut_9(
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
    policy = checked(policy, ComplaintPolicy, "POLICY")
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


def x_on_time_closure__mutmut_10(
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
    stats_policy = None
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


def x_on_time_closure__mutmut_11(
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
    stats_policy = checked(None, StatsPolicy, "stats_policy")
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


def x_on_time_closure__mutmut_12(
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
    stats_policy = checked(stats_policy, None, "stats_policy")
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


def x_on_time_closure__mutmut_13(
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
    stats_policy = checked(stats_policy, StatsPolicy, None)
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


def x_on_time_closure__mutmut_14(
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
    stats_policy = checked(StatsPolicy, "stats_policy")
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


def x_on_time_closure__mutmut_15(
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
    stats_policy = checked(stats_policy, "stats_policy")
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


def x_on_time_closure__mutmut_16(
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
    stats_policy = checked(stats_policy, StatsPolicy, )
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


def x_on_time_closure__mutmut_17(
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
    stats_policy = checked(stats_policy, StatsPolicy, "XXstats_policyXX")
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


def x_on_time_closure__mutmut_18(
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
    stats_policy = checked(stats_policy, StatsPolicy, "STATS_POLICY")
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


def x_on_time_closure__mutmut_19(
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
    check_iterable(None, "complaints")
    day = _as_of_date(as_of)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_20(
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
    check_iterable(complaints, None)
    day = _as_of_date(as_of)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_21(
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
    check_iterable("complaints")
    day = _as_of_date(as_of)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_22(
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
    check_iterable(complaints, )
    day = _as_of_date(as_of)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_23(
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
    check_iterable(complaints, "XXcomplaintsXX")
    day = _as_of_date(as_of)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_24(
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
    check_iterable(complaints, "COMPLAINTS")
    day = _as_of_date(as_of)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_25(
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
    day = None
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_26(
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
    day = _as_of_date(None)
    tally = _ClosureTally()
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_27(
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
    tally = None
    for complaint in _complaints(complaints):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_28(
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
    for complaint in _complaints(None):
        deadline = closing_deadline(complaint, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_29(
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
        deadline = None
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_30(
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
        deadline = closing_deadline(None, policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_31(
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
        deadline = closing_deadline(complaint, policy=None, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_32(
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
        deadline = closing_deadline(complaint, policy=policy, calendar=None)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_33(
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
        deadline = closing_deadline(policy=policy, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_34(
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
        deadline = closing_deadline(complaint, calendar=calendar)
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_35(
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
        deadline = closing_deadline(complaint, policy=policy, )
        closed_at = complaint.closed_at if complaint.status is ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_36(
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
        closed_at = None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_37(
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
        closed_at = complaint.closed_at if (complaint.status is ComplaintStatus.CLOSED) and False else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_38(
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
        closed_at = complaint.closed_at if (complaint.status is ComplaintStatus.CLOSED) or True else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_39(
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
        closed_at = complaint.closed_at if complaint.status is not ComplaintStatus.CLOSED else None
        closed_on = None if closed_at is None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_40(
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
        closed_on = None
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_41(
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
        closed_on = None if (closed_at is None) and False else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_42(
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
        closed_on = None if (closed_at is None) or True else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_43(
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
        closed_on = None if closed_at is not None else local_date(closed_at)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_44(
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
        closed_on = None if closed_at is None else local_date(None)
        outcome = _closure_outcome(closed_on, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_45(
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
        outcome = None
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_46(
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
        outcome = _closure_outcome(None, deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_47(
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
        outcome = _closure_outcome(closed_on, None, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_48(
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
        outcome = _closure_outcome(closed_on, deadline, None)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_49(
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
        outcome = _closure_outcome(deadline, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_50(
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
        outcome = _closure_outcome(closed_on, day)
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_51(
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
        outcome = _closure_outcome(closed_on, deadline, )
        tally.add(complaint.level, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_52(
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
        tally.add(None, outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_53(
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
        tally.add(complaint.level, None, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_54(
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
        tally.add(complaint.level, outcome, numbers=None)
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_55(
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
        tally.add(outcome, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_56(
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
        tally.add(complaint.level, numbers=(complaint.number,))
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_57(
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
        tally.add(complaint.level, outcome, )
    return tally.result(day, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_58(
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
    return tally.result(None, policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_59(
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
    return tally.result(day, policy=None, stats_policy=stats_policy)


def x_on_time_closure__mutmut_60(
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
    return tally.result(day, policy=policy, stats_policy=None)


def x_on_time_closure__mutmut_61(
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
    return tally.result(policy=policy, stats_policy=stats_policy)


def x_on_time_closure__mutmut_62(
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
    return tally.result(day, stats_policy=stats_policy)


def x_on_time_closure__mutmut_63(
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
    return tally.result(day, policy=policy, )

mutants_x_on_time_closure__mutmut['_mutmut_orig'] = x_on_time_closure__mutmut_orig # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_1'] = x_on_time_closure__mutmut_1 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_2'] = x_on_time_closure__mutmut_2 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_3'] = x_on_time_closure__mutmut_3 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_4'] = x_on_time_closure__mutmut_4 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_5'] = x_on_time_closure__mutmut_5 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_6'] = x_on_time_closure__mutmut_6 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_7'] = x_on_time_closure__mutmut_7 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_8'] = x_on_time_closure__mutmut_8 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_9'] = x_on_time_closure__mutmut_9 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_10'] = x_on_time_closure__mutmut_10 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_11'] = x_on_time_closure__mutmut_11 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_12'] = x_on_time_closure__mutmut_12 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_13'] = x_on_time_closure__mutmut_13 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_14'] = x_on_time_closure__mutmut_14 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_15'] = x_on_time_closure__mutmut_15 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_16'] = x_on_time_closure__mutmut_16 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_17'] = x_on_time_closure__mutmut_17 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_18'] = x_on_time_closure__mutmut_18 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_19'] = x_on_time_closure__mutmut_19 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_20'] = x_on_time_closure__mutmut_20 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_21'] = x_on_time_closure__mutmut_21 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_22'] = x_on_time_closure__mutmut_22 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_23'] = x_on_time_closure__mutmut_23 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_24'] = x_on_time_closure__mutmut_24 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_25'] = x_on_time_closure__mutmut_25 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_26'] = x_on_time_closure__mutmut_26 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_27'] = x_on_time_closure__mutmut_27 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_28'] = x_on_time_closure__mutmut_28 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_29'] = x_on_time_closure__mutmut_29 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_30'] = x_on_time_closure__mutmut_30 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_31'] = x_on_time_closure__mutmut_31 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_32'] = x_on_time_closure__mutmut_32 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_33'] = x_on_time_closure__mutmut_33 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_34'] = x_on_time_closure__mutmut_34 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_35'] = x_on_time_closure__mutmut_35 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_36'] = x_on_time_closure__mutmut_36 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_37'] = x_on_time_closure__mutmut_37 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_38'] = x_on_time_closure__mutmut_38 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_39'] = x_on_time_closure__mutmut_39 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_40'] = x_on_time_closure__mutmut_40 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_41'] = x_on_time_closure__mutmut_41 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_42'] = x_on_time_closure__mutmut_42 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_43'] = x_on_time_closure__mutmut_43 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_44'] = x_on_time_closure__mutmut_44 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_45'] = x_on_time_closure__mutmut_45 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_46'] = x_on_time_closure__mutmut_46 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_47'] = x_on_time_closure__mutmut_47 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_48'] = x_on_time_closure__mutmut_48 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_49'] = x_on_time_closure__mutmut_49 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_50'] = x_on_time_closure__mutmut_50 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_51'] = x_on_time_closure__mutmut_51 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_52'] = x_on_time_closure__mutmut_52 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_53'] = x_on_time_closure__mutmut_53 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_54'] = x_on_time_closure__mutmut_54 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_55'] = x_on_time_closure__mutmut_55 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_56'] = x_on_time_closure__mutmut_56 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_57'] = x_on_time_closure__mutmut_57 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_58'] = x_on_time_closure__mutmut_58 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_59'] = x_on_time_closure__mutmut_59 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_60'] = x_on_time_closure__mutmut_60 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_61'] = x_on_time_closure__mutmut_61 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_62'] = x_on_time_closure__mutmut_62 # type: ignore # mutmut generated
mutants_x_on_time_closure__mutmut['x_on_time_closure__mutmut_63'] = x_on_time_closure__mutmut_63 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__closure_outcome__mutmut)
def _closure_outcome(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_orig(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_1(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None or closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_2(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_3(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on < day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_4(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if (closed_on <= deadline) and False else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_5(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if (closed_on <= deadline) or True else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_6(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "XXon_timeXX" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_7(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "ON_TIME" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_8(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on < deadline else "late"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_9(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "XXlateXX"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_10(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "LATE"
    return "overdue" if day > deadline else "pending"


def x__closure_outcome__mutmut_11(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if (day > deadline) and False else "pending"


def x__closure_outcome__mutmut_12(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if (day > deadline) or True else "pending"


def x__closure_outcome__mutmut_13(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "XXoverdueXX" if day > deadline else "pending"


def x__closure_outcome__mutmut_14(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "OVERDUE" if day > deadline else "pending"


def x__closure_outcome__mutmut_15(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day >= deadline else "pending"


def x__closure_outcome__mutmut_16(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "XXpendingXX"


def x__closure_outcome__mutmut_17(closed_on: date | None, deadline: date, day: date) -> str:
    """``on_time``, ``late``, ``overdue`` or ``pending``: how one complaint counts on ``day``.

    ``closed_on`` is the local closing date of a CLOSED complaint, else None.
    """
    if closed_on is not None and closed_on <= day:
        return "on_time" if closed_on <= deadline else "late"
    return "overdue" if day > deadline else "PENDING"

mutants_x__closure_outcome__mutmut['_mutmut_orig'] = x__closure_outcome__mutmut_orig # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_1'] = x__closure_outcome__mutmut_1 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_2'] = x__closure_outcome__mutmut_2 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_3'] = x__closure_outcome__mutmut_3 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_4'] = x__closure_outcome__mutmut_4 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_5'] = x__closure_outcome__mutmut_5 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_6'] = x__closure_outcome__mutmut_6 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_7'] = x__closure_outcome__mutmut_7 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_8'] = x__closure_outcome__mutmut_8 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_9'] = x__closure_outcome__mutmut_9 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_10'] = x__closure_outcome__mutmut_10 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_11'] = x__closure_outcome__mutmut_11 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_12'] = x__closure_outcome__mutmut_12 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_13'] = x__closure_outcome__mutmut_13 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_14'] = x__closure_outcome__mutmut_14 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_15'] = x__closure_outcome__mutmut_15 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_16'] = x__closure_outcome__mutmut_16 # type: ignore # mutmut generated
mutants_x__closure_outcome__mutmut['x__closure_outcome__mutmut_17'] = x__closure_outcome__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_ClosureTallyǁresult__mutmut: MutantDict = {}  # type: ignore


@attrs.define
class _ClosureTally:
    """Counts of :func:`on_time_closure` by level and outcome (shared with the SQL adapter)."""

    on_time: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    counted: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    pending: Counter[ComplaintLevel] = attrs.field(factory=Counter)
    late: dict[ComplaintLevel, list[str]] = attrs.field(factory=lambda: defaultdict(list))
    overdue: dict[ComplaintLevel, list[str]] = attrs.field(factory=lambda: defaultdict(list))

    @_mutmut_mutated(mutants_xǁ_ClosureTallyǁadd__mutmut)
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

    def xǁ_ClosureTallyǁadd__mutmut_orig(
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

    def xǁ_ClosureTallyǁadd__mutmut_1(
        self, level: ComplaintLevel, outcome: str, *, count: int = 2, numbers: Sequence[str] = ()
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

    def xǁ_ClosureTallyǁadd__mutmut_2(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome != "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_3(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "XXpendingXX":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_4(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "PENDING":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_5(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] = count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_6(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] -= count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_7(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] = count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_8(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] -= count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_9(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome != "on_time":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_10(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "XXon_timeXX":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_11(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "ON_TIME":
            self.on_time[level] += count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_12(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] = count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_13(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] -= count
        elif outcome == "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_14(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome != "late":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_15(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "XXlateXX":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_16(
        self, level: ComplaintLevel, outcome: str, *, count: int = 1, numbers: Sequence[str] = ()
    ) -> None:
        """Count ``count`` complaints of one outcome; ``numbers`` name the late and overdue."""
        if outcome == "pending":
            self.pending[level] += count
            return
        self.counted[level] += count
        if outcome == "on_time":
            self.on_time[level] += count
        elif outcome == "LATE":
            self.late[level].extend(numbers)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_17(
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
            self.late[level].extend(None)
        else:
            self.overdue[level].extend(numbers)

    def xǁ_ClosureTallyǁadd__mutmut_18(
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
            self.overdue[level].extend(None)

    @_mutmut_mutated(mutants_xǁ_ClosureTallyǁresult__mutmut)
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

    def xǁ_ClosureTallyǁresult__mutmut_orig(
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

    def xǁ_ClosureTallyǁresult__mutmut_1(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = None
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_2(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            None
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_3(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=None,
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

    def xǁ_ClosureTallyǁresult__mutmut_4(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=None,
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

    def xǁ_ClosureTallyǁresult__mutmut_5(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=None,
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_6(
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
                closed_late=None,
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_7(
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
                open_overdue=None,
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_8(
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
                pending=None,
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_9(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
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

    def xǁ_ClosureTallyǁresult__mutmut_10(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
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

    def xǁ_ClosureTallyǁresult__mutmut_11(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_12(
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
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_13(
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
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_14(
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
                )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_15(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(None),
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

    def xǁ_ClosureTallyǁresult__mutmut_16(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    None, self.counted[level], confidence=stats_policy.confidence
                ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_17(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    self.on_time[level], None, confidence=stats_policy.confidence
                ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_18(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    self.on_time[level], self.counted[level], confidence=None
                ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_19(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    self.counted[level], confidence=stats_policy.confidence
                ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_20(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    self.on_time[level], confidence=stats_policy.confidence
                ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_21(
        self, day: date, *, policy: ComplaintPolicy, stats_policy: StatsPolicy
    ) -> OnTimeClosure:
        """The :class:`OnTimeClosure` of the counts."""
        rows = tuple(
            ClosureRow(
                level=level,
                deadline_workdays=policy.workdays_for(level),
                rate=Rate(
                    self.on_time[level], self.counted[level], ),
                closed_late=tuple(self.late[level]),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_22(
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
                closed_late=tuple(None),
                open_overdue=tuple(self.overdue[level]),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_23(
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
                open_overdue=tuple(None),
                pending=self.pending[level],
            )
            for level in _LEVELS
        )
        return OnTimeClosure(as_of=day, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_24(
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
        return OnTimeClosure(as_of=None, levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_25(
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
        return OnTimeClosure(as_of=day, levels=None, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_26(
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
        return OnTimeClosure(as_of=day, levels=rows, target=None)

    def xǁ_ClosureTallyǁresult__mutmut_27(
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
        return OnTimeClosure(levels=rows, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_28(
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
        return OnTimeClosure(as_of=day, target=stats_policy.on_time_closure_target)

    def xǁ_ClosureTallyǁresult__mutmut_29(
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
        return OnTimeClosure(as_of=day, levels=rows, )

mutants_xǁ_ClosureTallyǁadd__mutmut['_mutmut_orig'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_1'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_2'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_3'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_4'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_5'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_6'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_7'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_8'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_9'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_10'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_11'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_12'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_13'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_14'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_15'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_16'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_17'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁadd__mutmut['xǁ_ClosureTallyǁadd__mutmut_18'] = _ClosureTally.xǁ_ClosureTallyǁadd__mutmut_18 # type: ignore # mutmut generated

mutants_xǁ_ClosureTallyǁresult__mutmut['_mutmut_orig'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_1'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_2'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_3'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_4'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_5'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_6'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_7'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_8'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_9'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_10'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_11'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_12'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_13'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_14'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_15'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_16'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_17'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_18'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_19'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_20'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_21'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_22'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_23'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_24'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_25'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_26'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_27'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_28'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_ClosureTallyǁresult__mutmut['xǁ_ClosureTallyǁresult__mutmut_29'] = _ClosureTally.xǁ_ClosureTallyǁresult__mutmut_29 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_of_date__mutmut)
def _as_of_date(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_orig(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_1(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(None)
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_2(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(None, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_3(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, None))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_4(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware("as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_5(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, ))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_6(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "XXas_ofXX"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_7(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "AS_OF"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_8(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = None
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_9(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(None).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_10(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(None)}"
    raise InvalidFormat(msg, field="as_of", value=as_of)


def x__as_of_date__mutmut_11(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(None, field="as_of", value=as_of)


def x__as_of_date__mutmut_12(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field=None, value=as_of)


def x__as_of_date__mutmut_13(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", value=None)


def x__as_of_date__mutmut_14(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(field="as_of", value=as_of)


def x__as_of_date__mutmut_15(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, value=as_of)


def x__as_of_date__mutmut_16(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="as_of", )


def x__as_of_date__mutmut_17(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="XXas_ofXX", value=as_of)


def x__as_of_date__mutmut_18(as_of: object) -> date:
    if isinstance(as_of, datetime):
        return local_date(require_aware(as_of, "as_of"))
    if isinstance(as_of, date):
        return as_of
    msg = f"as_of: expected a date or an aware datetime, got {type(as_of).__name__} {shown(as_of)}"
    raise InvalidFormat(msg, field="AS_OF", value=as_of)

mutants_x__as_of_date__mutmut['_mutmut_orig'] = x__as_of_date__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_1'] = x__as_of_date__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_2'] = x__as_of_date__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_3'] = x__as_of_date__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_4'] = x__as_of_date__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_5'] = x__as_of_date__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_6'] = x__as_of_date__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_7'] = x__as_of_date__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_8'] = x__as_of_date__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_9'] = x__as_of_date__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_10'] = x__as_of_date__mutmut_10 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_11'] = x__as_of_date__mutmut_11 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_12'] = x__as_of_date__mutmut_12 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_13'] = x__as_of_date__mutmut_13 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_14'] = x__as_of_date__mutmut_14 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_15'] = x__as_of_date__mutmut_15 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_16'] = x__as_of_date__mutmut_16 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_17'] = x__as_of_date__mutmut_17 # type: ignore # mutmut generated
mutants_x__as_of_date__mutmut['x__as_of_date__mutmut_18'] = x__as_of_date__mutmut_18 # type: ignore # mutmut generated
