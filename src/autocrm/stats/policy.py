"""Targets and conventions of the statistics (see [statistics][sources-statistics])."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import attrs

from autocrm.errors import PolicyError, shown

__all__ = ["StatsPolicy"]


def _number(attribute: attrs.Attribute[Any], value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{attribute.name}: expected a number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    try:
        number = float(value)
    except OverflowError:  # a whole number beyond what a float holds
        number = math.inf
    if not math.isfinite(number):
        msg = f"{attribute.name}: expected a finite number, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)
    return number


def _open_unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 < _number(attribute, value) < 1:
        msg = (
            f"{attribute.name}: a confidence level lies strictly between 0 and 1, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def _share(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not 0 <= _number(attribute, value) <= 1:
        msg = f"{attribute.name}: a share lies between 0 and 1, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if _number(attribute, value) < 0:
        msg = f"{attribute.name}: expected a number >= 0, got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def _scale(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value not in (5, 10):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def _whole(low: int, high: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            msg = (
                f"{attribute.name}: expected a whole number from {low} to {high}, "
                f"got {shown(value)}"
            )
            raise PolicyError(msg, field=attribute.name, value=value)

    return check


@attrs.frozen(kw_only=True)
class StatsPolicy:
    """Targets and conventions used by ``autocrm.stats``.

    Attributes:
        confidence: Confidence level of the Wilson intervals.
        satisfied_min_rating: Least rating counted as satisfied (on a 1–5 scale).
        on_time_closure_target: The target share of complaints closed in time.
        per_thousand_target: The target of complaints per thousand vehicles.
        renewal_floor: The floor of the monthly insurance renewal rate.
        rating_scale: The shop's rating scale: 5 (ratings 1–5) or 10 (ratings 0–10).
        satisfied_min_rating_of_ten: Least rating counted as satisfied on a 0–10 scale.
        nps_promoter_min: Least 0–10 rating of a promoter (Net Promoter Score: 9).
        nps_detractor_max: Greatest 0–10 rating of a detractor (Net Promoter Score: 6).
        percent_digits: Decimals of printed percentages (whole per cent by default).
        per_thousand_digits: Decimals of the per-thousand rate (one by default).
        complete_archive_min_score: Least completeness score (0 to 1) of an archive
            counted as complete by the archive completeness rate (1.0: every field
            of a file's four data groups filled).
        work_order_archive_days: Days after closing within which a work order must
            reach the archive to count as updated in time (the department archives work
            orders daily; *default* 1: the closing day or the next).
        renewal_window_days_before / renewal_window_days_after: An insurance renewal
            work order (续保) this many days before or after the expiry date counts
            as renewing that policy (*default* 90 and 30).

    Examples:
        >>> StatsPolicy().on_time_closure_target
        0.95
    """

    confidence: float = attrs.field(default=0.95, validator=_open_unit)
    satisfied_min_rating: int = attrs.field(default=4, validator=_whole(1, 5))
    on_time_closure_target: float = attrs.field(default=0.95, validator=_share)
    per_thousand_target: float = attrs.field(default=2.0, validator=_non_negative)
    renewal_floor: float = attrs.field(default=0.20, validator=_share)
    rating_scale: int = attrs.field(default=5, validator=_scale)
    satisfied_min_rating_of_ten: int = attrs.field(default=8, validator=_whole(0, 10))
    nps_promoter_min: int = attrs.field(default=9, validator=_whole(0, 10))
    nps_detractor_max: int = attrs.field(default=6, validator=_whole(0, 10))
    percent_digits: int = attrs.field(default=0, validator=_whole(0, 6))
    per_thousand_digits: int = attrs.field(default=1, validator=_whole(0, 6))
    complete_archive_min_score: float = attrs.field(default=1.0, validator=_share)
    work_order_archive_days: int = attrs.field(default=1, validator=_whole(0, 366))
    renewal_window_days_before: int = attrs.field(default=90, validator=_whole(0, 366))
    renewal_window_days_after: int = attrs.field(default=30, validator=_whole(0, 366))

    def __attrs_post_init__(self) -> None:
        if self.nps_detractor_max >= self.nps_promoter_min:
            msg = (
                f"nps_detractor_max: {self.nps_detractor_max} must be below "
                f"nps_promoter_min {self.nps_promoter_min}"
            )
            raise PolicyError(msg, field="nps_detractor_max", value=self.nps_detractor_max)
