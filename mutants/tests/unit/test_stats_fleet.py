"""Big-customer tables: the door-to-door service table and the agreements / site table."""

from __future__ import annotations

import pytest

from autocrm.domain import FleetAccount, FleetClass
from autocrm.errors import InvalidFormat
from autocrm.stats.fleet import AccountCount, fleet_table, service_table
from autocrm.stats.policy import StatsPolicy


def _account(
    number: str, fleet_class: str | None, vehicles: int, served: int = 0, **flags: bool
) -> FleetAccount:
    return FleetAccount(
        number,
        customer_number=f"C{number}",
        name=f"单位{number}",
        vehicles=vehicles,
        vehicles_served=served,
        fleet_class=fleet_class,
        **flags,
    )


def test_fleet_table_rows_and_total() -> None:
    table = fleet_table(
        [
            _account("1", "A", 100, 96),
            _account("2", "A", 60, 60),
            _account("3", "C", 8, 1),
            _account("4", None, 500, 500),
        ]
    )
    assert table.unclassified == 1
    assert [(r.fleet_class, r.customers, r.vehicles, r.served) for r in table.rows] == [
        (FleetClass.A, 2, 160, 156),
        (FleetClass.B, 0, 0, 0),
        (FleetClass.C, 1, 8, 1),
    ]
    assert (table.total.customers, table.total.vehicles, table.total.served) == (3, 168, 157)
    assert table.row("B").share.value is None
    assert [r["share_percent"] for r in table.to_rows()] == ["98%", "n/a", "13%", "93%"]
    assert table.to_rows()[0]["label"] == "核心客户"


def test_fleet_table_percent_digits_from_policy() -> None:
    table = fleet_table([_account("1", "B", 1971, 1575)], policy=StatsPolicy(percent_digits=1))
    assert table.to_rows()[1]["share_percent"] == "79.9%"
    assert "79.9%" in str(table)


def test_fleet_table_refuses_other_objects() -> None:
    with pytest.raises(InvalidFormat):
        fleet_table([{"class": "A"}])  # type: ignore[list-item]


def test_service_table_counts_accounts_and_their_vehicles() -> None:
    table = service_table(
        [
            _account("1", "A", 100, agreement_signed=True, site_visited=True, site_serviced=True),
            _account("2", "A", 40, site_visited=True),
            _account("3", "B", 12, site_serviced=True),
            _account("4", None, 9, agreement_signed=True),
        ]
    )
    a = table.row(FleetClass.A)
    assert (a.classified, a.agreement_signed, a.site_visited, a.site_serviced) == (
        AccountCount(2, 140),
        AccountCount(1, 100),
        AccountCount(2, 140),
        AccountCount(1, 100),
    )
    total = table.total
    assert str(total.site_serviced) == "2 / 112"
    assert table.unclassified == 1
    assert f"{a.share('agreement_signed')}" == "50%"
    assert f"{a.share('agreement_signed', by_vehicles=True)}" == "71%"
    with pytest.raises(InvalidFormat):
        a.share("signed")
    assert str(table).splitlines()[0].split() == [
        "class",
        "classified",
        "agreement_signed",
        "site_visited",
        "site_serviced",
    ]
