"""Lost customers and early warning (SPEC §6)."""

from __future__ import annotations

import attrs

__all__ = ["ChurnPolicy"]


@attrs.frozen(kw_only=True)
class ChurnPolicy:
    """The numbers of the churn rules (seeds 000, 003; segments of SPEC §6).

    Example:
        >>> ChurnPolicy().lost_after_days
        365
    """

    lost_after_days: int = 365
    defected_after_days: int = 730
    first_service_lost_days: int = 365
    warning_months: int = 7
    warning_active_months: int = 5
    birthday_within_days: int = 30
    service_due_within_days: int = 30
