"""Rates with a Wilson interval, per-thousand figures and reporting periods (provisional API).

The department's statistics are shares (on-time closure rate, appointment
success rate, renewal rate, the share of big-customer vehicles served) and a
per-thousand rate (complaints per thousand vehicles). A [`Rate`][autocrm.stats.rates.Rate] keeps the
counts it was computed from, so rates of two periods combine exactly (sum the
numerators and the denominators), and carries a Wilson score interval so that a
rate over a handful of cases is not read as precisely as one over thousands.

Percentages are rounded half up to whole per cent, the way the department prints them
(5 of 8 level-III complaints closed in time is 62.5 %, printed 63 %).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> rate = Rate(3823, 3990)
    >>> f"{rate}", rate.format_percent(1)
    ('96%', '95.8%')
    >>> round(rate.low, 4), round(rate.high, 4)
    (0.9515, 0.9639)
    >>> Rate(0, 0).value is None
    True
    >>> Period.QUARTER.label_of(date(2015, 8, 31))
    '2015-Q3'
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from statistics import NormalDist
from typing import Any

import attrs

from autocrm.domain.labels import LabelledEnum
from autocrm.domain.time import as_date
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.stats._html import rows_to_html

__all__ = [
    "Period",
    "Rate",
    "check_period",
    "per_thousand",
    "period_key",
    "round_half_up",
    "wilson_interval",
]

_PERCENT_SPEC = re.compile(r"(?:\.(\d))?%")

#: What a rate prints when its denominator is zero (there is nothing to measure).
_NOT_AVAILABLE = "n/a"


# --------------------------------------------------------------------------- rounding


def _as_fraction(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction, Decimal, str)):
        msg = (
            f"{field}: expected an int, a Decimal, a Fraction or a decimal string, "
            f"got {type(value).__name__} {shown(value)}"
        )
        raise InvalidFormat(msg, field=field, value=value)
    try:
        return Fraction(value)
    except (ValueError, ArithmeticError):
        msg = f"{field}: {shown(value)} is not a finite number"
        raise InvalidFormat(msg, field=field, value=value) from None


def round_half_up(value: int | Fraction | Decimal | str, digits: int = 0) -> Decimal:
    """Return ``value`` rounded to ``digits`` decimals, halves away from zero, exactly.

    The arithmetic is done on fractions, so ``5/8 = 62.5 %`` rounds to 63 %
    without any binary floating-point error (the department prints percentages this way).

    Args:
        value: An exact number (floats are refused: they are not exact).
        digits: Decimals to keep, 0 or more.

    Returns:
        The rounded value as a Decimal with exactly ``digits`` decimals.

    Raises:
        autocrm.errors.InvalidFormat: ``value`` is a float or not a number.
        autocrm.errors.InvalidComponent: ``digits`` is negative.

    Examples:
        >>> round_half_up(Fraction(625, 10)), round_half_up(Fraction(398_000, 63_000), 1)
        (Decimal('63'), Decimal('6.3'))
        >>> round_half_up("-0.5")
        Decimal('-1')
    """
    _check_digits(digits)
    scaled = _as_fraction(value, "value") * 10**digits
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-magnitude if scaled < 0 else magnitude).scaleb(-digits)


#: The most decimals a rate is rounded to: more is never shown, and a huge count of
#: digits would make the exact arithmetic run for ever.
_MAX_DIGITS = 28


def _check_digits(digits: object) -> None:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= _MAX_DIGITS:
        msg = f"digits: expected a whole number from 0 to {_MAX_DIGITS}, got {shown(digits)}"
        raise InvalidComponent(msg, field="digits", value=digits)


def per_thousand(count: int, base: int, *, digits: int = 1) -> Decimal | None:
    """Return ``count`` per thousand of ``base``, rounded half up; None when ``base`` is 0.

    The department's complaints per thousand vehicles (千台投诉率): 398 complaints over a
    car parc of 63,000 vehicles is 6.3.

    Args:
        count: What is counted (complaints), 0 or more.
        base: The population (vehicles), 0 or more.
        digits: Decimals to keep (the department shows one).

    Returns:
        The rate per thousand, or None when there is no population to measure.

    Raises:
        autocrm.errors.InvalidComponent: a negative or non-integer count.

    Examples:
        >>> per_thousand(398, 63_000), per_thousand(205, 205_000), per_thousand(3, 0)
        (Decimal('6.3'), Decimal('1.0'), None)
    """
    _check_count(count, "count")
    _check_count(base, "base")
    if base == 0:
        return None
    return round_half_up(Fraction(count * 1000, base), digits)


# --------------------------------------------------------------------------- Wilson


def _check_count(value: object, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{field}: expected a whole number, got {type(value).__name__} {shown(value)}"
        raise InvalidFormat(msg, field=field, value=value)
    if value < 0:
        msg = f"{field}: a count cannot be negative, got {shown(value)}"
        raise InvalidComponent(msg, field=field, value=value)


def _check_confidence_value(value: object) -> None:
    # No whole number lies strictly between 0 and 1: only a float can be a level.
    if not isinstance(value, float) or not math.isfinite(value) or not 0 < value < 1:
        msg = f"confidence: expected a number strictly between 0 and 1, got {shown(value)}"
        raise InvalidComponent(msg, field="confidence", value=value)


#: Counts from here on are beyond a float: their Wilson interval is the share itself.
_FLOAT_COUNT = 2**1000


def wilson_interval(
    successes: int, trials: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Return the Wilson score interval of ``successes`` out of ``trials``.

    The Wilson interval stays inside [0, 1] and behaves well for small counts and
    for rates near 0 % or 100 % (where the textbook normal interval fails), which
    is exactly where a shop's level-III complaints live (9 a year in the
    department's [reference figures][sources-reference-figures]).

    Args:
        successes: Cases that count (e.g. complaints closed in time), 0 or more.
        trials: All cases, at least 1 and at least ``successes``.
        confidence: Two-sided confidence level, strictly between 0 and 1.

    Returns:
        ``(low, high)`` with ``0 <= low <= successes / trials <= high <= 1``.

    Raises:
        autocrm.errors.InvalidComponent: negative counts, ``successes > trials``,
            ``trials == 0`` or a confidence outside (0, 1).

    Examples:
        >>> low, high = wilson_interval(5, 8)
        >>> round(low, 4), round(high, 4)
        (0.3057, 0.8632)
        >>> wilson_interval(0, 10)[0]
        0.0
    """
    _check_count(successes, "successes")
    _check_count(trials, "trials")
    _check_confidence_value(confidence)
    if trials == 0:
        msg = "trials: a Wilson interval needs at least one trial, got 0"
        raise InvalidComponent(msg, field="trials", value=trials)
    if successes > trials:
        msg = f"successes: {shown(successes)} is more than the {shown(trials)} trials"
        raise InvalidComponent(msg, field="successes", value=successes)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    # Beyond what a float holds the interval has narrowed to the observed share.
    n = float(trials) if trials < _FLOAT_COUNT else math.inf
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Mathematically low <= p <= high and both lie in [0, 1]; clamp so that
    # floating-point error cannot break that promise at p = 0 or p = 1.
    low = min(max(centre - half_width, 0.0), p)
    high = max(min(centre + half_width, 1.0), p)
    return low, high


# --------------------------------------------------------------------------- Rate


def _to_count(value: object) -> object:
    # Databases return SUM(...) of integers as a Decimal (PostgreSQL NUMERIC);
    # an integral Decimal is a whole count and is taken as an int, anything
    # else is left for the validator to refuse.
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value


def _check_count_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_count(value, attribute.name)


def _check_confidence(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_confidence_value(value)


def _target_fraction(target: object, field: str = "target") -> Fraction:
    # A float target such as 0.95 is read through its shortest repr ("0.95"),
    # so that 95 % is exactly 19/20 and 19 of 20 meets it.
    if isinstance(target, float):
        if not math.isfinite(target):
            msg = f"{field}: {shown(target)} is not a finite number"
            raise InvalidFormat(msg, field=field, value=target)
        return Fraction(repr(target))
    return _as_fraction(target, field)


@attrs.frozen
class Rate:
    """A share: ``numerator`` out of ``denominator``, with its Wilson interval.

    Attributes:
        numerator: Cases that count, 0 or more (an integral ``Decimal``, as
            databases return sums, is accepted as a whole number).
        denominator: All cases, at least ``numerator``; 0 means "nothing to
            measure": ``value``, ``low`` and ``high`` are then None
            (never an error and never 0).
        confidence: Confidence level of ``low`` / ``high`` (keyword only).

    Raises:
        autocrm.errors.InvalidFormat: a count is not a whole number.
        autocrm.errors.InvalidComponent: a negative count, a numerator above the
            denominator, or a confidence outside (0, 1).

    Examples:
        >>> on_time = Rate(5, 8)
        >>> on_time.value, f"{on_time}", on_time.format_percent(1)
        (0.625, '63%', '62.5%')
        >>> (Rate(5, 8) + Rate(4, 5)).format_percent()
        '69%'
        >>> Rate(0, 0).value, Rate(0, 0).low, f"{Rate(0, 0)}"
        (None, None, 'n/a')
        >>> Rate(9, 8)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: numerator: 9 is more than the denominator 8
    """

    numerator: int = attrs.field(converter=_to_count, validator=_check_count_field)
    denominator: int = attrs.field(converter=_to_count, validator=_check_count_field)
    confidence: float = attrs.field(default=0.95, kw_only=True, validator=_check_confidence)

    def __attrs_post_init__(self) -> None:
        if self.numerator > self.denominator:
            msg = (
                f"numerator: {shown(self.numerator)} is more than the denominator "
                f"{shown(self.denominator)}"
            )
            raise InvalidComponent(msg, field="numerator", value=self.numerator)

    # -- values

    @property
    def exact(self) -> Fraction | None:
        """The rate as an exact fraction, or None when the denominator is 0."""
        return None if self.denominator == 0 else Fraction(self.numerator, self.denominator)

    @property
    def value(self) -> float | None:
        """The rate between 0 and 1, or None when the denominator is 0."""
        return None if self.denominator == 0 else self.numerator / self.denominator

    @property
    def interval(self) -> tuple[float, float] | None:
        """``(low, high)`` Wilson interval, or None when the denominator is 0."""
        if self.denominator == 0:
            return None
        return wilson_interval(self.numerator, self.denominator, confidence=self.confidence)

    @property
    def low(self) -> float | None:
        """Lower bound of the Wilson interval, or None when the denominator is 0."""
        interval = self.interval
        return None if interval is None else interval[0]

    @property
    def high(self) -> float | None:
        """Upper bound of the Wilson interval, or None when the denominator is 0."""
        interval = self.interval
        return None if interval is None else interval[1]

    def percent(self, digits: int = 0) -> Decimal | None:
        """The rate in per cent, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(1575, 1971).percent(), Rate(1575, 1971).percent(2)
            (Decimal('80'), Decimal('79.91'))
        """
        exact = self.exact
        return None if exact is None else round_half_up(exact * 100, digits)

    def per_thousand(self, digits: int = 1) -> Decimal | None:
        """The rate per thousand, rounded half up to ``digits`` decimals (None if 0/0).

        Examples:
            >>> Rate(205, 205_000).per_thousand()
            Decimal('1.0')
        """
        return per_thousand(self.numerator, self.denominator, digits=digits)

    def format_percent(self, digits: int = 0) -> str:
        """The rate as text in per cent, e.g. ``'96%'``; ``'n/a'`` when the denominator is 0.

        Examples:
            >>> Rate(7408, 8881).format_percent(), Rate(0, 0).format_percent()
            ('83%', 'n/a')
        """
        percent = self.percent(digits)
        return _NOT_AVAILABLE if percent is None else f"{percent}%"

    def meets(self, target: float | Fraction | Decimal | str) -> bool | None:
        """Whether the rate is at least ``target`` (a share such as 0.95); None if 0/0.

        The comparison is exact: 19 of 20 meets a 95 % target.

        Examples:
            >>> Rate(19, 20).meets(0.95), Rate(18, 20).meets(0.95), Rate(0, 0).meets(0.95)
            (True, False, None)
        """
        goal = _target_fraction(target)
        exact = self.exact
        return None if exact is None else exact >= goal

    # -- combining

    @classmethod
    def combine(cls, *rates: Rate) -> Rate:
        """Return the rate of all the cases of ``rates``: numerators and denominators summed.

        This is how the rates of two months give the rate of both months (never
        the mean of the two percentages).

        Raises:
            autocrm.errors.InvalidComponent: the rates have different confidence levels.

        Examples:
            >>> Rate.combine(Rate(326, 375), Rate(12, 14), Rate(6, 9)).format_percent()
            '86%'
            >>> Rate.combine()
            Rate(numerator=0, denominator=0, confidence=0.95)
        """
        if not rates:
            return cls(0, 0)
        confidence = rates[0].confidence
        for candidate in rates:
            rate: object = candidate
            if not isinstance(rate, Rate):
                msg = f"rates: expected Rate objects, got {type(rate).__name__}"
                raise InvalidFormat(msg, field="rates", value=rate)
            if rate.confidence != confidence:
                msg = (
                    f"confidence: cannot combine rates with confidence {confidence} "
                    f"and {rate.confidence}"
                )
                raise InvalidComponent(msg, field="confidence", value=rate.confidence)
        return cls(
            sum(rate.numerator for rate in rates),
            sum(rate.denominator for rate in rates),
            confidence=confidence,
        )

    def __add__(self, other: object) -> Rate:
        if not isinstance(other, Rate):
            return NotImplemented
        return Rate.combine(self, other)

    def __radd__(self, other: object) -> Rate:
        # Lets the built-in sum() start from 0: sum(monthly_rates) is their combination.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    # -- output

    def __str__(self) -> str:
        return self.format_percent()

    def __format__(self, spec: str) -> str:
        """``''`` gives whole per cent, ``'.1%'`` one decimal, both rounded half up.

        Examples:
            >>> rate = Rate(3823, 3990)
            >>> f"{rate} {rate:.2%} {rate:.3f}"
            '96% 95.81% 0.958'
        """
        if spec == "":
            return str(self)
        percent = _PERCENT_SPEC.fullmatch(spec)
        if percent is not None:
            return self.format_percent(int(percent.group(1) or 0))
        value = self.value
        return _NOT_AVAILABLE if value is None else format(value, spec)

    def to_dict(self, prefix: str = "") -> dict[str, object]:
        """The rate as plain values: numerator, denominator, value, percent text, low, high.

        Args:
            prefix: Put before every key (``"on_time_"`` gives ``on_time_value``...).

        Examples:
            >>> Rate(4, 5).to_dict()["percent"]
            '80%'
        """
        return {
            f"{prefix}numerator": self.numerator,
            f"{prefix}denominator": self.denominator,
            f"{prefix}value": self.value,
            f"{prefix}percent": self.format_percent(),
            f"{prefix}low": self.low,
            f"{prefix}high": self.high,
        }

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """A one-row table of ``to_dict``, like every result of ``autocrm.stats``.

        Examples:
            >>> Rate(1, 2).to_rows()[0]["value"]
            0.5
        """
        return [self.to_dict()]


# --------------------------------------------------------------------------- periods


class Period(LabelledEnum):
    """A reporting period: the statistics group records by day, week, month, quarter or year.

    Weeks are ISO weeks (Monday to Sunday). Dates are local (China Standard
    Time) dates; an aware ``datetime`` is taken as its local date.

    Examples:
        >>> Period.WEEK.start_of(date(2015, 8, 30)), Period.WEEK.label_of(date(2015, 8, 30))
        (datetime.date(2015, 8, 24), '2015-W35')
        >>> Period.MONTH.label, Period.YEAR.label_of(date(2015, 8, 30))
        ('月', '2015')
    """

    DAY = ("day", "日")
    WEEK = ("week", "周")
    MONTH = ("month", "月")
    QUARTER = ("quarter", "季度")
    YEAR = ("year", "年")

    def start_of(self, day: date) -> date:
        """The first day of the period that holds ``day``.

        Examples:
            >>> Period.QUARTER.start_of(date(2015, 8, 31)), Period.YEAR.start_of(date(2015, 8, 31))
            (datetime.date(2015, 7, 1), datetime.date(2015, 1, 1))
        """
        day = as_date(day)
        if self is Period.DAY:
            return day
        if self is Period.WEEK:
            return day - timedelta(days=day.weekday())
        if self is Period.MONTH:
            return day.replace(day=1)
        if self is Period.QUARTER:
            return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return date(day.year, 1, 1)

    def label_of(self, day: date) -> str:
        """A short sortable label of the period that holds ``day`` (``2015-08``, ``2015-Q3``).

        Examples:
            >>> Period.MONTH.label_of(date(2015, 8, 31)), Period.DAY.label_of(date(2015, 8, 31))
            ('2015-08', '2015-08-31')
        """
        day = as_date(day)
        if self is Period.DAY:
            return day.isoformat()
        if self is Period.WEEK:
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if self is Period.MONTH:
            return f"{day.year}-{day.month:02d}"
        if self is Period.QUARTER:
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return str(day.year)


#: Label of the single group when a statistic is asked for without a period.
_ALL_PERIODS = "all"


def period_key(period: Period | None, day: date) -> tuple[date | None, str]:
    """Return the ``(start, label)`` of the period holding ``day``; ``(None, 'all')`` without one.

    Every statistic by period groups its records by this key, in memory and in SQL
    (where the database gives the day, month or year and this maps it to the period).

    Examples:
        >>> period_key(Period.MONTH, date(2015, 8, 30))
        (datetime.date(2015, 8, 1), '2015-08')
        >>> period_key(None, date(2015, 8, 30))
        (None, 'all')
    """
    used = check_period(period)
    if used is None:
        return None, _ALL_PERIODS
    return used.start_of(day), used.label_of(day)


def check_period(period: object) -> Period | None:
    """Return ``period`` as a [`Period`][autocrm.stats.rates.Period] (a value or Chinese label is
    accepted), or None.

    Raises:
        autocrm.errors.InvalidComponent: not a period.

    Examples:
        >>> check_period("季度"), check_period(None)
        (<Period.QUARTER: 'quarter'>, None)
    """
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        try:
            return Period.from_label(period)
        except ValueError:
            msg = f"period: expected a Period or its label, got {shown(period)}"
            raise InvalidComponent(msg, field="period", value=period) from None
    msg = f"period: expected a Period, got {type(period).__name__} {shown(period)}"
    raise InvalidComponent(msg, field="period", value=period)


def _sorted_keys(keys: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """Period keys in time order (the ``all`` key, which has no start, first)."""
    return sorted(keys, key=lambda key: (key[0] is not None, key[0] or date.min, key[1]))
