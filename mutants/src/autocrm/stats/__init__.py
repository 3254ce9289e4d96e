"""Statistics of the customer-service department (provisional API).

Every function takes plain iterables of domain objects and returns frozen results
with ``to_rows()``; every rate is a :class:`Rate` with its Wilson interval.

Examples:
    >>> from autocrm.stats import Rate
    >>> f"{Rate(3823, 3990)}"
    '96%'
"""

from autocrm.stats.archive import (
    ArchiveCompleteness,
    ComplaintConcentration,
    ConcentrationRow,
    GroupFillRate,
    UpdateTimeliness,
    archive_completeness,
    complaint_concentration,
    renewals_from,
    update_timeliness,
)
from autocrm.stats.complaints import (
    ClosureRow,
    ComplaintCountRow,
    ComplaintCounts,
    OnTimeClosure,
    PerThousand,
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
from autocrm.stats.operations import (
    ARRIVAL_GROUPS,
    ARRIVAL_PRECEDENCE,
    AppointmentRateRow,
    AppointmentRates,
    ArrivalCounts,
    ArrivalGroup,
    ArrivalRow,
    InsuranceRenewal,
    IssueBreakdown,
    RenewalRate,
    appointment_rates,
    arrivals_by_type,
    issue_breakdown,
    renewal_rate,
)
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Period, Rate, per_thousand, round_half_up, wilson_interval
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
