"""Statistics of the customer-service department (provisional API).

Every function takes plain iterables of domain objects and returns frozen results
with ``to_rows()``; every rate is a [`Rate`][autocrm.stats.rates.Rate] with its Wilson interval. One
topic a module: arrivals, appointments, renewals, issues (follow-up problems),
complaints (a package), satisfaction, fleet, archive measures, rates and periods.

Examples:
    >>> from autocrm.stats import Rate
    >>> f"{Rate(3823, 3990)}"
    '96%'
"""

from autocrm.stats.appointments import AppointmentRateRow, AppointmentRates, appointment_rates
from autocrm.stats.archive import (
    ArchiveCompleteness,
    GroupFillRate,
    UpdateTimeliness,
    archive_completeness,
    update_timeliness,
)
from autocrm.stats.arrivals import (
    ARRIVAL_GROUPS,
    ARRIVAL_PRECEDENCE,
    ArrivalCounts,
    ArrivalGroup,
    ArrivalRow,
    arrivals_by_type,
)
from autocrm.stats.complaints import (
    ClosureRow,
    ComplaintConcentration,
    ComplaintCountRow,
    ComplaintCounts,
    ConcentrationRow,
    OnTimeClosure,
    PerThousand,
    complaint_concentration,
    complaint_counts,
    complaints_per_thousand,
    on_time_closure,
)
from autocrm.stats.fleet import (
    SERVICE_COLUMNS,
    AccountCount,
    FleetRow,
    FleetServiceRow,
    FleetServiceTable,
    FleetTable,
    fleet_table,
    service_table,
)
from autocrm.stats.issues import IssueBreakdown, issue_breakdown
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period, Rate, per_thousand, round_half_up, wilson_interval
from autocrm.stats.renewals import InsuranceRenewal, RenewalRate, renewal_rate, renewals_from
from autocrm.stats.satisfaction import (
    Breakdown,
    NetPromoterScore,
    RatingSummary,
    SatisfactionRow,
    SatisfactionTable,
    csat,
    mean_rating,
    nps,
    satisfaction_by_period,
)

__all__ = [
    "ARRIVAL_GROUPS",
    "ARRIVAL_PRECEDENCE",
    "SERVICE_COLUMNS",
    "AccountCount",
    "AppointmentRateRow",
    "AppointmentRates",
    "ArchiveCompleteness",
    "ArrivalCounts",
    "ArrivalGroup",
    "ArrivalRow",
    "Breakdown",
    "ClosureRow",
    "ComplaintConcentration",
    "ComplaintCountRow",
    "ComplaintCounts",
    "ConcentrationRow",
    "FleetRow",
    "FleetServiceRow",
    "FleetServiceTable",
    "FleetTable",
    "GroupFillRate",
    "InsuranceRenewal",
    "IssueBreakdown",
    "NetPromoterScore",
    "OnTimeClosure",
    "PerThousand",
    "Period",
    "Rate",
    "RatingSummary",
    "RenewalRate",
    "SatisfactionRow",
    "SatisfactionTable",
    "StatsPolicy",
    "UpdateTimeliness",
    "appointment_rates",
    "archive_completeness",
    "arrivals_by_type",
    "complaint_concentration",
    "complaint_counts",
    "complaints_per_thousand",
    "csat",
    "fleet_table",
    "issue_breakdown",
    "mean_rating",
    "nps",
    "on_time_closure",
    "per_thousand",
    "renewal_rate",
    "renewals_from",
    "round_half_up",
    "satisfaction_by_period",
    "service_table",
    "update_timeliness",
    "wilson_interval",
]
