"""Domain types: real-shaped records build; bad ones are refused naming the field."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import attrs
import pytest

from autocrm.domain import (
    CHINA_TZ,
    Address,
    Appointment,
    AppointmentStatus,
    CallAttempt,
    CallOutcome,
    Complaint,
    ComplaintLevel,
    ComplaintStatus,
    Contact,
    ContactKind,
    Customer,
    CustomerKind,
    FleetAccount,
    FollowUp,
    Gender,
    LoyaltyClass,
    MembershipTier,
    OdometerReading,
    Payer,
    Remedy,
    RemedyKind,
    ServiceType,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
    local_date,
)
from autocrm.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    ValidationError,
)

AT = datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ)


def test_a_person_with_a_real_resident_id_and_phone_numbers() -> None:
    c = Customer(
        number="C000001",
        name="王建国",
        gender="男",
        birth_date=date(1949, 12, 31),
        resident_id="110105 19491231 002x",
        mobile="+86 138-0013-8000",
        phone="(010) 6512 3456",
        address=Address("北京市朝阳区建国路88号", postcode="100022"),
        bank_account="6222 0202 0000 1234 567",
    )
    assert c.resident_id == "11010519491231002X"
    assert c.mobile == "+8613800138000"
    assert c.phone == "+861065123456"
    assert c.gender is Gender.MALE
    assert c.kind is CustomerKind.PERSON


def test_a_company_with_its_credit_code() -> None:
    c = Customer(number="C000002", name="北京某某银行", kind="单位", uscc="91110000802100433b")
    assert c.uscc == "91110000802100433B"
    assert c.kind is CustomerKind.COMPANY


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"resident_id": "110105194912310021"}, InvalidChecksum, "resident_id"),
        ({"mobile": "12345"}, ValidationError, "mobile"),
        ({"name": "  "}, InvalidFormat, "name"),
        ({"kind": "alien"}, InvalidComponent, "kind"),
        ({"birth_date": datetime(1990, 1, 1, tzinfo=CHINA_TZ)}, InvalidFormat, "birth_date"),
        ({"bank_account": "12ab"}, InvalidFormat, "bank_account"),
        ({"uscc": "91110000802100433B"}, InvalidComponent, "uscc"),
        (
            {"resident_id": "11010519491231002X", "birth_date": date(1950, 1, 1)},
            InvalidComponent,
            "birth_date",
        ),
        ({"tags": {1}}, InvalidFormat, "tags[0]"),
    ],
)
def test_bad_customer_fields_are_refused_by_name(
    kwargs: dict[str, object], error: type[ValidationError], field: str
) -> None:
    base: dict[str, object] = {"number": "C1", "name": "张三"}
    with pytest.raises(error) as caught:
        Customer(**{**base, **kwargs})  # type: ignore[arg-type]
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_contacts_are_normalised_by_kind() -> None:
    assert Contact("mobile", "138 0013 8000").value == "+8613800138000"
    with pytest.raises(InvalidFormat, match="e-mail"):
        Contact(ContactKind.EMAIL, "not-an-address")


def test_categories_are_read_only_and_open() -> None:
    c = Customer(number="C1", name="张三", categories={"hobby": "钓鱼"})
    with pytest.raises(TypeError):
        c.categories["hobby"] = "高尔夫"  # type: ignore[index]
    assert attrs.evolve(c, categories={"hobby": "高尔夫"}).categories["hobby"] == "高尔夫"


def test_vehicle_check_digit_can_be_waived_for_european_imports() -> None:
    with pytest.raises(InvalidChecksum) as caught:
        Vehicle(vin="WVWZZZ1JZ3W386752", customer_number="C1")
    assert caught.value.field == "vin"
    car = Vehicle(vin="wvwzzz1jz3w386752", customer_number="C1", vin_check_digit=False)
    assert car.vin == "WVWZZZ1JZ3W386752"


def test_vehicle_plate_and_dates() -> None:
    car = Vehicle(
        vin="LFV2A21K3D3109826",
        customer_number="C1",
        plate="粤B·D12345",
        manufactured_on=date(2024, 1, 5),
        purchased_on=date(2024, 3, 18),
    )
    assert car.plate == "粤BD12345"
    with pytest.raises(InvalidComponent) as caught:
        attrs.evolve(car, purchased_on=date(2023, 12, 1))
    assert caught.value.field == "purchased_on"


def test_work_order_totals_by_payer_are_exact() -> None:
    wo = WorkOrder(
        number="WO1",
        customer_number="C1",
        vin="LFV2A21K3D3109826",
        opened_at=AT,
        closed_at=AT + timedelta(hours=6),
        service_types=["保养", ServiceType.WARRANTY_CLAIM],
        lines=[
            WorkOrderLine("保养工时", "0.1"),
            WorkOrderLine("机油", "0.2"),
            WorkOrderLine("索赔件", "1999.995", payer=Payer.WARRANTY),
        ],
    )
    assert wo.total == Decimal("2000.30")
    assert wo.paid_by(Payer.SELF) == Decimal("0.30")
    assert wo.paid_by(Payer.WARRANTY) == Decimal("2000.00")
    assert wo.paid_by(Payer.INSURANCE) == Decimal("0.00")
    assert wo.is_maintenance
    assert wo.is_closed
    assert wo.closed_on == date(2025, 10, 9)


def test_work_order_refuses_float_money_naive_times_and_no_service_type() -> None:
    with pytest.raises(InvalidFormat) as caught:
        WorkOrderLine("机油", 420.5)  # type: ignore[arg-type]
    assert caught.value.field == "amount"
    with pytest.raises(InvalidFormat) as caught:
        WorkOrder(
            number="W",
            customer_number="C",
            vin="V",
            opened_at=datetime(2025, 1, 1),
            service_types=["保养"],
        )
    assert caught.value.field == "opened_at"
    with pytest.raises(InvalidComponent) as caught:
        WorkOrder(number="W", customer_number="C", vin="V", opened_at=AT, service_types=[])
    assert caught.value.field == "service_types"
    with pytest.raises(InvalidComponent) as caught:
        WorkOrder(
            number="W",
            customer_number="C",
            vin="V",
            opened_at=AT,
            closed_at=AT - timedelta(minutes=1),
            service_types=["保养"],
        )
    assert caught.value.field == "closed_at"


def test_local_date_is_taken_in_china_standard_time() -> None:
    late_utc = datetime(2025, 9, 30, 16, 30, tzinfo=timezone.utc)
    assert local_date(late_utc) == date(2025, 10, 1)


def test_followup_window_must_be_ordered_and_ratings_bounded() -> None:
    with pytest.raises(InvalidComponent) as caught:
        FollowUp(
            number="F",
            kind="3dc",
            customer_number="C1",
            earliest=date(2025, 10, 10),
            due=date(2025, 10, 9),
            latest=date(2025, 10, 12),
        )
    assert caught.value.field == "due"
    with pytest.raises(InvalidComponent):
        CallAttempt(AT, CallOutcome.COMPLETED, rating=11)
    with pytest.raises(InvalidComponent):
        CallAttempt(AT, CallOutcome.NO_ANSWER, rating=5)
    done = CallAttempt(AT, "回访成功", rating=5)
    fu = FollowUp(
        number="F",
        kind="三日回访",
        customer_number="C1",
        earliest=date(2025, 10, 10),
        due=date(2025, 10, 10),
        latest=date(2025, 10, 12),
        attempts=[done],
    )
    assert fu.rating == 5


def test_complaint_levels_order_by_severity_and_closed_needs_a_time() -> None:
    assert [lv.severity for lv in ComplaintLevel] == [1, 2, 3]
    with pytest.raises(InvalidComponent) as caught:
        Complaint(number="T", customer_number="C", received_at=AT, status=ComplaintStatus.CLOSED)
    assert caught.value.field == "closed_at"
    with pytest.raises(InvalidComponent, match="compensation remedy needs an amount"):
        Remedy(RemedyKind.COMPENSATION)
    assert Remedy("补偿", amount="300").amount == Decimal("300.00")


def test_appointment_arrival_needs_its_time() -> None:
    with pytest.raises(InvalidComponent) as caught:
        Appointment(
            number="Y",
            customer_number="C",
            kind="proactive",
            booked_at=AT,
            slot=AT + timedelta(days=1),
            status=AppointmentStatus.ARRIVED_LATE,
        )
    assert caught.value.field == "arrived_at"


def test_membership_tier_labels_in_zhe() -> None:
    silver = MembershipTier("silver", "银卡", discount="0.10", min_loyalty=LoyaltyClass.LOYAL)
    member = MembershipTier("member", "会员卡", discount=Decimal("0.05"))
    assert (silver.label, member.label) == ("9折", "9.5折")
    with pytest.raises(InvalidFormat):
        MembershipTier("x", "x", discount=0.1)  # type: ignore[arg-type]
    with pytest.raises(InvalidComponent):
        MembershipTier("x", "x", discount="1.5")


def test_fleet_served_cannot_exceed_the_fleet() -> None:
    with pytest.raises(InvalidComponent) as caught:
        FleetAccount("F1", customer_number="C1", name="某银行", vehicles=10, vehicles_served=11)
    assert caught.value.field == "vehicles_served"


def test_odometer_reading_refuses_negative_km() -> None:
    with pytest.raises(InvalidComponent) as caught:
        OdometerReading("LFV2A21K3D3109826", date(2025, 1, 1), -5)
    assert caught.value.field == "km"


def test_every_domain_class_is_frozen() -> None:
    c = Customer(number="C1", name="张三")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        c.name = "李四"  # type: ignore[misc]
