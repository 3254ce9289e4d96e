"""The rules of the customer-service department, as pure functions.

Each rule takes domain objects, a policy and (when time matters) a required
keyword-only ``as_of``, and returns frozen results that say why. This package
exports the rules a newcomer reaches for first; every rule's result types, its
smaller helpers and its constants live in its topic module:

- working days: `calendar`, `workdays`, `calendar_estimates`, `calendar_registration`,
  `statutory_holidays`
- follow-up calls: `followups`, `followup_policy`, `followup_attempts`, `followup_worklists`
- reminders: `reminders`, `service_policy`, `mileage`, `service_due`, `reminder_kinds`,
  `reminder_day`, `campaigns`
- appointments: `appointments`
- loyalty and membership: `loyalty`, `membership`
- lost customers: `churn`, `churn_segments`, `lost`, `churn_warning`, `risk`
- complaints: `complaints`
- big customers: `fleet`
- contact pressure: `contact`
- the desk's day: `desk`, `day_reasons`, `worklist`, `worklist_policy`
- archive care: `archive`, `archive_completeness`, `duplicates`, `review`, `access`,
  `anonymisation`, `handling_records`

Names this package exported before and no longer does still import from it, with
a `DeprecationWarning` naming their module.

Examples:
    >>> from datetime import date
    >>> from autocrm.rules import next_workday
    >>> next_workday(date(2025, 10, 1))
    datetime.date(2025, 10, 9)
"""

from autocrm.rules._moved import moved
from autocrm.rules.access import Role, redact
from autocrm.rules.anonymisation import anonymise
from autocrm.rules.appointments import AppointmentPolicy, check_booking, resolve_appointment
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.archive_completeness import completeness
from autocrm.rules.calendar import ChineseWorkdays, WorkdayCalendar
from autocrm.rules.churn import ChurnPolicy
from autocrm.rules.churn_segments import churn_segment, is_lost
from autocrm.rules.churn_warning import early_warning
from autocrm.rules.complaints import (
    ComplaintEvent,
    ComplaintPolicy,
    advance,
    closing_deadline,
    is_overdue,
)
from autocrm.rules.contact import contact_pressure
from autocrm.rules.desk import daily_worklist
from autocrm.rules.duplicates import find_duplicates
from autocrm.rules.fleet import FleetPolicy, assign_fleet_classes, classify_fleet
from autocrm.rules.followup_attempts import record_attempt
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.followup_worklists import followup_worklist
from autocrm.rules.followups import schedule_followups
from autocrm.rules.lost import lost_customers
from autocrm.rules.loyalty import LoyaltyPolicy, classify_loyalty
from autocrm.rules.membership import MembershipPolicy, apply_discount, membership_tier
from autocrm.rules.reminders import due_reminders
from autocrm.rules.review import review_due
from autocrm.rules.risk import churn_risk
from autocrm.rules.service_due import next_service_due
from autocrm.rules.service_policy import ServicePolicy
from autocrm.rules.workdays import add_workdays, is_workday, next_workday, workdays_between
from autocrm.rules.worklist_policy import WorklistPolicy

__all__ = [
    "AppointmentPolicy",
    "ArchivePolicy",
    "ChineseWorkdays",
    "ChurnPolicy",
    "ComplaintEvent",
    "ComplaintPolicy",
    "FleetPolicy",
    "FollowUpPolicy",
    "LoyaltyPolicy",
    "MembershipPolicy",
    "Role",
    "ServicePolicy",
    "WorkdayCalendar",
    "WorklistPolicy",
    "add_workdays",
    "advance",
    "anonymise",
    "apply_discount",
    "assign_fleet_classes",
    "check_booking",
    "churn_risk",
    "churn_segment",
    "classify_fleet",
    "classify_loyalty",
    "closing_deadline",
    "completeness",
    "contact_pressure",
    "daily_worklist",
    "due_reminders",
    "early_warning",
    "find_duplicates",
    "followup_worklist",
    "is_lost",
    "is_overdue",
    "is_workday",
    "lost_customers",
    "membership_tier",
    "next_service_due",
    "next_workday",
    "record_attempt",
    "redact",
    "resolve_appointment",
    "review_due",
    "schedule_followups",
    "workdays_between",
]

#: Names exported here until 2026-12, and the topic module that holds each.
_MOVED = {
    "CALL_KINDS": "autocrm.rules.contact",
    "COMPLAINT_VISIBILITY": "autocrm.rules.access",
    "DEFAULT_SCALE": "autocrm.rules.worklist_policy",
    "DEFAULT_TIERS": "autocrm.rules.membership",
    "PERSONAL_FIELDS": "autocrm.rules.anonymisation",
    "VISIBILITY": "autocrm.rules.access",
    "WORK_ORDER_VISIBILITY": "autocrm.rules.access",
    "BookingRequest": "autocrm.rules.appointments",
    "Campaign": "autocrm.rules.campaigns",
    "Chance": "autocrm.rules.loyalty",
    "ChurnRisk": "autocrm.rules.risk",
    "ChurnSegment": "autocrm.rules.churn_segments",
    "Completeness": "autocrm.rules.archive_completeness",
    "ContactHistory": "autocrm.rules.contact",
    "ContactPressure": "autocrm.rules.contact",
    "DailyKm": "autocrm.rules.mileage",
    "DataGroup": "autocrm.rules.archive_completeness",
    "DiscountedAmount": "autocrm.rules.membership",
    "DuplicateGroup": "autocrm.rules.duplicates",
    "DuplicateReason": "autocrm.rules.duplicates",
    "EarlyWarning": "autocrm.rules.churn_warning",
    "FleetClassification": "autocrm.rules.fleet",
    "FollowUpWorklist": "autocrm.rules.followup_worklists",
    "GroupCompleteness": "autocrm.rules.archive_completeness",
    "LeftOff": "autocrm.rules.contact",
    "LeftOffReminder": "autocrm.rules.reminder_kinds",
    "LostCustomers": "autocrm.rules.lost",
    "LoyaltyAssessment": "autocrm.rules.loyalty",
    "PressureKind": "autocrm.rules.contact",
    "ReasonKind": "autocrm.rules.worklist_policy",
    "RedactedComplaint": "autocrm.rules.access",
    "RedactedCustomer": "autocrm.rules.access",
    "RedactedWorkOrder": "autocrm.rules.access",
    "Reminder": "autocrm.rules.reminder_kinds",
    "ReminderKind": "autocrm.rules.reminder_kinds",
    "ReminderList": "autocrm.rules.reminder_kinds",
    "ReviewDue": "autocrm.rules.review",
    "RiskComponent": "autocrm.rules.risk",
    "RiskLevel": "autocrm.rules.risk",
    "SegmentAssessment": "autocrm.rules.churn_segments",
    "ServiceDue": "autocrm.rules.service_due",
    "ServiceDueBasis": "autocrm.rules.service_due",
    "Task": "autocrm.rules.worklist",
    "TaskReason": "autocrm.rules.worklist",
    "TierChange": "autocrm.rules.membership",
    "TierChangeKind": "autocrm.rules.membership",
    "Visibility": "autocrm.rules.access",
    "WarningEntry": "autocrm.rules.churn_warning",
    "WeekendCalendar": "autocrm.rules.calendar",
    "WorkOrderRecord": "autocrm.rules.handling_records",
    "Worklist": "autocrm.rules.worklist",
    "WorklistEntry": "autocrm.rules.followup_worklists",
    "add_remedy": "autocrm.rules.complaints",
    "any_estimated": "autocrm.rules.calendar_estimates",
    "callback_kept": "autocrm.rules.complaints",
    "callback_overdue": "autocrm.rules.complaints",
    "classify_fleets": "autocrm.rules.fleet",
    "closed_on_time": "autocrm.rules.complaints",
    "compensation_total": "autocrm.rules.complaints",
    "cumulative_spend": "autocrm.rules.membership",
    "due_reminders_report": "autocrm.rules.reminders",
    "estimate_daily_km": "autocrm.rules.mileage",
    "estimated_years": "autocrm.rules.calendar_estimates",
    "followup_worklist_report": "autocrm.rules.followup_worklists",
    "is_stale": "autocrm.rules.worklist_policy",
    "last_visit_on": "autocrm.rules.churn",
    "lost_customers_report": "autocrm.rules.lost",
    "missing_steps": "autocrm.rules.complaints",
    "promise_callback": "autocrm.rules.complaints",
    "record_callback": "autocrm.rules.complaints",
    "record_handling": "autocrm.rules.complaints",
    "redact_complaint": "autocrm.rules.access",
    "redact_work_order": "autocrm.rules.access",
    "reviews_due": "autocrm.rules.review",
    "tier_change": "autocrm.rules.membership",
    "visibility": "autocrm.rules.access",
    "work_order_record": "autocrm.rules.handling_records",
}


def __getattr__(name: str) -> object:
    return moved(__name__, name, _MOVED)
