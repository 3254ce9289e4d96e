"""The rules of the customer-service department, as pure functions.

Each rule takes domain objects, a policy and (when time matters) a required
keyword-only ``as_of``, and returns frozen results that say why.

Example:
    >>> from datetime import date
    >>> from autocrm.rules import next_workday
    >>> next_workday(date(2025, 10, 1))
    datetime.date(2025, 10, 9)
"""

from autocrm.rules.appointments import (
    AppointmentPolicy,
    BookingRequest,
    check_booking,
    resolve_appointment,
)
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
from autocrm.rules.followups import (
    FollowUpPolicy,
    WorklistEntry,
    followup_worklist,
    record_attempt,
    schedule_followups,
)
from autocrm.rules.reminders import (
    Campaign,
    DailyKm,
    Reminder,
    ReminderKind,
    ServiceDue,
    ServiceDueBasis,
    ServicePolicy,
    due_reminders,
    estimate_daily_km,
    next_service_due,
)

__all__ = [
    "AppointmentPolicy",
    "BookingRequest",
    "Campaign",
    "ChineseWorkdays",
    "DailyKm",
    "FollowUpPolicy",
    "Reminder",
    "ReminderKind",
    "ServiceDue",
    "ServiceDueBasis",
    "ServicePolicy",
    "WeekendCalendar",
    "WorkdayCalendar",
    "WorklistEntry",
    "add_workdays",
    "any_estimated",
    "check_booking",
    "due_reminders",
    "estimate_daily_km",
    "followup_worklist",
    "is_workday",
    "next_service_due",
    "next_workday",
    "record_attempt",
    "resolve_appointment",
    "schedule_followups",
    "workdays_between",
]
