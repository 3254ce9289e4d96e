"""Invariants of autocrm.rules.followups over random visits, calls and days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import assume, given
from hypothesis import strategies as st

from autocrm.domain import (
    CHINA_TZ,
    CallAttempt,
    CallOutcome,
    FollowUp,
    FollowUpStatus,
    ServiceType,
    WorkOrder,
)
from autocrm.rules.calendar import ChineseWorkdays, WeekendCalendar, WorkdayCalendar
from autocrm.rules.followup_attempts import record_attempt
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.followup_worklists import followup_worklist
from autocrm.rules.followups import schedule_followups

VIN = "LFV2A21K3D3109826"
CALENDARS: tuple[WorkdayCalendar, ...] = (ChineseWorkdays(), WeekendCalendar())

closing_days = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31))
service_type_sets = st.frozensets(st.sampled_from(list(ServiceType)), min_size=1, max_size=4)
windows = st.tuples(st.integers(1, 30), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1]))
policies = st.builds(
    FollowUpPolicy,
    three_day_days=st.integers(1, 10),
    minor_repair_days=windows,
    major_repair_days=windows,
    new_car_day=st.integers(1, 30),
    sale_three_day_days=st.integers(1, 10),
    max_attempts=st.integers(1, 6),
    retry_after_workdays=st.integers(0, 5),
)


def closed_order(day: date, types: frozenset[ServiceType], minute: int) -> WorkOrder:
    closed = datetime.combine(day, time(0, 0), tzinfo=CHINA_TZ) + timedelta(minutes=minute)
    return WorkOrder(
        number="WO1", customer_number="C1", vin=VIN, opened_at=closed - timedelta(hours=1),
        closed_at=closed, service_types=types,
    )  # fmt: skip


@given(
    closing_days,
    service_type_sets,
    st.integers(60, 24 * 60 - 1),
    policies,
    st.sampled_from(CALENDARS),
)
def test_windows_are_working_days_after_the_trigger(
    day: date,
    types: frozenset[ServiceType],
    minute: int,
    policy: FollowUpPolicy,
    calendar: WorkdayCalendar,
) -> None:
    found = schedule_followups(closed_order(day, types, minute), policy=policy, calendar=calendar)
    for fu in found:
        assert fu.trigger_on == day
        assert day < fu.earliest <= fu.due <= fu.latest
        for d in (fu.earliest, fu.due, fu.latest):
            assert calendar.is_workday(d)
        # A window end moves at most past one holiday season, never further.
        assert (fu.latest - day).days <= 30 + 30 + 15
    assert len({fu.number for fu in found}) == len(found)
    assert len({fu.kind for fu in found}) == len(found)


@given(closing_days, service_type_sets)
def test_every_closed_service_visit_gets_a_callback(
    day: date, types: frozenset[ServiceType]
) -> None:
    found = schedule_followups(closed_order(day, types, 600))
    visit = not types <= {ServiceType.PARTS_OVER_COUNTER, ServiceType.INSURANCE_RENEWAL}
    assert bool(found) == visit


outcomes = st.sampled_from(list(CallOutcome))


@given(
    st.lists(st.tuples(outcomes, st.integers(0, 4 * 24 * 60)), min_size=1, max_size=10),
    policies,
    st.sampled_from(CALENDARS),
)
def test_retries_never_exceed_max_attempts(
    calls: list[tuple[CallOutcome, int]], policy: FollowUpPolicy, calendar: WorkdayCalendar
) -> None:
    (fu,) = schedule_followups(
        closed_order(date(2025, 9, 26), frozenset({ServiceType.MAINTENANCE}), 600),
        policy=policy, calendar=calendar,
    )  # fmt: skip
    moment = datetime(2025, 9, 27, 9, tzinfo=CHINA_TZ)
    for outcome, gap in calls:
        moment += timedelta(minutes=gap)
        if fu.status is not FollowUpStatus.PENDING:
            break
        attempt = CallAttempt(
            moment, outcome, rating=4 if outcome is CallOutcome.COMPLETED else None
        )
        before = fu
        fu = record_attempt(fu, attempt, policy=policy, calendar=calendar)
        assert len(fu.attempts) == len(before.attempts) + 1
        failed = sum(1 for a in fu.attempts if a.outcome.is_failure)
        assert failed <= policy.max_attempts
        if outcome.is_failure:
            if failed == policy.max_attempts or policy.closes_at_once(outcome):
                # SPEC §9b: a wrong number or a refusal closes the follow-up at once.
                assert fu.status is FollowUpStatus.UNREACHABLE
            else:
                assert fu.status is FollowUpStatus.PENDING
                assert fu.next_attempt_on is not None
                assert calendar.is_workday(fu.next_attempt_on)
                assert fu.next_attempt_on >= moment.date()
        else:
            assert fu.status is FollowUpStatus.COMPLETED


followup_windows = st.tuples(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)), st.integers(0, 30)
)


@given(st.lists(followup_windows, min_size=1, max_size=8),
       st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
       st.integers(1, 60))  # fmt: skip
def test_worklist_is_monotone_in_as_of(
    spans: list[tuple[date, int]], as_of: date, later_by: int
) -> None:
    followups = [
        FollowUp(number=f"F{i}", kind="3dc", customer_number=f"C{i}", earliest=start,
                 due=start + timedelta(days=length), latest=start + timedelta(days=length))
        for i, (start, length) in enumerate(spans)
    ]  # fmt: skip
    later = as_of + timedelta(days=later_by)
    now = {e.followup.number: e for e in followup_worklist(followups, as_of=as_of)}
    then = {e.followup.number: e for e in followup_worklist(followups, as_of=later)}
    # Once due, a pending follow-up stays on the list, and only grows more urgent.
    assert set(now) <= set(then)
    for number, entry in now.items():
        assert then[number].priority <= entry.priority
        assert then[number].days_overdue >= entry.days_overdue
    for entry in then.values():
        assert entry.followup.earliest <= later


@given(st.lists(followup_windows, min_size=1, max_size=8),
       st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)))  # fmt: skip
def test_worklist_is_ranked(spans: list[tuple[date, int]], as_of: date) -> None:
    followups = [
        FollowUp(number=f"F{i}", kind="3dc", customer_number=f"C{i}", earliest=start,
                 due=start + timedelta(days=length), latest=start + timedelta(days=length))
        for i, (start, length) in enumerate(spans)
    ]  # fmt: skip
    entries = followup_worklist(followups, as_of=as_of)
    assume(entries)
    priorities = [e.priority for e in entries]
    assert priorities == sorted(priorities)
    assert all(e.reason for e in entries)
