"""Statistics computed inside the database (push-down), with the results of autocrm.stats.

These functions give the same result objects as ``autocrm.stats`` (same types,
equal values) for the records a filter selects, but the database does the counting:
each statistic is one or two ``SELECT ... GROUP BY`` with ``COUNT(*)`` whose result
is a small table (a few rows per period, level, kind, status or rating), and only
that table comes back to Python, where the result object is built by the same code
the in-memory function uses. No record is loaded, except the numbers of complaints
closed late or still open past their deadline, which the on-time closure result
lists by name.

Local dates and periods are taken in China Standard Time (UTC+8 all year) by the
database. Filters of [`autocrm.query`][autocrm.query] (``where``) select the records: a period
(``within_last(F.complaint.received_at, months=12)``, ``between``), a set of
customers or vehicles (paths across relations are joins).

Examples:
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> complaints_per_thousand(archive).value is None  # no vehicles yet
    True
    >>> complaint_counts(archive).rows
    ()
"""

from autocrm.adapters.sqlalchemy.local_time import LocalDate, date_from_sql
from autocrm.adapters.sqlalchemy.stats.appointments import appointment_rates
from autocrm.adapters.sqlalchemy.stats.arrivals import arrivals_by_type
from autocrm.adapters.sqlalchemy.stats.complaints import (
    complaint_counts,
    complaints_per_thousand,
    on_time_closure,
)
from autocrm.adapters.sqlalchemy.stats.fleet import fleet_table, service_table
from autocrm.adapters.sqlalchemy.stats.issues import issue_breakdown
from autocrm.adapters.sqlalchemy.stats.satisfaction import (
    csat,
    mean_rating,
    nps,
    satisfaction_by_period,
)

__all__ = [
    "appointment_rates",
    "arrivals_by_type",
    "complaint_counts",
    "complaints_per_thousand",
    "csat",
    "fleet_table",
    "issue_breakdown",
    "mean_rating",
    "nps",
    "on_time_closure",
    "satisfaction_by_period",
    "service_table",
]

#: Kept for the rule twins of autocrm.adapters.sqlalchemy.rules, which import them from
#: here, until they use the public names of autocrm.adapters.sqlalchemy.local_time.
_LocalDate = LocalDate
_as_date = date_from_sql
