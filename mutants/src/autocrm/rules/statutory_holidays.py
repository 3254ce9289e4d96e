"""Statutory holidays: the days off China's national holiday regulation fixes, year by year.

The State Council's regulation on public holidays (全国年节及纪念日放假办法) says which
festivals every citizen has off and for how many days. Each autumn the State Council
then publishes the next year's arrangement, which swaps weekend days to build longer
breaks (调休). Until that arrangement is published (and packaged), only the regulation
is known, so :class:`~autocrm.rules.calendar.ChineseWorkdays` estimates such a year
from :func:`statutory_holidays`.

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

from autocrm.domain._enum import LabelledEnum
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁStatutoryYearǁfestival_on__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁStatutoryYearǁfestival_on__mutmut)
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

    def xǁStatutoryYearǁfestival_on__mutmut_orig(self, day: date) -> Festival | None:
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

    def xǁStatutoryYearǁfestival_on__mutmut_1(self, day: date) -> Festival | None:
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
            if holiday.day != day:
                return holiday.festival
        for substitute in self.substitutes:
            if substitute.day == day:
                return substitute.festival
        return None

    def xǁStatutoryYearǁfestival_on__mutmut_2(self, day: date) -> Festival | None:
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
            if substitute.day != day:
                return substitute.festival
        return None

mutants_xǁStatutoryYearǁfestival_on__mutmut['_mutmut_orig'] = StatutoryYear.xǁStatutoryYearǁfestival_on__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStatutoryYearǁfestival_on__mutmut['xǁStatutoryYearǁfestival_on__mutmut_1'] = StatutoryYear.xǁStatutoryYearǁfestival_on__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStatutoryYearǁfestival_on__mutmut['xǁStatutoryYearǁfestival_on__mutmut_2'] = StatutoryYear.xǁStatutoryYearǁfestival_on__mutmut_2 # type: ignore # mutmut generated


@attrs.frozen
class _LunarDates:
    new_year: date  # the first day of the first lunar month
    qingming: date | None
    dragon_boat: date | None
    mid_autumn: date | None
mutants_x__lunar_dates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__lunar_dates__mutmut)
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


def x__lunar_dates__mutmut_orig(year: int) -> _LunarDates | None:
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


def x__lunar_dates__mutmut_1(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = None

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_2(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays(None, years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_3(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=None, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_4(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=None, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_5(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language=None)

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_6(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays(years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_7(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_8(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_9(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, )

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_10(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("XXCNXX", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_11(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("cn", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_12(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=True, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_13(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="XXzh_CNXX")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_14(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_cn")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_15(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="ZH_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_16(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = None
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_17(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name not in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_18(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split(None)]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_19(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("XX; XX")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_20(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if (days) and False else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_21(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if (days) or True else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_22(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(None) if days else None

    new_year = first("春节")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_23(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = None
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_24(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first(None)
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_25(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("XX春节XX")
    if new_year is None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_26(year: int) -> _LunarDates | None:
    # The holidays package's China calendar, asked without observed days, lists each
    # festival under its Chinese name (the package's source strings, so stable across
    # its translations); only the dates are taken from it, the rules are ours.
    table = holiday_tables.country_holidays("CN", years=year, observed=False, language="zh_CN")

    def first(name: str) -> date | None:
        days = [day for day, names in table.items() if name in names.split("; ")]
        return min(days) if days else None

    new_year = first("春节")
    if new_year is not None:
        return None
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_27(year: int) -> _LunarDates | None:
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
    return _LunarDates(None, first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_28(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, None, first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_29(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), None, first("中秋节"))


def x__lunar_dates__mutmut_30(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), first("端午节"), None)


def x__lunar_dates__mutmut_31(year: int) -> _LunarDates | None:
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
    return _LunarDates(first("清明节"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_32(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_33(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), first("中秋节"))


def x__lunar_dates__mutmut_34(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), first("端午节"), )


def x__lunar_dates__mutmut_35(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first(None), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_36(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("XX清明节XX"), first("端午节"), first("中秋节"))


def x__lunar_dates__mutmut_37(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), first(None), first("中秋节"))


def x__lunar_dates__mutmut_38(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), first("XX端午节XX"), first("中秋节"))


def x__lunar_dates__mutmut_39(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), first("端午节"), first(None))


def x__lunar_dates__mutmut_40(year: int) -> _LunarDates | None:
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
    return _LunarDates(new_year, first("清明节"), first("端午节"), first("XX中秋节XX"))

mutants_x__lunar_dates__mutmut['_mutmut_orig'] = x__lunar_dates__mutmut_orig # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_1'] = x__lunar_dates__mutmut_1 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_2'] = x__lunar_dates__mutmut_2 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_3'] = x__lunar_dates__mutmut_3 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_4'] = x__lunar_dates__mutmut_4 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_5'] = x__lunar_dates__mutmut_5 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_6'] = x__lunar_dates__mutmut_6 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_7'] = x__lunar_dates__mutmut_7 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_8'] = x__lunar_dates__mutmut_8 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_9'] = x__lunar_dates__mutmut_9 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_10'] = x__lunar_dates__mutmut_10 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_11'] = x__lunar_dates__mutmut_11 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_12'] = x__lunar_dates__mutmut_12 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_13'] = x__lunar_dates__mutmut_13 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_14'] = x__lunar_dates__mutmut_14 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_15'] = x__lunar_dates__mutmut_15 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_16'] = x__lunar_dates__mutmut_16 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_17'] = x__lunar_dates__mutmut_17 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_18'] = x__lunar_dates__mutmut_18 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_19'] = x__lunar_dates__mutmut_19 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_20'] = x__lunar_dates__mutmut_20 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_21'] = x__lunar_dates__mutmut_21 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_22'] = x__lunar_dates__mutmut_22 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_23'] = x__lunar_dates__mutmut_23 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_24'] = x__lunar_dates__mutmut_24 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_25'] = x__lunar_dates__mutmut_25 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_26'] = x__lunar_dates__mutmut_26 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_27'] = x__lunar_dates__mutmut_27 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_28'] = x__lunar_dates__mutmut_28 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_29'] = x__lunar_dates__mutmut_29 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_30'] = x__lunar_dates__mutmut_30 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_31'] = x__lunar_dates__mutmut_31 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_32'] = x__lunar_dates__mutmut_32 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_33'] = x__lunar_dates__mutmut_33 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_34'] = x__lunar_dates__mutmut_34 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_35'] = x__lunar_dates__mutmut_35 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_36'] = x__lunar_dates__mutmut_36 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_37'] = x__lunar_dates__mutmut_37 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_38'] = x__lunar_dates__mutmut_38 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_39'] = x__lunar_dates__mutmut_39 # type: ignore # mutmut generated
mutants_x__lunar_dates__mutmut['x__lunar_dates__mutmut_40'] = x__lunar_dates__mutmut_40 # type: ignore # mutmut generated


# The revisions as rules: each takes the year (and its lunar dates) and returns the
# statutory days of one festival, in the regulation's order of festivals.
_Rule = Callable[[int, _LunarDates | None], list[StatutoryDay]]
mutants_x__days__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__days__mutmut)
def _days(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(day, festival) for day in days if day is not None]


def x__days__mutmut_orig(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(day, festival) for day in days if day is not None]


def x__days__mutmut_1(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(None, festival) for day in days if day is not None]


def x__days__mutmut_2(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(day, None) for day in days if day is not None]


def x__days__mutmut_3(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(festival) for day in days if day is not None]


def x__days__mutmut_4(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(day, ) for day in days if day is not None]


def x__days__mutmut_5(festival: Festival, *days: date | None) -> list[StatutoryDay]:
    return [StatutoryDay(day, festival) for day in days if day is None]

mutants_x__days__mutmut['_mutmut_orig'] = x__days__mutmut_orig # type: ignore # mutmut generated
mutants_x__days__mutmut['x__days__mutmut_1'] = x__days__mutmut_1 # type: ignore # mutmut generated
mutants_x__days__mutmut['x__days__mutmut_2'] = x__days__mutmut_2 # type: ignore # mutmut generated
mutants_x__days__mutmut['x__days__mutmut_3'] = x__days__mutmut_3 # type: ignore # mutmut generated
mutants_x__days__mutmut['x__days__mutmut_4'] = x__days__mutmut_4 # type: ignore # mutmut generated
mutants_x__days__mutmut['x__days__mutmut_5'] = x__days__mutmut_5 # type: ignore # mutmut generated
mutants_x__spring__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__spring__mutmut)
def _spring(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_orig(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_1(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is not None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_2(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = None
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_3(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year - first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_4(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day / _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_5(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(None, *(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_6(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(*(start + k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_7(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, )

    return rule


def x__spring__mutmut_8(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start - k * _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_9(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k / _ONE_DAY for k in range(count)))

    return rule


def x__spring__mutmut_10(first_day: int, count: int) -> _Rule:
    # Days counted from the lunar new year: -1 is the eve (除夕), 0 the first day.
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        if lunar is None:
            return []
        start = lunar.new_year + first_day * _ONE_DAY
        return _days(Festival.SPRING_FESTIVAL, *(start + k * _ONE_DAY for k in range(None)))

    return rule

mutants_x__spring__mutmut['_mutmut_orig'] = x__spring__mutmut_orig # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_1'] = x__spring__mutmut_1 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_2'] = x__spring__mutmut_2 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_3'] = x__spring__mutmut_3 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_4'] = x__spring__mutmut_4 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_5'] = x__spring__mutmut_5 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_6'] = x__spring__mutmut_6 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_7'] = x__spring__mutmut_7 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_8'] = x__spring__mutmut_8 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_9'] = x__spring__mutmut_9 # type: ignore # mutmut generated
mutants_x__spring__mutmut['x__spring__mutmut_10'] = x__spring__mutmut_10 # type: ignore # mutmut generated
mutants_x__fixed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fixed__mutmut)
def _fixed(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_orig(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_1(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(None, *(date(year, month, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_2(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(*(date(year, month, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_3(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, )

    return rule


def x__fixed__mutmut_4(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(None, month, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_5(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, None, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_6(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, None) for k in range(count)))

    return rule


def x__fixed__mutmut_7(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(month, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_8(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, 1 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_9(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, ) for k in range(count)))

    return rule


def x__fixed__mutmut_10(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, 1 - k) for k in range(count)))

    return rule


def x__fixed__mutmut_11(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, 2 + k) for k in range(count)))

    return rule


def x__fixed__mutmut_12(festival: Festival, month: int, count: int) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return _days(festival, *(date(year, month, 1 + k) for k in range(None)))

    return rule

mutants_x__fixed__mutmut['_mutmut_orig'] = x__fixed__mutmut_orig # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_1'] = x__fixed__mutmut_1 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_2'] = x__fixed__mutmut_2 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_3'] = x__fixed__mutmut_3 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_4'] = x__fixed__mutmut_4 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_5'] = x__fixed__mutmut_5 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_6'] = x__fixed__mutmut_6 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_7'] = x__fixed__mutmut_7 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_8'] = x__fixed__mutmut_8 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_9'] = x__fixed__mutmut_9 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_10'] = x__fixed__mutmut_10 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_11'] = x__fixed__mutmut_11 # type: ignore # mutmut generated
mutants_x__fixed__mutmut['x__fixed__mutmut_12'] = x__fixed__mutmut_12 # type: ignore # mutmut generated
mutants_x__lunar__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__lunar__mutmut)
def _lunar(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(festival, pick(lunar))

    return rule


def x__lunar__mutmut_orig(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(festival, pick(lunar))

    return rule


def x__lunar__mutmut_1(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if (lunar is None) and False else _days(festival, pick(lunar))

    return rule


def x__lunar__mutmut_2(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if (lunar is None) or True else _days(festival, pick(lunar))

    return rule


def x__lunar__mutmut_3(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is not None else _days(festival, pick(lunar))

    return rule


def x__lunar__mutmut_4(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(None, pick(lunar))

    return rule


def x__lunar__mutmut_5(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(festival, None)

    return rule


def x__lunar__mutmut_6(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(pick(lunar))

    return rule


def x__lunar__mutmut_7(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(festival, )

    return rule


def x__lunar__mutmut_8(festival: Festival, pick: Callable[[_LunarDates], date | None]) -> _Rule:
    def rule(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
        return [] if lunar is None else _days(festival, pick(None))

    return rule

mutants_x__lunar__mutmut['_mutmut_orig'] = x__lunar__mutmut_orig # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_1'] = x__lunar__mutmut_1 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_2'] = x__lunar__mutmut_2 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_3'] = x__lunar__mutmut_3 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_4'] = x__lunar__mutmut_4 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_5'] = x__lunar__mutmut_5 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_6'] = x__lunar__mutmut_6 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_7'] = x__lunar__mutmut_7 # type: ignore # mutmut generated
mutants_x__lunar__mutmut['x__lunar__mutmut_8'] = x__lunar__mutmut_8 # type: ignore # mutmut generated


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
mutants_x__statutory_days__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__statutory_days__mutmut)
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


def x__statutory_days__mutmut_orig(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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


def x__statutory_days__mutmut_1(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = None
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_2(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = None
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_3(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = None
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_4(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(None, lunar)
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_5(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, None)
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_6(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(lunar)
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_7(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, )
            if found and found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_8(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found or found[0].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_9(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found and found[1].day >= start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_10(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found and found[0].day > start:
                by_festival[found[0].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_11(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found and found[0].day >= start:
                by_festival[found[0].festival] = None
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_12(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
    # A festival follows the revision in force on its first day (1999: Labour Day
    # under the 1949 measures, National Day already under order 270).
    days: list[StatutoryDay] = []
    by_festival: dict[Festival, list[StatutoryDay]] = {}
    for start, rules in _REVISIONS:
        for rule in rules:
            found = rule(year, lunar)
            if found and found[0].day >= start:
                by_festival[found[1].festival] = found
    for festival in Festival:
        days.extend(by_festival.get(festival, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_13(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
        days.extend(None)
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_14(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
        days.extend(by_festival.get(None, []))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_15(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
        days.extend(by_festival.get(festival, None))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_16(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
        days.extend(by_festival.get([]))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_17(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
        days.extend(by_festival.get(festival, ))
    return sorted(days, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_18(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
    return sorted(None, key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_19(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
    return sorted(days, key=None)


def x__statutory_days__mutmut_20(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
    return sorted(key=lambda holiday: holiday.day)


def x__statutory_days__mutmut_21(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
    return sorted(days, )


def x__statutory_days__mutmut_22(year: int, lunar: _LunarDates | None) -> list[StatutoryDay]:
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
    return sorted(days, key=lambda holiday: None)

mutants_x__statutory_days__mutmut['_mutmut_orig'] = x__statutory_days__mutmut_orig # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_1'] = x__statutory_days__mutmut_1 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_2'] = x__statutory_days__mutmut_2 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_3'] = x__statutory_days__mutmut_3 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_4'] = x__statutory_days__mutmut_4 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_5'] = x__statutory_days__mutmut_5 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_6'] = x__statutory_days__mutmut_6 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_7'] = x__statutory_days__mutmut_7 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_8'] = x__statutory_days__mutmut_8 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_9'] = x__statutory_days__mutmut_9 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_10'] = x__statutory_days__mutmut_10 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_11'] = x__statutory_days__mutmut_11 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_12'] = x__statutory_days__mutmut_12 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_13'] = x__statutory_days__mutmut_13 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_14'] = x__statutory_days__mutmut_14 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_15'] = x__statutory_days__mutmut_15 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_16'] = x__statutory_days__mutmut_16 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_17'] = x__statutory_days__mutmut_17 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_18'] = x__statutory_days__mutmut_18 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_19'] = x__statutory_days__mutmut_19 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_20'] = x__statutory_days__mutmut_20 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_21'] = x__statutory_days__mutmut_21 # type: ignore # mutmut generated
mutants_x__statutory_days__mutmut['x__statutory_days__mutmut_22'] = x__statutory_days__mutmut_22 # type: ignore # mutmut generated
mutants_x__is_weekend__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_weekend__mutmut)
def _is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def x__is_weekend__mutmut_orig(day: date) -> bool:
    return day.weekday() >= 5


def x__is_weekend__mutmut_1(day: date) -> bool:
    return day.weekday() > 5


def x__is_weekend__mutmut_2(day: date) -> bool:
    return day.weekday() >= 6

mutants_x__is_weekend__mutmut['_mutmut_orig'] = x__is_weekend__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_weekend__mutmut['x__is_weekend__mutmut_1'] = x__is_weekend__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_weekend__mutmut['x__is_weekend__mutmut_2'] = x__is_weekend__mutmut_2 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__substitutes__mutmut)
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


def x__substitutes__mutmut_orig(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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


def x__substitutes__mutmut_1(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = None
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


def x__substitutes__mutmut_2(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = None
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


def x__substitutes__mutmut_3(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = None
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


def x__substitutes__mutmut_4(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = None
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


def x__substitutes__mutmut_5(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = None
        seen.add(holiday.day)
        if not owed:
            continue
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_6(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) and holiday.day in seen
        seen.add(holiday.day)
        if not owed:
            continue
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_7(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(None) or holiday.day in seen
        seen.add(holiday.day)
        if not owed:
            continue
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_8(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) or holiday.day not in seen
        seen.add(holiday.day)
        if not owed:
            continue
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_9(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) or holiday.day in seen
        seen.add(None)
        if not owed:
            continue
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_10(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) or holiday.day in seen
        seen.add(holiday.day)
        if owed:
            continue
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_11(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) or holiday.day in seen
        seen.add(holiday.day)
        if not owed:
            break
        day = holiday.day + _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_12(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) or holiday.day in seen
        seen.add(holiday.day)
        if not owed:
            continue
        day = None
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_13(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
    off = {holiday.day for holiday in holidays}
    taken: set[date] = set()
    seen: set[date] = set()
    substitutes: list[SubstituteDay] = []
    for holiday in holidays:
        owed = _is_weekend(holiday.day) or holiday.day in seen
        seen.add(holiday.day)
        if not owed:
            continue
        day = holiday.day - _ONE_DAY
        while _is_weekend(day) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_14(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        while _is_weekend(day) or day in off and day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_15(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        while _is_weekend(day) and day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_16(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        while _is_weekend(None) or day in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_17(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        while _is_weekend(day) or day not in off or day in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_18(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        while _is_weekend(day) or day in off or day not in taken:
            day += _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_19(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
            day = _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_20(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
            day -= _ONE_DAY
        taken.add(day)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_21(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        taken.add(None)
        substitutes.append(SubstituteDay(day, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_22(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        substitutes.append(None)
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_23(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        substitutes.append(SubstituteDay(None, holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_24(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        substitutes.append(SubstituteDay(day, None, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_25(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        substitutes.append(SubstituteDay(day, holiday.day, None))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_26(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        substitutes.append(SubstituteDay(holiday.day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_27(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        substitutes.append(SubstituteDay(day, holiday.festival))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_28(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
        substitutes.append(SubstituteDay(day, holiday.day, ))
    return sorted(substitutes, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_29(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
    return sorted(None, key=lambda substitute: substitute.day)


def x__substitutes__mutmut_30(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
    return sorted(substitutes, key=None)


def x__substitutes__mutmut_31(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
    return sorted(key=lambda substitute: substitute.day)


def x__substitutes__mutmut_32(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
    return sorted(substitutes, )


def x__substitutes__mutmut_33(holidays: list[StatutoryDay]) -> list[SubstituteDay]:
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
    return sorted(substitutes, key=lambda substitute: None)

mutants_x__substitutes__mutmut['_mutmut_orig'] = x__substitutes__mutmut_orig # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_1'] = x__substitutes__mutmut_1 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_2'] = x__substitutes__mutmut_2 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_3'] = x__substitutes__mutmut_3 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_4'] = x__substitutes__mutmut_4 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_5'] = x__substitutes__mutmut_5 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_6'] = x__substitutes__mutmut_6 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_7'] = x__substitutes__mutmut_7 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_8'] = x__substitutes__mutmut_8 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_9'] = x__substitutes__mutmut_9 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_10'] = x__substitutes__mutmut_10 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_11'] = x__substitutes__mutmut_11 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_12'] = x__substitutes__mutmut_12 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_13'] = x__substitutes__mutmut_13 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_14'] = x__substitutes__mutmut_14 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_15'] = x__substitutes__mutmut_15 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_16'] = x__substitutes__mutmut_16 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_17'] = x__substitutes__mutmut_17 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_18'] = x__substitutes__mutmut_18 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_19'] = x__substitutes__mutmut_19 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_20'] = x__substitutes__mutmut_20 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_21'] = x__substitutes__mutmut_21 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_22'] = x__substitutes__mutmut_22 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_23'] = x__substitutes__mutmut_23 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_24'] = x__substitutes__mutmut_24 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_25'] = x__substitutes__mutmut_25 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_26'] = x__substitutes__mutmut_26 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_27'] = x__substitutes__mutmut_27 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_28'] = x__substitutes__mutmut_28 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_29'] = x__substitutes__mutmut_29 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_30'] = x__substitutes__mutmut_30 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_31'] = x__substitutes__mutmut_31 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_32'] = x__substitutes__mutmut_32 # type: ignore # mutmut generated
mutants_x__substitutes__mutmut['x__substitutes__mutmut_33'] = x__substitutes__mutmut_33 # type: ignore # mutmut generated


@functools.lru_cache(maxsize=512)
def _cached(year: int) -> StatutoryYear:
    if year < _FIRST_YEAR:
        return StatutoryYear(year, (), (), lunar_known=False)
    lunar = _lunar_dates(year)
    holidays = _statutory_days(year, lunar)
    return StatutoryYear(
        year, tuple(holidays), tuple(_substitutes(holidays)), lunar_known=lunar is not None
    )
mutants_x_statutory_holidays__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_statutory_holidays__mutmut)
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


def x_statutory_holidays__mutmut_orig(year: int) -> StatutoryYear:
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


def x_statutory_holidays__mutmut_1(year: int) -> StatutoryYear:
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
    if isinstance(year, bool) and not isinstance(year, int):
        msg = f"expected a year as an int, got {type(year).__name__}: {shown(year)}"
        raise InvalidFormat(msg, field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_2(year: int) -> StatutoryYear:
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
    if isinstance(year, bool) or isinstance(year, int):
        msg = f"expected a year as an int, got {type(year).__name__}: {shown(year)}"
        raise InvalidFormat(msg, field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_3(year: int) -> StatutoryYear:
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
        msg = None
        raise InvalidFormat(msg, field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_4(year: int) -> StatutoryYear:
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
        msg = f"expected a year as an int, got {type(None).__name__}: {shown(year)}"
        raise InvalidFormat(msg, field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_5(year: int) -> StatutoryYear:
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
        msg = f"expected a year as an int, got {type(year).__name__}: {shown(None)}"
        raise InvalidFormat(msg, field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_6(year: int) -> StatutoryYear:
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
        raise InvalidFormat(None, field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_7(year: int) -> StatutoryYear:
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
        raise InvalidFormat(msg, field=None, value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_8(year: int) -> StatutoryYear:
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
        raise InvalidFormat(msg, field="year", value=None)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_9(year: int) -> StatutoryYear:
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
        raise InvalidFormat(field="year", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_10(year: int) -> StatutoryYear:
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
        raise InvalidFormat(msg, value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_11(year: int) -> StatutoryYear:
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
        raise InvalidFormat(msg, field="year", )
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_12(year: int) -> StatutoryYear:
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
        raise InvalidFormat(msg, field="XXyearXX", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_13(year: int) -> StatutoryYear:
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
        raise InvalidFormat(msg, field="YEAR", value=year)
    if not date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_14(year: int) -> StatutoryYear:
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
    if date.min.year <= year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_15(year: int) -> StatutoryYear:
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
    if not date.min.year < year <= date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_16(year: int) -> StatutoryYear:
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
    if not date.min.year <= year < date.max.year:
        msg = f"year {shown(year)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_17(year: int) -> StatutoryYear:
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
        msg = None
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_18(year: int) -> StatutoryYear:
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
        msg = f"year {shown(None)} is outside {date.min.year}-{date.max.year}"
        raise InvalidComponent(msg, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_19(year: int) -> StatutoryYear:
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
        raise InvalidComponent(None, field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_20(year: int) -> StatutoryYear:
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
        raise InvalidComponent(msg, field=None, value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_21(year: int) -> StatutoryYear:
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
        raise InvalidComponent(msg, field="year", value=None)
    return _cached(year)


def x_statutory_holidays__mutmut_22(year: int) -> StatutoryYear:
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
        raise InvalidComponent(field="year", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_23(year: int) -> StatutoryYear:
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
        raise InvalidComponent(msg, value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_24(year: int) -> StatutoryYear:
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
        raise InvalidComponent(msg, field="year", )
    return _cached(year)


def x_statutory_holidays__mutmut_25(year: int) -> StatutoryYear:
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
        raise InvalidComponent(msg, field="XXyearXX", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_26(year: int) -> StatutoryYear:
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
        raise InvalidComponent(msg, field="YEAR", value=year)
    return _cached(year)


def x_statutory_holidays__mutmut_27(year: int) -> StatutoryYear:
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
    return _cached(None)

mutants_x_statutory_holidays__mutmut['_mutmut_orig'] = x_statutory_holidays__mutmut_orig # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_1'] = x_statutory_holidays__mutmut_1 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_2'] = x_statutory_holidays__mutmut_2 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_3'] = x_statutory_holidays__mutmut_3 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_4'] = x_statutory_holidays__mutmut_4 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_5'] = x_statutory_holidays__mutmut_5 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_6'] = x_statutory_holidays__mutmut_6 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_7'] = x_statutory_holidays__mutmut_7 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_8'] = x_statutory_holidays__mutmut_8 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_9'] = x_statutory_holidays__mutmut_9 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_10'] = x_statutory_holidays__mutmut_10 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_11'] = x_statutory_holidays__mutmut_11 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_12'] = x_statutory_holidays__mutmut_12 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_13'] = x_statutory_holidays__mutmut_13 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_14'] = x_statutory_holidays__mutmut_14 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_15'] = x_statutory_holidays__mutmut_15 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_16'] = x_statutory_holidays__mutmut_16 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_17'] = x_statutory_holidays__mutmut_17 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_18'] = x_statutory_holidays__mutmut_18 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_19'] = x_statutory_holidays__mutmut_19 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_20'] = x_statutory_holidays__mutmut_20 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_21'] = x_statutory_holidays__mutmut_21 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_22'] = x_statutory_holidays__mutmut_22 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_23'] = x_statutory_holidays__mutmut_23 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_24'] = x_statutory_holidays__mutmut_24 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_25'] = x_statutory_holidays__mutmut_25 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_26'] = x_statutory_holidays__mutmut_26 # type: ignore # mutmut generated
mutants_x_statutory_holidays__mutmut['x_statutory_holidays__mutmut_27'] = x_statutory_holidays__mutmut_27 # type: ignore # mutmut generated
