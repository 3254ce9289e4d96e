"""The numbers of the follow-up rules: call windows, retries, the rating scale.

See [follow-up calls][sources-followups] and [calls that fail][sources-followups-attempts]
for where each default comes from.

Examples:
    >>> FollowUpPolicy().max_attempts
    3
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from autocrm.domain.checks import whole_number
from autocrm.domain.followup import (
    CallOutcome,
)
from autocrm.domain.work_order import ServiceType
from autocrm.errors import PolicyError, shown
from autocrm.rules._visits import policy_items

__all__ = ["FollowUpPolicy"]


def _check_window(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
        or not 1 <= value[0] <= value[1]
    ):
        msg = (
            f"{attribute.name}: expected (first day, last day) with 1 <= first <= last, "
            f"got {shown(value)}"
        )
        raise PolicyError(msg, field=attribute.name, value=value)


def _check_scale(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value not in (5, 10):
        msg = f"{attribute.name}: a rating scale is 5 (1–5) or 10 (0–10), got {shown(value)}"
        raise PolicyError(msg, field=attribute.name, value=value)


def _to_window(value: Iterable[int]) -> tuple[int, int]:
    # cattrs and TOML give lists; anything else is left for _check_window to name.
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return value  # type: ignore[return-value]


def _to_service_types(value: Iterable[object]) -> tuple[ServiceType, ...]:
    items = policy_items(value, "no_callback_types")
    converted = [
        ServiceType.member(item, field="no_callback_types", error=PolicyError) for item in items
    ]
    # A sorted tuple, not a set: it round-trips through policies_to_dict as a JSON list.
    return tuple(sorted(set(converted), key=lambda t: t.value))


def _to_retry_map(value: Mapping[Any, int]) -> Mapping[CallOutcome, int]:
    given: object = value
    if not isinstance(given, Mapping):
        msg = (
            "retry_after_workdays_by_outcome: expected a table of call outcome -> days, "
            f"got {type(given).__name__}"
        )
        raise PolicyError(msg, field="retry_after_workdays_by_outcome", value=given)
    result: dict[CallOutcome, int] = {}
    for key, days in dict(value).items():
        outcome = CallOutcome.member(
            key, field="retry_after_workdays_by_outcome", error=PolicyError
        )
        if outcome is CallOutcome.COMPLETED:
            msg = "retry_after_workdays_by_outcome: a completed call is never retried"
            raise PolicyError(msg, field="retry_after_workdays_by_outcome", value=key)
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            msg = (
                f"retry_after_workdays_by_outcome.{outcome.value}: expected >= 0, got {shown(days)}"
            )
            raise PolicyError(msg, field="retry_after_workdays_by_outcome", value=days)
        result[outcome] = days
    return MappingProxyType(result)


def _to_outcomes(value: Iterable[object]) -> tuple[CallOutcome, ...]:
    items = policy_items(value, "close_at_once_outcomes")
    result: set[CallOutcome] = set()
    for item in items:
        outcome = CallOutcome.member(item, field="close_at_once_outcomes", error=PolicyError)
        if outcome is CallOutcome.COMPLETED:
            msg = "close_at_once_outcomes: a completed call already closes the follow-up"
            raise PolicyError(msg, field="close_at_once_outcomes", value=item)
        result.add(outcome)
    # A sorted tuple, not a set: it round-trips through policies_to_dict as a JSON list.
    return tuple(sorted(result, key=lambda o: o.value))


def _default_retry_map() -> Mapping[CallOutcome, int]:
    # Each call outcome has its own "try again after" days (*defaults*):
    # nobody answered, the line was busy or the phone was off: the customer is there,
    # just not now; try again the next working day.
    return {CallOutcome.NO_ANSWER: 1, CallOutcome.BUSY: 1, CallOutcome.POWERED_OFF: 1}


@attrs.frozen(kw_only=True)
class FollowUpPolicy:
    """The numbers of the follow-up rules (see [when to call][sources-followups-schedule]).

    Attributes:
        three_day_days: 3DC: call within this many days after the visit closed.
        minor_repair_days: Minor repair callback window, days after closing (3–5).
        major_repair_days: Major repair callback window, days after closing (2–4 weeks).
        new_car_day: 7DC: the day after delivery on which a new car is called.
        sale_three_day_days: Sale 3D: call within this many days after delivery.
        max_attempts: Failed calls before a follow-up is closed as unreachable (*default*).
        retry_after_workdays: Working days after a failed call before the next one.
        retry_after_workdays_by_outcome: Working days to wait after each failed outcome
            (each outcome has its own "try again after" days); *default*
            no answer 1, busy 1, powered off 1. A mapping you give replaces the default
            one; an outcome it does not name waits ``retry_after_workdays``.
        close_at_once_outcomes: Outcomes that close the follow-up as UNREACHABLE at once
            (*default*: wrong number — the number must be corrected in the archive
            first, and a new call scheduled; refused — the customer declined the call,
            calling again is pressure, record an opt-out if he asks). An outcome given
            a delay in ``retry_after_workdays_by_outcome`` is retried instead.
        rating_scale: 5 (ratings 1–5) or 10 (ratings 0–10).
        contact_cooldown_days: A customer reached in the last N days is kept off the
            worklist (*default* 7).
        no_callback_types: Service types that are not a service visit of the vehicle and
            so get no 3DC on their own (parts over the counter, insurance renewal).

    Examples:
        >>> FollowUpPolicy().minor_repair_days
        (3, 5)
        >>> FollowUpPolicy(rating_scale=7)
        Traceback (most recent call last):
        ...
        autocrm.errors.PolicyError: rating_scale: a rating scale is 5 (1–5) or 10 (0–10), got 7
    """

    three_day_days: int = attrs.field(default=3, validator=whole_number(1))
    minor_repair_days: tuple[int, int] = attrs.field(
        default=(3, 5), converter=_to_window, validator=_check_window
    )
    major_repair_days: tuple[int, int] = attrs.field(
        default=(14, 28), converter=_to_window, validator=_check_window
    )
    new_car_day: int = attrs.field(default=7, validator=whole_number(1))
    sale_three_day_days: int = attrs.field(default=3, validator=whole_number(1))
    max_attempts: int = attrs.field(default=3, validator=whole_number(1))
    retry_after_workdays: int = attrs.field(default=1, validator=whole_number(0))
    retry_after_workdays_by_outcome: Mapping[CallOutcome, int] = attrs.field(
        factory=_default_retry_map, converter=_to_retry_map, hash=False
    )
    close_at_once_outcomes: tuple[CallOutcome, ...] = attrs.field(
        default=(CallOutcome.REFUSED, CallOutcome.WRONG_NUMBER), converter=_to_outcomes
    )
    rating_scale: int = attrs.field(default=5, validator=_check_scale)
    contact_cooldown_days: int = attrs.field(default=7, validator=whole_number(0))
    no_callback_types: tuple[ServiceType, ...] = attrs.field(
        default=(ServiceType.INSURANCE_RENEWAL, ServiceType.PARTS_OVER_COUNTER),
        converter=_to_service_types,
    )

    def retry_after(self, outcome: CallOutcome) -> int:
        """Working days to wait after a failed call ending in ``outcome``.

        Examples:
            >>> p = FollowUpPolicy(retry_after_workdays_by_outcome={"wrong_number": 3})
            >>> p.retry_after(CallOutcome.WRONG_NUMBER), p.retry_after(CallOutcome.BUSY)
            (3, 1)
        """
        return self.retry_after_workdays_by_outcome.get(outcome, self.retry_after_workdays)

    def closes_at_once(self, outcome: CallOutcome) -> bool:
        """Return whether a call ending in ``outcome`` closes the follow-up at once.

        Examples:
            >>> FollowUpPolicy().closes_at_once(CallOutcome.WRONG_NUMBER)
            True
            >>> FollowUpPolicy(retry_after_workdays_by_outcome={"wrong_number": 3}
            ...                ).closes_at_once(CallOutcome.WRONG_NUMBER)
            False
        """
        return (
            outcome in self.close_at_once_outcomes
            and outcome not in self.retry_after_workdays_by_outcome
        )
