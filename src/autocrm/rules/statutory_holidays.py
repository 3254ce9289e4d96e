"""Statutory holidays: the days off China's national holiday regulation fixes, year by year.

The State Council's regulation on public holidays (全国年节及纪念日放假办法) says which
festivals every citizen has off and for how many days. Each autumn the State Council
then publishes the next year's arrangement, which swaps weekend days to build longer
breaks (调休). Until that arrangement is published (and packaged), only the regulation
is known, so [`ChineseWorkdays`][autocrm.rules.calendar.ChineseWorkdays] estimates such a year
from [`statutory_holidays`][autocrm.rules.statutory_holidays.statutory_holidays].

The revisions of the regulation, each applied from the day it took effect:

| from | New Year | Spring Fest. | Qingming | Labour | Dragon Boat | Mid-Autumn | National | sum |
|---|---|---|---|---|---|---|---|---|
| 1950 | 1 | 3 (1st–3rd day) | – | 1 | – | – | 2 | 7 |
| 1999-09-18 | 1 | 3 (1st–3rd day) | – | 3 | – | – | 3 | 10 |
| 2008-01-01 | 1 | 3 (eve, 1st, 2nd day) | 1 | 1 | 1 | 1 | 3 | 11 |
| 2014-01-01 | 1 | 3 (1st–3rd day) | 1 | 1 | 1 | 1 | 3 | 11 |
| 2025-01-01 | 1 | 4 (eve, 1st–3rd day) | 1 | 2 | 1 | 1 | 3 | 13 |

A statutory day that falls on a Saturday or Sunday is made up on a working day
(补假, which the regulation requires). The arrangement decides where; the estimate
puts it on the first weekday after the holiday that is not itself a day off — what the
published arrangements did in 21 of the 23 years 2004–2026 (the exceptions are listed in
``tests/unit/test_statutory_holidays.py``). When two festivals fall on the same day
(Mid-Autumn on 1–3 October), that day is owed twice and made up the same way. So from
2025 on an estimated year has exactly 13 weekdays off for its holidays. What the
estimate cannot know: the 调休 swaps, the bridge days they buy and the weekend days
worked in exchange, and one-off holidays (such as 3 September 2015).

The lunar dates (Spring Festival, Dragon Boat, Mid-Autumn) and Qingming (a solar
term) come from the ``holidays`` package, which tabulates them for 1950–2100. For a
year outside its tables only the fixed-date holidays are known (``lunar_known`` is
``False``); before 1950 the regulation did not exist and no day is a statutory holiday.
Years before 2000 are rough in any case: China worked six days a week until May 1995.

Examples:
    >>> from datetime import date
    >>> year = statutory_holidays(2027)
    >>> [str(h.day) for h in year.holidays if h.festival is Festival.SPRING_FESTIVAL]
    ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']
    >>> [(str(s.day), str(s.replaces)) for s in year.substitutes][:2]
    [('2027-02-09', '2027-02-06'), ('2027-02-10', '2027-02-07')]
    >>> date(2027, 10, 1) in year.days_off
    True
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, timedelta

import attrs
import holidays as holiday_tables

from autocrm.domain.labels import LabelledEnum
from autocrm.errors import InvalidComponent, InvalidFormat, shown

__all__ = [
    "Festival",
    "StatutoryDay",
    "StatutoryYear",
    "SubstituteDay",
    "statutory_holidays",
]

_ONE_DAY = timedelta(days=1)

# The first year of the People's Republic's regulation (issued December 1949).
_FIRST_YEAR = 1950


class Festival(LabelledEnum):
    """A festival the holiday regulation gives every citizen off.

    Examples:
        >>> Festival.NATIONAL_DAY.value, Festival.NATIONAL_DAY.label
        ('national_day', '国庆节')
    """

    NEW_YEAR = ("new_year", "元旦")
    SPRING_FESTIVAL = ("spring_festival", "春节")
    QINGMING = ("qingming", "清明节")
    LABOUR_DAY = ("labour_day", "劳动节")
    DRAGON_BOAT = ("dragon_boat", "端午节")
    MID_AUTUMN = ("mid_autumn", "中秋节")
    NATIONAL_DAY = ("national_day", "国庆节")


@attrs.frozen
class StatutoryDay:
    """One statutory holiday day.

    Attributes:
        day: The date.
        festival: The festival it belongs to.

    Examples:
        >>> from datetime import date
        >>> StatutoryDay(date(2027, 10, 1), Festival.NATIONAL_DAY).day.isoformat()
        '2027-10-01'
    """

    day: date
    festival: Festival


@attrs.frozen
class SubstituteDay:
    """A weekday off that makes up for a statutory day lost to a weekend (补假).

    Attributes:
        day: The weekday off.
        replaces: The statutory day it makes up for (a Saturday or Sunday, or a day two
            festivals share).
        festival: The festival of ``replaces``.

    Examples:
        >>> from datetime import date
        >>> SubstituteDay(date(2027, 5, 3), date(2027, 5, 1), Festival.LABOUR_DAY).day.weekday()
        0
    """

    day: date
    replaces: date
    festival: Festival


@attrs.frozen
class StatutoryYear:
    """The days off the holiday regulation fixes in one year, without its 调休.

    Attributes:
        year: The year.
        holidays: The statutory days in date order; a date appears twice when two
            festivals fall on it.
        substitutes: The weekdays off that make up for statutory days on a weekend
            or shared by two festivals, in date order.
        lunar_known: ``False`` when the year is outside the lunar tables (before
            1950 or after 2100), so the lunar festivals and Qingming are missing.

    Examples:
        >>> year = statutory_holidays(2026)
        >>> len(year.holidays), [str(s.day) for s in year.substitutes]
        (13, ['2026-04-06', '2026-05-04', '2026-10-05'])
    """

    year: int
    holidays: tuple[StatutoryDay, ...]
    substitutes: tuple[SubstituteDay, ...]
    lunar_known: bool

    @property
    def days_off(self) -> frozenset[date]:
        """Every day the regulation gives off: the statutory days and their substitutes.

        Examples:
            >>> from datetime import date
            >>> date(2027, 10, 5) in statutory_holidays(2027).days_off
            True
        """
        return frozenset(h.day for h in self.holidays) | {s.day for s in self.substitutes}

    def festival_on(self, day: date) -> Festival | None:
        """Return the festival ``day`` is a statutory day or a substitute day of.

        When two festivals share the day, the one listed first (the earlier in the
        regulation's order) is returned.

        Examples:
            >>> from datetime import date
            >>> statutory_holidays(2027).festival_on(date(2027, 2, 10))
            <Festival.SPRING_FESTIVAL: 'spring_festival'>
            >>> statutory_holidays(2027).festival_on(date(2027, 2, 11)) is None
            True
        """
        for holiday in self.holidays:
            if holiday.day == day:
                return holiday.festival
        for substitute in self.substitutes:
            if substitute.day == day:
                return substitute.festival
        return None


@attrs.frozen
class _LunarDates:
    new_year: date  # the first day of the first lunar month
    qingming: date | None
    dragon_boat: date | None
    mid_autumn: date | None


def _lunar_dates(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


# The revisions as rules: each takes the year (and its lunar dates) and returns the
# statutory days of one festival, in the regulation's order of festivals.
_Rule = Callable[[int, _LunarDates | None], list[StatutoryDay]]


def _days(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(day, festival) for day in days if day is not None]


def _spring(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def _fixed(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, 1 + k) for k in range(count)))

    return rule


def _lunar(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(festival, pick(lunar))

    return rule


_NEW_YEAR = _fixed(Festival.NEW_YEAR, 1, 1)
_QINGMING = _lunar(Festival.QINGMING, lambda lunar: lunar.qingming)
_DRAGON_BOAT = _lunar(Festival.DRAGON_BOAT, lambda lunar: lunar.dragon_boat)
_MID_AUTUMN = _lunar(Festival.MID_AUTUMN, lambda lunar: lunar.mid_autumn)

#: (in force from, the festivals' rules), newest last.
_REVISIONS: tuple[tuple[date, tuple[_Rule, ...]], ...] = (
    # The 1949 measures: Spring Festival 1st-3rd day, Labour Day 1 May, National Day 1-2 Oct.
    (
        date(1950, 1, 1),
        (
            _NEW_YEAR,
            _spring(0, 3),
            _fixed(Festival.LABOUR_DAY, 5, 1),
            _fixed(Festival.NATIONAL_DAY, 10, 2),
        ),
    ),
    # State Council order 270 (1999): Labour Day 1-3 May, National Day 1-3 October.
    (
        date(1999, 9, 18),
        (
            _NEW_YEAR,
            _spring(0, 3),
            _fixed(Festival.LABOUR_DAY, 5, 3),
            _fixed(Festival.NATIONAL_DAY, 10, 3),
        ),
    ),
    # Order 513 (2007): the eve replaces the 3rd day; Labour Day back to one day;
    # Qingming, Dragon Boat and Mid-Autumn become holidays.
    (
        date(2008, 1, 1),
        (
            _NEW_YEAR,
            _spring(-1, 3),
            _QINGMING,
            _fixed(Festival.LABOUR_DAY, 5, 1),
            _DRAGON_BOAT,
            _MID_AUTUMN,
            _fixed(Festival.NATIONAL_DAY, 10, 3),
        ),
    ),
    # Order 644 (2013): the Spring Festival is the 1st-3rd day again.
    (
        date(2014, 1, 1),
        (
            _NEW_YEAR,
            _spring(0, 3),
            _QINGMING,
            _fixed(Festival.LABOUR_DAY, 5, 1),
            _DRAGON_BOAT,
            _MID_AUTUMN,
            _fixed(Festival.NATIONAL_DAY, 10, 3),
        ),
    ),
    # Order 795 (2024): the eve and the 1st-3rd day; Labour Day 1-2 May.
    (
        date(2025, 1, 1),
        (
            _NEW_YEAR,
            _spring(-1, 4),
            _QINGMING,
            _fixed(Festival.LABOUR_DAY, 5, 2),
            _DRAGON_BOAT,
            _MID_AUTUMN,
            _fixed(Festival.NATIONAL_DAY, 10, 3),
        ),
    ),
)


def _statutory_days(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def _is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def _substitutes(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) or holiday.day in seen
        seen.add(holiday.day)
        if not owed:
            continue
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


@functools.lru_cache(maxsize=512)
def _cached(year: int) -> StatutoryYear:
    if year < _FIRST_YEAR:
        return StatutoryYear(year, (), (), lunar_known=False)
    lunar = _lunar_dates(year)
    holidays = _statutory_days(year, lunar)
    return StatutoryYear(
        year, tuple(holidays), tuple(_substitutes(holidays)), lunar_known=lunar is not None
    )


def statutory_holidays(year: int) -> StatutoryYear:
    """Return the days off the holiday regulation in force fixes for ``year``.

    Args:
        year: A year from 1 to 9999.

    Returns:
        The statutory days and the substitute days (补假) for those on a weekend; no
        调休 (see the module documentation for what the estimate knows).

    Raises:
        InvalidFormat: ``year`` is not an int.
        InvalidComponent: ``year`` is outside 1–9999.

    Examples:
        >>> year = statutory_holidays(2027)
        >>> len(year.holidays), len(year.substitutes), year.lunar_known
        (13, 6, True)
        >>> statutory_holidays(2150).lunar_known, len(statutory_holidays(2150).holidays)
        (False, 6)
    """
    if isinstance(year, bool) or not isinstance(year, int):
        msg = f"expected a year as an int, got {type(year).__name__}: {shown(year)}"
        raise InvalidFormat(msg, field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)
