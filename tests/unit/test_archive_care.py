"""Archive care: completeness, duplicates, quarterly review, redaction, anonymisation."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs
import pytest

from autocrm.domain import (
    CHINA_TZ,
    Address,
    CallAttempt,
    Complaint,
    ComplaintLevel,
    ComplaintStatus,
    Contact,
    Customer,
    CustomerKind,
    FollowUp,
    Gender,
    HandlingRecord,
    OptOut,
    Remedy,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.errors import InvalidComponent, NotFound
from autocrm.rules.access import (
    COMPLAINT_VISIBILITY,
    VISIBILITY,
    WORK_ORDER_VISIBILITY,
    Role,
    Visibility,
    redact,
    redact_complaint,
    redact_work_order,
    visibility,
)
from autocrm.rules.anonymisation import PERSONAL_FIELDS, anonymise
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.archive_completeness import DataGroup, completeness
from autocrm.rules.duplicates import DuplicateReason, find_duplicates
from autocrm.rules.handling_records import work_order_record
from autocrm.rules.review import ReviewDue, review_due, reviews_due

WANG_ID = "11010519491231002X"  # born 1949-12-31, female
LI_ID = "440306198503151234"  # born 1985-03-15, male


def full_person(**changes: Any) -> Customer:
    base = Customer(
        number="C000001",
        name="王建国",
        gender=Gender.FEMALE,
        birth_date=date(1949, 12, 31),
        resident_id=WANG_ID,
        mobile="13800138000",
        phone="010-65123456",
        office_phone="010-85123456",
        fax="010-85123457",
        email="wangjg@example.com",
        im_id="wangjg1949",
        address=Address("北京市朝阳区建国路88号", postcode="100022"),
        home_address=Address("北京市东城区东四十条1号", postcode="100007"),
        work_address=Address("北京市西城区金融街1号", postcode="100033"),
        occupation="教师",
        region="北京",
        bank="中国工商银行",
        bank_account="6222020200112233445",
        tax_number="11010519491231002X",
        contacts=[Contact("phone", "010-65123400", label="女儿")],
        owner="客服-李娜",
        registered_on=date(2024, 3, 18),
        reviewed_on=date(2025, 7, 10),
        tags={"vip"},
        categories={"source": "转介绍", "use": "私用"},
        opt_outs=[OptOut("marketing", reason="客户要求不再推送活动")],
    )
    return attrs.evolve(base, **changes)


def full_vehicle(**changes: Any) -> Vehicle:
    base = Vehicle(
        "LFV2A21K3D3109826",
        "C000001",
        plate="京A12345",
        engine_number="CSS123456",
        chassis_number="LFV2A21K3D3109826",
        key_number="K0921",
        manufactured_on=date(2024, 1, 20),
        first_maintenance_on=date(2024, 6, 18),
        model="速腾 1.4T",
        model_class="紧凑型轿车",
        purchased_on=date(2024, 3, 18),
        registered_on=date(2024, 3, 18),
        insurer="人保财险",
        insurer_contact="95518",
        insurance_renewal_on=date(2026, 3, 17),
        next_maintenance_on=date(2025, 12, 18),
        last_business_on=date(2025, 6, 18),
        annual_inspection_on=date(2026, 3, 18),
        road_fee_on=date(2026, 1, 1),
    )
    return attrs.evolve(base, **changes)


# --------------------------------------------------------------------------- completeness


def test_full_archive_scores_one() -> None:
    result = completeness(full_person(), [full_vehicle()])
    assert (result.filled, result.total, result.score, result.missing) == (33, 33, 1.0, ())
    assert [g.group for g in result.groups] == list(DataGroup)


def test_missing_fields_are_named_per_group() -> None:
    person = full_person(email=None, gender=Gender.UNKNOWN, categories={}, tags=())
    car = full_vehicle(key_number=None, insurer=None)
    result = completeness(person, [car])
    assert result.group(DataGroup.VEHICLE_BASICS).missing == (
        "vehicle[LFV2A21K3D3109826].key_number",
    )
    assert result.group(DataGroup.VEHICLE_EXTENDED).missing == (
        "vehicle[LFV2A21K3D3109826].insurer",
    )
    assert result.group(DataGroup.OWNER_BASICS).missing == ("gender",)
    assert result.group(DataGroup.OWNER_EXTENDED).missing == ("email", "category")
    assert (result.filled, result.total) == (28, 33)
    assert result.score == pytest.approx(28 / 33)


def test_no_vehicle_misses_every_vehicle_field_once() -> None:
    result = completeness(full_person(), [full_vehicle(customer_number="C000002")])
    basics = result.group(DataGroup.VEHICLE_BASICS)
    assert (basics.filled, basics.total) == (0, 9)
    assert basics.missing[0] == "vehicle.plate"
    assert result.score == pytest.approx(15 / 33)


def test_each_vehicle_counts() -> None:
    second = Vehicle("1HGCM82633A004352", "C000001", plate="粤B·D12345")
    result = completeness(full_person(), [full_vehicle(), second])
    basics = result.group(DataGroup.VEHICLE_BASICS)
    assert (basics.filled, basics.total) == (9 + 2, 18)


def test_company_is_asked_for_credit_code_not_resident_id() -> None:
    company = Customer(
        number="C000002",
        name="北京某某银行股份有限公司",
        kind=CustomerKind.COMPANY,
        uscc="91110000802100433B",
        phone="010-66101234",
    )
    result = completeness(company, [])
    owner = result.group(DataGroup.OWNER_BASICS)
    assert owner.missing == ("address", "postcode", "mobile")
    # The credit code stands in for the tax number.
    assert "tax_number" not in result.group(DataGroup.OWNER_EXTENDED).missing


# --------------------------------------------------------------------------- duplicates


def test_same_vin_under_two_customers() -> None:
    cars = [full_vehicle(), full_vehicle(customer_number="C000007"), full_vehicle()]
    groups = find_duplicates([], cars)
    assert len(groups) == 1
    assert groups[0].reason is DuplicateReason.SAME_VIN
    assert (groups[0].key, groups[0].customer_numbers) == (
        "LFV2A21K3D3109826",
        ("C000001", "C000007"),
    )
    assert "LFV2A21K3D3109826" in groups[0].detail


def test_same_mobile_same_resident_id_and_same_credit_code() -> None:
    a = Customer(number="C000003", name="王建国", mobile="13800138000", resident_id=WANG_ID)
    b = Customer(number="C000001", name="王女士", mobile="138 0013 8000", resident_id=WANG_ID)
    c = Customer(number="C000004", name="某银行", kind="company", uscc="91110000802100433B")
    d = Customer(number="C000005", name="某银行北京分行", kind="company", uscc="91110000802100433B")
    groups = find_duplicates([a, b, c, d], [])
    assert [(g.reason, g.customer_numbers) for g in groups] == [
        (DuplicateReason.SAME_RESIDENT_ID, ("C000001", "C000003")),
        (DuplicateReason.SAME_USCC, ("C000004", "C000005")),
        (DuplicateReason.SAME_MOBILE, ("C000001", "C000003")),
    ]


def test_near_same_name_and_same_fixed_phone() -> None:
    a = Customer(number="C000010", name="李明华", phone="010-65123456")
    b = Customer(number="C000011", name="李明 华", office_phone="01065123456")
    c = Customer(number="C000012", name="李名华", phone="010-65123456")  # one character off
    d = Customer(number="C000013", name="张秀英", phone="010-65123456")  # same home phone
    groups = find_duplicates([d, c, b, a], [])
    assert len(groups) == 1
    assert groups[0].reason is DuplicateReason.SIMILAR_NAME_SAME_PHONE
    assert groups[0].customer_numbers == ("C000010", "C000011", "C000012")
    assert groups[0].key == "+861065123456"


def test_two_character_names_must_match_exactly() -> None:
    husband = Customer(number="C000020", name="王伟", phone="010-65123456")
    wife = Customer(number="C000021", name="王玮", phone="010-65123456")
    assert find_duplicates([husband, wife], []) == ()
    policy = ArchivePolicy(similar_name_max_edits=0)
    a = Customer(number="C000022", name="李明华", phone="010-65123456")
    b = Customer(number="C000023", name="李名华", phone="010-65123456")
    assert find_duplicates([a, b], [], policy=policy) == ()


def test_shared_mobile_is_not_reported_twice() -> None:
    a = Customer(number="C000030", name="赵敏", mobile="13800138000")
    b = Customer(number="C000031", name="赵敏", mobile="13800138000")
    groups = find_duplicates([a, b], [])
    assert [g.reason for g in groups] == [DuplicateReason.SAME_MOBILE]


def test_duplicates_are_deterministic_and_inputs_unchanged() -> None:
    people = [
        Customer(number=f"C{n:06d}", name="陈杰", mobile="13800138000") for n in (5, 3, 9)
    ] + [Customer(number="C000001", name="刘洋", resident_id=LI_ID)]
    cars = [full_vehicle(customer_number="C000003"), full_vehicle(customer_number="C000009")]
    snapshot = (list(people), list(cars))
    forward = find_duplicates(people, cars)
    assert forward == find_duplicates(list(reversed(people)), list(reversed(cars)))
    assert (people, cars) == snapshot
    assert [g.reason for g in forward] == [DuplicateReason.SAME_VIN, DuplicateReason.SAME_MOBILE]
    assert forward[1].customer_numbers == ("C000003", "C000005", "C000009")


# --------------------------------------------------------------------------- review


def test_review_due_a_quarter_after_the_last_review() -> None:
    person = full_person(reviewed_on=date(2025, 7, 10))
    assert review_due(person, as_of=date(2025, 10, 9)) == ReviewDue(
        customer_number="C000001",
        due=False,
        due_on=date(2025, 10, 10),
        basis="reviewed_on",
        review_every_months=3,
    )
    assert bool(review_due(person, as_of=date(2025, 10, 10))) is True
    assert review_due(person, as_of=datetime(2025, 10, 10, 8, tzinfo=CHINA_TZ)).due is True


def test_review_counts_from_registration_when_never_reviewed() -> None:
    person = full_person(reviewed_on=None, registered_on=date(2024, 11, 30))
    result = review_due(person, as_of=date(2025, 2, 27))
    # 30 November + 3 months -> 28 February (no 30 February).
    assert (result.due, result.due_on, result.basis) == (False, date(2025, 2, 28), "registered_on")


def test_record_without_dates_is_due_at_once() -> None:
    result = review_due(Customer(number="C1", name="张三"), as_of=date(2025, 1, 2))
    assert (result.due, result.due_on, result.basis) == (True, None, None)


def test_review_period_from_policy() -> None:
    person = full_person(reviewed_on=date(2025, 1, 10))
    policy = ArchivePolicy(review_every_months=12)
    assert review_due(person, as_of=date(2025, 10, 9), policy=policy).due is False
    with pytest.raises(InvalidComponent):
        ArchivePolicy(review_every_months=0)


def test_reviews_due_lists_due_records_oldest_first() -> None:
    people = [
        full_person(number="C000001", reviewed_on=date(2025, 6, 1)),
        full_person(number="C000002", reviewed_on=date(2025, 9, 1)),
        Customer(number="C000003", name="张三"),
        full_person(number="C000004", reviewed_on=date(2025, 5, 1)),
    ]
    due = reviews_due(people, as_of=date(2025, 10, 9))
    assert [r.customer_number for r in due] == ["C000003", "C000004", "C000001"]


def test_reviews_due_leaves_out_anonymised_and_merged_records() -> None:
    people = [
        full_person(number="C000001", reviewed_on=date(2025, 6, 1)),
        anonymise(full_person(number="C000002", reviewed_on=date(2025, 6, 1))),
        Customer(number="C000003", name="王建国", merged_into="C000001"),
    ]
    due = reviews_due(people, as_of=date(2025, 10, 9))
    assert [r.customer_number for r in due] == ["C000001"]


# --------------------------------------------------------------------------- redaction


def test_customer_service_sees_masked_id_phone_and_bank_account() -> None:
    view = redact(full_person(), Role.CUSTOMER_SERVICE)
    assert view["resident_id"] == "1101**********002X"
    assert view["mobile"] == "+86 138****8000"
    assert view["phone"] == "+86 10****3456"
    assert view["bank_account"] == "6222***********3445"
    assert view["email"] == "w***@example.com"
    assert view["birth_date"] == date(1949, 12, 31)
    assert view["name"] == "王建国"
    assert "address" not in view
    assert view.hidden >= {"address", "home_address", "work_address", "tax_number", "contacts"}
    with pytest.raises(KeyError, match="hidden from the customer_service role"):
        view["address"]


def test_sales_sees_contact_data_but_no_bank() -> None:
    view = redact(full_person(), Role.SALES)
    assert view["mobile"] == "+8613800138000"
    assert view["resident_id"] == "1101**********002X"
    assert view["address"] == Address("北京市朝阳区建国路88号", postcode="100022")
    assert {"bank", "bank_account"} <= view.hidden
    assert view.get("bank_account") is None


def test_after_sales_sees_no_resident_id_nor_birth_date() -> None:
    view = redact(full_person(), "售后")  # type: ignore[arg-type]
    assert view.role is Role.AFTER_SALES
    assert {"resident_id", "birth_date", "email"} <= view.hidden
    assert view["mobile"] == "+8613800138000"
    assert view["bank_account"] == "6222***********3445"


def test_admin_sees_everything() -> None:
    person = full_person()
    view = redact(person, Role.ADMIN)
    assert view.hidden == frozenset()
    assert view.masked == frozenset()
    assert dict(view.values) == {a.name: getattr(person, a.name) for a in attrs.fields(Customer)}


def test_redact_refuses_unknown_role_and_keeps_input() -> None:
    person = full_person()
    with pytest.raises(InvalidComponent) as info:
        redact(person, "driver")  # type: ignore[arg-type]
    assert info.value.field == "role"
    redact(person, Role.CUSTOMER_SERVICE)
    assert person == full_person()


def test_visibility_table_covers_every_customer_field_for_every_role() -> None:
    names = {a.name for a in attrs.fields(Customer)}
    assert set(VISIBILITY) == set(Role)
    for role, table in VISIBILITY.items():
        assert set(table) == names, role


def test_unknown_field_is_hidden_except_from_admin() -> None:
    assert visibility(Role.SALES, "wechat_id") is Visibility.HIDDEN
    assert visibility(Role.ADMIN, "wechat_id") is Visibility.FULL


def test_masked_none_stays_none() -> None:
    view = redact(Customer(number="C1", name="张三"), Role.CUSTOMER_SERVICE)
    assert view["resident_id"] is None
    assert "resident_id" in view.masked


# --------------------------------------------------------------------------- anonymise


def test_anonymise_removes_personal_data_and_keeps_statistics() -> None:
    person = full_person()
    result = anonymise(person)
    assert result.name == "匿名客户C000001"
    assert result.birth_date == date(1949, 1, 1)
    for name in PERSONAL_FIELDS:
        if name not in ("name", "birth_date"):
            assert getattr(result, name) in (None, ()), name
    kept = ("number", "kind", "gender", "region", "owner", "registered_on", "tags", "categories")
    assert [getattr(result, n) for n in kept] == [getattr(person, n) for n in kept]
    assert result.opt_outs == person.opt_outs
    assert result.anonymised is True


def test_anonymise_is_idempotent_and_follows_policy() -> None:
    once = anonymise(full_person())
    assert anonymise(once) == once
    policy = ArchivePolicy(anonymous_name_prefix="ANON-")
    assert anonymise(full_person(), policy=policy).name == "ANON-C000001"


def test_anonymise_company() -> None:
    company = Customer(number="C000002", name="某某银行", kind="company", uscc="91110000802100433B")
    result = anonymise(company)
    assert (result.name, result.uscc, result.kind) == (
        "匿名客户C000002",
        None,
        CustomerKind.COMPANY,
    )


# --------------------------------------------------------------------------- records by role


def _complaint_in_full() -> Complaint:
    received = datetime(2025, 9, 29, 10, tzinfo=CHINA_TZ)
    return Complaint(
        number="TS2025001",
        customer_number="C000001",
        received_at=received,
        level="II",
        status="closed",
        vin="LFV2A21K3D3109826",
        work_order_number="WO20250926001",
        cause="repair_quality",
        topic="settlement",
        description="保养后异响，结算时未解释工时费",
        handler="服务经理-刘洋",
        departments=("售后", "客服"),
        handling=[HandlingRecord("listen", received, actor="服务经理-刘洋")],
        remedies=[Remedy("apology"), Remedy("compensation", amount="300")],
        callback_promised_at=datetime(2025, 9, 29, 17, tzinfo=CHINA_TZ),
        callback_done_at=datetime(2025, 9, 29, 16, tzinfo=CHINA_TZ),
        resolved_at=datetime(2025, 9, 30, 11, tzinfo=CHINA_TZ),
        closed_at=datetime(2025, 9, 30, 15, tzinfo=CHINA_TZ),
        satisfaction=4,
        result="免费复检并赠送保养一次，客户满意",
    )


COMPLAINT_DETAILS = {
    "cause",
    "topic",
    "description",
    "handler",
    "departments",
    "handling",
    "remedies",
    "satisfaction",
    "result",
}


def test_sales_sees_no_complaint_details() -> None:
    view = redact_complaint(_complaint_in_full(), Role.SALES)
    assert view.hidden == COMPLAINT_DETAILS
    assert view["level"] is ComplaintLevel.II
    assert view["status"] is ComplaintStatus.CLOSED
    assert view["closed_at"] == datetime(2025, 9, 30, 15, tzinfo=CHINA_TZ)
    assert view.get("description") is None
    with pytest.raises(KeyError, match="hidden from the sales role"):
        view["remedies"]


@pytest.mark.parametrize("role", [Role.AFTER_SALES, Role.CUSTOMER_SERVICE, Role.ADMIN])
def test_other_roles_see_the_whole_complaint(role: Role) -> None:
    complaint = _complaint_in_full()
    view = redact_complaint(complaint, role)
    assert view.hidden == frozenset()
    assert dict(view.values) == attrs.asdict(complaint, recurse=False)


def test_complaint_table_covers_every_complaint_field() -> None:
    names = {a.name for a in attrs.fields(Complaint)}
    for role in Role:
        assert set(COMPLAINT_VISIBILITY[role]) == names
        assert Visibility.MASKED not in COMPLAINT_VISIBILITY[role].values()


def test_redact_complaint_accepts_labels_and_refuses_strangers() -> None:
    assert redact_complaint(_complaint_in_full(), "销售").role is Role.SALES
    with pytest.raises(InvalidComponent) as caught:
        redact_complaint(_complaint_in_full(), "保安")
    assert caught.value.field == "role"


def _work_order() -> WorkOrder:
    return WorkOrder(
        number="WO20250926001",
        customer_number="C000001",
        vin="LFV2A21K3D3109826",
        opened_at=datetime(2025, 9, 26, 9, 30, tzinfo=CHINA_TZ),
        closed_at=datetime(2025, 9, 26, 16, tzinfo=CHINA_TZ),
        service_types=["保养"],
        mileage_km=15_200,
        lines=[WorkOrderLine("机油机滤更换", "420.00"), WorkOrderLine("刹车片", "680.50")],
        service_advisor="服务顾问-陈静",
        technician="技师-张伟",
        remarks="客户自带机油",
    )


def test_sales_sees_the_visit_not_the_bill() -> None:
    view = redact_work_order(_work_order(), Role.SALES)
    assert view.hidden == {"lines", "technician", "remarks"}
    assert view["mileage_km"] == 15_200
    assert view["service_advisor"] == "服务顾问-陈静"


def test_customer_service_sees_the_technician() -> None:
    # Seed 004 analyses follow-up problems by job position.
    view = redact_work_order(_work_order(), Role.CUSTOMER_SERVICE)
    assert view["technician"] == "技师-张伟"
    assert view.hidden == frozenset()
    assert set(WORK_ORDER_VISIBILITY[Role.SALES]) == {a.name for a in attrs.fields(WorkOrder)}


# --------------------------------------------------------------------------- per work order


def _followup(number: str, due_day: int, **changes: Any) -> FollowUp:
    base = FollowUp(
        number,
        kind="3dc",
        customer_number="C000001",
        work_order_number="WO20250926001",
        earliest=date(2025, 9, due_day),
        due=date(2025, 9, due_day),
        latest=date(2025, 9, due_day),
    )
    return attrs.evolve(base, **changes)


def test_work_order_record_gathers_its_handling_records() -> None:
    order = _work_order()
    complaint = _complaint_in_full()
    callback = _followup(
        "F3", 30, kind="complaint", work_order_number=None, complaint_number="TS2025001"
    )
    done = attrs.evolve(
        _followup("F1", 29),
        attempts=[
            CallAttempt(
                datetime(2025, 9, 29, 10, tzinfo=CHINA_TZ), "completed", rating=2, result="转投诉"
            )
        ],
    )
    elsewhere = _followup("F9", 29, work_order_number="WO20250101001")
    snap = Snapshot(
        customers=[Customer(number="C000001", name="王建国")],
        vehicles=[Vehicle("LFV2A21K3D3109826", "C000001", plate="京A12345")],
        work_orders=[order],
        followups=[callback, elsewhere, done],
        complaints=[complaint],
    )
    record = work_order_record(snap, "WO20250926001")
    assert record.work_order == order
    assert record.customer is not None
    assert record.customer.name == "王建国"
    assert record.vehicle is not None
    assert record.vehicle.plate == "京A12345"
    assert [f.number for f in record.followups] == ["F1", "F3"]
    assert record.complaints == (complaint,)
    rows = record.to_rows()
    assert [(r["kind"], r["number"]) for r in rows] == [
        ("followup", "F1"),
        ("followup", "F3"),
        ("complaint", "TS2025001"),
    ]
    assert rows[0]["result"] == "转投诉"
    assert rows[0]["attempts"] == 1
    assert rows[2]["date"] == date(2025, 9, 29)


def test_work_order_record_of_an_unknown_number_is_not_found() -> None:
    with pytest.raises(NotFound, match="WO404"):
        work_order_record(Snapshot(work_orders=[_work_order()]), "WO404")


def test_work_order_record_without_customer_or_vehicle() -> None:
    record = work_order_record(Snapshot(work_orders=[_work_order()]), "WO20250926001")
    assert (record.customer, record.vehicle, record.followups, record.complaints) == (
        None,
        None,
        (),
        (),
    )
