"""Invariants of the complaint rules: the state machine, deadlines, overdue flags."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import Complaint, ComplaintLevel, ComplaintStatus
from autocrm.errors import InvalidTransition
from autocrm.rules.calendar import ChineseWorkdays
from autocrm.rules.complaints import (
    TRANSITIONS,
    ComplaintEvent,
    ComplaintPolicy,
    advance,
    closed_on_time,
    closing_deadline,
    is_overdue,
)
from autocrm.rules.workdays import workdays_between
from autocrm.testing.strategies import complaints, moments

_CALENDAR = ChineseWorkdays()


def _open_complaint(received: datetime, level: ComplaintLevel) -> Complaint:
    return Complaint(
        number="TS2025000001", customer_number="C000001", received_at=received, level=level
    )


@given(
    received=moments(start=date(2024, 1, 1), end=date(2026, 6, 30)),
    level=st.sampled_from(ComplaintLevel),
    steps=st.lists(
        st.tuples(
            st.booleans(),  # True: take an allowed step, so that CLOSED is reached often
            st.integers(min_value=0, max_value=5),
            st.sampled_from(ComplaintEvent),
            st.integers(min_value=0, max_value=72 * 60),
        ),
        max_size=30,
    ),
)
def test_closed_only_ever_follows_resolved(
    received: datetime, level: ComplaintLevel, steps: list[tuple[bool, int, ComplaintEvent, int]]
) -> None:
    c = _open_complaint(received, level)
    moment = c.received_at
    for allowed_only, index, random_event, gap in steps:
        allowed = [e for (s, e) in TRANSITIONS if s is c.status]
        event = allowed[index % len(allowed)] if allowed_only else random_event
        moment += timedelta(minutes=gap)
        before = c
        if (before.status, event) not in TRANSITIONS:
            with pytest.raises(InvalidTransition) as info:
                advance(c, event, at=moment, actor="客服-李娜")
            assert (info.value.current, info.value.requested) == (before.status, event)
            continue
        c, entry = advance(c, event, at=moment, actor="客服-李娜")
        assert TRANSITIONS[(before.status, event)] is c.status
        assert (entry.old, entry.new) == (before.status.value, c.status.value)
        if c.status is ComplaintStatus.CLOSED:
            assert before.status is ComplaintStatus.RESOLVED
            assert c.resolved_at is not None
            assert c.closed_at is not None
            assert c.resolved_at <= c.closed_at
        # Times are set exactly in the states that have them.
        assert (c.closed_at is not None) == (c.status is ComplaintStatus.CLOSED)
        assert (c.resolved_at is not None) == (
            c.status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
        )


@given(
    received=moments(start=date(2024, 1, 1), end=date(2026, 10, 31)),
    level=st.sampled_from(ComplaintLevel),
    days=st.integers(min_value=1, max_value=10),
)
def test_deadline_is_the_nth_working_day_after_receipt(
    received: datetime, level: ComplaintLevel, days: int
) -> None:
    policy = ComplaintPolicy(level_i_workdays=days, level_ii_workdays=days, level_iii_workdays=days)
    c = _open_complaint(received, level)
    deadline = closing_deadline(c, policy=policy)
    assert _CALENDAR.is_workday(deadline)
    assert deadline > c.received_at.date()
    assert workdays_between(c.received_at.date(), deadline, calendar=_CALENDAR) == days


@given(
    c=complaints(), first=st.dates(date(2012, 1, 1), date(2027, 12, 31)), later=st.integers(0, 400)
)
def test_open_complaint_stays_overdue_and_flags_never_raise(
    c: Complaint, first: date, later: int
) -> None:
    now = is_overdue(c, as_of=first)
    assert isinstance(now, bool)
    if now and c.status is not ComplaintStatus.CLOSED:
        assert is_overdue(c, as_of=first + timedelta(days=later)) is True
    verdict = closed_on_time(c)
    assert (verdict is None) == (c.status is not ComplaintStatus.CLOSED)
    if verdict is not None and c.closed_at is not None:
        # Closed late <=> the same complaint, not yet closed, was overdue at that moment.
        unclosed = attrs.evolve(c, status=ComplaintStatus.RESOLVED, closed_at=None)
        assert verdict is not is_overdue(unclosed, as_of=c.closed_at)
