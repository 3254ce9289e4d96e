"""Loyalty classes from the routine maintenance a customer brings back (SPEC §5)."""

from __future__ import annotations

import attrs

__all__ = ["LoyaltyPolicy"]


@attrs.frozen(kw_only=True)
class LoyaltyPolicy:
    """The numbers of the loyalty rule.

    Example:
        >>> LoyaltyPolicy().window_days_before
        30
    """

    window_days_before: int = 30
    window_days_after: int = 30
