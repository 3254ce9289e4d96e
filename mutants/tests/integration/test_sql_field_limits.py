"""The longest values the domain accepts are stored and read back unchanged on every engine."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

sa = pytest.importorskip("sqlalchemy")

from autocrm.adapters.crypto import FieldCipher  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.adapters.sqlalchemy.encryption import use_cipher  # noqa: E402
from autocrm.domain import (  # noqa: E402
    Address,
    Appointment,
    AuditEntry,
    CallAttempt,
    Complaint,
    Contact,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.text import (  # noqa: E402
    ACCOUNT_LENGTH,
    EMAIL_LENGTH,
    KEY_LENGTH,
    LONG_TEXT_LENGTH,
    NAME_LENGTH,
    SHORT_TEXT_LENGTH,
)
from autocrm.domain.time import CHINA_TZ  # noqa: E402
from autocrm.errors import InvalidLength  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
VIN = "LFV2A21K3D3109826"
BIG = 2**31 - 1


def _text(length: int, char: str = "汽") -> str:
    # Multi-byte characters: PostgreSQL counts characters, not bytes, in VARCHAR(n).
    return char * length


def _key(prefix: str) -> str:
    # Not of the archive's C-and-digits form: a customer-number sequence beyond 64 bits
    # is a different limit (the counter's), not the column's.
    return prefix + "-" + "汽" * (KEY_LENGTH - len(prefix) - 1)


@pytest.fixture
def archive(engine: sa.Engine) -> SqlArchive:
    upgrade(engine)
    return SqlArchive(engine)


def test_maximum_length_values_store_and_read_back(archive: SqlArchive) -> None:
    name, long = _text(NAME_LENGTH), _text(LONG_TEXT_LENGTH)
    customer = archive.add(
        Customer(
            number=_key("C"),
            name=name,
            email="a" * (EMAIL_LENGTH - 7) + "@qq.com",
            im_id=name,
            occupation=name,
            region=name,
            bank=name,
            tax_number="9" * ACCOUNT_LENGTH,
            owner=name,
            tags={name, _text(NAME_LENGTH, "标")},
            categories={"备注": _text(5000)},
            version=0,
        ),
        actor=name,
        at=AT,
    )
    short = _text(SHORT_TEXT_LENGTH)
    records = [
        Vehicle(
            VIN,
            customer.number,
            engine_number=short,
            chassis_number=short,
            key_number=short,
            brand=name,
            model=name,
            model_class=name,
            colour=short,
            use=short,
            insurer=name,
            insurer_contact=name,
            tags={name},
            first_visit_km=BIG,
            warranty_km=BIG,
        ),
        WorkOrder(
            number=_key("WO"),
            customer_number=customer.number,
            vin=VIN,
            opened_at=AT,
            service_types={"保养"},
            mileage_km=BIG,
            lines=[WorkOrderLine(long, Decimal("999999999999.99"))],
            service_advisor=name,
            technician=name,
            appointment_number=_key("YY"),
            remarks=_text(10_000),
        ),
        FollowUp(
            number=_key("FU"),
            kind="3dc",
            customer_number=customer.number,
            vin=_key("V"),
            work_order_number=_key("WO"),
            complaint_number=_key("TS"),
            earliest=date(2025, 10, 10),
            due=date(2025, 10, 13),
            latest=date(2025, 10, 13),
            assigned_to=name,
            rule=long,
            attempts=[CallAttempt(AT, "completed", by=name, rating=10, opinion=_text(10_000))],
        ),
        Complaint(
            number=_key("TS"),
            customer_number=customer.number,
            received_at=AT,
            handler=name,
            departments=(name,),
            satisfaction=BIG,
            description=_text(10_000),
        ),
        Appointment(
            number=_key("YY"),
            customer_number=customer.number,
            kind="passive",
            booked_at=AT,
            slot=AT + timedelta(days=1),
            channel=short,
            offer=long,
        ),
        FleetAccount(
            _key("F"), customer_number=customer.number, name=name, vehicles=BIG, vehicles_served=BIG
        ),
    ]
    for record in records:
        stored = archive.add(record, actor=name, at=AT)
        key = stored.vin if isinstance(stored, Vehicle) else stored.number
        assert archive.get(type(stored), key) == stored
    reading = archive.add(
        OdometerReading(VIN, date(2025, 6, 1), BIG, source=name), actor=name, at=AT
    )
    assert archive.find(OdometerReading) == [reading]
    assert archive.get(Customer, customer.number) == customer
    trail = archive.audit_trail(Customer, customer.number)
    assert trail[0].actor == name


def test_an_audit_entry_of_maximum_lengths_is_valid() -> None:
    entry = AuditEntry(
        at=AT,
        actor=_text(NAME_LENGTH),
        entity="c" * 32,
        entity_id=_key("C"),
        field="f" * SHORT_TEXT_LENGTH,
    )
    assert len(entry.actor) == NAME_LENGTH
    with pytest.raises(InvalidLength):
        AuditEntry(at=AT, actor=_text(NAME_LENGTH + 1), entity="customer", entity_id="C1")


@pytest.fixture
def encrypted(engine: sa.Engine) -> Iterator[SqlArchive]:
    upgrade(engine)
    cipher = FieldCipher(
        {"k1": bytes(range(32))}, current="k1", lookup_key=b"lookup-key-0001-of-the-shop"
    )
    yield SqlArchive(engine, cipher=cipher)
    use_cipher(engine, None)  # the engine is the module's: the next test starts in plain


def test_encrypted_fields_of_maximum_length_store_and_read_back(encrypted: SqlArchive) -> None:
    # The domain keeps the limits of the plain values; the columns hold their ciphertext,
    # which is longer (prefix, key id, nonce, tag, base64).
    bank_account = " ".join("62220202000012345678") + " "  # 20 digits, 40 characters
    customer = Customer(
        name="王建国",
        resident_id="11010519491231002X",
        mobile="+8613800138000",
        phone="+8613800138000",
        office_phone="+8613800138000",
        fax="+8613800138000",
        bank_account=bank_account,
        tax_number="9" * ACCOUNT_LENGTH,
        address=Address(_text(5000), postcode="100022"),
        contacts=[Contact("mobile", "13900139000", label=_text(NAME_LENGTH))],
    )
    assert len(bank_account) == ACCOUNT_LENGTH
    stored = encrypted.add(customer, actor="客服-李娜", at=AT)
    assert encrypted.get(Customer, stored.number) == stored
    with encrypted.engine.connect() as connection:  # past the column types: the raw text
        raw = connection.exec_driver_sql("SELECT bank_account, tax_number FROM customers").one()
    assert all(value.startswith("enc1:") and len(value) > ACCOUNT_LENGTH for value in raw)
