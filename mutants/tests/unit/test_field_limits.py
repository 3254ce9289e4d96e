"""The domain refuses what the schema cannot store: over-long text and the NUL character.

Every text field carries its limit on its validator; these tests read the limits
from the classes themselves (so a field added later is held to them), check that
they equal the SQL columns' lengths, and try each at the exact boundary.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

from autocrm.adapters.sqlalchemy import tables
from autocrm.adapters.sqlalchemy.encryption import HASHED_FIELDS, EncryptedText, hash_column_name
from autocrm.domain import (
    Address,
    Appointment,
    AuditEntry,
    CallAttempt,
    Complaint,
    Contact,
    Customer,
    FleetAccount,
    FollowUp,
    HandlingRecord,
    MembershipTier,
    OdometerReading,
    OptOut,
    Remedy,
    ReportedIssue,
    Snapshot,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.time import CHINA_TZ
from autocrm.errors import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
VIN = "LFV2A21K3D3109826"

# One valid record of every domain type that has text fields.
BASE: dict[type[Any], Callable[[], Any]] = {
    Address: lambda: Address("北京市朝阳区建国路88号", postcode="100022"),
    Contact: lambda: Contact("other", "微信群", label="车友会"),
    OptOut: lambda: OptOut("marketing", reason="不需要", vin=VIN),
    Customer: lambda: Customer(number="C000001", name="王建国"),
    Vehicle: lambda: Vehicle(VIN, "C000001"),
    OdometerReading: lambda: OdometerReading(VIN, date(2025, 6, 1), 12_480),
    WorkOrderLine: lambda: WorkOrderLine("机油机滤更换", "420.00"),
    WorkOrder: lambda: WorkOrder(
        number="WO1", customer_number="C000001", vin=VIN, opened_at=AT, service_types={"保养"}
    ),
    ReportedIssue: lambda: ReportedIssue("服务态度", "service_advisor"),
    CallAttempt: lambda: CallAttempt(AT, "completed", rating=4),
    FollowUp: lambda: FollowUp(
        number="FU1",
        kind="3dc",
        customer_number="C000001",
        earliest=date(2025, 10, 10),
        due=date(2025, 10, 13),
        latest=date(2025, 10, 13),
    ),
    Remedy: lambda: Remedy("apology"),
    HandlingRecord: lambda: HandlingRecord("listen", AT),
    Complaint: lambda: Complaint(number="TS1", customer_number="C000001", received_at=AT),
    Appointment: lambda: Appointment(
        number="YY1", customer_number="C000001", kind="proactive", booked_at=AT, slot=AT
    ),
    FleetAccount: lambda: FleetAccount(
        "F1", customer_number="C000001", name="某某银行", vehicles=3
    ),
    AuditEntry: lambda: AuditEntry(at=AT, actor="客服-李娜", entity="customer", entity_id="C1"),
    MembershipTier: lambda: MembershipTier("silver", "银卡", discount="0.10"),
}


def _text_fields() -> list[tuple[type[Any], str, int | None, bool]]:
    """(class, field, max length, is a collection of texts) for every text field."""
    found = []
    for cls in BASE:
        for field in attrs.fields(cls):
            validator = field.validator
            if type(validator).__name__ == "TextValidator":
                found.append((cls, field.name, validator.max_length, False))  # type: ignore[union-attr]
            elif type(validator).__name__ == "TextMembersValidator":
                found.append((cls, field.name, validator.max_length, True))  # type: ignore[union-attr]
    return found


TEXT_FIELDS = _text_fields()
LIMITED = [(cls, name, limit, many) for cls, name, limit, many in TEXT_FIELDS if limit is not None]


def _ids(case: tuple[Any, ...]) -> str:
    return f"{case[0].__name__}.{case[1]}"


def _with(cls: type[Any], name: str, text: str, many: bool) -> Any:
    value: object = (text,) if many else text
    return attrs.evolve(BASE[cls](), **{name: value})


def test_every_text_field_of_the_big_records_is_found() -> None:
    found = {(cls.__name__, name) for cls, name, _, _ in TEXT_FIELDS}
    assert {("Customer", "name"), ("Customer", "tags"), ("Vehicle", "insurer")} <= found
    assert {("Complaint", "departments"), ("AuditEntry", "actor")} <= found
    assert len(LIMITED) >= 50


@pytest.mark.parametrize("case", LIMITED, ids=_ids)
def test_a_text_of_the_maximum_length_is_accepted_and_one_more_refused(
    case: tuple[type[Any], str, int, bool],
) -> None:
    cls, name, limit, many = case
    stored = _with(cls, name, "汽" * limit, many)
    assert getattr(stored, name) == ({"汽" * limit} if many else "汽" * limit) or many
    with pytest.raises(InvalidLength) as caught:
        _with(cls, name, "汽" * (limit + 1), many)
    assert caught.value.field == (f"{name}[0]" if many else name)
    assert f"at most {limit} characters, got {limit + 1}" in str(caught.value)


@pytest.mark.parametrize("case", TEXT_FIELDS, ids=_ids)
def test_a_nul_character_is_refused_in_every_text_field(
    case: tuple[type[Any], str, int | None, bool],
) -> None:
    cls, name, _, many = case
    with pytest.raises(InvalidFormat) as caught:
        _with(cls, name, "王\x00建国", many)
    assert caught.value.field == (f"{name}[0]" if many else name)
    assert "NUL" in str(caught.value)


def test_customer_names_and_tags_have_the_column_limits() -> None:
    assert len(Customer(name="王" * 200, tags={"标" * 200}).name) == 200
    with pytest.raises(InvalidLength) as caught:
        Customer(name="王" * 201)
    assert caught.value.field == "name"
    with pytest.raises(InvalidLength) as caught:
        Customer(name="王建国", tags={"vip", "标" * 201})
    assert caught.value.field == "tags[0]" or caught.value.field == "tags[1]"


def test_categories_refuse_nul_in_keys_and_values() -> None:
    with pytest.raises(InvalidFormat) as caught:
        Customer(name="王建国", categories={"source": "re\x00ferral"})
    assert caught.value.field == "categories['source']"
    with pytest.raises(InvalidFormat):
        Customer(name="王建国", categories={"so\x00urce": "referral"})


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda n: OdometerReading(VIN, date(2025, 6, 1), n), "km"),
        (lambda n: Vehicle(VIN, "C1", warranty_km=n), "warranty_km"),
        (lambda n: Customer(name="王建国", version=n), "version"),
        (lambda n: FleetAccount("F1", customer_number="C1", name="某", vehicles=n), "vehicles"),
    ],
    ids=["km", "warranty_km", "version", "vehicles"],
)
def test_whole_numbers_stop_at_the_32_bit_column_limit(
    make: Callable[[int], Any], field: str
) -> None:
    assert getattr(make(2**31 - 1), field) == 2**31 - 1
    with pytest.raises(InvalidComponent) as caught:
        make(2**31)
    assert caught.value.field == field


def test_the_customer_sequence_stops_at_64_bits() -> None:
    assert Snapshot(customer_sequence=2**63 - 1).customer_sequence == 2**63 - 1
    with pytest.raises(InvalidComponent) as caught:
        Snapshot(customer_sequence=2**63)
    assert caught.value.field == "customer_sequence"


def test_a_line_amount_fits_the_money_column() -> None:
    top = Decimal("999999999999.99")
    assert WorkOrderLine("整车更换", top).amount == top
    with pytest.raises(InvalidComponent) as caught:
        WorkOrderLine("整车更换", 10**12)
    assert caught.value.field == "amount"


def test_a_bank_account_with_spaces_fits_its_column() -> None:
    assert Customer(name="王建国", bank_account="6222 0202 0000 1234").bank_account
    spaced = " ".join("6222020200001234")  # 16 digits, 31 characters
    assert Customer(name="王建国", bank_account=spaced).bank_account == spaced
    with pytest.raises(InvalidFormat) as caught:
        Customer(name="王建国", bank_account="  ".join("62220202000012345"))  # 49 characters
    assert caught.value.field == "bank_account"


# --- The limits are the schema's -----------------------------------------------------------

# Table -> domain class, and the columns whose domain field has another name.
TABLE_CLASSES: dict[str, tuple[type[Any], dict[str, str]]] = {
    "customers": (Customer, {}),
    "customer_tags": (Customer, {"customer_number": "number", "tag": "tags"}),
    "vehicles": (Vehicle, {}),
    "vehicle_tags": (Vehicle, {"tag": "tags"}),
    "odometer_readings": (OdometerReading, {}),
    "work_orders": (WorkOrder, {}),
    "work_order_service_types": (
        WorkOrder,
        {"work_order_number": "number", "service_type": "service_types"},
    ),
    "work_order_lines": (WorkOrderLine, {"work_order_number": ""}),
    "followups": (FollowUp, {}),
    "call_attempts": (CallAttempt, {"followup_number": ""}),
    "call_attempt_issues": (ReportedIssue, {"followup_number": "", "job_position": "position"}),
    "complaints": (Complaint, {}),
    "complaint_departments": (
        Complaint,
        {"complaint_number": "number", "department": "departments"},
    ),
    "appointments": (Appointment, {}),
    "appointment_service_types": (
        Appointment,
        {"appointment_number": "number", "service_type": "service_types"},
    ),
    "fleet_accounts": (FleetAccount, {}),
    "audit_entries": (AuditEntry, {}),
}
# Fields an identifier module normalises, with the longest normal form it returns, and
# the bank account, whose own check counts its characters (see the test above).
IDENTIFIER_LENGTHS = {
    "bank_account": 40,
    "resident_id": 18,
    "uscc": 18,
    "mobile": 16,
    "phone": 16,
    "office_phone": 16,
    "fax": 16,
    "plate": 9,
    "vin": 17,
}
# String columns that hold no domain field, with the reason.
NOT_DOMAIN_FIELDS = {
    "work_order_lines.work_order_number": "the parent's key, checked on work_orders",
    "sequences.name": "a counter's name",
    **{
        f"customers.{hash_column_name(name)}": (
            "a keyed look-up hash of an encrypted field (migration 0004): a hex digest, "
            "not a value the domain holds"
        )
        for name in HASHED_FIELDS
    },
}
# Customer fields whose column holds ciphertext when the archive encrypts, with the
# length their plain column had before migration 0004: the domain keeps that limit.
PLAIN_LENGTHS = {
    "resident_id": 18,
    "mobile": 32,
    "phone": 32,
    "office_phone": 32,
    "fax": 32,
    "bank_account": 40,
    "tax_number": 40,
}


def _column_type(column: Any) -> Any:
    """The column's storage type: a TypeDecorator's underlying type."""
    kind = column.type
    return kind.impl_instance if isinstance(kind, tables.sa.types.TypeDecorator) else kind


def _string_columns() -> list[tuple[str, str, int]]:
    return [
        (table.name, column.name, _column_type(column).length)
        for table in tables.metadata.sorted_tables
        for column in table.columns
        if isinstance(_column_type(column), tables.sa.String)
        and _column_type(column).length is not None
    ]


def test_the_hash_columns_are_seen_and_excluded() -> None:
    columns = {f"{table}.{column}" for table, column, _ in _string_columns()}
    hashes = {name for name in NOT_DOMAIN_FIELDS if name.endswith("_hash")}
    assert len(hashes) == len(HASHED_FIELDS)
    assert hashes <= columns


def test_encrypted_columns_hold_any_ciphertext_and_the_domain_keeps_the_plain_limit() -> None:
    encrypted = {
        column.name: _column_type(column)
        for column in tables.customers.columns
        if isinstance(column.type, EncryptedText)
    }
    assert set(PLAIN_LENGTHS) <= set(encrypted)
    for name, storage in encrypted.items():
        # Unbounded text: a ciphertext (prefix, key id, nonce, tag, base64) is longer than
        # its plain value, so no VARCHAR(n) sized for the plain value would hold it.
        assert isinstance(storage, tables.sa.Text), name
        assert storage.length is None, name
    for name, length in PLAIN_LENGTHS.items():
        if name in IDENTIFIER_LENGTHS:
            assert IDENTIFIER_LENGTHS[name] <= length, name
        else:
            assert _limit_of(attrs.fields_dict(Customer)[name]) == length, name


def _limit_of(field: attrs.Attribute[Any]) -> int | None:
    validator = field.validator
    if type(validator).__name__ in {"TextValidator", "TextMembersValidator"}:
        return validator.max_length  # type: ignore[union-attr,no-any-return]
    return None


@pytest.mark.parametrize(
    ("table", "column", "length"), _string_columns(), ids=lambda v: str(v) if v else ""
)
def test_each_string_column_has_the_same_limit_in_the_domain(
    table: str, column: str, length: int
) -> None:
    if f"{table}.{column}" in NOT_DOMAIN_FIELDS or table == "sequences":
        return
    cls, renamed = TABLE_CLASSES[table]
    name = renamed.get(column, column)
    if not name:  # the key of the parent record, checked on the parent's table
        return
    field = attrs.fields_dict(cls)[name]
    if name in IDENTIFIER_LENGTHS:
        assert IDENTIFIER_LENGTHS[name] <= length
        return
    enum_type = _enum_of(cls, name)
    if enum_type is not None:
        assert max(len(member.value) for member in enum_type) <= length
        return
    assert _limit_of(field) == length, f"{cls.__name__}.{name}"


def _enum_of(cls: type[Any], name: str) -> type[enum.Enum] | None:
    hint = typing.get_type_hints(cls)[name]
    for candidate in typing.get_args(hint) or (hint,):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def test_the_contract_check_can_fail() -> None:
    field = attrs.fields_dict(Customer)["name"]
    assert _limit_of(field) == 200
    assert _limit_of(attrs.fields_dict(Customer)["birth_date"]) is None
    # a column the domain does not limit is reported, not skipped
    with pytest.raises(AssertionError):
        test_each_string_column_has_the_same_limit_in_the_domain("customers", "name", 199)


def test_a_validation_error_names_every_wrong_text() -> None:
    with pytest.raises(ValidationError) as caught:
        Vehicle(VIN, "C1", insurer="保" * 201)
    assert caught.value.field == "insurer"
