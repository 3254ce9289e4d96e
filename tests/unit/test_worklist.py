"""Named cases for autocrm.rules.worklist: the desk's day, with fixed dates."""

from __future__ import annotations

import json
from datetime import date, datetime

import attrs
import pytest

from autocrm.adapters.json import dumps
from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    Complaint,
    Customer,
    FollowUp,
    FollowUpStatus,
    OptOut,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import InvalidComponent, PolicyError
from autocrm.policies import Policies, policies_from_dict, policies_to_dict
from autocrm.rules.contact import PressureKind
from autocrm.rules.desk import daily_worklist
from autocrm.rules.reminder_kinds import Reminder, ReminderKind
from autocrm.rules.worklist import Worklist
from autocrm.rules.worklist_policy import ReasonKind, WorklistPolicy, is_stale

VIN = "LFV2A21K3D3109826"
VIN2 = "1HGCM82633A004352"
WANG = "C000001"


def customer(number: str = WANG, **kwargs: object) -> Customer:
    fields: dict[str, object] = {"name": "王建国", "mobile": "13800138000", "owner": "李娜"}
    fields.update(kwargs)
    return Customer(number=number, **fields)  # type: ignore[arg-type]


def three_day(number: str = "WO20251009001-3DC", customer_number: str = WANG, *,
              earliest: date = date(2025, 10, 13), latest: date = date(2025, 10, 14),
              vin: str | None = VIN) -> FollowUp:  # fmt: skip
    return FollowUp(
        number=number, kind="3dc", customer_number=customer_number, vin=vin,
        work_order_number=number.rsplit("-", 1)[0], earliest=earliest, due=latest,
        latest=latest,
    )  # fmt: skip


def car(vin: str = VIN, customer_number: str = WANG, **kwargs: object) -> Vehicle:
    return Vehicle(vin=vin, customer_number=customer_number, **kwargs)  # type: ignore[arg-type]


def test_three_reasons_on_one_day_make_one_task() -> None:
    # The 3DC of a visit, a maintenance due that day, and the owner's birthday.
    shop = Snapshot(
        customers=[customer(birth_date=date(1980, 10, 14))],
        vehicles=[car(next_maintenance_on=date(2025, 10, 14))],
        followups=[three_day()],
    )
    day = daily_worklist(shop, as_of=date(2025, 10, 14))
    (task,) = day.tasks
    assert task.customer_number == WANG
    assert task.kinds == (ReasonKind.FOLLOW_UP, ReasonKind.MAINTENANCE, ReasonKind.BIRTHDAY)
    assert (task.on, task.agent, task.position, task.rank) == (date(2025, 10, 14), "李娜", 1, 3)
    follow_up, maintenance, birthday = task.reasons
    # The reasons are the existing results, with their rule and policy values.
    assert follow_up.evidence is not None
    assert follow_up.evidence.followup.number == "WO20251009001-3DC"  # type: ignore[union-attr]
    assert isinstance(maintenance.evidence, Reminder)
    assert maintenance.vin == VIN
    assert maintenance.due_on == date(2025, 10, 14)
    assert "explicit next-maintenance date" in maintenance.rule
    assert birthday.reason == "birthday on 2025-10-14 (born 1980-10-14)"


def test_an_opted_out_vehicle_never_shows() -> None:
    wang = customer(opt_outs=[OptOut("reminders", vin=VIN, reason="这辆车已转卖")])
    shop = Snapshot(
        customers=[wang],
        vehicles=[
            car(next_maintenance_on=date(2025, 10, 14)),
            car(VIN2, next_maintenance_on=date(2025, 10, 14)),
        ],
    )
    day = daily_worklist(shop, as_of=date(2025, 10, 14))
    (task,) = day.tasks
    assert [(r.kind, r.vin) for r in task.reasons] == [(ReasonKind.MAINTENANCE, VIN2)]
    (left,) = day.left_off
    assert (left.customer_number, left.subject) == (WANG, f"maintenance {VIN}")
    assert left.pressure.kind is PressureKind.OPTED_OUT
    assert "这辆车已转卖" in left.reason
    assert VIN not in dumps(day.tasks)


def test_capacity_overflow_moves_across_national_day_2025() -> None:
    people = [customer(f"C{n:06d}", name=f"客户{n}") for n in range(1, 6)]
    calls = [three_day(f"WO{n}-3DC", f"C{n:06d}", earliest=date(2025, 9, 29),
                       latest=date(2025, 9, 30)) for n in range(1, 6)]  # fmt: skip
    rules = Policies(worklist=WorklistPolicy(daily_capacity=2))
    day = daily_worklist(
        Snapshot(customers=people, followups=calls), as_of=date(2025, 9, 30), policies=rules
    )
    # Two on Tuesday 30 September; 1–8 October are the National Day break: the next
    # working day is Thursday 9 October, then Friday 10.
    assert [(t.customer_number, t.on, t.moved) for t in day.tasks] == [
        ("C000001", date(2025, 9, 30), False),
        ("C000002", date(2025, 9, 30), False),
        ("C000003", date(2025, 10, 9), True),
        ("C000004", date(2025, 10, 9), True),
        ("C000005", date(2025, 10, 10), True),
    ]
    assert {t.agent for t in day.tasks} == {"李娜"}
    assert day.agents == (("李娜", 2),)


def test_a_list_made_on_a_holiday_starts_on_the_next_working_day() -> None:
    call = three_day(earliest=date(2025, 9, 29), latest=date(2025, 9, 30))
    shop = Snapshot(customers=[customer()], followups=[call])
    day = daily_worklist(shop, as_of=date(2025, 10, 3))
    assert day.first_day == date(2025, 10, 9)
    assert [t.on for t in day.tasks] == [date(2025, 10, 9)]


def test_a_3dc_whose_window_ended_months_ago_is_expired_and_counted() -> None:
    old = three_day("WO20250401001-3DC", earliest=date(2025, 4, 2), latest=date(2025, 4, 3))
    fresh = three_day("WO20250922001-3DC", "C000002", earliest=date(2025, 9, 23),
                      latest=date(2025, 9, 25))  # fmt: skip
    shop = Snapshot(customers=[customer(), customer("C000002", name="李娜")],
                    followups=[old, fresh])  # fmt: skip
    day = daily_worklist(shop, as_of=date(2025, 9, 25))
    assert [t.customer_number for t in day.tasks] == ["C000002"]
    assert day.expired_count == 1
    (expired,) = day.expired
    assert expired.number == "WO20250401001-3DC"
    assert expired.status is FollowUpStatus.EXPIRED
    assert expired.status.label == "已过期"


def test_the_fifteenth_working_day_after_the_window_drops_the_call() -> None:
    # The window ended Monday 1 September 2025; 14 working days later is Friday 19.
    fu = three_day(earliest=date(2025, 8, 29), latest=date(2025, 9, 1))
    assert not is_stale(fu, as_of=date(2025, 9, 19))
    assert is_stale(fu, as_of=date(2025, 9, 22))
    shop = Snapshot(customers=[customer()], followups=[fu])
    assert daily_worklist(shop, as_of=date(2025, 9, 19)).tasks[0].reasons[0].days_overdue == 18
    assert daily_worklist(shop, as_of=date(2025, 9, 22)).tasks == ()
    longer = Policies(worklist=WorklistPolicy(expire_after_workdays=20))
    assert daily_worklist(shop, as_of=date(2025, 9, 22), policies=longer).expired == ()


def test_a_completed_follow_up_never_expires() -> None:
    done = attrs.evolve(three_day(), status="completed")
    assert not is_stale(done, as_of=date(2026, 10, 14))
    assert not is_stale(None, as_of=date(2026, 10, 14))  # type: ignore[arg-type]


def visit(number: str, customer_number: str, amount: str) -> WorkOrder:
    return WorkOrder(
        number=number, customer_number=customer_number, vin=VIN2,
        opened_at=datetime(2025, 3, 3, 9, tzinfo=CHINA_TZ),
        closed_at=datetime(2025, 3, 3, 16, tzinfo=CHINA_TZ),
        service_types=["小修"], lines=[WorkOrderLine("小修", amount)],
    )  # fmt: skip


def test_the_scale_ranks_complaints_then_follow_ups_then_maintenance() -> None:
    people = [customer(f"C00000{n}", name=f"客户{n}") for n in range(1, 6)]
    complaint = Complaint(
        number="TS2025001", customer_number="C000005", level="II",
        received_at=datetime(2025, 10, 10, 9, tzinfo=CHINA_TZ),
        callback_promised_at=datetime(2025, 10, 13, 17, tzinfo=CHINA_TZ),
    )  # fmt: skip
    vehicles = [
        # Two maintenances due today (no overdue): the bigger spender first.
        car("LSVAU0339N2345678", "C000001", next_maintenance_on=date(2025, 10, 14)),
        car("LSVAU0330N2345679", "C000002", next_maintenance_on=date(2025, 10, 14)),
        # Overdue by 10 days: before both.
        car("LSVAU0334N2345670", "C000003", next_maintenance_on=date(2025, 10, 4)),
    ]
    shop = Snapshot(
        customers=people,
        vehicles=vehicles,
        work_orders=[visit("WO1", "C000001", "300"), visit("WO2", "C000002", "9000")],
        complaints=[complaint],
        followups=[three_day(customer_number="C000004")],
    )
    day = daily_worklist(shop, as_of=date(2025, 10, 14))
    assert [(t.customer_number, t.reasons[0].kind.value) for t in day.tasks] == [
        ("C000005", "complaint_callback"),
        ("C000004", "follow_up"),
        ("C000003", "maintenance"),
        ("C000002", "maintenance"),
        ("C000001", "maintenance"),
    ]
    callback = day.tasks[0].reasons[0]
    assert (callback.days_overdue, callback.evidence) == (1, complaint)
    assert [t.position for t in day.tasks] == [1, 2, 3, 4, 5]


def test_the_scale_is_configurable() -> None:
    shop = Snapshot(
        customers=[customer(), customer("C000002", birth_date=date(1990, 10, 14))],
        followups=[three_day()],
    )
    rules = policies_from_dict({"worklist": {"scale": ["birthday", "follow_up"]}})
    assert [t.customer_number for t in daily_worklist(shop, as_of=date(2025, 10, 14),
                                                       policies=rules).tasks] == [
        "C000002", WANG,
    ]  # fmt: skip
    only = policies_from_dict({"worklist": {"scale": ["follow_up"]}})
    day = daily_worklist(shop, as_of=date(2025, 10, 14), policies=only)
    assert [t.customer_number for t in day.tasks] == [WANG]


def test_complaint_deadline_and_an_opted_out_complainant() -> None:
    received = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
    level_i = Complaint(number="TS1", customer_number=WANG, level="I", received_at=received)
    other = Complaint(number="TS2", customer_number="C000002", level="I", received_at=received)
    li = customer("C000002", name="李娜", opt_outs=[OptOut("follow_ups", reason="不要再打电话")])
    shop = Snapshot(customers=[customer(), li], complaints=[level_i, other])
    day = daily_worklist(shop, as_of=date(2025, 10, 13))
    (task,) = day.tasks
    reason = task.reasons[0]
    assert (reason.kind, reason.due_on, reason.days_overdue) == (
        ReasonKind.COMPLAINT_DEADLINE,
        date(2025, 10, 10),
        3,
    )
    assert [(x.customer_number, x.subject) for x in day.left_off] == [
        ("C000002", "complaint_deadline TS2")
    ]


def test_appointments_are_confirmed_the_working_day_before() -> None:
    booked = Appointment(
        number="YY2025001", customer_number=WANG, vin=VIN, kind="proactive",
        booked_at=datetime(2025, 9, 26, 10, tzinfo=CHINA_TZ),
        slot=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
    )  # fmt: skip
    shop = Snapshot(customers=[customer()], appointments=[booked])
    # Thursday 9 October follows the National Day break: confirmed on Tuesday 30 September.
    (task,) = daily_worklist(shop, as_of=date(2025, 9, 30)).tasks
    assert task.reasons[0].kind is ReasonKind.APPOINTMENT_CONFIRMATION
    assert task.reasons[0].reason == "confirm 主动预约 YY2025001 for 2025-10-09 09:30"
    assert daily_worklist(shop, as_of=date(2025, 9, 29)).tasks == ()
    assert daily_worklist(shop, as_of=date(2025, 10, 9)).tasks == ()


def test_round_robin_shares_in_rank_order_and_owners_keep_theirs() -> None:
    people = [customer(f"C00000{n}", name=f"客户{n}", owner="王强" if n == 1 else None)
              for n in range(1, 5)]  # fmt: skip
    calls = [three_day(f"WO{n}-3DC", f"C00000{n}") for n in range(1, 5)]
    shop = Snapshot(customers=people, followups=calls)
    by_owner = daily_worklist(shop, as_of=date(2025, 10, 14), agents=["王强", "赵敏"])
    assert [t.agent for t in by_owner.tasks] == ["王强", "王强", "赵敏", "王强"]
    rules = Policies(worklist=WorklistPolicy(assign_by="round_robin"))
    dealt = daily_worklist(shop, as_of=date(2025, 10, 14), agents=["王强", "赵敏"], policies=rules)
    assert [t.agent for t in dealt.tasks] == ["王强", "赵敏", "王强", "赵敏"]
    assert dealt.for_agent("赵敏") == (dealt.tasks[1], dealt.tasks[3])
    # No agent known at all: the tasks are unassigned and all on the first day.
    nobody = daily_worklist(attrs.evolve(shop, customers=[]), as_of=date(2025, 10, 14))
    assert {(t.agent, t.on) for t in nobody.tasks} == {(None, date(2025, 10, 14))}


def test_an_agent_with_a_capacity_of_his_own() -> None:
    people = [customer(f"C00000{n}", name=f"客户{n}", owner=None) for n in range(1, 5)]
    calls = [three_day(f"WO{n}-3DC", f"C00000{n}") for n in range(1, 5)]
    day = daily_worklist(
        Snapshot(customers=people, followups=calls), as_of=date(2025, 10, 14),
        agents={"王强": 1, "赵敏": 2},
    )  # fmt: skip
    assert [(t.agent, t.on) for t in day.tasks] == [
        ("王强", date(2025, 10, 14)),
        ("赵敏", date(2025, 10, 14)),
        ("赵敏", date(2025, 10, 14)),
        ("王强", date(2025, 10, 15)),
    ]


@pytest.mark.parametrize("agents", [{"王强": 0}, ["王强", "王强"], "王强", [""]])
def test_bad_agents_are_refused_with_the_field(agents: object) -> None:
    with pytest.raises(InvalidComponent) as caught:
        daily_worklist(
            Snapshot(customers=[customer()], followups=[three_day()]),
            as_of=date(2025, 10, 14), agents=agents,  # type: ignore[arg-type]
        )  # fmt: skip
    assert caught.value.field == "agents"


def test_the_policy_loads_from_a_table_and_refuses_bad_values() -> None:
    rules = policies_from_dict(
        {"worklist": {"daily_capacity": 25, "assign_by": "round_robin",
                      "win_back_segments": ["recently_lost"]}}
    )  # fmt: skip
    assert rules.worklist.daily_capacity == 25
    assert policies_from_dict(policies_to_dict(rules)) == rules
    for bad, key in (
        ({"daily_capacity": 0}, "worklist.daily_capacity"),
        ({"scale": ["follow_up", "nonsense"]}, "worklist.scale"),
        ({"assign_by": "seniority"}, "worklist.assign_by"),
        ({"win_back_segments": ["active"]}, "worklist.win_back_segments"),
        ({"capacity": 3}, "worklist.capacity"),
    ):
        with pytest.raises(PolicyError) as caught:
            policies_from_dict({"worklist": bad})
        assert caught.value.field == key


def test_a_recent_call_keeps_a_birthday_off_but_not_a_promised_call_back() -> None:
    called = attrs.evolve(
        three_day(earliest=date(2025, 10, 9), latest=date(2025, 10, 10)),
        status="completed",
        attempts=[CallAttempt(datetime(2025, 10, 10, 10, tzinfo=CHINA_TZ), "completed",
                              rating=5)],
    )  # fmt: skip
    promise = Complaint(
        number="TS9", customer_number=WANG, level="III",
        received_at=datetime(2025, 10, 13, 9, tzinfo=CHINA_TZ),
        callback_promised_at=datetime(2025, 10, 14, 16, tzinfo=CHINA_TZ),
    )  # fmt: skip
    shop = Snapshot(
        customers=[customer(birth_date=date(1980, 10, 14))],
        followups=[called],
        complaints=[promise],
    )
    day = daily_worklist(shop, as_of=date(2025, 10, 14))
    assert [r.kind for r in day.tasks[0].reasons] == [ReasonKind.COMPLAINT_CALLBACK]
    assert [(x.subject, x.pressure.kind) for x in day.left_off] == [
        ("birthday", PressureKind.CONTACTED)
    ]


def test_the_list_serialises_to_json_and_is_the_same_every_time() -> None:
    shop = Snapshot(
        customers=[customer(birth_date=date(1980, 10, 14))],
        vehicles=[car(next_maintenance_on=date(2025, 10, 14))],
        followups=[three_day()],
    )
    text = dumps(daily_worklist(shop, as_of=date(2025, 10, 14)))
    assert text == dumps(daily_worklist(shop, as_of=date(2025, 10, 14)))
    data = json.loads(text)
    assert data["first_day"] == "2025-10-14"
    assert [r["kind"] for r in data["tasks"][0]["reasons"]] == [
        "follow_up", "maintenance", "birthday",
    ]  # fmt: skip
    assert data["tasks"][0]["reasons"][0]["evidence"]["followup"]["number"] == ("WO20251009001-3DC")


def test_the_list_becomes_a_frame() -> None:
    pandas_adapter = pytest.importorskip("autocrm.adapters.pandas")
    shop = Snapshot(customers=[customer(birth_date=date(1980, 10, 14))], followups=[three_day()])
    frame = pandas_adapter.to_frame(daily_worklist(shop, as_of=date(2025, 10, 14)))
    assert list(frame["customer_number"]) == [WANG]
    assert list(frame["reasons"]) == ["follow_up, birthday"]
    assert list(frame["labels"]) == ["跟踪回访、生日关怀"]


def test_worklist_of_folds_reasons_given_in_any_order_as_daily_worklist_does() -> None:
    shop = Snapshot(
        customers=[customer(birth_date=date(1980, 10, 14)), customer("C000002", name="李娜")],
        vehicles=[car(next_maintenance_on=date(2025, 10, 14))],
        followups=[three_day(), three_day("WO2-3DC", "C000002")],
    )
    day = daily_worklist(shop, as_of=date(2025, 10, 14))
    pairs = [(t.customer_number, r) for t in day.tasks for r in t.reasons]
    rebuilt = Worklist.of(
        reversed(pairs),
        as_of=date(2025, 10, 14),
        customers={c.number: c for c in shop.customers},
        left_off=day.left_off,
        expired=day.expired,
    )
    assert dumps(rebuilt) == dumps(day)
    with pytest.raises(PolicyError):
        WorklistPolicy(scale=["follow_up"]).rank_of(ReasonKind.BIRTHDAY)


def test_a_merged_customer_is_left_off_even_a_promised_call_back() -> None:
    # C000002 was merged into C000001; a call-back still filed under his number is owed
    # to the survivor now, so the MERGED record gets no task of its own.
    promise = Complaint(
        number="TS9", customer_number="C000002", level="III",
        received_at=datetime(2025, 10, 13, 9, tzinfo=CHINA_TZ),
        callback_promised_at=datetime(2025, 10, 14, 16, tzinfo=CHINA_TZ),
    )  # fmt: skip
    shop = Snapshot(
        customers=[
            customer(birth_date=date(1980, 10, 14)),
            customer(
                "C000002", mobile="13900139000", birth_date=date(1980, 10, 14), merged_into=WANG
            ),
        ],
        complaints=[promise],
    )
    day = daily_worklist(shop, as_of=date(2025, 10, 14))
    assert [task.customer_number for task in day.tasks] == [WANG]
    assert sorted((x.customer_number, x.subject, x.pressure.kind) for x in day.left_off) == [
        ("C000002", "birthday", PressureKind.MERGED),
        ("C000002", "complaint_callback TS9", PressureKind.MERGED),
    ]


def test_every_reminder_kind_is_a_reason_with_its_label() -> None:
    # The worklist finds a reminder's reason by value; its label is the reminder's own.
    reasons = {kind.value: kind.label for kind in ReasonKind}
    assert {kind.value: reasons.get(kind.value) for kind in ReminderKind} == {
        kind.value: kind.label for kind in ReminderKind
    }
    assert ReasonKind.from_label("续保提醒") is ReasonKind.INSURANCE_RENEWAL
