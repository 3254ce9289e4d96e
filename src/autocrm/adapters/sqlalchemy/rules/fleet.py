"""SQL twin of [`assign_fleet_classes`][autocrm.rules.fleet.assign_fleet_classes]: the A/B/C
class of every big customer.

What the class depends on — fleet size, influence, purchase plan — are columns of the
account itself (the fleet size is the count the department records on the account,
not a count of the vehicles on file), so there is nothing to group or join: the answer
is every account. The twin reads the fleet accounts table alone, in archive order, with
the class worked out by the database (the class recorded on the account, else the
criteria of [`classify_fleet`][autocrm.rules.fleet.classify_fleet] with the policy's
thresholds, as a ``CASE``), and builds each account once from its row: no account is
built twice nor checked again (the parity tests pin the ``CASE`` to the pure rule). The
rest of the archive is never read.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.adapters.sqlalchemy import SqlArchive
    >>> from autocrm.domain import CHINA_TZ, FleetAccount
    >>> archive = SqlArchive.from_url("sqlite://")
    >>> bank = FleetAccount("F001", customer_number="C000009", name="某某银行",
    ...                     vehicles=120, influential=True, purchase_plan="this_year")
    >>> _ = archive.add(bank, actor="客服-李娜", at=datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ))
    >>> [a.fleet_class.label for a in assign_fleet_classes(archive)]
    ['核心客户']
"""

from __future__ import annotations

import functools
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import checked_archive
from autocrm.domain import FleetAccount
from autocrm.domain.checks import expect
from autocrm.domain.fleet import FleetClass, PurchasePlan
from autocrm.rules.fleet import FleetPolicy

__all__ = ["assign_fleet_classes"]

_DEFAULT_POLICY = FleetPolicy()


def assign_fleet_classes(
    archive: SqlArchive, *, policy: FleetPolicy = _DEFAULT_POLICY
) -> tuple[FleetAccount, ...]:
    """The accounts of
    [`autocrm.rules.fleet.assign_fleet_classes`][autocrm.rules.fleet.assign_fleet_classes]
    over the archive's fleet accounts, read from the database.

    Args:
        archive: The SQL archive.
        policy: The fleet-size thresholds.

    Returns:
        Every fleet account in archive order, ``fleet_class`` set by
        [`classify_fleet`][autocrm.rules.fleet.classify_fleet] where none was recorded.

    Raises:
        autocrm.errors.InvalidFormat: ``archive`` is not a SqlArchive.
        autocrm.errors.UnsupportedType: ``policy`` is not a FleetPolicy.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> archive = SqlArchive.from_url("sqlite://")
        >>> at = datetime(2025, 6, 1, 9, tzinfo=CHINA_TZ)
        >>> taxi = FleetAccount("F003", customer_number="C000003", name="某出租汽车公司",
        ...                     vehicles=80, purchase_plan="within_two_years")
        >>> clinic = FleetAccount("F004", customer_number="C000004", name="某医院",
        ...                       vehicles=3, fleet_class="B")
        >>> for account in (taxi, clinic):
        ...     _ = archive.add(account, actor="客服-李娜", at=at)
        >>> [(a.number, a.fleet_class.value) for a in assign_fleet_classes(archive)]
        [('F003', 'B'), ('F004', 'B')]
        >>> strict = FleetPolicy(a_min_vehicles=100, b_min_vehicles=100)
        >>> [a.fleet_class.value for a in assign_fleet_classes(archive, policy=strict)]
        ['C', 'B']
    """
    archive = checked_archive(archive)
    policy = expect(policy, FleetPolicy, field="policy")
    query = _classed_accounts(policy.a_min_vehicles, policy.b_min_vehicles)
    spec = cv.spec_for(FleetAccount)
    with archive._begin() as connection:
        result = connection.execute(query)
        names = tuple(result.keys())
        rows = result.all()
        build = spec.trusted_to_domain if archive._vouched(connection) else spec.to_domain
    return tuple(build(dict(zip(names, row, strict=True)), {}) for row in rows)


@functools.lru_cache(maxsize=16)
def _classed_accounts(a_min_vehicles: int, b_min_vehicles: int) -> sa.Select[Any]:
    """Every account's row in archive order, its class worked out (one statement per policy)."""
    accounts = t.fleet_accounts
    classed = _fleet_class(a_min_vehicles, b_min_vehicles)
    return sa.select(
        *(
            classed if column.name == "fleet_class" else column
            for column in accounts.c
            if column.name != "id"
        )
    ).order_by(accounts.c.id)


def _fleet_class(a_min_vehicles: int, b_min_vehicles: int) -> ColumnElement[str]:
    """The recorded class, else the class of
    [`classify_fleet`][autocrm.rules.fleet.classify_fleet]: A, large fleet, influential and
    buying this year; B, fairly large fleet buying within two years; C, the rest."""
    accounts = t.fleet_accounts
    plan = accounts.c.purchase_plan
    this_year = PurchasePlan.THIS_YEAR.value
    classed = sa.case(
        (
            sa.and_(
                accounts.c.vehicles >= a_min_vehicles,
                accounts.c.influential.is_(True),
                plan == this_year,
            ),
            FleetClass.A.value,
        ),
        (
            sa.and_(
                accounts.c.vehicles >= b_min_vehicles,
                sa.or_(plan == this_year, plan == PurchasePlan.WITHIN_TWO_YEARS.value),
            ),
            FleetClass.B.value,
        ),
        else_=FleetClass.C.value,
    )
    return sa.func.coalesce(accounts.c.fleet_class, classed).label("fleet_class")
