"""Ratings: mean rating, CSAT and NPS of follow-up calls and complaint handling.

Every function accepts follow-ups (the rating of the completed call), complaints
(their ``satisfaction``) or bare ratings (``int``), mixed if need be; records
without a rating are skipped. The scale is 5 (ratings 1–5) or 10 (ratings 0–10).

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> csat([5, 4, 3, 5]).format_percent()
    '75%'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

import attrs

from autocrm.domain.complaint import Complaint
from autocrm.domain.followup import FollowUp
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.stats._checks import check_iterable, checked
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import (
    Rate,
    round_half_up,
)

__all__ = [
    "NetPromoterScore",
    "RatingSummary",
    "csat",
    "mean_rating",
    "nps",
    "rating_bounds",
    "rating_scale",
]

#: A record that may carry a rating.
Rated: TypeAlias = FollowUp | Complaint | int

_DEFAULT_POLICY = StatsPolicy()


# --------------------------------------------------------------------------- ratings


def _identify(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


def _rating_of(item: object) -> int | None:
    if isinstance(item, FollowUp):
        return item.rating
    if isinstance(item, Complaint):
        return item.satisfaction
    if isinstance(item, int) and not isinstance(item, bool):
        return item
    msg = (
        f"ratings: expected follow-ups, complaints or int ratings, "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def _check_scale(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def rating_scale(scale: int | None, policy: StatsPolicy = _DEFAULT_POLICY) -> int:
    """Return the rating scale in use: ``scale`` if given, else the policy's (5 or 10).

    Raises:
        autocrm.errors.InvalidComponent: a scale other than 5 or 10.

    Examples:
        >>> rating_scale(None), rating_scale(10)
        (5, 10)
    """
    return _check_scale(policy.rating_scale if scale is None else scale)


def rating_bounds(scale: int) -> tuple[int, int]:
    """Return the lowest and highest rating of a scale: 1–5, or 0–10.

    Raises:
        autocrm.errors.InvalidComponent: a scale other than 5 or 10.

    Examples:
        >>> rating_bounds(5), rating_bounds(10)
        ((1, 5), (0, 10))
    """
    used = _check_scale(scale)
    return (1 if used == 5 else 0), used


def _ratings(items: Iterable[object], scale: int) -> list[int]:
    lowest, _ = rating_bounds(scale)
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def _threshold(scale: int, policy: StatsPolicy) -> int:
    return policy.satisfied_min_rating if scale == 5 else policy.satisfied_min_rating_of_ten


# The statistics from a histogram (rating -> how many): the in-memory functions count
# the ratings in Python, the SQL adapter with GROUP BY; both build the results here.


def _summary_from_histogram(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    """The count, sum and mean of ratings counted by value."""
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), total=total, scale=scale)


def _csat_from_histogram(
    histogram: Mapping[int, int], scale: int, policy: StatsPolicy = _DEFAULT_POLICY
) -> Rate:
    """The share of satisfied ratings among ratings counted by value."""
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def _nps_from_histogram(
    histogram: Mapping[int, int], policy: StatsPolicy = _DEFAULT_POLICY
) -> NetPromoterScore:
    """The Net Promoter Score of 0–10 ratings counted by value."""
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


# --------------------------------------------------------------------------- results


@attrs.frozen
class RatingSummary:
    """How many ratings, their sum and mean.

    Examples:
        >>> RatingSummary(count=3, total=13, scale=5).rounded(2)
        Decimal('4.33')
    """

    count: int
    total: int
    scale: int = 5

    @property
    def exact_mean(self) -> Fraction | None:
        """The mean as an exact fraction; None without ratings."""
        return None if self.count == 0 else Fraction(self.total, self.count)

    @property
    def mean(self) -> float | None:
        """The mean rating; None without ratings (never 0)."""
        return None if self.count == 0 else self.total / self.count

    def rounded(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(exact, digits)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"ratings": self.count, "mean": self.mean, "scale": self.scale}]


@attrs.frozen
class NetPromoterScore:
    """Promoters, passives and detractors of a 0–10 question, and their score.

    Attributes:
        promoter_min / detractor_max: The cut-offs used (from the policy).

    Examples:
        >>> score = NetPromoterScore(promoters=5, passives=3, detractors=2)
        >>> score.score, score.respondents, f"{score.promoter_share}"
        (30.0, 10, '50%')
    """

    promoters: int
    passives: int
    detractors: int
    promoter_min: int = 9
    detractor_max: int = 6

    @property
    def respondents(self) -> int:
        """Everyone who gave a rating."""
        return self.promoters + self.passives + self.detractors

    @property
    def exact_score(self) -> Fraction | None:
        """The score in points (-100 to 100) as a fraction; None without respondents."""
        if self.respondents == 0:
            return None
        return Fraction(100 * (self.promoters - self.detractors), self.respondents)

    @property
    def score(self) -> float | None:
        """The score in points from -100 to 100; None without respondents."""
        exact = self.exact_score
        return None if exact is None else float(exact)

    def rounded(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(exact, digits)

    @property
    def promoter_share(self) -> Rate:
        """Promoters among respondents."""
        return Rate(self.promoters, self.respondents)

    @property
    def detractor_share(self) -> Rate:
        """Detractors among respondents."""
        return Rate(self.detractors, self.respondents)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "passives": self.passives,
                "detractors": self.detractors,
                "respondents": self.respondents,
                "nps": self.score,
            }
        ]


# --------------------------------------------------------------------------- functions


def mean_rating(
    items: Iterable[Rated], *, scale: int | None = None, policy: StatsPolicy = _DEFAULT_POLICY
) -> RatingSummary:
    """Return the mean rating of the rated records among ``items``.

    Args:
        items: Follow-ups, complaints or bare ratings; unrated records are skipped.
        scale: 5 (ratings 1–5) or 10 (ratings 0–10); defaults to the policy's scale.
        policy: Gives the default scale.

    Returns:
        The count, sum and mean (``mean`` is None without ratings).

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale.
        autocrm.errors.InvalidFormat: an item that is not a rated record.

    Examples:
        >>> summary = mean_rating([5, 5, 4])
        >>> summary.count, summary.rounded(2)
        (3, Decimal('4.67'))
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used = rating_scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


def csat(
    items: Iterable[Rated], *, scale: int | None = None, policy: StatsPolicy = _DEFAULT_POLICY
) -> Rate:
    """Return the customer-satisfaction rate: ratings at or above "satisfied" over all ratings.

    "Satisfied" is ``policy.satisfied_min_rating`` (4) on a 1–5 scale and
    ``policy.satisfied_min_rating_of_ten`` (8) on a 0–10 scale.

    Args:
        items: Follow-ups, complaints or bare ratings; unrated records are skipped.
        scale: 5 or 10; defaults to the policy's scale.
        policy: The thresholds and the confidence of the interval.

    Returns:
        A [`Rate`][autocrm.stats.rates.Rate] (value None without ratings).

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale.

    Examples:
        >>> csat([5, 4, 4, 2]).format_percent()
        '75%'
        >>> csat([10, 8, 7], scale=10).numerator
        2
        >>> csat([]).value is None
        True
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used = rating_scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def nps(
    items: Iterable[Rated], *, scale: int | None = None, policy: StatsPolicy = _DEFAULT_POLICY
) -> NetPromoterScore:
    """Return the Net Promoter Score of 0–10 ratings: % promoters minus % detractors.

    Args:
        items: Follow-ups, complaints or bare ratings on a 0–10 scale.
        scale: Must be 10 (the default is the policy's scale, which must then be 10).
        policy: Promoter (9) and detractor (6) cut-offs.

    Returns:
        The counts and the score (None without respondents).

    Raises:
        autocrm.errors.InvalidComponent: the scale is not 10, or a rating is outside 0–10.

    Examples:
        >>> score = nps([10, 10, 9, 8, 7, 3], scale=10)
        >>> score.promoters, score.detractors, score.rounded()
        (3, 1, Decimal('33'))
        >>> nps([5, 4], scale=5)
        Traceback (most recent call last):
        ...
        autocrm.errors.InvalidComponent: scale: NPS needs 0–10 ratings, got scale 5
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used = rating_scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)
