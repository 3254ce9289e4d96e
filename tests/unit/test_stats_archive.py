"""Measures of the archive process: completeness, update timeliness, renewals, complaints."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest

from autocrm.adapters.memory import MemoryArchive
from autocrm.domain import (
    CHINA_TZ,
    AuditEntry,
    Complaint,
    ComplaintCause,
    ComplaintTopic,
    Customer,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import InvalidFormat, PolicyError
from autocrm.rules.anonymisation import anonymise
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.archive_completeness import DataGroup
from autocrm.stats.archive import archive_completeness, update_timeliness
from autocrm.stats.complaints.concentration import complaint_concentration
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.renewals import renewal_rate, renewals_from

VIN = "LFV2A21K3D3109826"
VIN_2 = "1HGCM82633A004352"
WANG_ID = "11010519491231002X"


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2025, month, day, hour, tzinfo=CHINA_TZ)


# --------------------------------------------------------------------------- completeness


def _wang() -> Customer:
    return Customer(
        number="C000001",
        name="王建国",
        mobile="13800138000",
        resident_id=WANG_ID,
        gender="female",
        birth_date=date(1949, 12, 31),
    )


def test_completeness_rate_counts_archives_reaching_the_threshold() -> None:
    li = Customer(number="C000002", name="李四")
    car = Vehicle(VIN, "C000001", plate="京A12345", model="速腾")
    policy = StatsPolicy(complete_archive_min_score=0.2)
    result = archive_completeness([_wang(), li], [car], policy=policy)
    assert result.archives == 2
    assert (result.complete.numerator, result.complete.denominator) == (1, 2)
    assert result.below_threshold == ("C000002",)
    assert result.threshold == 0.2
    # 王建国 fills 8 of 33 fields, 李四 1 of 32 (no vehicle: every vehicle field once,
    # owner-extended has 7 fields for a person).
    assert result.mean_score == pytest.approx((8 / 33 + 1 / 33) / 2)
    owner = result.group(DataGroup.OWNER_BASICS)
    assert (owner.fill.numerator, owner.fill.denominator) == (6, 16)
    assert owner.complete.numerator == 0
    vehicle = result.group("车辆基本信息")
    assert (vehicle.fill.numerator, vehicle.fill.denominator) == (3, 18)


def test_default_threshold_asks_every_field() -> None:
    result = archive_completeness([_wang()], [Vehicle(VIN, "C000001")])
    assert result.threshold == 1.0
    assert result.complete.numerator == 0
    assert result.below_threshold == ("C000001",)


def test_below_threshold_lists_the_least_complete_first() -> None:
    li = Customer(number="C000002", name="李四")
    result = archive_completeness([li, _wang()], [])
    assert result.below_threshold == ("C000002", "C000001")


def test_anonymised_archives_are_left_out() -> None:
    result = archive_completeness([_wang(), anonymise(Customer(number="C000003", name="赵六"))])
    assert (result.archives, result.anonymised) == (1, 1)
    assert result.complete.denominator == 1


def test_merged_duplicates_are_left_out() -> None:
    # C000003 was merged into C000001: only the survivor's archive is measured.
    duplicate = Customer(number="C000003", name="王建国", merged_into="C000001")
    result = archive_completeness([_wang(), duplicate])
    assert (result.archives, result.anonymised, result.merged) == (1, 0, 1)
    assert result.complete.denominator == 1
    assert "C000003" not in result.below_threshold


def test_completeness_reads_a_snapshot() -> None:
    snap = Snapshot(customers=[_wang()], vehicles=[Vehicle(VIN, "C000001", plate="京A12345")])
    direct = archive_completeness([_wang()], [Vehicle(VIN, "C000001", plate="京A12345")])
    assert archive_completeness(snap) == direct


def test_completeness_refuses_a_snapshot_with_vehicles() -> None:
    with pytest.raises(InvalidFormat) as caught:
        archive_completeness(Snapshot(), [Vehicle(VIN, "C000001")])
    assert caught.value.field == "vehicles"


def test_empty_archive_has_no_rate() -> None:
    result = archive_completeness([])
    assert result.mean_score is None
    assert result.complete.value is None
    assert result.to_rows()[-1]["complete_percent"] == "n/a"


@pytest.mark.parametrize("threshold", [-0.1, 1.5, float("nan"), True])
def test_bad_threshold_is_refused(threshold: float) -> None:
    # The policy refuses it when built, before any statistic runs.
    with pytest.raises(PolicyError) as caught:
        archive_completeness([], policy=StatsPolicy(complete_archive_min_score=threshold))
    assert caught.value.field == "complete_archive_min_score"


def test_completeness_rows_have_one_row_per_group_and_a_total() -> None:
    rows = archive_completeness([_wang()], []).to_rows()
    assert [row["group"] for row in rows] == [g.value for g in DataGroup] + ["total"]
    assert rows[-1]["fields_filled"] == 5
    assert rows[-1]["fields_counted"] == 33


# --------------------------------------------------------------------------- timeliness


def _order(number: str, day: int, *, closed: bool = True) -> WorkOrder:
    return WorkOrder(
        number=number,
        customer_number="C000001",
        vin=VIN,
        service_types=["保养"],
        opened_at=_at(10, day, 9),
        closed_at=_at(10, day, 16) if closed else None,
    )


def _entry(
    number: str, month: int, day: int, *, action: str = "create", field: str | None = None
) -> AuditEntry:
    return AuditEntry(
        at=_at(month, day, 17),
        actor="信息员",
        entity="work_order",
        entity_id=number,
        action=action,
        field=field,
    )


def test_work_order_archived_on_the_next_day_is_in_time() -> None:
    result = update_timeliness(
        [_order("WO1", 9)], [_entry("WO1", 10, 10)], as_of=date(2025, 10, 31)
    )
    assert (result.work_orders.numerator, result.work_orders.denominator) == (1, 1)


def test_work_order_archived_two_days_late_is_late() -> None:
    result = update_timeliness(
        [_order("WO1", 9)], [_entry("WO1", 10, 11)], as_of=date(2025, 10, 31)
    )
    assert result.work_orders.numerator == 0
    assert result.archived_late == ("WO1",)


def test_archive_days_come_from_the_policy() -> None:
    result = update_timeliness(
        [_order("WO1", 9)],
        [_entry("WO1", 10, 11)],
        as_of=date(2025, 10, 31),
        policy=StatsPolicy(work_order_archive_days=2),
    )
    assert result.work_orders.numerator == 1
    assert result.archive_days == 2


def test_created_at_opening_counts_from_the_closing_update() -> None:
    trail = [
        AuditEntry(
            at=_at(10, 9, 9), actor="前台", entity="work_order", entity_id="WO1", action="create"
        ),
        _entry("WO1", 10, 14, action="update", field="closed_at"),
    ]
    result = update_timeliness([_order("WO1", 9)], trail, as_of=date(2025, 10, 31))
    assert result.archived_late == ("WO1",)


def test_an_edit_of_another_field_does_not_archive_the_closing() -> None:
    trail = [
        AuditEntry(
            at=_at(10, 9, 9), actor="前台", entity="work_order", entity_id="WO1", action="create"
        ),
        _entry("WO1", 10, 9, action="update", field="remarks"),
        _entry("WO1", 10, 20, action="update", field="closed_at"),
    ]
    result = update_timeliness([_order("WO1", 9)], trail, as_of=date(2025, 10, 31))
    assert result.archived_late == ("WO1",)


def test_unarchived_work_order_is_pending_then_missing() -> None:
    orders = [_order("WO1", 30)]
    pending = update_timeliness(orders, [], as_of=date(2025, 10, 31))
    assert (pending.pending, pending.work_orders.denominator) == (1, 0)
    missing = update_timeliness(orders, [], as_of=date(2025, 11, 1))
    assert missing.not_archived == ("WO1",)
    assert missing.work_orders.value == 0.0


def test_audit_entries_after_as_of_are_not_read() -> None:
    result = update_timeliness([_order("WO1", 9)], [_entry("WO1", 11, 2)], as_of=date(2025, 10, 31))
    assert result.not_archived == ("WO1",)


def test_open_and_out_of_period_work_orders_do_not_count() -> None:
    orders = [_order("WO1", 1), _order("WO2", 9, closed=False), _order("WO3", 20)]
    trail = [_entry("WO3", 10, 20)]
    result = update_timeliness(orders, trail, as_of=date(2025, 10, 31), since=date(2025, 10, 5))
    assert (result.work_orders.numerator, result.work_orders.denominator) == (1, 1)


def test_entries_of_other_entities_are_ignored() -> None:
    other = AuditEntry(
        at=_at(10, 9, 17), actor="信息员", entity="customer", entity_id="WO1", action="create"
    )
    result = update_timeliness([_order("WO1", 9)], [other], as_of=date(2025, 10, 31))
    assert result.not_archived == ("WO1",)


def test_review_timeliness_follows_the_quarterly_review() -> None:
    people = [
        Customer(number="C000001", name="王建国", reviewed_on=date(2025, 7, 31)),
        Customer(number="C000002", name="李四", reviewed_on=date(2025, 7, 30)),
        Customer(number="C000003", name="张三", registered_on=date(2025, 9, 1)),
        Customer(number="C000004", name="赵六"),
        Customer(number="C000005", name="钱七", registered_on=date(2025, 11, 5)),
        anonymise(Customer(number="C000006", name="孙八")),
        Customer(number="C000007", name="李四", merged_into="C000002"),
    ]
    result = update_timeliness([], [], people, as_of=date(2025, 10, 31))
    # C000001 falls due today (still in time); C000002 was due yesterday; C000004 has no
    # date at all; C000005 is registered after as_of; C000006 is anonymised; C000007 was
    # merged into C000002 (its review is the survivor's).
    assert (result.reviews.numerator, result.reviews.denominator) == (2, 4)
    assert result.reviews_overdue == ("C000002", "C000004")
    monthly = update_timeliness(
        [],
        [],
        people,
        as_of=date(2025, 10, 31),
        archive_policy=ArchivePolicy(review_every_months=6),
    )
    assert monthly.reviews.numerator == 3


def test_timeliness_reads_a_memory_archive_snapshot() -> None:
    archive = MemoryArchive()
    wang = archive.add(Customer(number="C000001", name="王建国"), actor="信息员", at=_at(10, 1))
    opened = WorkOrder(
        number="WO20251009001",
        customer_number=wang.number,
        vin=VIN,
        service_types=["保养"],
        opened_at=_at(10, 9, 9),
    )
    stored = archive.add(opened, actor="前台", at=_at(10, 9, 9))
    archive.update(
        attrs.evolve(stored, closed_at=_at(10, 9, 16)), actor="信息员", at=_at(10, 10, 18)
    )
    result = update_timeliness(archive.snapshot(), as_of=date(2025, 10, 31))
    assert (result.work_orders.numerator, result.work_orders.denominator) == (1, 1)
    assert result.reviews.denominator == 1


def test_timeliness_refuses_a_naive_as_of() -> None:
    with pytest.raises(InvalidFormat) as caught:
        update_timeliness([], as_of=datetime(2025, 10, 31, 12))
    assert caught.value.field == "as_of"


def test_timeliness_rows() -> None:
    rows = update_timeliness(
        [_order("WO1", 9)], [_entry("WO1", 10, 9)], as_of=date(2025, 10, 31)
    ).to_rows()
    assert [row["measure"] for row in rows] == ["work_orders", "reviews"]
    assert rows[0]["percent"] == "100%"
    assert rows[1]["percent"] == "n/a"


# --------------------------------------------------------------------------- renewals


def _renewal(
    number: str, vin: str, month: int, day: int, amount: str, year: int = 2025
) -> WorkOrder:
    return WorkOrder(
        number=number,
        customer_number="C000001",
        vin=vin,
        service_types=["续保"],
        opened_at=datetime(year, month, day, 10, tzinfo=CHINA_TZ),
        lines=[WorkOrderLine("车险续保", amount)],
    )


def test_renewals_from_reads_the_archive_and_feeds_renewal_rate() -> None:
    cars = [
        # renewed in October for 3 November: the system moved the date a year on
        Vehicle(VIN, "C000001", insurance_renewal_on=date(2026, 11, 3)),
        # not renewed; last year's premium stands as the expected one
        Vehicle(VIN_2, "C000002", insurance_renewal_on=date(2025, 11, 20)),
        # another month
        Vehicle("LSVAU218XN2183294", "C000003", insurance_renewal_on=date(2025, 12, 1)),
    ]
    orders = [
        _renewal("WO1", VIN, 10, 20, "4280.00"),
        _renewal("WO2", VIN, 10, 21, "950.00"),  # compulsory cover on its own work order
        _renewal("WO3", VIN_2, 11, 15, "3000.00", year=2024),
    ]
    records = renewals_from(Snapshot(vehicles=cars, work_orders=orders), month=date(2025, 11, 15))
    assert [r.vin for r in records] == [VIN, VIN_2]
    first, second = records
    assert first.expires_on == date(2025, 11, 3)
    assert first.renewed_on == date(2025, 10, 20)
    assert first.premium == Decimal("5230.00")
    assert second.renewed_on is None
    assert second.premium == Decimal("3000.00")
    rate = renewal_rate(records, month=date(2025, 11, 1))
    assert (rate.by_count.numerator, rate.by_count.denominator) == (1, 2)
    assert rate.by_value_percent() == "64%"


def test_renewal_window_comes_from_the_policy() -> None:
    cars = [Vehicle(VIN, "C000001", insurance_renewal_on=date(2025, 11, 3))]
    orders = [_renewal("WO1", VIN, 7, 1, "4000.00")]  # 125 days before expiry
    snap = Snapshot(vehicles=cars, work_orders=orders)
    assert renewals_from(snap, month=date(2025, 11, 1))[0].renewed_on is None
    wide = StatsPolicy(renewal_window_days_before=130)
    assert renewals_from(snap, month=date(2025, 11, 1), policy=wide)[0].renewed_on == date(
        2025, 7, 1
    )


def test_renewal_after_expiry_counts_within_the_window() -> None:
    cars = [Vehicle(VIN, "C000001", insurance_renewal_on=date(2025, 11, 3))]
    snap = Snapshot(vehicles=cars, work_orders=[_renewal("WO1", VIN, 12, 3, "4000.00")])
    assert renewals_from(snap, month=date(2025, 11, 1))[0].renewed_on == date(2025, 12, 3)
    late = Snapshot(vehicles=cars, work_orders=[_renewal("WO1", VIN, 12, 4, "4000.00")])
    assert renewals_from(late, month=date(2025, 11, 1))[0].renewed_on is None


def test_leap_day_renewal_falls_on_28_february() -> None:
    cars = [Vehicle(VIN, "C000001", insurance_renewal_on=date(2024, 2, 29))]
    records = renewals_from(Snapshot(vehicles=cars), month=date(2025, 2, 1))
    assert records[0].expires_on == date(2025, 2, 28)


def test_no_renewal_before_the_car_was_bought() -> None:
    cars = [
        Vehicle(
            VIN, "C000001", purchased_on=date(2025, 11, 3), insurance_renewal_on=date(2026, 11, 3)
        )
    ]
    assert renewals_from(Snapshot(vehicles=cars), month=date(2025, 11, 1)) == ()
    assert len(renewals_from(Snapshot(vehicles=cars), month=date(2026, 11, 1))) == 1


def test_other_service_types_do_not_renew() -> None:
    cars = [Vehicle(VIN, "C000001", insurance_renewal_on=date(2025, 11, 3))]
    repair = attrs.evolve(_renewal("WO1", VIN, 10, 20, "4000.00"), service_types=["保险维修"])
    records = renewals_from(Snapshot(vehicles=cars, work_orders=[repair]), month=date(2025, 11, 1))
    assert records[0].renewed_on is None


def test_renewals_from_refuses_a_negative_window() -> None:
    with pytest.raises(PolicyError) as caught:
        renewals_from(
            Snapshot(), month=date(2025, 11, 1), policy=StatsPolicy(renewal_window_days_after=-1)
        )
    assert caught.value.field == "renewal_window_days_after"


def test_renewals_from_needs_a_snapshot() -> None:
    with pytest.raises(InvalidFormat) as caught:
        renewals_from([], month=date(2025, 11, 1))  # type: ignore[arg-type]
    assert caught.value.field == "snapshot"


# --------------------------------------------------------------------------- complaints


def _complaint(number: str, topic: str | None, cause: str | None = None) -> Complaint:
    return Complaint(
        number=number,
        customer_number="C000001",
        received_at=_at(3, 2),
        topic=topic,
        cause=cause,
    )


def test_concentration_reproduces_the_80_percent_at_settlement() -> None:
    complaints = [_complaint(f"T{i}", "settlement", "service_quality") for i in range(8)]
    complaints += [_complaint("T8", "fees", "staff_error"), _complaint("T9", "car_wash")]
    result = complaint_concentration(complaints)
    assert result.complaints == 10
    assert result.settlement_share.format_percent() == "80%"
    assert result.settlement_share.meets(0.8) is True
    assert result.topic(ComplaintTopic.FEES).count == 1
    assert result.cause("人员失误").count == 1
    assert [row.key for row in result.by_cause[:2]] == [
        ComplaintCause.SERVICE_QUALITY,
        ComplaintCause.STAFF_ERROR,
    ]
    assert result.by_cause[-1].key is None
    assert result.by_cause[-1].count == 1


def test_concentration_has_every_member_and_a_pareto_curve() -> None:
    result = complaint_concentration([_complaint("T1", "lounge"), _complaint("T2", "meals")])
    assert len(result.by_topic) == len(ComplaintTopic)
    assert result.by_topic[-1].cumulative.value == 1.0
    assert all(row.key is not None for row in result.by_topic)  # nothing unrecorded
    assert len(result.by_cause) == len(ComplaintCause) + 1  # both causes unrecorded


def test_concentration_rows() -> None:
    rows = complaint_concentration([_complaint("T1", "settlement")]).to_rows()
    first_topic = next(row for row in rows if row["dimension"] == "topic")
    assert first_topic == {
        "dimension": "topic",
        "key": "settlement",
        "label": "结算解释",
        "count": 1,
        "share": 1.0,
        "percent": "100%",
        "cumulative": 1.0,
        "cumulative_percent": "100%",
    }


def test_concentration_refuses_other_records() -> None:
    with pytest.raises(InvalidFormat) as caught:
        complaint_concentration([Customer(number="C1", name="张三")])  # type: ignore[list-item]
    assert caught.value.field == "complaints"
