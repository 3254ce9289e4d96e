"""Statistics of the customer-service department (provisional API).

Example:
    >>> from autocrm.stats import StatsPolicy
    >>> StatsPolicy().renewal_floor
    0.2
"""

from autocrm.stats.policy import StatsPolicy

__all__ = ["StatsPolicy"]
