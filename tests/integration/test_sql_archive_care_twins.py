"""The SQL twins of ``find_duplicates`` and ``assign_fleet_classes`` give the pure rules'
answers, on SQLite, PostgreSQL (when its URL is set) and DuckDB.

The archives are drawn from small pools of values so that records collide: the same
mobile, a phone written two ways, a mobile given as another customer's office phone,
names equal up to spaces, width, punctuation or a company suffix, names one character
apart, shared resident IDs and credit codes, customers merged into another; fleet
accounts on the edges of the class thresholds, some with a class set by hand.
"""

from __future__ import annotations

from datetime import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.integration.conftest import restored, writing_examples

from autocrm.adapters.sqlalchemy import SqlArchive, upgrade
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.domain import CHINA_TZ, Customer, FleetAccount, Snapshot, Vehicle
from autocrm.domain.customer import CustomerKind
from autocrm.domain.fleet import FleetClass, PurchasePlan
from autocrm.domain.identifiers import ric, uscc
from autocrm.errors import AutocrmError, InvalidFormat, UnsupportedType
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.duplicates import DuplicateReason, find_duplicates
from autocrm.rules.fleet import FleetPolicy, assign_fleet_classes
from autocrm.testing import strategies as s

sa = pytest.importorskip("sqlalchemy")

PERSON_NAMES = (
    "王建国", "王建囯", "王 建国", "王建", "王健", "李娜", "李娜娜", "欧阳明月", "欧阳明日",
)  # fmt: skip
COMPANY_NAMES = (
    "北京某某物流有限公司",
    "北京某某物流",
    "北京某某物流公司",
    "北京某某物流（分公司）",
    "ＡＢＣ汽车服务有限公司",
    "abc汽车服务",
    "某某银行",
)
#: Phones: one number written two ways, mobiles also used as office phones.
PHONES = ("010-65123456", "010 6512 3456", "13800138000", "13900139000", "021-55667788")
MOBILES = ("13800138000", "13900139000", "18612345678")
RESIDENT_IDS = tuple(
    draft[:17] + ric.check_digit(draft) for draft in ("110105194912310020", "110105198403010020")
)
USCCS = tuple(
    draft[:17] + uscc.check_digit(draft) for draft in ("911100006000373410", "911100008021004330")
)


def _maybe(values: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), st.sampled_from(values))


@st.composite
def customer_archives(draw: st.DrawFn) -> Snapshot:
    """Up to eight customers drawn from the pools, a few merged, with a car each at most."""
    people: list[Customer] = []
    cars: list[Vehicle] = []
    count = draw(st.integers(min_value=1, max_value=8))
    numbers = [f"C{i + 1:06d}" for i in range(count)]
    for index, number in enumerate(numbers):
        phones = {
            "mobile": draw(_maybe(MOBILES)),
            "phone": draw(_maybe(PHONES)),
            "office_phone": draw(_maybe(PHONES)),
        }
        if draw(st.booleans()):
            rid = draw(_maybe(RESIDENT_IDS))
            person = Customer(
                number=number,
                name=draw(st.sampled_from(PERSON_NAMES)),
                kind=CustomerKind.PERSON,
                resident_id=rid,
                birth_date=None if rid is None else ric.birth_date(rid),
                **phones,
            )
        else:
            person = Customer(
                number=number,
                name=draw(st.sampled_from(COMPANY_NAMES)),
                kind=CustomerKind.COMPANY,
                uscc=draw(_maybe(USCCS)),
                **phones,
            )
        if index and draw(st.integers(0, 4)) == 0:
            person = attrs.evolve(person, merged_into=draw(st.sampled_from(numbers[:index])))
        people.append(person)
        if draw(st.booleans()):
            car = draw(s.vehicles(customer_number=number))
            if car.vin not in {c.vin for c in cars}:
                cars.append(car)
    return Snapshot(customers=people, vehicles=cars, customer_sequence=count)


@st.composite
def fleet_archives(draw: st.DrawFn) -> Snapshot:
    """Fleet accounts on the edges of the default thresholds (20 and 50 vehicles)."""
    accounts = []
    for index in range(draw(st.integers(min_value=0, max_value=6))):
        size = draw(st.sampled_from((0, 3, 19, 20, 21, 49, 50, 51, 100, 120)))
        accounts.append(
            FleetAccount(
                f"F{index + 1:05d}",
                customer_number=f"C{index + 1:06d}",
                name=draw(st.sampled_from(COMPANY_NAMES)),
                vehicles=size,
                vehicles_served=draw(st.integers(min_value=0, max_value=size)),
                influential=draw(st.booleans()),
                purchase_plan=draw(st.sampled_from(PurchasePlan)),
                fleet_class=draw(st.one_of(st.none(), st.none(), st.sampled_from(FleetClass))),
            )
        )
    return Snapshot(fleet_accounts=accounts)


FLEET_POLICIES = st.one_of(
    st.just(FleetPolicy()),
    st.tuples(st.sampled_from((0, 20, 21, 50, 100)), st.sampled_from((0, 19, 20, 50))).map(
        lambda pair: FleetPolicy(a_min_vehicles=max(pair), b_min_vehicles=min(pair))
    ),
)
ARCHIVE_POLICIES = st.builds(ArchivePolicy, similar_name_max_edits=st.sampled_from((0, 1, 2)))


@writing_examples()
@given(snapshot=customer_archives(), policy=ARCHIVE_POLICIES)
def test_the_duplicates_twin_equals_the_pure_rule(
    module_engine: sa.Engine, snapshot: Snapshot, policy: ArchivePolicy
) -> None:
    archive = restored(module_engine, snapshot)
    expected = find_duplicates(snapshot.customers, snapshot.vehicles, policy=policy)
    assert twins.find_duplicates(archive, policy=policy) == expected


@writing_examples()
@given(snapshot=fleet_archives(), policy=FLEET_POLICIES)
def test_the_fleet_twin_equals_the_pure_rule(
    module_engine: sa.Engine, snapshot: Snapshot, policy: FleetPolicy
) -> None:
    archive = restored(module_engine, snapshot)
    expected = assign_fleet_classes(snapshot.fleet_accounts, policy=policy)
    assert twins.assign_fleet_classes(archive, policy=policy) == expected


AT = datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ)


def _desk_duplicates() -> Snapshot:
    """王建国 entered three times (twice by mobile, once by an office phone), one company
    entered twice under two spellings, a merged record, names near and far."""
    return Snapshot(
        customers=[
            Customer(number="C000001", name="王建国", resident_id=RESIDENT_IDS[0],
                     birth_date=ric.birth_date(RESIDENT_IDS[0]), mobile="13800138000"),
            Customer(number="C000002", name="王建国", mobile="138 0013 8000"),
            Customer(number="C000003", name="北京某某物流有限公司", kind="company",
                     uscc=USCCS[0], phone="010-65123456"),
            Customer(number="C000004", name="北京某某物流", kind="company",
                     office_phone="010 6512 3456", uscc=USCCS[0]),
            Customer(number="C000005", name="王建", resident_id=RESIDENT_IDS[0],
                     birth_date=ric.birth_date(RESIDENT_IDS[0]), phone="13900139000"),
            Customer(number="C000006", name="王建国", mobile="13800138000",
                     merged_into="C000001"),
            Customer(number="C000007", name="欧阳明月", phone="021-55667788"),
            Customer(number="C000008", name="欧阳名日", office_phone="021-55667788"),
            Customer(number="C000009", name="王 建国", office_phone="13800138000"),
            Customer(number="C000010", name="王健", mobile="13900139000"),
        ],
        vehicles=[Vehicle("LFV2A21K3D3109826", "C000006")],
        customer_sequence=10,
    )  # fmt: skip


def test_the_duplicates_twin_on_a_desk_with_every_kind_of_duplicate(
    module_engine: sa.Engine,
) -> None:
    snapshot = _desk_duplicates()
    archive = restored(module_engine, snapshot)
    found = twins.find_duplicates(archive)
    assert found == find_duplicates(snapshot.customers, snapshot.vehicles)
    assert [(g.reason, g.key, g.customer_numbers) for g in found] == [
        (DuplicateReason.SAME_RESIDENT_ID, RESIDENT_IDS[0], ("C000001", "C000005")),
        (DuplicateReason.SAME_USCC, USCCS[0], ("C000003", "C000004")),
        (DuplicateReason.SAME_MOBILE, "+8613800138000", ("C000001", "C000002")),
        (DuplicateReason.SIMILAR_NAME_SAME_PHONE, "+861065123456", ("C000003", "C000004")),
        (
            DuplicateReason.SIMILAR_NAME_SAME_PHONE,
            "+8613800138000",
            ("C000001", "C000002", "C000009"),
        ),
    ]
    # 王建 and 王健 (two characters, one apart) share a number but are no near-same names;
    # 欧阳明月 and 欧阳名日 are, with two edits allowed but not with one.
    loose = ArchivePolicy(similar_name_max_edits=2)
    more = twins.find_duplicates(archive, policy=loose)
    assert more == find_duplicates(snapshot.customers, snapshot.vehicles, policy=loose)
    assert [g.customer_numbers for g in more][-1] == ("C000007", "C000008")


def test_the_fleet_twin_classes_on_the_thresholds(module_engine: sa.Engine) -> None:
    accounts = [
        FleetAccount("F00001", customer_number="C000001", name="某某银行", vehicles=50,
                     influential=True, purchase_plan="this_year"),
        FleetAccount("F00002", customer_number="C000002", name="某物流公司", vehicles=49,
                     influential=True, purchase_plan="this_year"),
        FleetAccount("F00003", customer_number="C000003", name="某出租汽车公司", vehicles=20,
                     purchase_plan="within_two_years"),
        FleetAccount("F00004", customer_number="C000004", name="某医院", vehicles=19,
                     purchase_plan="this_year"),
        FleetAccount("F00005", customer_number="C000005", name="某学校", vehicles=3,
                     fleet_class="A"),
    ]  # fmt: skip
    snapshot = Snapshot(fleet_accounts=accounts)
    archive = restored(module_engine, snapshot)
    found = twins.assign_fleet_classes(archive)
    assert found == assign_fleet_classes(accounts)
    assert [(a.number, a.fleet_class) for a in found] == [
        ("F00001", FleetClass.A),
        ("F00002", FleetClass.B),
        ("F00003", FleetClass.B),
        ("F00004", FleetClass.C),
        ("F00005", FleetClass.A),
    ]
    # Rows the archive does not vouch for go through the validating constructors.
    checked = SqlArchive(module_engine, trusted_reads=False)
    assert twins.assign_fleet_classes(checked) == found


def test_the_archive_keeps_one_vehicle_per_vin(module_engine: sa.Engine) -> None:
    # Why the duplicates twin never asks for the same VIN under two customers.
    car = Vehicle("LFV2A21K3D3109826", "C000001")
    archive = restored(module_engine, Snapshot(vehicles=[car]))
    with pytest.raises(AutocrmError):
        archive.add(attrs.evolve(car, customer_number="C000002"), actor="客服-李娜", at=AT)
    assert [v.customer_number for v in archive.snapshot().vehicles] == ["C000001"]


@pytest.mark.parametrize("twin", [twins.find_duplicates, twins.assign_fleet_classes])
def test_the_twins_refuse_a_snapshot_and_a_wrong_policy(twin: object) -> None:
    with pytest.raises(InvalidFormat, match="archive: expected a SqlArchive"):
        twin(Snapshot())  # type: ignore[operator]
    wrong = FleetPolicy() if twin is twins.find_duplicates else ArchivePolicy()
    with pytest.raises(UnsupportedType, match="policy: expected a"):
        twin(SqlArchive.from_url("sqlite://"), policy=wrong)  # type: ignore[operator]


@pytest.fixture
def encrypted_engine(engine: sa.Engine) -> sa.Engine:
    """An empty database with the archive's tables, for an archive with a cipher."""
    pytest.importorskip("cryptography")
    upgrade(engine)
    return engine


@writing_examples(4)
@given(snapshot=customer_archives())
def test_the_duplicates_twin_compares_encrypted_values_by_their_hashes(
    encrypted_engine: sa.Engine, snapshot: Snapshot
) -> None:
    from autocrm.adapters.crypto import FieldCipher

    cipher = FieldCipher({"k1": bytes(range(32))}, current="k1", lookup_key=b"l" * 32)
    archive = restored(encrypted_engine, snapshot, cipher=cipher)
    assert twins.find_duplicates(archive) == find_duplicates(snapshot.customers, snapshot.vehicles)
