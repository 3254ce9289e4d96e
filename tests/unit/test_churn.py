"""Named cases for autocrm.rules.churn: lost customers, early warning, churn risk."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest

from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    Complaint,
    ContactPurpose,
    Customer,
    FollowUp,
    OptOut,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.errors import InvalidComponent, InvalidFormat
from autocrm.rules.churn import ChurnPolicy, last_visit_on
from autocrm.rules.churn_segments import ChurnSegment, churn_segment, is_lost
from autocrm.rules.churn_warning import early_warning
from autocrm.rules.contact import PressureKind
from autocrm.rules.lost import lost_customers, lost_customers_report
from autocrm.rules.risk import RiskLevel, churn_risk

VINS = (
    "LFV2A21K3D3109826",
    "1HGCM82633A004352",
    "LSVAU218XN2183294",
    "LGBH52E01KY123456",
    "LFV3A23C5J3000001",
    "LVSHCAMB5CE000002",
    "LSGPC52U7AF000003",
    "LFMAP22C2B0000004",
)


def customer(number: str, **kwargs: object) -> Customer:
    return Customer(number=number, name=f"客户{number}", **kwargs)  # type: ignore[arg-type]


def visit(number: str, customer_number: str, vin: str, day: date, *types: str) -> WorkOrder:
    return WorkOrder(
        number,
        customer_number=customer_number,
        vin=vin,
        opened_at=datetime(day.year, day.month, day.day, 10, 0, tzinfo=CHINA_TZ),
        service_types=types or ["保养"],
    )


WANG = customer("C000001", mobile="13800138000")
CAR = Vehicle(vin=VINS[0], customer_number="C000001", plate="京A12345")


# --- is_lost and segments -------------------------------------------------------


def test_seed_003_one_year_without_a_visit_is_lost() -> None:
    orders = [visit("WO1", "C000001", VINS[0], date(2024, 5, 6))]
    assert not is_lost(WANG, [CAR], orders, as_of=date(2025, 5, 6))  # 365 days
    assert is_lost(WANG, [CAR], orders, as_of=date(2025, 5, 7))  # 366 days


def test_lost_threshold_is_a_policy_value() -> None:
    orders = [visit("WO1", "C000001", VINS[0], date(2024, 5, 6))]
    policy = ChurnPolicy(lost_after_days=540)
    assert not is_lost(WANG, [CAR], orders, as_of=date(2025, 5, 7), policy=policy)


def test_visit_under_another_customer_number_on_his_car_counts() -> None:
    orders = [visit("WO1", "C000999", VINS[0], date(2025, 1, 6))]  # the driver brought it
    assert last_visit_on(WANG, [CAR], orders, as_of=date(2025, 6, 1)) == date(2025, 1, 6)
    assert last_visit_on(WANG, [], orders, as_of=date(2025, 6, 1)) is None


def test_vehicle_dates_are_visits() -> None:
    kept = Vehicle(
        vin=VINS[0],
        customer_number="C000001",
        last_business_on=date(2025, 2, 3),
        purchased_on=date(2025, 4, 1),  # bought elsewhere: not a visit
    )
    assert last_visit_on(WANG, [kept], [], as_of=date(2025, 6, 1)) == date(2025, 2, 3)
    sold_here = Vehicle(
        vin=VINS[0], customer_number="C000001", purchased_on=date(2025, 4, 1), is_new_car_sale=True
    )
    assert last_visit_on(WANG, [sold_here], [], as_of=date(2025, 6, 1)) == date(2025, 4, 1)


@pytest.mark.parametrize(
    ("last", "segment"),
    [
        (date(2025, 6, 1), ChurnSegment.ACTIVE),  # 365 days
        (date(2025, 5, 31), ChurnSegment.RECENTLY_LOST),  # 366
        (date(2024, 6, 1), ChurnSegment.RECENTLY_LOST),  # 730
        (date(2024, 5, 31), ChurnSegment.DEFECTED),  # 731
    ],
)
def test_segments_by_time_since_last_visit(last: date, segment: ChurnSegment) -> None:
    orders = [visit("WO1", "C000001", VINS[0], last)]
    result = churn_segment(WANG, [CAR], orders, as_of=date(2026, 6, 1))
    assert result.segment is segment
    assert result.last_visit_on == last
    assert result.is_lost is (segment is not ChurnSegment.ACTIVE)


def test_car_bought_here_and_never_serviced_is_first_service_lost() -> None:
    sold = Vehicle(
        vin=VINS[0],
        customer_number="C000001",
        purchased_on=date(2024, 3, 18),
        is_new_car_sale=True,
    )
    delivery = visit("WO1", "C000001", VINS[0], date(2024, 3, 18), "新车交付")
    result = churn_segment(WANG, [sold], [delivery], as_of=date(2025, 3, 19))
    assert result.segment is ChurnSegment.FIRST_SERVICE_LOST
    assert result.segment.label == "首保流失客户"
    assert result.vins == (VINS[0],)
    assert is_lost(WANG, [sold], [delivery], as_of=date(2025, 3, 19))
    at_one_year = churn_segment(WANG, [sold], [delivery], as_of=date(2025, 3, 18))
    assert at_one_year.segment is ChurnSegment.ACTIVE


def test_first_service_done_is_not_first_service_lost() -> None:
    sold = Vehicle(
        vin=VINS[0],
        customer_number="C000001",
        purchased_on=date(2024, 3, 18),
        is_new_car_sale=True,
    )
    first = visit("WO1", "C000001", VINS[0], date(2024, 6, 18), "首保")
    result = churn_segment(WANG, [sold], [first], as_of=date(2025, 3, 19))
    assert result.segment is ChurnSegment.ACTIVE
    assert result.days_since_visit == 274


def test_customer_without_any_visit_is_not_lost() -> None:
    result = churn_segment(WANG, [], [], as_of=date(2025, 3, 19))
    assert result.segment is ChurnSegment.NO_VISIT
    assert not is_lost(WANG, as_of=date(2025, 3, 19))


@pytest.mark.parametrize(
    "args",
    [
        (None, (), ()),
        ("C000001", (), ()),
        (WANG, None, ()),
        (WANG, ["LFV2A21K3D3109826"], ()),
        (WANG, (), [None]),
        (WANG, (), 42),
    ],
)
def test_is_lost_never_raises(args: tuple[object, object, object]) -> None:
    assert is_lost(*args, as_of=date(2025, 1, 1)) is False  # type: ignore[arg-type]


@pytest.mark.parametrize("as_of", [None, "2025-01-01", datetime(2025, 1, 1), 20250101])
def test_is_lost_with_bad_as_of_is_false(as_of: object) -> None:
    assert is_lost(WANG, as_of=as_of) is False  # type: ignore[arg-type]


def test_churn_segment_refuses_naive_as_of() -> None:
    with pytest.raises(InvalidFormat) as info:
        churn_segment(WANG, as_of=datetime(2025, 1, 1))
    assert info.value.field == "as_of"


def test_policy_refuses_defected_before_lost() -> None:
    with pytest.raises(InvalidComponent) as info:
        ChurnPolicy(lost_after_days=400, defected_after_days=300)
    assert info.value.field == "defected_after_days"


def test_lost_customers_of_an_archive_in_win_back_order() -> None:
    as_of = date(2026, 6, 1)
    people = [customer(f"C{i}") for i in range(1, 7)]
    vehicles = [Vehicle(vin=VINS[i], customer_number=f"C{i}") for i in range(1, 7)]
    orders = [
        visit("WO1", "C1", VINS[1], date(2026, 1, 5)),  # active
        visit("WO2", "C2", VINS[2], date(2025, 3, 1)),  # recently lost, 457 days
        visit("WO3", "C3", VINS[3], date(2025, 5, 1)),  # recently lost, 396 days
        visit("WO4", "C4", VINS[4], date(2023, 5, 1)),  # defected
    ]
    first_lost = Vehicle(vin=VINS[7], customer_number="C5", purchased_on=date(2024, 8, 8))
    gone = customer("C6", anonymised=True)
    orders.append(visit("WO6", "C6", VINS[6], date(2023, 1, 1)))
    snap = Snapshot(
        customers=[*people[:5], gone],
        vehicles=[*vehicles[:4], first_lost, vehicles[5]],
        work_orders=orders,
    )
    result = lost_customers(snap, as_of=as_of)
    assert [(a.customer_number, a.segment) for a in result] == [
        ("C3", ChurnSegment.RECENTLY_LOST),
        ("C2", ChurnSegment.RECENTLY_LOST),
        ("C5", ChurnSegment.FIRST_SERVICE_LOST),
        ("C4", ChurnSegment.DEFECTED),
    ]
    active = lost_customers(snap, as_of=as_of, segments={ChurnSegment.ACTIVE})
    assert [a.customer_number for a in active] == ["C1"]


# --- early warning --------------------------------------------------------------

AS_OF = date(2026, 3, 15)  # window: Aug-Dec 2025 active, Jan-Feb 2026 quiet


def warning_snapshot() -> Snapshot:
    people = [
        customer("C1", birth_date=date(1985, 3, 30)),  # birthday in 15 days
        customer("C2", resident_id="11010519491231002X"),  # birthday 31 December
        customer("C3"),
        customer("C4"),
        customer("C5"),
        customer("C6", opt_outs=[OptOut("marketing", reason="客户要求不再推送")]),
        customer("C7", opt_outs=[OptOut(ContactPurpose.REMINDERS, reason="不需要保养提醒")]),
        customer("C8"),
    ]
    vehicles = [Vehicle(vin=VINS[i - 1], customer_number=f"C{i}") for i in range(1, 9)]
    days = {
        "C1": [date(2025, 12, 20)],  # on: last visit in the last active month
        "C2": [date(2025, 8, 1)],  # on: first day of the window
        "C3": [date(2025, 7, 31)],  # off: before the window
        "C4": [date(2025, 10, 1), date(2026, 1, 1)],  # off: came in a quiet month
        "C5": [date(2025, 10, 1), date(2026, 3, 10)],  # off: came back this month
        "C6": [date(2025, 10, 1)],  # off: opted out of marketing
        "C7": [date(2025, 10, 1)],  # on: reminders opt-out does not stop a care call
        "C8": [date(2025, 10, 1), date(2026, 2, 28)],  # off: last quiet day
    }
    orders = [
        visit(f"WO{number}{i}", number, VINS[int(number[1:]) - 1], day, "小修")
        for number, dates in days.items()
        for i, day in enumerate(dates)
    ]
    maintenance = [
        visit("WOM1", "C1", VINS[0], date(2025, 12, 20)),  # due 2026-06-20
        visit("WOM2", "C2", VINS[1], date(2025, 8, 1)),  # due 2026-02-01: overdue
    ]
    return Snapshot(customers=people, vehicles=vehicles, work_orders=orders + maintenance)


def test_seed_000_early_warning_window() -> None:
    result = early_warning(warning_snapshot(), as_of=AS_OF)
    assert (result.active_from, result.active_until) == (date(2025, 8, 1), date(2025, 12, 31))
    assert (result.quiet_from, result.quiet_until) == (date(2026, 1, 1), date(2026, 2, 28))
    assert result.rule.startswith("early warning: a visit in the")


def test_seed_000_early_warning_picks_the_drifting_customers() -> None:
    result = early_warning(warning_snapshot(), as_of=AS_OF)
    assert {e.customer_number for e in result.entries} == {"C1", "C2", "C7"}
    assert result.opted_out == ("C6",)


def test_early_warning_call_list_is_sorted_by_occasion() -> None:
    entries = early_warning(warning_snapshot(), as_of=AS_OF).entries
    assert [e.customer_number for e in entries] == ["C2", "C1", "C7"]
    c2, c1, c7 = entries
    assert (c2.service_due_on, c2.days_to_service_due, c2.service_due_within_days) == (
        date(2026, 2, 1),
        -42,
        True,
    )
    assert c2.service_due_vin == VINS[1]
    assert (c2.birthday_on, c2.birthday_within_days) == (date(2026, 12, 31), False)
    assert (c1.birthday_on, c1.days_to_birthday, c1.birthday_within_days) == (
        date(2026, 3, 30),
        15,
        True,
    )
    assert (c1.service_due_on, c1.service_due_within_days) == (date(2026, 6, 20), False)
    assert (c1.priority, c2.priority, c7.priority) == (1, 1, 0)
    assert c7.birthday_on is None
    assert c1.last_visit_on == date(2025, 12, 20)
    assert "overdue" in c2.reason
    assert "birthday 2026-03-30" in c1.reason


def test_both_occasions_near_come_first() -> None:
    snap = warning_snapshot()
    policy = ChurnPolicy(service_due_within_days=100)
    entries = early_warning(snap, as_of=AS_OF, policy=policy).entries
    assert entries[0].customer_number == "C1"
    assert entries[0].priority == 2


def test_29_february_birthday_is_kept_on_28_february_in_a_common_year() -> None:
    leap = customer("C1", birth_date=date(1988, 2, 29))
    snap = Snapshot(
        customers=[leap],
        work_orders=[
            visit("WO1", "C1", VINS[0], date(2025, 9, 10)),
            visit("WO2", "C1", VINS[0], date(2027, 9, 10)),
        ],
    )
    (common,) = early_warning(snap, as_of=date(2026, 2, 20)).entries
    assert (common.birthday_on, common.days_to_birthday) == (date(2026, 2, 28), 8)
    (leap_year,) = early_warning(snap, as_of=date(2028, 2, 20)).entries
    assert (leap_year.birthday_on, leap_year.days_to_birthday) == (date(2028, 2, 29), 9)


def test_opt_out_purpose_is_a_policy_choice() -> None:
    policy = ChurnPolicy(warning_opt_out=ContactPurpose.REMINDERS)
    result = early_warning(warning_snapshot(), as_of=AS_OF, policy=policy)
    assert {e.customer_number for e in result.entries} == {"C1", "C2", "C6"}
    assert result.opted_out == ("C7",)


def test_early_warning_skips_anonymised_records() -> None:
    snap = Snapshot(
        customers=[customer("C1", anonymised=True)],
        work_orders=[visit("WO1", "C1", VINS[0], date(2025, 10, 1))],
    )
    assert early_warning(snap, as_of=AS_OF).entries == ()


# --- churn risk ------------------------------------------------------------------


def complaint(number: str, received: date, **kwargs: object) -> Complaint:
    return Complaint(
        number,
        customer_number="C000001",
        received_at=datetime(received.year, received.month, received.day, 9, tzinfo=CHINA_TZ),
        **kwargs,  # type: ignore[arg-type]
    )


def test_churn_risk_components_add_up_to_the_score() -> None:
    orders = [visit("WO1", "C000001", VINS[0], date(2025, 3, 10), "小修")]
    risk = churn_risk(WANG, [CAR], orders, as_of=date(2025, 12, 27))
    by_name = {c.name: c for c in risk.components}
    assert by_name["recency"].value == Decimal("0.8000")  # 292 / 365
    assert by_name["frequency"].value == Decimal("0.5000")  # 1 of 2 visits
    assert by_name["missed_maintenance"].value == Decimal("0.0000")
    assert by_name["complaints"].value == Decimal("0.0000")
    assert risk.score == Decimal("42.0")
    assert risk.score == sum(c.points for c in risk.components)
    assert risk.level is RiskLevel.MEDIUM
    assert "40" in risk.formula


def test_customer_with_missed_maintenance_and_open_complaint_is_high_risk() -> None:
    first = Vehicle(
        vin=VINS[0],
        customer_number="C000001",
        first_maintenance_on=date(2024, 1, 10),
    )
    orders = [visit("WO1", "C000001", VINS[0], date(2025, 2, 1), "小修")]
    complaints = [
        complaint("TS1", date(2025, 2, 3)),  # still open
        complaint(
            "TS2",
            date(2024, 5, 1),
            status="closed",
            closed_at=datetime(2024, 5, 2, tzinfo=CHINA_TZ),
        ),
    ]
    risk = churn_risk(WANG, [first], orders, complaints, as_of=date(2025, 9, 1))
    by_name = {c.name: c for c in risk.components}
    # due 2024-07-10 and 2025-01-10 missed (2025-07-10 too): capped at 2
    assert by_name["missed_maintenance"].value == Decimal("1.0000")
    assert "3 maintenance chances missed" in by_name["missed_maintenance"].evidence
    assert by_name["complaints"].value == Decimal("1.0000")
    assert "TS1" in by_name["complaints"].evidence
    assert "TS2" not in by_name["complaints"].evidence
    assert by_name["recency"].value == Decimal("0.5808")  # 212 / 365
    assert risk.level is RiskLevel.HIGH
    assert risk.score == Decimal("73.2")  # 23.2 + 10.0 + 25.0 + 15.0


def test_complaint_closed_after_as_of_was_unresolved_then() -> None:
    late = complaint(
        "TS1",
        date(2025, 2, 3),
        status="closed",
        closed_at=datetime(2025, 4, 1, tzinfo=CHINA_TZ),
    )
    before = churn_risk(WANG, [CAR], [], [late], as_of=date(2025, 3, 1))
    after = churn_risk(WANG, [CAR], [], [late], as_of=date(2025, 4, 2))
    assert before.components[3].value == Decimal("1.0000")
    assert after.components[3].value == Decimal("0.0000")


def test_no_visit_on_record_is_full_recency_risk() -> None:
    risk = churn_risk(WANG, as_of=date(2025, 3, 1))
    assert risk.components[0].value == Decimal("1.0000")
    assert risk.components[1].value == Decimal("1.0000")
    assert risk.score == Decimal("60.0")
    assert risk.level is RiskLevel.HIGH


def test_weights_come_from_policy() -> None:
    policy = ChurnPolicy(
        risk_weight_recency=1,
        risk_weight_frequency=0,
        risk_weight_missed=0,
        risk_weight_complaints=0,
    )
    orders = [visit("WO1", "C000001", VINS[0], date(2025, 3, 10))]
    risk = churn_risk(WANG, [CAR], orders, as_of=date(2025, 12, 27), policy=policy)
    assert risk.score == Decimal("80.0")


def test_all_zero_weights_are_refused() -> None:
    with pytest.raises(InvalidComponent):
        ChurnPolicy(
            risk_weight_recency=0,
            risk_weight_frequency=0,
            risk_weight_missed=0,
            risk_weight_complaints=0,
        )


def test_29_february_birthday_may_be_kept_on_1_march() -> None:
    from autocrm.rules.service_policy import ServicePolicy

    snap = Snapshot(
        customers=[customer("C1", birth_date=date(1988, 2, 29))],
        work_orders=[visit("WO1", "C1", VINS[0], date(2025, 9, 10))],
    )
    policy = ServicePolicy(leap_day_birthdays="mar1")
    (entry,) = early_warning(snap, as_of=date(2026, 2, 20), service_policy=policy).entries
    assert (entry.birthday_on, entry.days_to_birthday) == (date(2026, 3, 1), 9)


def test_opt_out_purpose_accepts_its_value_or_label_and_refuses_junk() -> None:
    assert ChurnPolicy(warning_opt_out="reminders").warning_opt_out is ContactPurpose.REMINDERS  # type: ignore[arg-type]
    assert ChurnPolicy(warning_opt_out="营销").warning_opt_out is ContactPurpose.MARKETING  # type: ignore[arg-type]
    with pytest.raises(InvalidComponent) as info:
        ChurnPolicy(warning_opt_out="sms")  # type: ignore[arg-type]
    assert info.value.field == "warning_opt_out"


# --- contact pressure (SPEC §9b) ------------------------------------------------


def lost_snapshot(*people: Customer, **records: object) -> Snapshot:
    vehicles = [
        Vehicle(vin=VINS[i], customer_number=p.number, last_business_on=date(2024, 2, 1))
        for i, p in enumerate(people)
    ]
    return Snapshot(customers=people, vehicles=vehicles, **records)  # type: ignore[arg-type]


def test_win_back_list_leaves_off_marketing_opt_outs_and_says_why() -> None:
    kept = customer("C1")
    refused = customer("C2", opt_outs=[OptOut("marketing", reason="不要营销电话")])
    reminders_only = customer("C3", opt_outs=[OptOut("reminders", reason="不需要保养提醒")])
    snap = lost_snapshot(kept, refused, reminders_only)
    report = lost_customers_report(snap, as_of=date(2025, 6, 1))
    assert [a.customer_number for a in report.entries] == ["C1", "C3"]
    (left,) = report.left_off
    assert (left.customer_number, left.subject) == ("C2", "recently_lost")
    assert left.pressure.kind is PressureKind.OPTED_OUT
    assert left.reason == "opted out of 营销 calls: 不要营销电话"
    assert [a.customer_number for a in lost_customers(snap, as_of=date(2025, 6, 1))] == [
        "C1", "C3",
    ]  # fmt: skip
    # The purpose is a policy value.
    by_reminders = ChurnPolicy(win_back_opt_out="reminders")
    found = lost_customers(snap, as_of=date(2025, 6, 1), policy=by_reminders)
    assert [a.customer_number for a in found] == ["C1", "C2"]


def test_win_back_list_leaves_off_anonymised_booked_and_recently_called() -> None:
    booked = Appointment(
        number="YY1", customer_number="C2", kind="proactive",
        booked_at=datetime(2025, 5, 30, 9, tzinfo=CHINA_TZ),
        slot=datetime(2025, 6, 3, 9, tzinfo=CHINA_TZ),
    )  # fmt: skip
    called = FollowUp(
        number="WO9-3DC", kind="3dc", customer_number="C3",
        earliest=date(2025, 5, 28), due=date(2025, 5, 28), latest=date(2025, 5, 28),
        attempts=[CallAttempt(datetime(2025, 5, 28, 10, tzinfo=CHINA_TZ), "no_answer")],
    )  # fmt: skip
    snap = lost_snapshot(customer("C1", anonymised=True), customer("C2"), customer("C3"),
                         customer("C4"), appointments=[booked], followups=[called])  # fmt: skip
    report = lost_customers_report(snap, as_of=date(2025, 6, 1))
    assert [a.customer_number for a in report.entries] == ["C4"]
    assert [(x.customer_number, x.pressure.kind) for x in report.left_off] == [
        ("C1", PressureKind.ANONYMISED),
        ("C2", PressureKind.BOOKED),
        ("C3", PressureKind.CONTACTED),
    ]


def test_early_warning_leaves_off_booked_and_recently_called_customers() -> None:
    snap = warning_snapshot()
    booked = Appointment(
        number="YY7", customer_number="C7", kind="passive",
        booked_at=datetime(2026, 3, 12, 9, tzinfo=CHINA_TZ),
        slot=datetime(2026, 3, 20, 9, tzinfo=CHINA_TZ),
    )  # fmt: skip
    called = FollowUp(
        number="WOX-3DC", kind="3dc", customer_number="C1",
        earliest=date(2026, 3, 10), due=date(2026, 3, 10), latest=date(2026, 3, 10),
        status="completed",
        attempts=[CallAttempt(datetime(2026, 3, 10, 10, tzinfo=CHINA_TZ), "completed")],
    )  # fmt: skip
    result = early_warning(attrs.evolve(snap, appointments=[booked], followups=[called]),
                           as_of=AS_OF)  # fmt: skip
    assert [e.customer_number for e in result.entries] == ["C2"]
    assert result.opted_out == ("C6",)
    assert {(x.customer_number, x.pressure.kind) for x in result.left_off} == {
        ("C1", PressureKind.CONTACTED),
        ("C6", PressureKind.OPTED_OUT),
        ("C7", PressureKind.BOOKED),
    }
    # Called more than 7 days before: back on the list.
    later = early_warning(attrs.evolve(snap, followups=[called]), as_of=date(2026, 3, 17))
    assert "C1" in {e.customer_number for e in later.entries}


def test_churn_policy_refuses_a_bad_win_back_purpose() -> None:
    with pytest.raises(InvalidComponent) as info:
        ChurnPolicy(win_back_opt_out="sms")
    assert info.value.field == "win_back_opt_out"
