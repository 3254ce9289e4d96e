"""The merge rule (autocrm.rules.merging) by itself: named cases with fixed dates.

The archives' behaviour (memory, SQLite, PostgreSQL, DuckDB) is in
tests/integration/test_merge_archives.py; the invariants in
tests/property/test_merge_properties.py.
"""

from __future__ import annotations

from datetime import datetime

import attrs
import pytest

from autocrm.domain import (
    CHINA_TZ,
    AuditAction,
    AuditEntry,
    Contact,
    ContactKind,
    Customer,
    OptOut,
    Vehicle,
    WorkOrder,
)
from autocrm.errors import InvalidComponent, InvalidFormat, MergeRefused, NotFound, UnmergeRefused
from autocrm.rules.merge_result import MergePlan, MergeResult, merge_entry, read_merge_entry
from autocrm.rules.merging import combine_opt_outs, follow_merges, plan_merge
from autocrm.rules.unmerging import plan_unmerge

AT = datetime(2026, 3, 2, 10, 15, tzinfo=CHINA_TZ)
DESK = "客服-李娜"
VIN = "LFV2A21K3D3109826"

SURVIVOR = Customer(
    number="C000001",
    name="王建国",
    mobile="13800138000",
    contacts=[Contact("mobile", "13900139000", label="女儿")],
    version=4,
)
DUPLICATE = Customer(
    number="C000002",
    name="王建国",
    mobile="13900139000",  # the survivor holds it already, as his daughter's contact
    phone="010-6512 3456",
    contacts=[Contact("email", "wangjg@example.com", primary=True)],
    version=1,
)
CAR = Vehicle(VIN, "C000002", version=2)
VISIT = WorkOrder(
    number="WO20260201001",
    customer_number="C000002",
    vin=VIN,
    opened_at=datetime(2026, 2, 1, 9, 30, tzinfo=CHINA_TZ),
    service_types={"保养"},
    version=1,
)


def _plan() -> MergePlan:
    return plan_merge(SURVIVOR, DUPLICATE, [CAR, VISIT], actor=DESK, at=AT, reason="同一车主")


def test_the_survivor_gains_only_contacts_it_does_not_hold() -> None:
    plan = plan_merge(SURVIVOR, DUPLICATE, [], actor=DESK, at=AT, reason="同一车主")
    survivor = plan.changes[0][1]
    assert isinstance(survivor, Customer)
    assert [(c.kind, c.value, c.label, c.primary) for c in survivor.contacts] == [
        (ContactKind.MOBILE, "+8613900139000", "女儿", False),
        (ContactKind.PHONE, "+861065123456", "合并自C000002", False),
        (ContactKind.EMAIL, "wangjg@example.com", None, False),
    ]
    assert plan.result.contacts == 2
    assert (survivor.version, plan.result.survivor_version) == (5, 5)


def test_records_of_other_customers_given_by_mistake_stay_where_they_are() -> None:
    someone_else = attrs.evolve(CAR, vin="1HGCM82633A004352", customer_number="C000003")
    plan = plan_merge(
        SURVIVOR, DUPLICATE, [CAR, someone_else, VISIT], actor=DESK, at=AT, reason="同一车主"
    )
    assert plan.result.vehicles == (VIN,)
    moved = [after for _, after in plan.changes if not isinstance(after, Customer)]
    assert [(type(r).__name__, r.customer_number, r.version) for r in moved] == [
        ("Vehicle", "C000001", 3),
        ("WorkOrder", "C000001", 2),
    ]


def test_nothing_to_gain_leaves_the_survivor_unwritten() -> None:
    bare = Customer(number="C000002", name="王建国", version=1)
    plan = plan_merge(SURVIVOR, bare, [], actor=DESK, at=AT, reason="同一车主")
    assert [before.number for before, _ in plan.changes] == ["C000002"]
    assert plan.result.survivor_version == SURVIVOR.version


def test_the_merge_entry_reads_back_as_the_result() -> None:
    plan = _plan()
    entry = plan.entry
    assert (entry.action, entry.entity, entry.entity_id, entry.field, entry.old) == (
        AuditAction.MERGE,
        "customer",
        "C000002",
        "merged_into",
        None,
    )
    assert read_merge_entry(entry) == plan.result
    undone = merge_entry(attrs.evolve(plan.result, undone=True), actor=DESK, at=AT)
    assert (undone.action, undone.old, undone.new) == (AuditAction.UNMERGE, entry.new, None)


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", '{"survivor": "C1"}', '{"survivor": 7, "reason": "x"}'],
)
def test_an_unreadable_merge_entry_refuses_the_undo(text: str) -> None:
    entry = AuditEntry(
        at=AT, actor=DESK, entity="customer", entity_id="C000002", field="merged_into",
        new=text, action="merge",
    )  # fmt: skip
    with pytest.raises(UnmergeRefused, match="MERGE audit entry of customer C000002 cannot"):
        read_merge_entry(entry)


def test_a_delete_entry_is_not_a_merge() -> None:
    entry = AuditEntry(at=AT, actor=DESK, entity="customer", entity_id="C1", action="delete")
    with pytest.raises(UnmergeRefused, match="a delete entry, not a merge"):
        read_merge_entry(entry)


def test_unmerge_gives_back_exactly_what_was_merged() -> None:
    plan = plan_merge(SURVIVOR, DUPLICATE, [CAR, VISIT], actor=DESK, at=AT, reason="同一车主")
    stored = [after for _, after in plan.changes]
    survivor, duplicate, *moved = stored
    assert isinstance(survivor, Customer)
    assert isinstance(duplicate, Customer)
    back = plan_unmerge(
        plan.result, survivor, duplicate, moved, [], actor=DESK, at=AT, reason="不是同一人"
    )
    assert [after for _, after in back.changes] == [SURVIVOR, DUPLICATE, CAR, VISIT]
    assert back.result.undone
    assert back.entry.action is AuditAction.UNMERGE


def test_unmerge_refuses_when_a_moved_record_is_gone() -> None:
    plan = plan_merge(SURVIVOR, DUPLICATE, [CAR], actor=DESK, at=AT, reason="同一车主")
    survivor, duplicate, _ = (after for _, after in plan.changes)
    with pytest.raises(UnmergeRefused, match=f"vehicle {VIN} no longer belongs to C000001"):
        plan_unmerge(
            plan.result, survivor, duplicate, [], [], actor=DESK, at=AT, reason="不是同一人"
        )


def test_a_later_reading_of_a_moved_car_does_not_block_the_undo() -> None:
    plan = plan_merge(SURVIVOR, DUPLICATE, [CAR], actor=DESK, at=AT, reason="同一车主")
    survivor, duplicate, car = (after for _, after in plan.changes)
    reading = AuditEntry(
        at=AT, actor=DESK, entity="reading", entity_id=f"{VIN}@2026-03-05", action="create"
    )
    back = plan_unmerge(
        plan.result, survivor, duplicate, [car], [reading], actor=DESK, at=AT, reason="不是同一人"
    )
    assert back.changes[-1][1] == CAR


def test_unmerge_refuses_a_duplicate_merged_elsewhere() -> None:
    plan = plan_merge(SURVIVOR, DUPLICATE, [], actor=DESK, at=AT, reason="同一车主")
    survivor, duplicate = (after for _, after in plan.changes)
    assert isinstance(duplicate, Customer)
    elsewhere = attrs.evolve(duplicate, merged_into="C000009")
    with pytest.raises(UnmergeRefused, match="C000002 is now merged into C000009"):
        plan_unmerge(
            plan.result, survivor, elsewhere, [], [], actor=DESK, at=AT, reason="不是同一人"
        )


def test_the_stricter_opt_out_wins_and_the_survivors_reason_stays() -> None:
    mine = [OptOut("follow_ups", reason="这辆车不要回访", vin=VIN)]
    theirs = [
        OptOut("follow_ups", reason="不要回访"),
        OptOut("follow_ups", reason="这辆车也不要", vin=VIN),
        OptOut("reminders", reason="不要短信", kind="mobile"),
    ]
    assert [o.reason for o in combine_opt_outs(mine, theirs)] == [
        "这辆车不要回访",
        "不要回访",
        "不要短信",
    ]
    assert combine_opt_outs(theirs[:1], mine) == tuple(theirs[:1])


def test_combine_opt_outs_refuses_a_non_opt_out() -> None:
    with pytest.raises(InvalidFormat) as refused:
        combine_opt_outs([], ["marketing"])  # type: ignore[list-item]
    assert refused.value.field == "duplicate_opt_outs"


def test_merged_links_are_followed_to_their_end() -> None:
    stored = {
        "C000001": Customer(number="C000001", name="王建国", merged_into="C000003"),
        "C000002": Customer(number="C000002", name="王建国", merged_into="C000001"),
        "C000003": Customer(number="C000003", name="王建国"),
    }
    assert follow_merges(stored["C000002"], stored.get).number == "C000003"
    assert follow_merges(stored["C000003"], stored.get) is stored["C000003"]


def test_a_loop_or_a_missing_survivor_is_not_found() -> None:
    loop = {
        "C1": Customer(number="C1", name="甲", merged_into="C2"),
        "C2": Customer(number="C2", name="甲", merged_into="C1"),
    }
    with pytest.raises(NotFound, match=r"loop \(C1 -> C2\)"):
        follow_merges(loop["C1"], loop.get)
    with pytest.raises(NotFound, match="merged into 'C9', which is not in the archive"):
        follow_merges(Customer(number="C8", name="乙", merged_into="C9"), {}.get)


def test_a_customer_cannot_be_merged_into_itself() -> None:
    with pytest.raises(InvalidComponent) as refused:
        Customer(number="C000001", name="王建国", merged_into="C000001")
    assert refused.value.field == "merged_into"


def test_refusals_name_the_argument() -> None:
    erased = attrs.evolve(DUPLICATE, anonymised=True)
    with pytest.raises(MergeRefused, match="erased on request") as refused:
        plan_merge(SURVIVOR, erased, [], actor=DESK, at=AT, reason="同一车主")
    assert (refused.value.field, refused.value.value) == ("duplicate", "C000002")
    with pytest.raises(InvalidFormat) as naive:
        plan_merge(SURVIVOR, DUPLICATE, [], actor=DESK, at=datetime(2026, 3, 2), reason="x")
    assert naive.value.field == "at"


def test_the_summary_counts_in_words() -> None:
    result = MergeResult(
        survivor="C000001",
        duplicate="C000002",
        reason="同一车主",
        vehicles=(VIN, "1HGCM82633A004352"),
        complaints=("TS2026001",),
        opt_outs=1,
    )
    assert result.summary() == (
        "C000002 merged into C000001: 2 vehicles, 1 complaint; the survivor gained 1 opt-out"
    )


def test_an_odd_email_field_is_kept_as_an_other_contact() -> None:
    odd = attrs.evolve(DUPLICATE, email="wangjg at example.com")
    plan = plan_merge(SURVIVOR, odd, [], actor=DESK, at=AT, reason="同一车主")
    survivor = plan.changes[0][1]
    assert isinstance(survivor, Customer)
    assert (ContactKind.OTHER, "wangjg at example.com") in {
        (c.kind, c.value) for c in survivor.contacts
    }
