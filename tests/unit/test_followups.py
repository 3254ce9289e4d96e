"""Named cases for autocrm.rules.followups, pinned to real holiday seasons.

Calendar facts used (State Council notices, as in tests/unit/test_calendar.py):
National Day 2025: 1-8 Oct off, Sun 28 Sep and Sat 11 Oct worked.
Spring Festival 2026: 15-23 Feb off, Sat 14 Feb and Sat 28 Feb worked.
Labour Day 2024: 1-5 May off, Sun 28 Apr and Sat 11 May worked.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import attrs
import pytest

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    CallOutcome,
    ContactPurpose,
    Customer,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    OptOut,
    ReportedIssue,
    ServiceType,
    Snapshot,
    WorkOrder,
)
from autocrm.errors import InvalidComponent, InvalidFormat, InvalidTransition, PolicyError
from autocrm.rules.calendar import WeekendCalendar
from autocrm.rules.contact import PressureKind
from autocrm.rules.followup_attempts import record_attempt
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.followup_worklists import followup_worklist, followup_worklist_report
from autocrm.rules.followups import schedule_followups

VIN = "LFV2A21K3D3109826"
OTHER_VIN = "1HGCM82633A004352"


def work_order(
    closed: date | None,
    *types: ServiceType,
    number: str = "WO20250929001",
    customer: str = "C000001",
    hour: int = 16,
) -> WorkOrder:
    opened_on = closed if closed is not None else date(2025, 9, 29)
    return WorkOrder(
        number=number,
        customer_number=customer,
        vin=VIN,
        opened_at=datetime(opened_on.year, opened_on.month, opened_on.day, 9, tzinfo=CHINA_TZ),
        closed_at=None
        if closed is None
        else datetime(closed.year, closed.month, closed.day, hour, tzinfo=CHINA_TZ),
        service_types=set(types) or {ServiceType.MAINTENANCE},
    )


def by_kind(followups: tuple[FollowUp, ...]) -> dict[FollowUpKind, FollowUp]:
    return {f.kind: f for f in followups}


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHINA_TZ)


# --------------------------------------------------------------------------- schedule


def test_three_day_callback_window_after_an_ordinary_visit() -> None:
    # Closed Monday 13 Oct 2025: call from Tuesday 14 to Thursday 16 Oct.
    (fu,) = schedule_followups(work_order(date(2025, 10, 13)))
    assert fu.kind is FollowUpKind.THREE_DAY
    assert (fu.earliest, fu.due, fu.latest) == (date(2025, 10, 14), date(2025, 10, 16),
                                                date(2025, 10, 16))  # fmt: skip
    assert fu.trigger_on == date(2025, 10, 13)
    assert fu.number == "WO20250929001-3DC"
    assert fu.customer_number == "C000001"
    assert fu.vin == VIN
    assert fu.work_order_number == "WO20250929001"
    assert fu.status is FollowUpStatus.PENDING
    assert fu.estimated is False
    assert "three_day_days=3" in (fu.rule or "")


def test_three_day_callback_moves_past_national_day_2025() -> None:
    (fu,) = schedule_followups(work_order(date(2025, 9, 30)))
    assert (fu.earliest, fu.latest) == (date(2025, 10, 9), date(2025, 10, 9))


def test_minor_repair_callback_skips_national_day() -> None:
    # Closed Monday 29 Sep 2025: day 3 (2 Oct) and day 5 (4 Oct) are both holidays.
    found = by_kind(schedule_followups(work_order(date(2025, 9, 29), ServiceType.MINOR_REPAIR)))
    minor = found[FollowUpKind.MINOR_REPAIR]
    assert (minor.earliest, minor.due, minor.latest) == (date(2025, 10, 9),) * 3
    assert minor.number == "WO20250929001-MINOR"
    assert "minor_repair_days=(3, 5)" in (minor.rule or "")
    three = found[FollowUpKind.THREE_DAY]
    assert (three.earliest, three.latest) == (date(2025, 9, 30), date(2025, 10, 9))


def test_minor_repair_callback_counts_the_adjusted_sunday_as_working() -> None:
    # Closed Thursday 25 Sep 2025: day 3 is Sunday 28 Sep, a 调休 working day.
    found = by_kind(schedule_followups(work_order(date(2025, 9, 25), ServiceType.MINOR_REPAIR)))
    minor = found[FollowUpKind.MINOR_REPAIR]
    assert (minor.earliest, minor.latest) == (date(2025, 9, 28), date(2025, 9, 30))


def test_major_repair_callback_skips_spring_festival_2026() -> None:
    # Closed Monday 2 Feb 2026: day 14 (16 Feb) is in the holiday, day 28 is Monday 2 Mar.
    found = by_kind(schedule_followups(work_order(date(2026, 2, 2), ServiceType.MAJOR_REPAIR)))
    major = found[FollowUpKind.MAJOR_REPAIR]
    assert (major.earliest, major.latest) == (date(2026, 2, 24), date(2026, 3, 2))
    assert major.number == "WO20250929001-MAJOR"


def test_new_car_delivery_gets_sale_three_day_and_seven_day_callbacks() -> None:
    # Delivered Wednesday 24 Apr 2024; day 7 is 1 May (Labour Day) -> Monday 6 May.
    # The sale 3D window ends on Saturday 27 Apr (off) -> Sunday 28 Apr (调休, worked).
    found = schedule_followups(work_order(date(2024, 4, 24), ServiceType.NEW_CAR_DELIVERY,
                                          number="XS20240424007"))  # fmt: skip
    assert [f.kind for f in found] == [FollowUpKind.SALE_THREE_DAY, FollowUpKind.SEVEN_DAY]
    sale, seven = found
    assert (sale.earliest, sale.latest) == (date(2024, 4, 25), date(2024, 4, 28))
    assert (seven.earliest, seven.due, seven.latest) == (date(2024, 5, 6),) * 3
    assert [f.number for f in found] == ["XS20240424007-SALE3D", "XS20240424007-7DC"]


def test_new_car_delivery_has_no_service_three_day_callback() -> None:
    found = schedule_followups(
        work_order(date(2025, 6, 3), ServiceType.NEW_CAR_DELIVERY, ServiceType.DECORATION)
    )
    assert FollowUpKind.THREE_DAY not in by_kind(found)


def test_major_and_minor_repair_each_get_their_callback_plus_the_3dc() -> None:
    found = schedule_followups(
        work_order(date(2025, 6, 3), ServiceType.MINOR_REPAIR, ServiceType.MAJOR_REPAIR)
    )
    assert [f.kind for f in found] == [
        FollowUpKind.THREE_DAY,
        FollowUpKind.MINOR_REPAIR,
        FollowUpKind.MAJOR_REPAIR,
    ]


def test_parts_over_the_counter_alone_gets_no_callback() -> None:
    assert schedule_followups(work_order(date(2025, 6, 3), ServiceType.PARTS_OVER_COUNTER)) == ()
    both = schedule_followups(
        work_order(date(2025, 6, 3), ServiceType.PARTS_OVER_COUNTER, ServiceType.MAINTENANCE)
    )
    assert [f.kind for f in both] == [FollowUpKind.THREE_DAY]


def test_open_work_order_is_refused_naming_closed_at() -> None:
    with pytest.raises(InvalidComponent, match="still open") as caught:
        schedule_followups(work_order(None))
    assert caught.value.field == "closed_at"


def test_closing_date_is_taken_in_china_time() -> None:
    # 17:30 UTC on Friday 10 Oct 2025 is 01:30 on Saturday 11 Oct in Beijing.
    wo = attrs.evolve(
        work_order(date(2025, 10, 10)),
        closed_at=datetime(2025, 10, 10, 17, 30, tzinfo=timezone.utc),
    )
    (fu,) = schedule_followups(wo)
    assert fu.trigger_on == date(2025, 10, 11)
    assert (fu.earliest, fu.latest) == (date(2025, 10, 13), date(2025, 10, 14))


def test_schedule_over_a_year_without_official_data_is_estimated() -> None:
    (fu,) = schedule_followups(work_order(date(2040, 3, 5)))
    assert fu.estimated is True
    (exact,) = schedule_followups(work_order(date(2040, 3, 5)), calendar=WeekendCalendar())
    assert exact.estimated is False


def test_policy_changes_the_windows() -> None:
    policy = FollowUpPolicy(three_day_days=2, minor_repair_days=(2, 3), new_car_day=10)
    found = by_kind(schedule_followups(work_order(date(2025, 10, 13), ServiceType.MINOR_REPAIR),
                                       policy=policy))  # fmt: skip
    assert found[FollowUpKind.THREE_DAY].latest == date(2025, 10, 15)
    assert (found[FollowUpKind.MINOR_REPAIR].earliest, found[FollowUpKind.MINOR_REPAIR].latest) == (
        date(2025, 10, 15),
        date(2025, 10, 16),
    )
    (_, seven) = schedule_followups(
        work_order(date(2025, 10, 13), ServiceType.NEW_CAR_DELIVERY), policy=policy
    )
    assert seven.due == date(2025, 10, 23)


def test_schedule_is_deterministic() -> None:
    wo = work_order(date(2026, 2, 12), ServiceType.MINOR_REPAIR, ServiceType.MAJOR_REPAIR)
    assert schedule_followups(wo) == schedule_followups(wo)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"rating_scale": 7}, "rating_scale"),
        ({"minor_repair_days": (5, 3)}, "minor_repair_days"),
        ({"minor_repair_days": (0, 3)}, "minor_repair_days"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"three_day_days": 0}, "three_day_days"),
        ({"retry_after_workdays_by_outcome": {"completed": 1}}, "retry_after_workdays_by_outcome"),
        ({"retry_after_workdays_by_outcome": {"nobody": 1}}, "retry_after_workdays_by_outcome"),
        ({"no_callback_types": ["tyres"]}, "no_callback_types"),
    ],
)
def test_bad_policy_values_are_refused_naming_the_field(
    kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(PolicyError) as caught:
        FollowUpPolicy(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field


# --------------------------------------------------------------------------- attempts


def pending_3dc(closed: date = date(2025, 9, 30)) -> FollowUp:
    (fu,) = schedule_followups(work_order(closed))
    return fu


def test_failed_call_retries_on_the_next_working_day_after_national_day() -> None:
    fu = pending_3dc(date(2025, 9, 26))
    after = record_attempt(fu, CallAttempt(at(date(2025, 9, 30)), CallOutcome.NO_ANSWER))
    assert after.status is FollowUpStatus.PENDING
    assert after.next_attempt_on == date(2025, 10, 9)
    assert len(after.attempts) == 1
    assert fu.attempts == ()  # the argument is not changed


def test_third_failed_call_closes_the_followup_as_unreachable() -> None:
    fu = pending_3dc()
    for day, outcome in [
        (date(2025, 10, 9), CallOutcome.NO_ANSWER),
        (date(2025, 10, 10), CallOutcome.BUSY),
    ]:
        fu = record_attempt(fu, CallAttempt(at(day), outcome))
        assert fu.status is FollowUpStatus.PENDING
    assert fu.next_attempt_on == date(2025, 10, 11)  # Saturday 11 Oct 2025 is worked
    fu = record_attempt(fu, CallAttempt(at(date(2025, 10, 11)), CallOutcome.POWERED_OFF))
    assert fu.status is FollowUpStatus.UNREACHABLE
    with pytest.raises(InvalidTransition) as caught:
        record_attempt(fu, CallAttempt(at(date(2025, 10, 13)), CallOutcome.COMPLETED, rating=5))
    assert caught.value.current is FollowUpStatus.UNREACHABLE


def test_max_attempts_comes_from_the_policy() -> None:
    policy = FollowUpPolicy(max_attempts=1)
    fu = record_attempt(pending_3dc(), CallAttempt(at(date(2025, 10, 9)), "refused"),
                        policy=policy)  # fmt: skip
    assert fu.status is FollowUpStatus.UNREACHABLE


def test_retry_days_per_outcome() -> None:
    policy = FollowUpPolicy(retry_after_workdays_by_outcome={"wrong_number": 3, "busy": 0})
    fu = pending_3dc()
    wrong = record_attempt(fu, CallAttempt(at(date(2025, 10, 9)), "wrong_number"), policy=policy)
    assert wrong.next_attempt_on == date(2025, 10, 13)  # Fri 10, Sat 11 (worked), Mon 13
    busy = record_attempt(fu, CallAttempt(at(date(2025, 10, 9)), "busy"), policy=policy)
    assert busy.next_attempt_on == date(2025, 10, 9)  # try again the same day


def test_completed_call_records_rating_opinion_and_issues() -> None:
    attempt = CallAttempt(
        at(date(2025, 10, 9)),
        CallOutcome.COMPLETED,
        by="客服-李娜",
        rating=4,
        opinion="等待时间有点长",
        issues=[ReportedIssue("服务流程", "service_advisor", "交车解释不清")],
        handling="已转服务经理",
        result="客户满意",
    )
    fu = record_attempt(pending_3dc(), attempt)
    assert fu.status is FollowUpStatus.COMPLETED
    assert fu.rating == 4
    assert fu.completed_attempt is attempt
    with pytest.raises(InvalidTransition):
        record_attempt(fu, CallAttempt(at(date(2025, 10, 10)), CallOutcome.NO_ANSWER))


@pytest.mark.parametrize(("scale", "rating", "ok"), [
    (5, 1, True), (5, 5, True), (5, 0, False), (5, 6, False),
    (10, 0, True), (10, 10, True),
])  # fmt: skip
def test_rating_must_be_on_the_policy_scale(scale: int, rating: int, ok: bool) -> None:
    policy = FollowUpPolicy(rating_scale=scale)
    attempt = CallAttempt(at(date(2025, 10, 9)), CallOutcome.COMPLETED, rating=rating)
    if ok:
        assert record_attempt(pending_3dc(), attempt, policy=policy).rating == rating
    else:
        with pytest.raises(InvalidComponent) as caught:
            record_attempt(pending_3dc(), attempt, policy=policy)
        assert caught.value.field == "rating"


def test_completed_call_without_rating_is_accepted() -> None:
    fu = record_attempt(pending_3dc(), CallAttempt(at(date(2025, 10, 9)), "completed"))
    assert fu.status is FollowUpStatus.COMPLETED
    assert fu.rating is None


def test_attempts_must_be_in_time_order() -> None:
    fu = record_attempt(pending_3dc(), CallAttempt(at(date(2025, 10, 10)), "no_answer"))
    with pytest.raises(InvalidComponent, match="time order") as caught:
        record_attempt(fu, CallAttempt(at(date(2025, 10, 9)), "no_answer"))
    assert caught.value.field == "at"


def test_attempt_before_the_visit_closed_is_refused() -> None:
    with pytest.raises(InvalidComponent) as caught:
        record_attempt(pending_3dc(), CallAttempt(at(date(2025, 9, 29)), "completed"))
    assert caught.value.field == "at"


def test_cancelled_followup_refuses_attempts() -> None:
    fu = attrs.evolve(pending_3dc(), status=FollowUpStatus.CANCELLED)
    with pytest.raises(InvalidTransition):
        record_attempt(fu, CallAttempt(at(date(2025, 10, 9)), "completed"))


# --------------------------------------------------------------------------- worklist


def followup(number: str, earliest: date, latest: date, customer: str = "C1",
             kind: str = "3dc", vin: str | None = VIN) -> FollowUp:  # fmt: skip
    return FollowUp(
        number=number, kind=kind, customer_number=customer, vin=vin,
        earliest=earliest, due=latest, latest=latest,
    )  # fmt: skip


def test_worklist_lists_from_earliest_and_ranks_by_urgency() -> None:
    overdue_long = followup("A", date(2025, 10, 9), date(2025, 10, 9), "C1")
    overdue_short = followup("B", date(2025, 10, 10), date(2025, 10, 10), "C2")
    last_day = followup("C", date(2025, 10, 11), date(2025, 10, 13), "C3")
    open_window = followup("D", date(2025, 10, 13), date(2025, 10, 24), "C4", "major_repair")
    not_yet = followup("E", date(2025, 10, 14), date(2025, 10, 16), "C5")
    entries = followup_worklist(
        [not_yet, open_window, last_day, overdue_short, overdue_long], as_of=date(2025, 10, 13)
    )
    assert [(e.followup.number, e.priority) for e in entries] == [
        ("A", 1), ("B", 1), ("C", 2), ("D", 4),
    ]  # fmt: skip
    assert [e.days_overdue for e in entries] == [4, 3, 0, 0]
    assert entries[3].days_left == 11
    assert "overdue by 4 day(s)" in entries[0].reason
    assert "last day" in entries[2].reason


def test_worklist_keeps_a_retry_off_until_its_next_attempt_day() -> None:
    fu = pending_3dc(date(2025, 10, 13))  # window 14-16 Oct 2025
    fu = record_attempt(fu, CallAttempt(at(date(2025, 10, 14)), "no_answer"))
    assert followup_worklist([fu], as_of=date(2025, 10, 14)) == ()
    (entry,) = followup_worklist([fu], as_of=date(2025, 10, 15))
    assert entry.priority == 3
    assert "attempt 2 of 3" in entry.reason


def test_worklist_skips_closed_followups() -> None:
    fu = record_attempt(pending_3dc(), CallAttempt(at(date(2025, 10, 9)), "completed", rating=5))
    assert followup_worklist([fu], as_of=date(2025, 10, 20)) == ()


def test_worklist_skips_customers_who_opted_out_of_followups() -> None:
    fu = followup("A", date(2025, 10, 9), date(2025, 10, 9), "C000001")
    opt_out = OptOut(ContactPurpose.FOLLOW_UPS, reason="客户要求不再回访")
    opted = Customer(number="C000001", name="王建国", opt_outs=[opt_out])
    assert followup_worklist([fu], as_of=date(2025, 10, 9), customers=[opted]) == ()
    # An opt-out of marketing, or of another vehicle, does not stop a follow-up.
    marketing = attrs.evolve(opted, opt_outs=[OptOut("marketing", reason="不需要")])
    other_car = attrs.evolve(opted, opt_outs=[OptOut("follow_ups", reason="卖车了", vin=OTHER_VIN)])
    for customer in (marketing, other_car):
        assert len(followup_worklist([fu], as_of=date(2025, 10, 9), customers=[customer])) == 1
    # Without customers, opt-outs cannot be checked and the follow-up is listed.
    assert len(followup_worklist([fu], as_of=date(2025, 10, 9))) == 1


def test_worklist_respects_the_contact_cooldown() -> None:
    reached = followup("OLD", date(2025, 10, 9), date(2025, 10, 9), "C1")
    reached = record_attempt(reached, CallAttempt(at(date(2025, 10, 9)), "completed", rating=5))
    new = followup("NEW", date(2025, 10, 13), date(2025, 10, 24), "C1", "major_repair")
    assert followup_worklist([reached, new], as_of=date(2025, 10, 15)) == ()
    later = followup_worklist([reached, new], as_of=date(2025, 10, 16))
    assert [e.followup.number for e in later] == ["NEW"]
    no_cooldown = FollowUpPolicy(contact_cooldown_days=0)
    assert len(followup_worklist([reached, new], as_of=date(2025, 10, 15),
                                 policy=no_cooldown)) == 1  # fmt: skip


def test_worklist_takes_an_aware_datetime_as_its_china_date() -> None:
    fu = followup("A", date(2025, 10, 10), date(2025, 10, 14))
    late_utc = datetime(2025, 10, 9, 16, 30, tzinfo=timezone.utc)  # 00:30 on 10 Oct in Beijing
    assert len(followup_worklist([fu], as_of=late_utc)) == 1
    assert followup_worklist([fu], as_of=late_utc - timedelta(hours=1)) == ()


# --------------------------------------------------------------------------- contact pressure


def test_minor_repair_callback_is_listed_after_its_own_3dc_call() -> None:
    # Closed Mon 3 Nov 2025: 3DC 4-6 Nov, minor-repair callback 6-10 Nov (8/9 Nov weekend).
    three_day, minor = schedule_followups(work_order(date(2025, 11, 3), ServiceType.MINOR_REPAIR))
    assert (minor.earliest, minor.latest) == (date(2025, 11, 6), date(2025, 11, 10))
    three_day = record_attempt(three_day, CallAttempt(at(date(2025, 11, 4)), "completed", rating=5))
    (entry,) = followup_worklist([three_day, minor], as_of=date(2025, 11, 6))
    assert entry.followup.number == "WO20250929001-MINOR"
    assert entry.priority == 4


def test_seven_day_callback_is_listed_after_the_sale_three_day_call() -> None:
    sale3d, seven = schedule_followups(work_order(date(2025, 11, 3), ServiceType.NEW_CAR_DELIVERY))
    sale3d = record_attempt(sale3d, CallAttempt(at(date(2025, 11, 4)), "completed", rating=5))
    (entry,) = followup_worklist([sale3d, seven], as_of=seven.earliest)
    assert entry.followup.kind is FollowUpKind.SEVEN_DAY


def test_a_call_about_another_work_order_still_holds_the_customer_back() -> None:
    (first,) = schedule_followups(work_order(date(2025, 11, 3), number="WO1"))
    (second,) = schedule_followups(work_order(date(2025, 11, 5), number="WO2"))
    first = record_attempt(first, CallAttempt(at(date(2025, 11, 5)), "completed", rating=5))
    report = followup_worklist_report([first, second], as_of=date(2025, 11, 7))
    assert report.entries == ()
    (left,) = report.left_off
    assert left.subject == "WO2-3DC"
    assert left.pressure.kind is PressureKind.CONTACTED
    assert left.pressure.on == date(2025, 11, 5)
    assert "contacted on 2025-11-05" in left.reason


def test_an_unanswered_call_counts_as_contact_but_a_wrong_number_does_not() -> None:
    (first,) = schedule_followups(work_order(date(2025, 11, 3), number="WO1"))
    (second,) = schedule_followups(work_order(date(2025, 11, 5), number="WO2"))
    rang = record_attempt(first, CallAttempt(at(date(2025, 11, 4)), "no_answer"))
    wrong = record_attempt(first, CallAttempt(at(date(2025, 11, 4)), "wrong_number"))
    listed = followup_worklist([rang, second], as_of=date(2025, 11, 6))
    assert [e.followup.number for e in listed] == ["WO1-3DC"]  # its own retry only
    listed = followup_worklist([wrong, second], as_of=date(2025, 11, 6))
    assert [e.followup.number for e in listed] == ["WO2-3DC"]


def booked_appointment(slot: date, customer: str = "C000001") -> Appointment:
    return Appointment(
        number="YY20251101", customer_number=customer, kind="passive",
        booked_at=at(date(2025, 11, 1)), slot=at(slot, 9),
    )  # fmt: skip


def test_worklist_leaves_off_a_customer_already_booked() -> None:
    (fu,) = schedule_followups(work_order(date(2025, 11, 3)))
    report = followup_worklist_report(
        [fu], as_of=date(2025, 11, 4), appointments=[booked_appointment(date(2025, 11, 12))]
    )
    assert report.entries == ()
    assert report.left_off[0].pressure.kind is PressureKind.BOOKED
    assert report.left_off[0].reason == "already booked: appointment YY20251101 on 2025-11-12"
    # An appointment in the past, or cancelled, does not hold the call back.
    past = booked_appointment(date(2025, 11, 3))
    cancelled = attrs.evolve(booked_appointment(date(2025, 11, 12)), status="cancelled")
    assert len(followup_worklist([fu], as_of=date(2025, 11, 4),
                                 appointments=[past, cancelled])) == 1  # fmt: skip


def test_worklist_takes_a_snapshot_and_honours_its_opt_outs_and_bookings() -> None:
    (fu,) = schedule_followups(work_order(date(2025, 11, 3)))
    phone_only = OptOut("follow_ups", reason="不接电话回访", kind="mobile")
    email_only = OptOut("follow_ups", reason="不要邮件", kind="email")
    wang = Customer(number="C000001", name="王建国", mobile="13800138000")
    assert len(followup_worklist(Snapshot(customers=[wang], followups=[fu]),
                                 as_of=date(2025, 11, 4))) == 1  # fmt: skip
    # A call list is a phone list: a mobile opt-out applies, an e-mail opt-out does not.
    mobile = attrs.evolve(wang, opt_outs=[phone_only])
    report = followup_worklist_report(Snapshot(customers=[mobile], followups=[fu]),
                                      as_of=date(2025, 11, 4))  # fmt: skip
    assert report.entries == ()
    assert report.left_off[0].reason == "opted out of 回访 calls (手机): 不接电话回访"
    assert report.opt_outs_checked
    email = attrs.evolve(wang, opt_outs=[email_only])
    assert len(followup_worklist(Snapshot(customers=[email], followups=[fu]),
                                 as_of=date(2025, 11, 4))) == 1  # fmt: skip
    booked = Snapshot(customers=[wang], followups=[fu],
                      appointments=[booked_appointment(date(2025, 11, 5))])  # fmt: skip
    assert followup_worklist(booked, as_of=date(2025, 11, 4)) == ()


def test_worklist_report_says_when_opt_outs_could_not_be_checked() -> None:
    (fu,) = schedule_followups(work_order(date(2025, 11, 3)))
    report = followup_worklist_report([fu], as_of=date(2025, 11, 4))
    assert not report.opt_outs_checked
    assert "not checked: no customers given" in report.rule


# --------------------------------------------------------------------------- outcomes


def test_each_outcome_has_its_own_default_retry() -> None:
    policy = FollowUpPolicy()
    assert dict(policy.retry_after_workdays_by_outcome) == {
        CallOutcome.NO_ANSWER: 1, CallOutcome.BUSY: 1, CallOutcome.POWERED_OFF: 1,
    }  # fmt: skip
    assert policy.close_at_once_outcomes == (CallOutcome.REFUSED, CallOutcome.WRONG_NUMBER)
    fu = pending_3dc(date(2025, 10, 13))
    for outcome in ("no_answer", "busy", "powered_off"):
        retried = record_attempt(fu, CallAttempt(at(date(2025, 10, 14)), outcome))
        assert retried.status is FollowUpStatus.PENDING
        assert retried.next_attempt_on == date(2025, 10, 15)


@pytest.mark.parametrize("outcome", ["wrong_number", "refused"])
def test_wrong_number_and_refusal_close_the_followup_at_once(outcome: str) -> None:
    fu = record_attempt(pending_3dc(date(2025, 10, 13)),
                        CallAttempt(at(date(2025, 10, 14)), outcome))  # fmt: skip
    assert fu.status is FollowUpStatus.UNREACHABLE
    assert len(fu.attempts) == 1
    # A shop that prefers to retry says so in the policy.
    retrying = FollowUpPolicy(close_at_once_outcomes=())
    fu = record_attempt(pending_3dc(date(2025, 10, 13)),
                        CallAttempt(at(date(2025, 10, 14)), outcome), policy=retrying)  # fmt: skip
    assert fu.status is FollowUpStatus.PENDING


def test_close_at_once_outcomes_refuses_completed_and_unknown_values() -> None:
    for bad in (["completed"], ["hung_up"]):
        with pytest.raises(PolicyError) as info:
            FollowUpPolicy(close_at_once_outcomes=bad)
        assert info.value.field == "close_at_once_outcomes"


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("bad", [None, "WO1", 42])
def test_schedule_refuses_what_is_not_a_work_order(bad: object) -> None:
    with pytest.raises(InvalidFormat) as info:
        schedule_followups(bad)  # type: ignore[arg-type]
    assert info.value.field == "work_order"


@pytest.mark.parametrize("bad", ["2025-10-10", datetime(2025, 10, 10, 9), None])
def test_worklist_refuses_a_bad_as_of(bad: object) -> None:
    with pytest.raises(InvalidFormat) as info:
        followup_worklist([], as_of=bad)  # type: ignore[arg-type]
    assert info.value.field == "as_of"
