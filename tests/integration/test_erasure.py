"""Erasure (PIPL): ``archive.anonymise`` on the memory archive, SQLite and PostgreSQL.

After erasure no personal value of the customer survives in the record, the audit
trail or a backup written from the archive; the other customers are untouched.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy")

import attrs  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from tests.integration.conftest import archive_engine, cleared  # noqa: E402

from autocrm.adapters.json import export_jsonl  # noqa: E402
from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Address,
    AuditAction,
    Contact,
    Customer,
    FleetAccount,
    Vehicle,
)
from autocrm.domain.identifiers import ric  # noqa: E402
from autocrm.erasure import ERASED, ERASED_FIELDS  # noqa: E402
from autocrm.errors import ConcurrentUpdate, InvalidFormat, NotFound  # noqa: E402
from autocrm.ports import Repository  # noqa: E402
from autocrm.rules.anonymisation import anonymise  # noqa: E402
from autocrm.testing.strategies import mobile_phones, plates, resident_ids, vins  # noqa: E402

AT = datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ)
LATER = datetime(2026, 1, 5, 9, 0, tzinfo=CHINA_TZ)
REASON = "客户依法要求删除个人信息"
WANG_ID = "11010519491231002X"


@pytest.fixture(scope="module")
def postgres_archive_engine() -> Iterator[sa.Engine]:
    """One PostgreSQL schema with the tables for the module (emptied before each test)."""
    yield from archive_engine("postgres")


@pytest.fixture(scope="module")
def sqlite_archive_engine() -> Iterator[sa.Engine]:
    """One SQLite database in memory with the tables for the module."""
    yield from archive_engine("sqlite")


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def archive(request: pytest.FixtureRequest) -> Repository:
    """An empty archive: in memory, SQLite in memory, PostgreSQL."""
    if request.param == "memory":
        return MemoryArchive()
    engine = request.getfixturevalue(f"{request.param}_archive_engine")
    cleared(engine)
    return SqlArchive(engine)


def _wang() -> Customer:
    return Customer(
        name="王建国",
        birth_date=date(1949, 12, 31),
        resident_id=WANG_ID,
        tax_number=WANG_ID,
        mobile="13800138000",
        phone="010-65123456",
        email="wangjg@example.com",
        address=Address("北京市朝阳区建国路88号", postcode="100022"),
        bank="中国工商银行",
        bank_account="6222020200112233445",
        contacts=[Contact("mobile", "13900139000", label="女儿")],
        region="北京",
        tags={"vip"},
    )


def _store_wang(archive: Repository) -> Customer:
    wang = archive.add(_wang(), actor="客服-李娜", at=AT)
    wang = archive.update(
        attrs.evolve(wang, mobile="13700137000", bank_account="6222020200998877665"),
        actor="客服-李娜",
        at=AT,
    )
    archive.add(
        Vehicle("LFV2A21K3D3109826", wang.number, plate="京A12345"), actor="销售-张伟", at=AT
    )
    car = archive.get(Vehicle, "LFV2A21K3D3109826")
    archive.update(attrs.evolve(car, plate="京B54321"), actor="销售-张伟", at=AT)
    archive.add(
        FleetAccount("F00001", customer_number=wang.number, name="王建国", vehicles=1),
        actor="销售-张伟",
        at=AT,
    )
    return wang


_WANG_VALUES = (
    "王建国",
    WANG_ID,
    "+8613800138000",
    "+8613700137000",
    "+8613900139000",
    "+861065123456",
    "wangjg@example.com",
    "北京市朝阳区建国路88号",
    "6222020200112233445",
    "6222020200998877665",
    "1949-12-31",
    "京A12345",
    "京B54321",
)


def _export(archive: Repository) -> str:
    buffer = io.StringIO()
    export_jsonl(archive.snapshot(), buffer)
    return buffer.getvalue()


def test_storing_an_anonymised_record_leaves_the_values_in_the_trail(archive: Repository) -> None:
    # Finding 6 as it was reported: update(anonymise(c)) is not an erasure.
    wang = _store_wang(archive)
    archive.update(anonymise(wang), actor="客服-李娜", at=LATER)
    assert WANG_ID in _export(archive)


def test_erasure_leaves_no_personal_value_in_a_backup(archive: Repository) -> None:
    wang = _store_wang(archive)
    erased = archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    assert erased.name == "匿名客户C000001"
    assert erased.anonymised
    assert erased.resident_id is None
    assert erased.contacts == ()
    assert erased.birth_date == date(1949, 1, 1)
    assert erased.version == wang.version + 1
    assert archive.get(Customer, wang.number) == erased
    text = _export(archive)
    assert [value for value in _WANG_VALUES if value in text] == []


def test_erasure_keeps_who_when_and_which_field(archive: Repository) -> None:
    wang = _store_wang(archive)
    before = archive.audit_trail("customer", wang.number)
    archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    after = archive.audit_trail("customer", wang.number)
    assert len(after) == len(before) + 1
    for old, new in zip(before, after[:-1], strict=True):
        assert (new.at, new.actor, new.field, new.action) == (
            old.at,
            old.actor,
            old.field,
            old.action,
        )
    updates = [(e.field, e.old, e.new) for e in after if e.action is AuditAction.UPDATE]
    assert updates == [("mobile", ERASED, ERASED), ("bank_account", ERASED, ERASED)]
    last = after[-1]
    assert (last.action, last.actor, last.at, last.field, last.new) == (
        AuditAction.ANONYMISE,
        "客服-李娜",
        LATER,
        "reason",
        REASON,
    )
    plates = [(e.field, e.old, e.new) for e in archive.audit_trail("vehicle")]
    assert plates == [(None, None, None), ("plate", ERASED, ERASED)]


def test_erasure_removes_plates_and_fleet_account_names(archive: Repository) -> None:
    wang = _store_wang(archive)
    archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    car = archive.get(Vehicle, "LFV2A21K3D3109826")
    assert car.plate is None
    assert car.version == 3
    account = archive.get(FleetAccount, "F00001")
    assert account.name == "匿名客户C000001"
    assert account.version == 2


def test_a_second_erasure_writes_nothing(archive: Repository) -> None:
    wang = _store_wang(archive)
    first = archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    snapshot = archive.snapshot()
    second = archive.anonymise(wang.number, actor="客服-王芳", at=LATER, reason="再次要求")
    assert second == first
    assert archive.snapshot() == snapshot
    kinds = [e.action for e in archive.audit_trail("customer", wang.number)]
    assert kinds.count(AuditAction.ANONYMISE) == 1


def test_new_personal_data_after_an_erasure_are_erased_again(archive: Repository) -> None:
    wang = _store_wang(archive)
    erased = archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    archive.update(attrs.evolve(erased, mobile="13600136000"), actor="客服-李娜", at=LATER)
    archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    assert "+8613600136000" not in _export(archive)
    kinds = [e.action for e in archive.audit_trail("customer", wang.number)]
    assert kinds.count(AuditAction.ANONYMISE) == 2


def test_a_copy_read_before_the_erasure_cannot_write_the_values_back(
    archive: Repository,
) -> None:
    wang = _store_wang(archive)
    stale = archive.get(Customer, wang.number)
    archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    with pytest.raises(ConcurrentUpdate):
        archive.update(attrs.evolve(stale, occupation="教师"), actor="销售-张伟", at=LATER)


def test_erasure_is_all_or_nothing(archive: Repository) -> None:
    wang = _store_wang(archive)
    before = archive.snapshot()

    def erase_then_fail() -> None:
        with archive.unit_of_work() as uow:
            uow.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
            raise RuntimeError("the connection dropped")

    with pytest.raises(RuntimeError, match="connection dropped"):
        erase_then_fail()
    assert archive.snapshot() == before


def test_erasure_leaves_other_customers_alone(archive: Repository) -> None:
    wang = _store_wang(archive)
    li = archive.add(
        Customer(name="李四", mobile="13500135000", resident_id="440306198503151234"),
        actor="客服-李娜",
        at=AT,
    )
    li = archive.update(attrs.evolve(li, mobile="13500135001"), actor="客服-李娜", at=AT)
    trail = archive.audit_trail("customer", li.number)
    archive.anonymise(wang.number, actor="客服-李娜", at=LATER, reason=REASON)
    assert archive.get(Customer, li.number) == li
    assert archive.audit_trail("customer", li.number) == trail


@pytest.mark.parametrize(
    ("number", "actor", "reason", "error", "field"),
    [
        ("C999999", "客服-李娜", REASON, NotFound, None),
        ("C000001", "客服-李娜", " ", InvalidFormat, "reason"),
        ("C000001", "客服-李娜", None, InvalidFormat, "reason"),
        ("C000001", "", REASON, InvalidFormat, "actor"),
    ],
)
def test_erasure_refuses_bad_requests_and_writes_nothing(
    archive: Repository,
    number: str,
    actor: str,
    reason: Any,
    error: type[Exception],
    field: str | None,
) -> None:
    _store_wang(archive)
    before = archive.snapshot()
    with pytest.raises(error) as info:
        archive.anonymise(number, actor=actor, at=LATER, reason=reason)
    if field is not None:
        assert getattr(info.value, "field", None) == field
    assert archive.snapshot() == before


# -- property: nothing personal survives in a backup; others unchanged -----------------------

_NAMES = st.text("甲乙丙丁戊己庚辛壬癸", min_size=3, max_size=4).map(lambda s: "赵" + s)
_LANDLINES = st.integers(min_value=60000000, max_value=69999999).map(lambda n: f"010-{n}")
_ACCOUNTS = st.text("0123456789", min_size=13, max_size=19).map(lambda s: "6" + s)


@st.composite
def _people(draw: st.DrawFn) -> Customer:
    resident_id = draw(st.one_of(st.none(), resident_ids()))
    return Customer(
        name=draw(_NAMES),
        resident_id=resident_id,
        tax_number=resident_id,
        birth_date=None if resident_id is None else ric.birth_date(resident_id),
        mobile=draw(st.one_of(st.none(), mobile_phones())),
        phone=draw(st.one_of(st.none(), _LANDLINES)),
        email=draw(st.one_of(st.none(), st.from_regex(r"[a-z]{6,8}@example\.com", fullmatch=True))),
        address=draw(
            st.one_of(
                st.none(),
                st.integers(min_value=1, max_value=9999).map(
                    lambda n: Address(f"杭州市西湖区文三路{n}号", postcode="310012")
                ),
            )
        ),
        bank_account=draw(st.one_of(st.none(), _ACCOUNTS)),
        contacts=draw(st.lists(mobile_phones().map(lambda m: Contact("mobile", m)), max_size=1)),
        tags={"vip"},
    )


@st.composite
def _histories(draw: st.DrawFn) -> list[tuple[Customer, list[Customer], list[Vehicle], bool]]:
    """Customers, each with later versions of itself, vehicles and maybe a fleet account."""
    used_vins: set[str] = set()
    histories = []
    for _ in range(draw(st.integers(min_value=2, max_value=3))):  # the victim and others
        person = draw(_people())
        changes = draw(st.lists(_people(), max_size=1))
        cars = []
        for vin in draw(st.lists(vins(), max_size=2)):
            if vin not in used_vins:
                used_vins.add(vin)
                cars.append(Vehicle(vin, "-", plate=draw(st.one_of(st.none(), plates()))))
        histories.append((person, changes, cars, draw(st.booleans())))
    return histories


def _personal_values(customer: Customer) -> set[str]:
    values = {
        customer.name,
        *(getattr(customer, name) for name in ("resident_id", "mobile", "phone", "email")),
        customer.bank_account,
        customer.tax_number,
        None if customer.address is None else customer.address.text,
        *(contact.value for contact in customer.contacts),
    }
    return {value for value in values if value}


def _build(archive: Repository, histories: Any) -> list[tuple[str, set[str]]]:
    """Write the histories; return each customer's number and every personal value it had."""
    result = []
    for person, changes, cars, fleet in histories:
        stored = archive.add(person, actor="客服-李娜", at=AT)
        values = _personal_values(person)
        for change in changes:
            new = attrs.evolve(change, number=stored.number, version=stored.version)
            stored = archive.update(new, actor="客服-李娜", at=AT)
            values |= _personal_values(change)
        for car in cars:
            archive.add(attrs.evolve(car, customer_number=stored.number), actor="销售", at=AT)
            if car.plate:
                values.add(car.plate)
        if fleet:
            account = FleetAccount(
                f"F{stored.number}", customer_number=stored.number, name=stored.name, vehicles=1
            )
            archive.add(account, actor="销售", at=AT)
        result.append((stored.number, values))
    return result


def _lines_not_of(text: str, number: str, archive: Repository) -> list[str]:
    """The backup lines of records other than the customer's, its vehicles and accounts.

    The header and the closing manifest (whose digests cover every line) are left out.
    """
    own = {number, f"F{number}"} | {
        car.vin for car in archive.snapshot().vehicles if car.customer_number == number
    }
    return [line for line in text.splitlines()[1:-1] if not any(f'"{key}"' in line for key in own)]


def _check_erasure(archive: Repository, histories: Any, victim: int) -> None:
    people = _build(archive, histories)
    number, values = people[victim % len(people)]
    before = _export(archive)
    others_before = _lines_not_of(before, number, archive)
    # A value another customer holds too stays theirs; a scrubbed value must vanish.
    own_values = {v for v in values if not any(v in line for line in others_before)}
    others = {n: archive.get(Customer, n) for n, _ in people if n != number}

    archive.anonymise(number, actor="客服-李娜", at=LATER, reason=REASON)

    after = _export(archive)
    assert sorted(v for v in own_values if v in after) == []
    assert _lines_not_of(after, number, archive) == others_before
    assert {n: archive.get(Customer, n) for n in others} == others
    for entry in archive.audit_trail("customer", number):
        if entry.field in ERASED_FIELDS["customer"]:
            assert {entry.old, entry.new} <= {None, ERASED}


_SETTINGS = settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
#: A database round trip per write: a quarter of the profile's examples (8 in dev, 50 in ci).
_SQL_SETTINGS = settings(_SETTINGS, max_examples=max(8, settings.default.max_examples // 4))


@_SETTINGS
@given(histories=_histories(), victim=st.integers(min_value=0, max_value=2))
def test_memory_erasure_leaves_nothing_personal_in_a_backup(histories: Any, victim: int) -> None:
    _check_erasure(MemoryArchive(), histories, victim)


@_SQL_SETTINGS
@given(histories=_histories(), victim=st.integers(min_value=0, max_value=2))
def test_sql_erasure_leaves_nothing_personal_in_a_backup(
    fresh_sql_archive: Callable[[], SqlArchive], histories: Any, victim: int
) -> None:
    _check_erasure(fresh_sql_archive(), histories, victim)
