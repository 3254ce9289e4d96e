"""Targets and conventions of the statistics (seeds 003, 004)."""

from __future__ import annotations

import attrs

__all__ = ["StatsPolicy"]


@attrs.frozen(kw_only=True)
class StatsPolicy:
    """Targets and conventions used by :mod:`autocrm.stats`.

    Attributes:
        confidence: Confidence level of the Wilson intervals.
        satisfied_min_rating: Least rating counted as satisfied (on a 1–5 scale).
        on_time_closure_target: Seed 004's target for complaints closed in time.
        per_thousand_target: Seed 004's target of complaints per thousand vehicles.
        renewal_floor: Seed 003's floor for the monthly insurance renewal rate.

    Example:
        >>> StatsPolicy().on_time_closure_target
        0.95
    """

    confidence: float = 0.95
    satisfied_min_rating: int = 4
    on_time_closure_target: float = 0.95
    per_thousand_target: float = 2.0
    renewal_floor: float = 0.20
