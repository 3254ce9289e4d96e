"""Invariants of autocrm.rules.desk.daily_worklist over random archives around ``as_of``.

* no reason is listed for a contact the customer opted out of (its purpose, for all
  vehicles or the reason's vehicle, for every channel or a phone channel), and an
  anonymised customer has no task;
* every task's day is a working day, on or after ``as_of``;
* the ranking is a total order: positions 1..n, keys strictly increasing;
* one task per customer (so one per customer per day);
* no agent takes more than his daily capacity on a day;
* the same archive (also read back from its backup) and ``as_of`` give the same JSON,
  byte for byte.
"""

from __future__ import annotations

import io
import itertools
from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from autocrm.adapters.json import dumps, export_jsonl, import_jsonl
from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    AppointmentKind,
    Complaint,
    ComplaintLevel,
    ContactKind,
    ContactPurpose,
    Customer,
    FollowUp,
    FollowUpKind,
    OptOut,
    Snapshot,
    Vehicle,
    WorkOrder,
)
from autocrm.policies import Policies
from autocrm.rules.calendar import ChineseWorkdays
from autocrm.rules.contact import CALL_KINDS
from autocrm.rules.desk import daily_worklist
from autocrm.rules.worklist_policy import WorklistPolicy

CALENDAR = ChineseWorkdays()
AGENTS = ("李娜", "王强", "赵敏")
VINS = ("LFV2A21K3D3109826", "1HGCM82633A004352", "LSVAU0339N2345678", "LSVAU0330N2345679",
        "LSVAU0334N2345670")  # fmt: skip


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=CHINA_TZ)


@st.composite
def scenes(draw: st.DrawFn) -> tuple[Snapshot, date]:
    """A small archive whose visits, calls, complaints and bookings lie around ``as_of``."""
    as_of = draw(st.dates(min_value=date(2019, 1, 1), max_value=date(2026, 6, 30)))
    people: list[Customer] = []
    cars: list[Vehicle] = []
    orders: list[WorkOrder] = []
    calls: list[FollowUp] = []
    grievances: list[Complaint] = []
    bookings: list[Appointment] = []
    for index in range(draw(st.integers(1, 5))):
        number = f"C{index + 1:06d}"
        own: list[str] = []
        for vin in draw(st.lists(st.sampled_from(VINS), max_size=2, unique=True)):
            if vin in {c.vin for c in cars}:
                continue
            near = as_of + timedelta(days=draw(st.integers(-40, 40)))
            cars.append(
                Vehicle(
                    vin=vin, customer_number=number, next_maintenance_on=near,
                    insurance_renewal_on=near,
                    purchased_on=as_of - timedelta(days=draw(st.integers(30, 2000))),
                )
            )  # fmt: skip
            own.append(vin)
            for _ in range(draw(st.integers(0, 2))):
                opened = at(as_of - timedelta(days=draw(st.integers(1, 400))), 9)
                orders.append(
                    WorkOrder(
                        number=f"WO{len(orders) + 1:08d}", customer_number=number, vin=vin,
                        opened_at=opened, closed_at=opened + timedelta(hours=3),
                        service_types=[draw(st.sampled_from(("保养", "小修", "大修")))],
                    )
                )  # fmt: skip
        opt_outs = draw(
            st.lists(
                st.builds(
                    OptOut,
                    st.sampled_from(ContactPurpose),
                    reason=st.just("客户要求不再联系"),
                    vin=st.one_of(st.none(), st.sampled_from(own)) if own else st.none(),
                    kind=st.one_of(st.none(), st.sampled_from(ContactKind)),
                ),
                max_size=3,
            )
        )
        people.append(
            Customer(
                number=number, name="王建国", mobile="13800138000", opt_outs=opt_outs,
                birth_date=draw(st.one_of(st.none(), st.just(as_of - timedelta(days=365 * 30)))),
                owner=draw(st.one_of(st.none(), st.sampled_from(AGENTS))),
                anonymised=draw(st.booleans()) and draw(st.booleans()),
            )
        )  # fmt: skip
        for _ in range(draw(st.integers(0, 2))):
            earliest = as_of + timedelta(days=draw(st.integers(-60, 3)))
            latest = earliest + timedelta(days=draw(st.integers(0, 10)))
            calls.append(
                FollowUp(
                    number=f"FU{len(calls) + 1:08d}", customer_number=number,
                    kind=draw(st.sampled_from(FollowUpKind)), earliest=earliest, due=earliest,
                    latest=latest, vin=draw(st.one_of(st.none(), st.sampled_from(own)))
                    if own else None,
                )
            )  # fmt: skip
        if draw(st.booleans()):
            received = at(as_of - timedelta(days=draw(st.integers(0, 12))), 9)
            grievances.append(
                Complaint(
                    number=f"TS{len(grievances) + 1:08d}", customer_number=number,
                    level=draw(st.sampled_from(ComplaintLevel)), received_at=received,
                    vin=draw(st.one_of(st.none(), st.sampled_from(own))) if own else None,
                    callback_promised_at=received + timedelta(hours=draw(st.integers(1, 72))),
                )
            )  # fmt: skip
        if draw(st.booleans()):
            slot = at(as_of + timedelta(days=draw(st.integers(0, 6))), 14)
            bookings.append(
                Appointment(
                    number=f"YY{len(bookings) + 1:08d}", customer_number=number,
                    kind=draw(st.sampled_from(AppointmentKind)), slot=slot,
                    booked_at=slot - timedelta(days=2),
                    vin=draw(st.one_of(st.none(), st.sampled_from(own))) if own else None,
                )
            )  # fmt: skip
    snapshot = Snapshot(
        customers=people, vehicles=cars, work_orders=orders, followups=calls,
        complaints=grievances, appointments=bookings, customer_sequence=len(people),
    )  # fmt: skip
    return snapshot, as_of


desks = st.one_of(
    st.none(),
    st.lists(st.sampled_from(AGENTS), min_size=1, max_size=3, unique=True),
    st.dictionaries(st.sampled_from(AGENTS), st.integers(1, 3), min_size=1),
)
worklist_policies = st.builds(
    WorklistPolicy,
    daily_capacity=st.integers(1, 4),
    assign_by=st.sampled_from(("owner", "round_robin")),
    expire_after_workdays=st.integers(0, 20),
)


@given(scenes(), desks, worklist_policies)
def test_the_desks_day_keeps_its_invariants(
    scene: tuple[Snapshot, date], agents: object, policy: WorklistPolicy
) -> None:
    shop, as_of = scene
    rules = Policies(worklist=policy)
    day = daily_worklist(shop, as_of=as_of, policies=rules, agents=agents)  # type: ignore[arg-type]

    # No task for an opted-out contact, none for an anonymised customer.
    for task in day.tasks:
        customer = shop.customer(task.customer_number)
        assert customer is not None
        assert not customer.anonymised
        for reason in task.reasons:
            blocking = [
                o
                for o in customer.opt_outs
                if o.purpose is reason.purpose
                and (o.kind is None or o.kind in CALL_KINDS)
                and (o.vin is None or o.vin == reason.vin)
            ]
            assert blocking == [], (task.customer_number, reason.kind, reason.vin)

    # Every task's day is a working day, from the list's first working day on.
    assert CALENDAR.is_workday(day.first_day)
    assert day.first_day >= as_of
    for task in day.tasks:
        assert CALENDAR.is_workday(task.on)
        assert task.on >= day.first_day
        assert task.moved == (task.on != day.first_day)

    # A total order: positions 1..n and strictly increasing keys.
    assert [t.position for t in day.tasks] == list(range(1, len(day.tasks) + 1))
    keys = [(t.rank, t.reasons[0].urgency, t.customer_number) for t in day.tasks]
    assert all(a < b for a, b in itertools.pairwise(keys))
    for task in day.tasks:
        reason_keys = [r.sort_key for r in task.reasons]
        assert reason_keys == sorted(reason_keys)
        assert len(set(reason_keys)) == len(reason_keys)

    # One task per customer, hence per customer per day.
    numbers = [t.customer_number for t in day.tasks]
    assert len(numbers) == len(set(numbers))

    # Capacity per agent and day.
    capacity = dict(day.agents)
    load: dict[tuple[str | None, date], int] = {}
    for task in day.tasks:
        assert task.agent is None or task.agent in capacity
        load[(task.agent, task.on)] = load.get((task.agent, task.on), 0) + 1
    for (agent, _), count in load.items():
        if agent is not None:
            assert count <= capacity[agent]

    # Stale follow-ups are counted, never listed.
    stale = {fu.number for fu in day.expired}
    listed = {r.subject for t in day.tasks for r in t.reasons}
    assert stale.isdisjoint(listed)


@given(scenes(), desks)
def test_the_same_archive_gives_the_same_list_byte_for_byte(
    scene: tuple[Snapshot, date], agents: object
) -> None:
    shop, as_of = scene
    first = dumps(daily_worklist(shop, as_of=as_of, agents=agents))  # type: ignore[arg-type]
    assert dumps(daily_worklist(shop, as_of=as_of, agents=agents)) == first  # type: ignore[arg-type]
    # The same archive read back from its backup (a store hands it over in its order).
    lines = io.StringIO()
    export_jsonl(shop, lines)
    restored = import_jsonl(io.StringIO(lines.getvalue()))
    assert dumps(daily_worklist(restored, as_of=as_of, agents=agents)) == first  # type: ignore[arg-type]
