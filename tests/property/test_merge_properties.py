"""Merging duplicate customers: invariants over generated archives.

* merge then unmerge gives back a byte-identical export of every record (the audit
  trail keeps the MERGE and UNMERGE entries), in memory and on SQLite;
* after a merge every record of the duplicate names the survivor, and nothing else
  moved;
* united opt-outs forbid exactly what either customer's forbade (the stricter wins).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime

import attrs
import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.pool import StaticPool

from autocrm.adapters.json import export_jsonl
from autocrm.adapters.memory import MemoryArchive
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.domain import (
    CHINA_TZ,
    AuditAction,
    Contact,
    ContactKind,
    ContactPurpose,
    Customer,
    OptOut,
    Snapshot,
)
from autocrm.ports import Repository
from autocrm.rules.merge_result import MOVED_TYPES
from autocrm.rules.merging import combine_opt_outs
from autocrm.testing.strategies import (
    appointments,
    customers,
    followups,
    mobile_phones,
    snapshots,
)

AT = datetime(2026, 3, 2, 10, 15, tzinfo=CHINA_TZ)
LATER = datetime(2026, 3, 3, 14, 0, tzinfo=CHINA_TZ)
VINS = ("LFV2A21K3D3109826", "1HGCM82633A004352")


def opt_outs(vins: tuple[str, ...] = VINS) -> st.SearchStrategy[OptOut]:
    return st.builds(
        OptOut,
        st.sampled_from(ContactPurpose),
        reason=st.sampled_from(("不要营销", "不要回访", "不要打手机", "客户要求")),
        vin=st.one_of(st.none(), st.sampled_from(vins)),
        kind=st.one_of(st.none(), st.sampled_from(ContactKind)),
    )


@st.composite
def merge_cases(draw: st.DrawFn) -> tuple[Snapshot, str, str]:
    """An archive with two customers of one kind: the survivor and its duplicate."""
    shop = draw(snapshots(max_customers=3))
    people = list(shop.customers)
    if len(people) < 2:
        people += [
            draw(customers(number=f"C{len(people) + i + 1:06d}")) for i in range(2 - len(people))
        ]
    survivor, duplicate = draw(st.permutations(range(len(people))))[:2]
    kind = people[survivor].kind
    if people[duplicate].kind is not kind:
        number = people[duplicate].number
        people[duplicate] = draw(customers(number=number).filter(lambda c: c.kind is kind))
    vins = tuple(car.vin for car in shop.vehicles) or VINS
    for index in (survivor, duplicate):
        people[index] = attrs.evolve(
            people[index],
            opt_outs=draw(st.lists(opt_outs(vins), max_size=3)),
            contacts=[
                Contact("mobile", number) for number in draw(st.lists(mobile_phones(), max_size=2))
            ],
        )
    dup = people[duplicate].number
    extra_followups = {
        f.number: f for f in draw(st.lists(followups(customer_number=dup), max_size=2))
    }
    extra_appointments = {
        a.number: a for a in draw(st.lists(appointments(customer_number=dup), max_size=2))
    }
    shop = attrs.evolve(
        shop,
        customers=people,
        followups=tuple(extra_followups.values()),
        appointments=tuple(extra_appointments.values()),
        customer_sequence=max(shop.customer_sequence, len(people)),
    )
    return shop, people[survivor].number, dup


def _export(archive: Repository) -> list[str]:
    buffer = io.StringIO()
    export_jsonl(archive.snapshot(), buffer)
    return buffer.getvalue().splitlines()


def _records(lines: list[str]) -> list[str]:
    return [line for line in lines[:-1] if '"type": "audit"' not in line]


def _check_round_trip(archive: Repository, shop: Snapshot, survivor: str, duplicate: str) -> None:
    archive.restore(shop)
    before = _export(archive)
    result = archive.merge(survivor, duplicate, actor="客服-李娜", at=AT, reason="重复建档")
    for kind in MOVED_TYPES:
        assert not any(r.customer_number == duplicate for r in archive.find(kind))
    moved = sum(1 for _ in result.moved_keys())
    owned = sum(
        1
        for name in (
            "vehicles",
            "work_orders",
            "followups",
            "complaints",
            "appointments",
            "fleet_accounts",
        )
        for r in getattr(shop, name)
        if r.customer_number == duplicate
    )
    assert moved == owned
    archive.unmerge(duplicate, actor="客服-王强", at=LATER, reason="不是同一人")
    after = _export(archive)
    assert _records(after) == _records(before)
    trail = archive.audit_trail()
    assert len(trail) == len(shop.audit) + 2
    assert [e.action for e in trail[-2:]] == [AuditAction.MERGE, AuditAction.UNMERGE]


@pytest.fixture(scope="module")
def sqlite_engine() -> Iterator[sa.Engine]:
    engine = sa.create_engine("sqlite://", poolclass=StaticPool)
    upgrade(engine)
    yield engine
    engine.dispose()


@given(case=merge_cases())
def test_merge_then_unmerge_gives_a_byte_identical_export(
    sqlite_engine: sa.Engine, case: tuple[Snapshot, str, str]
) -> None:
    # The same case on both archives: in memory, and on SQLite (emptied first).
    _check_round_trip(MemoryArchive(), *case)
    with sqlite_engine.begin() as connection:
        for table in reversed(t.metadata.sorted_tables):
            connection.execute(table.delete())
    _check_round_trip(SqlArchive(sqlite_engine), *case)


def _queries() -> st.SearchStrategy[tuple[ContactPurpose, str | None, ContactKind | None]]:
    return st.tuples(
        st.sampled_from(ContactPurpose),
        st.one_of(st.none(), st.sampled_from(VINS)),
        st.one_of(st.none(), st.sampled_from(ContactKind)),
    )


@given(
    mine=st.lists(opt_outs(), max_size=4),
    theirs=st.lists(opt_outs(), max_size=4),
    queries=st.lists(_queries(), min_size=1, max_size=10),
)
def test_united_opt_outs_forbid_what_either_forbade(
    mine: list[OptOut],
    theirs: list[OptOut],
    queries: list[tuple[ContactPurpose, str | None, ContactKind | None]],
) -> None:
    combined = combine_opt_outs(mine, theirs)
    assert combined[: len(mine)] == tuple(mine)  # the survivor's come first, unchanged
    assert set(combined) <= set(mine) | set(theirs)
    survivor = Customer(number="C1", name="张三", opt_outs=mine)
    duplicate = Customer(number="C2", name="张三", opt_outs=theirs)
    united = Customer(number="C1", name="张三", opt_outs=combined)
    for purpose, vin, kind in queries:
        assert united.opted_out(purpose, vin=vin, kind=kind) == (
            survivor.opted_out(purpose, vin=vin, kind=kind)
            or duplicate.opted_out(purpose, vin=vin, kind=kind)
        )
