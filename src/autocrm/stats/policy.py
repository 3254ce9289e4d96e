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
        rating_scale: The shop's rating scale: 5 (ratings 1–5) or 10 (ratings 0–10).
        satisfied_min_rating_of_ten: Least rating counted as satisfied on a 0–10 scale.
        nps_promoter_min: Least 0–10 rating of a promoter (Net Promoter Score: 9).
        nps_detractor_max: Greatest 0–10 rating of a detractor (Net Promoter Score: 6).
        percent_digits: Decimals of printed percentages (seed 004 prints whole per cent).
        per_thousand_digits: Decimals of the per-thousand rate (seed 004 prints one).
        complete_archive_min_score: Least completeness score (0 to 1) of an archive
            counted as complete by the archive completeness rate (seed 001; 1.0:
            every field of seed 000's four groups filled).
        work_order_archive_days: Days after closing within which a work order must
            reach the archive to count as updated in time (seed 002 archives work
            orders daily; *default* 1: the closing day or the next).
        renewal_window_days_before / renewal_window_days_after: An insurance renewal
            work order (续保) this many days before or after the expiry date counts
            as renewing that policy (*default* 90 and 30).

    Examples:
        >>> StatsPolicy().on_time_closure_target
        0.95
    """

    confidence: float = 0.95
    satisfied_min_rating: int = 4
    on_time_closure_target: float = 0.95
    per_thousand_target: float = 2.0
    renewal_floor: float = 0.20
    rating_scale: int = 5
    satisfied_min_rating_of_ten: int = 8
    nps_promoter_min: int = 9
    nps_detractor_max: int = 6
    percent_digits: int = 0
    per_thousand_digits: int = 1
    complete_archive_min_score: float = 1.0
    work_order_archive_days: int = 1
    renewal_window_days_before: int = 90
    renewal_window_days_after: int = 30
