"""Deprecated: the four topics of this module now have a module each.

Arrivals are in [`autocrm.stats.arrivals`][autocrm.stats.arrivals], appointment
rates in [`autocrm.stats.appointments`][autocrm.stats.appointments], insurance
renewals in [`autocrm.stats.renewals`][autocrm.stats.renewals] and the problems
raised in follow-up calls in [`autocrm.stats.issues`][autocrm.stats.issues]. The old
names still work from here, with a DeprecationWarning naming their new module.

Examples:
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", DeprecationWarning)
    ...     from autocrm.stats.operations import renewal_rate
    >>> renewal_rate.__module__
    'autocrm.stats.renewals'
"""

from __future__ import annotations

from autocrm.deprecations import moved_names

__all__: list[str] = []

_ARRIVALS = "autocrm.stats.arrivals"
_APPOINTMENTS = "autocrm.stats.appointments"
_RENEWALS = "autocrm.stats.renewals"
_ISSUES = "autocrm.stats.issues"

__getattr__ = moved_names(
    __name__,
    {
        "ARRIVAL_GROUPS": _ARRIVALS,
        "ARRIVAL_PRECEDENCE": _ARRIVALS,
        "ArrivalCounts": _ARRIVALS,
        "ArrivalGroup": _ARRIVALS,
        "ArrivalRow": _ARRIVALS,
        "arrivals_by_type": _ARRIVALS,
        "AppointmentRateRow": _APPOINTMENTS,
        "AppointmentRates": _APPOINTMENTS,
        "appointment_rates": _APPOINTMENTS,
        "InsuranceRenewal": _RENEWALS,
        "RenewalRate": _RENEWALS,
        "renewal_rate": _RENEWALS,
        "IssueBreakdown": _ISSUES,
        "issue_breakdown": _ISSUES,
    },
)
