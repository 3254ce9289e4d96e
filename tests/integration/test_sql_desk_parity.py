"""The SQL twins of the desk's lists give the pure rules' answers, on every engine.

``followup_worklist_report`` and ``daily_worklist`` of
:mod:`autocrm.adapters.sqlalchemy.rules` must equal (``==``, and byte for byte through
``dumps`` for the worklist) their rules of :mod:`autocrm.rules` on the same records,
on SQLite, PostgreSQL (when its URL is set) and DuckDB (``module_engine``). The random
archives of the twins' parity tests get follow-ups around their windows and the
worklist's expiry (pending, retried, completed; stale or not), complaints with promised
call-backs and deadlines, bookings for the next days and responsible owners.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from autocrm.adapters.json import dumps
from autocrm.adapters.sqlalchemy import SqlArchive
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.domain import (
    CHINA_TZ,
    Appointment,
    CallAttempt,
    Complaint,
    Customer,
    FollowUp,
    OptOut,
    Snapshot,
)
from autocrm.errors import InvalidFormat
from autocrm.policies import Policies
from autocrm.rules import desk, followup_worklists
from autocrm.rules.followup_policy import FollowUpPolicy
from autocrm.rules.worklist import Worklist
from autocrm.rules.worklist_policy import WorklistPolicy

sa = pytest.importorskip("sqlalchemy")

from test_sql_rules_parity import _outcome, archives  # noqa: E402
from tests.integration.conftest import restored, writing_examples  # noqa: E402

#: Responsible owners (归属责任人) of the drawn customers.
OWNERS = ("李娜", "王强", None)


@st.composite
def desk_archives(draw: st.DrawFn) -> tuple[Snapshot, date]:
    """A drawn archive with the desk's records added around its day of the question."""
    snapshot, day = draw(archives())

    def moment(offset: int, clock: time = time(10, 30)) -> datetime:
        return datetime.combine(day - timedelta(days=offset), clock, CHINA_TZ)

    people = [
        attrs.evolve(person, owner=draw(st.sampled_from(OWNERS))) for person in snapshot.customers
    ]
    numbers = [person.number for person in people]
    calls: list[FollowUp] = []
    for index in range(draw(st.integers(0, 6))):
        # Windows that end from 40 days before the day (stale under the default expiry)
        # to a week after it; some pending, retried, completed or unreachable.
        earliest = day - timedelta(days=draw(st.integers(-7, 45)))
        latest = earliest + timedelta(days=draw(st.integers(0, 10)))
        status = draw(
            st.sampled_from(("pending", "pending", "pending", "completed", "unreachable"))
        )
        attempts = []
        next_attempt_on = None
        if draw(st.booleans()):
            at = datetime.combine(earliest, time(9, 0), CHINA_TZ)
            outcome = "completed" if status == "completed" else draw(
                st.sampled_from(("no_answer", "busy", "wrong_number"))
            )  # fmt: skip
            attempts.append(CallAttempt(at, outcome, rating=5 if outcome == "completed" else None))
            if outcome != "completed":
                next_attempt_on = earliest + timedelta(days=draw(st.integers(0, 4)))
        calls.append(
            FollowUp(
                number=f"WO{index:08d}-{draw(st.sampled_from(('3DC', 'MINOR', '7DC')))}",
                kind=draw(st.sampled_from(("3dc", "minor_repair", "7dc"))),
                customer_number=draw(st.sampled_from(numbers)),
                work_order_number=f"WO{index:08d}",
                earliest=earliest,
                due=latest,
                latest=latest,
                attempts=attempts,
                next_attempt_on=next_attempt_on,
                status=status,
            )
        )
    complaints = []
    for index in range(draw(st.integers(0, 3))):
        received = moment(
            draw(st.integers(0, 20)), draw(st.sampled_from((time(0, 0), time(23, 59))))
        )
        promised = (
            None if draw(st.booleans()) else received + timedelta(hours=draw(st.integers(1, 120)))
        )
        done = (
            None
            if promised is None or draw(st.booleans())
            else promised + timedelta(hours=draw(st.integers(-2, 48)))
        )
        complaints.append(
            Complaint(
                number=f"TS{index + 1:08d}",
                customer_number=draw(st.sampled_from(numbers)),
                received_at=received,
                level=draw(st.sampled_from(("I", "II", "III"))),
                status=draw(st.sampled_from(("open", "acknowledged", "investigating", "reopened"))),
                callback_promised_at=promised,
                callback_done_at=done,
            )
        )
    bookings = list(snapshot.appointments)
    for index in range(draw(st.integers(0, 3))):
        slot = moment(-draw(st.integers(0, 6)), draw(st.sampled_from((time(8, 0), time(16, 30)))))
        bookings.append(
            Appointment(
                number=f"YY9{index:05d}",
                customer_number=draw(st.sampled_from(numbers)),
                kind=draw(st.sampled_from(("proactive", "passive"))),
                booked_at=slot - timedelta(days=5),
                slot=slot,
            )
        )
    return (
        attrs.evolve(
            snapshot,
            customers=people,
            followups=(*snapshot.followups, *calls),
            complaints=complaints,
            appointments=bookings,
        ),
        day,
    )


POLICIES = st.builds(
    lambda cooldown, expire, capacity, assign_by, holidays: Policies(
        followups=FollowUpPolicy(contact_cooldown_days=cooldown),
        worklist=WorklistPolicy(
            expire_after_workdays=expire,
            daily_capacity=capacity,
            assign_by=assign_by,
            scale=(*WorklistPolicy().scale, "holiday") if holidays else WorklistPolicy().scale,
        ),
    ),
    st.sampled_from((0, 7)),
    st.sampled_from((0, 3, 14)),
    st.sampled_from((1, 2, 40)),
    st.sampled_from(("owner", "round_robin")),
    st.booleans(),
)
AGENTS = st.sampled_from((None, ["李娜"], {"李娜": 1, "王强": 2}))


@writing_examples()
@given(drawn=desk_archives(), cooldown=st.sampled_from((0, 7)))
def test_the_followup_twin_equals_the_pure_rule(
    module_engine: sa.Engine, drawn: tuple[Snapshot, date], cooldown: int
) -> None:
    snapshot, day = drawn
    archive = restored(module_engine, snapshot)
    policy = FollowUpPolicy(contact_cooldown_days=cooldown)
    twin = twins.followup_worklist_report(archive, as_of=day, policy=policy)
    assert twin == followup_worklists.followup_worklist_report(snapshot, as_of=day, policy=policy)
    assert twins.followup_worklist(archive, as_of=day, policy=policy) == twin.entries


@writing_examples(4)
@given(drawn=desk_archives(), policies=POLICIES, agents=AGENTS)
def test_the_worklist_twin_equals_the_pure_rule(
    module_engine: sa.Engine, drawn: tuple[Snapshot, date], policies: Policies, agents: Any
) -> None:
    snapshot, day = drawn
    archive = restored(module_engine, snapshot)
    twin = _outcome(
        lambda: twins.daily_worklist(archive, as_of=day, policies=policies, agents=agents)
    )
    pure = _outcome(
        lambda: desk.daily_worklist(snapshot, as_of=day, policies=policies, agents=agents)
    )
    assert twin == pure
    if isinstance(twin, Worklist):
        assert dumps(twin) == dumps(pure)


def test_the_followup_twin_with_customers_and_appointments_given(module_engine: sa.Engine) -> None:
    wang = Customer(number="C000001", name="王建国", mobile="13800138000")
    call = FollowUp(
        number="WO20251009001-3DC", kind="3dc", customer_number="C000001",
        earliest=date(2025, 10, 9), due=date(2025, 10, 10), latest=date(2025, 10, 10),
    )  # fmt: skip
    snapshot = Snapshot(customers=[wang], followups=[call], customer_sequence=1)
    archive = restored(module_engine, snapshot)
    opted_out = attrs.evolve(wang, opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])
    booking = Appointment(
        number="YY000001", customer_number="C000001", kind="proactive",
        booked_at=datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ),
        slot=datetime(2025, 10, 13, 9, tzinfo=CHINA_TZ),
    )  # fmt: skip
    day = date(2025, 10, 10)
    for asked in ({"customers": [opted_out]}, {"appointments": [booking]}, {"customers": {}}):
        twin = twins.followup_worklist_report(archive, as_of=day, **asked)
        assert twin == followup_worklists.followup_worklist_report(snapshot, as_of=day, **asked)
        assert [x.pressure.kind.value for x in twin.left_off] == (
            [] if asked == {"customers": {}} else
            ["opted_out"] if "customers" in asked else ["booked"]
        )  # fmt: skip
    assert not twins.followup_worklist_report(archive, as_of=day, customers={}).opt_outs_checked


def test_the_followup_twin_refuses_what_is_no_archive_or_policy() -> None:
    archive = SqlArchive.from_url("sqlite://")
    with pytest.raises(InvalidFormat, match="archive: expected a SqlArchive"):
        twins.followup_worklist(Snapshot(), as_of=date(2025, 10, 10))  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match="policy: expected a FollowUpPolicy"):
        twins.followup_worklist(archive, as_of=date(2025, 10, 10), policy=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat, match=r"customers\[0\]: expected a Customer"):
        twins.followup_worklist(archive, as_of=date(2025, 10, 10), customers=["C1"])  # type: ignore[list-item]


def _desk_day() -> Snapshot:
    """One customer due for a 3DC, maintenance and a birthday on one day; one stale 3DC;
    a complaint call-back missed; an opted-out customer; a booking to confirm."""
    from autocrm.domain import Vehicle, WorkOrder

    wang = Customer(number="C000001", name="王建国", mobile="13800138000",
                    birth_date=date(1980, 10, 10), owner="李娜")  # fmt: skip
    li = Customer(number="C000002", name="李娜", mobile="13900139000", owner="王强")
    zhao = Customer(number="C000003", name="赵敏", owner="李娜",
                    opt_outs=[OptOut("follow_ups", reason="客户要求不再回访")])  # fmt: skip
    car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001",
                  purchased_on=date(2024, 4, 1), next_maintenance_on=date(2025, 10, 9))  # fmt: skip
    order = WorkOrder(
        "WO20251007001", customer_number="C000001", vin=car.vin, service_types=["保养"],
        mileage_km=10_000, opened_at=datetime(2025, 4, 7, 9, tzinfo=CHINA_TZ),
        closed_at=datetime(2025, 4, 7, 15, tzinfo=CHINA_TZ),
    )  # fmt: skip
    calls = [
        FollowUp(number="WO20251007001-3DC", kind="3dc", customer_number="C000001",
                 work_order_number="WO20251007001", earliest=date(2025, 10, 9),
                 due=date(2025, 10, 10), latest=date(2025, 10, 10)),
        FollowUp(number="WO20250801001-3DC", kind="3dc", customer_number="C000002",
                 earliest=date(2025, 8, 2), due=date(2025, 8, 4), latest=date(2025, 8, 4)),
        FollowUp(number="WO20251008001-3DC", kind="3dc", customer_number="C000003",
                 earliest=date(2025, 10, 9), due=date(2025, 10, 10), latest=date(2025, 10, 10)),
    ]  # fmt: skip
    complaint = Complaint(
        number="TS20251009001", customer_number="C000002", level="II",
        received_at=datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ),
        callback_promised_at=datetime(2025, 10, 9, 17, tzinfo=CHINA_TZ),
    )  # fmt: skip
    booking = Appointment(
        number="YY20251011001", customer_number="C000003", kind="proactive",
        booked_at=datetime(2025, 10, 8, 9, tzinfo=CHINA_TZ),
        slot=datetime(2025, 10, 11, 9, 30, tzinfo=CHINA_TZ),
    )  # fmt: skip
    return Snapshot(
        customers=[wang, li, zhao], vehicles=[car], work_orders=[order], followups=calls,
        complaints=[complaint], appointments=[booking], customer_sequence=3,
    )  # fmt: skip


def test_the_desk_day_through_the_twin(module_engine: sa.Engine) -> None:
    snapshot = _desk_day()
    archive = restored(module_engine, snapshot)
    day = date(2025, 10, 10)
    found = twins.daily_worklist(archive, as_of=day, agents=["李娜", "王强"])
    assert found == desk.daily_worklist(snapshot, as_of=day, agents=["李娜", "王强"])
    assert [(t.customer_number, t.agent, [k.value for k in t.kinds]) for t in found.tasks] == [
        ("C000002", "王强", ["complaint_callback"]),
        ("C000001", "李娜", ["follow_up", "maintenance", "birthday", "early_warning"]),
        ("C000003", "李娜", ["appointment_confirmation"]),
    ]
    assert [fu.number for fu in found.expired] == ["WO20250801001-3DC"]
    assert [(x.customer_number, x.subject) for x in found.left_off] == [
        ("C000003", "WO20251008001-3DC")
    ]


def test_the_worklist_twin_refuses_a_snapshot_and_bad_policies() -> None:
    with pytest.raises(InvalidFormat, match="archive: expected a SqlArchive"):
        twins.daily_worklist(Snapshot(), as_of=date(2025, 10, 10))  # type: ignore[arg-type]
    archive = SqlArchive.from_url("sqlite://")
    with pytest.raises(InvalidFormat, match="policies: expected a Policies"):
        twins.daily_worklist(archive, as_of=date(2025, 10, 10), policies=object())  # type: ignore[arg-type]
