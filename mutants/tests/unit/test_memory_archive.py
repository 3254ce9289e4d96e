"""MemoryArchive: numbering, versions, audit trail, units of work, snapshot / restore."""

from __future__ import annotations

from datetime import date, datetime

import attrs
import pytest

from autocrm.adapters.memory import MemoryArchive
from autocrm.domain import (
    CHINA_TZ,
    AuditAction,
    Complaint,
    Customer,
    OdometerReading,
    Payer,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import ConcurrentUpdate, InvalidFormat, NotFound
from autocrm.ports import AlreadyExists, ArchiveNotEmpty
from autocrm.query import F, TypeMismatch, count, month, sum_money, within_last
from autocrm.rules.archive import ArchivePolicy

PASSAT = "LFV2A21K3D3109826"
ACCORD = "1HGCM82633A004352"
AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
LATER = datetime(2025, 10, 10, 15, 30, tzinfo=CHINA_TZ)
CLERK = "客服-李娜"


def person(name: str = "王建国", **kw: object) -> Customer:
    return Customer(name=name, **kw)  # type: ignore[arg-type]


def visit(number: str, vin: str, owner: str, day: int, amount: str = "420.00") -> WorkOrder:
    return WorkOrder(
        number,
        customer_number=owner,
        vin=vin,
        opened_at=datetime(2025, 10, day, 9, 0, tzinfo=CHINA_TZ),
        service_types=["保养"],
        lines=[WorkOrderLine("保养", amount), WorkOrderLine("钣喷", "1000", payer=Payer.INSURANCE)],
    )


@pytest.fixture
def archive() -> MemoryArchive:
    return MemoryArchive()


# -- customer numbers ---------------------------------------------------------------------


def test_customers_get_sequential_numbers_from_the_policy(archive: MemoryArchive) -> None:
    first = archive.add(person("王建国"), actor=CLERK, at=AT)
    second = archive.add(person("李秀英"), actor=CLERK, at=AT)
    assert (first.number, second.number) == ("C000001", "C000002")
    assert (first.version, second.version) == (1, 1)
    custom = MemoryArchive(
        policy=ArchivePolicy(customer_number_prefix="BJ", customer_number_width=4)
    )
    assert custom.add(person(), actor=CLERK, at=AT).number == "BJ0001"


def test_a_deleted_customers_number_is_never_reused(archive: MemoryArchive) -> None:
    archive.add(person("王建国"), actor=CLERK, at=AT)
    gone = archive.add(person("李秀英"), actor=CLERK, at=AT)
    archive.delete(Customer, gone.number, actor=CLERK, at=LATER)
    assert archive.add(person("张伟"), actor=CLERK, at=LATER).number == "C000003"
    with pytest.raises(AlreadyExists, match="never reused") as caught:
        archive.add(person("李秀英", number="C000002"), actor=CLERK, at=LATER)
    assert caught.value.entity_id == "C000002"


def test_an_imported_number_moves_the_sequence_past_it(archive: MemoryArchive) -> None:
    assert archive.add(person(number="C000010"), actor=CLERK, at=AT).number == "C000010"
    assert archive.add(person(number="VIP-0001"), actor=CLERK, at=AT).number == "VIP-0001"
    assert archive.add(person(), actor=CLERK, at=AT).number == "C000011"


def test_adding_an_existing_key_is_refused(archive: MemoryArchive) -> None:
    archive.add(Vehicle(PASSAT, "C000001"), actor=CLERK, at=AT)
    with pytest.raises(AlreadyExists) as caught:
        archive.add(Vehicle(PASSAT, "C000002"), actor=CLERK, at=AT)
    assert (caught.value.entity, caught.value.entity_id) == ("vehicle", PASSAT)
    assert archive.get(Vehicle, PASSAT).customer_number == "C000001"


# -- versions and the audit trail ---------------------------------------------------------


def test_update_bumps_the_version_and_audits_each_changed_field(archive: MemoryArchive) -> None:
    c = archive.add(person(mobile="13800138000"), actor="system", at=AT)
    changed = attrs.evolve(c, mobile="13900139000", region="朝阳区")
    stored = archive.update(changed, actor=CLERK, at=LATER)
    assert stored.version == 2
    assert archive.get(Customer, c.number) == stored
    trail = archive.audit_trail("customer", c.number)
    assert [(e.action, e.actor, e.at, e.field, e.old, e.new) for e in trail] == [
        (AuditAction.CREATE, "system", AT, None, None, None),
        (AuditAction.UPDATE, CLERK, LATER, "mobile", "+8613800138000", "+8613900139000"),
        (AuditAction.UPDATE, CLERK, LATER, "region", None, "朝阳区"),
    ]


def test_structured_fields_are_audited_as_text(archive: MemoryArchive) -> None:
    c = archive.add(person(), actor=CLERK, at=AT)
    archive.update(attrs.evolve(c, tags={"vip", "fleet"}), actor=CLERK, at=LATER)
    (entry,) = archive.audit_trail("customer", c.number)[1:]
    assert (entry.field, entry.old, entry.new) == ("tags", "[]", '["fleet","vip"]')


def test_an_update_that_changes_nothing_writes_nothing(archive: MemoryArchive) -> None:
    c = archive.add(person(), actor=CLERK, at=AT)
    assert archive.update(c, actor=CLERK, at=LATER) == c
    assert archive.get(Customer, c.number).version == 1
    assert len(archive.audit_trail()) == 1


def test_a_stale_update_raises_concurrent_update_and_writes_nothing(
    archive: MemoryArchive,
) -> None:
    c = archive.add(person(mobile="13800138000"), actor=CLERK, at=AT)
    mine = attrs.evolve(c, region="海淀区")
    theirs = archive.update(attrs.evolve(c, region="朝阳区"), actor="客服-王强", at=AT)
    before = archive.snapshot()
    with pytest.raises(ConcurrentUpdate) as caught:
        archive.update(mine, actor=CLERK, at=LATER)
    assert (caught.value.entity, caught.value.entity_id) == ("customer", c.number)
    assert (caught.value.expected, caught.value.actual) == (1, 2)
    assert archive.snapshot() == before
    assert archive.get(Customer, c.number) == theirs


def test_delete_records_a_delete_entry(archive: MemoryArchive) -> None:
    archive.add(Vehicle(PASSAT, "C000001"), actor=CLERK, at=AT)
    archive.delete(Vehicle, PASSAT, actor=CLERK, at=LATER)
    with pytest.raises(NotFound):
        archive.get(Vehicle, PASSAT)
    assert [e.action for e in archive.audit_trail("vehicle", PASSAT)] == [
        AuditAction.CREATE,
        AuditAction.DELETE,
    ]
    archive.add(Vehicle(PASSAT, "C000002"), actor=CLERK, at=LATER)  # a VIN may come back
    assert archive.get(Vehicle, PASSAT).customer_number == "C000002"


def test_missing_records_raise_not_found(archive: MemoryArchive) -> None:
    with pytest.raises(NotFound, match="C000404"):
        archive.get(Customer, "C000404")
    with pytest.raises(NotFound):
        archive.update(person(number="C000404"), actor=CLERK, at=AT)
    with pytest.raises(NotFound):
        archive.delete(Customer, "C000404", actor=CLERK, at=AT)
    assert archive.audit_trail() == []


@pytest.mark.parametrize(
    ("actor", "at", "field"),
    [("", AT, "actor"), ("  ", AT, "actor"), (CLERK, datetime(2025, 10, 9, 10), "at")],
)
def test_who_and_when_are_required(
    archive: MemoryArchive, actor: str, at: datetime, field: str
) -> None:
    with pytest.raises(InvalidFormat) as caught:
        archive.add(person(), actor=actor, at=at)
    assert caught.value.field == field
    assert archive.snapshot() == Snapshot()


def test_readings_are_append_only(archive: MemoryArchive) -> None:
    first = OdometerReading(PASSAT, date(2025, 6, 1), 12_480)
    archive.add(first, actor=CLERK, at=AT)
    archive.add(OdometerReading(ACCORD, date(2025, 6, 2), 80_000), actor=CLERK, at=AT)
    archive.add(OdometerReading(PASSAT, date(2025, 9, 1), 15_200), actor=CLERK, at=AT)
    found = archive.find(OdometerReading, F.reading.vin == PASSAT)
    assert [r.km for r in found] == [12_480, 15_200]
    assert archive.audit_trail("reading")[0].entity_id == f"{PASSAT}@2025-06-01"
    with pytest.raises(TypeError, match="append only"):
        archive.update(first, actor=CLERK, at=AT)
    with pytest.raises(TypeError, match="no key"):
        archive.get(OdometerReading, PASSAT)
    with pytest.raises(TypeError, match="append only"):
        archive.delete(OdometerReading, PASSAT, actor=CLERK, at=AT)


def test_only_record_types_are_accepted(archive: MemoryArchive) -> None:
    with pytest.raises(TypeError, match="not a record type"):
        archive.add("C000001", actor=CLERK, at=AT)


# -- units of work ------------------------------------------------------------------------


def test_a_failed_unit_of_work_leaves_the_archive_unchanged(archive: MemoryArchive) -> None:
    kept = archive.add(person("王建国"), actor=CLERK, at=AT)
    archive.add(Vehicle(PASSAT, kept.number), actor=CLERK, at=AT)
    before = archive.snapshot()

    def interrupted() -> None:
        with archive.unit_of_work() as uow:
            new = uow.add(person("李秀英"), actor=CLERK, at=LATER)
            uow.update(attrs.evolve(kept, region="朝阳区"), actor=CLERK, at=LATER)
            uow.delete(Vehicle, PASSAT, actor=CLERK, at=LATER)
            uow.add(Vehicle(ACCORD, new.number), actor=CLERK, at=LATER)
            uow.add(OdometerReading(ACCORD, date(2025, 10, 10), 5), actor=CLERK, at=LATER)
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        interrupted()
    assert archive.snapshot() == before
    assert archive.find(Vehicle, F.vehicle.customer_number == kept.number)[0].vin == PASSAT
    # The number handed out inside the failed unit was never stored: it is given again.
    assert archive.add(person("张伟"), actor=CLERK, at=LATER).number == "C000002"


def test_a_failing_write_inside_a_unit_of_work_rolls_back_the_earlier_ones(
    archive: MemoryArchive,
) -> None:
    c = archive.add(person(), actor=CLERK, at=AT)

    def two_writes_from_one_read() -> None:
        with archive.unit_of_work() as uow:
            uow.update(attrs.evolve(c, region="朝阳区"), actor=CLERK, at=LATER)
            uow.update(attrs.evolve(c, region="海淀区"), actor=CLERK, at=LATER)  # stale

    with pytest.raises(ConcurrentUpdate):
        two_writes_from_one_read()
    assert archive.get(Customer, c.number).region is None
    assert len(archive.audit_trail()) == 1


def test_a_unit_of_work_commits_all_its_writes(archive: MemoryArchive) -> None:
    with archive.unit_of_work() as uow:
        c = uow.add(person(), actor=CLERK, at=AT)
        uow.add(Vehicle(PASSAT, c.number), actor=CLERK, at=AT)
    assert archive.get(Vehicle, PASSAT).customer_number == "C000001"
    assert len(archive.audit_trail()) == 2


def test_a_nested_unit_of_work_is_a_savepoint(archive: MemoryArchive) -> None:
    def inner_fails() -> None:
        with archive.unit_of_work() as inner:
            inner.add(Vehicle(ACCORD, "C000001"), actor=CLERK, at=AT)
            raise ValueError("inner")

    with archive.unit_of_work() as outer:
        outer.add(Vehicle(PASSAT, "C000001"), actor=CLERK, at=AT)
        with pytest.raises(ValueError, match="inner"):
            inner_fails()
    assert [v.vin for v in archive.find(Vehicle)] == [PASSAT]


def test_a_rolled_back_delete_returns_to_its_place(archive: MemoryArchive) -> None:
    for number in ("WO1", "WO2", "WO3"):
        archive.add(visit(number, PASSAT, "C000001", 9), actor=CLERK, at=AT)
    before = archive.snapshot()

    def aborted() -> None:
        with archive.unit_of_work() as uow:
            uow.delete(WorkOrder, "WO2", actor=CLERK, at=LATER)
            raise KeyError("abort")

    with pytest.raises(KeyError):
        aborted()
    assert archive.snapshot() == before
    assert [w.number for w in archive.find(WorkOrder, F.work_order.vin == PASSAT)] == [
        "WO1",
        "WO2",
        "WO3",
    ]


# -- snapshot and restore -----------------------------------------------------------------


def filled() -> MemoryArchive:
    archive = MemoryArchive()
    bank = archive.add(person("华夏银行北京分行", kind="company"), actor=CLERK, at=AT)
    gone = archive.add(person("李秀英"), actor=CLERK, at=AT)
    archive.add(Vehicle(PASSAT, bank.number, insurer="平安产险"), actor=CLERK, at=AT)
    archive.add(Vehicle(ACCORD, bank.number, insurer="人保财险"), actor=CLERK, at=AT)
    archive.add(visit("WO1", PASSAT, bank.number, 9), actor=CLERK, at=AT)
    archive.add(visit("WO2", ACCORD, bank.number, 10, "99.90"), actor=CLERK, at=AT)
    archive.add(OdometerReading(PASSAT, date(2025, 10, 9), 15_200), actor=CLERK, at=AT)
    archive.add(
        Complaint("TS1", customer_number=bank.number, received_at=AT, level="II"),
        actor=CLERK,
        at=AT,
    )
    archive.update(attrs.evolve(bank, region="东城区"), actor=CLERK, at=LATER)
    archive.delete(Customer, gone.number, actor=CLERK, at=LATER)
    return archive


def test_snapshot_restore_round_trip_is_identity() -> None:
    original = filled()
    backup = original.snapshot()
    assert backup.customer_sequence == 2
    assert len(backup.audit) == 10
    restored = MemoryArchive()
    restored.restore(backup)
    assert restored.snapshot() == backup
    assert restored.audit_trail("customer", "C000001") == original.audit_trail(
        "customer", "C000001"
    )
    # The sequence survives: the deleted customer's number is not issued again.
    assert restored.add(person("张伟"), actor=CLERK, at=LATER).number == "C000003"
    # Versions survive: a write based on the restored version succeeds.
    bank = restored.get(Customer, "C000001")
    assert bank.version == 2
    assert restored.update(attrs.evolve(bank, region="西城区"), actor=CLERK, at=LATER).version == 3


def test_restore_derives_the_sequence_from_the_audit_trail_when_missing() -> None:
    backup = attrs.evolve(filled().snapshot(), customer_sequence=0)
    restored = MemoryArchive()
    restored.restore(backup)
    assert restored.add(person(), actor=CLERK, at=LATER).number == "C000003"


def test_restore_needs_an_empty_archive() -> None:
    archive = filled()
    with pytest.raises(ArchiveNotEmpty):
        archive.restore(Snapshot())
    twice = Snapshot(vehicles=[Vehicle(PASSAT, "C1"), Vehicle(PASSAT, "C2")])
    empty = MemoryArchive()
    with pytest.raises(AlreadyExists):
        empty.restore(twice)
    assert empty.snapshot() == Snapshot()


# -- queries ------------------------------------------------------------------------------


def test_find_count_and_aggregate_across_relations() -> None:
    archive = filled()
    where = (F.work_order.customer.name == "华夏银行北京分行") & (
        F.work_order.vehicle.insurer == "平安产险"
    )
    assert [w.number for w in archive.find(WorkOrder, where)] == ["WO1"]
    assert archive.count(WorkOrder, where) == 1
    assert archive.count(WorkOrder) == 2
    result = archive.aggregate(
        WorkOrder,
        where=within_last(F.work_order.opened_at, months=8),
        group_by=[F.work_order.vehicle.insurer],
        measures={"visits": count(), "self_paid": sum_money(F.work_order.self_paid)},
        as_of=date(2026, 3, 1),
    )
    assert [(r["vehicle.insurer"], r["visits"], str(r["self_paid"])) for r in result.to_rows()] == [
        ("人保财险", 1, "99.90"),
        ("平安产险", 1, "420.00"),
    ]


def test_indexed_lookups_give_the_same_answer_as_a_scan() -> None:
    archive = filled()
    archive.add(Vehicle("WVWZZZ1JZ3W386752", "C000009", vin_check_digit=False), actor=CLERK, at=AT)
    moved = archive.get(Vehicle, PASSAT)
    archive.update(attrs.evolve(moved, customer_number="C000009"), actor=CLERK, at=LATER)
    by_index = archive.find(Vehicle, F.vehicle.customer_number == "C000009")
    by_scan = [v for v in archive.find(Vehicle) if v.customer_number == "C000009"]
    assert by_index == by_scan
    assert [v.vin for v in by_index] == [PASSAT, "WVWZZZ1JZ3W386752"]  # archive order
    assert archive.find(Vehicle, F.vehicle.vin == "LSVAU2180N218329X") == []
    assert archive.count(WorkOrder, (F.work_order.vin == ACCORD) & (F.work_order.total > 0)) == 1


def test_find_refuses_a_filter_on_another_entity() -> None:
    with pytest.raises(TypeMismatch, match="cannot select work_order"):
        filled().find(WorkOrder, F.vehicle.insurer == "平安产险")


def test_aggregate_by_month_in_the_archive() -> None:
    result = filled().aggregate(
        WorkOrder,
        group_by=[month(F.work_order.opened_at)],
        measures={"insurance_paid": sum_money(F.work_order.insurance_paid)},
    )
    assert [(r.key, str(r.values["insurance_paid"])) for r in result.rows] == [
        (("2025-10",), "2000.00")
    ]


def test_a_copy_read_before_a_delete_is_stale_after_the_record_is_added_again() -> None:
    from datetime import datetime

    import attrs

    from autocrm.adapters.memory import MemoryArchive
    from autocrm.domain import CHINA_TZ, Vehicle
    from autocrm.errors import ConcurrentUpdate

    at = datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ)
    archive = MemoryArchive()
    old = archive.add(Vehicle("LFV2A21K3D3109826", "C000001"), actor="x", at=at)
    archive.delete(Vehicle, old.vin, actor="x", at=at)
    again = archive.add(Vehicle("LFV2A21K3D3109826", "C000002"), actor="x", at=at)
    assert again.version == old.version + 1
    with pytest.raises(ConcurrentUpdate):
        archive.update(attrs.evolve(old, insurer="PICC"), actor="x", at=at)
    assert archive.get(Vehicle, old.vin).customer_number == "C000002"
    # A restored archive remembers the deleted version too.
    copy = MemoryArchive()
    copy.restore(archive.snapshot())
    copy.delete(Vehicle, old.vin, actor="x", at=at)
    assert copy.add(Vehicle(old.vin, "C000003"), actor="x", at=at).version == 3
