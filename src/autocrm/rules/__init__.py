"""The rules of the customer-service department, as pure functions.

Example:
    >>> from datetime import date
    >>> from autocrm.rules import next_workday
    >>> next_workday(date(2025, 10, 1))
    datetime.date(2025, 10, 9)
"""

from autocrm.rules.calendar import (
    ChineseWorkdays,
    WeekendCalendar,
    WorkdayCalendar,
    add_workdays,
    any_estimated,
    is_workday,
    next_workday,
    workdays_between,
)

__all__ = [
    "ChineseWorkdays",
    "WeekendCalendar",
    "WorkdayCalendar",
    "add_workdays",
    "any_estimated",
    "is_workday",
    "next_workday",
    "workdays_between",
]
