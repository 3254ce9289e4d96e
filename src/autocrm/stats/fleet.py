"""Big-customer (大客户) tables: door-to-door service, agreements and site work.

The department classes big customers A (core), B (key) and C (watch) and reports
two tables ([fleet statistics][sources-statistics-fleet]), which
[`fleet_table`][autocrm.stats.fleet.fleet_table] and
[`service_table`][autocrm.stats.fleet.service_table] rebuild from
[`FleetAccount`][autocrm.domain.fleet.FleetAccount] records:

- door-to-door service: per class the customers, their vehicles, the vehicles
  served and the share served (A 34 / 3,990 / 3,823 = 96 %, ..., total 200 /
  8,881 / 7,408 = 83 %), percentages rounded half up to whole per cent;
- agreements and site work: per class the accounts and vehicles classified,
  with a service agreement signed, visited at their site, serviced at their site.

Accounts without a class are not in the rows or the totals; their number is
reported as ``unclassified``.

This module is *provisional*: names may still change before 1.0.

Examples:
    >>> from autocrm.domain import FleetAccount
    >>> accounts = [
    ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=120,
    ...                  vehicles_served=110, fleet_class="A", agreement_signed=True),
    ...     FleetAccount("F2", customer_number="C2", name="某物流公司", vehicles=30,
    ...                  vehicles_served=20, fleet_class="B", site_visited=True),
    ... ]
    >>> print(fleet_table(accounts))
    class  customers  vehicles  served  share
    A              1       120     110    92%
    B              1        30      20    67%
    C              0         0       0    n/a
    total          2       150     130    87%
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import attrs

from autocrm.domain.fleet import FleetAccount, FleetClass
from autocrm.errors import InvalidFormat, shown
from autocrm.stats._checks import check_iterable, checked
from autocrm.stats._html import rows_to_html
from autocrm.stats.policy import StatsPolicy
from autocrm.stats.rates import Rate

__all__ = [
    "SERVICE_COLUMNS",
    "AccountCount",
    "FleetRow",
    "FleetServiceRow",
    "FleetServiceTable",
    "FleetTable",
    "fleet_table",
    "service_table",
]

_DEFAULT_POLICY = StatsPolicy()
_CLASSES = (FleetClass.A, FleetClass.B, FleetClass.C)


def _accounts(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def _render(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


_Row = TypeVar("_Row", "FleetRow", "FleetServiceRow")


def _row_of(rows: Sequence[_Row], fleet_class: FleetClass | str) -> _Row:
    """The row of a class in a table's rows (the class, its value or its label)."""
    wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
    return next(row for row in rows if row.fleet_class is wanted)


def _class_name(fleet_class: FleetClass | None) -> str:
    return "total" if fleet_class is None else fleet_class.value


# --------------------------------------------------------------------------- fleet table


@attrs.frozen
class FleetRow:
    """One class of the door-to-door service table (None: the total row).

    Examples:
        >>> row = FleetRow(FleetClass.A, customers=34, vehicles=3990, served=3823)
        >>> f"{row.share}"
        '96%'
    """

    fleet_class: FleetClass | None
    customers: int
    vehicles: int
    served: int
    confidence: float = 0.95

    @property
    def share(self) -> Rate:
        """Vehicles served over vehicles."""
        return Rate(self.served, self.vehicles, confidence=self.confidence)

    def to_dict(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }


@attrs.frozen
class FleetTable:
    """The big-customer door-to-door service table: rows A, B, C and the total.

    Attributes:
        rows: Classes A, B and C, in that order (a class without accounts has zeros).
        unclassified: Accounts left out because they have no class.
        percent_digits: Decimals of the printed shares.

    Examples:
        >>> table = FleetTable(rows=(  # the department's 2015 door-to-door service table
        ...     FleetRow(FleetClass.A, customers=34, vehicles=3990, served=3823),
        ...     FleetRow(FleetClass.B, customers=33, vehicles=1971, served=1575),
        ...     FleetRow(FleetClass.C, customers=133, vehicles=2920, served=2010),
        ... ))
        >>> table.total.customers, table.total.vehicles, f"{table.total.share}"
        (200, 8881, '83%')
        >>> table.row("B").to_dict()["share_percent"], f"{table.row('C').share}"
        ('80%', '69%')
    """

    rows: tuple[FleetRow, ...]
    unclassified: int = 0

    @classmethod
    def from_counts(
        cls,
        counts: Mapping[FleetClass, tuple[int, int, int]],
        unclassified: int,
        policy: StatsPolicy = _DEFAULT_POLICY,
    ) -> FleetTable:
        """Build the table from (accounts, vehicles, vehicles served) counted per class.

        [`fleet_table`][autocrm.stats.fleet.fleet_table] counts in memory and the SQL
        adapter sums the classes in the database; both build the result here.

        Examples:
            >>> table = FleetTable.from_counts({FleetClass.A: (2, 40, 38)}, unclassified=1)
            >>> table.row("A").served, table.unclassified
            (38, 1)
        """
        return _fleet_table_from_counts(counts, unclassified, policy)

    percent_digits: int = 0

    @property
    def total(self) -> FleetRow:
        """The sum of the classes."""
        return FleetRow(
            None,
            customers=sum(row.customers for row in self.rows),
            vehicles=sum(row.vehicles for row in self.rows),
            served=sum(row.served for row in self.rows),
            confidence=self.rows[0].confidence if self.rows else 0.95,
        )

    def row(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        return self.total if fleet_class is None else _row_of(self.rows, fleet_class)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per class, then the total."""
        return [row.to_dict(self.percent_digits) for row in (*self.rows, self.total)]

    def __str__(self) -> str:
        body = [
            [
                _class_name(row.fleet_class),
                f"{row.customers:,}",
                f"{row.vehicles:,}",
                f"{row.served:,}",
                row.share.format_percent(self.percent_digits),
            ]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", "customers", "vehicles", "served", "share"], body)


def fleet_table(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build the door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            [`autocrm.rules.fleet`][autocrm.rules.fleet]) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A [`FleetTable`][autocrm.stats.fleet.FleetTable] with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(policy, StatsPolicy, "policy")
    check_iterable(accounts, "accounts")
    counts = dict.fromkeys(_CLASSES, (0, 0, 0))
    unclassified = 0
    for account in _accounts(accounts):
        if account.fleet_class is None:
            unclassified += 1
            continue
        customers, vehicles, served = counts[account.fleet_class]
        counts[account.fleet_class] = (
            customers + 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def _fleet_table_from_counts(
    counts: Mapping[FleetClass, tuple[int, int, int]],
    unclassified: int,
    policy: StatsPolicy = _DEFAULT_POLICY,
) -> FleetTable:
    """The fleet table of (accounts, vehicles, vehicles served) counted per class."""
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


# --------------------------------------------------------------------------- service table


@attrs.frozen
class AccountCount:
    """A number of accounts (家数) and their vehicles, printed as the department does.

    Examples:
        >>> str(AccountCount(26, 3862)), AccountCount(1, 5) + AccountCount(2, 7)
        ('26 / 3,862', AccountCount(accounts=3, vehicles=12))
    """

    accounts: int = 0
    vehicles: int = 0

    def __add__(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts + other.accounts, self.vehicles + other.vehicles)

    def __str__(self) -> str:
        return f"{self.accounts:,} / {self.vehicles:,}"


#: The columns of the service table, in the department's order.
SERVICE_COLUMNS = ("classified", "agreement_signed", "site_visited", "site_serviced")


@attrs.frozen
class FleetServiceRow:
    """One class of the agreements / site-work table (None: the total row).

    Each cell is an [`AccountCount`][autocrm.stats.fleet.AccountCount] (accounts and their
    vehicles).

    Examples:
        >>> row = FleetServiceRow(FleetClass.B, classified=AccountCount(37, 1961),  # 2015 figures
        ...                       agreement_signed=AccountCount(8, 216),
        ...                       site_visited=AccountCount(30, 1390),
        ...                       site_serviced=AccountCount(25, 1327))
        >>> f"{row.share('site_visited')}", row.to_dict()["site_serviced_vehicles"]
        ('81%', 1327)
    """

    fleet_class: FleetClass | None
    classified: AccountCount
    agreement_signed: AccountCount
    site_visited: AccountCount
    site_serviced: AccountCount

    def share(self, column: str, *, by_vehicles: bool = False) -> Rate:
        """A column's share of the classified accounts (or of their vehicles).

        Examples:
            >>> row = FleetServiceRow(FleetClass.A, AccountCount(26, 3862),
            ...                       AccountCount(8, 1321), AccountCount(23, 3602),
            ...                       AccountCount(22, 3590))
            >>> f"{row.share('site_visited')}", f"{row.share('site_visited', by_vehicles=True)}"
            ('88%', '93%')
        """
        if column not in SERVICE_COLUMNS:
            msg = f"column: expected one of {', '.join(SERVICE_COLUMNS)}, got {shown(column)}"
            raise InvalidFormat(msg, field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def to_dict(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row


@attrs.frozen
class FleetServiceTable:
    """The second big-customer table: agreements and site work by class.

    Attributes:
        rows: Classes A, B and C, in that order.
        unclassified: Accounts left out because they have no class.

    Examples:
        >>> A, B, C = FleetClass.A, FleetClass.B, FleetClass.C
        >>> table = FleetServiceTable(rows=(  # the department's agreements and site-work table
        ...     FleetServiceRow(A, AccountCount(26, 3862), AccountCount(8, 1321),
        ...                     AccountCount(23, 3602), AccountCount(22, 3590)),
        ...     FleetServiceRow(B, AccountCount(37, 1961), AccountCount(8, 216),
        ...                     AccountCount(30, 1390), AccountCount(25, 1327)),
        ...     FleetServiceRow(C, AccountCount(121, 2951), AccountCount(3, 125),
        ...                     AccountCount(60, 1205), AccountCount(63, 1238)),
        ... ))
        >>> str(table.total.classified), str(table.total.agreement_signed)
        ('184 / 8,774', '19 / 1,662')
        >>> str(table.row("C").site_serviced), table.unclassified
        ('63 / 1,238', 0)
    """

    rows: tuple[FleetServiceRow, ...]
    unclassified: int = 0

    @classmethod
    def from_counts(
        cls,
        groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount],
        unclassified: int,
    ) -> FleetServiceTable:
        """Build the table from accounts and vehicles counted per group.

        A group is (class, agreement signed, site visited, site serviced), at most 24
        of them. [`service_table`][autocrm.stats.fleet.service_table] counts in memory
        and the SQL adapter in the database; both build the result here.

        Examples:
            >>> table = FleetServiceTable.from_counts(
            ...     {(FleetClass.A, True, False, False): AccountCount(1, 40)}, unclassified=0)
            >>> str(table.row("A").agreement_signed)
            '1 / 40'
        """
        return _service_table_from_counts(groups, unclassified)

    @property
    def total(self) -> FleetServiceRow:
        """The sum of the classes."""
        sums = {column: AccountCount() for column in SERVICE_COLUMNS}
        for row in self.rows:
            for column in SERVICE_COLUMNS:
                sums[column] = sums[column] + getattr(row, column)
        return FleetServiceRow(None, **sums)

    def row(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        return self.total if fleet_class is None else _row_of(self.rows, fleet_class)

    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per class, then the total."""
        return [row.to_dict() for row in (*self.rows, self.total)]

    def __str__(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)


def service_table(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build the table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A [`FleetServiceTable`][autocrm.stats.fleet.FleetServiceTable] with rows A, B, C and a
        total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = service_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  fleet_class="A", agreement_signed=True, site_visited=True),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=12,
        ...                  fleet_class="A", site_visited=True)])
        >>> str(table.row("A").classified), str(table.total.site_visited)
        ('2 / 52', '2 / 52')
        >>> str(table.total.agreement_signed)
        '1 / 40'
    """
    check_iterable(accounts, "accounts")
    groups: dict[tuple[FleetClass, bool, bool, bool], AccountCount] = {}
    unclassified = 0
    for account in _accounts(accounts):
        if account.fleet_class is None:
            unclassified += 1
            continue
        key = (
            account.fleet_class,
            account.agreement_signed,
            account.site_visited,
            account.site_serviced,
        )
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def _service_table_from_counts(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The service table of accounts and vehicles counted per group."""
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)
