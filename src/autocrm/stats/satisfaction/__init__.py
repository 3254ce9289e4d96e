"""Satisfaction: mean rating, CSAT, NPS, by period and by staff (provisional API).

The department measures *repair satisfaction* over a period, from the ratings customers
give in follow-up calls, and for *complaint-handling satisfaction*, from the
score of each handled complaint. Every function here accepts follow-ups
([`FollowUp`][autocrm.domain.followup.FollowUp]: the rating of the completed call),
complaints ([`Complaint`][autocrm.domain.complaint.Complaint]: its ``satisfaction``) or bare
ratings (``int``), mixed if need be; records without a rating are skipped.

- ``mean_rating``: the mean rating.
- ``csat``: the share of ratings at or above the policy's "satisfied" rating
  (4 of 5 by default, 8 of 10 on a 0–10 scale).
- ``nps``: Net Promoter Score on a 0–10 scale: promoters (9–10) minus
  detractors (0–6), in points from -100 to 100.
- ``satisfaction_by_period``: all three by day, week, month, quarter or year,
  broken down by service advisor, technician, job position or handler.

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> csat([5, 4, 3, 5]).format_percent()
    '75%'
    >>> mean_rating([5, 4, 3, 5]).mean
    4.25
    >>> nps([10, 9, 8, 6], scale=10).score
    25.0
"""

from autocrm.stats.satisfaction.by_period import (
    Breakdown,
    SatisfactionRow,
    SatisfactionTable,
    satisfaction_by_period,
)
from autocrm.stats.satisfaction.ratings import (
    NetPromoterScore,
    RatingSummary,
    csat,
    mean_rating,
    nps,
    rating_bounds,
    rating_scale,
)

__all__ = [
    "Breakdown",
    "NetPromoterScore",
    "RatingSummary",
    "SatisfactionRow",
    "SatisfactionTable",
    "csat",
    "mean_rating",
    "nps",
    "rating_bounds",
    "rating_scale",
    "satisfaction_by_period",
]
