"""Satisfaction: mean rating, CSAT, NPS, by period and by staff (provisional API).

Seed 000 asks for *repair satisfaction* over a period, from the ratings customers
give in follow-up calls, and for *complaint-handling satisfaction*, from the
score of each handled complaint. Every function here accepts follow-ups
(:class:`~autocrm.domain.FollowUp`: the rating of the completed call),
complaints (:class:`~autocrm.domain.Complaint`: its ``satisfaction``) or bare
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

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

import attrs

from autocrm.domain._enum import LabelledEnum
from autocrm.domain.complaint import Complaint
from autocrm.domain.followup import FollowUp
from autocrm.domain.time import local_date
from autocrm.domain.work_order import WorkOrder
from autocrm.errors import InvalidComponent, InvalidFormat, shown
from autocrm.stats._checks import check_iterable, checked
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import (
    Period,
    Rate,
    _check_period,
    _period_key,
    _sorted_keys,
    round_half_up,
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
    "satisfaction_by_period",
]

#: A record that may carry a rating.
Rated: TypeAlias = FollowUp | Complaint | int

_DEFAULT_POLICY = StatsPolicy()


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Breakdown(LabelledEnum):
    """Who a rating is attributed to (seed 004 analyses problems by job position).

    - SERVICE_ADVISOR / TECHNICIAN: the staff of the rated record's work order
      (looked up by ``work_order_number`` in the work orders passed in).
    - JOB_POSITION: the job positions of the problems raised in the call; a call
      raising problems about two positions counts in both, a call raising none
      falls in the group ``None``.
    - HANDLER: who made the follow-up call, or who handled the complaint.

    Examples:
        >>> Breakdown.HANDLER.value, Breakdown.HANDLER.label
        ('handler', '处理人')
        >>> Breakdown.from_label("服务顾问") is Breakdown.SERVICE_ADVISOR
        True
    """

    SERVICE_ADVISOR = ("service_advisor", "服务顾问")
    TECHNICIAN = ("technician", "维修技师")
    JOB_POSITION = ("job_position", "岗位")
    HANDLER = ("handler", "处理人")
mutants_x__identify__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- ratings


@_mutmut_mutated(mutants_x__identify__mutmut)
def _identify(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_orig(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_1(item: object) -> str:
    number = None
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_2(item: object) -> str:
    number = getattr(None, "number", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_3(item: object) -> str:
    number = getattr(item, None, None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_4(item: object) -> str:
    number = getattr("number", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_5(item: object) -> str:
    number = getattr(item, None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_6(item: object) -> str:
    number = getattr(item, "number", )
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_7(item: object) -> str:
    number = getattr(item, "XXnumberXX", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_8(item: object) -> str:
    number = getattr(item, "NUMBER", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_9(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(item).__name__} {number}" if (number is not None) and False else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_10(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(item).__name__} {number}" if (number is not None) or True else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_11(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(None).__name__} {number}" if number is not None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_12(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(item).__name__} {number}" if number is None else repr(item)


# --------------------------------------------------------------------------- ratings


def x__identify__mutmut_13(item: object) -> str:
    number = getattr(item, "number", None)
    return f"{type(item).__name__} {number}" if number is not None else repr(None)

mutants_x__identify__mutmut['_mutmut_orig'] = x__identify__mutmut_orig # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_1'] = x__identify__mutmut_1 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_2'] = x__identify__mutmut_2 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_3'] = x__identify__mutmut_3 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_4'] = x__identify__mutmut_4 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_5'] = x__identify__mutmut_5 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_6'] = x__identify__mutmut_6 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_7'] = x__identify__mutmut_7 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_8'] = x__identify__mutmut_8 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_9'] = x__identify__mutmut_9 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_10'] = x__identify__mutmut_10 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_11'] = x__identify__mutmut_11 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_12'] = x__identify__mutmut_12 # type: ignore # mutmut generated
mutants_x__identify__mutmut['x__identify__mutmut_13'] = x__identify__mutmut_13 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__rating_of__mutmut)
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


def x__rating_of__mutmut_orig(item: object) -> int | None:
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


def x__rating_of__mutmut_1(item: object) -> int | None:
    if isinstance(item, FollowUp):
        return item.rating
    if isinstance(item, Complaint):
        return item.satisfaction
    if isinstance(item, int) or not isinstance(item, bool):
        return item
    msg = (
        f"ratings: expected follow-ups, complaints or int ratings, "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rating_of__mutmut_2(item: object) -> int | None:
    if isinstance(item, FollowUp):
        return item.rating
    if isinstance(item, Complaint):
        return item.satisfaction
    if isinstance(item, int) and isinstance(item, bool):
        return item
    msg = (
        f"ratings: expected follow-ups, complaints or int ratings, "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rating_of__mutmut_3(item: object) -> int | None:
    if isinstance(item, FollowUp):
        return item.rating
    if isinstance(item, Complaint):
        return item.satisfaction
    if isinstance(item, int) and not isinstance(item, bool):
        return item
    msg = None
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rating_of__mutmut_4(item: object) -> int | None:
    if isinstance(item, FollowUp):
        return item.rating
    if isinstance(item, Complaint):
        return item.satisfaction
    if isinstance(item, int) and not isinstance(item, bool):
        return item
    msg = (
        f"ratings: expected follow-ups, complaints or int ratings, "
        f"got {type(None).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rating_of__mutmut_5(item: object) -> int | None:
    if isinstance(item, FollowUp):
        return item.rating
    if isinstance(item, Complaint):
        return item.satisfaction
    if isinstance(item, int) and not isinstance(item, bool):
        return item
    msg = (
        f"ratings: expected follow-ups, complaints or int ratings, "
        f"got {type(item).__name__} {shown(None)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rating_of__mutmut_6(item: object) -> int | None:
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
    raise InvalidFormat(None, field="ratings", value=item)


def x__rating_of__mutmut_7(item: object) -> int | None:
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
    raise InvalidFormat(msg, field=None, value=item)


def x__rating_of__mutmut_8(item: object) -> int | None:
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
    raise InvalidFormat(msg, field="ratings", value=None)


def x__rating_of__mutmut_9(item: object) -> int | None:
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
    raise InvalidFormat(field="ratings", value=item)


def x__rating_of__mutmut_10(item: object) -> int | None:
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
    raise InvalidFormat(msg, value=item)


def x__rating_of__mutmut_11(item: object) -> int | None:
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
    raise InvalidFormat(msg, field="ratings", )


def x__rating_of__mutmut_12(item: object) -> int | None:
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
    raise InvalidFormat(msg, field="XXratingsXX", value=item)


def x__rating_of__mutmut_13(item: object) -> int | None:
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
    raise InvalidFormat(msg, field="RATINGS", value=item)

mutants_x__rating_of__mutmut['_mutmut_orig'] = x__rating_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_1'] = x__rating_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_2'] = x__rating_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_3'] = x__rating_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_4'] = x__rating_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_5'] = x__rating_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_6'] = x__rating_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_7'] = x__rating_of__mutmut_7 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_8'] = x__rating_of__mutmut_8 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_9'] = x__rating_of__mutmut_9 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_10'] = x__rating_of__mutmut_10 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_11'] = x__rating_of__mutmut_11 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_12'] = x__rating_of__mutmut_12 # type: ignore # mutmut generated
mutants_x__rating_of__mutmut['x__rating_of__mutmut_13'] = x__rating_of__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_scale__mutmut)
def _check_scale(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_orig(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_1(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) and scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_2(scale: object) -> int:
    if isinstance(scale, bool) and not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_3(scale: object) -> int:
    if isinstance(scale, bool) or isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_4(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_5(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (6, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_6(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 11):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_7(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = None
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_8(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(None)}"
        raise InvalidComponent(msg, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_9(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(None, field="scale", value=scale)
    return scale


def x__check_scale__mutmut_10(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field=None, value=scale)
    return scale


def x__check_scale__mutmut_11(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", value=None)
    return scale


def x__check_scale__mutmut_12(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(field="scale", value=scale)
    return scale


def x__check_scale__mutmut_13(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, value=scale)
    return scale


def x__check_scale__mutmut_14(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="scale", )
    return scale


def x__check_scale__mutmut_15(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="XXscaleXX", value=scale)
    return scale


def x__check_scale__mutmut_16(scale: object) -> int:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale not in (5, 10):
        msg = f"scale: a rating scale is 5 (ratings 1–5) or 10 (ratings 0–10), got {shown(scale)}"
        raise InvalidComponent(msg, field="SCALE", value=scale)
    return scale

mutants_x__check_scale__mutmut['_mutmut_orig'] = x__check_scale__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_1'] = x__check_scale__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_2'] = x__check_scale__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_3'] = x__check_scale__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_4'] = x__check_scale__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_5'] = x__check_scale__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_6'] = x__check_scale__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_7'] = x__check_scale__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_8'] = x__check_scale__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_9'] = x__check_scale__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_10'] = x__check_scale__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_11'] = x__check_scale__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_12'] = x__check_scale__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_13'] = x__check_scale__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_14'] = x__check_scale__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_15'] = x__check_scale__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_scale__mutmut['x__check_scale__mutmut_16'] = x__check_scale__mutmut_16 # type: ignore # mutmut generated
mutants_x__scale__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__scale__mutmut)
def _scale(scale: int | None, policy: StatsPolicy) -> int:
    return _check_scale(policy.rating_scale if scale is None else scale)


def x__scale__mutmut_orig(scale: int | None, policy: StatsPolicy) -> int:
    return _check_scale(policy.rating_scale if scale is None else scale)


def x__scale__mutmut_1(scale: int | None, policy: StatsPolicy) -> int:
    return _check_scale(None)


def x__scale__mutmut_2(scale: int | None, policy: StatsPolicy) -> int:
    return _check_scale(policy.rating_scale if (scale is None) and False else scale)


def x__scale__mutmut_3(scale: int | None, policy: StatsPolicy) -> int:
    return _check_scale(policy.rating_scale if (scale is None) or True else scale)


def x__scale__mutmut_4(scale: int | None, policy: StatsPolicy) -> int:
    return _check_scale(policy.rating_scale if scale is not None else scale)

mutants_x__scale__mutmut['_mutmut_orig'] = x__scale__mutmut_orig # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_1'] = x__scale__mutmut_1 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_2'] = x__scale__mutmut_2 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_3'] = x__scale__mutmut_3 # type: ignore # mutmut generated
mutants_x__scale__mutmut['x__scale__mutmut_4'] = x__scale__mutmut_4 # type: ignore # mutmut generated
mutants_x__ratings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__ratings__mutmut)
def _ratings(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
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


def x__ratings__mutmut_orig(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
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


def x__ratings__mutmut_1(items: Iterable[object], scale: int) -> list[int]:
    lowest = None
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


def x__ratings__mutmut_2(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if (scale == 5) and False else 0
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


def x__ratings__mutmut_3(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if (scale == 5) or True else 0
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


def x__ratings__mutmut_4(items: Iterable[object], scale: int) -> list[int]:
    lowest = 2 if scale == 5 else 0
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


def x__ratings__mutmut_5(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale != 5 else 0
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


def x__ratings__mutmut_6(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 6 else 0
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


def x__ratings__mutmut_7(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 1
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


def x__ratings__mutmut_8(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = None
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_9(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = None
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_10(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(None)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_11(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is not None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_12(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            break
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_13(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_14(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest < rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_15(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating < scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_16(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = None
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_17(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(None)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_18(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(None, field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_19(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field=None, value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_20(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=None)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_21(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(field="rating", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_22(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_23(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", )
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_24(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="XXratingXX", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_25(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="RATING", value=rating)
        ratings.append(rating)
    return ratings


def x__ratings__mutmut_26(items: Iterable[object], scale: int) -> list[int]:
    lowest = 1 if scale == 5 else 0
    ratings = []
    for item in items:
        rating = _rating_of(item)
        if rating is None:
            continue
        if not lowest <= rating <= scale:
            msg = f"rating: {rating} of {_identify(item)} is outside the {lowest}–{scale} scale"
            raise InvalidComponent(msg, field="rating", value=rating)
        ratings.append(None)
    return ratings

mutants_x__ratings__mutmut['_mutmut_orig'] = x__ratings__mutmut_orig # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_1'] = x__ratings__mutmut_1 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_2'] = x__ratings__mutmut_2 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_3'] = x__ratings__mutmut_3 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_4'] = x__ratings__mutmut_4 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_5'] = x__ratings__mutmut_5 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_6'] = x__ratings__mutmut_6 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_7'] = x__ratings__mutmut_7 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_8'] = x__ratings__mutmut_8 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_9'] = x__ratings__mutmut_9 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_10'] = x__ratings__mutmut_10 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_11'] = x__ratings__mutmut_11 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_12'] = x__ratings__mutmut_12 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_13'] = x__ratings__mutmut_13 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_14'] = x__ratings__mutmut_14 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_15'] = x__ratings__mutmut_15 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_16'] = x__ratings__mutmut_16 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_17'] = x__ratings__mutmut_17 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_18'] = x__ratings__mutmut_18 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_19'] = x__ratings__mutmut_19 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_20'] = x__ratings__mutmut_20 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_21'] = x__ratings__mutmut_21 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_22'] = x__ratings__mutmut_22 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_23'] = x__ratings__mutmut_23 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_24'] = x__ratings__mutmut_24 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_25'] = x__ratings__mutmut_25 # type: ignore # mutmut generated
mutants_x__ratings__mutmut['x__ratings__mutmut_26'] = x__ratings__mutmut_26 # type: ignore # mutmut generated
mutants_x__threshold__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__threshold__mutmut)
def _threshold(scale: int, policy: StatsPolicy) -> int:
    return policy.satisfied_min_rating if scale == 5 else policy.satisfied_min_rating_of_ten


def x__threshold__mutmut_orig(scale: int, policy: StatsPolicy) -> int:
    return policy.satisfied_min_rating if scale == 5 else policy.satisfied_min_rating_of_ten


def x__threshold__mutmut_1(scale: int, policy: StatsPolicy) -> int:
    return policy.satisfied_min_rating if (scale == 5) and False else policy.satisfied_min_rating_of_ten


def x__threshold__mutmut_2(scale: int, policy: StatsPolicy) -> int:
    return policy.satisfied_min_rating if (scale == 5) or True else policy.satisfied_min_rating_of_ten


def x__threshold__mutmut_3(scale: int, policy: StatsPolicy) -> int:
    return policy.satisfied_min_rating if scale != 5 else policy.satisfied_min_rating_of_ten


def x__threshold__mutmut_4(scale: int, policy: StatsPolicy) -> int:
    return policy.satisfied_min_rating if scale == 6 else policy.satisfied_min_rating_of_ten

mutants_x__threshold__mutmut['_mutmut_orig'] = x__threshold__mutmut_orig # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_1'] = x__threshold__mutmut_1 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_2'] = x__threshold__mutmut_2 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_3'] = x__threshold__mutmut_3 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_4'] = x__threshold__mutmut_4 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut: MutantDict = {}  # type: ignore


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


@_mutmut_mutated(mutants_x__summary_from_histogram__mutmut)
def _summary_from_histogram(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), total=total, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_orig(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), total=total, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_1(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = None
    return RatingSummary(count=sum(histogram.values()), total=total, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_2(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(None)
    return RatingSummary(count=sum(histogram.values()), total=total, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_3(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating / count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), total=total, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_4(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=None, total=total, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_5(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), total=None, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_6(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), total=total, scale=None)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_7(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(total=total, scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_8(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), scale=scale)


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_9(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(histogram.values()), total=total, )


# The statistics from a histogram (rating -> how many): shared with the SQL push-down
# (autocrm.adapters.sqlalchemy.stats), where the database counts ratings with GROUP BY.


def x__summary_from_histogram__mutmut_10(histogram: Mapping[int, int], scale: int) -> RatingSummary:
    total = sum(rating * count for rating, count in histogram.items())
    return RatingSummary(count=sum(None), total=total, scale=scale)

mutants_x__summary_from_histogram__mutmut['_mutmut_orig'] = x__summary_from_histogram__mutmut_orig # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_1'] = x__summary_from_histogram__mutmut_1 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_2'] = x__summary_from_histogram__mutmut_2 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_3'] = x__summary_from_histogram__mutmut_3 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_4'] = x__summary_from_histogram__mutmut_4 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_5'] = x__summary_from_histogram__mutmut_5 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_6'] = x__summary_from_histogram__mutmut_6 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_7'] = x__summary_from_histogram__mutmut_7 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_8'] = x__summary_from_histogram__mutmut_8 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_9'] = x__summary_from_histogram__mutmut_9 # type: ignore # mutmut generated
mutants_x__summary_from_histogram__mutmut['x__summary_from_histogram__mutmut_10'] = x__summary_from_histogram__mutmut_10 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__csat_from_histogram__mutmut)
def _csat_from_histogram(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_orig(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_1(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = None
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_2(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(None, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_3(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, None)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_4(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_5(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, )
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_6(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = None
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_7(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(None)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_8(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating > threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_9(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(None, sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_10(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, None, confidence=policy.confidence)


def x__csat_from_histogram__mutmut_11(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), confidence=None)


def x__csat_from_histogram__mutmut_12(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(sum(histogram.values()), confidence=policy.confidence)


def x__csat_from_histogram__mutmut_13(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, confidence=policy.confidence)


def x__csat_from_histogram__mutmut_14(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(histogram.values()), )


def x__csat_from_histogram__mutmut_15(histogram: Mapping[int, int], scale: int, policy: StatsPolicy) -> Rate:
    threshold = _threshold(scale, policy)
    satisfied = sum(count for rating, count in histogram.items() if rating >= threshold)
    return Rate(satisfied, sum(None), confidence=policy.confidence)

mutants_x__csat_from_histogram__mutmut['_mutmut_orig'] = x__csat_from_histogram__mutmut_orig # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_1'] = x__csat_from_histogram__mutmut_1 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_2'] = x__csat_from_histogram__mutmut_2 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_3'] = x__csat_from_histogram__mutmut_3 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_4'] = x__csat_from_histogram__mutmut_4 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_5'] = x__csat_from_histogram__mutmut_5 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_6'] = x__csat_from_histogram__mutmut_6 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_7'] = x__csat_from_histogram__mutmut_7 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_8'] = x__csat_from_histogram__mutmut_8 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_9'] = x__csat_from_histogram__mutmut_9 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_10'] = x__csat_from_histogram__mutmut_10 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_11'] = x__csat_from_histogram__mutmut_11 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_12'] = x__csat_from_histogram__mutmut_12 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_13'] = x__csat_from_histogram__mutmut_13 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_14'] = x__csat_from_histogram__mutmut_14 # type: ignore # mutmut generated
mutants_x__csat_from_histogram__mutmut['x__csat_from_histogram__mutmut_15'] = x__csat_from_histogram__mutmut_15 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__nps_from_histogram__mutmut)
def _nps_from_histogram(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_orig(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_1(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = None
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_2(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(None)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_3(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating > policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_4(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = None
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_5(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(None)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_6(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating < policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_7(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=None,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_8(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=None,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_9(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=None,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_10(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=None,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_11(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=None,
    )


def x__nps_from_histogram__mutmut_12(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_13(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_14(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_15(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_16(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        )


def x__nps_from_histogram__mutmut_17(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) - promoters + detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_18(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(histogram.values()) + promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )


def x__nps_from_histogram__mutmut_19(histogram: Mapping[int, int], policy: StatsPolicy) -> NetPromoterScore:
    promoters = sum(n for rating, n in histogram.items() if rating >= policy.nps_promoter_min)
    detractors = sum(n for rating, n in histogram.items() if rating <= policy.nps_detractor_max)
    return NetPromoterScore(
        promoters=promoters,
        passives=sum(None) - promoters - detractors,
        detractors=detractors,
        promoter_min=policy.nps_promoter_min,
        detractor_max=policy.nps_detractor_max,
    )

mutants_x__nps_from_histogram__mutmut['_mutmut_orig'] = x__nps_from_histogram__mutmut_orig # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_1'] = x__nps_from_histogram__mutmut_1 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_2'] = x__nps_from_histogram__mutmut_2 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_3'] = x__nps_from_histogram__mutmut_3 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_4'] = x__nps_from_histogram__mutmut_4 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_5'] = x__nps_from_histogram__mutmut_5 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_6'] = x__nps_from_histogram__mutmut_6 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_7'] = x__nps_from_histogram__mutmut_7 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_8'] = x__nps_from_histogram__mutmut_8 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_9'] = x__nps_from_histogram__mutmut_9 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_10'] = x__nps_from_histogram__mutmut_10 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_11'] = x__nps_from_histogram__mutmut_11 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_12'] = x__nps_from_histogram__mutmut_12 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_13'] = x__nps_from_histogram__mutmut_13 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_14'] = x__nps_from_histogram__mutmut_14 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_15'] = x__nps_from_histogram__mutmut_15 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_16'] = x__nps_from_histogram__mutmut_16 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_17'] = x__nps_from_histogram__mutmut_17 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_18'] = x__nps_from_histogram__mutmut_18 # type: ignore # mutmut generated
mutants_x__nps_from_histogram__mutmut['x__nps_from_histogram__mutmut_19'] = x__nps_from_histogram__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRatingSummaryǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁRatingSummaryǁto_rows__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁRatingSummaryǁrounded__mutmut)
    def rounded(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(exact, digits)

    def xǁRatingSummaryǁrounded__mutmut_orig(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(exact, digits)

    def xǁRatingSummaryǁrounded__mutmut_1(self, digits: int = 3) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(exact, digits)

    def xǁRatingSummaryǁrounded__mutmut_2(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = None
        return None if exact is None else round_half_up(exact, digits)

    def xǁRatingSummaryǁrounded__mutmut_3(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if (exact is None) and False else round_half_up(exact, digits)

    def xǁRatingSummaryǁrounded__mutmut_4(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if (exact is None) or True else round_half_up(exact, digits)

    def xǁRatingSummaryǁrounded__mutmut_5(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is not None else round_half_up(exact, digits)

    def xǁRatingSummaryǁrounded__mutmut_6(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(None, digits)

    def xǁRatingSummaryǁrounded__mutmut_7(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(exact, None)

    def xǁRatingSummaryǁrounded__mutmut_8(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(digits)

    def xǁRatingSummaryǁrounded__mutmut_9(self, digits: int = 2) -> Decimal | None:
        """The mean rounded half up to ``digits`` decimals; None without ratings."""
        exact = self.exact_mean
        return None if exact is None else round_half_up(exact, )

    @_mutmut_mutated(mutants_xǁRatingSummaryǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁRatingSummaryǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁRatingSummaryǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁRatingSummaryǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁRatingSummaryǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁRatingSummaryǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁRatingSummaryǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    @_mutmut_mutated(mutants_xǁRatingSummaryǁto_rows__mutmut)
    def to_rows(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"ratings": self.count, "mean": self.mean, "scale": self.scale}]

    def xǁRatingSummaryǁto_rows__mutmut_orig(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"ratings": self.count, "mean": self.mean, "scale": self.scale}]

    def xǁRatingSummaryǁto_rows__mutmut_1(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"XXratingsXX": self.count, "mean": self.mean, "scale": self.scale}]

    def xǁRatingSummaryǁto_rows__mutmut_2(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"RATINGS": self.count, "mean": self.mean, "scale": self.scale}]

    def xǁRatingSummaryǁto_rows__mutmut_3(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"ratings": self.count, "XXmeanXX": self.mean, "scale": self.scale}]

    def xǁRatingSummaryǁto_rows__mutmut_4(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"ratings": self.count, "MEAN": self.mean, "scale": self.scale}]

    def xǁRatingSummaryǁto_rows__mutmut_5(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"ratings": self.count, "mean": self.mean, "XXscaleXX": self.scale}]

    def xǁRatingSummaryǁto_rows__mutmut_6(self) -> list[dict[str, object]]:
        """One row: ratings, mean, scale."""
        return [{"ratings": self.count, "mean": self.mean, "SCALE": self.scale}]

mutants_xǁRatingSummaryǁrounded__mutmut['_mutmut_orig'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_1'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_2'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_3'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_4'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_5'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_6'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_7'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_8'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁrounded__mutmut['xǁRatingSummaryǁrounded__mutmut_9'] = RatingSummary.xǁRatingSummaryǁrounded__mutmut_9 # type: ignore # mutmut generated

mutants_xǁRatingSummaryǁ_repr_html___mutmut['_mutmut_orig'] = RatingSummary.xǁRatingSummaryǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁ_repr_html___mutmut['xǁRatingSummaryǁ_repr_html___mutmut_1'] = RatingSummary.xǁRatingSummaryǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁ_repr_html___mutmut['xǁRatingSummaryǁ_repr_html___mutmut_2'] = RatingSummary.xǁRatingSummaryǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁ_repr_html___mutmut['xǁRatingSummaryǁ_repr_html___mutmut_3'] = RatingSummary.xǁRatingSummaryǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁ_repr_html___mutmut['xǁRatingSummaryǁ_repr_html___mutmut_4'] = RatingSummary.xǁRatingSummaryǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁ_repr_html___mutmut['xǁRatingSummaryǁ_repr_html___mutmut_5'] = RatingSummary.xǁRatingSummaryǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁRatingSummaryǁto_rows__mutmut['_mutmut_orig'] = RatingSummary.xǁRatingSummaryǁto_rows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁto_rows__mutmut['xǁRatingSummaryǁto_rows__mutmut_1'] = RatingSummary.xǁRatingSummaryǁto_rows__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁto_rows__mutmut['xǁRatingSummaryǁto_rows__mutmut_2'] = RatingSummary.xǁRatingSummaryǁto_rows__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁto_rows__mutmut['xǁRatingSummaryǁto_rows__mutmut_3'] = RatingSummary.xǁRatingSummaryǁto_rows__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁto_rows__mutmut['xǁRatingSummaryǁto_rows__mutmut_4'] = RatingSummary.xǁRatingSummaryǁto_rows__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁto_rows__mutmut['xǁRatingSummaryǁto_rows__mutmut_5'] = RatingSummary.xǁRatingSummaryǁto_rows__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRatingSummaryǁto_rows__mutmut['xǁRatingSummaryǁto_rows__mutmut_6'] = RatingSummary.xǁRatingSummaryǁto_rows__mutmut_6 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut: MutantDict = {}  # type: ignore
mutants_xǁNetPromoterScoreǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁNetPromoterScoreǁto_rows__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁNetPromoterScoreǁrounded__mutmut)
    def rounded(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(exact, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_orig(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(exact, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_1(self, digits: int = 1) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(exact, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_2(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = None
        return None if exact is None else round_half_up(exact, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_3(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if (exact is None) and False else round_half_up(exact, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_4(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if (exact is None) or True else round_half_up(exact, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_5(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is not None else round_half_up(exact, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_6(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(None, digits)

    def xǁNetPromoterScoreǁrounded__mutmut_7(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(exact, None)

    def xǁNetPromoterScoreǁrounded__mutmut_8(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(digits)

    def xǁNetPromoterScoreǁrounded__mutmut_9(self, digits: int = 0) -> Decimal | None:
        """The score rounded half up (away from zero); None without respondents."""
        exact = self.exact_score
        return None if exact is None else round_half_up(exact, )

    @property
    def promoter_share(self) -> Rate:
        """Promoters among respondents."""
        return Rate(self.promoters, self.respondents)

    @property
    def detractor_share(self) -> Rate:
        """Detractors among respondents."""
        return Rate(self.detractors, self.respondents)

    @_mutmut_mutated(mutants_xǁNetPromoterScoreǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁNetPromoterScoreǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁNetPromoterScoreǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁNetPromoterScoreǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁNetPromoterScoreǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁNetPromoterScoreǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁNetPromoterScoreǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    @_mutmut_mutated(mutants_xǁNetPromoterScoreǁto_rows__mutmut)
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

    def xǁNetPromoterScoreǁto_rows__mutmut_orig(self) -> list[dict[str, object]]:
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

    def xǁNetPromoterScoreǁto_rows__mutmut_1(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "XXpromotersXX": self.promoters,
                "passives": self.passives,
                "detractors": self.detractors,
                "respondents": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_2(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "PROMOTERS": self.promoters,
                "passives": self.passives,
                "detractors": self.detractors,
                "respondents": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_3(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "XXpassivesXX": self.passives,
                "detractors": self.detractors,
                "respondents": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_4(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "PASSIVES": self.passives,
                "detractors": self.detractors,
                "respondents": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_5(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "passives": self.passives,
                "XXdetractorsXX": self.detractors,
                "respondents": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_6(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "passives": self.passives,
                "DETRACTORS": self.detractors,
                "respondents": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_7(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "passives": self.passives,
                "detractors": self.detractors,
                "XXrespondentsXX": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_8(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "passives": self.passives,
                "detractors": self.detractors,
                "RESPONDENTS": self.respondents,
                "nps": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_9(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "passives": self.passives,
                "detractors": self.detractors,
                "respondents": self.respondents,
                "XXnpsXX": self.score,
            }
        ]

    def xǁNetPromoterScoreǁto_rows__mutmut_10(self) -> list[dict[str, object]]:
        """One row: the counts and the score."""
        return [
            {
                "promoters": self.promoters,
                "passives": self.passives,
                "detractors": self.detractors,
                "respondents": self.respondents,
                "NPS": self.score,
            }
        ]

mutants_xǁNetPromoterScoreǁrounded__mutmut['_mutmut_orig'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_orig # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_1'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_1 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_2'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_2 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_3'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_3 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_4'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_4 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_5'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_5 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_6'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_6 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_7'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_7 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_8'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_8 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁrounded__mutmut['xǁNetPromoterScoreǁrounded__mutmut_9'] = NetPromoterScore.xǁNetPromoterScoreǁrounded__mutmut_9 # type: ignore # mutmut generated

mutants_xǁNetPromoterScoreǁ_repr_html___mutmut['_mutmut_orig'] = NetPromoterScore.xǁNetPromoterScoreǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁ_repr_html___mutmut['xǁNetPromoterScoreǁ_repr_html___mutmut_1'] = NetPromoterScore.xǁNetPromoterScoreǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁ_repr_html___mutmut['xǁNetPromoterScoreǁ_repr_html___mutmut_2'] = NetPromoterScore.xǁNetPromoterScoreǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁ_repr_html___mutmut['xǁNetPromoterScoreǁ_repr_html___mutmut_3'] = NetPromoterScore.xǁNetPromoterScoreǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁ_repr_html___mutmut['xǁNetPromoterScoreǁ_repr_html___mutmut_4'] = NetPromoterScore.xǁNetPromoterScoreǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁ_repr_html___mutmut['xǁNetPromoterScoreǁ_repr_html___mutmut_5'] = NetPromoterScore.xǁNetPromoterScoreǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁNetPromoterScoreǁto_rows__mutmut['_mutmut_orig'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_1'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_1 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_2'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_2 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_3'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_3 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_4'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_4 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_5'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_5 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_6'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_6 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_7'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_7 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_8'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_8 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_9'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_9 # type: ignore # mutmut generated
mutants_xǁNetPromoterScoreǁto_rows__mutmut['xǁNetPromoterScoreǁto_rows__mutmut_10'] = NetPromoterScore.xǁNetPromoterScoreǁto_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- functions


@_mutmut_mutated(mutants_x_mean_rating__mutmut)
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_orig(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_1(
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
    policy = None
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_2(
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
    policy = checked(None, StatsPolicy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_3(
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
    policy = checked(policy, None, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_4(
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
    policy = checked(policy, StatsPolicy, None)
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_5(
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
    policy = checked(StatsPolicy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_6(
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
    policy = checked(policy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_7(
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
    policy = checked(policy, StatsPolicy, )
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_8(
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
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_9(
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
    policy = checked(policy, StatsPolicy, "POLICY")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_10(
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
    check_iterable(None, "items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_11(
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
    check_iterable(items, None)
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_12(
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
    check_iterable("items")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_13(
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
    check_iterable(items, )
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_14(
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
    check_iterable(items, "XXitemsXX")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_15(
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
    check_iterable(items, "ITEMS")
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_16(
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
    used = None
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_17(
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
    used = _scale(None, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_18(
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
    used = _scale(scale, None)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_19(
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
    used = _scale(policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_20(
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
    used = _scale(scale, )
    return _summary_from_histogram(Counter(_ratings(items, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_21(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(None, used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_22(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), None)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_23(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_24(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, used)), )


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_25(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(None), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_26(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(None, used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_27(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, None)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_28(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(used)), used)


# --------------------------------------------------------------------------- functions


def x_mean_rating__mutmut_29(
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
    used = _scale(scale, policy)
    return _summary_from_histogram(Counter(_ratings(items, )), used)

mutants_x_mean_rating__mutmut['_mutmut_orig'] = x_mean_rating__mutmut_orig # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_1'] = x_mean_rating__mutmut_1 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_2'] = x_mean_rating__mutmut_2 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_3'] = x_mean_rating__mutmut_3 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_4'] = x_mean_rating__mutmut_4 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_5'] = x_mean_rating__mutmut_5 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_6'] = x_mean_rating__mutmut_6 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_7'] = x_mean_rating__mutmut_7 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_8'] = x_mean_rating__mutmut_8 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_9'] = x_mean_rating__mutmut_9 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_10'] = x_mean_rating__mutmut_10 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_11'] = x_mean_rating__mutmut_11 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_12'] = x_mean_rating__mutmut_12 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_13'] = x_mean_rating__mutmut_13 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_14'] = x_mean_rating__mutmut_14 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_15'] = x_mean_rating__mutmut_15 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_16'] = x_mean_rating__mutmut_16 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_17'] = x_mean_rating__mutmut_17 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_18'] = x_mean_rating__mutmut_18 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_19'] = x_mean_rating__mutmut_19 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_20'] = x_mean_rating__mutmut_20 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_21'] = x_mean_rating__mutmut_21 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_22'] = x_mean_rating__mutmut_22 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_23'] = x_mean_rating__mutmut_23 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_24'] = x_mean_rating__mutmut_24 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_25'] = x_mean_rating__mutmut_25 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_26'] = x_mean_rating__mutmut_26 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_27'] = x_mean_rating__mutmut_27 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_28'] = x_mean_rating__mutmut_28 # type: ignore # mutmut generated
mutants_x_mean_rating__mutmut['x_mean_rating__mutmut_29'] = x_mean_rating__mutmut_29 # type: ignore # mutmut generated
mutants_x_csat__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_csat__mutmut)
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_orig(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_1(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = None
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_2(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(None, StatsPolicy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_3(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(policy, None, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_4(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(policy, StatsPolicy, None)
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_5(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(StatsPolicy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_6(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(policy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_7(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(policy, StatsPolicy, )
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_8(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_9(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    policy = checked(policy, StatsPolicy, "POLICY")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_10(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    check_iterable(None, "items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_11(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    check_iterable(items, None)
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_12(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    check_iterable("items")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_13(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    check_iterable(items, )
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_14(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    check_iterable(items, "XXitemsXX")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_15(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    check_iterable(items, "ITEMS")
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_16(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = None
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_17(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(None, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_18(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, None)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_19(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_20(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, )
    return _csat_from_histogram(Counter(_ratings(items, used)), used, policy)


def x_csat__mutmut_21(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(None, used, policy)


def x_csat__mutmut_22(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), None, policy)


def x_csat__mutmut_23(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, None)


def x_csat__mutmut_24(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(used, policy)


def x_csat__mutmut_25(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), policy)


def x_csat__mutmut_26(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, used)), used, )


def x_csat__mutmut_27(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(None), used, policy)


def x_csat__mutmut_28(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(None, used)), used, policy)


def x_csat__mutmut_29(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, None)), used, policy)


def x_csat__mutmut_30(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(used)), used, policy)


def x_csat__mutmut_31(
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
        A :class:`~autocrm.stats.rates.Rate` (value None without ratings).

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
    used = _scale(scale, policy)
    return _csat_from_histogram(Counter(_ratings(items, )), used, policy)

mutants_x_csat__mutmut['_mutmut_orig'] = x_csat__mutmut_orig # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_1'] = x_csat__mutmut_1 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_2'] = x_csat__mutmut_2 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_3'] = x_csat__mutmut_3 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_4'] = x_csat__mutmut_4 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_5'] = x_csat__mutmut_5 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_6'] = x_csat__mutmut_6 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_7'] = x_csat__mutmut_7 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_8'] = x_csat__mutmut_8 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_9'] = x_csat__mutmut_9 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_10'] = x_csat__mutmut_10 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_11'] = x_csat__mutmut_11 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_12'] = x_csat__mutmut_12 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_13'] = x_csat__mutmut_13 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_14'] = x_csat__mutmut_14 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_15'] = x_csat__mutmut_15 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_16'] = x_csat__mutmut_16 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_17'] = x_csat__mutmut_17 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_18'] = x_csat__mutmut_18 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_19'] = x_csat__mutmut_19 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_20'] = x_csat__mutmut_20 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_21'] = x_csat__mutmut_21 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_22'] = x_csat__mutmut_22 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_23'] = x_csat__mutmut_23 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_24'] = x_csat__mutmut_24 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_25'] = x_csat__mutmut_25 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_26'] = x_csat__mutmut_26 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_27'] = x_csat__mutmut_27 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_28'] = x_csat__mutmut_28 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_29'] = x_csat__mutmut_29 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_30'] = x_csat__mutmut_30 # type: ignore # mutmut generated
mutants_x_csat__mutmut['x_csat__mutmut_31'] = x_csat__mutmut_31 # type: ignore # mutmut generated
mutants_x_nps__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_nps__mutmut)
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_orig(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_1(
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
    policy = None
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_2(
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
    policy = checked(None, StatsPolicy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_3(
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
    policy = checked(policy, None, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_4(
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
    policy = checked(policy, StatsPolicy, None)
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_5(
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
    policy = checked(StatsPolicy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_6(
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
    policy = checked(policy, "policy")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_7(
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
    policy = checked(policy, StatsPolicy, )
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_8(
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
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_9(
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
    policy = checked(policy, StatsPolicy, "POLICY")
    check_iterable(items, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_10(
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
    check_iterable(None, "items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_11(
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
    check_iterable(items, None)
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_12(
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
    check_iterable("items")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_13(
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
    check_iterable(items, )
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_14(
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
    check_iterable(items, "XXitemsXX")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_15(
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
    check_iterable(items, "ITEMS")
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_16(
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
    used = None
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_17(
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
    used = _scale(None, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_18(
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
    used = _scale(scale, None)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_19(
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
    used = _scale(policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_20(
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
    used = _scale(scale, )
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_21(
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
    used = _scale(scale, policy)
    if used == 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_22(
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
    used = _scale(scale, policy)
    if used != 11:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_23(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = None
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_24(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(None, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_25(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field=None, value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_26(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=None)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_27(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_28(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_29(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", )
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_30(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="XXscaleXX", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_31(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="SCALE", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), policy)


def x_nps__mutmut_32(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(None, policy)


def x_nps__mutmut_33(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), None)


def x_nps__mutmut_34(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(policy)


def x_nps__mutmut_35(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, used)), )


def x_nps__mutmut_36(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(None), policy)


def x_nps__mutmut_37(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(None, used)), policy)


def x_nps__mutmut_38(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, None)), policy)


def x_nps__mutmut_39(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(used)), policy)


def x_nps__mutmut_40(
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
    used = _scale(scale, policy)
    if used != 10:
        msg = f"scale: NPS needs 0–10 ratings, got scale {used}"
        raise InvalidComponent(msg, field="scale", value=used)
    return _nps_from_histogram(Counter(_ratings(items, )), policy)

mutants_x_nps__mutmut['_mutmut_orig'] = x_nps__mutmut_orig # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_1'] = x_nps__mutmut_1 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_2'] = x_nps__mutmut_2 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_3'] = x_nps__mutmut_3 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_4'] = x_nps__mutmut_4 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_5'] = x_nps__mutmut_5 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_6'] = x_nps__mutmut_6 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_7'] = x_nps__mutmut_7 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_8'] = x_nps__mutmut_8 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_9'] = x_nps__mutmut_9 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_10'] = x_nps__mutmut_10 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_11'] = x_nps__mutmut_11 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_12'] = x_nps__mutmut_12 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_13'] = x_nps__mutmut_13 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_14'] = x_nps__mutmut_14 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_15'] = x_nps__mutmut_15 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_16'] = x_nps__mutmut_16 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_17'] = x_nps__mutmut_17 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_18'] = x_nps__mutmut_18 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_19'] = x_nps__mutmut_19 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_20'] = x_nps__mutmut_20 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_21'] = x_nps__mutmut_21 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_22'] = x_nps__mutmut_22 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_23'] = x_nps__mutmut_23 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_24'] = x_nps__mutmut_24 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_25'] = x_nps__mutmut_25 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_26'] = x_nps__mutmut_26 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_27'] = x_nps__mutmut_27 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_28'] = x_nps__mutmut_28 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_29'] = x_nps__mutmut_29 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_30'] = x_nps__mutmut_30 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_31'] = x_nps__mutmut_31 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_32'] = x_nps__mutmut_32 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_33'] = x_nps__mutmut_33 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_34'] = x_nps__mutmut_34 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_35'] = x_nps__mutmut_35 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_36'] = x_nps__mutmut_36 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_37'] = x_nps__mutmut_37 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_38'] = x_nps__mutmut_38 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_39'] = x_nps__mutmut_39 # type: ignore # mutmut generated
mutants_x_nps__mutmut['x_nps__mutmut_40'] = x_nps__mutmut_40 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- by period


@attrs.frozen
class SatisfactionRow:
    """Satisfaction of one period and one group.

    Attributes:
        period_start: First day of the period (None when not grouped by period).
        period: Label of the period (``2015-08``; ``all`` when not grouped).
        group: The advisor, technician, position or handler (None: unknown / none).
        ratings: Count and mean of the ratings.
        csat: Share of satisfied ratings.
        nps: Net Promoter Score on a 0–10 scale, else None.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> def handled(n, day, score, handler):
        ...     return Complaint(number=n, customer_number="C1", handler=handler,
        ...                      satisfaction=score,
        ...                      received_at=datetime(2025, 10, day, 9, tzinfo=CHINA_TZ))
        >>> table = satisfaction_by_period(
        ...     [handled("T1", 9, 5, "王经理"), handled("T2", 10, 3, "王经理"),
        ...      handled("T3", 20, 4, "李娜")], period=Period.MONTH, by="处理人")
        >>> row = table.row("2025-10", "王经理")
        >>> row.ratings.count, row.ratings.mean, f"{row.csat}", row.nps is None
        (2, 4.0, '50%', True)
    """

    period_start: date | None
    period: str
    group: str | None
    ratings: RatingSummary
    csat: Rate
    nps: NetPromoterScore | None = None

    @_mutmut_mutated(mutants_xǁSatisfactionRowǁto_dict__mutmut)
    def to_dict(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_orig(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_1(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "XXperiodXX": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_2(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "PERIOD": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_3(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "XXperiod_startXX": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_4(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "PERIOD_START": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_5(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "XXgroupXX": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_6(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "GROUP": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_7(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "XXratingsXX": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_8(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "RATINGS": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_9(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "XXmeanXX": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_10(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "MEAN": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_11(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "XXsatisfiedXX": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_12(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "SATISFIED": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_13(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "XXcsatXX": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_14(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "CSAT": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_15(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "XXcsat_percentXX": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_16(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "CSAT_PERCENT": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_17(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "XXcsat_lowXX": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_18(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "CSAT_LOW": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_19(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "XXcsat_highXX": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_20(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "CSAT_HIGH": self.csat.high,
            "nps": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_21(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "XXnpsXX": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_22(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "NPS": None if self.nps is None else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_23(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if (self.nps is None) and False else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_24(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if (self.nps is None) or True else self.nps.score,
        }

    def xǁSatisfactionRowǁto_dict__mutmut_25(self) -> dict[str, object]:
        """The row as plain values."""
        return {
            "period": self.period,
            "period_start": self.period_start,
            "group": self.group,
            "ratings": self.ratings.count,
            "mean": self.ratings.mean,
            "satisfied": self.csat.numerator,
            "csat": self.csat.value,
            "csat_percent": self.csat.format_percent(),
            "csat_low": self.csat.low,
            "csat_high": self.csat.high,
            "nps": None if self.nps is not None else self.nps.score,
        }

mutants_xǁSatisfactionRowǁto_dict__mutmut['_mutmut_orig'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_1'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_2'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_3'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_4'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_5'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_6'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_7'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_8'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_9'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_10'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_11'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_12'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_13'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_14'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_15'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_16'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_17'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_18'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_19'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_20'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_21'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_22'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_22 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_23'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_23 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_24'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_24 # type: ignore # mutmut generated
mutants_xǁSatisfactionRowǁto_dict__mutmut['xǁSatisfactionRowǁto_dict__mutmut_25'] = SatisfactionRow.xǁSatisfactionRowǁto_dict__mutmut_25 # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁrow__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSatisfactionTableǁ_repr_html___mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class SatisfactionTable:
    """Satisfaction by period (and group), in time order.

    Attributes:
        period: The period used (None: one row for everything).
        breakdown: The breakdown used, if any.
        scale: Rating scale (5 or 10).
        satisfied_min_rating: The "satisfied" threshold used.
        rows: One row per period and group.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> def handled(n, day, score, handler):
        ...     return Complaint(number=n, customer_number="C1", handler=handler,
        ...                      satisfaction=score,
        ...                      received_at=datetime(2025, 10, day, 9, tzinfo=CHINA_TZ))
        >>> table = satisfaction_by_period(
        ...     [handled("T1", 9, 5, "王经理"), handled("T2", 10, 3, "王经理"),
        ...      handled("T3", 20, 4, "李娜")], period=Period.MONTH, by="处理人")
        >>> table.breakdown.label, table.scale, table.satisfied_min_rating
        ('处理人', 5, 4)
        >>> [(row.period, row.group, row.ratings.count) for row in table.rows]
        [('2025-10', '李娜', 1), ('2025-10', '王经理', 2)]
    """

    period: Period | None
    breakdown: Breakdown | None
    scale: int
    satisfied_min_rating: int
    rows: tuple[SatisfactionRow, ...]

    @_mutmut_mutated(mutants_xǁSatisfactionTableǁrow__mutmut)
    def row(self, period: str, group: str | None = None) -> SatisfactionRow | None:
        """The row of a period label and group, or None if there is no such row."""
        for row in self.rows:
            if row.period == period and row.group == group:
                return row
        return None

    def xǁSatisfactionTableǁrow__mutmut_orig(self, period: str, group: str | None = None) -> SatisfactionRow | None:
        """The row of a period label and group, or None if there is no such row."""
        for row in self.rows:
            if row.period == period and row.group == group:
                return row
        return None

    def xǁSatisfactionTableǁrow__mutmut_1(self, period: str, group: str | None = None) -> SatisfactionRow | None:
        """The row of a period label and group, or None if there is no such row."""
        for row in self.rows:
            if row.period == period or row.group == group:
                return row
        return None

    def xǁSatisfactionTableǁrow__mutmut_2(self, period: str, group: str | None = None) -> SatisfactionRow | None:
        """The row of a period label and group, or None if there is no such row."""
        for row in self.rows:
            if row.period != period and row.group == group:
                return row
        return None

    def xǁSatisfactionTableǁrow__mutmut_3(self, period: str, group: str | None = None) -> SatisfactionRow | None:
        """The row of a period label and group, or None if there is no such row."""
        for row in self.rows:
            if row.period == period and row.group != group:
                return row
        return None

    @_mutmut_mutated(mutants_xǁSatisfactionTableǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁSatisfactionTableǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁSatisfactionTableǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁSatisfactionTableǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁSatisfactionTableǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁSatisfactionTableǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁSatisfactionTableǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """Rows of plain values (for pandas or printing)."""
        return [row.to_dict() for row in self.rows]

mutants_xǁSatisfactionTableǁrow__mutmut['_mutmut_orig'] = SatisfactionTable.xǁSatisfactionTableǁrow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁrow__mutmut['xǁSatisfactionTableǁrow__mutmut_1'] = SatisfactionTable.xǁSatisfactionTableǁrow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁrow__mutmut['xǁSatisfactionTableǁrow__mutmut_2'] = SatisfactionTable.xǁSatisfactionTableǁrow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁrow__mutmut['xǁSatisfactionTableǁrow__mutmut_3'] = SatisfactionTable.xǁSatisfactionTableǁrow__mutmut_3 # type: ignore # mutmut generated

mutants_xǁSatisfactionTableǁ_repr_html___mutmut['_mutmut_orig'] = SatisfactionTable.xǁSatisfactionTableǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁ_repr_html___mutmut['xǁSatisfactionTableǁ_repr_html___mutmut_1'] = SatisfactionTable.xǁSatisfactionTableǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁ_repr_html___mutmut['xǁSatisfactionTableǁ_repr_html___mutmut_2'] = SatisfactionTable.xǁSatisfactionTableǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁ_repr_html___mutmut['xǁSatisfactionTableǁ_repr_html___mutmut_3'] = SatisfactionTable.xǁSatisfactionTableǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁ_repr_html___mutmut['xǁSatisfactionTableǁ_repr_html___mutmut_4'] = SatisfactionTable.xǁSatisfactionTableǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁSatisfactionTableǁ_repr_html___mutmut['xǁSatisfactionTableǁ_repr_html___mutmut_5'] = SatisfactionTable.xǁSatisfactionTableǁ_repr_html___mutmut_5 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__rated_on__mutmut)
def _rated_on(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_orig(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_1(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = None
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_2(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_3(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(None)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_4(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = None
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_5(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at and item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_6(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at and item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_7(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(None)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_8(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = None
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_9(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(None).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_10(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(None)}"
    )
    raise InvalidFormat(msg, field="ratings", value=item)


def x__rated_on__mutmut_11(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(None, field="ratings", value=item)


def x__rated_on__mutmut_12(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field=None, value=item)


def x__rated_on__mutmut_13(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", value=None)


def x__rated_on__mutmut_14(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(field="ratings", value=item)


def x__rated_on__mutmut_15(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, value=item)


def x__rated_on__mutmut_16(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="ratings", )


def x__rated_on__mutmut_17(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="XXratingsXX", value=item)


def x__rated_on__mutmut_18(item: object) -> date:
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        if attempt is not None:
            return local_date(attempt.at)
    if isinstance(item, Complaint):
        # Complaint-handling satisfaction belongs to the period the complaint was
        # settled in (closed, else resolved, else received).
        moment = item.closed_at or item.resolved_at or item.received_at
        return local_date(moment)
    msg = (
        f"ratings: grouping by period needs dated records (follow-ups or complaints), "
        f"got {type(item).__name__} {shown(item)}"
    )
    raise InvalidFormat(msg, field="RATINGS", value=item)

mutants_x__rated_on__mutmut['_mutmut_orig'] = x__rated_on__mutmut_orig # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_1'] = x__rated_on__mutmut_1 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_2'] = x__rated_on__mutmut_2 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_3'] = x__rated_on__mutmut_3 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_4'] = x__rated_on__mutmut_4 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_5'] = x__rated_on__mutmut_5 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_6'] = x__rated_on__mutmut_6 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_7'] = x__rated_on__mutmut_7 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_8'] = x__rated_on__mutmut_8 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_9'] = x__rated_on__mutmut_9 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_10'] = x__rated_on__mutmut_10 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_11'] = x__rated_on__mutmut_11 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_12'] = x__rated_on__mutmut_12 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_13'] = x__rated_on__mutmut_13 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_14'] = x__rated_on__mutmut_14 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_15'] = x__rated_on__mutmut_15 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_16'] = x__rated_on__mutmut_16 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_17'] = x__rated_on__mutmut_17 # type: ignore # mutmut generated
mutants_x__rated_on__mutmut['x__rated_on__mutmut_18'] = x__rated_on__mutmut_18 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__groups_of__mutmut)
def _groups_of(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_orig(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_1(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is not None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_2(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by not in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_3(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = None
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_4(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(None, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_5(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, None, None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_6(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr("work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_7(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_8(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", )
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_9(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "XXwork_order_numberXX", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_10(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "WORK_ORDER_NUMBER", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_11(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_12(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if (number is not None) and False else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_13(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if (number is not None) or True else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_14(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(None) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_15(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_16(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is not None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_17(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if (by is Breakdown.SERVICE_ADVISOR) and False else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_18(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if (by is Breakdown.SERVICE_ADVISOR) or True else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_19(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is not Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_20(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is not Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_21(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_22(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if (isinstance(item, FollowUp)) and False else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_23(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if (isinstance(item, FollowUp)) or True else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_24(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = None
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_25(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if (attempt is None) and False else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_26(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if (attempt is None) or True else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_27(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is not None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_28(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = None
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_29(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted(None)
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_30(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if (unique) and False else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_31(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if (unique) or True else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_32(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(None) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_33(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = None
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_34(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if (attempt is None) and False else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_35(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if (attempt is None) or True else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_36(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is not None else attempt.by]
    return [getattr(item, "handler", None)]


def x__groups_of__mutmut_37(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(None, "handler", None)]


def x__groups_of__mutmut_38(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, None, None)]


def x__groups_of__mutmut_39(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr("handler", None)]


def x__groups_of__mutmut_40(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, None)]


def x__groups_of__mutmut_41(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "handler", )]


def x__groups_of__mutmut_42(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "XXhandlerXX", None)]


def x__groups_of__mutmut_43(
    item: object, by: Breakdown | None, work_orders: Mapping[str, WorkOrder]
) -> list[str | None]:
    if by is None:
        return [None]
    if by in (Breakdown.SERVICE_ADVISOR, Breakdown.TECHNICIAN):
        number = getattr(item, "work_order_number", None)
        order = work_orders.get(number) if number is not None else None
        if order is None:
            return [None]
        return [order.service_advisor if by is Breakdown.SERVICE_ADVISOR else order.technician]
    if by is Breakdown.JOB_POSITION:
        attempt = item.completed_attempt if isinstance(item, FollowUp) else None
        positions = [] if attempt is None else [issue.position for issue in attempt.issues]
        unique = sorted({position.value for position in positions})
        return list(unique) if unique else [None]
    # HANDLER: the caller of a follow-up, the handler of a complaint.
    if isinstance(item, FollowUp):
        attempt = item.completed_attempt
        return [None if attempt is None else attempt.by]
    return [getattr(item, "HANDLER", None)]

mutants_x__groups_of__mutmut['_mutmut_orig'] = x__groups_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_1'] = x__groups_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_2'] = x__groups_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_3'] = x__groups_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_4'] = x__groups_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_5'] = x__groups_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_6'] = x__groups_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_7'] = x__groups_of__mutmut_7 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_8'] = x__groups_of__mutmut_8 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_9'] = x__groups_of__mutmut_9 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_10'] = x__groups_of__mutmut_10 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_11'] = x__groups_of__mutmut_11 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_12'] = x__groups_of__mutmut_12 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_13'] = x__groups_of__mutmut_13 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_14'] = x__groups_of__mutmut_14 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_15'] = x__groups_of__mutmut_15 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_16'] = x__groups_of__mutmut_16 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_17'] = x__groups_of__mutmut_17 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_18'] = x__groups_of__mutmut_18 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_19'] = x__groups_of__mutmut_19 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_20'] = x__groups_of__mutmut_20 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_21'] = x__groups_of__mutmut_21 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_22'] = x__groups_of__mutmut_22 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_23'] = x__groups_of__mutmut_23 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_24'] = x__groups_of__mutmut_24 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_25'] = x__groups_of__mutmut_25 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_26'] = x__groups_of__mutmut_26 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_27'] = x__groups_of__mutmut_27 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_28'] = x__groups_of__mutmut_28 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_29'] = x__groups_of__mutmut_29 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_30'] = x__groups_of__mutmut_30 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_31'] = x__groups_of__mutmut_31 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_32'] = x__groups_of__mutmut_32 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_33'] = x__groups_of__mutmut_33 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_34'] = x__groups_of__mutmut_34 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_35'] = x__groups_of__mutmut_35 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_36'] = x__groups_of__mutmut_36 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_37'] = x__groups_of__mutmut_37 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_38'] = x__groups_of__mutmut_38 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_39'] = x__groups_of__mutmut_39 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_40'] = x__groups_of__mutmut_40 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_41'] = x__groups_of__mutmut_41 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_42'] = x__groups_of__mutmut_42 # type: ignore # mutmut generated
mutants_x__groups_of__mutmut['x__groups_of__mutmut_43'] = x__groups_of__mutmut_43 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_satisfaction_by_period__mutmut)
def satisfaction_by_period(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_orig(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_1(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = None
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_2(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(None, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_3(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, None, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_4(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, None)
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_5(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_6(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_7(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, )
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_8(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_9(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "POLICY")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_10(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(None, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_11(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, None)
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_12(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable("items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_13(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, )
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_14(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "XXitemsXX")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_15(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "ITEMS")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_16(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = None
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_17(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(None)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_18(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = None
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_19(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if (isinstance(by, str)) and False else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_20(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if (isinstance(by, str)) or True else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_21(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(None) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_22(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = None
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_23(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(None, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_24(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, None)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_25(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_26(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, )
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_27(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = None
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_28(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = None
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_29(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(None)
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_30(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: None)
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_31(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(None))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_32(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = None  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_33(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings(None, used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_34(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], None)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_35(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings(used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_36(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], )  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_37(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_38(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            break
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_39(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = None
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_40(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if (used_period is not None) and False else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_41(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if (used_period is not None) or True else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_42(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(None, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_43(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, None) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_44(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(_rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_45(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, ) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_46(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(None)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_47(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_48(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "XXallXX")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_49(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "ALL")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_50(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(None, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_51(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, None, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_52(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, None):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_53(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_54(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_55(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, ):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_56(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] = 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_57(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] -= 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_58(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[1]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_59(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 2
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_60(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(None, breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_61(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, None, used, buckets, policy)


def x_satisfaction_by_period__mutmut_62(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, None, buckets, policy)


def x_satisfaction_by_period__mutmut_63(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, None, policy)


def x_satisfaction_by_period__mutmut_64(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, None)


def x_satisfaction_by_period__mutmut_65(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(breakdown, used, buckets, policy)


def x_satisfaction_by_period__mutmut_66(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, used, buckets, policy)


def x_satisfaction_by_period__mutmut_67(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, buckets, policy)


def x_satisfaction_by_period__mutmut_68(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, policy)


def x_satisfaction_by_period__mutmut_69(
    items: Iterable[FollowUp | Complaint],
    *,
    period: Period | None,
    by: Breakdown | str | None = None,
    work_orders: Iterable[WorkOrder] = (),
    scale: int | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> SatisfactionTable:
    """Return mean rating, CSAT (and NPS on a 0–10 scale) by period and group.

    For *repair satisfaction* pass the repair follow-ups (a follow-up counts in
    the period of its completed call); for *complaint-handling satisfaction*
    pass the complaints (a complaint counts in the period it was closed) or the
    complaint follow-ups. Unrated records are skipped.

    Args:
        items: Follow-ups and/or complaints.
        period: Day, week, month, quarter or year; None for one row over everything.
        by: Optional breakdown (service advisor, technician, job position, handler).
        work_orders: Work orders to look the advisor and technician up in, by
            the record's ``work_order_number``.
        scale: 5 or 10; defaults to the policy's scale.
        policy: Thresholds and the confidence of the intervals.

    Returns:
        A :class:`SatisfactionTable` whose rows are in time order, then by group.

    Raises:
        autocrm.errors.InvalidComponent: a rating outside the scale, a bad period.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt
        >>> def rated(n, day, rating):
        ...     at = datetime(2025, 10, day, 10, tzinfo=CHINA_TZ)
        ...     return FollowUp(number=n, kind="3dc", customer_number="C1",
        ...                     work_order_number="WO1", earliest=at.date(), due=at.date(),
        ...                     latest=at.date(), status="completed",
        ...                     attempts=[CallAttempt(at, "completed", rating=rating)])
        >>> table = satisfaction_by_period(
        ...     [rated("F1", 9, 5), rated("F2", 10, 3), rated("F3", 15, 4)], period=Period.WEEK)
        >>> [(r.period, r.ratings.count, f"{r.csat}") for r in table.rows]
        [('2025-W41', 2, '50%'), ('2025-W42', 1, '100%')]
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(items, "items")
    used_period = _check_period(period)
    breakdown = Breakdown.from_label(by) if isinstance(by, str) else by
    used = _scale(scale, policy)
    orders = {order.number: order for order in work_orders}
    buckets: _Buckets = defaultdict(lambda: defaultdict(Counter))
    for item in items:
        ratings = _ratings([item], used)  # [] when unrated; raises off the scale
        if not ratings:
            continue
        key = (
            _period_key(used_period, _rated_on(item)) if used_period is not None else (None, "all")
        )
        for group in _groups_of(item, breakdown, orders):
            buckets[key][group][ratings[0]] += 1
    return _satisfaction_from_tally(used_period, breakdown, used, buckets, )

mutants_x_satisfaction_by_period__mutmut['_mutmut_orig'] = x_satisfaction_by_period__mutmut_orig # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_1'] = x_satisfaction_by_period__mutmut_1 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_2'] = x_satisfaction_by_period__mutmut_2 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_3'] = x_satisfaction_by_period__mutmut_3 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_4'] = x_satisfaction_by_period__mutmut_4 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_5'] = x_satisfaction_by_period__mutmut_5 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_6'] = x_satisfaction_by_period__mutmut_6 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_7'] = x_satisfaction_by_period__mutmut_7 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_8'] = x_satisfaction_by_period__mutmut_8 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_9'] = x_satisfaction_by_period__mutmut_9 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_10'] = x_satisfaction_by_period__mutmut_10 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_11'] = x_satisfaction_by_period__mutmut_11 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_12'] = x_satisfaction_by_period__mutmut_12 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_13'] = x_satisfaction_by_period__mutmut_13 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_14'] = x_satisfaction_by_period__mutmut_14 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_15'] = x_satisfaction_by_period__mutmut_15 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_16'] = x_satisfaction_by_period__mutmut_16 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_17'] = x_satisfaction_by_period__mutmut_17 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_18'] = x_satisfaction_by_period__mutmut_18 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_19'] = x_satisfaction_by_period__mutmut_19 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_20'] = x_satisfaction_by_period__mutmut_20 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_21'] = x_satisfaction_by_period__mutmut_21 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_22'] = x_satisfaction_by_period__mutmut_22 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_23'] = x_satisfaction_by_period__mutmut_23 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_24'] = x_satisfaction_by_period__mutmut_24 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_25'] = x_satisfaction_by_period__mutmut_25 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_26'] = x_satisfaction_by_period__mutmut_26 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_27'] = x_satisfaction_by_period__mutmut_27 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_28'] = x_satisfaction_by_period__mutmut_28 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_29'] = x_satisfaction_by_period__mutmut_29 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_30'] = x_satisfaction_by_period__mutmut_30 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_31'] = x_satisfaction_by_period__mutmut_31 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_32'] = x_satisfaction_by_period__mutmut_32 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_33'] = x_satisfaction_by_period__mutmut_33 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_34'] = x_satisfaction_by_period__mutmut_34 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_35'] = x_satisfaction_by_period__mutmut_35 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_36'] = x_satisfaction_by_period__mutmut_36 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_37'] = x_satisfaction_by_period__mutmut_37 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_38'] = x_satisfaction_by_period__mutmut_38 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_39'] = x_satisfaction_by_period__mutmut_39 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_40'] = x_satisfaction_by_period__mutmut_40 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_41'] = x_satisfaction_by_period__mutmut_41 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_42'] = x_satisfaction_by_period__mutmut_42 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_43'] = x_satisfaction_by_period__mutmut_43 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_44'] = x_satisfaction_by_period__mutmut_44 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_45'] = x_satisfaction_by_period__mutmut_45 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_46'] = x_satisfaction_by_period__mutmut_46 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_47'] = x_satisfaction_by_period__mutmut_47 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_48'] = x_satisfaction_by_period__mutmut_48 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_49'] = x_satisfaction_by_period__mutmut_49 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_50'] = x_satisfaction_by_period__mutmut_50 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_51'] = x_satisfaction_by_period__mutmut_51 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_52'] = x_satisfaction_by_period__mutmut_52 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_53'] = x_satisfaction_by_period__mutmut_53 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_54'] = x_satisfaction_by_period__mutmut_54 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_55'] = x_satisfaction_by_period__mutmut_55 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_56'] = x_satisfaction_by_period__mutmut_56 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_57'] = x_satisfaction_by_period__mutmut_57 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_58'] = x_satisfaction_by_period__mutmut_58 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_59'] = x_satisfaction_by_period__mutmut_59 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_60'] = x_satisfaction_by_period__mutmut_60 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_61'] = x_satisfaction_by_period__mutmut_61 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_62'] = x_satisfaction_by_period__mutmut_62 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_63'] = x_satisfaction_by_period__mutmut_63 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_64'] = x_satisfaction_by_period__mutmut_64 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_65'] = x_satisfaction_by_period__mutmut_65 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_66'] = x_satisfaction_by_period__mutmut_66 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_67'] = x_satisfaction_by_period__mutmut_67 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_68'] = x_satisfaction_by_period__mutmut_68 # type: ignore # mutmut generated
mutants_x_satisfaction_by_period__mutmut['x_satisfaction_by_period__mutmut_69'] = x_satisfaction_by_period__mutmut_69 # type: ignore # mutmut generated


_Buckets: TypeAlias = dict[tuple[date | None, str], dict[str | None, Counter[int]]]
mutants_x__satisfaction_from_tally__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__satisfaction_from_tally__mutmut)
def _satisfaction_from_tally(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_orig(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_1(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = None
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_2(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(None):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_3(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = None
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_4(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(None, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_5(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=None):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_6(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_7(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, ):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_8(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: None):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_9(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is not None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_10(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g and "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_11(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "XXXX")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_12(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = None
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_13(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                None
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_14(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=None,
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_15(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=None,
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_16(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=None,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_17(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=None,
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_18(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=None,
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_19(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_20(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_21(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_22(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_23(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_24(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_25(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_26(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[1],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_27(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[2],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_28(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(None, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_29(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, None),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_30(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_31(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, ),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_32(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(None, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_33(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, None, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_34(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, None),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_35(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_36(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_37(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, ),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_38(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if (scale == 10) and False else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_39(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if (scale == 10) or True else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_40(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(None, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_41(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, None) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_42(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_43(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, ) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_44(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale != 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_45(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 11 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_46(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=None,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_47(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=None,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_48(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=None,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_49(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=None,
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_50(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=None,
    )


def x__satisfaction_from_tally__mutmut_51(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_52(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_53(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_54(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_55(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        )


def x__satisfaction_from_tally__mutmut_56(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(None, policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_57(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, None),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_58(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(policy),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_59(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, ),
        rows=tuple(rows),
    )


def x__satisfaction_from_tally__mutmut_60(
    used_period: Period | None,
    breakdown: Breakdown | None,
    scale: int,
    buckets: Mapping[tuple[date | None, str], Mapping[str | None, Mapping[int, int]]],
    policy: StatsPolicy,
) -> SatisfactionTable:
    """The result of :func:`satisfaction_by_period` from rating histograms (shared with SQL).

    ``buckets`` maps a period key (``(start, label)``) to groups, each group to
    how many ratings of each value it holds.
    """
    rows = []
    for key in _sorted_keys(buckets):
        groups = buckets[key]
        for group in sorted(groups, key=lambda g: (g is None, g or "")):
            histogram = groups[group]
            rows.append(
                SatisfactionRow(
                    period_start=key[0],
                    period=key[1],
                    group=group,
                    ratings=_summary_from_histogram(histogram, scale),
                    csat=_csat_from_histogram(histogram, scale, policy),
                    nps=_nps_from_histogram(histogram, policy) if scale == 10 else None,
                )
            )
    return SatisfactionTable(
        period=used_period,
        breakdown=breakdown,
        scale=scale,
        satisfied_min_rating=_threshold(scale, policy),
        rows=tuple(None),
    )

mutants_x__satisfaction_from_tally__mutmut['_mutmut_orig'] = x__satisfaction_from_tally__mutmut_orig # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_1'] = x__satisfaction_from_tally__mutmut_1 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_2'] = x__satisfaction_from_tally__mutmut_2 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_3'] = x__satisfaction_from_tally__mutmut_3 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_4'] = x__satisfaction_from_tally__mutmut_4 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_5'] = x__satisfaction_from_tally__mutmut_5 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_6'] = x__satisfaction_from_tally__mutmut_6 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_7'] = x__satisfaction_from_tally__mutmut_7 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_8'] = x__satisfaction_from_tally__mutmut_8 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_9'] = x__satisfaction_from_tally__mutmut_9 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_10'] = x__satisfaction_from_tally__mutmut_10 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_11'] = x__satisfaction_from_tally__mutmut_11 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_12'] = x__satisfaction_from_tally__mutmut_12 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_13'] = x__satisfaction_from_tally__mutmut_13 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_14'] = x__satisfaction_from_tally__mutmut_14 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_15'] = x__satisfaction_from_tally__mutmut_15 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_16'] = x__satisfaction_from_tally__mutmut_16 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_17'] = x__satisfaction_from_tally__mutmut_17 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_18'] = x__satisfaction_from_tally__mutmut_18 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_19'] = x__satisfaction_from_tally__mutmut_19 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_20'] = x__satisfaction_from_tally__mutmut_20 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_21'] = x__satisfaction_from_tally__mutmut_21 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_22'] = x__satisfaction_from_tally__mutmut_22 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_23'] = x__satisfaction_from_tally__mutmut_23 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_24'] = x__satisfaction_from_tally__mutmut_24 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_25'] = x__satisfaction_from_tally__mutmut_25 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_26'] = x__satisfaction_from_tally__mutmut_26 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_27'] = x__satisfaction_from_tally__mutmut_27 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_28'] = x__satisfaction_from_tally__mutmut_28 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_29'] = x__satisfaction_from_tally__mutmut_29 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_30'] = x__satisfaction_from_tally__mutmut_30 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_31'] = x__satisfaction_from_tally__mutmut_31 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_32'] = x__satisfaction_from_tally__mutmut_32 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_33'] = x__satisfaction_from_tally__mutmut_33 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_34'] = x__satisfaction_from_tally__mutmut_34 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_35'] = x__satisfaction_from_tally__mutmut_35 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_36'] = x__satisfaction_from_tally__mutmut_36 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_37'] = x__satisfaction_from_tally__mutmut_37 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_38'] = x__satisfaction_from_tally__mutmut_38 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_39'] = x__satisfaction_from_tally__mutmut_39 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_40'] = x__satisfaction_from_tally__mutmut_40 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_41'] = x__satisfaction_from_tally__mutmut_41 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_42'] = x__satisfaction_from_tally__mutmut_42 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_43'] = x__satisfaction_from_tally__mutmut_43 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_44'] = x__satisfaction_from_tally__mutmut_44 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_45'] = x__satisfaction_from_tally__mutmut_45 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_46'] = x__satisfaction_from_tally__mutmut_46 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_47'] = x__satisfaction_from_tally__mutmut_47 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_48'] = x__satisfaction_from_tally__mutmut_48 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_49'] = x__satisfaction_from_tally__mutmut_49 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_50'] = x__satisfaction_from_tally__mutmut_50 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_51'] = x__satisfaction_from_tally__mutmut_51 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_52'] = x__satisfaction_from_tally__mutmut_52 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_53'] = x__satisfaction_from_tally__mutmut_53 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_54'] = x__satisfaction_from_tally__mutmut_54 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_55'] = x__satisfaction_from_tally__mutmut_55 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_56'] = x__satisfaction_from_tally__mutmut_56 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_57'] = x__satisfaction_from_tally__mutmut_57 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_58'] = x__satisfaction_from_tally__mutmut_58 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_59'] = x__satisfaction_from_tally__mutmut_59 # type: ignore # mutmut generated
mutants_x__satisfaction_from_tally__mutmut['x__satisfaction_from_tally__mutmut_60'] = x__satisfaction_from_tally__mutmut_60 # type: ignore # mutmut generated
