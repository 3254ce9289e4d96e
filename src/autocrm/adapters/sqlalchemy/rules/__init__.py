"""SQL twins of the batch rules: the answers of `autocrm.rules`, found in SQL.

Each function here has the name and keywords of a rule of `autocrm.rules` that
takes a [`Snapshot`][autocrm.domain.Snapshot], takes a
[`SqlArchive`][autocrm.adapters.sqlalchemy.SqlArchive] instead, and returns a result equal
(``==``) to the rule's on the archive's snapshot: the same frozen result types,
evidence, explanations and ``left_off`` lists. The archive is never read out whole.

How the work is split:

* the database finds the answer rows: every customer's visits (work orders by
  customer or by vehicle, in China Standard Time, and the visit dates kept on the
  vehicles) are grouped per customer in one query, with the thresholds of the
  policy as bound dates, and only the customers in the answer come back;
* the answer rows are turned into results by the pure layer's own builders
  ([`from_facts`][autocrm.rules.churn_segments.SegmentAssessment.from_facts],
  [`from_facts`][autocrm.rules.churn_warning.WarningEntry.from_facts], ...), so a rule is written
  once;
* contact pressure ([`autocrm.rules.contact`][autocrm.rules.contact]) is decided by the pure
  [`ContactHistory`][autocrm.rules.contact.ContactHistory], built from the few records that can
  hold a customer back on the day: the answer's customers with an opt-out,
  anonymised or merged into another, the appointments still booked from that day on,
  and the follow-ups called within the cooldown;
* the maintenance due date of an early-warning entry is
  [`next_service_due`][autocrm.rules.service_due.next_service_due] over what it reads of the listed
  customers' vehicles: the dates on the vehicle, its latest maintenance work order
  (a window function picks it) and its odometer evidence reduced by the database to
  the lowest and highest reading of each day;
* the follow-up list is selected by the database (pending follow-ups open on the day,
  an anti-join on failed calls) and ranked by
  [`FollowUpWorklist.of`][autocrm.rules.followup_worklists.FollowUpWorklist.of]; the desk's
  [`daily_worklist`][autocrm.adapters.sqlalchemy.rules.desk.daily_worklist] is composed
  from the other twins and a few narrow queries, its reasons built by
  [`DayReasons`][autocrm.rules.day_reasons.DayReasons].

Examples:
    >>> from datetime import date
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> lost_customers(archive, as_of=date(2025, 6, 1))
    ()
    >>> early_warning(archive, as_of=date(2026, 3, 2)).quiet_from
    datetime.date(2026, 1, 1)
"""

from __future__ import annotations

from autocrm.adapters.sqlalchemy.rules.churn import (
    early_warning,
    lost_customers,
    lost_customers_report,
)
from autocrm.adapters.sqlalchemy.rules.complaints import on_time_closure, overdue_complaints
from autocrm.adapters.sqlalchemy.rules.desk import daily_worklist
from autocrm.adapters.sqlalchemy.rules.duplicates import find_duplicates
from autocrm.adapters.sqlalchemy.rules.fleet import assign_fleet_classes
from autocrm.adapters.sqlalchemy.rules.followups import (
    followup_worklist,
    followup_worklist_report,
)
from autocrm.adapters.sqlalchemy.rules.reminders import due_reminders, due_reminders_report
from autocrm.adapters.sqlalchemy.rules.review import reviews_due

__all__ = [
    "assign_fleet_classes",
    "daily_worklist",
    "due_reminders",
    "due_reminders_report",
    "early_warning",
    "find_duplicates",
    "followup_worklist",
    "followup_worklist_report",
    "lost_customers",
    "lost_customers_report",
    "on_time_closure",
    "overdue_complaints",
    "reviews_due",
]
