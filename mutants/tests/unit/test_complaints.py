"""Complaints: deadlines over holidays, the state machine, handling, call-backs (SPEC §7)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import attrs
import pytest

from autocrm.domain import (
    CHINA_TZ,
    AuditAction,
    Complaint,
    ComplaintLevel,
    ComplaintStatus,
    HandlingRecord,
    HandlingStep,
    Remedy,
)
from autocrm.errors import InvalidComponent, InvalidFormat, InvalidTransition
from autocrm.rules.calendar import WeekendCalendar
from autocrm.rules.complaints import (
    TRANSITIONS,
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


# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        # Received Tuesday 30 September 2025, the day before the National Day week
        # (1-8 October off); Saturday 11 October is a 调休 working day.
        ("I", date(2025, 10, 9)),
        ("II", date(2025, 10, 11)),
        ("III", date(2025, 10, 16)),
    ],
)
def test_deadline_counts_working_days_after_national_day(level: str, expected: date) -> None:
    assert closing_deadline(complaint(level)) == expected


def test_deadline_of_level_ii_received_before_national_day_lies_in_october() -> None:
    deadline = closing_deadline(complaint("II"))
    assert (deadline.month, deadline > date(2025, 10, 8)) == (10, True)


def test_deadline_uses_local_date_of_a_utc_receipt() -> None:
    # 17:00 UTC on 30 September is 01:00 on 1 October in China: counted from 1 October.
    received = datetime(2025, 9, 30, 17, 0, tzinfo=timezone.utc)
    assert closing_deadline(complaint("I", received)) == date(2025, 10, 9)
    assert closing_deadline(complaint("II", received)) == date(2025, 10, 11)


def test_deadline_follows_policy_and_calendar() -> None:
    policy = ComplaintPolicy(level_ii_workdays=5)
    assert closing_deadline(complaint("II"), policy=policy) == date(2025, 10, 14)
    # Ignoring the holidays, three weekdays after Tuesday is Friday 3 October.
    assert closing_deadline(complaint("II"), calendar=WeekendCalendar()) == date(2025, 10, 3)


def test_zero_working_days_means_the_same_working_day() -> None:
    policy = ComplaintPolicy(level_i_workdays=0)
    assert closing_deadline(complaint("I"), policy=policy) == date(2025, 9, 30)
    on_holiday = complaint("I", at(2))
    assert closing_deadline(on_holiday, policy=policy) == date(2025, 10, 9)


def test_policy_refuses_negative_days() -> None:
    with pytest.raises(InvalidComponent) as info:
        ComplaintPolicy(level_iii_workdays=-1)
    assert info.value.field == "level_iii_workdays"


def test_policy_days_by_level() -> None:
    policy = ComplaintPolicy()
    assert [policy.workdays_for(level) for level in ComplaintLevel] == [1, 3, 7]


# --------------------------------------------------------------------------- state machine


def walk(c: Complaint, *events: ComplaintEvent, start: int = 9) -> Complaint:
    for offset, event in enumerate(events):
        c, _ = advance(c, event, at=at(start, 9 + offset), actor="客服-李娜")
    return c


def test_happy_path_reaches_closed_with_times_set() -> None:
    c = complaint()
    c = walk(c, ComplaintEvent.ACKNOWLEDGE, ComplaintEvent.INVESTIGATE)
    c, entry = advance(
        c, ComplaintEvent.RESOLVE, at=at(10, 15), actor="服务经理", note="已免费返修"
    )
    assert (c.status, c.resolved_at, c.result) == (
        ComplaintStatus.RESOLVED,
        at(10, 15),
        "已免费返修",
    )
    c, entry = advance(c, ComplaintEvent.CLOSE, at=at(10, 16), actor="客服-李娜")
    assert (c.status, c.closed_at) == (ComplaintStatus.CLOSED, at(10, 16))
    assert entry == entry.__class__(
        at=at(10, 16),
        actor="客服-李娜",
        entity="complaint",
        entity_id="TS2025093001",
        field="status",
        old="resolved",
        new="closed",
        action=AuditAction.TRANSITION,
    )


def test_advance_does_not_change_its_input() -> None:
    before = complaint()
    copy = attrs.evolve(before)
    after, _ = advance(before, ComplaintEvent.ACKNOWLEDGE, at=at(30, 11, month=9), actor="李娜")
    assert before == copy
    assert before.status is ComplaintStatus.OPEN
    assert after.status is ComplaintStatus.ACKNOWLEDGED


def test_event_by_value_or_label() -> None:
    c, _ = advance(complaint(), "acknowledge", at=at(9), actor="李娜")  # type: ignore[arg-type]
    c, _ = advance(c, "调查处理", at=at(9, 11), actor="李娜")  # type: ignore[arg-type]
    assert c.status is ComplaintStatus.INVESTIGATING


def test_closing_an_open_complaint_is_refused_naming_both_states() -> None:
    with pytest.raises(InvalidTransition) as info:
        advance(complaint(), ComplaintEvent.CLOSE, at=at(9), actor="李娜")
    assert info.value.current is ComplaintStatus.OPEN
    assert info.value.requested is ComplaintEvent.CLOSE
    assert "close" in str(info.value)
    assert "open" in str(info.value)
    assert "acknowledge" in str(info.value)


def test_investigating_cannot_close_without_resolving() -> None:
    c = walk(complaint(), ComplaintEvent.ACKNOWLEDGE, ComplaintEvent.INVESTIGATE)
    with pytest.raises(InvalidTransition, match="investigating"):
        advance(c, ComplaintEvent.CLOSE, at=at(10), actor="李娜")


def test_reopen_after_close_clears_times_and_goes_round_again() -> None:
    c = walk(
        complaint(),
        ComplaintEvent.ACKNOWLEDGE,
        ComplaintEvent.INVESTIGATE,
        ComplaintEvent.RESOLVE,
        ComplaintEvent.CLOSE,
    )
    c, entry = advance(c, ComplaintEvent.REOPEN, at=at(13), actor="客服-李娜")
    assert (c.status, c.resolved_at, c.closed_at) == (ComplaintStatus.REOPENED, None, None)
    assert (entry.old, entry.new) == ("closed", "reopened")
    c = walk(c, ComplaintEvent.INVESTIGATE, ComplaintEvent.RESOLVE, ComplaintEvent.CLOSE, start=14)
    assert (c.status, c.closed_at) == (ComplaintStatus.CLOSED, at(14, 11))


def test_reopen_from_resolved_then_acknowledge() -> None:
    c = walk(complaint(), ComplaintEvent.ACKNOWLEDGE, ComplaintEvent.INVESTIGATE)
    c = walk(c, ComplaintEvent.RESOLVE, ComplaintEvent.REOPEN, ComplaintEvent.ACKNOWLEDGE, start=10)
    assert c.status is ComplaintStatus.ACKNOWLEDGED


def test_transitions_table_lists_the_designed_steps() -> None:
    s, e = ComplaintStatus, ComplaintEvent
    assert dict(TRANSITIONS) == {
        (s.OPEN, e.ACKNOWLEDGE): s.ACKNOWLEDGED,
        (s.ACKNOWLEDGED, e.INVESTIGATE): s.INVESTIGATING,
        (s.INVESTIGATING, e.RESOLVE): s.RESOLVED,
        (s.RESOLVED, e.CLOSE): s.CLOSED,
        (s.RESOLVED, e.REOPEN): s.REOPENED,
        (s.CLOSED, e.REOPEN): s.REOPENED,
        (s.REOPENED, e.ACKNOWLEDGE): s.ACKNOWLEDGED,
        (s.REOPENED, e.INVESTIGATE): s.INVESTIGATING,
    }


def test_step_before_receipt_is_refused() -> None:
    with pytest.raises(InvalidComponent) as info:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(29, month=9), actor="李娜")
    assert info.value.field == "at"


def test_close_before_resolution_time_is_refused() -> None:
    c = walk(complaint(), ComplaintEvent.ACKNOWLEDGE, ComplaintEvent.INVESTIGATE)
    c, _ = advance(c, ComplaintEvent.RESOLVE, at=at(10, 15), actor="李娜")
    with pytest.raises(InvalidComponent, match="resolved"):
        advance(c, ComplaintEvent.CLOSE, at=at(10, 14), actor="李娜")


def test_naive_time_blank_actor_and_unknown_event_are_refused() -> None:
    with pytest.raises(InvalidFormat) as naive:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=datetime(2025, 10, 9), actor="李娜")
    assert naive.value.field == "at"
    with pytest.raises(InvalidFormat) as blank:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(9), actor=" ")
    assert blank.value.field == "actor"
    with pytest.raises(InvalidComponent) as unknown:
        advance(complaint(), "escalate", at=at(9), actor="李娜")  # type: ignore[arg-type]
    assert unknown.value.field == "event"


def test_note_only_with_resolve_or_close() -> None:
    with pytest.raises(InvalidComponent) as info:
        advance(complaint(), ComplaintEvent.ACKNOWLEDGE, at=at(9), actor="李娜", note="已受理")
    assert info.value.field == "note"


# --------------------------------------------------------------------------- overdue, on time


def test_level_ii_overdue_only_after_its_deadline() -> None:
    c = complaint("II")
    assert is_overdue(c, as_of=date(2025, 10, 11)) is False
    assert is_overdue(c, as_of=date(2025, 10, 12)) is True
    assert is_overdue(c, as_of=datetime(2025, 10, 11, 23, 59, tzinfo=CHINA_TZ)) is False
    assert is_overdue(c, as_of=datetime(2025, 10, 12, 0, 1, tzinfo=CHINA_TZ)) is True


def test_closed_in_time_is_never_overdue_and_on_time() -> None:
    c = complaint("II", status="closed", resolved_at=at(10), closed_at=at(11, 17))
    assert is_overdue(c, as_of=date(2025, 12, 31)) is False
    assert closed_on_time(c) is True


def test_closed_late_is_not_on_time_and_was_overdue_until_closed() -> None:
    c = complaint("I", status="closed", resolved_at=at(10), closed_at=at(10, 11))
    assert closed_on_time(c) is False
    assert is_overdue(c, as_of=at(10, 10)) is True
    assert is_overdue(c, as_of=at(10, 12)) is False


def test_open_complaint_has_no_on_time_verdict() -> None:
    assert closed_on_time(complaint()) is None


def test_is_overdue_never_raises() -> None:
    c = complaint()
    assert is_overdue(c, as_of=None) is False  # type: ignore[arg-type]
    assert is_overdue(c, as_of="2025-12-01") is False  # type: ignore[arg-type]
    assert is_overdue(c, as_of=datetime(2025, 12, 1)) is False  # naive
    assert is_overdue("not a complaint", as_of=date(2025, 12, 1)) is False  # type: ignore[arg-type]


# --------------------------------------------------------------------------- handling, remedies


def test_six_handling_steps_are_kept_in_time_order() -> None:
    c = complaint()
    c = record_handling(c, HandlingRecord("probe", at(9, 11), actor="服务经理"))
    c = record_handling(c, HandlingRecord("listen", at(9, 10), actor="服务经理"))
    assert [r.step for r in c.handling] == [HandlingStep.LISTEN, HandlingStep.PROBE]
    assert missing_steps(c) == (
        HandlingStep.SHARE,
        HandlingStep.CHECK,
        HandlingStep.ACTION,
        HandlingStep.SATISFY,
    )


def test_handling_before_receipt_or_of_wrong_type_is_refused() -> None:
    with pytest.raises(InvalidComponent):
        record_handling(complaint(), HandlingRecord("listen", at(29, month=9)))
    with pytest.raises(InvalidFormat):
        record_handling(complaint(), "listen")  # type: ignore[arg-type]


def test_remedies_and_compensation_total() -> None:
    c = add_remedy(complaint(), Remedy("repair", note="免费更换刹车片"))
    c = add_remedy(c, Remedy("compensation", amount="300"))
    c = add_remedy(c, Remedy("compensation", amount=Decimal("88.80")))
    assert [r.kind.value for r in c.remedies] == ["repair", "compensation", "compensation"]
    assert compensation_total(c) == Decimal("388.80")


# --------------------------------------------------------------------------- call-backs


def test_callback_overdue_when_promise_passes_without_a_call() -> None:
    c = promise_callback(complaint(received=at(9, 9)), at(9, 17))
    assert callback_overdue(c, as_of=at(9, 16, 59)) is False
    assert callback_overdue(c, as_of=at(9, 17, 1)) is True
    assert callback_overdue(c, as_of=date(2025, 10, 9)) is False
    assert callback_overdue(c, as_of=date(2025, 10, 10)) is True


def test_callback_made_is_not_overdue_from_when_it_was_made() -> None:
    c = record_callback(promise_callback(complaint(received=at(9, 9)), at(9, 17)), at(10, 9))
    assert callback_overdue(c, as_of=at(10, 8)) is True
    assert callback_overdue(c, as_of=at(10, 10)) is False
    assert callback_kept(c) is False
    kept = record_callback(c, at(9, 16))
    assert callback_kept(kept) is True


def test_new_promise_clears_earlier_call() -> None:
    c = record_callback(promise_callback(complaint(received=at(9, 9)), at(9, 17)), at(9, 16))
    c = promise_callback(c, at(10, 17))
    assert (c.callback_done_at, callback_kept(c)) == (None, None)


def test_callback_overdue_never_raises() -> None:
    c = promise_callback(complaint(received=at(9, 9)), at(9, 17))
    assert callback_overdue(complaint(), as_of=date(2026, 1, 1)) is False  # no promise
    assert callback_overdue(c, as_of=datetime(2025, 10, 20)) is False  # naive
    assert callback_overdue(c, as_of=None) is False  # type: ignore[arg-type]
