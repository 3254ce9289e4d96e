"""Redacted views: a person's tax number is their resident ID; every view serialises."""

from __future__ import annotations

import json
from datetime import date, datetime

import attrs
import pytest

from autocrm.adapters.json import dumps
from autocrm.domain import (
    CHINA_TZ,
    Address,
    Complaint,
    Contact,
    Customer,
    CustomerKind,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.rules.access import (
    Role,
    Visibility,
    redact,
    redact_complaint,
    redact_work_order,
    visibility,
)

WANG_ID = "11010519491231002X"
BANK_USCC = "91110000802100433B"


def _person() -> Customer:
    return Customer(
        number="C000001",
        name="王建国",
        birth_date=date(1949, 12, 31),
        resident_id=WANG_ID,
        tax_number=WANG_ID,
        mobile="13800138000",
        address=Address("北京市朝阳区建国路88号", postcode="100022"),
        bank_account="6222020200112233445",
        contacts=[Contact("phone", "010-65123400", label="女儿")],
        tags={"vip"},
    )


def _company() -> Customer:
    return Customer(
        number="C000002",
        name="北京某某银行股份有限公司",
        kind=CustomerKind.COMPANY,
        uscc=BANK_USCC,
        tax_number=BANK_USCC,
    )


def _complaint() -> Complaint:
    return Complaint(
        number="TS2025001",
        customer_number="C000001",
        level="II",
        received_at=datetime(2025, 9, 29, 10, tzinfo=CHINA_TZ),
        description="保养后异响",
    )


def _work_order() -> WorkOrder:
    return WorkOrder(
        number="WO20251009001",
        customer_number="C000001",
        vin="LFV2A21K3D3109826",
        service_types=["保养"],
        mileage_km=15_200,
        opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
        lines=[WorkOrderLine("机油机滤更换", "420.00")],
        technician="张师傅",
    )


# --------------------------------------------------------------------------- tax number


def test_sales_sees_a_persons_tax_number_masked_like_the_resident_id() -> None:
    view = redact(_person(), Role.SALES)
    assert view["tax_number"] == "1101**********002X"
    assert view["tax_number"] == view["resident_id"]
    assert "tax_number" in view.masked


def test_after_sales_does_not_see_a_persons_tax_number() -> None:
    view = redact(_person(), Role.AFTER_SALES)
    assert "tax_number" in view.hidden
    assert "resident_id" in view.hidden
    assert WANG_ID not in json.dumps(dict(view.values), default=str)


@pytest.mark.parametrize("role", [Role.SALES, Role.AFTER_SALES, Role.CUSTOMER_SERVICE])
def test_no_role_but_admin_sees_a_persons_resident_id_anywhere(role: Role) -> None:
    assert WANG_ID not in dumps(redact(_person(), role))


def test_a_companys_tax_number_is_its_credit_code_and_stays_visible() -> None:
    assert redact(_company(), Role.SALES)["tax_number"] == BANK_USCC
    assert redact(_company(), Role.AFTER_SALES)["tax_number"] == BANK_USCC


def test_visibility_of_tax_number_depends_on_the_kind_of_customer() -> None:
    assert visibility(Role.SALES, "tax_number") is Visibility.FULL
    assert visibility(Role.SALES, "tax_number", kind=CustomerKind.PERSON) is Visibility.MASKED
    assert visibility(Role.AFTER_SALES, "tax_number") is Visibility.FULL
    assert visibility(Role.AFTER_SALES, "tax_number", kind=CustomerKind.PERSON) is Visibility.HIDDEN
    assert visibility(Role.ADMIN, "tax_number", kind=CustomerKind.PERSON) is Visibility.FULL


def test_after_sales_gets_no_email_from_the_other_contacts() -> None:
    person = attrs.evolve(
        _person(),
        email="wangjg@example.com",
        contacts=[
            Contact("phone", "010-65123400", label="女儿"),
            Contact("email", "daughter@example.com", label="女儿"),
        ],
    )
    after_sales = redact(person, Role.AFTER_SALES)
    assert "email" in after_sales.hidden
    assert after_sales["contacts"] == (Contact("phone", "010-65123400", label="女儿"),)
    assert "contacts" in after_sales.masked
    sales = redact(person, Role.SALES)
    assert sales["contacts"] == person.contacts
    assert "contacts" not in sales.masked


# --------------------------------------------------------------------------- JSON


def test_a_redacted_customer_serialises_to_json() -> None:
    data = json.loads(dumps(redact(_person(), Role.CUSTOMER_SERVICE)))
    assert data["number"] == "C000001"
    assert data["role"] == "customer_service"
    assert data["values"]["resident_id"] == "1101**********002X"
    assert data["values"]["mobile"] == "+86 138****8000"
    assert data["values"]["birth_date"] == "1949-12-31"
    assert data["values"]["tags"] == ["vip"]
    assert data["masked"] == [
        "bank_account",
        "email",
        "fax",
        "im_id",
        "mobile",
        "office_phone",
        "phone",
        "resident_id",
    ]
    assert "address" not in data["values"]
    assert "address" in data["hidden"]


def test_an_address_and_contacts_shown_to_sales_serialise_as_objects() -> None:
    data = json.loads(dumps(redact(_person(), Role.SALES)))
    assert data["values"]["address"] == {"text": "北京市朝阳区建国路88号", "postcode": "100022"}
    assert data["values"]["contacts"] == [
        {"kind": "phone", "value": "+861065123400", "label": "女儿", "primary": False}
    ]


def test_a_redacted_complaint_serialises_to_json() -> None:
    data = json.loads(dumps(redact_complaint(_complaint(), Role.SALES)))
    assert data["values"]["level"] == "II"
    assert data["values"]["received_at"] == "2025-09-29T10:00:00+08:00"
    assert "description" not in data["values"]
    assert "description" in data["hidden"]


def test_a_redacted_work_order_serialises_to_json() -> None:
    data = json.loads(dumps(redact_work_order(_work_order(), Role.AFTER_SALES)))
    assert data["values"]["lines"] == [
        {"description": "机油机滤更换", "amount": "420.00", "payer": "self", "kind": "labour"}
    ]
    assert data["values"]["service_types"] == ["maintenance"]
    assert data["hidden"] == []


# --------------------------------------------------------------------------- frames


def test_redacted_views_become_frames_of_the_shown_fields() -> None:
    pd = pytest.importorskip("pandas")
    from autocrm.adapters.pandas import to_frame

    frame = to_frame([redact(_person(), Role.SALES), redact(_company(), Role.SALES)])
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["tax_number"]) == ["1101**********002X", BANK_USCC]
    assert "bank_account" not in frame.columns
    assert frame.loc[0, "kind_label"] == "个人"
    # a nested address spreads over dotted columns
    assert frame.loc[0, "address.text"] == "北京市朝阳区建国路88号"
    assert frame.loc[0, "address.postcode"] == "100022"

    complaints = to_frame([redact_complaint(_complaint(), Role.SALES)])
    assert "description" not in complaints.columns
    assert complaints.loc[0, "level"] == "II"

    orders = to_frame([redact_work_order(_work_order(), Role.SALES)])
    assert "technician" not in orders.columns
    assert orders.loc[0, "mileage_km"] == 15_200
