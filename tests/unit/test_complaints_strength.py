"""Complaints: the cases mutation testing found unpinned (boundaries, custom policy and
calendar, disagreeing fields, messages and audit entries).

Each test here kills mutants of ``autocrm.rules.complaints`` that the older tests let
live; see docs/guide/testing.md, "Mutation testing".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.domain import (
    CHINA_TZ,
    Complaint,
    ComplaintLevel,
    ComplaintStatus,
    HandlingRecord,
    HandlingStep,
    Remedy,
)
from autocrm.errors import InvalidComponent, InvalidFormat, InvalidTransition, PolicyError
from autocrm.rules.calendar import WeekendCalendar
from autocrm.rules.complaints import (
    ComplaintEvent,
    ComplaintPolicy,
    add_remedy,
    advance,
    callback_kept,
    callback_overdue,
    closed_on_time,
    closing_deadline,
    compensation_total,
    is_overdue,
    missing_steps,
    promise_callback,
    record_callback,
    record_handling,
)


def at(day: int, hour: int = 10, minute: int = 0, *, month: int = 10) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=CHINA_TZ)


def complaint(level: str = "II", received: datetime | None = None, **kwargs: object) -> Complaint:
    return Complaint(
        number="TS2025093001",
        customer_number="C000001",
        level=level,
        received_at=received or at(30, month=9),
        vin="LFV2A21K3D3109826",
        **kwargs,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- policy


def test_policy_defaults_are_one_three_seven_working_days() -> None:
    policy = ComplaintPolicy()
    assert (policy.level_i_workdays, policy.level_ii_workdays, policy.level_iii_workdays) == (
        1,
        3,
        7,
    )


def test_policy_maps_each_level_to_its_own_field() -> None:
    policy = ComplaintPolicy(level_i_workdays=2, level_ii_workdays=4, level_iii_workdays=9)
    assert [policy.workdays_for(level) for level in ComplaintLevel] == [2, 4, 9]


@pytest.mark.parametrize("bad", [-1, True, 1.0, "3", None])
def test_policy_refuses_what_is_not_a_whole_number_of_days(bad: object) -> None:
    with pytest.raises(PolicyError) as info:
        ComplaintPolicy(level_ii_workdays=bad)  # type: ignore[arg-type]
    assert isinstance(info.value, InvalidComponent)  # what it raised before
    assert info.value.field == "level_ii_workdays"
    assert info.value.value is bad
    assert str(info.value).startswith("level_ii_workdays: expected a whole number >= 0, got ")


def test_policy_accepts_zero_days() -> None:
    assert ComplaintPolicy(level_iii_workdays=0).level_iii_workdays == 0


def test_deadline_refuses_a_policy_or_complaint_of_the_wrong_type() -> None:
    with pytest.raises(InvalidFormat) as policy:
        closing_deadline(complaint(), policy={"level_ii_workdays": 3})  # type: ignore[arg-type]
    assert policy.value.field == "policy"
    with pytest.raises(InvalidFormat) as wrong:
        closing_deadline("TS2025093001")  # type: ignore[arg-type]
    assert wrong.value.field == "complaint"


# --------------------------------------------------------------------------- on time, overdue


def test_closed_on_the_deadline_day_at_the_last_minute_is_on_time() -> None:
    # Level II received 30 September 2025: the deadline is Saturday 11 October (调休).
    on_time = complaint("II", status="closed", closed_at=at(11, 23, 59))
    assert closed_on_time(on_time) is True
    late = complaint("II", status="closed", closed_at=at(12, 0, 0))
    assert closed_on_time(late) is False


def test_closed_on_time_judges_the_local_date_of_a_utc_closing() -> None:
    # 15:59 UTC on 11 October is 23:59 in China (on time); 16:00 UTC is the 12th.
    last = complaint(
        "II", status="closed", closed_at=datetime(2025, 10, 11, 15, 59, tzinfo=timezone.utc)
    )
    assert closed_on_time(last) is True
    first_late = complaint(
        "II", status="closed", closed_at=datetime(2025, 10, 11, 16, 0, tzinfo=timezone.utc)
    )
    assert closed_on_time(first_late) is False


def test_overdue_starts_the_day_after_the_deadline_exactly() -> None:
    c = complaint("II")
    assert is_overdue(c, as_of=date(2025, 10, 11)) is False
    assert is_overdue(c, as_of=date(2025, 10, 12)) is True
    assert is_overdue(c, as_of=at(11, 23, 59)) is False
    assert is_overdue(c, as_of=at(12, 0, 0)) is True


def test_custom_policy_moves_both_verdicts() -> None:
    # Five working days for level II: Tuesday 14 October instead of Saturday 11.
    policy = ComplaintPolicy(level_ii_workdays=5)
    closed = complaint("II", status="closed", closed_at=at(13, 17))
    assert closed_on_time(closed) is False
    assert closed_on_time(closed, policy=policy) is True
    still_open = complaint("II")
    assert is_overdue(still_open, as_of=date(2025, 10, 13)) is True
    assert is_overdue(still_open, as_of=date(2025, 10, 13), policy=policy) is False
    assert is_overdue(still_open, as_of=date(2025, 10, 15), policy=policy) is True


def test_custom_calendar_moves_both_verdicts() -> None:
    # Ignoring the National Day week, three weekdays after Tuesday 30 September is
    # Friday 3 October.
    calendar = WeekendCalendar()
    closed = complaint("II", status="closed", closed_at=at(9, 17))
    assert closed_on_time(closed) is True
    assert closed_on_time(closed, calendar=calendar) is False
    still_open = complaint("II")
    assert is_overdue(still_open, as_of=date(2025, 10, 4)) is False
    assert is_overdue(still_open, as_of=date(2025, 10, 4), calendar=calendar) is True
    assert is_overdue(still_open, as_of=date(2025, 10, 3), calendar=calendar) is False


def test_a_closed_at_left_on_a_reopened_complaint_counts_for_nothing() -> None:
    # Status and closed_at disagree: the status wins. A reopened complaint with a
    # stale closing time is not closed, so it has no verdict and falls overdue.
    stale = complaint("II", status="reopened", closed_at=at(10, 17))
    assert closed_on_time(stale) is None
    assert is_overdue(stale, as_of=date(2025, 10, 12)) is True
    resolved = complaint("II", status="resolved", resolved_at=at(10), closed_at=at(10, 17))
    assert closed_on_time(resolved) is None
    assert is_overdue(resolved, as_of=date(2025, 10, 20)) is True


def test_closed_after_as_of_is_still_overdue_on_as_of() -> None:
    c = complaint("II", status="closed", closed_at=at(14, 9))
    assert is_overdue(c, as_of=date(2025, 10, 13)) is True
    assert is_overdue(c, as_of=date(2025, 10, 14)) is False
    assert is_overdue(c, as_of=at(14, 8, 59)) is True
    assert is_overdue(c, as_of=at(14, 9, 0)) is False


def test_overdue_never_raises_on_a_complaint_that_is_not_one() -> None:
    assert is_overdue(None, as_of=date(2025, 12, 1)) is False  # type: ignore[arg-type]
    assert is_overdue(complaint(), as_of=at(12, 9).replace(tzinfo=None)) is False


def test_closed_on_time_refuses_what_is_not_a_complaint() -> None:
    with pytest.raises(InvalidFormat) as info:
        closed_on_time("TS2025093001")  # type: ignore[arg-type]
    assert info.value.field == "complaint"
    with pytest.raises(InvalidFormat) as policy:
        closed_on_time(complaint(), policy=3)  # type: ignore[arg-type]
    assert policy.value.field == "policy"


_received = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(CHINA_TZ)
)


@given(
    received=_received,
    level=st.sampled_from(list(ComplaintLevel)),
    shift=st.integers(min_value=-2, max_value=2),
    minute=st.integers(min_value=0, max_value=24 * 60 - 1),
)
def test_on_time_is_exactly_closing_by_the_deadline(
    received: datetime, level: ComplaintLevel, shift: int, minute: int
) -> None:
    open_complaint = complaint(level.value, received)
    deadline = closing_deadline(open_complaint)
    midnight = datetime.combine(deadline + timedelta(days=shift), time(0), tzinfo=CHINA_TZ)
    closed_at = max(received, midnight + timedelta(minutes=minute))
    closed = complaint(level.value, received, status="closed", closed_at=closed_at)
    assert closed_on_time(closed) is (closed_at.date() <= deadline)
    assert is_overdue(open_complaint, as_of=deadline) is False
    assert is_overdue(open_complaint, as_of=deadline + timedelta(days=1)) is True


# --------------------------------------------------------------------------- state machine


def test_refusal_names_where_the_complaint_is_and_where_the_step_leads() -> None:
    with pytest.raises(InvalidTransition) as info:
        advance(complaint(), ComplaintEvent.RESOLVE, at=at(9), actor="客服-李娜")
    assert str(info.value) == (
        "cannot resolve a complaint that is open (待处理): open → resolved is not a step "
        "of the complaint process; allowed from open: acknowledge"
    )


def test_refusal_lists_every_step_allowed_from_resolved() -> None:
    c = complaint("II", status="resolved", resolved_at=at(10))
    with pytest.raises(InvalidTransition) as info:
        advance(c, ComplaintEvent.ACKNOWLEDGE, at=at(10, 11), actor="客服-李娜")
    assert str(info.value).endswith("allowed from resolved: close, reopen")
    assert "resolved → acknowledged" in str(info.value)


def test_reopen_is_the_only_step_from_closed() -> None:
    c = complaint("II", status="closed", resolved_at=at(10), closed_at=at(10, 11))
    with pytest.raises(InvalidTransition) as info:
        advance(c, ComplaintEvent.CLOSE, at=at(10, 12), actor="客服-李娜")
    assert str(info.value).endswith("allowed from closed: reopen")
    assert (info.value.current, info.value.requested) == (
        ComplaintStatus.CLOSED,
        ComplaintEvent.CLOSE,
    )


def test_event_by_label_and_bad_event_message() -> None:
    c, _ = advance(complaint(), "受理", at=at(9), actor="李娜")  # type: ignore[arg-type]
    assert c.status is ComplaintStatus.ACKNOWLEDGED
    with pytest.raises(InvalidComponent) as info:
        advance(complaint(), 3, at=at(9), actor="李娜")  # type: ignore[arg-type]
    assert info.value.field == "event"
    assert info.value.value == 3
    assert str(info.value).endswith(
        "is not a ComplaintEvent (acknowledge, investigate, resolve, close, reopen)"
    )


@pytest.mark.parametrize("actor", [None, "", "   ", 7])
def test_actor_must_name_someone(actor: object) -> None:
    with pytest.raises(InvalidFormat) as info:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(9), actor=actor)  # type: ignore[arg-type]
    assert info.value.field == "actor"
    assert info.value.value == actor
    assert str(info.value).startswith("actor: expected the name or id of who made the step")


def test_a_step_at_the_moment_of_receipt_is_allowed() -> None:
    c, entry = advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(30, month=9), actor="李娜")
    assert (c.status, entry.at) == (ComplaintStatus.ACKNOWLEDGED, at(30, month=9))


def test_step_before_receipt_message_and_value() -> None:
    early = at(30, 9, 59, month=9)
    with pytest.raises(InvalidComponent) as info:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=early, actor="李娜")
    assert info.value.value == early
    assert "is before the complaint was received" in str(info.value)


def test_close_at_the_resolution_moment_is_allowed_and_a_minute_earlier_is_not() -> None:
    c = complaint("II", status="resolved", resolved_at=at(10, 15))
    closed, _ = advance(c, ComplaintEvent.CLOSE, at=at(10, 15), actor="李娜")
    assert closed.closed_at == at(10, 15)
    with pytest.raises(InvalidComponent) as info:
        advance(c, ComplaintEvent.CLOSE, at=at(10, 14, 59), actor="李娜")
    assert (info.value.field, info.value.value) == ("at", at(10, 14, 59))
    assert str(info.value).endswith(
        "is before the complaint was resolved (2025-10-10 15:00:00+08:00)"
    )


def test_close_of_a_resolved_complaint_without_resolution_time_is_allowed() -> None:
    c = complaint("II", status="resolved")
    closed, _ = advance(c, ComplaintEvent.CLOSE, at=at(10, 15), actor="李娜")
    assert (closed.status, closed.closed_at) == (ComplaintStatus.CLOSED, at(10, 15))


def test_each_step_changes_only_its_own_times() -> None:
    c = complaint("II", status="acknowledged")
    investigating, _ = advance(c, ComplaintEvent.INVESTIGATE, at=at(9), actor="李娜")
    assert (investigating.resolved_at, investigating.closed_at, investigating.result) == (
        None,
        None,
        None,
    )
    resolved, _ = advance(investigating, ComplaintEvent.RESOLVE, at=at(9, 11), actor="李娜")
    assert (resolved.resolved_at, resolved.closed_at) == (at(9, 11), None)
    closed, _ = advance(resolved, "close", at=at(9, 12), actor="李娜", note="客户满意")  # type: ignore[arg-type]
    assert (closed.resolved_at, closed.closed_at, closed.result) == (
        at(9, 11),
        at(9, 12),
        "客户满意",
    )


def test_note_with_close_is_kept_and_with_reopen_is_refused() -> None:
    c = complaint("II", status="closed", resolved_at=at(10), closed_at=at(10, 11))
    with pytest.raises(InvalidComponent) as info:
        advance(c, ComplaintEvent.REOPEN, at=at(11), actor="李娜", note="客户再次来电")
    assert (info.value.field, info.value.value) == ("note", "客户再次来电")
    assert "not with reopen" in str(info.value)


def test_audit_entry_of_a_step() -> None:
    _, entry = advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(9), actor="客服-李娜")
    assert (entry.entity, entry.entity_id, entry.field, entry.old, entry.new, entry.actor) == (
        "complaint",
        "TS2025093001",
        "status",
        "open",
        "acknowledged",
        "客服-李娜",
    )


# --------------------------------------------------------------------------- handling, remedies


def test_handling_record_at_receipt_is_kept_and_a_minute_earlier_refused() -> None:
    c = record_handling(complaint(), HandlingRecord("listen", at(30, month=9)))
    assert [r.step for r in c.handling] == [HandlingStep.LISTEN]
    early = at(30, 9, 59, month=9)
    with pytest.raises(InvalidComponent) as info:
        record_handling(complaint(), HandlingRecord("listen", early))
    assert (info.value.field, info.value.value) == ("record.at", early)
    assert "is before the complaint was received" in str(info.value)


def test_handling_of_wrong_type_names_the_field() -> None:
    with pytest.raises(InvalidFormat) as info:
        record_handling(complaint(), "listen")  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("record", "listen")
    assert str(info.value) == "record: expected a HandlingRecord, got str"
    with pytest.raises(InvalidFormat) as whose:
        record_handling("TS1", HandlingRecord("listen", at(9)))  # type: ignore[arg-type]
    assert whose.value.field == "complaint"


def test_missing_steps_in_order_and_none_when_all_done() -> None:
    c = complaint()
    for hour, step in enumerate(HandlingStep, start=9):
        assert step in missing_steps(c)
        c = record_handling(c, HandlingRecord(step, at(9, hour)))
    assert missing_steps(c) == ()
    with pytest.raises(InvalidFormat):
        missing_steps(None)  # type: ignore[arg-type]


def test_an_apology_never_counts_as_compensation_even_with_an_amount() -> None:
    # An apology (or a repair) may note what it cost the shop; only compensation is
    # money paid to the customer.
    c = add_remedy(complaint(), Remedy("apology", amount="50"))
    c = add_remedy(c, Remedy("repair", amount="1200"))
    assert compensation_total(c) == Decimal("0.00")
    c = add_remedy(c, Remedy("compensation", amount="300"))
    assert compensation_total(c) == Decimal("300.00")


def test_remedy_of_wrong_type_names_the_field() -> None:
    with pytest.raises(InvalidFormat) as info:
        add_remedy(complaint(), "apology")  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("remedy", "apology")
    assert str(info.value) == "remedy: expected a Remedy, got str"
    with pytest.raises(InvalidFormat):
        add_remedy(None, Remedy("apology"))  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat):
        compensation_total(None)  # type: ignore[arg-type]


@given(
    amounts=st.lists(
        st.tuples(
            st.sampled_from(["repair", "apology", "compensation"]),
            st.decimals(min_value=0, max_value=100_000, places=2),
        ),
        max_size=6,
    )
)
def test_compensation_total_adds_up_only_compensations(
    amounts: list[tuple[str, Decimal]],
) -> None:
    c = complaint()
    for kind, amount in amounts:
        c = add_remedy(c, Remedy(kind, amount=amount))
    expected = sum((a for k, a in amounts if k == "compensation"), Decimal("0.00"))
    assert compensation_total(c) == expected


# --------------------------------------------------------------------------- call-backs


def test_promise_and_call_refuse_naive_times_and_wrong_complaints() -> None:
    with pytest.raises(InvalidFormat) as promised:
        promise_callback(complaint(), datetime(2025, 10, 9, 17))
    assert promised.value.field == "promised_at"
    with pytest.raises(InvalidFormat) as done:
        record_callback(complaint(), datetime(2025, 10, 9, 17))
    assert done.value.field == "done_at"
    with pytest.raises(InvalidFormat):
        promise_callback(None, at(9, 17))  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat):
        record_callback(None, at(9, 17))  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat):
        callback_kept(None)  # type: ignore[arg-type]


def test_call_made_exactly_at_the_promised_time_is_kept_and_not_overdue() -> None:
    c = record_callback(promise_callback(complaint(received=at(9, 9)), at(9, 17)), at(9, 17))
    assert callback_kept(c) is True
    assert callback_overdue(c, as_of=at(9, 17)) is False
    assert callback_overdue(c, as_of=date(2025, 10, 9)) is False
    late = record_callback(c, at(9, 17, 1))
    assert callback_kept(late) is False


def test_promise_passes_only_after_the_promised_moment() -> None:
    c = promise_callback(complaint(received=at(9, 9)), at(9, 17))
    assert callback_overdue(c, as_of=at(9, 17)) is False
    assert callback_overdue(c, as_of=at(9, 17, 1)) is True
    # A date is "during that day": missed from the next local day on.
    evening_utc = promise_callback(
        complaint(received=at(9, 9)), datetime(2025, 10, 9, 17, 0, tzinfo=timezone.utc)
    )  # 01:00 on 10 October in China
    assert callback_overdue(evening_utc, as_of=date(2025, 10, 10)) is False
    assert callback_overdue(evening_utc, as_of=date(2025, 10, 11)) is True


def test_a_call_made_on_the_day_counts_for_a_date_as_of() -> None:
    c = record_callback(promise_callback(complaint(received=at(9, 9)), at(9, 17)), at(10, 23))
    assert callback_overdue(c, as_of=date(2025, 10, 10)) is False
    assert callback_overdue(c, as_of=at(10, 22, 59)) is True


def test_callback_kept_needs_both_the_promise_and_the_call() -> None:
    only_call = record_callback(complaint(received=at(9, 9)), at(9, 17))
    assert callback_kept(only_call) is None
    assert callback_overdue(only_call, as_of=date(2025, 12, 1)) is False
    assert callback_overdue(None, as_of=date(2025, 12, 1)) is False  # type: ignore[arg-type]


# --------------------------------------------------------------------------- what errors name


def test_is_overdue_with_a_bad_policy_or_calendar_is_false_not_an_error() -> None:
    # A predicate never raises; with a policy that is not one it used to raise
    # InvalidFormat before the try (a known gap of the robustness suite).
    late = complaint("II")
    assert is_overdue(late, as_of=date(2025, 12, 1)) is True
    assert is_overdue(late, as_of=date(2025, 12, 1), policy=None) is False  # type: ignore[arg-type]
    assert is_overdue(late, as_of=date(2025, 12, 1), policy={"II": 3}) is False  # type: ignore[arg-type]
    assert is_overdue(late, as_of=date(2025, 12, 1), calendar=None) is False  # type: ignore[arg-type]


_ONE_COMPLAINT_CALLS: list[tuple[str, Callable[[object], object]]] = [
    ("closing_deadline", lambda c: closing_deadline(c)),  # type: ignore[arg-type]
    ("closed_on_time", lambda c: closed_on_time(c)),  # type: ignore[arg-type]
    ("advance", lambda c: advance(c, ComplaintEvent.ACKNOWLEDGE, at=at(9), actor="李娜")),  # type: ignore[arg-type]
    ("record_handling", lambda c: record_handling(c, HandlingRecord("listen", at(9)))),  # type: ignore[arg-type]
    ("missing_steps", lambda c: missing_steps(c)),  # type: ignore[arg-type]
    ("add_remedy", lambda c: add_remedy(c, Remedy("apology"))),  # type: ignore[arg-type]
    ("compensation_total", lambda c: compensation_total(c)),  # type: ignore[arg-type]
    ("promise_callback", lambda c: promise_callback(c, at(9, 17))),  # type: ignore[arg-type]
    ("record_callback", lambda c: record_callback(c, at(9, 17))),  # type: ignore[arg-type]
    ("callback_kept", lambda c: callback_kept(c)),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(
    "call",
    [call for _, call in _ONE_COMPLAINT_CALLS],
    ids=[name for name, _ in _ONE_COMPLAINT_CALLS],
)
def test_every_entry_point_names_the_complaint_it_was_not_given(
    call: Callable[[object], object],
) -> None:
    with pytest.raises(InvalidFormat) as info:
        call({"number": "TS2025093001"})
    assert info.value.field == "complaint"
    assert str(info.value) == "complaint: expected a Complaint, got dict"


def test_policy_errors_name_the_policy() -> None:
    for call in (closing_deadline, closed_on_time):
        with pytest.raises(InvalidFormat) as info:
            call(complaint(), policy="II=3")  # type: ignore[operator]
        assert str(info.value) == "policy: expected a ComplaintPolicy, got str"


def test_promise_and_call_name_their_own_time_field() -> None:
    with pytest.raises(InvalidFormat) as promised:
        promise_callback(complaint(), "17:00")  # type: ignore[arg-type]
    assert promised.value.field == "promised_at"
    assert str(promised.value).startswith("promised_at: ")
    with pytest.raises(InvalidFormat) as done:
        record_callback(complaint(), "17:00")  # type: ignore[arg-type]
    assert done.value.field == "done_at"
    assert str(done.value).startswith("done_at: ")


def test_messages_of_refused_steps_quote_what_was_given() -> None:
    with pytest.raises(InvalidFormat) as actor:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(9), actor="  ")
    assert str(actor.value) == "actor: expected the name or id of who made the step, got '  '"
    with pytest.raises(InvalidComponent) as event:
        advance(complaint(), "escalate", at=at(9), actor="李娜")  # type: ignore[arg-type]
    assert str(event.value) == (
        "event: 'escalate' is not a ComplaintEvent "
        "(acknowledge, investigate, resolve, close, reopen)"
    )
    with pytest.raises(InvalidComponent) as note:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(9), actor="李娜", note="已受理")
    assert str(note.value) == (
        "note: a note is kept as the complaint's result, given with resolve or close, "
        "not with acknowledge; use record_handling for the other steps"
    )
    early = at(30, 9, 0, month=9)
    with pytest.raises(InvalidComponent) as before:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=early, actor="李娜")
    assert str(before.value) == (
        "at: 2025-09-30 09:00:00+08:00 is before the complaint was received "
        "(2025-09-30 10:00:00+08:00)"
    )
    with pytest.raises(InvalidComponent) as record:
        record_handling(complaint(), HandlingRecord("listen", early))
    assert str(record.value) == (
        "record.at: 2025-09-30 09:00:00+08:00 is before the complaint was received"
    )


@pytest.mark.parametrize("bad", [-1, 2.0, "1", True])
def test_policy_message_quotes_the_value(bad: object) -> None:
    with pytest.raises(InvalidComponent) as info:
        ComplaintPolicy(level_i_workdays=bad)  # type: ignore[arg-type]
    assert str(info.value).endswith(f"got {bad!r}")
