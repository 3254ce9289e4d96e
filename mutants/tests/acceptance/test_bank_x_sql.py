"""Seed 000's question, as one filter and one aggregate, on every engine.

"In the last eight months, of Bank X's hundred cars, the sixty-odd insured with
insurer Y: how many visits, how much self-paid and how much paid by insurance?"
The in-memory archive, SQLite, PostgreSQL and DuckDB give the same, hand-checked answer.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

sa = pytest.importorskip("sqlalchemy")

from sqlalchemy.pool import StaticPool  # noqa: E402

from autocrm.adapters.memory import MemoryArchive  # noqa: E402
from autocrm.adapters.sqlalchemy import SqlArchive, upgrade  # noqa: E402
from autocrm.domain import (  # noqa: E402
    CHINA_TZ,
    Customer,
    CustomerKind,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.identifiers import vin as vin_id  # noqa: E402
from autocrm.query import F, count, count_distinct, sum_money, within_last  # noqa: E402

AS_OF = date(2026, 3, 1)
AT = datetime(2025, 1, 2, 9, 0, tzinfo=CHINA_TZ)
INSURER_Y = "平安产险"
BANK_X = "C000001"


def _vin(n: int) -> str:
    body = f"LFV2A21K0D{n:07d}"
    return body[:8] + vin_id.check_digit(body) + body[9:]


def _fill(archive: object) -> None:
    add = archive.add  # type: ignore[attr-defined]
    bank = add(
        Customer(
            name="北京某某银行股份有限公司", kind=CustomerKind.COMPANY, uscc="91110000802100433B"
        ),
        actor="客服-李娜",
        at=AT,
    )
    assert bank.number == BANK_X
    add(Customer(name="张三"), actor="客服-李娜", at=AT)
    for n in range(100):
        # 62 of the bank's 100 cars are insured with insurer Y, the rest elsewhere.
        insurer = INSURER_Y if n < 62 else "人保财险"
        add(Vehicle(_vin(n), BANK_X, insurer=insurer), actor="a", at=AT)
    add(Vehicle(_vin(100), "C000002", insurer=INSURER_Y), actor="a", at=AT)
    for n in range(101):
        for visit in range(3):
            # Visits every 100 days back from 2026-02-20: 2026-02-20, 2025-11-12 (inside
            # the eight months from 2025-07-02) and 2025-08-04 (inside), 2025-04-26 (out).
            opened = datetime(2026, 2, 20, 10, tzinfo=CHINA_TZ) - timedelta(days=100 * visit)
            if n % 2 and visit == 2:
                opened -= timedelta(days=100)
            add(
                WorkOrder(
                    f"WO{n:03d}{visit}",
                    customer_number=BANK_X if n < 100 else "C000002",
                    vin=_vin(n),
                    opened_at=opened,
                    service_types=["保养"],
                    lines=[
                        WorkOrderLine("保养", "420.50"),
                        WorkOrderLine("钣喷", "1000", payer="insurance"),
                    ]
                    if n % 3 == 0
                    else [WorkOrderLine("保养", "380.25")],
                ),
                actor="a",
                at=AT,
            )


QUESTION = (
    (F.work_order.customer_number == BANK_X)
    & (F.work_order.vehicle.insurer == INSURER_Y)
    & within_last(F.work_order.opened_at, months=8)
)
MEASURES = {
    "visits": count(),
    "cars": count_distinct(F.work_order.vin),
    "self_paid": sum_money(F.work_order.self_paid),
    "insurance_paid": sum_money(F.work_order.insurance_paid),
}


def _expected() -> dict[str, object]:
    cars = range(62)
    visits = sum(3 if n % 2 == 0 else 2 for n in cars)
    with_claims = [n for n in cars if n % 3 == 0]
    claim_visits = sum(3 if n % 2 == 0 else 2 for n in with_claims)
    self_paid = Decimal("420.50") * claim_visits + Decimal("380.25") * (visits - claim_visits)
    return {
        "visits": visits,
        "cars": 62,
        "self_paid": self_paid,
        "insurance_paid": Decimal("1000.00") * claim_visits,
    }


def test_bank_x_question_in_memory() -> None:
    archive = MemoryArchive()
    _fill(archive)
    answer = archive.aggregate(WorkOrder, where=QUESTION, measures=MEASURES, as_of=AS_OF)
    assert answer.to_rows() == [_expected()]
    assert answer.to_rows() == [
        {
            "visits": 155,
            "cars": 62,
            "self_paid": Decimal("61072.00"),
            "insurance_paid": Decimal("53000.00"),
        }
    ]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres), "duckdb"])
def engine(request: pytest.FixtureRequest) -> Iterator[sa.Engine]:
    """An empty SQLite or DuckDB in memory, or a schema of its own on the test PostgreSQL."""
    if request.param in ("sqlite", "duckdb"):
        if request.param == "duckdb":
            pytest.importorskip("duckdb_engine")
        engine = sa.create_engine(f"{request.param}:///:memory:", poolclass=StaticPool)
        yield engine
        engine.dispose()
        return
    url = os.environ.get("AUTOCRM_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("AUTOCRM_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
    schema = f"autocrm_bank_x_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine = sa.create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def test_bank_x_question_in_sql(engine: sa.Engine) -> None:
    upgrade(engine)
    archive = SqlArchive(engine)
    with archive.unit_of_work() as uow:
        _fill(uow)
    answer = archive.aggregate(WorkOrder, where=QUESTION, measures=MEASURES, as_of=AS_OF)
    assert answer.to_rows() == [_expected()]
    assert archive.count(WorkOrder, QUESTION, as_of=AS_OF) == 155
    by_insurer = archive.aggregate(
        WorkOrder,
        where=QUESTION,
        group_by=[F.work_order.vehicle.insurer],
        measures={"visits": count()},
        as_of=AS_OF,
    )
    assert by_insurer.to_rows() == [{"vehicle.insurer": INSURER_Y, "visits": 155}]
