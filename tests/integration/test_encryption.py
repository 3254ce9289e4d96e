"""Encryption at rest in the SQL archive (extra ``crypto``), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("cryptography")

import attrs  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from tests.integration.conftest import cleared  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from autocrm.adapters.crypto import FieldCipher, generate_key, load_cipher  # noqa: E402
from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.adapters.sqlalchemy.encryption import cipher_of, use_cipher  # noqa: E402
from autocrm.cli import app  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Address,
    Contact,
    Customer,
    Snapshot,
    Vehicle,
)
from autocrm.errors import EncryptionError  # noqa: E402
from autocrm.query import EncryptedField, F, count  # noqa: E402
from autocrm.rules.duplicates import DuplicateReason, find_duplicates  # noqa: E402
from autocrm.testing.strategies import snapshots  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
WANG_ID = "11010519491231002X"
K1, K2 = bytes(range(32)), bytes(range(32, 64))
LOOKUP = b"lookup-key-of-the-test-shop-0001"
PLAIN = ("+8613800138000", "13800138000", WANG_ID, "6222020200112233445", "建国路88号")


def _cipher(current: str = "k1", *, lookup: bytes = LOOKUP, **keys: bytes) -> FieldCipher:
    return FieldCipher(keys or {"k1": K1}, current=current, lookup_key=lookup)


def _wang() -> Customer:
    return Customer(
        name="王建国",
        resident_id=WANG_ID,
        tax_number=WANG_ID,
        mobile="13800138000",
        phone="010-65123456",
        bank_account="6222020200112233445",
        address=Address("北京市朝阳区建国路88号", postcode="100022"),
        contacts=[Contact("mobile", "13900139000", label="女儿")],
    )


def _emptied(engine: sa.Engine) -> sa.Engine:
    cleared(engine)
    use_cipher(engine, None)
    return engine


@pytest.fixture
def engine(module_engine: sa.Engine) -> sa.Engine:
    """The module's database (SQLite, then PostgreSQL), emptied, with no cipher attached."""
    return _emptied(module_engine)


@pytest.fixture
def archive(engine: sa.Engine) -> SqlArchive:
    return SqlArchive(engine, cipher=_cipher())


def _raw(engine: sa.Engine, sql: str) -> str:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(sql).all()
    return json.dumps([[str(value) for value in row] for row in rows], ensure_ascii=False)


def test_the_raw_tables_hold_ciphertext_not_the_values(archive: SqlArchive) -> None:
    wang = archive.add(_wang(), actor="客服-李娜", at=AT)
    archive.update(attrs.evolve(wang, mobile="13700137000"), actor="客服-李娜", at=AT)
    customers = _raw(
        archive.engine,
        "SELECT resident_id, tax_number, mobile, phone, bank_account, address, contacts, "
        "mobile_hash FROM customers",
    )
    audit = _raw(archive.engine, "SELECT old, new FROM audit_entries")
    for plain in (*PLAIN, "+8613700137000", "13700137000", "13900139000", "65123456"):
        assert plain not in customers
        assert plain not in audit
    assert customers.count("enc1:k1:") == 7
    assert "王建国" in _raw(archive.engine, "SELECT name FROM customers")  # the name stays plain


def test_customers_read_back_equal_to_what_was_stored(archive: SqlArchive) -> None:
    wang = archive.add(_wang(), actor="客服-李娜", at=AT)
    assert archive.get(Customer, wang.number) == wang
    assert archive.snapshot().customers == (wang,)
    trail = archive.audit_trail("customer", wang.number)
    assert [e.action.value for e in trail] == ["create"]


def test_find_by_mobile_and_resident_id_through_the_hash(archive: SqlArchive) -> None:
    wang = archive.add(_wang(), actor="客服-李娜", at=AT)
    li = archive.add(Customer(name="李四", mobile="13500135000"), actor="客服-李娜", at=AT)
    archive.add(Vehicle("LFV2A21K3D3109826", wang.number), actor="销售", at=AT)
    numbers = lambda where: [c.number for c in archive.find(Customer, where)]  # noqa: E731
    assert numbers(F.customer.mobile == "+8613800138000") == [wang.number]
    assert numbers(F.customer.resident_id == WANG_ID) == [wang.number]
    assert numbers(F.customer.phone == "+861065123456") == [wang.number]
    assert numbers(F.customer.mobile.in_(["+8613500135000", "+8613800138000"])) == [
        wang.number,
        li.number,
    ]
    assert numbers(F.customer.mobile != "+8613800138000") == [li.number]
    assert numbers(F.customer.resident_id.is_null()) == [li.number]
    assert archive.count(Customer, F.customer.mobile == "+8613999999999") == 0
    cars = archive.find(Vehicle, F.vehicle.customer.mobile == "+8613800138000")
    assert [car.vin for car in cars] == ["LFV2A21K3D3109826"]


@pytest.mark.parametrize(
    "where",
    [
        F.customer.mobile.contains("138"),
        F.customer.tax_number.in_([WANG_ID]),
        F.customer.bank_account == "6222020200112233445",
    ],
    ids=["substring", "in-without-hash", "no-hash"],
)
def test_other_tests_of_an_encrypted_field_are_refused(archive: SqlArchive, where: object) -> None:
    with pytest.raises(EncryptedField) as info:
        archive.find(Customer, where)
    assert info.value.field.startswith("customer.")


def test_grouping_by_an_encrypted_field_is_refused(archive: SqlArchive) -> None:
    with pytest.raises(EncryptedField, match="cannot be grouped"):
        archive.aggregate(Customer, group_by=[F.customer.mobile], measures={"n": count()})


def test_a_shared_number_has_one_hash_across_phone_fields(archive: SqlArchive) -> None:
    a = archive.add(Customer(name="王建国", mobile="13800138000"), actor="a", at=AT)
    b = archive.add(Customer(name="王建囯", phone="13800138000"), actor="a", at=AT)
    hashes = _raw(archive.engine, "SELECT mobile_hash, phone_hash FROM customers ORDER BY id")
    rows = json.loads(hashes)
    assert rows[0][0] == rows[1][1] != "None"
    snapshot = archive.snapshot()
    groups = find_duplicates(snapshot.customers, snapshot.vehicles)
    assert [(g.reason, g.customer_numbers) for g in groups] == [
        (DuplicateReason.SIMILAR_NAME_SAME_PHONE, (a.number, b.number))
    ]


def test_rotation_moves_every_value_to_the_new_key(engine: sa.Engine) -> None:
    old = SqlArchive(engine, cipher=_cipher())
    wang = old.add(_wang(), actor="客服-李娜", at=AT)
    old.update(attrs.evolve(wang, mobile="13700137000"), actor="客服-李娜", at=AT)
    both = SqlArchive(engine, cipher=_cipher("k2", k1=K1, k2=K2))
    assert both.rotate_key() == 1 + 2  # one customer, two audit entries
    stored = _raw(engine, "SELECT mobile, resident_id, contacts FROM customers")
    assert "enc1:k1:" not in stored
    assert stored.count("enc1:k2:") == 3
    new_only = SqlArchive(engine, cipher=_cipher("k2", k2=K2))
    assert new_only.get(Customer, wang.number).mobile == "+8613700137000"
    assert [c.number for c in new_only.find(Customer, F.customer.resident_id == WANG_ID)] == [
        wang.number
    ]
    assert [e.new for e in new_only.audit_trail("customer")] == [None, "+8613700137000"]


def test_rotation_with_a_new_lookup_key_keeps_lookups_working(archive: SqlArchive) -> None:
    wang = archive.add(_wang(), actor="a", at=AT)
    moved = SqlArchive(archive.engine, cipher=_cipher(lookup=b"another-lookup-key-2026-12-04"))
    assert moved.find(Customer, F.customer.mobile == "+8613800138000") == []  # stale hashes
    moved.rotate_key()
    assert [c.number for c in moved.find(Customer, F.customer.mobile == "+8613800138000")] == [
        wang.number
    ]


def test_rotation_encrypts_an_archive_written_in_plain(engine: sa.Engine) -> None:
    plain = SqlArchive(engine)
    wang = plain.add(_wang(), actor="a", at=AT)
    assert "+8613800138000" in _raw(engine, "SELECT mobile FROM customers")
    encrypted = SqlArchive(engine, cipher=_cipher())
    assert encrypted.rotate_key() == 2
    assert "+8613800138000" not in _raw(engine, "SELECT mobile FROM customers")
    assert encrypted.get(Customer, wang.number) == wang
    assert encrypted.find(Customer, F.customer.mobile == "+8613800138000") == [wang]


def test_a_wrong_key_is_a_clear_error(archive: SqlArchive) -> None:
    wang = archive.add(_wang(), actor="a", at=AT)
    wrong = SqlArchive(archive.engine, cipher=_cipher(k1=K2))
    with pytest.raises(EncryptionError, match="key 'k1': the key is wrong") as info:
        wrong.get(Customer, wang.number)
    assert info.value.field == "resident_id"


def test_an_unknown_key_id_and_a_missing_cipher_are_clear_errors(archive: SqlArchive) -> None:
    wang = archive.add(_wang(), actor="a", at=AT)
    other = SqlArchive(archive.engine, cipher=_cipher("k9", k9=K2))
    with pytest.raises(EncryptionError, match="encrypted under key 'k1'"):
        other.snapshot()
    use_cipher(archive.engine, None)
    assert cipher_of(archive.engine) is None
    with pytest.raises(EncryptionError, match="open it with its FieldCipher"):
        SqlArchive(archive.engine).get(Customer, wang.number)
    with pytest.raises(EncryptionError, match="no FieldCipher"):
        SqlArchive(archive.engine).rotate_key()


def test_erasure_works_on_an_encrypted_archive(archive: SqlArchive) -> None:
    wang = archive.add(_wang(), actor="a", at=AT)
    archive.update(attrs.evolve(wang, mobile="13700137000"), actor="a", at=AT)
    archive.anonymise(wang.number, actor="a", at=AT, reason="客户要求删除")
    assert [e.new for e in archive.audit_trail("customer")][1:] == ["[erased]", "客户要求删除"]
    assert archive.find(Customer, F.customer.mobile == "+8613700137000") == []


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"k:1": K1}, "without ':'"),
        ({"k1": b"short"}, "has 32 bytes"),
        ({"k1": "not base64!"}, "URL-safe base64"),
    ],
)
def test_a_malformed_key_is_refused(keys: dict[str, bytes], message: str) -> None:
    with pytest.raises(EncryptionError, match=message):
        FieldCipher(keys, current=next(iter(keys)), lookup_key=LOOKUP)


def test_the_current_key_must_be_held() -> None:
    with pytest.raises(EncryptionError, match="current: 'k2'") as info:
        FieldCipher({"k1": K1}, current="k2", lookup_key=LOOKUP)
    assert info.value.field == "current"


def _key_file(path: Path, current: str, **keys: str) -> Path:
    lines = [f'current = "{current}"', f'lookup_key = "{generate_key()}"', "[keys]"]
    lines += [f'{name} = "{key}"' for name, key in keys.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_rotate_key_command(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/shop.db"
    first, second = generate_key(), generate_key()
    old_file = _key_file(tmp_path / "old.toml", "k1", k1=first)
    archive = SqlArchive.from_url(db, cipher=load_cipher(old_file))
    wang = archive.add(_wang(), actor="a", at=AT)
    archive.engine.dispose()
    new_file = _key_file(tmp_path / "new.toml", "k2", k1=first, k2=second)
    result = CliRunner().invoke(app, ["rotate-key", "--db", db, "--keys", str(new_file)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"2 rows re-encrypted under key 'k2' in {db}"
    final = _key_file(tmp_path / "final.toml", "k2", k2=second)
    reopened = SqlArchive.from_url(db, cipher=load_cipher(final), create=False)
    assert reopened.get(Customer, wang.number) == wang


def test_the_rotate_key_command_refuses_a_missing_archive_and_a_bad_key_file(
    tmp_path: Path,
) -> None:
    keys = _key_file(tmp_path / "keys.toml", "k1", k1=generate_key())
    missing = CliRunner().invoke(
        app, ["rotate-key", "--db", f"sqlite:///{tmp_path}/typo.db", "--keys", str(keys)]
    )
    assert missing.exit_code == 3
    assert "no database at" in missing.output
    assert not (tmp_path / "typo.db").exists()
    (tmp_path / "bad.toml").write_text('current = "k1"\n', encoding="utf-8")
    bad = CliRunner().invoke(
        app, ["rotate-key", "--db", "sqlite://", "--keys", str(tmp_path / "bad.toml")]
    )
    assert bad.exit_code == 1
    assert "needs current, lookup_key and a [keys] table" in bad.output


def test_repr_of_a_customer_masks_its_identifiers() -> None:
    text = repr(_wang())
    for plain in (*PLAIN, "+8613900139000", "+861065123456"):
        assert plain not in text
    assert "'**************002X'" in text
    assert _wang() == _wang()


# -- property: an encrypted archive answers like a plain one ------------------------------

_SQL_SETTINGS = settings(
    max_examples=max(8, settings.default.max_examples // 4),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_SQL_SETTINGS
@given(snap=snapshots(max_customers=4))
def test_an_encrypted_archive_gives_back_what_it_was_given(
    engine: sa.Engine, snap: Snapshot
) -> None:
    engine = _emptied(engine)
    archive = SqlArchive(engine, cipher=_cipher())
    archive.restore(snap)
    assert archive.snapshot() == snap
    memory = MemoryArchive()
    memory.restore(snap)
    for customer in snap.customers:
        wheres = []
        if customer.mobile is not None:
            wheres.append(F.customer.mobile == customer.mobile)
        if customer.resident_id is not None:
            wheres.append(F.customer.resident_id == customer.resident_id)
        for where in wheres:
            assert archive.find(Customer, where) == memory.find(Customer, where)
    plain = _raw(engine, "SELECT mobile, resident_id FROM customers")
    for customer in snap.customers:
        for value in (customer.mobile, customer.resident_id):
            assert value is None or value not in plain
