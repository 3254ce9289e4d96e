"""Big-customer tables summed by the database: door-to-door service, agreements and site work.

Examples:
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> fleet_table(archive).unclassified
    0
"""

from __future__ import annotations

from datetime import date, datetime

from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.stats._grouping import (
    filtered,
    grouped,
    reading,
)
from autocrm.domain.checks import expect
from autocrm.domain.fleet import FleetClass
from autocrm.query import Filter
from autocrm.stats.fleet import AccountCount, FleetServiceTable, FleetTable
from autocrm.stats.policy import StatsPolicy

__all__ = ["fleet_table", "service_table"]

_DEFAULT_POLICY = StatsPolicy()


def fleet_table(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> FleetTable:
    """The door-to-door service table of big customers, summed by the database.

    One ``GROUP BY fleet_class`` with the accounts, ``SUM(vehicles)`` and
    ``SUM(vehicles_served)``; accounts without a class are counted as unclassified.

    Args:
        archive: The SQL archive.
        where: A fleet-account filter (all accounts if None).
        as_of: Anchors relative windows in ``where``.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        The [`FleetTable`][autocrm.stats.fleet.FleetTable] of
        [`autocrm.stats.fleet_table`][autocrm.stats.fleet.fleet_table].

    Examples:
        >>> from autocrm.domain import CHINA_TZ, FleetAccount
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, cls, vehicles, served in [("F1", "A", 40, 38), ("F2", None, 5, 0)]:
        ...     _ = archive.add(FleetAccount(n, customer_number="C1", name="某某银行",
        ...                                  vehicles=vehicles, vehicles_served=served,
        ...                                  fleet_class=cls), actor="a", at=at)
        >>> table = fleet_table(archive)
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    expect(policy, StatsPolicy, field="policy")
    accounts = t.fleet_accounts
    counts: dict[FleetClass, tuple[int, int, int]] = {}
    unclassified = 0
    with reading(archive) as connection:
        rows = grouped(
            connection,
            [accounts.c.fleet_class],
            source=accounts,
            conditions=filtered(archive, "fleet_account", where, as_of),
            sums=[accounts.c.vehicles, accounts.c.vehicles_served],
        )
    for (fleet_class,), count, (vehicles, served) in rows:
        if fleet_class is None:
            unclassified += count
        else:
            counts[FleetClass.from_label(fleet_class)] = (count, vehicles, served)
    return FleetTable.from_counts(counts, unclassified, policy)


def service_table(
    archive: SqlArchive,
    *,
    where: Filter | None = None,
    as_of: date | datetime | None = None,
) -> FleetServiceTable:
    """The table of agreements, site visits and site service, counted by the database.

    One ``GROUP BY`` (class, agreement signed, site visited, site serviced) with
    the accounts and ``SUM(vehicles)``: at most 24 rows, added up into the columns.

    Args:
        archive: The SQL archive.
        where: A fleet-account filter (all accounts if None).
        as_of: Anchors relative windows in ``where``.

    Returns:
        The [`FleetServiceTable`][autocrm.stats.fleet.FleetServiceTable] of
        [`autocrm.stats.service_table`][autocrm.stats.fleet.service_table].

    Examples:
        >>> from autocrm.domain import CHINA_TZ, FleetAccount
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 10, 9, 9, tzinfo=CHINA_TZ)
        >>> for n, vehicles, signed in [("F1", 40, True), ("F2", 12, False)]:
        ...     _ = archive.add(FleetAccount(n, customer_number="C1", name="某某银行",
        ...                                  vehicles=vehicles, fleet_class="A",
        ...                                  agreement_signed=signed, site_visited=True),
        ...                     actor="a", at=at)
        >>> table = service_table(archive)
        >>> str(table.row("A").classified), str(table.total.agreement_signed)
        ('2 / 52', '1 / 40')
    """
    accounts = t.fleet_accounts
    groups: dict[tuple[FleetClass, bool, bool, bool], AccountCount] = {}
    unclassified = 0
    with reading(archive) as connection:
        rows = grouped(
            connection,
            [
                accounts.c.fleet_class,
                accounts.c.agreement_signed,
                accounts.c.site_visited,
                accounts.c.site_serviced,
            ],
            source=accounts,
            conditions=filtered(archive, "fleet_account", where, as_of),
            sums=[accounts.c.vehicles],
        )
    for (fleet_class, signed, visited, serviced), count, (vehicles,) in rows:
        if fleet_class is None:
            unclassified += count
            continue
        key = (FleetClass.from_label(fleet_class), bool(signed), bool(visited), bool(serviced))
        groups[key] = groups.get(key, AccountCount()) + AccountCount(count, vehicles)
    return FleetServiceTable.from_counts(groups, unclassified)
