"""Complaint statistics: counts, per thousand vehicles, on-time closure, concentration.

Every complaint statistic lives in this package, one topic a module:

- [`counts`][autocrm.stats.complaints.counts]: complaints by severity level and
  period, and per thousand vehicles (千台投诉率);
- [`closure`][autocrm.stats.complaints.closure]: the on-time closure rate
  (时效关闭率) by level;
- [`concentration`][autocrm.stats.complaints.concentration]: counts and shares by
  cause and topic (a Pareto table).

See [complaints][sources-complaints] for the rules these figures measure. The names
below are importable from this package as well as from their modules.

This package is *provisional*: names may still change before 1.0.

Examples:
    >>> complaint_counts([]).rows
    ()
"""

from autocrm.stats.complaints.closure import (
    ClosureRow,
    ClosureTally,
    OnTimeClosure,
    closing_deadline_on,
    closure_outcome,
    on_time_closure,
)
from autocrm.stats.complaints.concentration import (
    ComplaintConcentration,
    ConcentrationRow,
    complaint_concentration,
)
from autocrm.stats.complaints.counts import (
    ComplaintCountRow,
    ComplaintCounts,
    PerThousand,
    complaint_counts,
    complaints_per_thousand,
)

__all__ = [
    "ClosureRow",
    "ClosureTally",
    "ComplaintConcentration",
    "ComplaintCountRow",
    "ComplaintCounts",
    "ConcentrationRow",
    "OnTimeClosure",
    "PerThousand",
    "closing_deadline_on",
    "closure_outcome",
    "complaint_concentration",
    "complaint_counts",
    "complaints_per_thousand",
    "on_time_closure",
]
