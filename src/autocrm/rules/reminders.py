"""Service reminders and care: maintenance due, renewals, birthdays (SPEC §3)."""

from __future__ import annotations

import attrs

__all__ = ["ServicePolicy"]


@attrs.frozen(kw_only=True)
class ServicePolicy:
    """The numbers of the maintenance and care rules.

    Example:
        >>> ServicePolicy().interval_km, ServicePolicy().interval_months
        (5000, 6)
    """

    interval_km: int = 5000
    interval_months: int = 6
    first_service_km: int = 3000
    first_service_months: int = 3
    stale_reading_days: int = 180
    horizon_days: int = 30
