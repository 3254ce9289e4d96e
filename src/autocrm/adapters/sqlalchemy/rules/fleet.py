"""SQL twin of [`assign_fleet_classes`][autocrm.rules.fleet.assign_fleet_classes]: the A/B/C
class of every big customer.

What the class depends on — fleet size, influence, purchase plan — are columns of the
account itself (the fleet size is the count the department records on the account,
not a count of the vehicles on file), so there is nothing to group or join: the answer
is every account. The twin reads the fleet accounts table alone, in archive order, and
the pure [`assign_fleet_classes`][autocrm.rules.fleet.assign_fleet_classes] classes them,
so the rule has one definition. The rest of the archive is never read.

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

from autocrm.adapters.sqlalchemy import convert as cv
from autocrm.adapters.sqlalchemy.repository import SqlArchive
from autocrm.adapters.sqlalchemy.rules._archive import checked_archive
from autocrm.domain import FleetAccount
from autocrm.domain.checks import expect
from autocrm.rules import fleet
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
    with archive._begin() as connection:
        accounts: list[FleetAccount] = archive._load(connection, cv.spec_for(FleetAccount))
    return fleet.assign_fleet_classes(accounts, policy=policy)
