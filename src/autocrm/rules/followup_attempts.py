"""Recording a follow-up call: its outcome, the retry, closing after the last attempt.

A failed call is retried on the next working day (or after the outcome's own number of
days); after ``max_attempts`` failed calls, or at once on a wrong number or a refusal,
the follow-up is closed (see [calls that fail][sources-followups-attempts]).

Examples:
    >>> FollowUpStatus.PENDING.value
    'pending'
"""

from __future__ import annotations

import attrs

from autocrm.domain.followup import (
    CallAttempt,
    CallOutcome,
    FollowUp,
    FollowUpStatus,
)
from autocrm.domain.time import local_date
from autocrm.errors import InvalidComponent, InvalidTransition
from autocrm.rules._visits import checked
from autocrm.rules.calendar import DEFAULT_CALENDAR, WorkdayCalendar
from autocrm.rules.calendar_estimates import estimated_years
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.workdays import add_workdays

__all__ = ["record_attempt"]


def _check_rating(attempt: CallAttempt, policy: FollowUpPolicy) -> None:
    if attempt.rating is None:
        return
    low = 1 if policy.rating_scale == 5 else 0
    if not low <= attempt.rating <= policy.rating_scale:
        msg = (
            f"rating: {attempt.rating} is outside the rating scale {low}–{policy.rating_scale} "
            f"(FollowUpPolicy.rating_scale={policy.rating_scale})"
        )
        raise InvalidComponent(msg, field="rating", value=attempt.rating)


def record_attempt(
    followup: FollowUp,
    attempt: CallAttempt,
    *,
    policy: FollowUpPolicy = FollowUpPolicy(),
    calendar: WorkdayCalendar = DEFAULT_CALENDAR,
) -> FollowUp:
    """Return ``followup`` with ``attempt`` recorded and its status moved on.

    * A completed call closes the follow-up as COMPLETED; its rating must be on the
      policy's scale (1–5, or 0–10); a call without a rating is accepted (the customer
      may decline to rate).
    * A failed call (no answer, busy, wrong number, refused, powered off) schedules the
      next attempt ``retry_after`` working days later (default: the next working day);
      the ``max_attempts``-th failed call closes it as UNREACHABLE.
    * A wrong number or a refusal (``policy.close_at_once_outcomes``) closes it as
      UNREACHABLE at once; the attempt's outcome says which.

    Args:
        followup: A pending follow-up.
        attempt: The call just made; it must not be earlier than the last recorded call
            nor fall before the day that triggered the follow-up.
        policy: The follow-up numbers.
        calendar: Working days for the retry.

    Returns:
        A new FollowUp; the argument is not changed.

    Raises:
        autocrm.errors.InvalidTransition: the follow-up is already completed,
            unreachable or cancelled.
        autocrm.errors.InvalidComponent: ``at`` out of order, or ``rating`` off the scale.

    Examples:
        >>> from datetime import date, datetime
        >>> from autocrm.domain import CHINA_TZ, CallAttempt, FollowUp
        >>> fu = FollowUp(number="WO1-3DC", kind="3dc", customer_number="C1",
        ...               earliest=date(2025, 9, 30), due=date(2025, 10, 9),
        ...               latest=date(2025, 10, 9))
        >>> fu = record_attempt(fu, CallAttempt(datetime(2025, 9, 30, 10, tzinfo=CHINA_TZ),
        ...                                     "no_answer"))
        >>> fu.status.value, fu.next_attempt_on
        ('pending', datetime.date(2025, 10, 9))
        >>> fu = record_attempt(fu, CallAttempt(datetime(2025, 10, 9, 10, tzinfo=CHINA_TZ),
        ...                                     "completed", rating=5))
        >>> fu.status.value, fu.rating
        ('completed', 5)
    """
    policy = checked(policy, FollowUpPolicy, "policy")
    checked(followup, FollowUp, "followup")
    checked(attempt, CallAttempt, "attempt")
    if followup.status is not FollowUpStatus.PENDING:
        msg = (
            f"follow-up {followup.number} is {followup.status.value}; "
            f"no further call can be recorded"
        )
        raise InvalidTransition(msg, current=followup.status, requested=attempt.outcome)
    if followup.attempts and attempt.at < followup.attempts[-1].at:
        msg = (
            f"at: the call at {attempt.at.isoformat()} is before the last recorded call "
            f"at {followup.attempts[-1].at.isoformat()}; record calls in time order"
        )
        raise InvalidComponent(msg, field="at", value=attempt.at)
    called_on = local_date(attempt.at)
    if followup.trigger_on is not None and called_on < followup.trigger_on:
        msg = f"at: the call on {called_on} is before the follow-up's trigger {followup.trigger_on}"
        raise InvalidComponent(msg, field="at", value=attempt.at)
    attempts = (*followup.attempts, attempt)
    if attempt.outcome is CallOutcome.COMPLETED:
        _check_rating(attempt, policy)
        return attrs.evolve(followup, attempts=attempts, status=FollowUpStatus.COMPLETED)
    failed = sum(1 for a in attempts if a.outcome.is_failure)
    if failed >= policy.max_attempts or policy.closes_at_once(attempt.outcome):
        # After max_attempts failed calls the follow-up is closed as unreachable; a
        # wrong number or a refusal is not retried at all (it closes at once).
        return attrs.evolve(followup, attempts=attempts, status=FollowUpStatus.UNREACHABLE)
    retry_on = add_workdays(called_on, policy.retry_after(attempt.outcome), calendar=calendar)
    # A retry day counted over an estimated year rests on the estimate too.
    estimated = followup.estimated or bool(estimated_years(called_on, retry_on, calendar=calendar))
    return attrs.evolve(followup, attempts=attempts, next_attempt_on=retry_on, estimated=estimated)
