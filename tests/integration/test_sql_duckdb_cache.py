"""Compiled statements are cached on every engine, and a twin called again stays right.

SQLAlchemy compiles a statement once per engine and reuses it with new parameters.
duckdb-engine does not let it (it declares no cache support), so
[`prepare_engine`][autocrm.adapters.sqlalchemy.dialects.prepare_engine] switches the cache on
for DuckDB. These tests show the cache is used and that a statement or a twin run again with
other parameters (other days, other policies, other key lists) answers for those parameters,
not with what the first call compiled.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from autocrm.adapters.sqlalchemy import SqlArchive, upgrade
from autocrm.adapters.sqlalchemy import rules as twins
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.domain import CHINA_TZ, Customer, Snapshot
from autocrm.rules import churn_warning, duplicates, lost
from autocrm.rules.archive import ArchivePolicy
from autocrm.rules.churn import ChurnPolicy
from autocrm.testing.synthetic import generate_dealership

sa = pytest.importorskip("sqlalchemy")

#: The day the synthetic shop is seen from, and days of the questions around it.
SEEN_FROM = date(2026, 11, 24)
DAYS = (date(2026, 11, 24), date(2026, 3, 1), date(2025, 12, 31), date(2024, 2, 29))


@pytest.fixture(scope="module")
def shop() -> Snapshot:
    return generate_dealership(seed=7, customers=120, as_of=SEEN_FROM)


def test_duckdb_reuses_a_compiled_statement_with_new_parameters() -> None:
    pytest.importorskip("duckdb_engine")
    archive = SqlArchive.from_url("duckdb:///:memory:")
    at = datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ)
    for number, name in (("C000001", "王建国"), ("C000002", "李娜"), ("C000003", "张伟")):
        archive.add(Customer(number=number, name=name, mobile="13800138000"), actor="a", at=at)
    customers = t.customers
    asked = (["C000001"], ["C000002", "C000003"], ["C000003", "C000009", "C000001"])
    hits = []
    with archive.engine.connect() as connection:
        for numbers in asked:
            query = (
                sa.select(customers.c.name)
                .where(customers.c.number.in_(numbers))
                .order_by(customers.c.number)
            )
            result = connection.execute(query)
            hits.append(result.context.cache_hit)
            names = [name for (name,) in result]
            expected = {"C000001": "王建国", "C000002": "李娜", "C000003": "张伟"}
            assert names == [expected[n] for n in sorted(numbers) if n in expected]
    assert hits[1:] == [hits[1]] * 2
    assert str(hits[1]) == "CacheStats.CACHE_HIT"


def test_twins_called_again_answer_for_their_own_day_and_policy(
    engine: sa.Engine, shop: Snapshot
) -> None:
    upgrade(engine)
    archive = SqlArchive(engine)
    archive.restore(shop)
    policies = (ChurnPolicy(), ChurnPolicy(lost_after_days=200, contact_cooldown_days=0))
    for day in DAYS:
        for policy in policies:
            assert twins.lost_customers_report(archive, as_of=day, policy=policy) == (
                lost.lost_customers_report(shop, as_of=day, policy=policy)
            )
            assert twins.early_warning(archive, as_of=day, policy=policy) == (
                churn_warning.early_warning(shop, as_of=day, policy=policy)
            )
    for edits in (0, 2):
        policy_of_names = ArchivePolicy(similar_name_max_edits=edits)
        assert twins.find_duplicates(archive, policy=policy_of_names) == (
            duplicates.find_duplicates(shop.customers, shop.vehicles, policy=policy_of_names)
        )


def test_twins_over_more_customers_than_one_key_list(
    engine: sa.Engine, shop: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More answer customers than one ``IN`` list takes: every list is asked."""
    upgrade(engine)
    archive = SqlArchive(engine)
    archive.restore(shop)
    lists = "autocrm.adapters.sqlalchemy.key_lists"  # where in_chunks and one_of read them
    monkeypatch.setattr(f"{lists}.CHUNK", 2)
    monkeypatch.setattr(f"{lists}.LIST_PARAMETER_ENGINES", frozenset())
    for day in (SEEN_FROM - timedelta(days=60), date(2026, 3, 1)):
        expected = churn_warning.early_warning(shop, as_of=day)
        assert len(expected.entries) > 2
        assert twins.early_warning(archive, as_of=day) == expected
        report = lost.lost_customers_report(shop, as_of=day)
        assert len(report.entries) + len(report.left_off) > 2
        assert twins.lost_customers_report(archive, as_of=day) == report
